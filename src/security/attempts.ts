import type { Db } from '../store/db.ts';
import type { SecurityLimits } from './limits.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** Whether a code may be tried now: yes, or which limit says no. */
export type AttemptGate = 'ok' | 'account' | 'global';

/**
 * Port: wrong /link and /bind codes, counted per person (a sliding hour) and for everyone together (each calendar
 * minute), so that guessing codes is hopeless. Kept in SQLite: a restart does not reset the counts.
 */
export interface AttemptLimiter {
  /** Whether `person` may try a code now. Over either limit even the right code is refused. */
  check(person: string, now: Date): AttemptGate;
  /**
   * Records one wrong code of `person`. `tripped` is true once per minute: for the failure that reaches the global
   * ceiling (the moment to alert admins).
   */
  fail(person: string, now: Date): { tripped: boolean; failuresThisMinute: number };
}

/** The attempt limiter on SQLite (tables `code_failures` and `code_alerts`). */
export function createSqliteAttemptLimiter(
  db: Db,
  limits: Pick<SecurityLimits, 'codeFailuresPerHour' | 'codeFailuresPerMinute'>,
): AttemptLimiter {
  const insert = db.prepare<[string, number]>('INSERT INTO code_failures (person, at) VALUES (?, ?)');
  const ofPerson = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM code_failures WHERE person = ? AND at > ?');
  const since = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM code_failures WHERE at >= ?');
  const prune = db.prepare<[number]>('DELETE FROM code_failures WHERE at <= ?');
  const alerted = db.prepare<[number]>('INSERT OR IGNORE INTO code_alerts (minute) VALUES (?)');
  const pruneAlerts = db.prepare<[number]>('DELETE FROM code_alerts WHERE minute < ?');
  const minuteOf = (now: Date) => Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;

  return {
    check(person, now) {
      if (since.get(minuteOf(now))!.n >= limits.codeFailuresPerMinute) return 'global';
      if (ofPerson.get(person, now.getTime() - HOUR_MS)!.n >= limits.codeFailuresPerHour) return 'account';
      return 'ok';
    },
    fail: db.transaction((person: string, now: Date) => {
      // Failures older than an hour count for nothing: they are not kept.
      prune.run(now.getTime() - HOUR_MS);
      pruneAlerts.run(now.getTime() - HOUR_MS);
      insert.run(person, now.getTime());
      const failuresThisMinute = since.get(minuteOf(now))!.n;
      const tripped = failuresThisMinute >= limits.codeFailuresPerMinute && alerted.run(minuteOf(now)).changes > 0;
      return { tripped, failuresThisMinute };
    }),
  };
}
