import cron, { type ScheduledTask } from 'node-cron';
import { MINUTE_MS } from '../booking/time.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../store/db.ts';

export interface DurableJob {
  db: Db;
  /** Unique name: each of its occurrences runs once, recorded in job_runs. */
  name: string;
  /** cron expression, Asia/Shanghai. */
  schedule: string;
  run: () => Promise<void> | void;
  logger: Logger;
  now?: () => Date;
  /** An occurrence missed while the process was down runs at start if it was due at most this long ago. */
  graceMs: number;
}

/**
 * A node-cron job whose occurrences are recorded in SQLite: each runs once even across restarts and with two
 * processes on one database, and the latest one missed while the process was down runs at start if it is recent.
 */
export function scheduleDurable(job: DurableJob): ScheduledTask {
  const now = job.now ?? (() => new Date());
  const claim = job.db.prepare<[string, number, number]>('INSERT OR IGNORE INTO job_runs (job, due_at, ran_at) VALUES (?, ?, ?)');
  // Runs in flight: stopping waits for them, so that shutting down never closes the database under a backup.
  const running = new Set<Promise<void>>();
  const occurrence = async (dueAt: number) => {
    if (claim.run(job.name, dueAt, now().getTime()).changes === 0) return;
    const run = (async () => {
      try {
        await job.run();
      } catch (error) {
        job.logger.error('job.failed', { job: job.name, error });
      }
    })();
    running.add(run);
    await run;
    running.delete(run);
  };
  const task = cron.schedule(job.schedule, (ctx) => occurrence(Math.floor(ctx.date.getTime() / MINUTE_MS) * MINUTE_MS), {
    timezone: 'Asia/Shanghai',
    name: job.name,
    noOverlap: true,
  });
  const t = Math.floor(now().getTime() / MINUTE_MS) * MINUTE_MS;
  for (let at = t; at >= t - job.graceMs; at -= MINUTE_MS) {
    if (task.match(new Date(at))) {
      void occurrence(at);
      break;
    }
  }
  const stop = task.stop.bind(task);
  task.stop = async () => {
    await stop();
    await Promise.allSettled([...running]);
  };
  return task;
}
