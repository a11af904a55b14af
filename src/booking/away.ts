import { DAY_MS, fromLocal, startOfLocalDay, toLocal } from './time.ts';
import { chineseNumber, parseWhen, spellDates } from './when.ts';

/** The longest pause a mentor sets themselves; longer is leaving the pool, which staff do (`mentors deactivate`). */
export const MAX_AWAY_DAYS = 90;

export type AwayReading = { ok: true; from: number; until: number } | { ok: false; why: 'past' | 'impossible' | 'too-long' | 'backwards' };

/** "7天", "两周", "三个星期", "一个月": a length of time after today ("12月20日" and "12月" are dates, not lengths). */
const LENGTH = /(?<![月\d])(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*(?:(天)|个?\s*(?:周|星期|礼拜)|个\s*(月))/;
/** "到12月20日", "至下周五", "12月20日前": until the end (or, with 前, the start) of a day. */
const UNTIL = /(?:到|至|until\s*)([^到至]{1,12}?)(?:为止|结束|底)?(?:前|之前)?(?=$|[\s,，。;；!！]|不|再|都|暂停|恢复)/;
const RANGE = /(.{1,12}?)(?:到|至|-|~|～)(.{1,12})/;
const BEFORE = /(.{1,12}?)(?:前|之前|以前)/;

/** The day a phrase names (its local midnight), through the booking form's own reader; undefined when none. */
function dayOf(text: string, now: number): { at: number } | { invalid: 'past' | 'impossible' } | undefined {
  if (/月底/.test(text)) {
    const t = toLocal(now);
    const next = /下个?月底/.test(text) ? 2 : 1;
    return { at: fromLocal(t.year, t.month + next, 0) };
  }
  if (/年底/.test(text)) return { at: fromLocal(toLocal(now).year, 12, 31) };
  const when = parseWhen(text, now);
  if (when?.invalid) return { invalid: when.invalid };
  return when?.until !== undefined ? { at: when.until } : undefined;
}

/**
 * Reads how long a mentor pauses from their words ("7天", "两周", "到12月20日", "12月20日前", "下周", "12月10日到12月15日",
 * "到月底"): from now (or the first day named) until the end of the last day. Undefined when no time is named.
 */
export function readAway(text: string, now: number): AwayReading | undefined {
  const today = startOfLocalDay(now);
  const result = (from: number, until: number): AwayReading => {
    if (until <= now) return { ok: false, why: 'past' };
    if (until <= from) return { ok: false, why: 'backwards' };
    if (until - today > MAX_AWAY_DAYS * DAY_MS) return { ok: false, why: 'too-long' };
    return { ok: true, from: Math.max(from, now), until };
  };
  const normal = spellDates(text.normalize('NFKC'));
  const length = LENGTH.exec(normal);
  if (length && !/[到至]/.test(normal)) {
    const n = chineseNumber(length[1]!);
    if (!Number.isFinite(n) || n <= 0) return { ok: false, why: 'impossible' };
    const t = toLocal(now);
    // Whole days after today: "7天" said on a Thursday evening ends with the next Thursday.
    const until = length[3] ? fromLocal(t.year, t.month + n, t.day + 1) : today + (n * (length[2] ? 1 : 7) + 1) * DAY_MS;
    return result(now, until);
  }
  const range = RANGE.exec(normal);
  if (range) {
    const first = dayOf(range[1]!, now);
    const last = dayOf(range[2]!, now);
    if (last && 'invalid' in last) return { ok: false, why: last.invalid };
    if (last) {
      if (first && 'invalid' in first) return { ok: false, why: first.invalid };
      return result(first ? first.at : now, last.at + DAY_MS);
    }
  }
  const until = UNTIL.exec(normal);
  if (until) {
    const day = dayOf(until[1]!, now);
    if (day && 'invalid' in day) return { ok: false, why: day.invalid };
    if (day) return result(now, /前/.test(until[0]) ? day.at : day.at + DAY_MS);
  }
  const before = BEFORE.exec(normal);
  if (before) {
    const day = dayOf(before[1]!, now);
    if (day && 'invalid' in day) return { ok: false, why: day.invalid };
    if (day) return result(now, day.at);
  }
  // "下周都出差", "明天不接": the days named, whole.
  const when = parseWhen(normal, now);
  if (when?.invalid) return { ok: false, why: when.invalid };
  if (when?.from !== undefined) return result(when.from, (when.until ?? when.from) + DAY_MS);
  const day = dayOf(normal, now);
  if (day && 'invalid' in day) return { ok: false, why: day.invalid };
  return day ? result(now, day.at + DAY_MS) : undefined;
}
