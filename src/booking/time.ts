/**
 * Wall-clock time in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed offset is
 * exact, cheap (slot search runs it millions of times) and needs no time-zone database.
 */
const OFFSET_MS = 8 * 3600_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export function toLocal(ms: number): LocalTime {
  const d = new Date(ms + OFFSET_MS);
  const wd = d.getUTCDay();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: wd === 0 ? 7 : wd,
    minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
  };
}

/** Epoch ms of a Shanghai wall-clock time; month and day may overflow (Date.UTC normalises them). */
export const fromLocal = (year: number, month: number, day: number, minutes = 0): number =>
  Date.UTC(year, month - 1, day) + minutes * MINUTE_MS - OFFSET_MS;

/** Local midnight of the day containing `ms` (plain arithmetic: the offset is fixed and days have no leap seconds). */
export function startOfLocalDay(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** "HH:MM" → minutes since midnight. */
export function parseClock(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`not a time of day: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "12月3日(周四) 14:00", the way the form shows a slot. */
export function formatSlot(ms: number): string {
  const t = toLocal(ms);
  return `${t.month}月${t.day}日(周${WEEKDAYS[t.weekday]}) ${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
}

/** "12月3日(周四)": a day, as the pause and the schedule name it. */
export function formatDay(ms: number): string {
  const t = toLocal(ms);
  return `${t.month}月${t.day}日(周${WEEKDAYS[t.weekday]})`;
}

const WEEKDAYS_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS_EN = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The same time in English: "Thu 3 Dec 14:00" (Beijing time). */
export function formatSlotEn(ms: number): string {
  const t = toLocal(ms);
  return `${WEEKDAYS_EN[t.weekday]} ${t.day} ${MONTHS_EN[t.month]} ${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
}

/** "2026-12-12 14:00" (or "2026-12-12T14:00", or a date alone at midnight) in Shanghai → epoch ms; undefined if not a real date. */
export function parseLocalDateTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59) return undefined;
  const ms = fromLocal(year!, month!, day!, hour! * 60 + minute!);
  // Reject 2月30日 and the like, which Date.UTC would roll over into the next month.
  return toLocal(ms).day === day ? ms : undefined;
}
