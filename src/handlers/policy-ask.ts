import { sayEnglishNames } from './english-name.ts';
import { namedPlan } from '../kb/refs.ts';
import { clausesOf, soundsLikeQuestion } from '../dialogue/question.ts';
import { composeAnswer, type RankedFact, scoreFacts } from '../kb/answer.ts';
import { askedAttributes, type Attribute, factGives, givesFigure, LEVELS, SUPPORT_KIND } from '../kb/attribute.ts';
import { englishTerms } from '../text/english-terms.ts';
import { MENTOR_SPEAKS } from '../text/language.ts';
import {
  ASKS_HOW_SOON_MET,
  ASKS_ONLINE_CONSULTATION,
  ASKS_SESSION_LENGTH,
  ASKS_CONSULT_COST,
  ASKS_WHAT_TO_BRING_ANY,
  ASKS_WHEN_CONTACTED,
} from '../intent/service-words.ts';
import { composeAnswerEn, OFFICE_EN } from '../kb/answer-en.ts';
import { referencedEntry } from '../kb/refs.ts';
import { type Compared, comparedThings } from '../kb/compare.ts';
import { unitDuties, type UnitDuties } from '../kb/unit-duties.ts';
import type { Hit } from '../kb/retriever.ts';
import type { Analysis } from '../text/analyzer.ts';
import { type Entry, shortTitle } from '../kb/schema.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { contacts, type Handler } from './handler.ts';
import { NAMES_BY_NUMBER, NEAREST } from '../intent/classify.ts';
import { RULE_NAMES } from '../intent/rules.ts';
import { offerNearest } from './nearest.ts';
import { ASKS_PLACE, type Level, LEVEL_WORDS, NAMES_TASK_LIST, PLACE_GIVEN, speaksFor } from '../dialogue/context.ts';

/** Second and third hits this close to the first (ratio of scores) make the question ambiguous. */
const CLARIFY_RATIO = 0.9;
const CLARIFY_MAX = 3;

/** Words naming each level as a question about figures does. */

/** A question saying "我们" from someone of a known level, with no level named: asked of that level's figures. */
function forOwnLevel(question: string, level: Level | undefined): string {
  if (!level || !/我们|咱们/.test(question) || LEVELS.some((l) => l.asks.test(question))) return question;
  return `${question} ${LEVEL_WORDS[level]}`;
}

/** Answers one entry; shared by direct answers and answered clarifications. */
export function answerEntry(ctx: Context, entry: Entry, question: string): void {
  // "我们要搞几场" from someone who said they work for a county office: the counties' figure is asked.
  const asked = forOwnLevel(question, speaksFor(ctx.analysis.raw, ctx.session.context));
  // Most answers are to the message itself, already analysed; the analysis of the same text is the same.
  const analysis = asked === ctx.analysis.raw ? ctx.analysis : ctx.deps.analyzer.analyze(asked);
  // ("听说个人能贷50万 是真的吗": a figure heard elsewhere, checked in the first message, is met as a doubt is.)
  // (The figure heard is not repeated then: a wrong figure said back reads as confirmed on a phone screen.)
  const heard = ctx.doubted === undefined && CHECKS_A_CLAIM.test(question) && QUOTED_FIGURE_ONE.test(question);
  const doubted = ctx.doubted ?? (heard ? question : undefined);
  const preface =
    doubted === undefined ? '' : `${doubtPreface(doubted, entry, ctx.deps.knowledge.entries, ctx.language === 'en', !heard)}\n`;
  const composed =
    ctx.language === 'en'
      ? composeAnswerEn(entry, analysis, ctx.deps.retriever, ctx.deps.knowledge, ctx.inbound.text)
      : composeAnswer(entry, analysis, ctx.deps.retriever, ctx.deps.knowledge.service, undefined, ctx.shownBefore);
  ctx.reply(
    preface + (ctx.brief ? briefly(composed, ctx.language === 'en') : composed),
    ctx.language === 'en' ? RATE_ANSWER_EN : RATE_ANSWER,
  );
  ctx.cite(entry.id);
  ctx.session.lastSources = [entry.id];
  ctx.session.lastQuestion = question.slice(0, 300);
  ctx.session.pending = {
    kind: 'choose-action',
    choices: ctx.language === 'en' ? RATE_ANSWER_EN : RATE_ANSWER,
    asked: question.slice(0, 300),
  };
}

/** Two things compared: the plan's point on each, that it does not compare them, who handles them, the sources. */
function answerComparison(ctx: Context, [a, b]: [Compared, Compared]): void {
  const units = [...new Set([...a.entry.units.slice(0, 2), ...b.entry.units.slice(0, 2)])];
  const sources = [...new Set([a.entry.source, b.entry.source])];
  ctx.reply(
    [
      '文件里这两项是分开写的:',
      `· ${a.name}:${a.fact}`,
      `· ${b.name}:${b.fact}`,
      `文件没有把两者直接比较${units.length ? `,具体可以问${units.join('、')}` : ''}。`,
      `依据:${sources.join(';')}`,
    ].join('\n'),
    RATE_ANSWER,
  );
  ctx.cite(a.entry.id);
  if (b.entry.id !== a.entry.id) ctx.cite(b.entry.id);
  ctx.session.lastSources = [...new Set([a.entry.id, b.entry.id])];
  ctx.session.lastQuestion = ctx.analysis.raw.slice(0, 300);
  ctx.session.pending = { kind: 'choose-action', choices: RATE_ANSWER, asked: ctx.analysis.raw.slice(0, 300) };
}

