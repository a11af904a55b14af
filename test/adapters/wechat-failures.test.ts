/**
 * A WeChat that cannot connect (no network, a puppet service that is down) must not flood the log: one line per
 * back-off step, a summary now and then and at the end, stacks only at LOG_LEVEL=debug. Driven through the real
 * Wechaty with the official mock puppet, made to fail where a real one fails: in its start.
 */
import { join } from 'node:path';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createWechatAdapter } from '../../adapters/wechat/wechat.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { createLogger, type LogLevel } from '../../src/core/logger.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { makeApp } from '../helpers.ts';
import { wechatTempDir } from './wechat-helpers.ts';

const OFFLINE = 'getaddrinfo ENOTFOUND login.wx.qq.com';

/**
 * The mock puppet, failing its first `failures` starts the way wechat4u does offline: the start returns, then a
 * burst of identical errors arrives and no login ever comes.
 */
class OfflinePuppet extends PuppetMock {
  starts = 0;
  constructor(
    mocker: mock.Mocker,
    private readonly failures: number,
  ) {
    super({ mocker });
  }
  override async onStart(): Promise<void> {
    if (++this.starts > this.failures) return super.onStart();
    setTimeout(() => {
      for (let i = 0; i < 15; i++) this.emit('error', { gerror: OFFLINE });
    }, 1);
  }
}

const running: Adapter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((adapter) => adapter.stop()));
});

type Line = { level: string; event: string; [field: string]: unknown };

/** The adapter on a real Wechaty and the real JSON logger at `level`; back-off delays run 10 000 times faster. */
async function startOffline(level: LogLevel, failures = Infinity) {
  const dir = wechatTempDir();
  const app = makeApp({ dbPath: join(dir, 'huixiang.sqlite') });
  const written: string[] = [];
  const logger = createLogger({ level, write: (line) => written.push(line) });
  const mocker = new mock.Mocker();
  const puppet = new OfflinePuppet(mocker, failures);
  const adapter = createWechatAdapter({
    core: app.core,
    delivery: createRouter(logger),
    db: app.db,
    personalData: app.personalData,
    logger,
    settings: {
      name: join(dir, 'huixiang-offline'),
      qrPng: join(dir, 'wechat-login.png'),
      welcome: '您好',
      minGapMs: 1,
      switchGapMinMs: 1,
      switchGapMaxMs: 1,
      perMinute: 1000,
      perDay: 10_000,
    },
    puppetInstance: puppet,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms / 10_000);
        signal?.addEventListener('abort', done, { once: true });
      }),
    terminal: () => {},
  });
  running.push(adapter);
  const lines = () => written.map((line) => JSON.parse(line) as Line);
  const waitFor = async (event: string, count = 1) => {
    for (let i = 0; i < 2000 && lines().filter((l) => l.event === event).length < count; i++) await new Promise((r) => setTimeout(r, 5));
    return lines().filter((l) => l.event === event);
  };
  await adapter.start();
  return { adapter, puppet, mocker, written, lines, waitFor };
}

describe('a WeChat that cannot connect', () => {
  it('logs one line per back-off step with the error message and no stack, counts repeated errors, and sums the outage up', async () => {
    const { adapter, puppet, written, lines, waitFor } = await startOffline('info');
    await waitFor('wechat.reconnect', 11);
    await adapter.stop();
    const steps = lines().filter((l) => l.event === 'wechat.reconnect');
    const count = steps.length;
    expect(count).toBeGreaterThanOrEqual(11);
    steps.forEach((step, i) => {
      expect(step).toMatchObject({ level: 'warn', attempt: i + 1, inMs: Math.min(300_000, 1000 * 2 ** i) });
      // The first step follows the first error of a burst; each later one counts the rest of the previous burst.
      expect(step['error']).toBe(OFFLINE);
      if (i > 0) expect(step['errorsSinceLastStep']).toBeGreaterThanOrEqual(14);
    });
    // The puppet reported 15 errors per start; none of them got a line of its own.
    expect(puppet.starts).toBeGreaterThanOrEqual(count);
    expect(lines().filter((l) => l.event === 'wechat.error')).toEqual([]);
    const outages = lines().filter((l) => l.event === 'wechat.outage');
    expect(outages[0]).toMatchObject({ state: 'down', attempts: 10, lastError: OFFLINE });
    expect(outages.at(-1)).toMatchObject({ state: 'stopped', attempts: count });
    expect(outages.at(-1)!['errors']).toBeGreaterThanOrEqual(15 * (count - 1));
    expect(count * 15).toBeGreaterThan(150);
    // Everything the adapter said: the steps, the summaries, its start and nothing else; no stack anywhere.
    expect(
      lines()
        .map((l) => l.event)
        .filter((e) => e !== 'wechat.reconnect' && e !== 'wechat.outage'),
    ).toEqual(['wechat.started']);
    expect(written.join('\n')).not.toMatch(/stack|\n\s+at /);
    expect(written.join('\n').length).toBeLessThan(400 * (count + 3));
  });

  it('says when WeChat is back: how long it was down and after how many attempts', async () => {
    const { mocker, lines, waitFor } = await startOffline('warn', 2);
    await waitFor('wechat.reconnect', 2);
    // The third start works; the operator scans and the bot logs in.
    for (let i = 0; i < 400 && !mocker.puppet.isLoggedIn; i++) {
      await new Promise((r) => setTimeout(r, 5));
      if (i === 20) mocker.login(mocker.createContact({ name: '回乡通' }));
    }
    const [back] = await waitFor('wechat.outage');
    expect(back).toMatchObject({ level: 'warn', state: 'recovered', attempts: 2, lastError: OFFLINE });
    expect(back!['downForMs']).toEqual(expect.any(Number));
    expect(lines().filter((l) => l.event === 'wechat.reconnect')).toHaveLength(2);
  });

  it('keeps the stacks, and every single error, for LOG_LEVEL=debug', async () => {
    const { adapter, lines, waitFor } = await startOffline('debug');
    await waitFor('wechat.reconnect', 2);
    await adapter.stop();
    const errors = lines().filter((l) => l.event === 'wechat.error');
    expect(errors.length).toBeGreaterThanOrEqual(16);
    expect(errors.every((l) => l.level === 'debug')).toBe(true);
    expect(errors.some((l) => /\n\s+at /.test(String((l['error'] as { stack?: string }).stack)))).toBe(true);
  });
});
