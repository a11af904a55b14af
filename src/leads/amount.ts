/**
 * Investment scales read from colloquial Chinese ("大概两个亿", "五百来万", "1.5亿", "50w") into 万元.
 *
 * Reading rules, chosen so staff can predict them:
 * - Only numbers with a money unit count (万, 亿, 元, 块, w, k, 美元 ...): "二十年", "60多号人", "3个厂", phone numbers
 *   are not money, nor are 万 quantities of something else ("10万头生猪", "两万亩地").
 * - Vague numbers are approximate: 几/数 leading a number is 3 ("几百万" 300, "几个亿" 30000), 几 after 十/百/千 is 5
 *   ("十几万" 15, "二十几万" 25); two neighbouring digits are their midpoint ("两三百万" 250, "五六千万" 5500); a range
 *   is its midpoint ("300到500万" 400); 多/来/余/把, 上亿/近亿/过亿 and 左右/大概 mark the amount approximate without
 *   changing it ("一个多亿" 10000).
 * - Shorthand after 亿/万 is one unit down: "一亿五" = 1.5亿, "五万五" = 5.5万.
 * - Foreign currencies are not converted: "200万美元" is `{ wan: 200, currency: 'USD' }`.
 * - With several amounts, one after an investment word (投资, 资金, 预算, 规模 ...) wins, else the largest; amounts
 *   labelled as something else (营收, 产值, 工资, 补贴 ...) are never the investment.
 * - Above 1000亿, zero or negative is `{ invalid: 'absurd' }`.
 */

/** Currencies kept as stated, never converted. */
export type Currency = 'USD' | 'EUR' | 'HKD';

/** An investment scale read from a message, in 万元 (or 万 of `currency`), or an amount no real project has. */
export type AmountParse = { wan: number; approximate: boolean; text: string; currency?: Currency } | { invalid: 'absurd'; text: string };

/** Above this (1000亿, in 万) an amount is not a real project. */
const ABSURD_WAN = 10_000_000;
/** 几/数 leading a number: "a few". */
const FEW = 3;
/** 几 after 十/百/千: the middle of 1..9. */
const SOME_UNITS = 5;

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A run of number words: Arabic numbers (with thousands separators), Chinese numerals, vague words and 个. */
const RUN =
  /(?:\d+(?:[,，]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿几数多来余个把半])+/g;
const TOKEN = /\d+(?:[,，]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九]{2}|./g;

/** Words before a number that make it approximate; 上/过/破 only before a bare unit ("上亿", not "加上500万"). */
const HEDGE_BEFORE =
  /(超过|将近|接近|不到|不足|至少|起码|最少|最多|少说|大概|大约|差不多|估计|大致|预计|约莫|约|近|超|上|过|破)(?:是|有|在|为|要)?\s*$/;
const HEDGE_AFTER = /^(?:左右|上下|出头|以上|以内|之内|多点|多一点|开外|不到|的样子|这样子?|那样子?)/;
const HEDGE_NEAR = /大概|大约|估计|差不多|预计|大致|约莫|可能/;
/** A 万 or 亿 count of something other than money. */
const NOT_MONEY_AFTER =
  /^(?:多|余)?(?:亩|平|㎡|人|口|吨|头|只|株|斤|公斤|千克|克|件|台|套|户|字|次|粉|个|辆|瓶|箱|份|步|公里|里|米|千瓦|瓦|度|册|张|名|家|座|条|棵|羽|尾|立方|方|间|盒|包|袋|支|部|场|年|岁|倍|票|颗|粒|匹|双|根|位|员|桶|升|车|船|架|盘|期|号|遍|首|篇|火急|富翁|雄师|大军)/;
/** Adverbial 千万 ("千万别"), not a sum. */
const ADVERB_AFTER = /^(?:别|不|要|记|注意|小心|拜托|当心|保重|莫|得|请|帮|给|让|一定)/;
const CURRENCY_AFTER: Array<[RegExp, Currency]> = [
  [/^(?:美元|美金|刀(?![\u4e00-\u9fff])|USD|usd)/, 'USD'],
  [/^(?:欧元|EUR|eur)/, 'EUR'],
  [/^(?:港币|港元|港纸|HKD|hkd)/, 'HKD'],
];
const CURRENCY_BEFORE: Array<[RegExp, Currency]> = [
  [/(?:美元|美金|USD|US\$|\$)\s*$/i, 'USD'],
  [/(?:欧元|EUR|€)\s*$/i, 'EUR'],
  [/(?:港币|港元|HKD|HK\$)\s*$/i, 'HKD'],
];