/** Points an answer asked for in fewer words keeps. */
const BRIEF_POINTS = 2;

/**
 * An answer in fewer words ("说简单点", "太长了"): what the plan does not say (when that leads), its first points, and
 * the source; the title and the units go.
 */
function briefly(answer: string, english: boolean): string {
  const lines = answer.split('\n');
  const point = english ? /^• / : /^· /;
  const gap = english ? /^The plan does not/ : /^文件没有写明/;
  const source = english ? /^Source:/ : /^依据:/;
  // (The title says what the entry is in a line: kept, as a task row's title carries its figures.)
  const kept = [
    ...lines.filter((l) => /^【|^\[/.test(l)).slice(0, 1),
    ...lines.filter((l) => gap.test(l)).slice(0, 1),
    ...lines.filter((l) => point.test(l)).slice(0, BRIEF_POINTS),
    ...lines.filter((l) => source.test(l)),
  ];
  return `${english ? 'In short:' : '简单说:'}\n${kept.join('\n')}`;
}

/** A figure a user quotes against an answer ("能补15万", "1000人次", "10 million"). */
const QUOTED_FIGURE = /\d+(?:\.\d+)?\s*(?:万元|万|亿元|亿|人次|场次|个|场|次|%|家|名|million|billion)/gi;
const QUOTED_FIGURE_ONE = new RegExp(QUOTED_FIGURE.source, 'i');
/** A claim heard elsewhere, asked to be checked ("听说…是真的吗", "朋友说…对不对", "I heard … is that true"). */
const CHECKS_A_CLAIM =
  /听说|听人说|有人说|朋友说|别人说|别个说|人家说|他们说|是真的|真的(?:吗|不|么|嘛)|对不对|对吗|是不是真|\b(?:i heard|someone (?:said|told me)|is (?:that|it|this) (?:true|right|correct))\b/i;

/**
 * The line before an answer the user doubted: figures they quote that the entry does not give are named as not in
 * it (never confirmed, never argued), then the plan's own words follow. A figure the plan gives of something else
 * ("我听别个说是8万" of the parks' 10~20万) is said to be of that, in the plan's words.
 */
function doubtPreface(doubted: string, entry: Entry, entries: readonly Entry[], english: boolean, echo = true): string {
  const bare = (text: string) => text.replace(/[\s,]+/g, '');
  const facts = bare([...entry.facts, ...entry.en.facts].join(' '));
  // (Checked without spaces, shown as typed: "1 million".)
  const quoted = new Map([...doubted.matchAll(QUOTED_FIGURE)].map((m) => [bare(m[0]).replace(/元$/, ''), m[0].trim().replace(/元$/, '')]));
  const absent = [...quoted].filter(([figure]) => !givesFigure(figure, facts)).map(([, shown]) => shown);
  if (english)
    return absent.length
      ? `The plan does not give ${echo ? absent.join(', ') : 'the figure you heard'} for this. What it says:`
      : 'What the plan says:';
  if (!absent.length) return '以文件原文为准:';
  if (!echo) return '文件里没有您听到的这个数,以文件原文为准:';
  const [first] = absent;
  const elsewhere = entries
    .filter((e) => e.id !== entry.id)
    .flatMap((e) => e.facts)
    .filter((f) => givesFigure(bare(first!), f))
    .sort((a, b) => a.length - b.length)[0];
  return elsewhere
    ? `文件里"${first}"说的是另一项:${elsewhere.replace(/[。;；]$/, '')}。您问的这一项,以文件原文为准:`
    : `文件里没有"${absent.join('、')}"的说法,以文件原文为准:`;
}

/** After each policy answer the user can say whether it helped; unhelpful ones are listed for knowledge/ maintainers. */
const RATE_ANSWER: Choice[] = [
  { label: '有帮助', value: 'feedback:good', minor: true },
  { label: '没帮助', value: 'feedback:bad', minor: true },
];
const RATE_ANSWER_EN: Choice[] = [
  { label: 'Helpful', value: 'feedback:good', minor: true },
  { label: 'Not helpful', value: 'feedback:bad', minor: true },
];

export function rateAnswer(ctx: Context, helpful: boolean): void {
  const question = ctx.session.lastQuestion ?? '';
  ctx.deps.tickets.feedback(
    ctx.person,
    helpful ? 'helpful' : 'unhelpful',
    question,
    ctx.session.lastSources ?? [],
    ctx.deps.now().getTime(),
  );
  if (ctx.language === 'en')
    ctx.reply(
      helpful ? 'Thank you! Ask me anything else.' : 'Sorry that did not help. Try asking another way, or say "human" to reach staff.',
    );
  else ctx.reply(helpful ? '谢谢!还有问题随时问我。' : '抱歉没帮上。可以换个说法再问,或说"转人工"找工作人员。');
}

/** Among close entries, one whose best fact answers clearly better than the others' is the answer. */
const FACT_MARGIN = 0.8;
/** Two best facts this alike (Dice of character pairs) say the same thing: a task row restating its plan article. */
const SAME_ANSWER = 0.6;
const DETAIL_CHARS = 36;
/** English says the same in about twice the characters. */
const DETAIL_CHARS_EN = 72;

/** The best fact of a choice, cut short, so that the choice shows the figure asked for ("at least 2 sessions"). */
function detailOf(entry: Entry, best: RankedFact | undefined, english: boolean): { detail?: string } {
  if (!best) return {};
  if (!english) return { detail: clip(best.fact, DETAIL_CHARS) };
  const fact = entry.en.facts[best.index];
  return fact ? { detail: clip(fact, DETAIL_CHARS_EN) } : {};
}

interface Candidate {
  hit: Hit;
  best: RankedFact | undefined;
}

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

const NUMBERS = /[\d一二两三四五六七八九十百千万亿]+/g;

/** How alike two facts are (0..1); facts that state different numbers are never alike: the number is the answer. */
function alike(a: string, b: string): number {
  const na = [...(a.match(NUMBERS) ?? [])].sort().join('|');
  const nb = [...(b.match(NUMBERS) ?? [])].sort().join('|');
  if (na !== nb) return 0;
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const p of pa) if (pb.has(p)) common++;
  return pa.size + pb.size ? (2 * common) / (pa.size + pb.size) : 0;
}

