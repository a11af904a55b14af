import type { Analysis } from '../text/analyzer.ts';
import {
  askedAttributes,
  ATTRIBUTES,
  ASKS_ROW_NUMBER,
  DEADLINE,
  factGives,
  LEVELS,
  missingDetail,
  pairs,
  plainlyUnspecified,
  sharedPairs,
  type Attribute,
} from './attribute.ts';
import type { Service } from './load.ts';
import { placesIn } from './places.ts';
import type { Retriever } from './retriever.ts';
import type { Entry } from './schema.ts';
import { unitsAskedFirst } from './unit-order.ts';

const FACT_BUDGET = 190;
/** At most this many facts answer, each scoring at least `NEAR_BEST` of the best (four fit one phone screen). */
const MAX_FACTS = 4;
/** An entry of at most this many facts, asked nothing any of them answers, is said whole when it fits. */
const SHORT_ENTRY_FACTS = 3;
const NEAR_BEST = 0.35;
const GENERIC_UNIT = /^各县、市、区人民政府/;

/**
 * Narrow details people ask for that the document often does not give (a rate, a share, a guarantee). When a question
 * asks for one and the entry lists a matching `unspecified` item, the bot says the document does not specify it
 * instead of guessing. `answered` tells when the entry's best facts already hold such a detail (a number, a date).
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
  // How a report is sent ("要走公文系统吗", "要不要盖章").
  { asks: /格式|模板|公文|盖章|纸质|电子版/, item: /格式|模板/ },
  // A certificate at the end of a course ("学完发证不").
  { asks: /证书|发证|结业证|资格证/, item: /证书|发证/ },
  // Taxes: the plan has no tax clause ("回来办厂有没有税收优惠").
  { asks: /税/, item: /税/ },
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

/** Whom to ask about what the entry does not say: its own units; the joint-meeting office for the meeting's own articles. */
export function whomToAsk(entry: Entry, service: Service, max = 3, entries: readonly Entry[] = []): string {
  const units = unitsLine(entry, max);
  if (units) return `可以问负责单位:${units}`;
  const office = `${service.contacts.office}(设在${service.contacts.location})`;
  // The office's phone and e-mail are given for member units' reporting; they fit only questions about the meeting itself.
  if (entry.category === '联席会议' || entry.category === '联系方式')
    return `可以问${office},文件列出的电话${service.contacts.phone}、邮箱${service.contacts.email}`;
  // An overview of a plan ("楚商回乡招商引资工作由哪个部门牵头"): the unit its measures name first, as the plan lists it.
  const lead = documentLead(entry, entries);
  if (lead) return `这一条没有列责任单位;这份方案${lead.of}条措施中${lead.first}条的责任单位以${lead.unit}为首。也可以问${office}`;
  return `这一条没有列责任单位,可以问${office}`;
}

/** Most of a plan's measures name one unit first: this share of those that list units. */
const LEADS_SHARE = 2 / 3;

/** The unit most measures of the entry's document name first, when most do; undefined otherwise. */
function documentLead(entry: Entry, entries: readonly Entry[]): { unit: string; first: number; of: number } | undefined {
  const document = entry.source.split('》')[0];
  const siblings = entries.filter((e) => e !== entry && e.units.length > 0 && e.source.split('》')[0] === document);
  const counts = new Map<string, number>();
  for (const e of siblings) counts.set(e.units[0]!, (counts.get(e.units[0]!) ?? 0) + 1);
  const [unit, first] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return unit && first && first >= siblings.length * LEADS_SHARE ? { unit, first, of: siblings.length } : undefined;
}

/**
 * How much a fact of the asked kind counts. Kinds most facts give (a number, a date, a place) need the fact to be on
 * the asked topic too, so "奖多少钱" prefers the fact with 万元 about the same thing; kinds few facts give (待遇,
 * 减免, 依托, 线上) put such a fact first whatever its words.
 */
const FIT: Record<Attribute, { factor: number; plus: number } | 'first' | undefined> = {
  amount: { factor: 1.3, plus: 1 },
  count: { factor: 1.3, plus: 1 },
  when: { factor: 1.3, plus: 1 },
  where: { factor: 1.15, plus: 0.3 },
  limits: 'first',
  eligibility: { factor: 1.15, plus: 0.3 },
  list: { factor: 1.1, plus: 0.2 },
  examples: 'first',
  contact: { factor: 1.3, plus: 1 },
  unit: undefined,
  materials: 'first',
  online: 'first',
  benefit: 'first',
  relief: 'first',
  basis: 'first',
  purpose: 'first',
  contents: { factor: 1.3, plus: 1 },
};
/** What a figure-only fact keeps of its score when the question asks what a thing is or does. */
const BARE_FIGURE = 0.5;
/** A topic-bound fact of the asked kind answers only if it is this near the best fact on the topic. */
const ON_TOPIC = 0.35;
/** A list answers "哪几家" only if it lists the very thing asked about, not a neighbour on the same article. */
const onTopicShare = (kind: Attribute) => (kind === 'list' ? 0.8 : ON_TOPIC);
/** Kinds a partial answer still serves ("劳务品牌有哪些": the three the plan names, then that it gives no full list). */
const PARTIAL: readonly Attribute[] = ['list'];

