import type { Analysis } from '../text/analyzer.ts';
import { NUMBERED_PART_EN } from '../text/english-terms.ts';
import { ASKS_IF_FREE_EN, askedAttributes, DEADLINE, ONLINE_EN } from './attribute.ts';
import { listParts, restatingRow, scoreFacts } from './answer.ts';
import { glossaryOf, type Term, withChineseNames } from './glossary.ts';
import type { Knowledge } from './load.ts';
import type { Retriever } from './retriever.ts';
import type { Entry } from './schema.ts';
import { unitsAskedFirst } from './unit-order.ts';

/**
 * An English answer fits one phone screen, like a Chinese one, with the rating line under it (400 characters in all).
 * The facts run long in English: at 240 characters of facts most answers showed one or two, and the blind sets'
 * English turns missed the rest; 300 leave room for a third short one.
 */
const FACT_BUDGET = 300;
const ANSWER_BUDGET = 370;
/** Within a longer reply (an events answer lists the events on record too), the plan's part keeps to less. */
export const BESIDE_OTHER_LINES = { facts: 240, answer: 340 } as const;
const MAX_FACTS = 3;
const GENERIC_UNIT = /^county, city and district/;

/**
 * Details people ask for in English that the plan often does not give, each matched to the entry's `unspecified`
 * items (which are in Chinese): when the entry lists one, the answer says the plan does not specify it.
 */
const ASPECTS_EN: Array<{ asks: RegExp; item: RegExp; what: string; answered?: RegExp }> = [
  // "interest-subsidised loans" names the loans, it does not ask their rate.
  { asks: /\binterest rates?|\binterest\b(?![- ]?(?:subsid|free|discount))|\bapr\b/i, item: /利率|利息/, what: 'the interest rate' },
  {
    asks: new RegExp(String.raw`\b(?:pay for|pay anything|fees?|charged?|charges|cost|costs|paid)\b|${ASKS_IF_FREE_EN.source}`, 'i'),
    item: /收费|费用/,
    what: 'whether it is charged',
  },
  { asks: /\btax(?:es)?\b|\bvat\b|税/i, item: /税/, what: 'tax incentives' },
  { asks: /\b(?:collateral|mortgage|guarantor|guarantee)\b/i, item: /抵押|担保/, what: 'collateral or guarantee requirements' },
  { asks: /\b(?:term|repay|repayment|how long)\b/i, item: /期限|还款/, what: 'the loan term' },
  {
    asks: new RegExp(`\\b(?:website|app|link|url|wechat)\\b|${ONLINE_EN.source}`, 'i'),
    item: /网址|线上|网站|入口|链接|平台/,
    what: 'an online channel',
  },
  {
    asks: /\bhow (?:do|can) i (?:apply|join|sign up|register|get)|\bhow to (?:apply|join|get)|\b(?:requirements?|conditions?|eligib\w*|materials?|procedure|process)\b|\bdocuments?\b(?! (?:say|says|said|mention|mentions|state|states|cover|covers|tell|tells|give|gives)\b)/i,
    item: /流程|申请|材料|条件|程序|报名|方式|办法|标准/,
    what: 'how to apply or the conditions',
  },
  // ("whats task number 3" asks a row, not a telephone number.)
  {
    asks: new RegExp(`\\b(?:phone|hotline|call)\\b|(?<!\\b(?:${NUMBERED_PART_EN}) )\\bnumber\\b(?!\\s*\\d)`, 'i'),
    item: /电话|号码|热线/,
    what: 'a telephone number',
  },
  {
    asks: /\b(?:address|where|location|which cities|list of)\b/i,
    item: /地址|地点|位置|在哪|分布|名单/,
    what: 'names, places or addresses',
  },
  {
    asks: /\bhow much\b|\bamount\b/i,
    item: /标准|金额|额度|多少|数额/,
    what: 'the amount',
    answered: /\d[\d,]*\s*yuan|\d+%/,
  },
];

/** A fact's text, whether facts are sentences or sentences with attributes. */
const textOf = (fact: unknown): string => (typeof fact === 'string' ? fact : String((fact as { text?: unknown }).text ?? ''));

/**
 * The English facts that answer the question: the Chinese facts are ranked exactly as for a Chinese question (the
 * analysis maps English words to the plan's terms), and the English fact at the same place is shown.
 */
