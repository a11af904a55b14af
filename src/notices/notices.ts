import type { Recipient } from '../core/message.ts';
import type { Db } from '../store/db.ts';
import type { Audience, SubscriptionRepo } from './subscriptions.ts';

/** Every notice ends with how to stop them. */
export const UNSUBSCRIBE_FOOTER = '(不想再收到活动通知,回复"退订"即可)';

export type NoticeStatus = 'scheduled' | 'done' | 'cancelled' | 'missed';

export interface NoticeInput {
  /** The operator's or admin's person id, or "cli:NAME". */
  author: string;
  stationId: number | null;
  audience: Audience;
  text: string;
  urgent?: boolean;
  /** One send at this time (epoch ms); absent with no cron: now. */
  sendAt?: number;
  /** Repeats on this cron expression (Asia/Shanghai). */
  cron?: string;
}

export interface Notice {
  id: number;
  author: string;
  stationId: number | null;
  audience: Audience;
  text: string;
  urgent: boolean;
  sendAt: number | null;
  cron: string | null;
  status: NoticeStatus;
  createdAt: number;
}

export interface RunReport {
  runId: number;
  noticeId: number;
  dueAt: number;
  recipients: number;
  sent: number;
  failed: number;
  /** Waiting or being sent now. */
  pending: number;
  /** Handed to the platform when the process stopped: maybe delivered, not retried. */
  uncertain: number;
}

export interface OutboxRow {
  id: number;
  runId: number;
  person: string;
  platform: string;
  userId: string;
  chatId: string;
  urgent: boolean;
  attempts: number;
  nextAt: number;
}

type NoticeRow = Omit<Notice, 'audience' | 'urgent'> & { audience: string; urgent: number };

/**
 * Notices and their delivery state. Recipients are reached on the first account they linked, unless `reach` says
 * otherwise (a group chat). A notice runs once (or once per cron occurrence): a run fixes its recipients
 * in the outbox, one row per (run, person), so each person gets each run exactly once however often it is retried.
 */