export interface RankedFact {
  fact: string;
  /** Position in `entry.facts` (and `entry.en.facts`). */
  index: number;
  score: number;
  /** Word overlap with the question alone, without the bonus for the asked kind. */
  topical: number;
  /** The fact gives a kind of detail asked for (an amount, a count, a date, a benefit ...). */
  fits: boolean;
}

/** "哪几个节", "哪几类站点": the thing a list question asks for (its first character). */
const WHICH_EN = /\bwhich\b/i;
const LIST_HEAD = /(?:哪几|哪些|\bwhich )(?:个|类|种|项|家|场|样)?([\u4e00-\u9fff])/i;
/** Heads that name no thing: "哪些是", "哪几个要". */
const NOT_A_HEAD = /[是的了呢吗啊要能可会有在都还就]/;

function listHead(text: string): string | undefined {
  const head = text.match(LIST_HEAD)?.[1];
  return head && !NOT_A_HEAD.test(head) ? head : undefined;
}

/** A fact that names the asked thing several times ("春节、清明节、端午节" for "哪几个节") is the list asked for. */
const namesSeveral = (fact: string, head: string) => fact.split(head).length - 1 >= 2;
/** The same for an English "which …": the head in two items of the fact's list, not twice in one item ("节日…节日团拜会"). */
const listsSeveral = (fact: string, head: string) => fact.split(/[、,，]/).filter((item) => item.includes(head)).length >= 2;

const ONE_HAN = /^[\u4e00-\u9fff]$/;
/** Both levels named together ("市县两级"). */
const BOTH_LEVELS = /市县两级/;
/** Asking for the measures or articles of a plan. */
const ASKS_MEASURES = /条|措施|举措/;
/** An item numbered in Chinese, "(三)". */
const NUMBERED_ITEM = /[(（][一二三四五六七八九十]{1,3}[)）]/g;
/** A task-list row's number in a fact ("任务清单第6项"). */
const ROW_NUMBER = /第\d+项/g;
/** A figure of the kinds given (count, amount) that is one level's, not both levels' together ("市县两级…共41个"). */
const oneLevelFigure = (fact: string, kinds: readonly Attribute[]): boolean =>
  !BOTH_LEVELS.test(fact) && kinds.some((k) => factGives(k, fact.replace(ROW_NUMBER, '')));
/** Levels and measure words say which figure only through `LEVELS` and the kinds, not as a subject. */
const LEVEL_OR_MEASURE = /[省市县区镇乡村个家人年月次场名项条期批]/;

/**
 * A one-character word ending one of the entry's own names ("站" ends 服务站, "库" ends 专家库): a noun of the topic
 * said shortly, not a verb ("建") or a level or measure word.
 */
export function endsOwnName(entry: Entry, token: string): boolean {
  if (!ONE_HAN.test(token) || LEVEL_OR_MEASURE.test(token)) return false;
  return [...entry.synonyms, ...entry.title.split(/[(),、()“”]/)].some((name) => name.endsWith(token));
}

