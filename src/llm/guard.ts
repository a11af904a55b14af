/**
 * The grounding guard (issue 14): a reply the language model wrote from retrieved entries may only state figures,
 * dates, phone numbers, e-mail addresses, links and organisations that those entries state. Anything else is treated
 * as invented and the reply is rejected, so the caller sends the offline answer instead.
 *
 * How a reply is read, so staff can predict it:
 * - Every claim is first looked for verbatim in the entries (spacing, dashes, thousands separators and full-width
 *   characters ignored); names that contain numerals ("一站式", "十问十帮", "五个一") pass this way.
 * - Numbers are compared by value and unit family: 三十万 = 30万 = 300000元 = 300,000 yuan, 两个亿 = 2亿,
 *   四百万 = 4 million; a range ("10~20万元", "100,000–200,000 yuan") is two claims, both ends scaled by the unit
 *   after the second. Money, percentages and counts never match one another; a bare number matches any of them.
 * - Dates match when year and month match and the entry gives no day or the same day (2025年12月底 = December 2025);
 *   a year on its own must be a year the entries name. Times must occur verbatim.
 * - Ordinals and list markers ("第二条", "(三)", "1.", "task 5") are not claims.
 */
import type { Entry } from '../kb/schema.ts';

/** What a reply may draw on: every text of the retrieved entries, Chinese and English. */
export interface GroundingSource {
  texts: readonly string[];
}

export type ClaimKind = 'number' | 'date' | 'phone' | 'email' | 'url' | 'organisation';

/** Accepted, or rejected with the claims no entry supports (`kind` is the kind of the first of them). */
export type GuardVerdict = { ok: true } | { ok: false; offending: string[]; kind: ClaimKind };

/** Unit families: a bare number (`plain`) matches any family; the others only themselves. */
export type NumberFamily = 'money' | 'percent' | 'count' | 'plain';

/** One checkable statement read from a text: what it says and the words that said it. */
export type Claim =
  | { kind: 'number'; surface: string; value: number; family: NumberFamily }
  | { kind: 'date'; surface: string; year?: number; month?: number; day?: number; time?: string }
  | { kind: 'phone' | 'email' | 'url' | 'organisation'; surface: string };

/** The texts of the retrieved entries, both languages, for `checkGrounding`. */
export function groundingSourceOf(entries: readonly Entry[]): GroundingSource {
  const texts: string[] = [];
  for (const e of entries) {
    texts.push(e.title, e.summary, e.source, ...e.facts, ...e.units);
    if (e.deadline) texts.push(e.deadline);
    texts.push(e.en.title, e.en.summary, e.en.source, ...e.en.facts, ...e.en.units);
  }
  return { texts };
}