/** The nearest of these before an amount says what the amount is. */
const LABEL = new RegExp(
  [
    '(投|资金|本钱|本金|预算|规模|出资|注资|融资|拿出|准备了|砸)',
    '((?:销售|营收|产值|营业|经营)(?:规模|额)?|营收|产值|销售|营业额|年销|流水|利润|纳税|税收|缴税|交税|月薪|年薪|工资|薪资|收入|年入|月入|赚|挣|亏|欠|房价|房租|租金|补贴|补助|奖励|贴息|身价|市值|估值|存款|首付|彩礼)',
  ].join('|'),
  'g',
);
const INVEST_AFTER = /^.{0,3}(?:投资|投入|来投|去投|做投资)/;
/** How far back (characters) a label or hedge word still belongs to an amount. */
const WINDOW = 16;

interface Candidate {
  yuan: number;
  approximate: boolean;
  start: number;
  end: number;
  /** The number words and their unit, for ranges that borrow a unit ("三到五百万"). */
  run: string;
  currency?: Currency;
  negative: boolean;
}

/** Reads a run of number words ("两千五百万", "一个多亿", "1亿2000万") into yuan; undefined when it is not one number. */
function readRun(run: string): { yuan: number; approximate: boolean } | undefined {
  let total = 0; // yuan from 亿 sections
  let wanPart = 0; // yuan from a 万 section
  let section = 0; // below 万
  let pending: number | undefined;
  let lastUnit = 0;
  let lastBig = 0;
  let zero = false;
  let approximate = false;
  let sawNumber = false;
  for (const [tok] of run.matchAll(TOKEN)) {
    if (/^\d/.test(tok) || (tok.length === 1 && tok in DIGIT && DIGIT[tok] !== 0)) {
      if (pending !== undefined) return undefined;
      pending = /^\d/.test(tok) ? Number(tok.replace(/[,，]/g, '')) : DIGIT[tok]!;
      sawNumber = true;
    } else if (tok.length === 2) {
      const [a, b] = [...tok].map((c) => DIGIT[c]!);
      if (pending !== undefined || !(b === a! + 1 || (a === 3 && b === 5))) return undefined;
      pending = (a! + b!) / 2;
      approximate = sawNumber = true;
    } else if (tok === '半') {
      pending = (pending ?? 0) + 0.5; // 半个亿, 一个半亿
      sawNumber = true;
    } else if (tok === '零' || tok === '〇') {
      if (pending !== undefined) return undefined;
      zero = sawNumber = true;
    } else if (tok === '几' || tok === '数') {
      if (pending !== undefined) return undefined;
      pending = section > 0 && lastUnit < 1e4 ? SOME_UNITS : FEW;
      approximate = sawNumber = true;
    } else if (tok in SMALL_UNIT) {
      section += (pending ?? 1) * SMALL_UNIT[tok]!;
      pending = undefined;
      lastUnit = SMALL_UNIT[tok]!;
      sawNumber = true;
    } else if (tok in BIG_UNIT) {
      const unit = BIG_UNIT[tok]!;
      let v = (unit === 1e8 ? total + wanPart : 0) + section + (pending ?? 0);
      if (v === 0) v = 1; // 上亿, 万把块
      if (unit === 1e8) {
        total = v * unit;
        wanPart = 0;
      } else if (wanPart > 0) {
        return undefined; // 五百万三百万 is two amounts
      } else {
        wanPart = v * unit;
      }
      section = 0;
      pending = undefined;
      lastUnit = lastBig = unit;
    } else if (/[多来余把]/.test(tok)) approximate = true;
    else if (tok !== '个') return undefined;
  }
  if (!sawNumber && lastBig === 0) return undefined;
  let rest = section + (pending ?? 0);
  if (pending !== undefined && section === 0 && lastUnit >= 1e4 && !zero && pending < 10 && Number.isInteger(pending)) {
    rest = (pending * lastUnit) / 10; // 一亿五 = 1.5亿, 五万五 = 5.5万
  } else if (lastBig === 1e8 && rest > 0 && rest < 1e4) {
    rest *= 1e4; // 一亿五千 = 1亿5000万, 1亿2000 = 1亿2000万
  }
  return { yuan: total + wanPart + rest, approximate };
}

