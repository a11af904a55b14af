import cron, { type ScheduledTask } from 'node-cron';
import type { App } from '../app.ts';
import type { Delivery } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import { scheduleReminders } from '../booking/reminders.ts';
import { scheduleLeadDigest } from '../leads/digest.ts';

/** A dialogue untouched this long is forgotten: its half-filled form and its recent turns (personal data). */
export const ABANDONED_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface JobOptions {
  app: App;
  delivery: Delivery;
  logger: Logger;
  now?: () => Date;
}

/** Forgets abandoned dialogues once a night (03:30 Asia/Shanghai). */
export function scheduleSessionPruning(options: JobOptions): ScheduledTask {
  const now = options.now ?? (() => new Date());
  return cron.schedule(
    '30 3 * * *',
    () => {
      try {
        const removed = options.app.sessions.prune(new Date(now().getTime() - ABANDONED_AFTER_MS));
        if (removed) options.logger.info('sessions.pruned', { removed });
      } catch (error) {
        options.logger.error('sessions.prune_failed', { error });
      }
    },
    { timezone: 'Asia/Shanghai', name: 'session-pruning', noOverlap: true },
  );
}

/**
 * The bot's timed work: booking reminders (every minute, each sent once: they are marked in the database), the
 * working-day digest of overdue leads, and the nightly pruning of abandoned dialogues. Each job reads its state
 * from the database, so a restart re-arms it and nothing runs twice.
 */
export function startJobs(options: JobOptions): { stop(): Promise<void> } {
  const { app, delivery, logger } = options;
  const now = options.now ?? (() => new Date());
  const tasks = [
    scheduleReminders({ service: app.booking, delivery, logger, now }),
    scheduleLeadDigest({ leads: app.leads, staff: app.staff, reach: (person) => app.booking.reach(person), delivery, logger, now }),
    scheduleSessionPruning(options),
  ];
  return {
    async stop() {
      await Promise.all(tasks.map(async (task) => task.stop()));
    },
  };
}
