/**
 * What the console's bookings page reads (issue 15): a week of bookings per mentor, their utilisation against the
 * mentor's weekly availability (the slot search of src/booking/slots.ts), sessions that ended without a /done record,
 * and the mentor pool's changes through the admin CLI's own commands, so the web and the CLI cannot disagree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../app.ts';
import type { Booking, BookingStatus } from '../booking/bookings.ts';
import type { Mentor } from '../booking/mentors.ts';
import { offerSlots, type Busy } from '../booking/slots.ts';
import { DAY_MS, fromLocal, toLocal } from '../booking/time.ts';
import type { CommandInput } from '../cli/admin/area.ts';
import { mentors as mentorCommands } from '../cli/admin/mentors.ts';
import { UsageError } from '../cli/startup.ts';
import type { Db } from '../store/db.ts';

export interface Week {
  /** Local midnight of the week's Monday (Asia/Shanghai). */
  start: number;
  /** Local midnight of the following Monday. */
  end: number;
  /** "2026-12-07", the Monday as the `?week=` parameter writes it. */
  key: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "2026-12-07" for a local day. */
export const dayKey = (ms: number): string => {
  const t = toLocal(ms);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
};

/** The Monday-to-Sunday week containing `?week=YYYY-MM-DD`, or the one containing `now` when absent or not a date. */
export function weekOf(param: string | undefined, now: Date): Week {
  const m = param ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(param) : null;
  let day = m ? fromLocal(Number(m[1]), Number(m[2]), Number(m[3])) : Number.NaN;
  if (Number.isNaN(day) || !m || toLocal(day).day !== Number(m[3])) day = now.getTime();
  const t = toLocal(day);
  const start = fromLocal(t.year, t.month, t.day - (t.weekday - 1));
  return { start, end: start + 7 * DAY_MS, key: dayKey(start) };
}

/** Statuses that hold a mentor's time: a declined or cancelled booking frees its slot again. */
const HOLDS_TIME: readonly BookingStatus[] = ['pending', 'confirmed', 'done'];

export interface MentorWeek {
  mentor: Mentor;
  /** Every booking starting in the week, any status, in time order. */
  bookings: Booking[];
  /** Bookings holding the mentor's time (pending, confirmed, done). */
  booked: number;
  /** Slots still free this week by the mentor's availability, daily cap and buffer (as the slot search offers them). */
  free: number;
  /** booked / (booked + free); undefined when the mentor offers no time this week. */
  utilisation: number | undefined;
  /** Confirmed sessions that have ended with no /done record: possibly no-shows. */
  unrecorded: Booking[];
  /** Sessions recorded with /done. */
  done: Booking[];
}

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    inWeek: db.prepare<[number, number], { id: number }>(
      'SELECT id FROM bookings WHERE start_at >= ? AND start_at < ? ORDER BY start_at, id',
    ),
  };
}
const sql = (db: Db) => {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  return s;
};

/** How many more slots a mentor could take this week: the slot search over the whole week, past days included. */
function freeSlots(mentor: Mentor, busy: readonly Busy[], week: Week): number {
  const [specialty] = mentor.specialties;
  if (!specialty) return 0;
  // One mentor yields one slot per round; a week never holds more than 7 × 20 (the highest daily cap).
  return offerSlots([mentor], busy, new Map(), { specialty, from: week.start, until: week.end - 1 }, 7 * 20).length;
}

/** The week of each mentor in `mentors`, with their bookings, utilisation, unrecorded and done sessions. */
export function mentorWeeks(app: App, mentors: readonly Mentor[], week: Week, now: Date): MentorWeek[] {
  const ids = sql(app.db)
    .inWeek.all(week.start, week.end)
    .map((r) => r.id);
  const all = ids.map((id) => app.booking.bookings.get(id)!);
  return mentors.map((mentor) => {
    const bookings = all.filter((b) => b.mentorId === mentor.id);
    const holding = bookings.filter((b) => HOLDS_TIME.includes(b.status));
    const busy = holding.map((b) => ({ mentorId: b.mentorId, start: b.start, blockUntil: b.blockUntil }));
    const free = freeSlots(mentor, busy, week);
    const booked = holding.length;
    return {
      mentor,
      bookings,
      booked,
      free,
      utilisation: booked + free ? booked / (booked + free) : undefined,
      unrecorded: bookings.filter((b) => b.status === 'confirmed' && b.end <= now.getTime()),
      done: bookings.filter((b) => b.status === 'done'),
    };
  });
}

/** Bookings holding time on each day of the week, Monday first. */
export function perDay(weeks: readonly MentorWeek[], week: Week): number[] {
  const days = Array.from({ length: 7 }, () => 0);
  for (const w of weeks)
    for (const b of w.bookings) if (HOLDS_TIME.includes(b.status)) days[Math.floor((b.start - week.start) / DAY_MS)]!++;
  return days;
}

/** What one admin CLI command said: its JSON value, or the reason it refused. */
export type CommandResult = { ok: true; json: unknown; text: string[] } | { ok: false; error: string };

/** Runs one `admin -- mentors COMMAND` exactly as the CLI does, collecting what it prints. */
async function runMentorCommand(app: App, command: string, args: string[], flags: CommandInput['flags']): Promise<CommandResult> {
  const text: string[] = [];
  let json: unknown;
  try {
    await mentorCommands[command]!({ app, args, flags, out: { text: (line) => text.push(line), json: (value) => (json = value) } });
    return { ok: true, json, text };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The fields of the console's add-mentor form, named as `admin -- mentors add` flags. */
export interface MentorForm {
  name: string;
  role: string;
  specialties: string;
  counties: string;
  mode: string;
  availability: string;
}

/** Adds a mentor through `mentors add`: the same parsing of availability and the same validation as the CLI. */
export async function addMentor(app: App, form: MentorForm): Promise<{ ok: true; id: number } | { ok: false; error: string }> {
  const flags: CommandInput['flags'] = {
    name: form.name.trim(),
    role: form.role.trim(),
    specialties: form.specialties.trim(),
    counties: form.counties.trim(),
    availability: form.availability.trim(),
    ...(form.mode.trim() ? { mode: form.mode.trim() } : {}),
  };
  const result = await runMentorCommand(app, 'add', [], flags);
  return result.ok ? { ok: true, id: (result.json as { id: number }).id } : result;
}

/**
 * Imports mentors pasted as CSV (a header row naming the columns) or YAML, through `mentors import`: the whole
 * paste or nothing. The CLI reads files, so the paste is written to a private temporary file and removed after.
 */
export async function importMentors(
  app: App,
  format: 'csv' | 'yaml',
  text: string,
): Promise<{ ok: true; imported: number } | { ok: false; error: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-web-import-'));
  const file = join(dir, `mentors.${format}`);
  try {
    writeFileSync(file, text, { mode: 0o600 });
    const result = await runMentorCommand(app, 'import', [file], {});
    if (!result.ok) return { ok: false, error: result.error.split(file).join('粘贴的内容') };
    return { ok: true, imported: (result.json as { imported: number }).imported };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
