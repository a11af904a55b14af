/**
 * A broadcaster in its own process, for the kill -9 tests (the test composes the notice first).
 * `DB LOG`: sends what is due and exits when the outbox is done. WeChat recipients go into the real WeChat send
 * queue (its table in the same database; the queue is not started, so nothing leaves); Telegram recipients go
 * through a fake network call that takes 3 ms and then appends the user to LOG.
 * The rates are limited so that the test can kill the process in the middle.
 */
import { appendFileSync } from 'node:fs';
import { createSendQueue } from '../../adapters/wechat/send-queue.ts';
import { createApp } from '../../src/app.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createBroadcast } from '../../src/notices/service.ts';

const [dbPath, log] = process.argv.slice(2);
const logger = createLogger({ level: 'error' });
const app = createApp({ knowledgeDir: 'knowledge', dbPath: dbPath!, logger });

const wechatQueue = createSendQueue<{ userId: string; text: string }>({
  db: app.db,
  platform: 'wechat',
  pacing: { minGapMs: 0, switchGapMinMs: 0, switchGapMaxMs: 0, perMinute: 1e9, perDay: 1e9 },
  send: async () => {},
  logger,
});
const broadcast = createBroadcast({
  db: app.db,
  notices: app.notices,
  send: async (m) => {
    await new Promise((resolve) => setTimeout(resolve, 3));
    appendFileSync(log!, `${m.to.userId}\n`);
  },
  enqueueDurably: (m) => {
    if (m.to.platform !== 'wechat') return false;
    wechatQueue.enqueue(m.to.chatId, { userId: m.to.userId, text: m.text });
    return true;
  },
  deliver: async () => {},
  reach: (person) => app.booking.reach(person),
  onGone: () => {},
  logger,
  limits: {
    telegram: { perSecond: Infinity, perChatGapMs: 0, perGroupPerMinute: Infinity },
    wechat: { perSecond: 200, perChatGapMs: 0, perGroupPerMinute: Infinity },
  },
});
const done = setInterval(() => {
  const [run] = app.notices.runsOf(1);
  if (run && run.pending === 0) {
    clearInterval(done);
    process.stdout.write(`${JSON.stringify(run)}\n`);
    void broadcast.stop().then(() => {
      app.close();
      process.exit(0);
    });
  }
}, 20);
await broadcast.start();
