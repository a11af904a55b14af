/**
 * A broadcaster in its own process, for the kill -9 test: `create DB N` subscribes N users and composes one notice;
 * `send DB LOG` sends what is due, appending each delivery to LOG (its fake transport), then exits when the outbox is
 * done. Each delivery takes a few milliseconds, so the test can kill the process in the middle.
 */
import { appendFileSync } from 'node:fs';
import { createApp } from '../../src/app.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createBroadcast } from '../../src/notices/service.ts';

const [command, dbPath, arg] = process.argv.slice(2);
const app = createApp({ knowledgeDir: 'knowledge', dbPath: dbPath!, logger: createLogger({ level: 'error' }) });

if (command === 'create') {
  const count = Number(arg);
  app.db.transaction(() => {
    for (let i = 1; i <= count; i++) app.subscriptions.subscribe(app.identities.personOf({ platform: 'telegram', userId: `u${i}` }), {}, new Date());
  })();
  const notice = app.notices.create({ author: 'cli:test', stationId: null, audience: {}, text: '楚商大会报名开始', urgent: true }, new Date());
  process.stdout.write(`${notice.id}\n`);
  app.close();
} else {
  const broadcast = createBroadcast({
    db: app.db,
    notices: app.notices,
    send: async (m) => {
      await new Promise((resolve) => setTimeout(resolve, 3));
      appendFileSync(arg!, `${m.to.userId}\n`);
    },
    deliver: async () => {},
    reach: (person) => app.booking.reach(person),
    onGone: () => {},
    logger: createLogger({ level: 'error' }),
    // No rate limit in this test: it is about exactly-once, and the sends already take a few ms each.
    limits: { telegram: { perSecond: Infinity, perChatGapMs: 0, perGroupPerMinute: Infinity } },
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
}
