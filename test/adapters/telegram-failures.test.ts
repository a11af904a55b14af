/**
 * A Telegram that cannot be reached: a start fails with one line the operator can act on (no stack), and a long
 * poll that keeps failing is logged at the 1st, 2nd, 4th ... failure with a summary when it works again; grammY
 * itself only tells DEBUG=grammy:error. Real grammY against the fake Bot API.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../adapters/telegram/telegram.ts';
import { AdapterStartError } from '../../src/core/adapter.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { makeApp } from '../helpers.ts';
import { FAKE_TOKEN, startFakeBotApi } from './telegram-fake-api.ts';
import { wechatTempDir as tempDir } from './wechat-helpers.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

type Line = { level: string; event: string; [field: string]: unknown };

async function telegram(apiRoot: string) {
  const app = makeApp({ dbPath: join(tempDir(), 'huixiang.sqlite') });
  const written: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => written.push(line) });
  const router = createRouter(logger);
  const adapter = createTelegramAdapter({ core: app.core, delivery: router, logger, token: FAKE_TOKEN, apiRoot, pollTimeoutSeconds: 1 });
  router.add(adapter);
  cleanup.push(() => adapter.stop());
  return { adapter, written, lines: () => written.map((l) => JSON.parse(l) as Line) };
}

describe('a Telegram that cannot be reached', () => {
  it('logs one line per retry of a failing connection, no stack, and sums up when Telegram answers again', {
    timeout: 20_000,
  }, async () => {
    const api = await startFakeBotApi();
    cleanup.push(() => api.close());
    const { adapter, written, lines } = await telegram(api.apiRoot);
    // Telegram's front answers 502 to two of the start's calls: auto-retry waits 3 s and asks again. (Longer waits
    // would outlast the fake server's keep-alive and add a network error: one more line, as in real life.)
    api.failNext('getMe', { error_code: 502, description: 'Bad Gateway' }, 1);
    api.failNext('setMyCommands', { error_code: 502, description: 'Bad Gateway' }, 1);
    await adapter.start();
    const steps = lines().filter((l) => l.event === 'telegram.reconnect');
    expect(steps.map((s) => [s['level'], s['attempt'], s['reason'], s['error'], s['inMs']])).toEqual([
      ['warn', 1, 'getMe', 'getMe: 502 Bad Gateway', 3000],
      ['warn', 1, 'setMyCommands', 'setMyCommands: 502 Bad Gateway', 3000],
    ]);
    expect(lines().filter((l) => l.event === 'telegram.outage')).toMatchObject([
      { level: 'warn', state: 'recovered', attempts: 1, errors: 1 },
      { level: 'warn', state: 'recovered', attempts: 1, errors: 1 },
    ]);
    api.userSays(42, '你好');
    await api.waitForSent(1, '42');
    expect(written.join('\n')).not.toMatch(/stack|\n\s+at /);
  });

  it('refuses to start with one line when Telegram keeps answering with an error', async () => {
    const api = await startFakeBotApi();
    cleanup.push(() => api.close());
    api.failNext('setMyCommands', { error_code: 400, description: 'Bad Request: commands are invalid' });
    const { adapter } = await telegram(api.apiRoot);
    const refused = await adapter.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AdapterStartError);
    expect((refused as Error).message).toBe(
      'Telegram answered setMyCommands with 400 Bad Request: commands are invalid; try again later, or check TELEGRAM_WEBHOOK_URL if it names the webhook',
    );
  });
});
