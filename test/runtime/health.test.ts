import { join } from 'node:path';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console.ts';
import { createWechatAdapter } from '../../adapters/wechat/wechat.ts';
import { scheduleDurable } from '../../src/runtime/durable.ts';
import { startHealthServer, type HealthReport, type HealthServer } from '../../src/runtime/health.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { makeApp } from '../helpers.ts';
import { captureLogger, wechatTempDir } from '../adapters/wechat-helpers.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** The real app, router and WeChat adapter (official mock puppet, not logged in yet), and /healthz on 127.0.0.1. */
async function startBotWithHealth() {
  const dir = wechatTempDir();
  const app = makeApp({ dbPath: join(dir, 'huixiang.sqlite') });
  const logger = captureLogger();
  const router = createRouter(logger);
  const mocker = new mock.Mocker();
  const adapter = createWechatAdapter({
    core: app.core,
    delivery: router,
    db: app.db,
    personalData: app.personalData,
    logger,
    settings: {
      name: join(dir, 'huixiang-health'),
      qrPng: join(dir, 'wechat-login.png'),
      welcome: '欢迎',
      minGapMs: 1,
      switchGapMinMs: 1,
      switchGapMaxMs: 1,
      perMinute: 1000,
      perDay: 10_000,
    },
    puppetInstance: new PuppetMock({ mocker }),
    // Sending waits for ever: queued messages stay queued, so the depth is exact.
    sleep: () => new Promise(() => {}),
    terminal: () => {},
  });
  router.add(adapter);
  router.add(createConsoleAdapter(process.stdout));
  cleanup.push(() => adapter.stop());
  await adapter.start();
  const startedAt = new Date('2026-11-30T08:00:00Z');
  const server = await startHealthServer({
    db: app.db,
    adapters: () => router.adapters,
    startedAt,
    now: () => new Date('2026-11-30T08:01:30Z'),
    host: '127.0.0.1',
    port: 0,
    logger,
  });
  cleanup.push(() => server.close());
  return { app, adapter, mocker, logger, server };
}

async function get(server: HealthServer, path = '/healthz'): Promise<{ status: number; body: HealthReport; type: string | null }> {
  const { port, address } = server.address();
  const res = await fetch(`http://${address}:${port}${path}`);
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: (path === '/healthz' ? JSON.parse(text) : text) as HealthReport,
  };
}

describe('/healthz', () => {
  it('is 503 while WeChat waits for a login, with the queue depth; 200 once logged in; 503 again once stopped', async () => {
    const { adapter, mocker, logger, server, app } = await startBotWithHealth();
    expect(server.address().address).toBe('127.0.0.1');
    for (const text of ['一', '二', '三']) await adapter.deliver({ to: { platform: 'wechat', userId: 'w1', chatId: 'w1' }, text });

    const waiting = await get(server);
    expect(waiting.status).toBe(503);
    expect(waiting.type).toBe('application/json');
    expect(waiting.body).toEqual({
      status: 'down',
      uptimeSeconds: 90,
      adapters: [
        { platform: 'wechat', up: false, state: 'logged_out' },
        { platform: 'console', up: true, state: 'running' },
      ],
      sendQueue: { wechat: { pending: 3, failed: 0 } },
      jobs: [],
    });

    // A durable job's occurrence is recorded in job_runs and shows up.
    const ran: number[] = [];
    const job = scheduleDurable({
      db: app.db,
      name: 'every-minute',
      // 16:01 Beijing time on 30 November only: the catch-up at the injected clock runs it, and the real clock
      // (node-cron ticks on it too) never reaches it during the test, so it runs exactly once.
      schedule: '1 16 30 11 *',
      graceMs: 60_000,
      logger,
      now: () => new Date('2026-11-30T08:01:30Z'),
      run: () => void ran.push(1),
    });
    cleanup.push(async () => void (await job.stop()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toHaveLength(1);

    mocker.login(mocker.createContact({ name: '回乡通' }));
    await logger.waitFor('wechat.login');
    const up = await get(server);
    expect(up.status).toBe(200);
    expect(up.body.status).toBe('ok');
    expect(up.body.adapters[0]).toEqual({ platform: 'wechat', up: true, state: 'logged_in' });
    expect(up.body.jobs).toEqual([{ job: 'every-minute', dueAt: '2026-11-30T08:01:00.000Z', ranAt: '2026-11-30T08:01:30.000Z' }]);

    await adapter.stop();
    const stopped = await get(server);
    expect(stopped.status).toBe(503);
    expect(stopped.body.adapters[0]).toEqual({ platform: 'wechat', up: false, state: 'stopped' });
  });

  it('answers only GET /healthz', async () => {
    const { server } = await startBotWithHealth();
    expect((await get(server, '/')).status).toBe(404);
    expect((await get(server, '/healthz/../admin')).status).toBe(404);
    const { port } = server.address();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'POST' })).status).toBe(404);
  });
});

describe('WeChat files under ./data', () => {
  it('keeps the login session beside the database, moving one an earlier version left in the working directory', async () => {
    const { wechatyName } = await import('../../src/runtime/run.ts');
    const { existsSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const cwd = wechatTempDir();
    const data = join(cwd, 'data');
    mkdirSync(data);
    writeFileSync(join(cwd, 'huixiang.memory-card.json'), '{"login":"kept"}');
    const logger = captureLogger();
    const name = wechatyName({ HUIXIANG_DB: join(data, 'huixiang.sqlite'), WECHATY_NAME: 'huixiang' }, logger, cwd);
    expect(name).toBe(join(data, 'huixiang'));
    expect(existsSync(join(cwd, 'huixiang.memory-card.json'))).toBe(false);
    expect(readFileSync(join(data, 'huixiang.memory-card.json'), 'utf8')).toBe('{"login":"kept"}');
    // Once there, a newer file in the working directory is left alone (never overwrites the session in use).
    writeFileSync(join(cwd, 'huixiang.memory-card.json'), '{}');
    wechatyName({ HUIXIANG_DB: join(data, 'huixiang.sqlite'), WECHATY_NAME: 'huixiang' }, logger, cwd);
    expect(readFileSync(join(data, 'huixiang.memory-card.json'), 'utf8')).toBe('{"login":"kept"}');
  });
});

describe('/healthz start-up', () => {
  it('a port in use stops the start with one line naming the setting', async () => {
    const { server } = await startBotWithHealth();
    const app = makeApp();
    const taken = startHealthServer({
      db: app.db,
      adapters: () => [],
      startedAt: new Date(),
      host: '127.0.0.1',
      port: server.address().port,
      logger: captureLogger(),
    });
    await expect(taken).rejects.toThrow(
      /^cannot listen on 127\.0\.0\.1:\d+ \(HEALTH_HOST, HEALTH_PORT\): EADDRINUSE; choose another port$/,
    );
  });
});