/**
 * The entries that could answer: the top hit, and others nearly as good whose best fact is nearly as good and says
 * something different. One candidate is answered; two or three are asked back.
 */
function candidates(ctx: Context, allHits: Hit[]): Candidate[] {
  // English facts run long, so an English answer shows one or two: the row's single line with the figure serves better.
  const hits = ofNamedPlan(
    supportFirst(ctx.language === 'en' ? allHits : articleFirst(allHits, ctx.analysis), ctx.analysis.text),
    ctx.inbound.text,
  );
  const [top, ...rest] = hits;
  if (!top) return [];
  const named = namedArticle(hits, ctx.analysis.text) ?? definedTerm(hits, ctx.analysis.text);
  if (named) return [{ hit: named, best: scoreFacts(named.entry, ctx.analysis, ctx.deps.retriever)[0] }];
  const close = preferArticles([top, ...rest.filter((h) => h.score >= top.score * CLARIFY_RATIO && h.coverage >= 0.3)], ctx.analysis).slice(
    0,
    CLARIFY_MAX,
  );
  const scored = close.map((hit) => ({ hit, best: scoreFacts(hit.entry, ctx.analysis, ctx.deps.retriever)[0] }));
  if (scored.length === 1) return scored;
  // Of close entries, the one the conversation is about is meant ("how many of those stations" after the stations).
  // Not when the best is titled by a word of the question that the topic's title lacks ("清明的呢" after the festival
  // events, which list 清明节 among five festivals: the Qingming events' task row).
  const current = ctx.session.context?.entries[0];
  const onTopic = current ? scored.find((c) => c.hit.entry.id === current) : undefined;
  if (onTopic && !(onTopic !== scored[0] && titledAlone(scored[0]!.hit, hits, ctx.analysis))) return [onTopic];
  // Of close entries, one that gives every kind of detail asked ("要建几个 依托么": a count and a basis) is meant.
  const asked = askedAttributes(ctx.analysis.text);
  // So is, of close entries, the only one that gives the figure asked ("how many people are in the database": the
  // database of 2,239 names, not the talent article that gives none).
  if (asked.length >= 2 || asked.some((kind) => kind === 'count' || kind === 'amount')) {
    const givesAll = scored.filter((c) => asked.every((kind) => c.hit.entry.facts.some((f) => factGives(kind, f))));
    if (givesAll.length === 1) return givesAll;
    // (Of several giving a figure, the one whose figure is of the thing named: "how many people are in the database"
    // is the 2,239 names, not the talent article's three recruiting trips.)
    const ofThing = givesAll.filter((c) => givesNamedFigure(c.hit.entry, ctx, asked));
    if (givesAll.length > 1 && ofThing.length === 1) return ofThing;
  }
  const max = Math.max(...scored.map((c) => c.best?.score ?? 0));
  const kept: Candidate[] = [];
  for (const c of scored) {
    if ((c.best?.score ?? 0) < max * FACT_MARGIN) continue;
    if (kept.some((k) => alike(k.best?.fact ?? '', c.best?.fact ?? '') >= SAME_ANSWER)) continue;
    kept.push(c);
  }
  return kept;
}

/** A figure of a kind asked, in a fact that names a word of the question (in English, of its English wording). */
function givesNamedFigure(entry: Entry, ctx: Context, asked: readonly Attribute[]): boolean {
  const tokens = ctx.analysis.tokens.filter((t) => [...t].length >= 2);
  const english = ctx.language === 'en' ? englishTerms(ctx.analysis.raw) : [];
  return entry.facts.some((fact, i) => {
    if (!asked.some((kind) => (kind === 'count' || kind === 'amount') && factGives(kind, fact))) return false;
    if (tokens.some((t) => fact.includes(t))) return true;
    // ("那个数据库有多少人": the entry's own thing named by another of its names, "2239名楚商楚才…信息库".)
    if (tokens.some((t) => entry.synonyms.includes(t)) && ownThing(entry).some((name) => fact.includes(name))) return true;
    const en = englishTerms(entry.en.facts[i] ?? '');
    return english.some((t) => en.includes(t));
  });
}

