import { randomInt } from 'node:crypto';
import type { Db } from '../store/db.ts';
import type { Busy, Slot } from './slots.ts';
import { toLocal } from './time.ts';

export const BOOKING_STATUSES = ['pending', 'confirmed', 'declined', 'cancelled', 'done'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const STATUS_LABEL: Record<BookingStatus, string> = {
  pending: '待导师确认',
  confirmed: '已确认',
  declined: '导师已婉拒',
  cancelled: '已取消',
  done: '已完成',
};
export const STATUS_LABEL_EN: Record<BookingStatus, string> = {
  pending: 'waiting for the mentor',
  confirmed: 'confirmed',
  declined: 'declined by the mentor',
  cancelled: 'cancelled',
  done: 'done',
};

export interface Booking {
  id: number;
  ref: string;
  person: string;
  platform: string;
  userId: string;
  chatId: string;
  mentorId: number;
  start: number;
  end: number;
  blockUntil: number;
  topic: string;
  specialty: string;
  mode: string;
  county: string | null;
  phone: string | null;
  status: BookingStatus;
  note: string | null;
  reminded24h: boolean;
  reminded1h: boolean;
}

interface Row {
  id: number;
  ref: string;
  person: string;
  platform: string;
  user_id: string;
  chat_id: string;
  mentor_id: number;
  start_at: number;
  end_at: number;
  block_until: number;
  topic: string;
  specialty: string;
  mode: string;
  county: string | null;
  phone: string | null;
  status: string;
  note: string | null;
  reminded_24h_at: number | null;
  reminded_1h_at: number | null;
}

const fromRow = (r: Row): Booking => ({
  id: r.id,
  ref: r.ref,
  person: r.person,
  platform: r.platform,
  userId: r.user_id,
  chatId: r.chat_id,
  mentorId: r.mentor_id,
  start: r.start_at,
  end: r.end_at,
  blockUntil: r.block_until,
  topic: r.topic,
  specialty: r.specialty,
  mode: r.mode,
  county: r.county,
  phone: r.phone,
  status: r.status as BookingStatus,
  note: r.note,
  reminded24h: r.reminded_24h_at !== null,
  reminded1h: r.reminded_1h_at !== null,
});

export interface NewBooking {
  person: string;
  platform: string;
  userId: string;
  chatId: string;
  slot: Slot;
  topic: string;
  specialty: string;
  mode: string;
  county?: string | undefined;
  phone?: string | undefined;
}

/** A detail of a booking changed in place (`null` phone: none left any more). */
export interface BookingEdit {
  topic?: string;
  phone?: string | null;
  mode?: 'online' | 'in_person';
}

/** The slot was taken by someone else between offer and confirmation (the database refused the overlap). */
export const isSlotTaken = (error: unknown): boolean => error instanceof Error && /slot_taken/.test(error.message);

export type Reminder = '24h' | '1h';

/** Consultation bookings in SQLite. Overlaps are refused by the database itself (see the migration's triggers). */
export function createBookingRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO bookings (ref, person, platform, user_id, chat_id, mentor_id, start_at, end_at, block_until, topic, specialty, mode, county, phone, status, created_at, updated_at)
     VALUES (@ref, @person, @platform, @user_id, @chat_id, @mentor_id, @start_at, @end_at, @block_until, @topic, @specialty, @mode, @county, @phone, 'pending', @now, @now)`,
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM bookings WHERE id = ?');
  const byRef = db.prepare<[string], Row>('SELECT * FROM bookings WHERE ref = ?');
  const refExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM bookings WHERE ref = ?');
  const busyBetween = db.prepare<[string, number, number], { mentor_id: number; start_at: number; block_until: number }>(
    `SELECT mentor_id, start_at, block_until FROM bookings
     WHERE mentor_id IN (SELECT value FROM json_each(?)) AND status IN ('pending', 'confirmed') AND block_until > ? AND start_at < ?`,
  );
  const loads = db.prepare<[string, number], { mentor_id: number; n: number }>(
    `SELECT mentor_id, count(*) AS n FROM bookings
     WHERE mentor_id IN (SELECT value FROM json_each(?)) AND status IN ('pending', 'confirmed') AND start_at >= ? GROUP BY mentor_id`,
  );
  const ofPerson = db.prepare<[string, number], Row>(
    `SELECT * FROM bookings WHERE person = ? AND status IN ('pending', 'confirmed') AND end_at > ? ORDER BY start_at`,
  );
  const ofMentor = db.prepare<[number, number], Row>(
    `SELECT * FROM bookings WHERE mentor_id = ? AND status IN ('pending', 'confirmed') AND end_at > ? ORDER BY start_at`,
  );
  const ofMentorToClose = db.prepare<[number, number], Row>(
    `SELECT * FROM bookings WHERE mentor_id = ? AND status = 'confirmed' AND end_at <= ? ORDER BY start_at`,
  );
  const all = db.prepare<[], Row>('SELECT * FROM bookings ORDER BY start_at, id');
  const setStatus = db.prepare<[string, string | null, number, number]>(
    'UPDATE bookings SET status = ?, note = coalesce(?, note), updated_at = ? WHERE id = ?',
  );
  const move = db.prepare<[number, number, number, number, number, number]>(
    `UPDATE bookings SET mentor_id = ?, start_at = ?, end_at = ?, block_until = ?, updated_at = ?, reminded_24h_at = NULL, reminded_1h_at = NULL, status = 'pending' WHERE id = ?`,
  );
  const edit = db.prepare<[string, string | null, string, number, number]>(
    'UPDATE bookings SET topic = ?, phone = ?, mode = ?, updated_at = ? WHERE id = ?',
  );
  const due24 = db.prepare<[number, number], Row>(
    `SELECT * FROM bookings WHERE status IN ('pending', 'confirmed') AND reminded_24h_at IS NULL AND start_at > ? AND start_at <= ? ORDER BY start_at`,
  );
  const due1 = db.prepare<[number, number], Row>(
    `SELECT * FROM bookings WHERE status IN ('pending', 'confirmed') AND reminded_1h_at IS NULL AND start_at > ? AND start_at <= ? ORDER BY start_at`,
  );
  const mark24 = db.prepare<[number, number]>('UPDATE bookings SET reminded_24h_at = ? WHERE id = ? AND reminded_24h_at IS NULL');
  const mark1 = db.prepare<[number, number]>('UPDATE bookings SET reminded_1h_at = ? WHERE id = ? AND reminded_1h_at IS NULL');
  const deleteOf = db.prepare<[string]>('DELETE FROM bookings WHERE person = ?');

  function newRef(start: number): string {
    const t = toLocal(start);
    for (;;) {
      const ref = `YY${String(t.month).padStart(2, '0')}${String(t.day).padStart(2, '0')}${randomInt(100, 1000)}`;
      if (!refExists.get(ref)) return ref;
    }
  }

  return {
    /** Books a slot, pending the mentor's answer; throws (isSlotTaken) when it overlaps a live booking. */
    create(b: NewBooking, now: Date): Booking {
      const { lastInsertRowid } = insert.run({
        ref: newRef(b.slot.start),
        person: b.person,
        platform: b.platform,
        user_id: b.userId,
        chat_id: b.chatId,
        mentor_id: b.slot.mentorId,
        start_at: b.slot.start,
        end_at: b.slot.end,
        block_until: b.slot.blockUntil,
        topic: b.topic,
        specialty: b.specialty,
        mode: b.mode,
        county: b.county ?? null,
        phone: b.phone ?? null,
        now: now.getTime(),
      });
      return fromRow(byId.get(Number(lastInsertRowid))!);
    },
    get: (id: number) => {
      const r = byId.get(id);
      return r ? fromRow(r) : undefined;
    },
    byRef: (ref: string) => {
      const r = byRef.get(ref.toUpperCase());
      return r ? fromRow(r) : undefined;
    },
    /** The live bookings of these mentors that overlap [from, until). */
    busy(mentorIds: readonly number[], from: number, until: number): Busy[] {
      return busyBetween
        .all(JSON.stringify(mentorIds), from, until)
        .map((r) => ({ mentorId: r.mentor_id, start: r.start_at, blockUntil: r.block_until }));
    },
    /** Live bookings of these mentors from `from` on: fairness picks the least loaded. */
    loads(mentorIds: readonly number[], from: number): Map<number, number> {
      return new Map(loads.all(JSON.stringify(mentorIds), from).map((r) => [r.mentor_id, r.n]));
    },
    upcomingOf: (person: string, now: number) => ofPerson.all(person, now).map(fromRow),
    upcomingOfMentor: (mentorId: number, now: number) => ofMentor.all(mentorId, now).map(fromRow),
    pastConfirmedOfMentor: (mentorId: number, now: number) => ofMentorToClose.all(mentorId, now).map(fromRow),
    all: () => all.all().map(fromRow),
    setStatus(id: number, status: BookingStatus, now: Date, note?: string): void {
      setStatus.run(status, note ?? null, now.getTime(), id);
    },
    /** Moves a booking to another slot (pending again); throws (isSlotTaken) when the new slot is taken. */
    move(id: number, slot: Slot, now: Date): void {
      move.run(slot.mentorId, slot.start, slot.end, slot.blockUntil, now.getTime(), id);
    },
    /** Changes what a booking is about, the phone left for the mentor, or how they meet; its time stays. */
    edit(id: number, change: BookingEdit, now: Date): Booking {
      const b = fromRow(byId.get(id)!);
      edit.run(change.topic ?? b.topic, change.phone === undefined ? b.phone : change.phone, change.mode ?? b.mode, now.getTime(), id);
      return fromRow(byId.get(id)!);
    },
    dueReminders(kind: Reminder, now: number): Booking[] {
      const ahead = kind === '24h' ? 24 * 3600_000 : 3600_000;
      return (kind === '24h' ? due24 : due1).all(now, now + ahead).map(fromRow);
    },
    /** Deletes every booking of a person (data deletion; future ones are cancelled with the mentor told first). */
    deleteOfPerson: (person: string): number => deleteOf.run(person).changes,
    /** Records a reminder as sent; false when it already was (another run got there first). */
    markReminded(id: number, kind: Reminder, now: number): boolean {
      return (kind === '24h' ? mark24 : mark1).run(now, id).changes === 1;
    },
  };
}

/** The bookings store, named like the other repositories (MentorRepo, LeadRepo, ...). @public */
export type BookingRepo = ReturnType<typeof createBookingRepo>;