function pickFactsEn(entry: Entry, query: Analysis, retriever: Retriever, budget = FACT_BUDGET, lead: readonly string[] = []): string[] {
  const zh = entry.facts.map(textOf);
  const ranked = scoreFacts(entry, query, retriever);
  // "Which units are members?": a list the plan writes over several facts is given whole, as in Chinese.
  const list = lead.length ? undefined : listParts(ranked, askedAttributes(query.text));
  const listed = list?.map((f) => entry.en.facts[zh.indexOf(f.fact)] ?? '') ?? [];
  // (English names are longer: a list that does not fit is left to the ranking below.)
  if (listed.length && listed.reduce((n, f) => n + f.length, 0) <= budget) return listed;
  const top = ranked[0]?.score ?? 0;
  // (Points the caller knows answer the question come first: a festival's events, 团拜会 and 恳谈会.)
  const order: number[] = lead.map((fact) => zh.indexOf(fact)).filter((i) => i >= 0);
  if (top > 0.5) {
    const fitting = ranked.find((f) => f.fits && f.score > 0.5);
    if (fitting) order.push(zh.indexOf(fitting.fact));
    for (const { fact, score } of ranked) if (score >= top * 0.55) order.push(zh.indexOf(fact));
  } else {
    // No word of the question in any fact, yet one is of the kind or level asked ("each county …": the county figure).
    const fitting = ranked.find((f) => f.fits);
    if (fitting) order.push(zh.indexOf(fitting.fact));
  }
  // Nothing in the question names a fact ("is it a permanent body?"): the entry's first points, as many as fit.
  order.push(0, 1, ...(top > 0.5 ? [] : [2]));
  const picked: string[] = [];
  let used = 0;
  for (const i of order) {
    const fact = entry.en.facts[i];
    if (!fact || picked.includes(fact)) continue;
    if (picked.length >= MAX_FACTS) break;
    if (picked.length && used + fact.length > budget) continue;
    picked.push(fact);
    used += fact.length;
  }
  return picked;
}

/** Units for display in English: specific units first, the generic county clause last, at most `max`. */
export function unitsLineEn(entry: Entry, max = 3, withChinese = false): string {
  const specific = entry.en.units.filter((u) => !GENERIC_UNIT.test(u));
  const generic = entry.en.units.length > specific.length;
  // With the Chinese name of each unit, where the two lists name the same units in the same order.
  const aligned = withChinese && entry.en.units.length === entry.units.length;
  const named = (u: string): string => (aligned ? `${u} (${entry.units[entry.en.units.indexOf(u)]})` : u);
  const shown = specific.slice(0, max).map(named);
  if (!shown.length) return generic ? 'the county, city and district governments and functional-zone committees' : '';
  return `${shown.join('; ')}${specific.length > max || generic ? ' and others' : ''}`;
}

/**
 * The source for display: the document's short name and the clause ("Jingzhou Returnee Entrepreneurship Plan, part 6"),
 * the full titles being too long for a phone screen.
 */
export function sourceEn(entry: Entry): string {
  return entry.en.source
    .replace(/^Jingzhou Plan for Promoting (.+?) on a Large Scale/, 'Jingzhou $1 Plan')
    .replace(/^((?:\d{4} )?Jingzhou (?:Task List|Joint-Meeting System)) for Chushang Homecoming and Returnee Entrepreneurship/, '$1')
    .replace(/^Notice on issuing the Jingzhou plans for promoting Chushang homecoming and returnee entrepreneurship/, 'Jingzhou notice');
}

/** A fact giving a due date ("… is due in December 2025"). */
const DUE = /\bdue (?:in|by)\b/i;
/** Asking who is in charge ("Who is in charge of …", "which department runs it"). */
const ASKS_WHO =
  /\bwho (?:is|are|runs?|handles?|leads?|organi[sz]es|coordinates|maintains|manages|appoints|oversees|covers|looks after|should|do|does|can|will)\b|\bwho'?s (?:responsible|in charge|running|handling)\b|\b(?:which|what) (?:government |city |municipal )?(?:department|dept|office|bureau|unit|agenc(?:y|ie)|body)s?\b|\bin charge\b|\bresponsible\b/i;