/** What an entry is about, by the longer names its title gives it ("建立楚商楚才信息库": 楚商楚才信息库, 信息库). */
const ownThing = (entry: Entry): string[] => entry.synonyms.filter((s) => [...s].length >= 3 && entry.title.includes(s));

const ASKS_TASK = new RegExp(`${NAMES_TASK_LIST.source}|完成|时限|截止|什么时候|啥时候|么时候|几月|哪年|年底|考核`);

/**
 * A task-list row restates a plan article with a deadline. Unless the question is about the task list or when
 * something is due, the article answers it: "招商大使有啥待遇" gets the article, not a choice between the two.
 */
function preferArticles(hits: Hit[], analysis: Analysis): Hit[] {
  const { text } = analysis;
  // "哪几个部门在推" is asked of an entry that names its units, not of a general article that has none.
  if (askedAttributes(text).includes('unit')) {
    const withUnits = hits.filter((h) => h.entry.units.length > 0);
    if (withUnits.length && withUnits.length < hits.length) hits = withUnits;
  }
  if (ASKS_TASK.test(text)) return hits;
  // (A row saying what no article does stays: "市级招商活动依托哪些平台来办" is task 8's 依托楚文化节….)
  const rare = askedAttributes(text).filter((k) => ROW_ONLY_KINDS.has(k));
  // (So does the best hit, a row titled by a word of the question no article's title has: see `titledAlone`.)
  const articles = hits.filter(
    (h) =>
      h.entry.category !== '任务清单' ||
      (h === hits[0] && titledAlone(h, hits, analysis)) ||
      (rare.length > 0 && h.entry.facts.some((f) => rare.some((k) => factGives(k, f)))),
  );
  return articles.length && articles.length < hits.length ? articles : hits;
}

/** Kinds of detail a task-list row may give that its article does not (what the city's events rest on). */
const ROW_ONLY_KINDS: ReadonlySet<string> = new Set(['basis']);

/** An article this near a task-list row that restates it, and covering as much of the question, answers instead. */
const ARTICLE_OVER_ROW = 0.7;
/** The article must cover about as much of the question as the row (its longer text dilutes the share a little). */
const ROW_COVERAGE = 0.9;
/** An article saying where, this near a row that does not, answers a question of where. */
const PLACED_ARTICLE_NEAR = 0.5;

/**
 * Whether a question is one word, a word of a hit's title that no article among the hits has in its title: "清明的呢"
 * after the festival events, which list 清明节 among five festivals, asks of the Qingming events' task row, so titled.
 */
function titledAlone(hit: Hit, hits: Hit[], analysis: Analysis): boolean {
  const articles = hits.filter((h) => h !== hit && h.entry.category !== '任务清单');
  const [word, ...more] = analysis.tokens.filter((t) => [...t].length >= 2);
  return word !== undefined && !more.length && hit.entry.title.includes(word) && !articles.some((a) => a.entry.title.includes(word));
}

/**
 * A task-list row is short, so it outscores the article it restates on the same words ("创业培训要自己出钱不" finds
 * task 10 first); the article holds the detail. Unless the question is about the task list, the article leads.
 */
function articleFirst(hits: Hit[], analysis: Analysis): Hit[] {
  const { text } = analysis;
  const [top] = hits;
  if (top?.entry.category !== '任务清单' || titledAlone(top, hits, analysis)) return hits;
  // "服务站建在哪些地方": a row never says where; the article it restates may ("在长三角、珠三角等…设立").
  if (ASKS_PLACE.test(text) && !top.entry.facts.some((f) => PLACE_GIVEN.test(f))) {
    const placed = hits.find(
      (h) =>
        h.entry.category !== '任务清单' && h.score >= top.score * PLACED_ARTICLE_NEAR && h.entry.facts.some((f) => PLACE_GIVEN.test(f)),
    );
    if (placed) return [placed, ...hits.filter((h) => h !== placed)];
  }
  if (ASKS_TASK.test(text)) return hits;
  // "驻外推介服务站每个县至少几个": a level's figure that the row gives ("各县市区…不少于2个") and no article does
  // (a figure of both levels together, "市县两级…共41个", is neither's).
  const levels = LEVELS.filter((l) => l.asks.test(text));
  const levelFigure = (h: Hit) =>
    h.entry.facts.some(
      (f) => !/市县两级/.test(f) && levels.some((l) => l.fact.test(f)) && (factGives('count', f) || factGives('amount', f)),
    );
  // ("补多少是县里定还是市里定" asks who decides, not the county's figure.)
  const figureAsked = askedAttributes(text).some((k) => k === 'count' || k === 'amount') && !/定|说了算/.test(text);
  if (figureAsked && levels.length && levelFigure(top) && !hits.some((h) => h !== top && h.entry.category !== '任务清单' && levelFigure(h)))
    return hits;
  // "我们这个站主要干些么事", "依托么子建的": a row says what is to be built, never what it does or rests on.
  const isArticle = (near: number, coverage: number) => (h: Hit) =>
    h.entry.category !== '任务清单' && h.score >= top.score * near && h.coverage >= top.coverage * coverage;
  const whatFor = askedAttributes(text).filter((k) => k === 'purpose' || k === 'basis');
  // (Unless the row says it: "市级招商活动依托哪些平台来办" is task 8's 依托楚文化节….)
  const says = (h: Hit) => whatFor.some((k) => h.entry.facts.some((f) => factGives(k, f)));
  const article =
    hits.find(isArticle(ARTICLE_OVER_ROW, ROW_COVERAGE)) ??
    (whatFor.length && !says(top) ? hits.find(isArticle(PLACED_ARTICLE_NEAR, 0)) : undefined);
  return article ? [article, ...hits.filter((h) => h !== article)] : hits;
}

