import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CRASH_SIGNS, ROOT, tempDir } from '../helpers.ts';
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from '../adapters/telegram-fake-api.ts';

const opened: FakeBotApi[] = [];
afterEach(async () => {
  for (const api of opened.splice(0)) await api.close();
});

/** `npm start`'s entry point as a process (node itself, so that signals reach it as npm would pass them), configured for Telegram only through its environment. */
function startBot(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    child,
    exited,
    get stderr() {
      return stderr;
    },
    get stdout() {
      return stdout;
    },
  };
}

describe('npm start with a Telegram token (real process, fake Bot API on 127.0.0.1)', () => {
  it('serves Telegram without the console, and on SIGTERM finishes, closes the database and exits 0', async () => {
    const api = await startFakeBotApi();
    opened.push(api);
    const db = join(tempDir(), 'bot.sqlite');
    const bot = startBot({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      HUIXIANG_DB: db,
      HUIXIANG_CONSOLE: 'auto',
      LOG_LEVEL: 'info',
    });
    await expect.poll(() => bot.stderr, { timeout: 30_000, interval: 100 }).toContain('telegram.started');
    expect(bot.stderr).toContain('"adapters":["telegram"]');

    api.userSays(77, '返乡创业贴息贷款最多多少');
    const [answer] = await api.waitForSent(1);
    expect(answer!.chatId).toBe('77');
    expect(answer!.text).toMatch(/万元/);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr).toContain('"event":"shutdown"');
    expect(bot.stderr).toContain('telegram.stopped');
    // The token never reaches the logs; nothing crashed.
    expect(bot.stderr).not.toContain(FAKE_TOKEN);
    expect(bot.stderr).not.toMatch(/"level":"error"/);
    expect(bot.stdout).not.toMatch(CRASH_SIGNS);

    // A restart on the same database remembers the conversation (the answer's rating is still pending).
    const again = startBot({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot, HUIXIANG_DB: db, LOG_LEVEL: 'info' });
    await expect.poll(() => again.stderr, { timeout: 30_000, interval: 100 }).toContain('telegram.started');
    api.userSays(77, '有帮助');
    const [, thanks] = await api.waitForSent(2);
    expect(thanks!.text).toMatch(/谢谢|感谢/);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 90_000);

  it('refuses to start with a malformed token, naming the variable, without a stack trace', async () => {
    const bot = startBot({ TELEGRAM_BOT_TOKEN: 'not-a-token', HUIXIANG_DB: join(tempDir(), 'x.sqlite') });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(bot.stderr).not.toMatch(/^\s*at \S/m);
  }, 60_000);

  it('stops with a clear message when Telegram refuses the token', async () => {
    const api = await startFakeBotApi('999:other-token-that-the-fake-server-expects_xx');
    opened.push(api);
    const bot = startBot({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      HUIXIANG_DB: join(tempDir(), 'y.sqlite'),
      HUIXIANG_CONSOLE: 'off',
    });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr).toMatch(/Telegram refused TELEGRAM_BOT_TOKEN \(401 Unauthorized\)/);
    expect(bot.stderr).not.toContain(FAKE_TOKEN);
    expect(bot.stderr).not.toMatch(/^\s*at \S/m);
  }, 60_000);
});