/** Accepts the reply only if every claim in it is grounded in `source`. */
export function checkGrounding(reply: string, source: GroundingSource): GuardVerdict {
  const index = indexOf(source);
  const bad = extractClaims(reply).filter((claim) => !grounded(claim, index));
  const first = bad[0];
  if (!first) return { ok: true };
  return { ok: false, kind: first.kind, offending: [...new Set(bad.map((c) => c.surface))] };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading numbers

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CN_NUMERAL = '零〇一二两三四五六七八九十百千';

/** A Chinese numeral ("三十", "四百", "二〇二五", "一千二百万") as a number; digit-by-digit when it has no 十/百/千/万/亿. */
export function chineseNumeral(run: string): number {
  if (/^[零〇一二三四五六七八九]{2,}$/.test(run)) return Number([...run].map((ch) => CN_DIGIT[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch] ?? 0;
    else if (ch in CN_SMALL) {
      section += (digit || 1) * (CN_SMALL[ch] ?? 1);
      digit = 0;
    } else if (ch in CN_BIG) {
      const big = CN_BIG[ch] ?? 1;
      total = (total + section + digit) * big;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const EN_WORD = `(?:${[...Object.keys(EN_UNITS), ...Object.keys(EN_SCALES)].join('|')})`;

/** English number words ("two hundred", "forty-five", "three thousand") as a number. */
export function englishNumeral(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word in EN_UNITS) current += EN_UNITS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in EN_SCALES) {
      total += (current || 1) * (EN_SCALES[word] ?? 1);
      current = 0;
    }
  }
  return total + current;
}

const MONEY_UNIT = /^(?:元|块钱|块|人民币|yuan|rmb|renminbi)/i;
const PERCENT_UNIT = /^(?:%|percent\b|per\s+cent\b)/i;
const COUNT_UNIT = /^(?:人次|场次|个月|个|家|场|名|次|项|所|条|位|批|年|天|倍|期|户|座|处|亩|人)/;
/** Numerals inside set phrases: names, not counts. */
const SET_PHRASE = /^(?:一条龙|一次性|一揽子|一对一|一站式|一号通|一件事|一家人|一把手|一批)/;

/** Text with the already-read parts blanked out (same length, so later positions still line up). */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

interface NumberAt {
  claim: Extract<Claim, { kind: 'number' }>;
  start: number;
  end: number;
  /** The 万/亿/million applied, so the lower end of a range can borrow it. */
  scale: number;
  explicitUnit: boolean;
}

/** Numbers of every kind in `text`, in order, with ranges scaled at both ends. */
function readNumbers(text: string): Claim[] {
  const found: NumberAt[] = [];
  let rest = text;
  const take = (start: number, end: number, value: number, family: NumberFamily, scale: number, explicitUnit: boolean) => {
    found.push({ claim: { kind: 'number', surface: text.slice(start, end).trim(), value, family }, start, end, scale, explicitUnit });
    rest = blank(rest, start, end);
  };

  for (const m of rest.matchAll(/百分之\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)/g)) {
    const raw = m[1] ?? '';
    take(m.index, m.index + m[0].length, /\d/.test(raw) ? Number(raw) : chineseNumeral(raw), 'percent', 1, true);
  }

  // Arabic figures, Chinese numerals and English number words, each with an optional scale and unit.
  const number = new RegExp(
    [
      String.raw`(?<arabic>\d+(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)`,
      `(?<chinese>[${CN_NUMERAL}](?:[${CN_NUMERAL}万亿])*)`,
      String.raw`(?<english>\b${EN_WORD}(?:(?:[\s-]+|\s+and\s+)${EN_WORD})*\b)`,
    ].join('|'),
    'gi',
  );
  let consumed = 0;
  for (const m of rest.matchAll(number)) {
    const start = m.index;
    // Already read as the scale or unit of the number before ("4 million", "两个亿").
    if (start < consumed) continue;
    let end = start + m[0].length;
    const groups = m.groups ?? {};
    let value: number;
    let scale = 1;
    if (groups.arabic) value = Number(groups.arabic.replaceAll(',', ''));
    else if (groups.chinese) {
      const run = groups.chinese;
      const after = text.slice(end);
      if (SET_PHRASE.test(text.slice(start))) continue;
      // "五个一", "三个一": a named set, not a count.
      if (/^个[一二两三四五六七八九十]/.test(after)) continue;
      value = chineseNumeral(run);
      scale = /[万亿]/.test(run) ? (/亿/.test(run) ? 1e8 : 1e4) : 1;
      // A lone numeral with no unit after it is part of a word ("一县一园区", "十问十帮"), not a figure.
      const hasUnit = /^\s*(?:个\s*亿|[万亿]|[%％])/.test(after) || MONEY_UNIT.test(after) || COUNT_UNIT.test(after);
      if (!hasUnit && (!/[万亿]/.test(run) || /^[千万]+$/.test(run))) continue;
    } else {
      const words = groups.english ?? '';
      if (/^(?:one|zero)$/i.test(words)) continue;
      value = englishNumeral(words);
      const scales = words.toLowerCase().match(/million|billion|thousand/);
      scale = scales ? (EN_SCALES[scales[0]] ?? 1) : 1;
    }
    let after = text.slice(end);
    const big = after.match(/^\s*(?:个\s*)?(千万|百万|万|亿)/) ?? after.match(/^[\s-]*(million|billion|thousand)\b/i);
    if (big?.[1]) {
      const word = big[1].toLowerCase();
      const factor = word === '千万' ? 1e7 : word === '百万' ? 1e6 : (CN_BIG[word] ?? EN_SCALES[word] ?? 1);
      value *= factor;
      scale *= factor;
      end += big[0].length;
      after = text.slice(end);
    }
    const approx = after.match(/^\s*(?:多|余|来)/);
    if (approx) {
      end += approx[0].length;
      after = text.slice(end);
    }
    let family: NumberFamily = 'plain';
    let explicitUnit = false;
    const unit = after.match(/^\s*(?:-(?=[a-z]))?/i)?.[0].length ?? 0;
    const tail = after.slice(unit);
    const money = tail.match(MONEY_UNIT);
    const percent = tail.match(PERCENT_UNIT) ?? tail.match(/^％/);
    const count = tail.match(COUNT_UNIT);
    const matched = money ?? percent ?? count;
    if (matched) {
      family = money ? 'money' : percent ? 'percent' : 'count';
      explicitUnit = true;
      end += unit + matched[0].length;
    } else if (/(?:RMB|¥|￥|CNY)\s*$/i.test(text.slice(0, start))) family = 'money';
    consumed = end;
    take(start, end, Math.round(value * 1e6) / 1e6, family, scale, explicitUnit);
  }

  // 亿元项目: a bare 亿 is one hundred million.
  for (const m of rest.matchAll(/(?<![\d零〇一二两三四五六七八九十百千万])亿元/g)) {
    take(m.index, m.index + m[0].length, 1e8, 'money', 1e8, true);
  }

  found.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < found.length; i++) {
    const low = found[i];
    const high = found[i + 1];
    if (!low || !high) continue;
    const between = text.slice(low.end, high.start);
    if (!/^\s*(?:[~～\-–—至到]|to)\s*$/i.test(between)) continue;
    if (low.scale === 1 && high.scale !== 1 && !low.explicitUnit) low.claim.value *= high.scale;
    if (low.claim.family === 'plain') low.claim.family = high.claim.family;
  }
  return found.map((n) => n.claim);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading everything else

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?`;

const monthOf = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const cnOrArabic = (raw: string | undefined): number | undefined =>
  raw === undefined ? undefined : /\d/.test(raw) ? Number(raw) : chineseNumeral(raw);

const CHINESE_ORGANISATION =
  /(?:办公室|管委会|委员会|联合会|工商联|侨联|团市委|分局|银行|协会|商会|集团|中心(?![城区任工思点])|委(?![托屈婉身任员])|局(?![面势限长部]))/g;
const NOT_ORGANISATION_BEFORE = /[格布结大当全开僵骗饭胜败赌棋平开核为重的]$/;
/** Words before an organisation name that are not part of it. */
const LEAD_IN = /^(?:由|向|找|请|和|与|及|是|在|的|到|给|归|等|或|为|被|联系|负责|牵头|咨询|包括|以及|会同|配合)+/;
/** Words that may start a sentence in front of an English organisation name without being part of it. */
const ENGLISH_LEAD_IN =
  /^(?:(?:and|of|for|the|ask|contact|call|apply|visit|email|e-mail|write|see|through|via|both|or|please|try|by|from|at|to|with)\s+)+/i;
const ENGLISH_ORGANISATION =
  /\b(?:[A-Z][\w'-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w'-]*)*\s+)?(?:Bureau|Commission|Centre|Center|Office|Committee|Federation|Association|Branch|Group|Bank|Chamber)(?:\s+of\s+(?:[A-Z][\w'-]*)(?:\s+(?:and\s+)?[A-Z][\w'-]*)*)?\b/g;

/** Every claim in `text`, in the order the reader meets them. */
export function extractClaims(input: string): Claim[] {
  let text = input.normalize('NFKC');
  const claims: Array<{ at: number; claim: Claim }> = [];
  const take = (regex: RegExp, make: (m: RegExpMatchArray) => Claim | undefined) => {
    for (const m of text.matchAll(regex)) {
      const claim = make(m);
      if (claim) claims.push({ at: m.index ?? 0, claim });
      const start = m.index ?? 0;
      text = blank(text, start, start + m[0].length);
    }
  };

  take(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (m) => ({ kind: 'email', surface: m[0] }));
  take(/\b(?:https?:\/\/|www\.)[^\s,，。;；)）"“”]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov)\b(?:\/[^\s,，。;；)）"“”]*)?/gi, (m) => ({
    kind: 'url',
    surface: m[0].replace(/[.)]+$/, ''),
  }));
  take(
    /(?<![\d.,])(?:(?:\+?86[-\s]?)?1\d{2}[-\s]?\d{4}[-\s]?\d{4}|\d{3,4}[-\s]\d{7,8}|\d{7,})(?!\d|[.,]\d)(?!\s*(?:元|万|亿|yuan|%|人|个|名|家))/gi,
    (m) => ({
      kind: 'phone',
      surface: m[0],
    }),
  );

  // Dates and times.
  const cnNum = '[零〇一二三四五六七八九十]';
  take(
    new RegExp(
      String.raw`(?:(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(\d{1,2}|${cnNum}{1,2})\s*月份?(?:\s*(\d{1,2}|${cnNum}{1,3})\s*[日号])?`,
      'g',
    ),
    (m) => ({ kind: 'date', surface: m[0].trim(), year: cnOrArabic(m[1]), month: cnOrArabic(m[2]), day: cnOrArabic(m[3]) }),
  );
  take(/(?<!\d)(\d{4}|[〇零一二三四五六七八九]{4})\s*年(?!代)/g, (m) => ({ kind: 'date', surface: m[0].trim(), year: cnOrArabic(m[1]) }));
  take(
    new RegExp(
      String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(${MONTH_WORD})(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{4})\b)?`,
      'g',
    ),
    (m) => {
      const word = m[2] ?? '';
      const day = m[1] ?? m[3];
      if (/^May$/.test(word) && !day && !m[4]) return undefined;
      return { kind: 'date', surface: m[0].trim(), year: cnOrArabic(m[4]), month: monthOf(word), day: cnOrArabic(day) };
    },
  );
  take(/\b((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b/g, (m) => ({
    kind: 'date',
    surface: m[0],
    year: Number(m[1]),
    month: Number(m[2]),
    day: cnOrArabic(m[3]),
  }));
  take(
    /\b\d{1,2}\s*[:：]\s*\d{2}\b(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s*点(?:半|\s*\d{1,2}\s*分)?/gi,
    (m) => ({
      kind: 'date',
      surface: m[0].trim(),
      time: m[0].replace(/\s/g, ''),
    }),
  );
  // A bare 19xx/20xx is a year unless a unit follows it ("2000人次", "2000 or more person-times" are counts).
  take(
    /(?<![\d,.])(?:19|20)\d{2}(?![\d%]|[.,]\d|\s*(?:yuan|元|万|亿|person|people|%|人|名|个|家|场|次|项|亩|户|or more|or above|and more|plus\b))/gi,
    (m) => ({
      kind: 'date',
      surface: m[0],
      year: Number(m[0]),
    }),
  );

  // Ordinals and list markers: positions in a list, not claims.
  take(/第\s*[\d零〇一二两三四五六七八九十百]+(?:\s*[至到~\-–]\s*[\d零〇一二两三四五六七八九十百]+)?/g, () => undefined);
  take(/[(（]\s*[\d一二三四五六七八九十]+\s*[)）]/g, () => undefined);
  take(/(?:^|\n)\s*[\d一二三四五六七八九十]+\s*[.、．)](?!\d)/g, () => undefined);
  take(/(?:任务|措施)\s*\d+/g, () => undefined);
  take(
    /\b(?:measures?|tasks?|items?|parts?|articles?|steps?|points?|phases?|no\.|number|#)\s*\d+(?:\s*(?:to|-|–|and)\s*\d+)?|\b\d+(?:st|nd|rd|th)\b/gi,
    () => undefined,
  );

  const beforeNumbers = text;
  for (const claim of readNumbers(beforeNumbers)) {
    claims.push({ at: beforeNumbers.indexOf(claim.surface), claim });
  }

  for (const m of input.normalize('NFKC').matchAll(CHINESE_ORGANISATION)) {
    const before = input.normalize('NFKC').slice(0, m.index);
    if (m[0].length === 1 && NOT_ORGANISATION_BEFORE.test(before)) continue;
    const run = before.match(/[\u4e00-\u9fff]{0,14}$/)?.[0] ?? '';
    if (!run && m[0].length < 3) continue;
    // "各银行", "和银行": the word used generically, with no name in front of it.
    if (/[各和与及的到在向由等或家些]$/.test(run)) continue;
    claims.push({ at: m.index - run.length, claim: { kind: 'organisation', surface: (run + m[0]).replace(LEAD_IN, '') } });
  }
  for (const m of input.normalize('NFKC').matchAll(ENGLISH_ORGANISATION)) {
    const surface = m[0].replace(ENGLISH_LEAD_IN, '').trim();
    if (!/^[A-Z]/.test(surface) || !/\s/.test(surface)) continue;
    claims.push({ at: m.index, claim: { kind: 'organisation', surface } });
  }

  return claims.sort((a, b) => a.at - b.at).map((c) => c.claim);
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

interface SourceIndex {
  flat: string;
  numbers: Extract<Claim, { kind: 'number' }>[];
  dates: Extract<Claim, { kind: 'date' }>[];
  phones: Set<string>;
  emails: Set<string>;
  urls: Set<string>;
  /** The organisation-bearing texts, Chinese without 荆州/荆州市 wherever they occur, English lower-cased without "Jingzhou"/"Municipal"/"the". */
  organisations: string;
}

/** For comparing surfaces: full-width folded, lower case, no spaces, one kind of dash, no thousands separators. */
function flatten(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/[\u2010-\u2015~～]/g, '-')
    .replace(/\s+/g, '');
}

const phoneDigits = (surface: string) => surface.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
const urlKey = (surface: string) =>
  surface
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
function organisationKey(surface: string): string {
  return flatten(
    surface
      .replace(/(?:湖北省)?荆州市?/g, '')
      .replace(/\b(?:the|jingzhou|municipal)\b/gi, '')
      .replace(/\bcenter\b/gi, 'centre'),
  );
}

const indexes = new WeakMap<GroundingSource, SourceIndex>();

function indexOf(source: GroundingSource): SourceIndex {
  const cached = indexes.get(source);
  if (cached) return cached;
  const index: SourceIndex = {
    flat: flatten(source.texts.join('\n')),
    numbers: [],
    dates: [],
    phones: new Set(),
    emails: new Set(),
    urls: new Set(),
    organisations: source.texts.map(organisationKey).join('\n'),
  };
  for (const text of source.texts) {
    for (const claim of extractClaims(text)) {
      if (claim.kind === 'number') index.numbers.push(claim);
      else if (claim.kind === 'date') index.dates.push(claim);
      else if (claim.kind === 'phone') index.phones.add(phoneDigits(claim.surface));
      else if (claim.kind === 'email') index.emails.add(claim.surface.toLowerCase());
      else if (claim.kind === 'url') index.urls.add(urlKey(claim.surface));
    }
  }
  indexes.set(source, index);
  return index;
}

/** Whether `needle` occurs in `hay` as a whole token: not the tail or head of a longer number. */
function containsToken(hay: string, needle: string): boolean {
  if (!needle) return false;
  const numeralBefore = /[\d.零〇一二两三四五六七八九十百千]$/;
  const numeralAfter = /^[\d零〇一二两三四五六七八九十百千万亿]/;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay.slice(0, at);
    const after = hay.slice(at + needle.length);
    if (numeralAfter.test(needle) && numeralBefore.test(before)) continue;
    if (/[\d零〇一二两三四五六七八九十百千]$/.test(needle) && numeralAfter.test(after)) continue;
    if (/^[a-z]/.test(needle) && /[a-z]$/.test(before)) continue;
    if (/[a-z]$/.test(needle) && /^[a-z]/.test(after)) continue;
    return true;
  }
  return false;
}

/** A bare number matches money or a count, never a percentage: "2%" is not grounded by "2 policies". */
const compatible = (a: NumberFamily, b: NumberFamily) =>
  a === b || ((a === 'plain' || b === 'plain') && a !== 'percent' && b !== 'percent');
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function grounded(claim: Claim, index: SourceIndex): boolean {
  switch (claim.kind) {
    case 'email':
      return index.emails.has(claim.surface.toLowerCase());
    case 'url':
      return index.urls.has(urlKey(claim.surface)) || index.flat.includes(flatten(urlKey(claim.surface)));
    case 'phone':
      return index.phones.has(phoneDigits(claim.surface));
    case 'organisation':
      return organisationGrounded(claim.surface, index);
    case 'number':
      // A bare figure ("5" of "5~20万元") proves nothing verbatim: it may stand for 50000.
      if (/[^\d.,\s]/.test(claim.surface) && containsToken(index.flat, flatten(claim.surface))) return true;
      return index.numbers.some((n) => sameValue(n.value, claim.value) && compatible(n.family, claim.family));
    case 'date': {
      if (claim.time !== undefined) return index.flat.includes(flatten(claim.surface));
      if (containsToken(index.flat, flatten(claim.surface))) return true;
      const { year, month, day } = claim;
      if (month === undefined)
        return index.dates.some((d) => d.year === year) || index.numbers.some((n) => n.value === year && n.family !== 'percent');
      return index.dates.some(
        (d) => d.month === month && (year === undefined || d.year === year) && (day === undefined || d.day === undefined || d.day === day),
      );
    }
  }
}

/**
 * An organisation as the reply names it, or a shorter form of it the entries use ("人社局" for "荆州市人社局", "Finance
 * Bureau" for "Jingzhou Municipal Finance Bureau"); never a bare suffix ("委", "Bureau"). An English name counts from
 * "Jingzhou" or "Municipal" when it has them, else as a whole ("Agricultural Bank of China" is not "Bank of China").
 */
function organisationGrounded(surface: string, index: SourceIndex): boolean {
  if (/[a-z]/i.test(surface) && !/[\u4e00-\u9fff]/.test(surface)) {
    const words = surface.split(/\s+/);
    const marker = words.findIndex((w) => /^(?:Jingzhou|Municipal)$/.test(w));
    return index.organisations.includes(organisationKey(words.slice(Math.max(0, marker)).join(' ')));
  }
  const key = organisationKey(surface);
  if (index.organisations.includes(key)) return true;
  for (let i = 1; key.length - i >= 3; i++) if (index.organisations.includes(key.slice(i))) return true;
  return false;
}