/** Asking what support there is ("政府有冇得么子扶持", "有么支持"), without naming an event. */
const ASKS_SUPPORT = /扶持|支持|帮扶|补贴|补助|优惠|好处|政府管不管|有么帮助|有什么帮助|有(?:什么|么|啥|哪些)政策/;
const NAMES_EVENT = /节|活动|大会|论坛|会议|推介|专场|典型|宣传|评/;
/** Articles about events and publicity: they mention products and places ("小龙虾节") but give no support. */
const NO_SUPPORT = new Set(['品牌活动', '节日招商', '中省平台', '典型宣传', '任务清单', '总体目标', '联席会议', '联系方式']);
const SUPPORT_NEAR = 0.4;
/** Support of a kind one article is about (the subsidies, the loans), unlike 扶持 or 支持 in general. */
const SUPPORT_KINDS = new RegExp(SUPPORT_KIND.source, 'g');
/** An article about the kind of support named leads when it scores this share of the top one. */
const KIND_NEAR = 0.85;
/** …or this share, when it is asked for in a clause of its own after the story. */
const KIND_ASKED_NEAR = 0.6;

/**
 * "我想回老家养小龙虾 有么支持": a product or place that an event article names ("小龙虾节") must not make the answer
 * an event; an article that gives support, nearly as high, leads.
 */
function supportFirst(hits: Hit[], text: string): Hit[] {
  const [top] = hits;
  // "开个花店 小本生意 能贷款不", "厂里要招本地工人 招了有么补贴": the kind of support asked for by name is the answer,
  // when an article about it is near an article the story's words found.
  // ("除了贷款 还有么补贴": the kind named last.)
  const named = [...text.matchAll(SUPPORT_KINDS)].at(-1)?.[0];
  const aboutKind = (h: Hit) => named !== undefined && (h.entry.title.includes(named) || h.entry.synonyms.includes(named));
  if (top && named && !aboutKind(top) && !NAMES_EVENT.test(text)) {
    // Asked in a clause of its own after the story ("… 招了有么补贴"), the kind is what the message is for.
    const clauses = clausesOf(text);
    const askedLast = clauses.length >= 2 && clauses.at(-1)!.includes(named) && soundsLikeQuestion(clauses.at(-1)!);
    const near = askedLast ? KIND_ASKED_NEAR : KIND_NEAR;
    const kind = hits.find((h) => aboutKind(h) && h.entry.category !== '任务清单' && h.score >= top.score * near);
    if (kind) return [kind, ...hits.filter((h) => h !== kind)];
  }
  // Taxes are nowhere in the plan: the article saying so (its `unspecified`) answers, not another kind of support.
  if (!top || !NO_SUPPORT.has(top.entry.category) || !ASKS_SUPPORT.test(text) || NAMES_EVENT.test(text) || /税/.test(text)) return hits;
  const near = hits.filter((h) => !NO_SUPPORT.has(h.entry.category) && h.score >= top.score * SUPPORT_NEAR);
  // The kind of support named ("补贴", "贷款") picks among them the article that is about it.
  const kind = SUPPORT_KIND.exec(text)?.[0];
  const support = (kind && near.find((h) => h.entry.title.includes(kind) || h.entry.synonyms.includes(kind))) || near[0];
  return support ? [support, ...hits.filter((h) => h !== support && !NO_SUPPORT.has(h.entry.category))] : hits;
}

/** "创业平台这一条", "创业项目那一条": the plan's articles are 条, the task list's rows are 项. */
const NAMES_ARTICLE = /(这|那|哪)一?条/;
const ARTICLE_NEAR = 0.5;

/** A hit of the plan named is meant this near the best one of another ("楚商回乡那个方案有几条措施"). */
const NAMED_PLAN_NEAR = 0.5;

/**
 * The hits of the plan the message names (as typed: not a question restated from the conversation), first, when one
 * of them is near the best: the plan named decides.
 */
