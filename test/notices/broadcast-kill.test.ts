import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { KNOWLEDGE_DIR, ROOT, runCli, tempDir } from '../helpers.ts';

const WORKER = 'test/notices/broadcast-worker.ts';
const RECIPIENTS = 400;

interface Report {
  recipients: number;
  sent: number;
  failed: number;
  pending: number;
}

/** Subscribes RECIPIENTS users of `platform` and composes one urgent notice to them, in this process. */
function compose(db: string, platform: string): void {
  const app = createApp({ knowledgeDir: KNOWLEDGE_DIR, dbPath: db, logger: silentLogger });
  try {
    app.db.transaction(() => {
      for (let i = 1; i <= RECIPIENTS; i++)
        app.subscriptions.subscribe(app.identities.personOf({ platform, userId: `u${i}` }), {}, new Date());
    })();
    app.notices.create({ author: 'cli:test', stationId: null, audience: {}, text: '楚商大会报名开始', urgent: true }, new Date());
  } finally {
    app.close();
  }
}

/**
 * Composes a notice to RECIPIENTS subscribers of `platform`, starts the broadcaster in a process, kills it with
 * SIGKILL once `progress()` passes a third, starts it again and lets it finish. Returns the final report.
 */
async function killAndResume(platform: string, progress: (db: string, log: string) => number) {
  const dir = tempDir();
  const db = join(dir, 'broadcast.sqlite');
  const log = join(dir, 'delivered.log');
  compose(db, platform);

  const first = spawn(process.execPath, ['--import', 'tsx', WORKER, db, log], { cwd: ROOT, stdio: 'ignore' });
  const firstExit = new Promise((resolve) => first.on('close', resolve));
  await expect.poll(() => progress(db, log), { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(RECIPIENTS / 3);
  first.kill('SIGKILL');
  await firstExit;
  expect(progress(db, log)).toBeLessThan(RECIPIENTS);

  const second = await runCli(process.execPath, ['--import', 'tsx', WORKER, db, log]);
  expect(second.code, second.stderr).toBe(0);
  return { db, log, report: JSON.parse(second.stdout.trim().split('\n').at(-1)!) as Report };
}

const tally = (users: string[]) => {
  const counts = new Map<string, number>();
  for (const u of users) counts.set(u, (counts.get(u) ?? 0) + 1);
  return counts;
};

/** Who is in the WeChat send queue, read from another connection (the process may be writing). */
const queued = (db: string): string[] => {
  if (!existsSync(db)) return [];
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare("SELECT payload FROM send_queue WHERE platform = 'wechat' ORDER BY id").all() as Array<{ payload: string }>).map(
      (r) => (JSON.parse(r.payload) as { userId: string }).userId,
    );
  } catch {
    return [];
  } finally {
    conn.close();
  }
};
const logged = (log: string): string[] => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);

describe('a broadcast killed with SIGKILL mid-way and restarted', () => {
  it('puts each WeChat recipient in the send queue exactly once (hand-over and mark are one transaction)', async () => {
    const { db, report } = await killAndResume('wechat', (file) => queued(file).length);
    const counts = tally(queued(db));
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(counts.size).toBe(RECIPIENTS);
    expect(report).toMatchObject({ recipients: RECIPIENTS, sent: RECIPIENTS, failed: 0, pending: 0 });
  }, 90_000);

  it('over a network platform loses nobody, and sends at most the one message in flight at the kill twice', async () => {
    const { log, report } = await killAndResume('telegram', (_db, file) => logged(file).length);
    const counts = tally(logged(log));
    expect(counts.size).toBe(RECIPIENTS);
    expect([...counts.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(report).toMatchObject({ recipients: RECIPIENTS, sent: RECIPIENTS, failed: 0, pending: 0 });
  }, 90_000);
});
