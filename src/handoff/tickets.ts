import { maskPersonal } from '../core/logger.ts';
import type { Db } from '../store/db.ts';

export interface Turnlet {
  /** What the user said. */
  u: string;
  /** The first line of what the bot answered. */
  b: string;
}

export interface Ticket {
  id: number;
  person: string;
  platform: string;
  userId: string;
  chatId: string;
  status: 'open' | 'closed';
  transcript: Turnlet[];
  /** The staff member (person key) who claimed the ticket: only they answer and close it. */
  staff: string | null;
  claimedAt: number | null;
  rating: 'good' | 'bad' | null;
  createdAt: number;
}

interface Row {
  id: number;
  person: string;
  platform: string;
  user_id: string;
  chat_id: string;
  status: 'open' | 'closed';
  transcript: string;
  staff: string | null;
  claimed_at: number | null;
  rating: 'good' | 'bad' | null;
  created_at: number;
}

const fromRow = (r: Row): Ticket => ({
  id: r.id,
  person: r.person,
  platform: r.platform,
  userId: r.user_id,
  chatId: r.chat_id,
  status: r.status,
  transcript: JSON.parse(r.transcript) as Turnlet[],
  staff: r.staff,
  claimedAt: r.claimed_at ?? null,
  rating: r.rating,
  createdAt: r.created_at,
});

/** A turn that only asks for a person ("转人工", "找个真人"), which says nothing of what the ticket is about. */
const ASKS_ONLY_FOR_A_PERSON =
  /^(?:帮我|给我|我要|我想|请)?(?:转|找|要)?(?:个)?(?:人工|真人|客服|工作人员)(?:客服|服务)?[吧啊呀。!！\s]*$|^(?:human|agent|real person)[.!\s]*$/i;

/** What a ticket is about: the user's last words before asking for a person, phone and ID numbers masked. */
export function ticketAbout(ticket: Ticket): string {
  const turns = ticket.transcript.map((t) => t.u.trim()).filter((u) => u && !ASKS_ONLY_FOR_A_PERSON.test(u));
  return maskPersonal(turns.at(-1) ?? ticket.transcript.at(-1)?.u ?? '').replace(/\s+/g, ' ');
}

export const ticketRef = (id: number) => `T${String(id).padStart(6, '0')}`;
export const ticketId = (ref: string): number | undefined => {
  const m = /^T?0*(\d{1,9})$/i.exec(ref.trim());
  return m ? Number(m[1]) : undefined;
};

export type FeedbackKind = 'helpful' | 'unhelpful' | 'unanswered';

export interface Miss {
  at: number;
  kind: FeedbackKind;
  question: string;
  sources: string[];
}

/** Hand-off tickets and answer feedback in SQLite. Questions are stored with phone and ID numbers masked. */
export function createTicketRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string, string, number]>(
    `INSERT INTO tickets (person, platform, user_id, chat_id, status, transcript, created_at) VALUES (?, ?, ?, ?, 'open', ?, ?)`,
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM tickets WHERE id = ?');
  const openOf = db.prepare<[string], Row>(`SELECT * FROM tickets WHERE person = ? AND status = 'open' ORDER BY id DESC LIMIT 1`);
  const allOpen = db.prepare<[number], Row>(`SELECT * FROM tickets WHERE status = 'open' ORDER BY id LIMIT ?`);
  const openCount = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM tickets WHERE status = 'open'`);
  // Compare-and-set: the claim goes through only if the ticket is still open and held by whom the caller saw.
  const claim = db.prepare<[string, number, number, string | null]>(
    `UPDATE tickets SET staff = ?, claimed_at = ? WHERE id = ? AND status = 'open' AND staff IS ?`,
  );
  const answer = db.prepare<[number, number]>('UPDATE tickets SET answered_at = ? WHERE id = ?');
  const close = db.prepare<[number, number]>(`UPDATE tickets SET status = 'closed', closed_at = ? WHERE id = ?`);
  const rate = db.prepare<[string, number]>('UPDATE tickets SET rating = ? WHERE id = ?');
  const deleteOf = db.prepare<[string]>('DELETE FROM tickets WHERE person = ?');
  const deleteOfAccount = db.prepare<[string, string]>('DELETE FROM tickets WHERE platform = ? AND user_id = ?');
  const insertFeedback = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO feedback (person, at, kind, question, sources) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteFeedback = db.prepare<[string]>('DELETE FROM feedback WHERE person = ?');
  const misses = db.prepare<[number], { at: number; kind: FeedbackKind; question: string; sources: string }>(
    `SELECT at, kind, question, sources FROM feedback WHERE kind IN ('unhelpful', 'unanswered') AND at >= ? ORDER BY at DESC`,
  );

  return {
    open(owner: { person: string; platform: string; userId: string; chatId: string }, transcript: Turnlet[], now: number): Ticket {
      const masked = transcript.map((t) => ({ u: maskPersonal(t.u), b: t.b }));
      const { lastInsertRowid } = insert.run(owner.person, owner.platform, owner.userId, owner.chatId, JSON.stringify(masked), now);
      return fromRow(byId.get(Number(lastInsertRowid))!);
    },
    get: (id: number) => {
      const r = byId.get(id);
      return r ? fromRow(r) : undefined;
    },
    openOf: (person: string) => {
      const r = openOf.get(person);
      return r ? fromRow(r) : undefined;
    },
    /** The open tickets, oldest first (at most `limit`), and how many are open in all. */
    listOpen: (limit = 20) => ({ tickets: allOpen.all(limit).map(fromRow), total: openCount.get()!.n }),
    /**
     * Gives an open ticket to `staff` if it is still held by `holder` (null: unclaimed); false when someone else
     * claimed it in between or it was closed. A take-over passes the current holder.
     */
    claim: (id: number, staff: string, holder: string | null, now: number) => claim.run(staff, now, id, holder).changes > 0,
    answered: (id: number, now: number) => answer.run(now, id).changes > 0,
    close: (id: number, now: number) => close.run(now, id).changes > 0,
    rate: (id: number, rating: 'good' | 'bad') => rate.run(rating, id).changes > 0,
    deleteOfPerson: (person: string) => deleteOf.run(person).changes,
    forgetAccount: (platform: string, userId: string) => deleteOfAccount.run(platform, userId).changes,
    feedback(person: string, kind: FeedbackKind, question: string, sources: string[], now: number): void {
      insertFeedback.run(person, now, kind, maskPersonal(question).slice(0, 500), JSON.stringify(sources));
    },
    deleteFeedbackOf: (person: string) => deleteFeedback.run(person).changes,
    /** Questions the bot could not answer or that were rated unhelpful, newest first, for knowledge maintainers. */
    misses: (since = 0): Miss[] => misses.all(since).map((r) => ({ ...r, sources: JSON.parse(r.sources) as string[] })),
  };
}

export type TicketRepo = ReturnType<typeof createTicketRepo>;