function ofNamedPlan(hits: Hit[], text: string): Hit[] {
  const plan = namedPlan(text);
  const [top] = hits;
  if (!plan || !top || top.entry.source.startsWith(plan)) return hits;
  const ofPlan = hits.filter((h) => h.entry.source.startsWith(plan) && h.score >= top.score * NAMED_PLAN_NEAR);
  return ofPlan.length ? [...ofPlan, ...hits.filter((h) => !ofPlan.includes(h))] : hits;
}

/** The plan article a question names as "这一条" when a task-list row restating it ranks first. */
function namedArticle(hits: Hit[], text: string): Hit | undefined {
  const [top] = hits;
  // ("那个任务清单 有冇哪一条讲残疾人的": a row of the list named, not an article.)
  if (top?.entry.category !== '任务清单' || !NAMES_ARTICLE.test(text) || /任务清单|任务表/.test(text)) return undefined;
  const asksUnit = askedAttributes(text).includes('unit');
  return hits.find(
    (h) => h.entry.category !== '任务清单' && h.score >= top.score * ARTICLE_NEAR && (!asksUnit || h.entry.units.length > 0),
  );
}

/** "叩门招商是么意思", "什么叫一县一园区": the term whose meaning is asked. */
// ("创业联络员是做什么事的": what someone of that name does, asked of the entry that names them.)
// ("what is 楚商回乡", "what does Chushang homecoming mean": the same asked in English of a Chinese name, or of a
// term of a few words followed by "exactly" or "mean".)
const ASKS_TERM =
  /([^\s,，。?？!！、]{2,12}?)(?:到底|究竟|具体)?(?:(?:是|指的是|指)(?:个)?(?:什么|么|啥|么子)(?:意思|东西|名堂|玩意)|是?(?:做|干|搞)(?:什么|么|啥|嘛)(?:事)?的)|(?:什么|么|啥)叫(?:做)?([^\s,，。?？!！、]{2,12})|\bwhat(?:'s| is| are| does) (?:the |a |an |this |that )?(?:([\u3400-\u9fff]+)|((?:[\u3400-\u9fff]+|[a-z'"-]+)(?: (?:[\u3400-\u9fff]+|[a-z'"-]+)){0,2}?) (?:exactly|actually|mean|stand for))\s*[?？.!]*$/i;
const TERM_NEAR = 0.3;

/**
 * The entry that names the term whose meaning is asked, when another ranks first on the rest of the message ("北京
 * 楚商联络站的 … 叩门招商是么意思": the visits, not the stations the asker works at). By its longest name in the term.
 */
function definedTerm(hits: Hit[], text: string): Hit | undefined {
  const m = ASKS_TERM.exec(text);
  const [top] = hits;
  if (!m || !top) return undefined;
  const term = (m[1] ?? m[2] ?? m[3] ?? m[4]!.replace(/\s+/g, '')).replace(/^(?:这个|那个|所谓的?|说的|讲的|叫做?|的)/, '');
  const named = (h: Hit) =>
    Math.max(0, ...h.entry.synonyms.filter((w) => [...w].length >= 3 && term.includes(w)).map((w) => [...w].length));
  const best = hits
    .slice(1, 6)
    .filter((h) => h.score >= top.score * TERM_NEAR)
    .reduce<Hit | undefined>((b, h) => (named(h) > (b ? named(b) : 0) ? h : b), undefined);
  if (best && named(best) > named(top)) return best;
  // "新型农业经营主体是么意思": the entry whose point lists what the term covers ("家庭农(林)场、农民合作社…等新型农业
  // 经营主体"), when the top one only uses it.
  const defines = (h: Hit) => [...term].length >= 3 && h.entry.facts.some((f) => f.includes(`等${term}`));
  if (defines(top)) return undefined;
  const defining = hits.slice(1).find(defines);
  if (defining) return defining;
  // ("what is 楚商回乡 exactly": the first names the term, and no other close one does: it is meant.)
  if (named(top) && !hits.slice(1, 6).some((h) => h.score >= top.score * CLARIFY_RATIO && named(h))) return top;
  return undefined;
}

/** Task rows and articles listed for a unit; more are counted, not shown (one phone screen). */
const DUTIES_SHOWN = { tasks: 3, articles: 4 };

/** The task rows and plan articles that name a unit among their responsible units. */
function answerDuties(ctx: Context, { unit, tasks, articles }: UnitDuties): void {
  const lines = [`文件里${unit}列为负责单位的有:`];
  // The rows by number on one line ("第2、4、7项"), each to be asked for; a few by name when they are few.
  const rows = tasks.map((e) => Number(e.id.slice('task.'.length)));
  if (tasks.length > DUTIES_SHOWN.tasks) lines.push(`· 任务清单第${rows.join('、')}项(共${rows.length}项)`);
  else lines.push(...tasks.map((e) => `· ${clip(shortTitle(e.title), 30)}`));
  if (articles.length) {
    lines.push(
      `方案条文(${articles.length}条):`,
      ...articles.slice(0, DUTIES_SHOWN.articles).map((e) => `· ${clip(shortTitle(e.title), 24)}(${e.source})`),
    );
    if (articles.length > DUTIES_SHOWN.articles) lines.push(`还有${articles.length - DUTIES_SHOWN.articles}条。`);
  }
  lines.push('想看哪一项,说"第几项"或条文名称即可。');
  ctx.cite(...[...tasks, ...articles].map((e) => e.id));
  ctx.reply(lines.join('\n'));
}
const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

