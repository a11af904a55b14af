import type { Logger } from '../../src/core/logger.ts';
import type { PersonalDataHolder } from '../../src/privacy/personal-data.ts';
import type { Db } from '../../src/store/db.ts';
import { nextSendAt, shanghaiDayStart, type Pacing, type SendHistory } from './pacing.ts';

/** Waits `ms`; may stop early when `signal` aborts. Tests pass a virtual clock's sleep and ignore the signal. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Real waiting that a stop can cut short, so a daily-cap pause does not keep the process alive. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    };
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
  });

export interface SendQueueOptions<P> {
  db: Db;
  /** Rows of several paced platforms can share the table; each queue only touches its own. */
  platform: string;
  pacing: Pacing;
  /** Delivers one message; throwing means "try again later". */
  send(payload: P): Promise<void>;
  logger: Logger;
  now?: () => Date;
  sleep?: Sleep;
  random?: () => number;
  /** Tries per message before it is marked failed. */
  attempts?: number;
  /** Pause before the first retry; doubled before each further one. */
  retryBaseMs?: number;
}

/**
 * One persistent, paced outbox. Messages are rows of `send_queue`, so a restart resumes what was pending and
 * pacing counts survive it. Each chat's messages go in order; chats are served oldest message first.
 */
export interface SendQueue<P> {
  /**
   * Persists a message for `chatId`; it goes out once the queue runs and pacing allows. Returns the row id.
   * `subject` is the person a message to someone else is about, so that deleting their data removes it too.
   */
  enqueue(chatId: string, payload: P, subject?: string): number;
  /** Starts (or resumes) sending. Idempotent. */
  start(): void;
  /** Stops taking rows, lets the send in flight finish, leaves the rest persisted. Idempotent. */
  stop(): Promise<void>;
}

interface Row {
  id: number;
  chat_id: string;
  payload: string;
  attempts: number;
}

/** One run of the sending loop, from `start()` to `stop()`. */
interface Run {
  signal: AbortSignal;
  /** Resolves when the run is stopped, to cut any wait short. */
  stopped: Promise<void>;
}

const MINUTE = 60_000;