/** Where a run may start: a digit, or 十/百/千/万/亿 when a word or 把 says it is a number ("上亿", "万把块", "千万级"). */
function startsNumber(run: string, before: string, after: string): boolean {
  const first = run[0]!;
  if (/[\d零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖几]/.test(first)) return true;
  if (first === '半') return /^半个?[万亿]/.test(run);
  if (first === '十' || first === '拾') return true;
  if (first === '个') return /^个把[万亿]/.test(run);
  if (first === '数') return /^数[十百千万亿]/.test(run);
  if (!/[百佰千仟万亿]/.test(first)) return false;
  if (/(?:上|近|过|破|超过|超|将近|接近)$/.test(before) || run[1] === '把') return true;
  return /[百千]/.test(first) && /^.[多来余]?[万亿]/.test(run) && !ADVERB_AFTER.test(after);
}

/** The part of a run after 万/亿 that still belongs to it ("五" in "一亿五"), or nothing when it starts a new number. */
function keepTail(run: string, after: string): string {
  const cut = Math.max(run.lastIndexOf('万'), run.lastIndexOf('亿'));
  if (cut < 0) return run;
  const tail = run.slice(cut + 1);
  if (tail === '' || /^[多来余把]+$/.test(tail)) return run;
  const shorthand = /^[零〇]?(?:\d+(?:\.\d+)?|[一二两三四五六七八九](?:[千百十](?:[一二两三四五六七八九]百?)?)?)$/.test(tail);
  return shorthand && !/^(?:[个年月天日号岁人期厂家台次]|\d)/.test(after) ? run : run.slice(0, cut + 1);
}

/** Every amount with a money unit in the text, in order. */
function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(RUN)) {
    let run = m[0];
    let start = m.index;
    while (run) {
      // Words that cannot start a number ("个" in "投个一百万", "万" in "万一") are skipped one at a time.
      if (
        !startsNumber(run, text.slice(Math.max(0, start - 4), start), text.slice(start + run.length)) ||
        /[第\d]$/.test(text.slice(0, start))
      ) {
        const skip = run.match(TOKEN)?.[0]?.length ?? 1;
        run = run.slice(skip);
        start += skip;
        continue;
      }
      // The longest piece that reads as one amount: "五百万三百万" is two, "一亿五千万" is one.
      let used = 0;
      for (const cut of pieceEnds(run)) {
        const piece = cut === run.length ? keepTail(run, text.slice(start + run.length)) : run.slice(0, cut);
        const c = readAmount(text, piece, start);
        if (c) {
          found.push(c);
          used = piece.length;
          break;
        }
      }
      if (!used) used = run.match(TOKEN)?.[0]?.length ?? 1;
      run = run.slice(used);
      start += used;
    }
  }
  return found;
}

/** Where a piece of a run may end, longest first: the whole run, then after each 万 or 亿. */
function pieceEnds(run: string): number[] {
  const ends = [run.length];
  for (let i = run.length - 2; i >= 0; i--) if (run[i] === '万' || run[i] === '亿') ends.push(i + 1);
  return ends;
}

/** Reads one run and the unit after it; undefined when no money unit goes with it. */
function readAmount(text: string, run: string, start: number): Candidate | undefined {
  let end = start + run.length;
  const hasBig = /[万亿]/.test(run);
  let multiplier = 1;
  let after = text.slice(end);
  if (!hasBig) {
    const unit =
      /^(?:([wW])|([kK]))(?![A-Za-z])/.exec(after) ??
      /^(?=元|块钱|块(?:$|[\s,，。!！?？的吧啊呢])|美元|美金|刀|欧元|港币|港元)/.exec(after);
    if (!unit || /^元[旦宵素老月年件器首帅朝代气]/.test(after)) return undefined;
    multiplier = unit[1] ? 1e4 : unit[2] ? 1e3 : 1;
    end += unit[0].length;
    after = text.slice(end);
  } else if (NOT_MONEY_AFTER.test(after) && !/^(?:元|块)/.test(after)) return undefined;
  const yuan = /^(?:元钱|元|块钱|块)/.exec(after);
  if (yuan) end += yuan[0].length;
  after = text.slice(end);
  let currency = CURRENCY_AFTER.find(([re]) => re.test(after));
  if (currency) end += currency[0].exec(after)![0].length;
  const read = readRun(run);
  if (!read) return undefined;
  const before = text.slice(Math.max(0, start - 6), start);
  currency ??= CURRENCY_BEFORE.find(([re]) => re.test(before));
  const hedge = HEDGE_BEFORE.exec(before);
  const bareHedge = hedge && /^[上过破]$/.test(hedge[1]!) && /^[\d零〇一二两三四五六七八九几]/.test(run);
  const approximateBefore = !!hedge && !bareHedge;
  let begin = approximateBefore ? start - hedge[0].length : start;
  const post = HEDGE_AFTER.exec(text.slice(end));
  if (post) end += post[0].length;
  const sign = text.slice(Math.max(0, begin - 2), begin);
  const negative = /(?:^|[^\d零〇一二两三四五六七八九十百千万亿])-$|负$/.test(sign) || (sign === '-' && begin === 1);
  if (negative) begin -= 1;
  return {
    yuan: read.yuan * multiplier,
    approximate: read.approximate || approximateBefore || !!post,
    start: begin,
    end,
    run: run + (multiplier === 1e4 ? '万' : ''),
    ...(currency ? { currency: currency[1] } : {}),
    negative,
  };
}

