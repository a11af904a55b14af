import { Lunar } from 'lunar-javascript';
import { DAY_MS, fromLocal, startOfLocalDay, toLocal } from '../booking/time.ts';

/** The festivals when people come home: the plan's "golden time" for promotion. */
export const FESTIVALS = ['春节', '清明', '端午', '国庆', '中秋'] as const;
export type FestivalName = (typeof FESTIVALS)[number];

export interface Festival {
  name: FestivalName;
  /** YYYY-MM-DD, Asia/Shanghai. */
  date: string;
}

export const FIRST_YEAR = 1901;
export const LAST_YEAR = 2099;

/** Operators and admins are reminded this many days before each festival, by default. */
export const PLANNING_LEAD_DAYS = 21;

/** Festivals of the years asked for so far (see `festivalsOf`). */
const computed = new Map<number, readonly Festival[]>();

/**
 * The five festivals of a Gregorian year: 春节 (lunar 1/1), 清明 (the solar term), 端午 (lunar 5/5),
 * 中秋 (lunar 8/15), 国庆 (10-01), in date order. lunar-javascript computes the lunar calendar and solar terms.
 */
export function festivalsOf(year: number): Festival[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`);
  }
  // The calendar of a year never changes: computed once (lunar-javascript is slow), handed out as copies.
  let list = computed.get(year);
  if (!list) {
    list = computeFestivals(year);
    computed.set(year, list);
  }
  return list.map((f) => ({ ...f }));
}

function computeFestivals(year: number): Festival[] {
  const lunar = (month: number, day: number) => Lunar.fromYmd(year, month, day).getSolar().toYmd();
  const list: Festival[] = [
    { name: '春节', date: lunar(1, 1) },
    { name: '清明', date: Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明']!.toYmd() },
    { name: '端午', date: lunar(5, 5) },
    { name: '中秋', date: lunar(8, 15) },
    { name: '国庆', date: `${year}-10-01` },
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

const dayOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return fromLocal(y!, m!, d!);
};

/** Festivals from today (Shanghai) to `withinDays` ahead, soonest first, across the year's end. */
export function upcomingFestivals(now: Date, withinDays: number): Array<Festival & { inDays: number }> {
  const today = startOfLocalDay(now.getTime());
  const { year } = toLocal(now.getTime());
  return [year, year + 1]
    .filter((y) => y <= LAST_YEAR)
    .flatMap(festivalsOf)
    .map((f) => ({ ...f, inDays: Math.round((dayOf(f.date) - today) / DAY_MS) }))
    .filter((f) => f.inDays >= 0 && f.inDays <= withinDays);
}

/** The festivals exactly `leadDays` ahead of today (Shanghai): the daily job reminds operators of these. */
export const planningReminderDue = (now: Date, leadDays = PLANNING_LEAD_DAYS): Festival[] =>
  upcomingFestivals(now, leadDays)
    .filter((f) => f.inDays === leadDays)
    .map(({ name, date }) => ({ name, date }));