/** The SQL the queue needs, prepared once; every time is epoch milliseconds. */
function statements(db: Db, platform: string) {
  const pending = `platform = @platform AND sent_at IS NULL AND failed_at IS NULL`;
  const insert = db.prepare(
    `INSERT INTO send_queue (platform, chat_id, payload, created_at, subject) VALUES (@platform, @chatId, @payload, @now, @subject)`,
  );
  // The oldest pending row of each chat (a later row of a chat never overtakes an earlier one), if it is due.
  const nextDue = db.prepare<{ platform: string; now: number }, Row>(
    `SELECT id, chat_id, payload, attempts FROM send_queue q
      WHERE ${pending} AND not_before <= @now
        AND NOT EXISTS (SELECT 1 FROM send_queue p WHERE p.platform = q.platform AND p.chat_id = q.chat_id
                          AND p.sent_at IS NULL AND p.failed_at IS NULL AND p.id < q.id)
      ORDER BY id LIMIT 1`,
  );
  // Only rows still backing off can become due by waiting (a row behind its chat's head has not_before 0).
  const earliestRetry = db.prepare<{ platform: string; now: number }, { at: number | null }>(
    `SELECT min(not_before) AS at FROM send_queue WHERE ${pending} AND not_before > @now`,
  );
  const last = db.prepare<{ platform: string }, { chatId: string; at: number }>(
    `SELECT chat_id AS chatId, sent_at AS at FROM send_queue WHERE platform = @platform AND sent_at IS NOT NULL
      ORDER BY sent_at DESC, id DESC LIMIT 1`,
  );
  const lastToChat = db.prepare<{ platform: string; chatId: string; since: number }, { at: number | null }>(
    `SELECT max(sent_at) AS at FROM send_queue WHERE platform = @platform AND sent_at >= @since AND chat_id = @chatId`,
  );
  const nthRecent = db.prepare<{ platform: string; since: number; offset: number }, { at: number }>(
    `SELECT sent_at AS at FROM send_queue WHERE platform = @platform AND sent_at > @since
      ORDER BY sent_at DESC LIMIT 1 OFFSET @offset`,
  );
  const sentSince = db.prepare<{ platform: string; since: number }, { n: number }>(
    `SELECT count(*) AS n FROM send_queue WHERE platform = @platform AND sent_at >= @since`,
  );
  const markSent = db.prepare(`UPDATE send_queue SET sent_at = @now, attempts = attempts + 1 WHERE id = @id`);
  const markRetry = db.prepare(
    `UPDATE send_queue SET attempts = attempts + 1, not_before = @notBefore, last_error = @error WHERE id = @id`,
  );
  const markFailed = db.prepare(`UPDATE send_queue SET attempts = attempts + 1, failed_at = @now, last_error = @error WHERE id = @id`);
  return {
    insert: (chatId: string, payload: string, now: number, subject: string | null) =>
      Number(insert.run({ platform, chatId, payload, now, subject }).lastInsertRowid),
    nextDue: (now: number) => nextDue.get({ platform, now }),
    earliestRetry: (now: number) => earliestRetry.get({ platform, now })?.at ?? undefined,
    history: (chatId: string, now: number, pacing: Pacing): SendHistory => ({
      last: last.get({ platform }),
      lastToChat: lastToChat.get({ platform, chatId, since: now - pacing.minGapMs })?.at ?? undefined,
      nthMostRecent: nthRecent.get({ platform, since: now - MINUTE, offset: pacing.perMinute - 1 })?.at,
      sentToday: sentSince.get({ platform, since: shanghaiDayStart(now) })!.n,
    }),
    markSent: (id: number, now: number) => markSent.run({ id, now }),
    markRetry: (id: number, notBefore: number, error: string) => markRetry.run({ id, notBefore, error }),
    markFailed: (id: number, now: number, error: string) => markFailed.run({ id, now, error }),
  };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** Builds the queue; nothing is sent until `start()`. */
export function createSendQueue<P>(options: SendQueueOptions<P>): SendQueue<P> {
  const { logger, pacing, platform } = options;
  const clock = options.now ?? (() => new Date());
  const now = () => clock().getTime();
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const maxAttempts = options.attempts ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 2000;
  const sql = statements(options.db, platform);

  let running: { loop: Promise<void>; abort: AbortController } | undefined;
  // The latest run, stopped or not: a new run waits for it, so a quick stop-start never sends one row twice.
  let lastLoop: Promise<void> = Promise.resolve();
  let wake = () => {};

  /** Waits `ms`, or less if the queue stops; true when it is still running afterwards. */
  const pause = async (ms: number, run: Run): Promise<boolean> => {
    await Promise.race([sleep(ms, run.signal), run.stopped]);
    return !run.signal.aborted;
  };

  /** Waits for new work: an enqueue, the end of a retry back-off, or a stop. */
  const idle = async (woken: Promise<void>, run: Run): Promise<void> => {
    const retryAt = sql.earliestRetry(now());
    await Promise.race([woken, retryAt === undefined ? run.stopped : pause(retryAt - now(), run)]);
  };

  /** One try at one row; a failure is recorded for a later retry, or as final after the last attempt. */
  const attempt = async (row: Row): Promise<void> => {
    try {
      await options.send(JSON.parse(row.payload) as P);
      sql.markSent(row.id, now());
    } catch (error) {
      const tries = row.attempts + 1;
      if (tries >= maxAttempts) {
        sql.markFailed(row.id, now(), errorText(error));
        logger.error('send_queue.failed', { platform, id: row.id, chatId: row.chat_id, attempts: tries, error });
      } else {
        sql.markRetry(row.id, now() + retryBaseMs * 2 ** (tries - 1), errorText(error));
        logger.warn('send_queue.retry', { platform, id: row.id, chatId: row.chat_id, attempts: tries, error });
      }
    }
  };

  const loop = async (run: Run): Promise<void> => {
    while (!run.signal.aborted) {
      const woken = new Promise<void>((done) => (wake = done));
      const row = sql.nextDue(now());
      if (!row) {
        await idle(woken, run);
        continue;
      }
      const at = nextSendAt(row.chat_id, now(), sql.history(row.chat_id, now(), pacing), pacing, random);
      if (at > now() && !(await pause(at - now(), run))) return;
      await attempt(row);
    }
  };

  return {
    enqueue(chatId, payload, subject) {
      const id = sql.insert(chatId, JSON.stringify(payload), now(), subject ?? null);
      wake();
      return id;
    },
    start() {
      if (running) return;
      const abort = new AbortController();
      const stopped = new Promise<void>((done) => abort.signal.addEventListener('abort', () => done(), { once: true }));
      const current = {
        abort,
        loop: lastLoop
          .then(() => loop({ signal: abort.signal, stopped }))
          .catch((error: unknown) => logger.error('send_queue.crashed', { platform, error }))
          .finally(() => {
            if (running === current) running = undefined;
          }),
      };
      running = current;
      lastLoop = current.loop;
    },
    async stop() {
      if (!running) return;
      const { loop: loop$, abort } = running;
      running = undefined;
      abort.abort();
      await loop$;
    },
  };
}

/**
 * What a platform's queue keeps of people: messages to them (their chat, or a payload whose `userId` is theirs) and
 * messages to others about them (`subject`). Forgetting removes unsent ones and blanks sent ones (their times stay
 * for pacing); sent and failed messages older than the retention are removed altogether.
 */
export function queuedMessages(db: Db, platform: string): PersonalDataHolder {
  // A blanked (forgotten) payload is not JSON: CASE keeps json_extract from reading it.
  const toUser = `chat_id = @id OR CASE WHEN json_valid(payload) THEN json_extract(payload, '$.userId') = @id ELSE 0 END`;
  const statementsFor = (match: string) => ({
    drop: db.prepare(`DELETE FROM send_queue WHERE platform = @platform AND sent_at IS NULL AND (${match})`),
    blank: db.prepare(
      `UPDATE send_queue SET payload = '', chat_id = '', subject = NULL, last_error = NULL
        WHERE platform = @platform AND sent_at IS NOT NULL AND (${match})`,
    ),
  });
  const bySubject = statementsFor('subject = @id');
  const byUser = statementsFor(toUser);
  const prune = db.prepare(`DELETE FROM send_queue WHERE platform = @platform AND (sent_at < @before OR failed_at < @before)`);
  const run = (s: ReturnType<typeof statementsFor>, id: string) =>
    s.drop.run({ platform, id }).changes + s.blank.run({ platform, id }).changes;
  return {
    name: `${platform}.send_queue`,
    tables: ['send_queue'],
    forget(subject) {
      let removed = 0;
      for (const key of subject.keys) removed += run(bySubject, key);
      for (const account of subject.accounts) if (account.platform === platform) removed += run(byUser, account.userId);
      return removed;
    },
    // Pacing reads only the last day's sends; retention is at least a day.
    prune: (before) => prune.run({ platform, before: before.getTime() }).changes,
  };
}