/** "300到500万", "三到五百万", "1-2个亿": the midpoint, approximate. Merges a range into its upper amount. */
function mergeRanges(text: string, found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of found) {
    const prev = merged.at(-1);
    if (prev && /^\s*(?:-|~|～|—|–|到|至)\s*$/.test(text.slice(prev.end, c.start))) {
      merged[merged.length - 1] = { ...c, yuan: (prev.yuan + c.yuan) / 2, approximate: true, start: prev.start, negative: false };
      continue;
    }
    const bare = /(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:-|~|～|—|–|到|至)\s*$/.exec(
      text.slice(Math.max(0, c.start - 12), c.start),
    );
    const lowRun = bare && borrowUnit(bare[1]!, c.run);
    const low = lowRun && readRun(lowRun);
    if (bare && low && !c.negative) {
      merged.push({ ...c, yuan: (low.yuan + c.yuan) / 2, approximate: true, start: c.start - bare[0].length });
      continue;
    }
    merged.push(c);
  }
  return merged;
}

/** "三" + "五百万" → "三百万"; "300" + "500万" → "300万"; "五十" + "一百万" → "五十万". */
function borrowUnit(low: string, high: string): string | undefined {
  let unit = high.replace(/^(?:\d+(?:\.\d+)?|[一二两三四五六七八九])/, '');
  if (/[十百千]/.test(low)) unit = unit.replace(/^[十百千]+/, '');
  return /[万亿]/.test(unit) ? low + unit : undefined;
}

type Label = 'invest' | 'other' | 'none';

/** What the words just before (or right after) an amount say it is. */
function labelOf(text: string, c: Candidate, from: number): Label {
  const window =
    text
      .slice(Math.max(from, c.start - WINDOW), c.start)
      .split(/[。!！?？;；\n]/)
      .at(-1) ?? '';
  let label: Label = 'none';
  for (const m of window.matchAll(LABEL)) label = m[1] ? 'invest' : 'other';
  if (label === 'none' && INVEST_AFTER.test(text.slice(c.end))) label = 'invest';
  return label;
}

/**
 * Reads the investment scale from a message into 万元: "大概两个亿" → 20000 (approximate), "1.5亿" → 15000,
 * "200万美元" → 200 with currency USD. Undefined when the message states no amount (or only revenue, wages and the
 * like); `{ invalid: 'absurd' }` above 1000亿, at zero or below.
 */
export function parseInvestment(text: string): AmountParse | undefined {
  const normal = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  const found = mergeRanges(normal, candidates(normal));
  const labelled = found.map((c, i) => ({ c, label: labelOf(normal, c, i > 0 ? found[i - 1]!.end : 0) }));
  const invest = labelled.filter((l) => l.label === 'invest');
  const pool = (invest.length ? invest : labelled.filter((l) => l.label === 'none')).map((l) => l.c);
  if (!pool.length) return undefined;
  const best = pool.reduce((a, b) => (b.yuan > a.yuan && !b.negative ? b : a));
  const words = text.slice(best.start, best.end);
  const wan = Math.round(best.yuan) / 1e4;
  if (best.negative || wan <= 0 || wan > ABSURD_WAN) return { invalid: 'absurd', text: words };
  const near =
    normal
      .slice(Math.max(0, best.start - 8), best.start)
      .split(/[。!！?？;；\n]/)
      .at(-1) ?? '';
  return {
    wan,
    approximate: best.approximate || HEDGE_NEAR.test(near),
    text: words,
    ...(best.currency ? { currency: best.currency } : {}),
  };
}
