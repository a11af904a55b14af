import type { ScheduledTask } from 'node-cron';
import type { App } from '../app.ts';
import type { Delivery } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { Outbound } from '../core/message.ts';
import { scheduleReminders } from '../booking/reminders.ts';
import { DAY_MS, HOUR_MS } from '../booking/time.ts';
import { ABANDONED_AFTER_DAYS } from '../dialogue/session.ts';
import { overdueDigest } from '../leads/digest.ts';
import { planningReminderDue, PLANNING_LEAD_DAYS } from '../notices/festivals.ts';
import { backupDatabase, newBackupFile, pruneBackups } from '../store/backup.ts';
import { scheduleDurable } from './durable.ts';

/** A dialogue untouched this long is forgotten: its half-filled form and its recent turns (personal data). */
export const ABANDONED_AFTER_MS = ABANDONED_AFTER_DAYS * DAY_MS;

export interface JobOptions {
  app: App;
  delivery: Delivery;
  logger: Logger;
  now?: () => Date;
  /** Nightly backups into `dir`, kept `keepDays` days; none when absent or keepDays is 0. */
  backup?: { dir: string; keepDays: number };
}

/** Forgets abandoned dialogues once a night (03:30 Asia/Shanghai). */
export function scheduleSessionPruning(options: JobOptions): ScheduledTask {
  const { app, logger } = options;
  const now = options.now ?? (() => new Date());
  return scheduleDurable({
    db: app.db,
    name: 'session-pruning',
    schedule: '30 3 * * *',
    graceMs: 20 * HOUR_MS,
    logger,
    now,
    run: () => {
      const removed = app.sessions.prune(new Date(now().getTime() - ABANDONED_AFTER_MS));
      if (removed) logger.info('sessions.pruned', { removed });
    },
  });
}

/**
 * Once a night (03:45 Asia/Shanghai) removes what is kept only for a while: sent WeChat messages older than
 * `limits.sentRetentionDays`, in every registered holder that keeps such things.
 */
export function scheduleSentPruning(options: JobOptions): ScheduledTask {
  const { app, logger } = options;
  const now = options.now ?? (() => new Date());
  return scheduleDurable({
    db: app.db,
    name: 'sent-pruning',
    schedule: '45 3 * * *',
    graceMs: 20 * HOUR_MS,
    logger,
    now,
    run: () => {
      const pruned = app.personalData.prune(new Date(now().getTime() - app.limits.sentRetentionDays * DAY_MS));
      if (Object.values(pruned).some(Boolean)) logger.info('retention.pruned', pruned);
    },
  });
}

/**
 * Once a night (03:15 Asia/Shanghai, before the pruning) copies the database into `dir` with the online backup API
 * and deletes the nightly backups older than `keepDays` days. The bot keeps serving meanwhile.
 */
export function scheduleBackups(options: JobOptions & { backup: { dir: string; keepDays: number } }): ScheduledTask {
  const { app, logger, backup } = options;
  const now = options.now ?? (() => new Date());
  return scheduleDurable({
    db: app.db,
    name: 'backup',
    schedule: '15 3 * * *',
    graceMs: 20 * HOUR_MS,
    logger,
    now,
    run: async () => {
      const result = await backupDatabase(app.db, newBackupFile(backup.dir, now()));
      const removed = pruneBackups(backup.dir, backup.keepDays, now());
      logger.info('backup.done', { file: result.file, bytes: result.bytes, ms: result.ms, removed: removed.length });
    },
  });
}

/** Messages reminding admins and station operators to plan a festival's promotion, `leadDays` before it. */
export function festivalReminders(app: App, now: Date, leadDays = PLANNING_LEAD_DAYS): Outbound[] {
  const due = planningReminderDue(now, leadDays);
  if (!due.length) return [];
  const out: Outbound[] = [];
  for (const member of app.staff.all()) {
    if (member.role !== 'admin' && member.role !== 'operator') continue;
    const to = app.booking.reach(member.person);
    if (!to) continue;
    for (const f of due) {
      out.push({
        to,
        text: `${f.name}(${f.date})还有${leadDays}天,是回乡招商的黄金时期。请策划节日推介活动,录入活动后用 /notice 通知订阅用户。`,
      });
    }
  }
  return out;
}

/**
 * The bot's timed work: booking reminders (every minute; each is marked sent in the database), the working-day
 * digest of overdue leads (09:00), festival planning reminders (09:00, 21 days ahead), the nightly backup (03:15,
 * when `backup` is given) and the nightly pruning of abandoned dialogues and of sent messages past their retention.
 * Every occurrence is recorded, so a restart re-arms them, runs one that was missed a little while ago, and never
 * runs one twice.
 */
export function startJobs(options: JobOptions): { stop(): Promise<void> } {
  const { app, delivery, logger } = options;
  const now = options.now ?? (() => new Date());
  const tasks: ScheduledTask[] = [
    scheduleReminders({ service: app.booking, delivery, logger, now }),
    scheduleDurable({
      db: app.db,
      name: 'lead-digest',
      schedule: '0 9 * * 1-5',
      graceMs: 6 * HOUR_MS,
      logger,
      now,
      run: () => delivery.deliver(overdueDigest(app.leads, app.staff, (person) => app.booking.reach(person), now().getTime())),
    }),
    scheduleDurable({
      db: app.db,
      name: 'festival-planning',
      schedule: '0 9 * * *',
      graceMs: 12 * HOUR_MS,
      logger,
      now,
      run: () => delivery.deliver(festivalReminders(app, now())),
    }),
    scheduleSessionPruning(options),
    scheduleSentPruning(options),
  ];
  const { backup } = options;
  if (backup && backup.keepDays > 0 && app.db.name !== ':memory:') tasks.push(scheduleBackups({ ...options, backup }));
  return {
    async stop() {
      await Promise.all(tasks.map(async (task) => task.stop()));
    },
  };
}
