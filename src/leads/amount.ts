/** An investment scale read from a message, in 万元. */
export type AmountParse = { wan: number; approximate: boolean; text: string; currency?: 'USD' } | { invalid: 'absurd'; text: string };

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Above this (1000亿) an amount is not a real project. */
const ABSURD_WAN = 10_000_000;
/** 几 read as "a few". */
const FEW = 3;

/** A Chinese or Arabic number below 10,000 ("二十五", "两千五百", "1,500", "3.5"); NaN when it is not one. */
function smallNumber(text: string): number {
  const t = text.replace(/[,，]/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const mixed = /^(\d+(?:\.\d+)?)([十百千])$/.exec(t); // 5百, 3千
  if (mixed) return Number(mixed[1]) * SMALL_UNIT[mixed[2]!]!;
  let total = 0;
  let digit = NaN;
  for (const ch of t) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in SMALL_UNIT) {
      total += (Number.isNaN(digit) ? 1 : digit) * SMALL_UNIT[ch]!;
      digit = NaN;
    } else return NaN;
  }
  return Number.isNaN(digit) ? total : total + digit;
}

const NUM = '[0-9零〇一二两三四五六七八九十拾百佰千仟,，.]+';
const RANGE = '[一二两三四五六七八九]{2}'; // 两三 / 五六: two neighbouring digits
const MONEY = new RegExp(
  [
    // 1亿2000万, 一亿五千万, 一亿五
    `(${NUM})\\s*(?:个)?亿(?:元)?\\s*(${NUM})\\s*(千万|百万|万)?`,
    // 两三百万, 五六千万, 几百万, 十来个亿, 一个多亿, 1000多万, 五百来万
    `(${RANGE}|几|${NUM})\\s*(多|来|余)?\\s*(个)?\\s*(多|来|余)?\\s*(亿|千万|百万|十万|万|w|W|元|块)`,
    '(上亿|过亿|近亿)',
  ].join('|'),
  'g',
);

const INVEST_WORDS = /投资|投入|资金|规模|预算|总投|计划投|拿出|准备了|注资|融资/;

interface Found {
  wan: number;
  approximate: boolean;
  text: string;
  index: number;
  usd: boolean;
}

function unitWan(unit: string): number {
  return { 亿: 10_000, 千万: 1000, 百万: 100, 十万: 10, 万: 1, w: 1, W: 1, 元: 0.0001, 块: 0.0001 }[unit] ?? NaN;
}

function readMatch(m: RegExpExecArray, text: string): Found | undefined {
  const index = m.index;
  const after = text.slice(index + m[0].length, index + m[0].length + 4);
  const usd = /^美元|^美金|^刀/.test(after);
  if (m[1] !== undefined) {
    const yi = smallNumber(m[1]);
    let rest = smallNumber(m[2]!);
    if (Number.isNaN(yi) || Number.isNaN(rest)) return undefined;
    // 一亿五 = 1.5亿; 一亿五千万 = 1.5亿; 1亿2000万 = 1.2亿
    const restUnit = m[3] ? unitWan(m[3]) : rest < 10 ? 1000 : 1;
    rest *= restUnit;
    return { wan: yi * 10_000 + rest, approximate: false, text: m[0], index, usd };
  }
  if (m[9] !== undefined) return { wan: 10_000, approximate: true, text: m[0], index, usd };
  const numText = m[4]!;
  const more1 = m[5];
  const more2 = m[7];
  const unit = m[8]!;
  const scale = unitWan(unit);
  let n: number;
  let approximate = !!(more1 || more2);
  if (numText === '几') {
    n = FEW;
    approximate = true;
  } else if (new RegExp(`^${RANGE}$`).test(numText)) {
    const [a, b] = [...numText].map((c) => DIGIT[c]!);
    if (b !== a! + 1) return undefined;
    n = (a! + b) / 2;
    approximate = true;
  } else {
    n = smallNumber(numText);
  }
  if (Number.isNaN(n)) return undefined;
  // 十来个亿 = about ten 亿; 五百来万 = about 500万
  return { wan: n * scale, approximate, text: m[0], index, usd };
}

/**
 * Reads the investment scale from colloquial Chinese into 万元: "大概两个亿" → 20000, "五百来万" → 500,
 * "1.5亿" → 15000. Only amounts with a money unit count (二十年, 60多号人 are not money). With several amounts,
 * the one next to investment words wins, else the largest. Amounts above 1000亿 are `absurd`.
 */
export function parseInvestment(text: string): AmountParse | undefined {
  const absurd = /[\d一二三四五六七八九十百千几]+万亿|[\d一二三四五六七八九十几]+千亿/.exec(text);
  if (absurd) return { invalid: 'absurd', text: absurd[0] };
  const found: Found[] = [];
  for (const m of text.matchAll(MONEY)) {
    const f = readMatch(m as RegExpExecArray, text);
    if (f && f.wan > 0) found.push(f);
  }
  if (!found.length) return undefined;
  const near = found.filter((f) => INVEST_WORDS.test(text.slice(Math.max(0, f.index - 12), f.index)));
  const best = (near.length ? near : found).reduce((a, b) => (b.wan > a.wan ? b : a));
  const approximate = best.approximate || /大概|大约|左右|上下|差不多|约|估计/.test(text);
  if (best.wan > ABSURD_WAN) return { invalid: 'absurd', text: best.text };
  return { wan: Math.round(best.wan * 100) / 100, approximate, text: best.text, ...(best.usd ? { currency: 'USD' as const } : {}) };
}
