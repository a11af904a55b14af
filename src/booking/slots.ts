import { awayAt, type Mentor } from './mentors.ts';
import { DAY_MS, MINUTE_MS, parseClock, startOfLocalDay, toLocal } from './time.ts';
import type { County, Specialty } from './vocabulary.ts';

export interface Slot {
  mentorId: number;
  start: number;
  end: number;
  /** End plus the mentor's buffer: nothing else of this mentor may start before it. */
  blockUntil: number;
}

/** A booked interval of a mentor that is pending or confirmed. */
export interface Busy {
  mentorId: number;
  start: number;
  blockUntil: number;
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening';
const PART_MINUTES: Record<PartOfDay, [number, number]> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [18 * 60, 24 * 60],
};

export interface SlotQuery {
  specialty: Specialty;
  county?: County | undefined;
  mode?: 'online' | 'in_person' | undefined;
  /** Earliest start (e.g. now plus a lead time). */
  from: number;
  /** Latest start. */
  until: number;
  /** Only this local day (epoch ms of its midnight), when the user named one. */
  day?: number | undefined;
  partOfDay?: PartOfDay | undefined;
  /** Mentors to leave out (one who just declined). */
  excludeMentors?: readonly number[];
  /** Slots to leave out (the booking being moved). */
  excludeBooking?: { mentorId: number; start: number } | undefined;
}

/** Mentors who can take the topic where and how the user wants. */
export function matchingMentors(
  mentors: readonly Mentor[],
  q: Pick<SlotQuery, 'specialty' | 'county' | 'mode' | 'excludeMentors'>,
): Mentor[] {
  return mentors.filter(
    (m) =>
      m.active &&
      !q.excludeMentors?.includes(m.id) &&
      m.specialties.includes(q.specialty) &&
      (!q.mode || m.mode === 'both' || m.mode === q.mode) &&
      // Counties matter for meeting in person; online anyone can help.
      (q.mode === 'online' || !q.county || !m.counties.length || m.counties.includes(q.county)),
  );
}

/** Each mentor record's weekly windows, parsed once (the repository hands out the same records until one changes). */
const parsedWindows = new WeakMap<Mentor, Array<Array<[number, number]>>>();

/** A mentor's weekly windows as minutes, by weekday (index 1–7), sorted. */
function windowsByWeekday(mentor: Mentor): Array<Array<[number, number]>> {
  let days = parsedWindows.get(mentor);
  if (days) return days;
  days = Array.from({ length: 8 }, () => []);
  for (const w of mentor.availability) days[w.weekday]!.push([parseClock(w.start), parseClock(w.end)]);
  for (const d of days) d.sort((a, b) => a[0] - b[0]);
  parsedWindows.set(mentor, days);
  return days;
}

/** Every free slot of one mentor in [from, until], in time order, lazily. */
function* freeSlots(mentor: Mentor, busy: readonly Busy[], q: Pick<SlotQuery, 'from' | 'until' | 'day' | 'partOfDay'>): Generator<Slot> {
  const session = mentor.sessionMinutes * MINUTE_MS;
  const step = (mentor.sessionMinutes + mentor.bufferMinutes) * MINUTE_MS;
  const perDay = new Map<number, number>();
  for (const b of busy) {
    const day = startOfLocalDay(b.start);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const windows = windowsByWeekday(mentor);
  const [lo, hi] = q.partOfDay ? PART_MINUTES[q.partOfDay] : [0, 24 * 60];
  const firstDay = q.day ?? startOfLocalDay(q.from);
  const lastDay = q.day ?? startOfLocalDay(q.until);
  for (let day = firstDay, weekday = toLocal(firstDay).weekday; day <= lastDay; day += DAY_MS, weekday = (weekday % 7) + 1) {
    let offered = perDay.get(day) ?? 0;
    if (offered >= mentor.dailyCap) continue;
    for (const [open, close] of windows[weekday]!) {
      for (let minutes = open; minutes * MINUTE_MS + session <= close * MINUTE_MS; minutes += step / MINUTE_MS) {
        if (minutes < lo || minutes >= hi) continue;
        const start = day + minutes * MINUTE_MS;
        if (start < q.from || start > q.until) continue;
        if (awayAt(mentor, start)) continue;
        const blockUntil = start + step;
        if (busy.some((b) => b.start < blockUntil && start < b.blockUntil)) continue;
        if (offered >= mentor.dailyCap) break;
        offered++;
        yield { mentorId: mentor.id, start, end: start + session, blockUntil };
      }
    }
  }
}

/**
 * Up to `count` slots to offer: the earliest slot of each matching mentor, least-loaded mentor first when two
 * start together, one per mentor before any mentor gets a second, shown in time order.
 */
export function offerSlots(
  mentors: readonly Mentor[],
  busy: readonly Busy[],
  load: ReadonlyMap<number, number>,
  q: SlotQuery,
  count = 3,
): Slot[] {
  const busyOf = new Map<number, Busy[]>();
  for (const b of busy) {
    if (q.excludeBooking && b.mentorId === q.excludeBooking.mentorId && b.start === q.excludeBooking.start) continue;
    const list = busyOf.get(b.mentorId);
    if (list) list.push(b);
    else busyOf.set(b.mentorId, [b]);
  }
  const streams = matchingMentors(mentors, q).map((m) => ({
    mentor: m,
    slots: freeSlots(m, busyOf.get(m.id) ?? [], q),
    load: load.get(m.id) ?? 0,
  }));
  const picked: Slot[] = [];
  for (let round = 0; round < count && picked.length < count; round++) {
    const heads: Array<{ slot: Slot; load: number }> = [];
    for (const s of streams) {
      const next = s.slots.next();
      if (!next.done) heads.push({ slot: next.value, load: s.load });
    }
    if (!heads.length) break;
    heads.sort((a, b) => a.slot.start - b.slot.start || a.load - b.load || a.slot.mentorId - b.slot.mentorId);
    for (const h of heads) if (picked.length < count) picked.push(h.slot);
  }
  return picked.sort((a, b) => a.start - b.start || a.mentorId - b.mentorId);
}