/** The mentors' session length, from the pool as it is ("60分钟", "45到90分钟"); none when no mentor is active. */
function sessionLength(ctx: Context): { zh: string; en: string } | undefined {
  const minutes = [...new Set(ctx.deps.booking.mentors.active().map((m) => m.sessionMinutes))].sort((a, b) => a - b);
  if (!minutes.length) return undefined;
  const [low, high] = [minutes[0]!, minutes.at(-1)!];
  return low === high ? { zh: `${low}分钟`, en: `${low} minutes` } : { zh: `${low}到${high}分钟`, en: `${low} to ${high} minutes` };
}

/** A service answer: fixed, or read from the service's data (the mentor pool). */
type Said = string | ((ctx: Context) => string);

/**
 * Questions about this service itself that the plan does not answer, each with its answer, first match wins: they are
 * answered before the plan is searched (its nearest article would be no answer).
 */
const SERVICE_QUESTIONS: ReadonlyArray<{ asks: RegExp; zh: Said; en: Said }> = [
  // "一次能聊多久": as long as the mentors' sessions, read from the pool; the plan says nothing of it.
  {
    asks: ASKS_SESSION_LENGTH,
    zh: (ctx) => {
      const length = sessionLength(ctx);
      return length
        ? `通过我预约的导师咨询,每次${length.zh}(按导师的安排)。文件对此没有规定。要约的话,说"预约导师"。`
        : '文件没有规定每次咨询多久,具体看导师的安排。要约的话,说"预约导师"。';
    },
    en: (ctx) => {
      const length = sessionLength(ctx);
      return length
        ? `A consultation booked here lasts ${length.en} (as the mentor has set it). The plan says nothing about it. Say "book a mentor" to start.`
        : 'The plan does not set how long a consultation lasts; it is up to the mentor. Say "book a mentor" to start.';
    },
  },
  // "约一个要多久才能见到": the earliest free times are shown when booking; nothing is promised.
  {
    asks: ASKS_HOW_SOON_MET,
    zh: '预约时我会列出导师最近的空闲时间,您选一个就行;最早能约到哪天,要看导师的安排。要约的话,说"预约导师"。',
    en: 'When you book, I list the mentors\' nearest free times and you pick one; how soon depends on their schedules. Say "book a mentor" to start.',
  },
  // "登记以后多久有人联系我", "有人联系我大概要多久": no time is set anywhere, and none is promised.
  {
    asks: ASKS_WHEN_CONTACTED,
    zh: '文件和本服务都没有规定多久联系。登记后,您老家所在县市区的招商部门和本服务的管理员能看到您的登记,由他们联系您;着急的话可以说"转人工"。',
    en: 'Neither the plan nor this service sets a time for that. Once registered, your home county\'s investment office and this service\'s administrators see your registration and contact you; if it is urgent, say "human".',
  },
  // "导师可以线上聊吗", "能不能视频咨询导师": how a booked consultation is held (our booking offers both ways).
  {
    asks: ASKS_ONLINE_CONSULTATION,
    zh: '可以。通过我预约导师时,可选线上(电话或视频)或线下(在荆州当面)。要约的话,说"预约导师"。',
    en: 'Yes. When you book a mentor here you can choose online (phone or video) or in person in Jingzhou. Say "book a mentor" to start.',
  },
  // "见导师要带啥 商业计划书要写吗": the plan sets nothing to bring; nothing is required here either.
  {
    // (Booked in the same breath or not: "想约导师 要带什么材料" reaches here as a question.)
    asks: ASKS_WHAT_TO_BRING_ANY,
    zh: '文件没有规定见导师要带什么材料(包括商业计划书),预约也不需要。可以先把项目情况和想问的问题理一理;导师联系您时,也可以问他需要准备什么。',
    en: 'The plan sets nothing to bring to a mentor (a business plan included), and booking needs none. It helps to sum up your project and your questions; when your mentor contacts you, you can ask what to prepare.',
  },
  // Which languages mentors speak: the plan says nothing; the mentor meets the person, and staff can help.
  {
    asks: MENTOR_SPEAKS,
    zh: '文件没有写明导师会说哪些语言。预约后导师会联系您,可以跟导师确认;也可以说"转人工",请工作人员协助。',
    en: 'The plan does not say which languages mentors speak. Once booked, your mentor contacts you and you can check with them; or say "human" and staff can help.',
  },
];

/** The plan's word for the mentors, a synonym of the article about them. */
const MENTORS = '创业导师';

/** The closing line of a service answer on how to start a booking. */
const HOW_TO_BOOK = /\s*(?:要约的话,说"预约导师"。|Say "book a mentor" to start\.)$/;

/** A promise asked for ("你保证我能拿到补贴吗", "一定能批吧", "can you guarantee the loan"): none is made. */
const ASKS_A_PROMISE =
  /保证(?!金)|打包票|包批|(?:一定|肯定)(?:能|可以|会)(?:拿到|批|贷到|到手|给|通过|评上)|\bguarantee|\bpromise (?:me|that)\b/i;