export function createNoticeRepo(db: Db, subscriptions: SubscriptionRepo, reach?: (person: string) => Recipient | undefined) {
  const insert = db.prepare<[string, number | null, string, string, number, number | null, string | null, number]>(
    `INSERT INTO notices (author, station_id, audience, text, urgent, send_at, cron, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?)`,
  );
  const COLUMNS = 'id, author, station_id AS stationId, audience, text, urgent, send_at AS sendAt, cron, status, created_at AS createdAt';
  const byId = db.prepare<[number], NoticeRow>(`SELECT ${COLUMNS} FROM notices WHERE id = ?`);
  const all = db.prepare<[], NoticeRow>(`SELECT ${COLUMNS} FROM notices ORDER BY id DESC`);
  const dueOnce = db.prepare<[number], NoticeRow>(
    `SELECT ${COLUMNS} FROM notices WHERE status = 'scheduled' AND cron IS NULL AND send_at <= ? ORDER BY send_at, id`,
  );
  const repeating = db.prepare<[], NoticeRow>(`SELECT ${COLUMNS} FROM notices WHERE status = 'scheduled' AND cron IS NOT NULL ORDER BY id`);
  const setStatus = db.prepare<[string, number]>('UPDATE notices SET status = ? WHERE id = ?');
  const insertRun = db.prepare<[number, number, number]>(
    'INSERT OR IGNORE INTO notice_runs (notice_id, due_at, created_at, recipients) VALUES (?, ?, ?, 0)',
  );
  const setRecipients = db.prepare<[number, number]>('UPDATE notice_runs SET recipients = ? WHERE id = ?');
  const insertOutbox = db.prepare<[number, string, string, string, string, number, number]>(
    `INSERT OR IGNORE INTO outbox (run_id, person, platform, user_id, chat_id, urgent, status, next_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
  );
  const cancelPending = db.prepare<[number]>(
    `UPDATE outbox SET status = 'failed', error = 'cancelled' WHERE status = 'pending' AND run_id IN (SELECT id FROM notice_runs WHERE notice_id = ?)`,
  );
  const counts = db.prepare<[number], { status: string; n: number }>(
    'SELECT status, COUNT(*) AS n FROM outbox WHERE run_id = ? GROUP BY status',
  );
  const runById = db.prepare<[number], { id: number; noticeId: number; dueAt: number; recipients: number }>(
    'SELECT id, notice_id AS noticeId, due_at AS dueAt, recipients FROM notice_runs WHERE id = ?',
  );
  const runsOf = db.prepare<[number], { id: number }>('SELECT id FROM notice_runs WHERE notice_id = ? ORDER BY due_at');
  const finishedUnreported = db.prepare<[], { id: number }>(
    `SELECT r.id FROM notice_runs r WHERE r.reported_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.run_id = r.id AND o.status IN ('pending', 'sending'))`,
  );
  const unreported = db.prepare<[], { id: number }>('SELECT id FROM notice_runs WHERE reported_at IS NULL ORDER BY id');
  const markReported = db.prepare<[number, number]>('UPDATE notice_runs SET reported_at = ? WHERE id = ?');

  const toNotice = (r: NoticeRow): Notice => ({ ...r, audience: JSON.parse(r.audience) as Audience, urgent: r.urgent === 1 });

  const report = (runId: number): RunReport | undefined => {
    const run = runById.get(runId);
    if (!run) return undefined;
    const by = Object.fromEntries(counts.all(runId).map((c) => [c.status, c.n])) as Record<string, number>;
    return {
      runId,
      noticeId: run.noticeId,
      dueAt: run.dueAt,
      recipients: run.recipients,
      sent: by['sent'] ?? 0,
      failed: by['failed'] ?? 0,
      pending: (by['pending'] ?? 0) + (by['sending'] ?? 0),
      uncertain: by['uncertain'] ?? 0,
    };
  };

  return {
    create(input: NoticeInput, now: Date): Notice {
      const sendAt = input.cron ? null : (input.sendAt ?? now.getTime());
      const { lastInsertRowid } = insert.run(
        input.author,
        input.stationId,
        JSON.stringify(input.audience),
        input.text,
        input.urgent ? 1 : 0,
        sendAt,
        input.cron ?? null,
        now.getTime(),
      );
      return toNotice(byId.get(Number(lastInsertRowid))!);
    },
    get: (id: number): Notice | undefined => {
      const r = byId.get(id);
      return r && toNotice(r);
    },
    list: (): Notice[] => all.all().map(toNotice),
    /** One-off notices whose time has come. */
    due: (now: Date): Notice[] => dueOnce.all(now.getTime()).map(toNotice),
    repeating: (): Notice[] => repeating.all().map(toNotice),
    setStatus: (id: number, status: NoticeStatus): void => void setStatus.run(status, id),
    /** Cancels a notice: it will not run again, and what was not yet sent is not sent. */
    cancel: db.transaction((id: number): boolean => {
      const n = byId.get(id);
      if (!n || n.status === 'cancelled') return false;
      setStatus.run('cancelled', id);
      cancelPending.run(id);
      return true;
    }),
    /**
     * Starts the run of `notice` due at `dueAt`: fixes its recipients in the outbox in one transaction. A run that
     * already exists (a restart, a second process) is not started again: undefined.
     */
    startRun: db.transaction((notice: Notice, dueAt: number, now: Date): RunReport | undefined => {
      const { changes, lastInsertRowid } = insertRun.run(notice.id, dueAt, now.getTime());
      if (!changes) return undefined;
      const runId = Number(lastInsertRowid);
      let recipients = 0;
      const urgent = notice.urgent ? 1 : 0;
      if (reach) {
        for (const person of subscriptions.audience(notice.audience)) {
          const to = reach(person);
          if (to) recipients += insertOutbox.run(runId, person, to.platform, to.userId, to.chatId, urgent, dueAt).changes;
        }
      } else {
        // Direct chats: the chat is the user's own.
        for (const r of subscriptions.recipients(notice.audience))
          recipients += insertOutbox.run(runId, r.person, r.platform, r.userId, r.userId, urgent, dueAt).changes;
      }
      setRecipients.run(recipients, runId);
      if (!notice.cron) setStatus.run('done', notice.id);
      return report(runId);
    }),
    report,
    /** Runs still sending (their final report has not gone out). */
    inProgress: (): RunReport[] =>
      unreported
        .all()
        .map((r) => report(r.id)!)
        .filter((r) => r.pending > 0),
    runsOf: (noticeId: number): RunReport[] => runsOf.all(noticeId).map((r) => report(r.id)!),
    /** Runs with nothing left to send whose report has not gone out; marks them reported. */
    takeFinished: db.transaction((now: Date): RunReport[] => {
      const done = finishedUnreported.all().map((r) => report(r.id)!);
      for (const r of done) markReported.run(now.getTime(), r.runId);
      return done;
    }),
  };
}

export type NoticeRepo = ReturnType<typeof createNoticeRepo>;