/** The entry's facts ranked for the question: word overlap plus a bonus for facts of the asked kind. */
export function scoreFacts(entry: Entry, query: Analysis, retriever: Retriever, asked = askedAttributes(query.text)): RankedFact[] {
  const ranked = retriever.rankFacts(entry, query);
  const top = ranked[0]?.score ?? 0;
  const order = new Map(entry.facts.map((f, i) => [f, i]));
  // A detail the entry says it does not give is not to be dressed up by a fact that merely looks like one.
  // A list the entry says it does not give in full is still served by a partial one on the very topic asked.
  const unsaid = new Set(asked.filter((k) => FIT[k] !== 'first' && plainlyUnspecified(k, entry.unspecified, query.text)));
  const boosts = (kind: Attribute, words: number) => !unsaid.has(kind) || (PARTIAL.includes(kind) && words >= top * onTopicShare(kind));
  const levels = LEVELS.filter((l) => l.asks.test(query.text));
  const head = asked.includes('list') ? listHead(query.text) : undefined;
  // "一共要建好多个站": a one-character subject of a figure asked ("站") names the figure's fact (…服务站), though no
  // whole word of the two matches.
  const figure = asked.filter((k) => k === 'count' || k === 'amount');
  const subjects = figure.length ? query.tokens.filter((t) => endsOwnName(entry, t)) : [];
  // (A level's figure asked, "每个县至少几个", and given: the figures of other levels, the city's totals, are not it.)
  // (A figure of both levels together, "市县两级…共41个", is no one level's.)
  const givesFigure = (fact: string) => oneLevelFigure(fact, figure);
  const levelGiven = ranked.some(({ fact }) => levels.some((l) => l.fact.test(fact)) && givesFigure(fact));
  // "认定了给好多钱" of an article with one sum: that sum is what is asked, though it shares no word with the question.
  const sums = asked.includes('amount') && !unsaid.has('amount') ? ranked.filter(({ fact }) => factGives('amount', fact)) : [];
  const soleSum = sums.length === 1 ? sums[0]!.fact : undefined;
  return ranked
    .map(({ fact, score: said }) => {
      const words = fact === soleSum ? Math.max(said, top * ON_TOPIC) : said;
      // "县里几场" wants the county-level figure, "市级" the city's: the level asked about counts like a shared word.
      const atLevel = levels.some((l) => l.fact.test(fact));
      const ofSubject = subjects.some((c) => fact.includes(c)) && figure.some((k) => factGives(k, fact));
      // ("每个县至少几个": the county-level figure itself, above facts that share more of the question's other words.)
      // (A row's number, "第6项", is which row, not a figure.)
      const levelFigure = atLevel && givesFigure(fact);
      const score = levelFigure ? words + top * 0.6 + 1 : (atLevel && !levelGiven) || ofSubject ? words + top * 0.3 + 0.5 : words;
      let best = score;
      // A fact about the level asked ("那县里呢": 市县两级创业园区) answers it even when it shares no other word.
      let fits = atLevel;
      for (const kind of asked) {
        const fit = FIT[kind];
        if (!fit || !factGives(kind, fact) || !boosts(kind, words)) continue;
        if (levelGiven && !atLevel && (kind === 'count' || kind === 'amount')) continue;
        fits = true;
        let boosted = fit === 'first' ? score + top * 0.5 + 1 : score > 0 ? score * fit.factor + fit.plus : score;
        // Of two lists on the topic, the one naming more items is the list asked for ("是哪十条": the ten, not the four parts).
        // (Measures numbered "(一)…(十)" are counted too when measures are asked: "有几条措施 列一下" is the ten
        // measures, not the four parts; "有哪几块" is the parts.)
        if (kind === 'list' && score > 0)
          boosted += 0.1 * (fact.split('、').length - 1 + (ASKS_MEASURES.test(query.text) ? (fact.match(NUMBERED_ITEM)?.length ?? 0) : 0));
        best = Math.max(best, boosted);
      }
      // "孵化基地是么东西" is not answered by how many there are: a bare figure yields to what the thing does.
      if (asked.includes('purpose') && !factGives('purpose', fact) && (factGives('count', fact) || factGives('amount', fact)))
        best *= BARE_FIGURE;
      if (head && (WHICH_EN.test(query.text) ? listsSeveral : namesSeveral)(fact, head)) {
        fits = true;
        best = Math.max(best, score + top * 0.5 + 1);
      }
      return { fact, index: order.get(fact) ?? 0, score: best, topical: score, fits };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * Picks the facts that answer the question: the best one, and others nearly as relevant, within one screen.
 * When the question asks for an amount, a count, a date or a benefit, a fact on the topic that gives one comes first.
 */
export function pickFacts(entry: Entry, query: Analysis, retriever: Retriever, asked = askedAttributes(query.text)): RankedFact[] {
  const ranked = scoreFacts(entry, query, retriever, asked);
  return listParts(ranked, asked) ?? pickFrom(ranked);
}

/**
 * "联席会议成员单位有哪些": a list the plan writes over several facts of the same opening ("联席会议成员涉及…"), given
 * whole and in the plan's order when a list is asked; undefined otherwise.
 */
export function listParts(ranked: RankedFact[], asked: readonly Attribute[]): RankedFact[] | undefined {
  const best = ranked[0]?.score ?? 0;
  if (!asked.includes('list') || best <= 0.5) return undefined;
  // The list may rank just below a fact that names the asked thing once ("…分管负责同志是联席会议成员").
  for (const top of ranked) {
    if (top.score < best * LIST_NEAR_BEST) break;
    if (!LISTS.test(top.fact)) continue;
    const opening = top.fact.slice(0, LIST_OPENING);
    const parts = ranked.filter((f) => f.fact.startsWith(opening) && f.fact.includes('、')).sort((a, b) => a.index - b.index);
    // (One list's parts follow each other: facts that only begin alike, "楚商回乡招商引资…的目的/目标/十条措施", are not one.)
    const adjoining = parts.every((f, i) => i === 0 || f.index === parts[i - 1]!.index + 1);
    if ([...opening].length === LIST_OPENING && parts.length >= LIST_PARTS && adjoining) return parts;
  }
  return undefined;
}

/** A fact that lists names ("市委宣传部、团市委、市工商联"). */
const LISTS = /、[^、]+、/;
/** Facts opening with the same words, this long, are parts of one list. */
const LIST_OPENING = 8;
/** …when there are at least this many of them. */
const LIST_PARTS = 3;
/** A list's part is read as the answer scoring this near the best fact. */
const LIST_NEAR_BEST = 0.7;

function pickFrom(ranked: RankedFact[]): RankedFact[] {
  const top = ranked[0]?.score ?? 0;
  if (top <= 0.5) {
    const fitting = ranked.find((f) => f.fits);
    const firstTwo = ranked.filter((f) => f.index < 2).sort((a, b) => a.index - b.index);
    if (fitting && !firstTwo.includes(fitting)) return [fitting, ...firstTwo.slice(0, 1)];
    // A short entry is said whole when it fits the screen ("这会一直开?" of the three lines on the joint meeting's end).
    const all = [...ranked].sort((a, b) => a.index - b.index);
    if (all.length <= SHORT_ENTRY_FACTS && all.reduce((n, f) => n + f.fact.length, 0) <= FACT_BUDGET) return all;
    return firstTwo;
  }
  const picked: RankedFact[] = [];
  let used = 0;
  for (const f of ranked) {
    if (picked.length >= MAX_FACTS || f.score < top * NEAR_BEST) break;
    if (picked.length && used + f.fact.length > FACT_BUDGET) continue;
    picked.push(f);
    used += f.fact.length;
  }
  // One short fact alone reads as a fragment: the next best on the topic comes along while the screen allows.
  const next = ranked.find((f) => !picked.includes(f));
  if (picked.length === 1 && next && next.topical > 0.5 && used + next.fact.length <= FACT_BUDGET) picked.push(next);
  const fitting = ranked.find((f) => f.fits && f.score > 0.5);
  if (fitting && !picked.some((f) => f.fits)) {
    picked.unshift(fitting);
    const budget = FACT_BUDGET + fitting.fact.length;
    while (picked.length > 1 && (picked.length > 3 || picked.reduce((n, f) => n + f.fact.length, 0) > budget)) picked.pop();
  }
  return picked;
}

/** A picked fact gives the asked kind, on the asked topic where the kind is common (numbers, dates). */
function isAnswered(entry: Entry, question: string, kind: Attribute, picked: RankedFact[], topTopical: number): boolean {
  if (kind === 'unit') return false;
  if (FIT[kind] !== 'first' && !PARTIAL.includes(kind) && plainlyUnspecified(kind, entry.unspecified, question)) return false;
  return picked.some(
    (f) => factGives(kind, f.fact) && (FIT[kind] === 'first' || topTopical <= 0.5 || f.topical >= topTopical * onTopicShare(kind)),
  );
}

/** What the question asked that the picked facts do not give: the entry's own `unspecified` wording where it has one. */
function attributesMissing(entry: Entry, question: string, asked: Attribute[], picked: RankedFact[], topTopical: number): string[] {
  const out: string[] = [];
  for (const kind of asked) {
    // Units come from the entry, not its facts; an entry without them says so where the units would be.
    if (kind === 'unit') continue;
    if (kind === 'when' && entry.deadline) continue;
    // A partial list still gets its note: "文件没有写明荆州劳务品牌的完整名单" after the three it names.
    const partial = PARTIAL.includes(kind) && plainlyUnspecified(kind, entry.unspecified, question);
    if (!partial && isAnswered(entry, question, kind, picked, topTopical)) continue;
    const detail = missingDetail(kind, entry.unspecified, question);
    if (detail) out.push(detail);
  }
  return out;
}

/** The one or two missing details to name: a second only while the line stays short enough to read at a glance. */
const GAP_CHARS = 36;
function gapItems(missing: string[]): string[] {
  const [first, second] = missing;
  return second && first!.length + second.length <= GAP_CHARS ? [first!, second] : [first!];
}

/** A fact giving the kind asked, where the plan leaves the detail out, must be this near the best on the topic. */
const KIND_NEAR = 0.5;
/** A place said (not a window or an office in the figurative sense): what "在哪些地方" is answered with. */
const PLACE_GIVEN = /设在|区域|地区|长三角|珠三角|城市|驻外|所在地|专门窗口|线上/;

/** Most fact characters a two-part answer may use, so the whole reply stays within about 300 characters. */
const TWO_PART_BUDGET = 200;

/**
 * "市级几场 县里几场": a question about two levels gets a fact for each. The best fact on the topic for a level not yet
 * covered is added (the weakest others give way to stay within one screen).
 */
function coverBothParts(facts: string[], ranked: RankedFact[], question: string): void {
  const levels = LEVELS.filter((l) => l.asks.test(question));
  if (levels.length < 2) return;
  const top = Math.max(0, ...ranked.map((f) => f.topical));
  for (const level of levels) {
    if (facts.some((f) => level.fact.test(f))) continue;
    const best = ranked.find((f) => level.fact.test(f.fact) && f.topical >= top * ON_TOPIC && !facts.includes(f.fact));
    if (!best) continue;
    // Keep a fact for each level already there; drop the others from the end until the new one fits.
    const keeps = (f: string) => levels.some((l) => l.fact.test(f));
    while (facts.length && (facts.length >= 3 || facts.reduce((n, f) => n + f.length, 0) + best.fact.length > TWO_PART_BUDGET)) {
      const drop = facts.findLastIndex((f) => !keeps(f));
      if (drop < 0) break;
      facts.splice(drop, 1);
    }
    facts.push(best.fact);
  }
}

/**
 * "市里一年搞几场": one level's figure asked and given, the other level's figure ("各县、市、区…6场次") goes; side by side
 * on a phone screen the two read as one answer. A figure of both levels together ("市县两级…") stays.
 */
const FIGURE_KINDS: readonly Attribute[] = ['count', 'amount'];
function dropOtherLevels(facts: string[], question: string, kinds: readonly Attribute[]): void {
  const levels = LEVELS.filter((l) => l.asks.test(question));
  if (levels.length !== 1 || !kinds.some((k) => k === 'count' || k === 'amount')) return;
  const [level] = levels;
  const figure = (f: string) => oneLevelFigure(f, FIGURE_KINDS);
  if (!facts.some((f) => level!.fact.test(f) && figure(f))) return;
  const others = LEVELS.filter((l) => l !== level);
  for (let i = facts.length - 1; i >= 0; i--)
    if (figure(facts[i]!) && !level!.fact.test(facts[i]!) && others.some((o) => o.fact.test(facts[i]!))) facts.splice(i, 1);
}

/** A date or a deadline, not a frequency ("每年" answers "多久一次", not "今年能建完不"). */
const DATED = /\d{4}年|\d+月|年底|年内|底前|截止|时限|最后一周/;
const gives = (kind: Attribute, fact: string) => factGives(kind, fact) && (kind !== 'when' || DATED.test(fact));

/** A fact giving a second kind asked must still be about the question's topic this much (share of the best). */
const SECOND_KIND_TOPICAL = 0.25;

/**
 * "一年聘好多个 聘上了有么待遇": a question asking two kinds of detail gets a fact for each. For a kind no picked fact
 * gives, the best fact that gives it joins (the weakest fact giving nothing asked gives way to keep one screen).
 */
function coverEveryKind(picked: RankedFact[], ranked: RankedFact[], kinds: readonly Attribute[]): RankedFact[] {
  if (kinds.length < 2) return picked;
  const out = [...picked];
  const top = Math.max(0, ...ranked.map((f) => f.topical));
  const givesAsked = (f: RankedFact) => kinds.some((k) => factGives(k, f.fact));
  for (const kind of kinds) {
    if (kind === 'unit' || kind === 'contact' || out.some((f) => factGives(kind, f.fact))) continue;
    const best = ranked.find((f) => !out.includes(f) && gives(kind, f.fact) && f.topical >= top * SECOND_KIND_TOPICAL);
    if (!best) continue;
    while (out.length && (out.length >= 3 || out.reduce((n, f) => n + f.fact.length, 0) + best.fact.length > TWO_PART_BUDGET)) {
      const drop = out.findLastIndex((f) => !givesAsked(f));
      if (drop < 0) break;
      out.splice(drop, 1);
    }
    out.push(best);
  }
  return out;
}

/** The facts that give what else was asked ("一共建几个": the count), else the first: what the deadline is of. */
function answering(facts: readonly string[], kinds: readonly Attribute[]): string[] {
  const giving = facts.filter((f) => kinds.some((k) => k !== 'when' && factGives(k, f)));
  return giving.length ? giving.slice(0, 1) : facts.slice(0, 1);
}

/** "展开说说", "详细讲讲": the topic in full, not the points a question would pick. */
const EXPAND = /展开|详细|具体(?:说|讲|介绍)|细说|细讲|多说|全部(?:说|讲)|in (?:more )?detail|elaborate|tell me more/i;
/** Points shown when asked to say a topic in full. */
const EXPANDED_POINTS = 4;

/** Points shown for "还有呢". */
const MORE_POINTS = 3;

/** How much of each point shown the conversation keeps to recognise it. */
export const SHOWN_CHARS = 120;

/** Everything the entry says was shown already: said so, with whom to ask for more. */
function allShown(entry: Entry, service: Service): string {
  return [
    `【${entry.title}】`,
    '这一条文件写的就是刚才这些,没有更多内容了。',
    `${whomToAsk(entry, service)}。`,
    `依据:${entry.source}`,
  ].join('\n');
}

/** A fact giving a due date (a month, a time limit), not only the year the work is in ("2025年荆州继续认定5家…"). */
const DUE_FACT = /\d{1,2}月|时限|截止|年底前|之前完成/;

/** The people a business employs ("请了十几个人", "招了几个人"), not the one person (个人) a figure may be for. */
const PEOPLE_COUNTED = /(?:请|招|雇|用|带|养)(?:了|着)?(?:好)?[\d二两三四五六七八九十百千几]+个人/g;

/** Sibling facts differ in at most this many character pairs each ("个人创业" / "合伙创业" / "小微企业"). */
const SIBLING_PAIRS = 4;

/**
 * Of sibling facts (one sentence said of several subjects: "符合条件的个人创业最高可享30万元…", "…合伙创业…400万元…"),
 * only the one whose subject the question names ("就我一个人搞 最多贷好多"); the others answer someone else.
 */
function ofSubjectAsked(facts: string[], question: string): string[] {
  // ("请了十几个人": the people a business employs are no 个人 borrowing.)
  const asked = pairs(question.replace(PEOPLE_COUNTED, ' '));
  const each = facts.map(pairs);
  const drop = new Set<number>();
  for (let a = 0; a < facts.length; a++)
    for (let b = 0; b < facts.length; b++) {
      if (a === b || drop.has(a)) continue;
      const onlyA = [...each[a]!].filter((p) => !each[b]!.has(p));
      const onlyB = [...each[b]!].filter((p) => !each[a]!.has(p));
      const shared = each[a]!.size - onlyA.length;
      const siblings =
        onlyA.length > 0 && onlyB.length > 0 && Math.max(onlyA.length, onlyB.length) <= SIBLING_PAIRS && shared >= 2 * SIBLING_PAIRS;
      if (siblings && onlyA.some((p) => asked.has(p)) && !onlyB.some((p) => asked.has(p))) drop.add(b);
    }
  return facts.filter((_, i) => !drop.has(i));
}

/**
 * Character pairs a task row must share with an article to restate it; fewer do when no other row comes near
 * (at most half as many).
 */
const RESTATES = 6;
const RESTATES_ALONE = 4;

/** The task-list row with a deadline that restates an article and speaks of what the question and the answer name. */
export function restatingRow(entry: Entry, entries: readonly Entry[], question: string, said: readonly string[]): Entry | undefined {
  if (entry.category === '任务清单') return undefined;
  const article = `${entry.title} ${entry.summary}`;
  let best: { row: Entry; score: number } | undefined;
  const shared = entries
    .filter((row) => row.category === '任务清单' && row.deadline && /^[a-z]+\.\d{2}$/.test(row.id))
    .map((row) => ({ row, text: `${row.title} ${row.summary}` }))
    .map((r) => ({ ...r, pairs: sharedPairs(r.text, article) }))
    .sort((a, b) => b.pairs - a.pairs);
  const alone = shared[0] && shared[0].pairs >= RESTATES_ALONE && shared[0].pairs >= 2 * (shared[1]?.pairs ?? 0);
  // (So does a row restating the point being answered: the loans article's title never names the 政银企对接会 that
  // task 11 sets a date for.)
  const point = said.join(' ');
  const restatesPoint = (text: string) => point.length > 0 && sharedPairs(text, point) >= RESTATES;
  const asked = `${question} ${point}`;
  for (const [i, { row, text, pairs }] of shared.entries()) {
    if (pairs < RESTATES && !(alone && i === 0) && !restatesPoint(text)) continue;
    const score = pairs + 3 * sharedPairs(text, asked);
    if (!best || score > best.score) best = { row, score };
  }
  return best?.row;
}

/** "任务清单第6项" from a row's source or title. */
const shortRowName = (row: Entry) => {
  const n = /第(\d+)项/.exec(row.source)?.[1] ?? /任务(\d+)/.exec(row.title)?.[1];
  return n ? `任务清单第${n}项` : row.title.split(/[::]/)[0]!;
};

/** A count asked of what the plan holds, builds or picks ("一年搞几场", "总共建几个", "今年评好多个"). */
const COUNT_OF_TOPIC =
  /(?:搞|办|建|评|选|树|认定|举办|开|有|设|聘|拜访)了?(?:几|多少|好多)(?:个|场|次|家|名|所|场次)?|^(?:一年|每年|今年)?(?:几|多少|好多)(?:场|场次)/;

/** This year's target asked ("今年…目标是多少个"): the task list sets the year's targets. */
const YEAR_TARGET =
  /(?:今年|2025年?).{0,12}目标|目标.{0,6}(?:几|多少|好多)|(?:今年|全市|一共|总共).{0,6}要(?:树|选树|评|认定|礼聘|聘).{0,8}(?:几|多少|好多)/;

const COUNTY_LEVEL = /^(荆州区|沙市|江陵|松滋|公安|石首|监利|洪湖|纪南|荆州经开区|荆州高新区)/;

/** Asking where or through whom a thing is done ("到哪去办这些手续", "监利这边找谁办"). */
const ASKS_WHERE_TO_DO = /(?:哪|谁).{0,4}(?:办|申请|申报|领)|(?:办|申请|申报|领).{0,4}(?:哪|谁)|手续/;

/**
 * Where the plan sends returnees to get things done, when an answer from the returnee plan does not say where: the
 * local one-stop windows the notice asks every place to set up ("各地要设立专门窗口…"), with their source.
 */
function whereToApply(entry: Entry, kinds: readonly Attribute[], question: string, entries: readonly Entry[]): string | undefined {
  if (!/返乡创业工作方案/.test(entry.source) || entry.facts.some((f) => f.includes('专门窗口'))) return undefined;
  if (!(kinds.includes('where') || kinds.includes('unit')) || !ASKS_WHERE_TO_DO.test(question)) return undefined;
  for (const other of entries) {
    const fact = other.facts.find((f) => f.includes('专门窗口') && f.includes('一站式'));
    if (fact) return `${fact}(${other.source})`;
  }
  return undefined;
}

/** A policy answer: the asked detail first (or plainly that the document does not give it, and whom to ask), then the facts, who handles it and the source. */
export function composeAnswer(
  askedOf: Entry,
  query: Analysis,
  retriever: Retriever,
  service: Service,
  asked?: Attribute[],
  shown: readonly string[] = [],
): string {
  const entry = askedOf;
  // The facts are chosen from the entry as written; the unit the question is about is named first.
  const byUnit = unitsAskedFirst(askedOf, query.text);
  const kinds = asked ?? askedAttributes(query.text);
  // "还有呢": the points shown already (kept cut to SHOWN_CHARS) are not shown again.
  const seen = new Set(shown);
  const ranked = scoreFacts(entry, query, retriever, kinds).filter((f) => !seen.has(f.fact.slice(0, SHOWN_CHARS)));
  if (!ranked.length) return allShown(entry, service);
  // Asked for more: the next points as ranked, whatever their score; asked to say it in full ("展开说说"), the entry's
  // points in order; else the points that answer the question.
  const expand = !shown.length && EXPAND.test(query.text) && !ranked.some((f) => f.topical > 0.5);
  const picked = shown.length
    ? ranked.slice(0, MORE_POINTS)
    : expand
      ? [...ranked].sort((a, b) => a.index - b.index).slice(0, EXPANDED_POINTS)
      : (listParts(ranked, kinds) ?? coverEveryKind(pickFrom(ranked), ranked, kinds));
  const facts = ofSubjectAsked(
    picked.map((f) => f.fact),
    query.text,
  );
  const topTopical = Math.max(0, ...ranked.map((f) => f.topical));
  // The kind's own wording of what is missing first, then narrower details (利率, 抵押 ...) that share words with the question.
  const aspects = unspecifiedAsked(entry, query.text, facts).map((item, i) => ({ item, i, overlap: sharedPairs(item, query.text) }));
  const narrow = (aspects.some((m) => m.overlap > 0) ? aspects.filter((m) => m.overlap > 0) : aspects)
    .sort((a, b) => b.overlap - a.overlap || a.i - b.i)
    .map((m) => m.item);
  // "今年能建完不" of an article with no date: the task-list row restating it has the deadline.
  const row =
    (DEADLINE.test(query.text) || ASKS_ROW_NUMBER.test(query.text)) && !entry.deadline && !picked.some((f) => DUE_FACT.test(f.fact))
      ? restatingRow(entry, retriever.entries, query.text, answering(facts, kinds))
      : undefined;
  const whenMissing = row ? missingDetail('when', entry.unspecified, query.text) : undefined;
  // "一年搞几场" of an article that sets no count: the task-list row restating it may ("市级…招商活动4场次以上").
  // (The count of what the plan holds or sets up: "招几个大学生来实习" counts the asker's own, "举几个" asks examples.)
  // So does "今年…目标是多少个" of an article whose own count is a yearly rule: the row is this year's target.
  const yearTarget = YEAR_TARGET.test(query.text) && !entry.deadline;
  const countRow =
    !row &&
    kinds.includes('count') &&
    !kinds.includes('examples') &&
    (COUNT_OF_TOPIC.test(query.text) || yearTarget) &&
    (yearTarget || !picked.some((f) => gives('count', f.fact)))
      ? restatingRow(entry, retriever.entries, query.text, answering(facts, kinds))
      : undefined;
  // (Its first two: the city's and the counties' counts are often two points of one row. "任务清单第8项" counts nothing.)
  const article = `${entry.title} ${entry.summary}`;
  const rowCounts =
    countRow?.facts.filter((f) => gives('count', f.replace(/第\d+项/g, '')) && sharedPairs(f, article) > 0).slice(0, 2) ?? [];
  const countMissing = rowCounts.length ? missingDetail('count', entry.unspecified, query.text) : undefined;
  const missing = [...new Set([...attributesMissing(entry, query.text, kinds, picked, topTopical), ...narrow])].filter(
    (m) => m !== whenMissing && m !== countMissing && !(rowCounts.length && m === ATTRIBUTES.count.missing),
  );
  // What was asked and is answered leads; what is missing follows. When nothing asked is answered, the gap leads.
  const answered = kinds.some((k) => isAnswered(entry, query.text, k, picked, topTopical));
  // When the gap leads, the fact it is about comes first: "按么比例补" → the fact that names the subsidy without a rate.
  if (missing.length && !answered) {
    const about = entry.facts
      .map((fact, index) => ({ fact, index, overlap: sharedPairs(fact, missing[0]!) }))
      .sort((a, b) => b.overlap - a.overlap || a.index - b.index)[0];
    // (Also when it was shown further down: the two kept below are the first two.)
    if (about && about.overlap >= 2 && facts.indexOf(about.fact) !== 0) {
      if (facts.includes(about.fact)) facts.splice(facts.indexOf(about.fact), 1);
      facts.unshift(about.fact);
      while (facts.length > 1 && (facts.length > 3 || facts.reduce((n, f) => n + f.length, 0) > FACT_BUDGET + about.fact.length))
        facts.pop();
    }
  }
  // A gap that leads is the answer; what is written is context, kept to two facts so the reply stays one screen. The
  // fact sharing most words with the question is one of them ("共享农庄算不算支持的项目": the line naming 共享农庄).
  if (missing.length && !answered) {
    const closest = ranked.reduce((a, b) => (b.topical > a.topical ? b : a), ranked[0]!).fact;
    if (facts.indexOf(closest) > 1) facts.splice(1, 0, closest);
    // What the plan does say of the kind asked comes first ("联络站设在哪些城市": 在楚商集聚重点区域建立50个).
    // (Its own words, not the question's: "联络站" is no place given.)
    const longestFirst = query.tokens.filter((t) => [...t].length >= 2).sort((a, b) => b.length - a.length);
    const beyond = (fact: string) => longestFirst.reduce((s, t) => s.replaceAll(t, ' '), fact);
    const ofKind = ranked.find(
      (f) =>
        f.topical >= topTopical * KIND_NEAR &&
        kinds.some((k) => (k === 'where' ? PLACE_GIVEN.test(beyond(f.fact)) : k !== 'unit' && k !== 'contact' && gives(k, beyond(f.fact)))),
    );
    if (ofKind && !facts.slice(0, 2).includes(ofKind.fact)) facts.unshift(ofKind.fact);
    facts.splice(2);
  } else coverBothParts(facts, ranked, query.text);
  dropOtherLevels(facts, query.text, kinds);
  // The row's counts answer; two of the article's points stay as what they count.
  if (countRow && rowCounts.length) {
    const named = rowCounts.map((f) => (/任务清单/.test(f) ? f : `${f}(${shortRowName(countRow)})`));
    facts.splice(0, facts.length, ...named, ...facts.slice(0, 2));
  }
  const lines: string[] = [];
  const wantsUnits = kinds.includes('unit');
  const unitsFirst = wantsUnits
    ? entry.units.length
      ? `负责单位:${unitsLine(byUnit, 6)}`
      : `${whomToAsk(byUnit, service, 3, retriever.entries)}。`
    : '';
  let gap = '';
  if (missing.length) {
    // A county asked about that the entry says nothing specific of: say so rather than let the general answer pass for it.
    const county = placesIn(query.text).find((p) => COUNTY_LEVEL.test(p) && !entry.facts.some((f) => f.includes(p)));
    const countyNote = county ? `,也没有单列${county}的情况` : '';
    gap = `文件没有写明${gapItems(missing).join('、')}${countyNote}。${wantsUnits ? '' : `${whomToAsk(byUnit, service, 3, retriever.entries)}。`}`;
  }
  // (Said where the plan is silent on where to go, or with the units asked for.)
  const window = (gap && !answered) || unitsFirst ? whereToApply(entry, kinds, query.text, retriever.entries) : undefined;
  if (gap && !answered) {
    lines.push(gap);
    if (unitsFirst) lines.push(unitsFirst);
    if (window) lines.push(window);
    lines.push('已写明的是:');
  } else {
    lines.push(`【${entry.title}】`);
    if (unitsFirst) lines.push(unitsFirst);
    if (unitsFirst && window) lines.push(window);
  }
  for (const f of facts) lines.push(`· ${f}`);
  if (entry.deadline && (!gap || answered || kinds.includes('when'))) lines.push(`完成时限:${entry.deadline}`);
  if (row) lines.push(`完成时限:${row.deadline}(${shortRowName(row)})`);
  if (gap && answered) lines.push(gap);
  else if (!gap && !wantsUnits) {
    const units = unitsLine(byUnit);
    if (units) lines.push(`负责单位:${units}`);
  }
  lines.push(`依据:${entry.source}`);
  return lines.join('\n');
}
