/**
 * What the console's notices page reads beyond the notice repository (issue 15): recipients per platform for an
 * audience, and a run's live progress from the outbox (including rows whose delivery is uncertain, and the rate).
 */
import type { App } from '../app.ts';
import type { Notice, RunReport } from '../notices/notices.ts';
import type { Audience } from '../notices/subscriptions.ts';
import type { Db } from '../store/db.ts';
import type { WebUser } from './env.ts';

/** Recipients of `audience` per platform, as a run would reach them (each subscriber's first linked account). */
export function perPlatform(app: App, audience: Audience): Array<{ platform: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of app.subscriptions.recipients(audience)) counts.set(r.platform, (counts.get(r.platform) ?? 0) + 1);
  return [...counts].map(([platform, count]) => ({ platform, count })).sort((a, b) => b.count - a.count);
}

export const PLATFORM_LABEL: Record<string, string> = { wechat: '微信', telegram: 'Telegram', console: '控制台' };

/**
 * Whether `user` may see and cancel `notice`: admins every notice; a station operator the notices of their own
 * station (whoever wrote them), as chat lets an operator send only for their station.
 */
export const mayManage = (user: WebUser, notice: Notice): boolean =>
  user.role === 'admin' || (user.role === 'operator' && user.stationId !== null && notice.stationId === user.stationId);

/** A run's counts from the notice repository, with the rate and times of its sending. */
export interface RunProgress extends Omit<RunReport, 'noticeId'> {
  /** Messages sent in the last minute. */
  perMinute: number;
  /** When the first and the latest message of the run went out. */
  firstSentAt: number | null;
  lastSentAt: number | null;
}

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return db.prepare<[number, number], { recent: number; first: number | null; last: number | null }>(
    `SELECT COALESCE(SUM(sent_at >= ?), 0) AS recent, MIN(sent_at) AS first, MAX(sent_at) AS last
       FROM outbox WHERE run_id = ? AND status = 'sent'`,
  );
}
const sentTimes = (db: Db) => {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  return s;
};

/** Every run of a notice, latest first, with its counts from the outbox. */
export function runProgress(app: App, noticeId: number, now: Date): RunProgress[] {
  return app.notices
    .runsOf(noticeId)
    .reverse()
    .map(({ noticeId: _notice, ...run }) => {
      const times = sentTimes(app.db).get(now.getTime() - 60_000, run.runId)!;
      return { ...run, perMinute: times.recent, firstSentAt: times.first, lastSentAt: times.last };
    });
}
