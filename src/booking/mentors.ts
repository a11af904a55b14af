import { z } from 'zod';
import type { Db } from '../store/db.ts';
import { codeKey as hash, displayCode, newCode, readCode } from '../security/codes.ts';
import { DEFAULT_LIMITS } from '../security/limits.ts';
import { parseClock } from './time.ts';
import { COUNTY_NAMES, MODES, ROLES, SPECIALTY_NAMES, type County, type Mode, type Role, type Specialty } from './vocabulary.ts';

const Clock = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'a time of day like 14:00');

/** One weekly window in Asia/Shanghai: weekday 1 (Monday) … 7 (Sunday), from `start` to `end`. */
const WindowSchema = z
  .strictObject({ weekday: z.number().int().min(1).max(7), start: Clock, end: Clock })
  .refine((w) => parseClock(w.start) < parseClock(w.end), { message: 'end must be after start' });

/** A mentor as staff write one (YAML, CSV row, CLI flags): validated before it reaches the database. */
export const MentorInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  role: z.enum(ROLES),
  specialties: z.array(z.enum(SPECIALTY_NAMES as [Specialty, ...Specialty[]])).min(1),
  /** Counties served; empty means all of Jingzhou. */
  counties: z.array(z.enum(COUNTY_NAMES as [County, ...County[]])).default([]),
  mode: z.enum(MODES).default('both'),
  availability: z.array(WindowSchema).min(1),
  session_minutes: z.number().int().min(15).max(240).default(60),
  buffer_minutes: z.number().int().min(0).max(120).default(15),
  daily_cap: z.number().int().min(1).max(20).default(4),
});
export type MentorInput = z.input<typeof MentorInputSchema>;

export interface Mentor {
  id: number;
  name: string;
  role: Role;
  specialties: Specialty[];
  counties: County[];
  mode: Mode;
  availability: Array<z.infer<typeof WindowSchema>>;
  sessionMinutes: number;
  bufferMinutes: number;
  dailyCap: number;
  active: boolean;
  /** A time the mentor takes no new bookings in (`/pause`): slots starting in [from, until) are not offered. */
  away: { from: number; until: number } | null;
  /** The chat account bound with /bind (an identity person key), if any. */
  person: string | null;
  sample: boolean;
}

/** Whether time `at` falls in the mentor's pause: a slot starting then is not offered nor booked. */
export const awayAt = (mentor: Pick<Mentor, 'away'>, at: number): boolean =>
  mentor.away !== null && at >= mentor.away.from && at < mentor.away.until;

/** The mentor's pause while it is in force or still ahead at `now`; null once it is over (the row keeps it). */
export const pauseAfter = (mentor: Pick<Mentor, 'away'>, now: number): Mentor['away'] =>
  mentor.away && mentor.away.until > now ? mentor.away : null;

/** How a mentor is named to users: 王芳老师, 李明辅导员. */
export const mentorName = (m: Pick<Mentor, 'name' | 'role'>): string => `${m.name}${m.role === '导师' ? '老师' : m.role}`;

interface MentorRow {
  id: number;
  name: string;
  role: string;
  specialties: string;
  counties: string;
  mode: string;
  availability: string;
  session_minutes: number;
  buffer_minutes: number;
  daily_cap: number;
  active: number;
  away_from: number | null;
  away_until: number | null;
  person: string | null;
  sample: number;
}

const fromRow = (r: MentorRow): Mentor => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  specialties: JSON.parse(r.specialties) as Specialty[],
  counties: JSON.parse(r.counties) as County[],
  mode: r.mode as Mode,
  availability: JSON.parse(r.availability) as Mentor['availability'],
  sessionMinutes: r.session_minutes,
  bufferMinutes: r.buffer_minutes,
  dailyCap: r.daily_cap,
  active: r.active === 1,
  away: r.away_from !== null && r.away_until !== null ? { from: r.away_from, until: r.away_until } : null,
  person: r.person,
  sample: r.sample === 1,
});

const HOUR_MS = 3_600_000;
/** What the database keeps of a mentor code, as printed or typed. */
const codeKey = (code: string) => hash(readCode(code) ?? code);

/** Why a code did not bind; the sender is told the same for each (no hint which codes exist). */
export type BindResult = { ok: true; mentor: Mentor } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' | 'inactive' };

