import type { Recipient } from '../core/message.ts';
import type { Db } from '../store/db.ts';

/**
 * Authors of notices the system writes to one person (a booking cancelled by staff), not broadcasts to subscribers:
 * they carry no unsubscribe footer.
 */
export const DIRECT_AUTHOR = 'system:';

interface DirectNotice {
  /** Who asked, after the prefix: `system:samples`. */
  author: `${typeof DIRECT_AUTHOR}${string}`;
  person: string;
  to: Recipient;
  text: string;
}

/**
 * Puts a message for one person into the notice outbox, for a process without adapters (the admin CLI). The
 * running bot's dispatcher sends it (within a minute, outside the quiet hours, retried like any notice), or the
 * next start does; `admin -- notices list` shows it. Returns the notice id.
 */
export function queueDirectNotice(db: Db, notice: DirectNotice, now: Date): number {
  const t = now.getTime();
  return db.transaction(() => {
    // Status `done` with a one-person audience: no tick or cron ever turns it into a run for subscribers.
    const { lastInsertRowid: noticeId } = db
      .prepare(
        `INSERT INTO notices (author, station_id, audience, text, urgent, send_at, cron, status, created_at)
         VALUES (?, NULL, ?, ?, 0, ?, NULL, 'done', ?)`,
      )
      .run(notice.author, JSON.stringify({ person: notice.person }), notice.text, t, t);
    const { lastInsertRowid: runId } = db
      .prepare('INSERT INTO notice_runs (notice_id, due_at, created_at, recipients) VALUES (?, ?, ?, 1)')
      .run(noticeId, t, t);
    db.prepare(
      `INSERT INTO outbox (run_id, person, platform, user_id, chat_id, urgent, status, next_at) VALUES (?, ?, ?, ?, ?, 0, 'pending', ?)`,
    ).run(runId, notice.person, notice.to.platform, notice.to.userId, notice.to.chatId, t);
    return Number(noticeId);
  })();
}
