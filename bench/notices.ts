// Enqueueing one notice to 100,000 subscribers: the run fixes every recipient in the outbox in one transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/core/logger.ts';

export async function enqueueNotice(
  subscribers = 100_000,
): Promise<{ subscribers: number; recipients: number; ms: number; rssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-bench-notice-'));
  const app = createApp({
    knowledgeDir: resolve(import.meta.dirname, '../knowledge'),
    dbPath: join(dir, 'bench.sqlite'),
    logger: silentLogger,
  });
  const now = new Date();
  app.db.transaction(() => {
    for (let i = 0; i < subscribers; i++) {
      const person = app.identities.personOf({ platform: i % 3 ? 'wechat' : 'telegram', userId: `bench${i}` });
      app.subscriptions.subscribe(person, i % 10 === 0 ? { region: '上海' } : {}, now);
    }
  })();
  const notice = app.notices.create({ author: 'cli:bench', stationId: null, audience: {}, text: '楚商大会报名开始' }, now);
  const started = performance.now();
  const run = app.notices.startRun(notice, now.getTime(), now)!;
  const ms = performance.now() - started;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  app.close();
  rmSync(dir, { recursive: true, force: true });
  return { subscribers, recipients: run.recipients, ms, rssMb };
}
