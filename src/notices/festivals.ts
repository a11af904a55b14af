import { Lunar } from 'lunar-javascript';
import { DAY_MS, fromLocal, startOfLocalDay, toLocal } from '../booking/time.ts';

/** The festivals when people come home: the plan's "golden time" for promotion. */
export const FESTIVALS = ['春节', '清明', '端午', '国庆', '中秋'] as const;
export type FestivalName = (typeof FESTIVALS)[number];

/** How people name each festival in a message. */
export const FESTIVAL_WORDS: Record<FestivalName, RegExp> = {
  // "三年前" "两年后" are years ago, not the new year.
  春节: /春节|过年|(?<![一二两三四五六七八九十几多\d])年[前后]|除夕|大年(?![纪龄级])|拜年|cny|chinese new year|spring festival/i,
  清明: /清明/,
  端午: /端午|端阳/,
  中秋: /中秋|八月十五/,
  // "十一" is the October holiday, not November (十一月) or the eleventh (第十一条).
  国庆: /国庆|(?<![第\d一二三四五六七八九十])十一(?![月日号点时万亿个条项届年岁期\d])/,
};

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