const NO_PROMISE_ZH = '我不能保证:能不能拿到、批不批,要看是否符合条件,由负责单位审核。';
const NO_PROMISE_EN = 'I cannot promise that: whether you get it depends on meeting the conditions, checked by the unit in charge.';

export const policyAsk: Handler = (ctx) => {
  // "有人打电话说是返乡创业办的 要我先交钱": not this service, which asks no one for money.
  if (ctx.classification?.reason === RULE_NAMES.scamCall) {
    ctx.reply(
      ctx.language === 'en'
        ? `That is not this service: it never calls to ask for money, and asking and registering here are free. The plan's loans are made by banks to those who qualify; it says nothing of paying first. Do not pay or transfer anything; you can report it to the police. To check whether a caller is from the government, ask the ${OFFICE_EN}.`
        : `不是本服务。本服务不会打电话向您要钱,在这里问政策、登记都不收费。文件里的贴息贷款由银行按条件办理,没有写要先交钱。凡是要您先交钱、转账的,都不要给,可以向当地公安机关反映。想核实对方是不是政府部门的,可以问${contacts(ctx)}。`,
    );
    return;
  }
  // "whats 马兰花计划 in english": the name as this service translates it (and what else is asked, after it).
  if (sayEnglishNames(ctx)) return;
  // ("你保证我能拿到补贴吗": said first that nothing is promised, then the plan as it is.)
  if (ASKS_A_PROMISE.test(ctx.inbound.text) && !ctx.session.form) ctx.reply(ctx.language === 'en' ? NO_PROMISE_EN : NO_PROMISE_ZH);
  // ("mentor 可以 online 聊吗": asked as typed, or as the lexicon reads it.)
  const service = SERVICE_QUESTIONS.find((q) => q.asks.test(ctx.analysis.raw) || q.asks.test(ctx.analysis.text));
  if (service) {
    const said = ctx.language === 'en' ? service.en : service.zh;
    const text = typeof said === 'string' ? said : said(ctx);
    // (Asked in the middle of a booking, how to start one is not said again.)
    ctx.reply(ctx.session.form ? text.replace(HOW_TO_BOOK, '') : text);
    return;
  }
  // "约导师要钱不", "这个专家咨询收钱不": asked of the article on the mentors, which says what it does not give.
  const mentors = ASKS_CONSULT_COST.test(ctx.analysis.raw)
    ? ctx.deps.retriever.entries.find((e) => e.synonyms.includes(MENTORS))
    : undefined;
  if (mentors) {
    answerEntry(ctx, mentors, ctx.analysis.raw);
    return;
  }
  const named = referencedEntry(ctx.analysis.text, ctx.deps.retriever.entries, {
    bareItem: ctx.classification?.reason === NAMES_BY_NUMBER,
  });
  if (named) {
    answerEntry(ctx, named, ctx.analysis.raw);
    return;
  }
  // "我是农业农村局的 任务清单13项里面 有我们局的是哪几项": what falls to a unit, read from every entry's units.
  const duties = ctx.language === 'zh' ? unitDuties(ctx.analysis.text, ctx.deps.retriever.entries) : undefined;
  if (duties) {
    answerDuties(ctx, duties);
    return;
  }
  // "楚商联络站和返乡创业驻外推介服务站 有么区别": what the plan says of each, side by side.
  const compared = ctx.language === 'zh' ? comparedThings(ctx.analysis.text, ctx.deps.retriever, ctx.deps.analyzer.analyze) : undefined;
  if (compared) {
    answerComparison(ctx, compared);
    return;
  }
  if (ctx.classification?.reason === NEAREST) {
    offerNearest(ctx, answerEntry);
    return;
  }
  const hits = ctx.classification?.hits ?? ctx.deps.retriever.search(ctx.analysis);
  const found = candidates(ctx, hits);
  if (!found.length) {
    ctx.deps.tickets.feedback(ctx.person, 'unanswered', ctx.inbound.text, [], ctx.deps.now().getTime());
    ctx.reply(
      ctx.language === 'en'
        ? 'I could not find this in the plan. Try asking another way, or about a specific policy, e.g. "What is the maximum start-up loan?"'
        : '这个问题我在文件里没有找到答案。您可以换个说法,或问问具体政策,比如"返乡创业贴息贷款最多多少"。',
    );
    return;
  }
  if (found.length === 1) {
    answerEntry(ctx, found[0]!.hit.entry, ctx.analysis.raw);
    return;
  }
  const choices = found.map(({ hit, best }) => ({
    label: ctx.language === 'en' ? hit.entry.en.title : shortTitle(hit.entry.title),
    value: `kb:${hit.entry.id}`,
    ...detailOf(hit.entry, best, ctx.language === 'en'),
  }));
  ctx.session.pending = { kind: 'choose-entry', choices, asked: ctx.inbound.text };
  ctx.reply(
    ctx.language === 'en'
      ? 'Several parts of the plan fit. Which one do you mean? Reply with its number:'
      : '文件里有几处相关,您问的是哪一项?请回复数字:',
    choices,
  );
  ctx.cite(...found.map((c) => c.hit.entry.id));
};