/** The joint-meeting office in English, one spelling for every English reply that names it. */
export const OFFICE_EN = 'the joint-meeting office (联席会议办公室) at the Municipal Human Resources and Social Security Bureau (市人社局)';

/**
 * Whom to ask about what the entry does not say, as `whomToAsk` does in Chinese: the entry's own units; else the
 * joint-meeting office, with its telephone only for the meeting's own articles (it is not a public hotline).
 */
function whomToAskEn(entry: Entry, units: string, service: Knowledge['service'], withChinese = false): string {
  // Units left out of a long answer still name whom to ask: the first one at least (with its Chinese name, as shown).
  const whom = units || unitsLineEn(entry, 1, withChinese);
  if (whom) return `Ask the responsible units: ${whom}.`;
  if (entry.category === '联席会议' || entry.category === '联系方式')
    return `Ask ${OFFICE_EN}, tel. ${service.contacts.phone}, email ${service.contacts.email}.`;
  return `Ask ${OFFICE_EN}.`;
}

const SMALL =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
/** A sum as the plan writes it ("30万元", "10~20万元", "5000万元", "1亿元"). */
const ZH_SUM = /\d+(?:\.\d+)?(?:[~～-]\d+(?:\.\d+)?)?(?:万|亿)元?/g;
/** A sum in an English fact ("300,000 yuan", "4 million yuan", "100,000 to 200,000 yuan"). */
const EN_SUM = /\b\d[\d,]*(?:\.\d+)?(?: (?:million|billion))?(?:(?: to |-|–)\d[\d,]*(?:\.\d+)?(?: (?:million|billion))?)? yuan\b/g;

/**
 * Each sum of an English fact followed by the plan's own writing of it ("up to 300,000 yuan (30万元)"): people take the
 * answer to an office that counts in 万, and a figure is checked against the document as written. Only when the two
 * facts give the same number of sums, so that each is paired with its own.
 */
