import type { Analysis } from '../text/analyzer.ts';
import type { Service } from './load.ts';
import type { Retriever } from './retriever.ts';
import type { Entry } from './schema.ts';

const FACT_BUDGET = 150;
const GENERIC_UNIT = /^各县、市、区人民政府/;

/**
 * Kinds of detail people ask for that the document often does not give. When a question asks for one and the
 * entry lists a matching `unspecified` item, the bot says the document does not specify it instead of guessing.
 * `answered` tells when the entry's best facts already hold such a detail (a number, a date).
 */
const ASPECTS: Array<{ asks: RegExp; item: RegExp; answered?: RegExp }> = [
  { asks: /利率|利息|年化|几厘|几个点|息多少|多少息/, item: /利率|利息/ },
  { asks: /全额|一部分|比例|几成|贴多少|贴几|百分之|%|怎么贴/, item: /比例|贴息标准|贴息方式|贴息办法/ },
  { asks: /抵押|担保人|反担保|质押|房产证|押房子/, item: /抵押|担保/ },
  { asks: /期限|贷几年|多久还|还款|贷多久/, item: /期限|还款/ },
  { asks: /网址|链接|网站|app|小程序|二维码|公众号|在线申请|网上申请|线上申请|网上办|手机上办/, item: /网址|线上|网站|入口|链接|平台/ },
  {
    asks: /怎么申请|如何申请|申请流程|流程|手续|材料|要带|需要什么|什么条件|条件是|申报条件|怎么报名|如何报名|哪里报名|怎么参加|怎么评|怎么认定|怎么选/,
    item: /流程|申请|材料|条件|程序|报名|方式|办法|标准/,
  },
  {
    asks: /多少钱|补多少|补贴多少|奖多少|奖励多少|给多少|标准|每月|每个月|一个月|金额|几千|多少补贴/,
    item: /标准|金额|额度|多少|数额/,
    answered: /\d+(\.\d+)?\s*(万|元|%)/,
  },
  { asks: /什么时候|几号|哪天|哪一天|日期|截止|几月/, item: /时间|日期|时限|何时|举办/, answered: /\d{4}年|\d+月|每年|每半年|每季度|双月/ },
  { asks: /电话|号码|热线|座机|手机/, item: /电话|号码|热线/ },
  { asks: /地址|在哪|哪里|位置|哪条路/, item: /地址|地点|位置|在哪|分布/ },
];

/** The `unspecified` items of an entry that the question asks about, if the best facts do not already answer it. */
function unspecifiedAsked(entry: Entry, text: string, bestFacts: string[]): string[] {
  const found: string[] = [];
  for (const aspect of ASPECTS) {
    if (!aspect.asks.test(text)) continue;
    if (aspect.answered && bestFacts.some((f) => aspect.answered!.test(f))) continue;
    for (const item of entry.unspecified) if (aspect.item.test(item) && !found.includes(item)) found.push(item);
  }
  return found;
}

/** Units for display: the document's specific units first, the generic county clause last, at most `max`. */
export function unitsLine(entry: Entry, max = 3): string {
  const specific = entry.units.filter((u) => !GENERIC_UNIT.test(u));
  const generic = entry.units.length > specific.length;
  const shown = specific.slice(0, max);
  if (!shown.length) return generic ? '各县市区政府及功能区管委会' : '';
  const more = specific.length > max || generic;
  return `${shown.join('、')}${more ? '等' : ''}`;
}

/**
 * Kinds of answer a question wants (an amount, a count, a date), and how a fact that gives one looks.
 * A fact of the asked kind scores `FIT_FACTOR` times more, so "奖多少钱" prefers the fact with 万元 over the one with 5家.
 */
const ANSWER_KINDS: Array<{ asks: RegExp; gives: RegExp }> = [
  {
    asks: /多少钱|奖多少|补多少|给多少|拿多少|能拿|能贷|贷多少|额度|最多|最高|封顶|补贴多少|扶持多少|\d+万|[一二两三四五六七八九十百]+万/,
    gives: /\d+(\.\d+)?\s*万|\d+元/,
  },
  {
    asks: /几个|几家|几场|几次|几名|几所|几项|多少个|多少家|多少场|多少次|多少名|多少人|多少项|好多个|好多场|好多家|几场次|至少几|一共/,
    gives: /\d+\s*(个|家|场|次|名|人次|项|所|条|场次)/,
  },
  { asks: /什么时候|啥时候|时限|几月|哪天|何时|多久|截止|最晚|哪年/, gives: /\d{4}年|\d+月|双月|每年|半年|每季度/ },
];
const FIT_FACTOR = 1.3;

/** The entry's facts ranked for the question: word overlap plus a bonus for facts of the asked kind. */
export function scoreFacts(entry: Entry, query: Analysis, retriever: Retriever): RankedFact[] {
  const kinds = ANSWER_KINDS.filter((k) => k.asks.test(query.text));
  return retriever
    .rankFacts(entry, query)
    .map(({ fact, score }) => {
      const fits = kinds.some((k) => k.gives.test(fact));
      return { fact, score: score > 0 && fits ? score * FIT_FACTOR + 1 : score, fits };
    })
    .sort((a, b) => b.score - a.score);
}

export interface RankedFact {
  fact: string;
  score: number;
  /** The fact gives the kind of answer asked for (an amount, a count, a date). */
  fits: boolean;
}

/**
 * Picks the facts that answer the question: the best one, and others nearly as relevant, within one screen.
 * When the question asks for an amount, a count or a date, a fact on the topic that gives one comes first.
 */
function pickFacts(entry: Entry, query: Analysis, retriever: Retriever): string[] {
  const ranked = scoreFacts(entry, query, retriever);
  const top = ranked[0]?.score ?? 0;
  if (top <= 0.5) return entry.facts.slice(0, 2);
  const picked: string[] = [];
  let used = 0;
  for (const { fact, score } of ranked) {
    if (picked.length >= 3 || score < top * 0.55) break;
    if (picked.length && used + fact.length > FACT_BUDGET) continue;
    picked.push(fact);
    used += fact.length;
  }
  const fitting = ranked.find((f) => f.fits && f.score > 0.5);
  if (fitting && !ranked.some((f) => f.fits && picked.includes(f.fact))) {
    picked.unshift(fitting.fact);
    while (picked.length > 1 && (picked.length > 3 || picked.reduce((n, f) => n + f.length, 0) > FACT_BUDGET + fitting.fact.length))
      picked.pop();
  }
  return picked;
}

/** A policy answer: the decisive facts first, then who handles it, then the source clause. */
export function composeAnswer(entry: Entry, query: Analysis, retriever: Retriever, service: Service): string {
  const facts = pickFacts(entry, query, retriever);
  const missing = unspecifiedAsked(entry, query.text, facts);
  const lines: string[] = [];
  if (missing.length) {
    lines.push(`文件没有写明${missing.slice(0, 2).join('、')},我不能替文件回答。已写明的是:`);
  } else {
    lines.push(`【${entry.title}】`);
  }
  for (const f of facts) lines.push(`· ${f}`);
  if (entry.deadline && !missing.length) lines.push(`完成时限:${entry.deadline}`);
  const units = unitsLine(entry);
  if (units) lines.push(`负责单位:${units}`);
  if (missing.length) lines.push(`详情请咨询负责单位或${service.contacts.office},电话${service.contacts.phone}`);
  lines.push(`依据:${entry.source}`);
  return lines.join('\n');
}
