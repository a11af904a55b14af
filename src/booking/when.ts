import type { PartOfDay } from './slots.ts';
import { DAY_MS, fromLocal, startOfLocalDay, toLocal } from './time.ts';

/** When the user would like to meet, as far as their words say. */
export interface When {
  /** Local midnight of the first acceptable day. */
  from?: number;
  /** Local midnight of the last acceptable day. */
  until?: number;
  partOfDay?: PartOfDay;
  /** The words were a date that cannot be (2月30日) or is already past. */
  invalid?: 'impossible' | 'past';
}

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };
const NUMBER: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** "12", "两", "十二", "二十": a small whole number; NaN for anything else. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return NaN;
  if (!m[2]) return NUMBER[m[1] ?? ''] ?? NaN;
  return (m[1] ? NUMBER[m[1]]! : 1) * 10 + (m[3] ? NUMBER[m[3]]! : 0);
}

/**
 * Numeric dates spelled as Chinese ones: "2026-12-20", "2026/12/20" and "2026.12.20" become "2026年12月20日", "12/20"
 * and "12-20" become "12月20日". A dash between small numbers followed by 点, 天 or the like is a range of hours or days
 * ("3-5点"), not a date, and is left alone.
 */
export function spellDates(text: string): string {
  return text
    .replace(/(?<!\d)(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.:])(?:日|号)?/g, '$1年$2月$3日')
    .replace(
      /(?<![\d.:/-])(1[0-2]|0?[1-9])\s*[/-]\s*([12]\d|3[01]|0?[1-9])(?![\d.:/]|\s*(?:点|时|天|日|号|周|个|小时|年|月|次|万|千|百|元|块|岁|人|名|家|亩|户|位|项|条|期|批|届|%))/g,
      '$1月$2日',
    );
}

/**
 * Reads a wished time from Chinese wording: 今天/明天/后天, (下|这|本)周X / 星期X / 礼拜X, X月X日/号, X号,
 * 下周 / 这周, and 上午/中午/下午/晚上. Undefined when the text names no time.
 */
export function parseWhen(words: string, now: number): When | undefined {
  const text = spellDates(words);
  const today = startOfLocalDay(now);
  const t = toLocal(now);
  const when: When = {};
  const part = /上午|早上|早晨/.test(text)
    ? 'morning'
    : /下午|中午|午后/.test(text)
      ? 'afternoon'
      : /晚上|傍晚|夜里/.test(text)
        ? 'evening'
        : undefined;
  if (part) when.partOfDay = part;

  const relative = /(大后天|后天|明天|明日|今天|今日)/.exec(text);
  const weekday = /(下下|下|这|本)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天七])/.exec(text);
  const date = /(?:(20\d{2})年)?(?:(\d{1,2}|[一二三四五六七八九十]{1,3})月)?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)/.exec(text);
  const week = /(下下|下|这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七])/.exec(text);
  // "下个月的有没有", "这个月": the month; "下个月5号": that day of it.
  const month_ = /(下|这|本)个?月/.exec(text);

  if (relative) {
    const offset = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 }[relative[1]!]!;
    when.from = when.until = today + offset * DAY_MS;
  } else if (weekday) {
    const target = CN[weekday[2]!]!;
    const weeks = weekday[1] === '下下' ? 2 : weekday[1] === '下' ? 1 : 0;
    let offset = target - t.weekday + weeks * 7;
    if (!weekday[1] && offset < 0) offset += 7;
    when.from = when.until = today + offset * DAY_MS;
  } else if (date) {
    const day = chineseNumber(date[3]!);
    // ("下个月5号": the 5th of next month, in January when said in December.)
    const nextMonth = !date[2] && month_?.[1] === '下';
    let month = date[2] ? chineseNumber(date[2]) : nextMonth ? (t.month % 12) + 1 : t.month;
    let year = date[1] && date[2] ? Number(date[1]) : nextMonth && t.month === 12 ? t.year + 1 : t.year;
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return { ...when, invalid: 'impossible' };
    let at = fromLocal(year, month, day);
    if (toLocal(at).day !== day) return { ...when, invalid: 'impossible' };
    if (at < today && !(date[1] && date[2])) {
      if (date[2]) {
        // "1月5号" said in December is next January; a month already gone this year is next year.
        year += 1;
        at = fromLocal(year, month, day);
      } else {
        month += 1;
        at = fromLocal(year, month, day);
        if (toLocal(at).day !== day) return { ...when, invalid: 'past' };
      }
    }
    when.from = when.until = at;
  } else if (month_) {
    const next = month_[1] === '下';
    const year = next && t.month === 12 ? t.year + 1 : t.year;
    const m = next ? (t.month % 12) + 1 : t.month;
    const first = fromLocal(year, m, 1);
    const last = fromLocal(m === 12 ? year + 1 : year, (m % 12) + 1, 1) - DAY_MS;
    when.from = Math.max(first, today);
    when.until = last;
  } else if (week) {
    const weeks = week[1] === '下下' ? 2 : week[1] === '下' ? 1 : 0;
    const monday = today - (t.weekday - 1) * DAY_MS + weeks * 7 * DAY_MS;
    when.from = Math.max(monday, today);
    when.until = monday + 6 * DAY_MS;
  }
  if (when.until !== undefined && when.until < today) return { ...when, invalid: 'past' };
  // "昨天下午" with no day to come named: a day gone, not the part of the day alone.
  if (when.from === undefined && PAST_DAY.test(text)) return { ...when, invalid: 'past' };
  return Object.keys(when).length ? when : undefined;
}

/** A day already gone, named relative to today ("昨天", "前天"). */
const PAST_DAY = /大前天|前天|昨天|昨日|昨晚|昨儿/;