export function withChineseAmounts(en: string, zh: string): string {
  const sums = zh.match(ZH_SUM) ?? [];
  const found = en.match(EN_SUM) ?? [];
  if (!sums.length || sums.length !== found.length) return en;
  let i = 0;
  return en.replace(EN_SUM, (sum) => `${sum} (${sums[i++]!.replace(/(?<=[万亿])$/, '元')})`);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "April 2025", "29 March 2025", "March 29, 2025". */
const EN_DATE = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')})(?: (\\d{1,2}),)? (\\d{4})\\b(?! \\()`, 'g');

/**
 * Each date of an English fact followed by the plan's writing of it ("due in April 2025 (2025年4月)"), where the
 * Chinese fact writes it so: the date to look for in the document, and the one an office will say.
 */
export function withChineseDates(en: string, zh: string): string {
  return en.replace(EN_DATE, (all, day: string | undefined, month: string, dayAfter: string | undefined, year: string) => {
    const d = day ?? dayAfter;
    const written = `${year}年${MONTHS.indexOf(month) + 1}月${d ? `${Number(d)}日` : ''}`;
    return zh.includes(written) && !en.includes(written) ? `${all} (${written})` : all;
  });
}

/** A count as the plan writes it ("300个", "2场次", "2239名"). */
// (Not an ordinal: "第4项" is the fourth row, "第1至4项" rows one to four.)
const ZH_COUNT = /(?:不少于|至少|不低于)?(?<![第至到~～\d-])(\d+)(?:场次|人次|个|家|场|名|次|项|条|批|所|户)(?:以上)?/g;

/**
 * A count of an English fact followed by the plan's own writing of it ("300 (300个) or more projects", "at least 2
 * (two, 2场次)"), as sums are (`withChineseAmounts`): the count is checked against the document as written. Only for a
 * number the Chinese fact counts one way, at its first mention in the English.
 */
export function withChineseCounts(en: string, zh: string): string {
  const counts = new Map<string, string>();
  for (const [written, n] of zh.matchAll(ZH_COUNT)) counts.set(n!, counts.has(n!) && counts.get(n!) !== written ? '' : written);
  let out = en;
  for (const [n, written] of counts) {
    if (!written || out.includes(written)) continue;
    const { mention, bracketed, word } = countMentions(n);
    if (mention.test(out))
      out = out.replace(mention, (_all, spelled: string | undefined) => {
        const shown = Number(n).toLocaleString('en-US');
        return spelled ? `${shown} (${spelled}, ${written})` : `${shown} (${written})`;
      });
    else if (bracketed.test(out)) out = out.replace(bracketed, (all) => `${all.slice(0, -1)}, ${written})`);
    // ("five city-level companies": the count as a word, 2 to 20; "one" is too often not a count.)
    else if (word) out = out.replace(word, (all) => `${all} (${written})`);
  }
  return out;
}

/** The ways an English fact mentions count `n`, built once per number. */
const mentionsOf = new Map<string, { mention: RegExp; bracketed: RegExp; word: RegExp | undefined }>();
function countMentions(n: string) {
  let found = mentionsOf.get(n);
  if (found) return found;
  const spelled = Number(n) >= 2 ? SMALL[Number(n)] : undefined;
  found = {
    // ("3,000 or more person-times": a number of thousands is written with its comma.)
    mention: new RegExp(
      `(?<![\\d.,(])${Number(n).toLocaleString('en-US')}(?!\\d|[.,]\\d|%| ?(?:million|billion|thousand|yuan|per ?cent))(?: \\(([a-z]+)\\))?`,
    ),
    // ("at least one (1) boot camp": the figure in brackets after the word.)
    bracketed: new RegExp(`\\b[a-z]+ \\(${n}\\)`),
    word: spelled ? new RegExp(`\\b${spelled}\\b(?! \\(| ?(?:million|billion|thousand|hundred|yuan|per ?cent|times|-))`, 'i') : undefined,
  };
  mentionsOf.set(n, found);
  return found;
}

/** A bound on a count, written in digits in the knowledge base ("at least 4", "5 or more"). */
const BOUNDED_COUNT =
  /\b(at least|no fewer than|no less than|not less than|up to|more than|fewer than) (\d{1,2})\b(?![.,]?\d|\s?%|\s*(?:million|billion|thousand|hundred|yuan|per ?cent|times))|\b(\d{1,2}) or more\b/g;

/** Small bounded counts also spelled out ("at least 4 (four)"), as readers and the plan's English both say them. */
export function spellCounts(text: string): string {
  return text.replace(BOUNDED_COUNT, (all, bound: string | undefined, n: string | undefined, m: string | undefined) => {
    const word = SMALL[Number(n ?? m)];
    if (!word || Number(n ?? m) < 1) return all;
    // ("at least one (1) boot camp": "at least 1 (one)" reads as a figure, one as a word.)
    if (bound && n === '1') return `${bound} one (1)`;
    return bound ? `${bound} ${n} (${word})` : `${m} (${word}) or more`;
  });
}

/**
 * A policy answer in English: the decisive facts first, then who handles it, then the source clause; `said` is what
 * the user wrote, when the question answered is a follow-up restated in the plan's words. Within
 * `room` characters when the wording is long: fewer units, then none, then fewer facts (always one).
 */
export function composeAnswerEn(
  answered: Entry,
  query: Analysis,
  retriever: Retriever,
  knowledge: Pick<Knowledge, 'service' | 'lexicon'>,
  said: string = query.raw,
  room: { facts: number; answer: number } = { facts: FACT_BUDGET, answer: ANSWER_BUDGET },
  lead: readonly string[] = [],
): string {
  const entry = answered;
  // What the user wrote, besides the question answered (a follow-up is answered restated in the plan's words).
  const asked = said === query.raw ? said : `${query.raw} ${said}`;
  // The facts are chosen from the entry as written; the unit the question is about is named first.
  const byUnit = unitsAskedFirst(answered, query.text);
  const { service } = knowledge;
  const facts = pickFactsEn(entry, query, retriever, room.facts, lead);
  // "… and by when?" of an article with no date: the task-list row restating it gives the deadline, as in Chinese.
  const row =
    DEADLINE.test(query.text) && !entry.deadline && !facts.some((f) => DUE.test(f))
      ? restatingRow(entry, retriever.entries, query.text, [])
      : undefined;
  const due = row?.en.facts.find((f) => DUE.test(f));
  // Asked who is in charge: the units are kept before a second fact is.
  const asksWho = ASKS_WHO.test(asked);
  const missing = ASPECTS_EN.filter(
    (a) =>
      a.asks.test(asked) && !(a.answered && facts.some((f) => a.answered!.test(f))) && entry.unspecified.some((item) => a.item.test(item)),
  ).map((a) => a.what);
  // The Chinese fact an English one translates (the same place in the entry), for its sums as the plan writes them.
  const zhOf = (en: string): string => textOf(entry.facts[entry.en.facts.indexOf(en)] ?? '');
  // The last layout tried is the one that fits; the Chinese names are added to it, on top of the budget.
  let last: [string[], number, boolean] = [facts, 2, false];
  const render = (shown: string[], maxUnits: number, shortTitle = false, names?: ChineseNames): string => {
    last = [shown, maxUnits, shortTitle];
    const named = (line: string): string => (names ? withChineseNames(line, names.source, names.terms, names.shown, asked) : line);
    const lines: string[] = [];
    if (missing.length) lines.push(`The plan does not specify ${missing.slice(0, 2).join(' or ')}. It says:`);
    else lines.push(`[${shortTitle ? entry.en.title.replace(/\s*\([^)]*\)\s*$/, '') : entry.en.title}]`);
    // (The sums as written and the Chinese names go into the layout that fits, on top of the budget.)
    for (const [k, f] of shown.entries())
      lines.push(
        `• ${named(k < (names?.sums ?? 0) ? withChineseDates(withChineseCounts(spellCounts(withChineseAmounts(f, zhOf(f))), zhOf(f)), zhOf(f)) : spellCounts(f))}`,
      );
    if (due) lines.push(`• ${due}`);
    const units = maxUnits ? unitsLineEn(byUnit, maxUnits, Boolean(names)) : '';
    if (missing.length) lines.push(whomToAskEn(byUnit, units, service, Boolean(names)));
    else if (units) lines.push(`Responsible: ${units}`);
    lines.push(`Source: ${sourceEn(entry)}`);
    return lines.join('\n');
  };
  // The facts asked for come first: fewer units, then none, before fewer facts.
  let answer = render(facts, 2);
  // Asked who: one fact with the short title, then none (the units and the due date answer it), before any unit goes.
  for (const [n, maxUnits] of [
    [1, 2],
    [1, 1],
    [0, 2],
    [0, 1],
  ] as const)
    if (asksWho && answer.length > room.answer) answer = render(facts.slice(0, n), maxUnits, true);
  for (const maxUnits of [1, 0]) if (answer.length > room.answer) answer = render(asksWho ? facts.slice(0, 1) : facts, maxUnits);
  if (answer.length > room.answer) {
    // The best fact always; each further one in rank order if it still fits (a shorter one may where a long one does not).
    const kept = facts.slice(0, 1);
    for (const fact of facts.slice(1)) if (render([...kept, fact], 0, true).length <= room.answer) kept.push(fact);
    answer = render(kept, 0, true);
  }
  const source = [entry.title, entry.summary, ...entry.facts.map(textOf)].join('\n');
  const names = (sums: number): ChineseNames => ({ terms: glossaryOf(knowledge.lexicon), source, shown: new Set(), sums });
  // The sums as written are added where they fit one phone screen; asked how much, before the units' names (fewer
  // units, the same facts). Where even that does not fit, they are left out.
  const [shownFacts, maxUnits, shortTitle] = last;
  // (Only a sum asked for goes before the units: "how much is the partnership loan?".)
  const asksSum = !asksWho && askedAttributes(query.text).includes('amount');
  for (let units = maxUnits; units >= (asksSum ? 0 : maxUnits); units--) {
    const withSums = render(shownFacts, units, shortTitle, names(shownFacts.length));
    if (withSums.length <= room.answer) return withSums;
  }
  // Else the sums of the first facts, the ones ranked best for the question, as many as fit.
  for (let n = shownFacts.length - 1; n > 0; n--) {
    const withSums = render(shownFacts, maxUnits, shortTitle, names(n));
    if (withSums.length <= room.answer) return withSums;
  }
  return render(shownFacts, maxUnits, shortTitle, names(0));
}

/** What `withChineseNames` needs for one answer: the terms, the entry's Chinese text, the names already shown. */
interface ChineseNames {
  terms: readonly Term[];
  source: string;
  shown: Set<string>;
  /** How many facts, from the first, have each sum followed by the plan's own writing of it. */
  sums?: number;
}