/** The mentor pool in SQLite. */
export function createMentorRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO mentors (name, role, specialties, counties, mode, availability, session_minutes, buffer_minutes, daily_cap, sample, created_at)
     VALUES (@name, @role, @specialties, @counties, @mode, @availability, @session_minutes, @buffer_minutes, @daily_cap, @sample, @created_at)`,
  );
  const byId = db.prepare<[number], MentorRow>('SELECT * FROM mentors WHERE id = ?');
  const byPerson = db.prepare<[string], MentorRow>('SELECT * FROM mentors WHERE person = ?');
  const all = db.prepare<[], MentorRow>('SELECT * FROM mentors ORDER BY id');
  const active = db.prepare<[], MentorRow>('SELECT * FROM mentors WHERE active = 1 ORDER BY id');
  const setActive = db.prepare<[number, number]>('UPDATE mentors SET active = ? WHERE id = ?');
  const setAway = db.prepare<[number | null, number | null, number]>('UPDATE mentors SET away_from = ?, away_until = ? WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM mentors');
  const insertInvite = db.prepare<[string, number, number]>('INSERT INTO mentor_invites (code, mentor_id, expires_at) VALUES (?, ?, ?)');
  const selectInvite = db.prepare<[string], { mentor_id: number; expires_at: number; used_at: number | null; revoked_at: number | null }>(
    'SELECT mentor_id, expires_at, used_at, revoked_at FROM mentor_invites WHERE code = ?',
  );
  const useInvite = db.prepare<[number, string]>('UPDATE mentor_invites SET used_at = ? WHERE code = ?');
  const revokeInvite = db.prepare<[number, string]>(
    'UPDATE mentor_invites SET revoked_at = ? WHERE code = ? AND used_at IS NULL AND revoked_at IS NULL',
  );
  const revokeInvitesOf = db.prepare<[number, number]>(
    'UPDATE mentor_invites SET revoked_at = ? WHERE mentor_id = ? AND used_at IS NULL AND revoked_at IS NULL',
  );
  const bindPerson = db.prepare<[string | null, number]>('UPDATE mentors SET person = ? WHERE id = ?');
  const unbindPerson = db.prepare<[string]>('UPDATE mentors SET person = NULL WHERE person = ?');
  // The active pool is read on every slot search; it is cached until this connection writes a mentor or another
  // connection (the admin CLI) commits anything (SQLite's data_version tells).
  const dataVersion = db.prepare<[], { data_version: number }>('PRAGMA data_version');
  let cached: { version: number; mentors: Mentor[] } | undefined;
  const changed = () => (cached = undefined);

  return {
    /** Validates and stores one mentor; throws a ZodError naming the field when the input is wrong. */
    add(input: MentorInput, now: Date, options: { sample?: boolean } = {}): Mentor {
      const m = MentorInputSchema.parse(input);
      const { lastInsertRowid } = insert.run({
        name: m.name,
        role: m.role,
        specialties: JSON.stringify(m.specialties),
        counties: JSON.stringify(m.counties),
        mode: m.mode,
        availability: JSON.stringify(m.availability),
        session_minutes: m.session_minutes,
        buffer_minutes: m.buffer_minutes,
        daily_cap: m.daily_cap,
        sample: options.sample ? 1 : 0,
        created_at: now.getTime(),
      });
      changed();
      return fromRow(byId.get(Number(lastInsertRowid))!);
    },
    get(id: number): Mentor | undefined {
      const hit = cached?.version === dataVersion.get()!.data_version ? cached.mentors.find((m) => m.id === id) : undefined;
      if (hit) return hit;
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    ofPerson: (person: string): Mentor | undefined => {
      const row = byPerson.get(person);
      return row ? fromRow(row) : undefined;
    },
    list: (): Mentor[] => all.all().map(fromRow),
    active(): Mentor[] {
      const version = dataVersion.get()!.data_version;
      if (cached?.version !== version) cached = { version, mentors: active.all().map(fromRow) };
      return cached.mentors;
    },
    count: (): number => count.get()!.n,
    setActive(id: number, value: boolean): boolean {
      changed();
      return setActive.run(value ? 1 : 0, id).changes > 0;
    },
    /** Sets (or, with null, ends) the time mentor `id` takes no new bookings in. */
    setAway(id: number, away: { from: number; until: number } | null): boolean {
      changed();
      return setAway.run(away?.from ?? null, away?.until ?? null, id).changes > 0;
    },
    /** A one-time code (`K7M-4PX-Q2R`) valid for `ttlHours`; the mentor sends `/bind CODE` from their own chat account. */
    invite(id: number, now: Date, ttlHours = DEFAULT_LIMITS.staffCodeTtlHours): string {
      for (;;) {
        const code = newCode();
        if (selectInvite.get(codeKey(code))) continue;
        insertInvite.run(codeKey(code), id, now.getTime() + ttlHours * HOUR_MS);
        return displayCode(code);
      }
    },
    /** Binds `person` with `code` (as printed or typed). */
    bind: db.transaction((code: string, person: string, now: Date): BindResult => {
      const key = codeKey(code);
      const invite = selectInvite.get(key);
      if (!invite) return { ok: false, reason: 'unknown' };
      if (invite.used_at !== null) return { ok: false, reason: 'used' };
      if (invite.revoked_at !== null) return { ok: false, reason: 'revoked' };
      if (invite.expires_at < now.getTime()) return { ok: false, reason: 'expired' };
      const mentor = byId.get(invite.mentor_id);
      if (mentor?.active !== 1) return { ok: false, reason: 'inactive' };
      changed();
      useInvite.run(now.getTime(), key);
      unbindPerson.run(person);
      bindPerson.run(person, mentor.id);
      return { ok: true, mentor: fromRow(byId.get(mentor.id)!) };
    }),
    /** Removes mentor `id`'s chat binding at once and revokes their unused codes; undefined when there is no such mentor. */
    unbind: db.transaction((id: number, now: Date): { wasBound: boolean; codes: number } | undefined => {
      const mentor = byId.get(id);
      if (!mentor) return undefined;
      changed();
      bindPerson.run(null, id);
      return { wasBound: mentor.person !== null, codes: revokeInvitesOf.run(now.getTime(), id).changes };
    }),
    /** Revokes one unused code (as printed or typed); false when no such unused code exists. */
    revokeCode: (code: string, now: Date): boolean => revokeInvite.run(now.getTime(), codeKey(code)).changes > 0,
  };
}

export type MentorRepo = ReturnType<typeof createMentorRepo>;
