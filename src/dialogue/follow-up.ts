/**
 * The conversation context in the core's chain: `topicMemory` keeps it across turns, `followUp` reads a message
 * against it (what a follow-up means is decided in `context.ts`; here it is applied to the classification).
 */
import { ASKS_OWN_DUTIES, unitDuties } from '../kb/unit-duties.ts';
import { EVENT_DETAIL_ASKED, eventDetailOf, RULE_NAMES } from '../intent/rules.ts';
import { ALSO_AFTER, ALSO_BEFORE } from '../text/also.ts';
import type { Context } from '../core/context.ts';
import type { Middleware } from '../core/compose.ts';
import { maskPersonal } from '../core/logger.ts';
import {
  ASKS_WHAT_DELETION_TAKES,
  confirmsDeletion,
  DELETION_STILL_OFFERED,
  declinesDeletion,
  refusesOthers,
  THEIR_OWN_ACCOUNT,
  THEIR_OWN_ACCOUNT_REASON,
} from '../intent/deletion-words.ts';
import { ASKS_HOW_OFTEN, ASKS_WHAT_IS_LEFT, KINDS_WANTED, keepsSubscription } from '../intent/notice-words.ts';
import { type Classification, classify, isAnswerable, NAMES_BY_NUMBER, NEAREST } from '../intent/classify.ts';
import { clausesOf, soundsLikeQuestion } from './question.ts';
import { editOf, phoneChangeOf } from './booking-edit.ts';
import { domainDetectorOf } from '../intent/domain.ts';
import { ANSWERED_INTENTS, type Intent } from '../intent/intents.ts';
import { ATTRIBUTES, askedAttributes, type Attribute, DEADLINE, factGives, givesFigure, missingDetail } from '../kb/attribute.ts';
import { JINGZHOU_PLACES, JINGZHOU_PLACES_EN, OTHER_PLACES, OTHER_PLACES_EN } from '../kb/places.ts';
import { endsOwnName, SHOWN_CHARS, unitsLine } from '../kb/answer.ts';
import type { Hit } from '../kb/retriever.ts';
import { EVENT_ARTICLES, EVENT_NAMES, shortTitle } from '../kb/schema.ts';
import { FESTIVAL_WORDS } from '../notices/festivals.ts';
import { topicsIn } from '../notices/topics.ts';
import { englishTerms } from '../text/english-terms.ts';
import type { Analysis } from '../text/analyzer.ts';
import {
  ASKS_PLACE,
  askedOf,
  type ConversationContext,
  freshContext,
  ITEMS_KEPT,
  isBareNumber,
  isListReference,
  nextContext,
  readFollowUp,
  isPlaceName,
  PLACE_GIVEN,
  PRONOUN,
  ROW,
  resolveFollowUp,
  type Reading,
  type Shown,
  type TopicProbe,
} from './context.ts';

/** A fact sharing this much weighted vocabulary with a message means the message speaks about its entry. */
const SPEAKS_ABOUT = 2;
/**
 * A self-contained question scores at least this against its entry (fewer than 2% of our labelled questions score
 * less); a message scoring below it against every entry names no topic of its own.
 */
const OWN_TOPIC_SCORE = 9;
/** A best hit covering this share of a message's weighted words is what the message is about, whatever came before. */
const CLEAR_TOPIC = 0.5;
/** An entry scoring this share of the best hit is nearly as much what a short message is about. */
const NEAR_TOP = 0.6;
/** Read with the opening question, the topic scores this share of the best hit at least to hold a figure question. */
const WITH_TOPIC_NEAR = 0.85;
/** A pinned entry outranks anything retrieval finds, so handlers answer it and ask nothing back. */
const PINNED: Pick<Hit, 'score' | 'coverage'> = { score: 1000, coverage: 1 };
/** Intents a follow-up may reinterpret; actions (booking, registering, hand-off, deletion) are never overridden. */
const READABLE = new Set<Intent>(['policy.ask', 'contact.ask', 'event.ask', 'out_of_scope', 'greet']);
/** Intents of a side question whose answer sets the topic even while a form is open. */
/** The reason `classify` gives a message that no rule and no entry matched. */
const UNMATCHED = 'fallback';
/** Reasons of a classification that only retrieval decided: no wording rule or trained intent recognised the message. */
const RETRIEVED = new Set(['retrieval', NEAREST, UNMATCHED]);
/** How `classify` names the trained classifier's verdict ("learned (p=0.91)", "learned (p=0.97) over retrieval"). */
const LEARNED_REASON = /^learned \(p=[\d.]+\)(?: over )?/;
/** Read by the trained classifier alone, over no rule. */
const LEARNED_ONLY = /^learned \(p=[\d.]+\)$/;
/** The reason `classify` gives a question about another city's policies (a wording rule's name). */
const ANOTHER_CITY = RULE_NAMES.anotherCity;
/** The document's own contact entry is cited with every contact answer; it is not the topic. */
const CONTACT_CATEGORY = '联系方式';

function probeOf(ctx: Context): TopicProbe {
  const { analyzer, retriever } = ctx.deps;
  // One message asks the probe about the same few texts several times: each is analysed and searched once.
  const analyses = new Map<string, Analysis>();
  const analyse = (text: string): Analysis => {
    let analysis = analyses.get(text);
    if (!analysis) {
      analysis = analyzer.analyze(text);
      analyses.set(text, analysis);
    }
    return analysis;
  };
  const searches = new Map<string, Hit[]>();
  const hitsOf = (text: string): Hit[] => {
    let hits = searches.get(text);
    if (!hits) {
      hits = retriever.search(analyse(text));
      searches.set(text, hits);
    }
    return hits;
  };
  // (A question the trained classifier recognised where no rule did has no topic of its own either: "有冇得具体时间"
  // learned as an events question is still about the event just answered. Whom to ask, learned, is answered as such.)
  const retrievedOnly = () => {
    const reason = ctx.classification?.reason ?? '';
    const beneath = reason.replace(LEARNED_REASON, '');
    const question = ctx.intent === 'policy.ask' || ctx.intent === 'event.ask';
    return RETRIEVED.has(reason) || (question && beneath !== reason && (beneath === '' || RETRIEVED.has(beneath)));
  };
  // What an entry is named by: its title and synonyms, as one text to look words up in.
  const namesOfEntry = (e: Hit['entry']): string => [e.title, ...e.synonyms].join(' ');
  // The words of a message that name what the best entry for it is about (its title or synonyms, 3+ characters)
  // and not what the entry given is about ("创业平台" names the platforms, which the overall goals only list).
  const namedElsewhere = (text: string, entry: Hit['entry']): string[] => {
    const top = hitsOf(text)[0]?.entry;
    if (!top || top === entry) return [];
    const theirs = namesOfEntry(top);
    const ours = namesOfEntry(entry);
    return analyse(text).tokens.filter((t) => [...t].length >= 3 && theirs.includes(t) && !ours.includes(t));
  };
  // The words of a text that name the entry (its title or synonyms), longest first, none inside another.
  const namesIn = (text: string, id: string): string[] => {
    const entry = retriever.get(id);
    if (!entry) return [];
    const names = namesOfEntry(entry);
    const words = [...new Set(analyse(text).tokens.filter((t) => [...t].length >= 2 && names.includes(t)))];
    words.sort((a, b) => b.length - a.length);
    return words.filter((w, i) => !words.slice(0, i).some((longer) => longer.includes(w)));
  };
  const probe: TopicProbe = {
    answerable(text) {
      return isAnswerable(hitsOf(text), analyse(text)) ? hitsOf(text)[0]!.entry.id : undefined;
    },
    namesOf: namesIn,
    pointsAt(text, id) {
      const read = analyse(text).text;
      return namesIn(text, id).some((name) => new RegExp(`[这那](?:一?[个种项块])?${name}`).test(read));
    },
    speaksAbout(text, id) {
      const entry = retriever.get(id);
      if (!entry) return false;
      return (retriever.rankFacts(entry, analyse(text))[0]?.score ?? 0) >= SPEAKS_ABOUT;
    },
    nearTop(text, id) {
      const hits = hitsOf(text);
      const top = hits[0]?.score ?? 0;
      const mine = hits.find((h) => h.entry.id === id)?.score ?? 0;
      return top > 0 && mine >= top * NEAR_TOP;
    },
    gives(text, id) {
      const entry = retriever.get(id);
      const kinds = askedAttributes(text);
      if (!entry || !kinds.length) return true;
      const ranked = retriever.rankFacts(entry, analyse(text));
      const speaking = ranked.filter((f) => f.score >= 1);
      // ("这种驻外的站一共有几个" counts stations: a count of times, "不少于1次", gives no number of them.)
      const ofThings = kinds.includes('count') && COUNTS_THINGS.test(text);
      const giving = (speaking.length ? speaking : ranked).filter(
        (f) => kinds.some((k) => factGives(k, f.fact)) && (!ofThings || !kinds.every((k) => k === 'count') || THINGS_COUNTED.test(f.fact)),
      );
      // A figure of a thing named by another entry ("全市有多少创业平台" after the overall goals, which list 创业平台
      // among five things): the figure given must be of that thing, not just any figure of the topic.
      const named = namedElsewhere(text, entry);
      if (named.length && kinds.some((k) => FIGURES.has(k))) return giving.some((f) => named.some((t) => f.fact.includes(t)));
      return giving.length > 0;
    },
    givesFigure(figure, id) {
      // ("10~20万元" gives 10万 as well as 20万.)
      const spread = (fact: string) => fact.replace(/(\d+)\s*[~～至到-]\s*(\d+)\s*([万亿个家名%])/g, '$1$3 $2$3');
      return retriever.get(id)?.facts.some((f) => givesFigure(figure.replace(/\s+/g, ''), spread(f))) ?? false;
    },
    mentions(text, id) {
      const entry = retriever.get(id);
      if (!entry || !retrievedOnly()) return false;
      const said = [...entry.facts, ...entry.synonyms, ...entry.unspecified].join(' ');
      if (analyse(text).tokens.some((t) => [...t].length >= 2 && said.includes(t))) return true;
      // "what should be in the report" after the quarterly reporting: a word of its English wording.
      const english = englishTerms(text);
      if (english.length && english.every((t) => retriever.saysInEnglish(entry, t))) return true;
      // "有冇得具体时间" after an event the plan gives no date for: a detail the entry says it does not specify (when
      // retrieval alone would not find that entry anyway).
      if (hitsOf(text)[0]?.entry.id === id) return false;
      return askedAttributes(text).some((kind) => entry.unspecified.some((item) => ATTRIBUTES[kind].unspecified.test(item)));
    },
    strong(text) {
      const top = hitsOf(text)[0];
      return Boolean(top && top.score >= OWN_TOPIC_SCORE && top.coverage >= CLEAR_TOPIC);
    },
    holdsWithTopic(text, opening, id) {
      if (!opening) return false;
      const hits = hitsOf(`${opening} ${text}`);
      const mine = hits.find((h) => h.entry.id === id)?.score ?? 0;
      return mine > 0 && mine >= (hits[0]?.score ?? 0) * WITH_TOPIC_NEAR;
    },
    givesInstead(text, opening, id) {
      // (Kinds few facts give, so that giving one says something: "在哪里看得到" finds 在 in any fact.)
      const kinds = askedAttributes(text).filter((k) => RARE_KINDS.has(k));
      const entry = retriever.get(id);
      if (!entry || !kinds.length || probe.gives(text, id)) return undefined;
      // "is it free?" after the training, which says it does not give whether it costs: the plan leaves that open for
      // this topic, not answered by another's free visits.
      if (kinds.some((k) => !ATTRIBUTES[k].generic && missingDetail(k, entry.unspecified, text))) return undefined;
      const hits = hitsOf(`${opening} ${text}`);
      const top = hits[0]?.score ?? 0;
      return hits.find(
        (h) =>
          h.entry.id !== id &&
          h.entry.category !== entry.category &&
          h.score >= top * NEAR_TOP &&
          kinds.every((k) => h.entry.facts.some((f) => factGives(k, f))),
      )?.entry.id;
    },
    namesOther(text, id, other) {
      const entry = retriever.get(id);
      if (!entry) return false;
      const own = `${entry.title} ${entry.summary} ${entry.synonyms.join(' ')} ${entry.facts.join(' ')}`;
      // (With `other`, the thing is that entry's alone: "撤销" names the dissolution, "园区" several articles.)
      const names = (t: string) => {
        const about = retriever.entries.filter((e) => e !== entry && e.synonyms.includes(t));
        return other ? about.length === 1 && about[0]!.id === other : about.length > 0;
      };
      return analyse(text).tokens.some((t) => [...t].length >= 2 && !own.includes(t) && names(t));
    },
    counterpart(id, plan) {
      const kind = retriever.get(id)?.category;
      const same = retriever.entries.filter((e) => e.id.startsWith(plan) && e.category === kind);
      return same.length === 1 ? same[0]!.id : undefined;
    },
    asksFigure(text) {
      const kinds = askedAttributes(text);
      return kinds.length > 0 && kinds.every((k) => SUBJECTED.has(k) && k !== 'list');
    },
    leavesOut(text, id, other) {
      const entry = retriever.get(id);
      if (!entry) return false;
      const about = other ? (retriever.get(other)?.title ?? '') : '';
      const kinds = askedAttributes(text).filter((k) => FIGURES.has(k));
      const said = [entry.title, ...entry.facts, ...entry.synonyms, ...entry.unspecified].join(' ');
      // (A word or two besides the asking, all the topic's: "全市有多少创业平台" names a thing of its own.)
      const own = [
        ...withoutAsking(text, kinds)
          .replace(INSISTING, ' ')
          .replace(/[^\u3400-\u9fff]/g, ''),
      ];
      // (Chinese only: an English question's words are the lexicon's terms, whole topics: "maximum loan" → 最高 贷款.)
      if (ctx.language !== 'zh' || own.length > BARE_FIGURE_WORDS || !own.every((ch) => said.includes(ch))) return false;
      // (Nor when the entry the words find alone is about them: "贷多少" after the policy list is the loans' article's.)
      if (own.length && own.every((ch) => about.includes(ch))) return false;
      return kinds.some((k) => entry.unspecified.some((item) => ATTRIBUTES[k].unspecified.test(item)));
    },
    rowLists(id) {
      const own = id ? rowsOf(ctx, id.replace(/^([a-z]+)\..*$/, '$1.00.')) : [];
      return [own, rowsOf(ctx, 'task.00.')].filter((rows) => rows.length);
    },
    weak(text) {
      // A message a wording rule recognised ("最近有什么活动": events) has its own topic, however few its words.
      if (!retrievedOnly()) return false;
      const analysis = analyse(text);
      const hits = hitsOf(text);
      // "有冇得期限 么时候截止申请": nothing but the asking, however well its words match some row.
      if (onlyAsks(analysis.text)) return true;
      if ((hits[0]?.score ?? 0) >= OWN_TOPIC_SCORE) return false;
      // Off the programme altogether ("明天沙市下雨不") is a topic of its own, just not ours. A question for a detail
      // ("按么标准给多给少") in words the knowledge base knows is about the topic open.
      if (isAnswerable(hits, analysis) || domainDetectorOf(retriever.entries).onDomain(analysis)) return true;
      const kinds = askedAttributes(analysis.text);
      if (!kinds.length) return false;
      // What is left once the asking goes ("按么标准" "多少") must be words the knowledge base knows, or nothing.
      return analyse(withoutAsking(analysis.text, kinds))
        .tokens.filter((t) => [...t].length >= 2)
        .every((t) => hitsOf(t).length > 0);
    },
  };
  return probe;
}

/**
 * Words that ask how, when, how often or whether to apply, and name nothing: left over, they make no topic of their own.
 * Nor does a bare verb of holding something left alone by the asking ("么时候开 在哪里开" after an event: 开 is not the
 * meetings).
 */
const ASKING_ONLY = /申请|办理|截止|期限|时限|有没有|有冇得?|么时候|什么时候|啥时候|具体|一下|能不能|可不可以|一年|每年/g;
/** A verb of holding something, alone once the asking is gone ("么时候开", "一年搞几次"). */
const BARE_VERB = /(?<![\u4e00-\u9fff])(?:举办|举行|召开|开|办|搞)(?![\u4e00-\u9fff])/g;

/** A message made only of asking: each asked kind's wording, pointing words and fillers, nothing of a topic. */
function onlyAsks(text: string): boolean {
  const kinds = askedAttributes(text);
  if (!kinds.length) return false;
  const rest = withoutAsking(text, kinds)
    .replace(ASKING_ONLY, ' ')
    .replace(BARE_VERB, ' ')
    .replace(/[\s,，。?？!！吗呢啊吧嘛的了么]/g, '');
  return [...rest].length <= 1;
}

/** A text without the wording of the kinds it asks and without pointing words: what it names, if anything. */
function withoutAsking(text: string, kinds: readonly Attribute[]): string {
  return kinds.reduce((t, kind) => t.replace(new RegExp(ATTRIBUTES[kind].asks.source, 'gi'), ' '), text).replace(PRONOUN, ' ');
}

/**
 * The numbered rows of an overview entry (`task.00.overview` → `task.01` … `task.13`), in order; for a row itself
 * (`task.06`), the rows of its list, so that "第3条呢" after one task row points at another.
 */
function rowsOf(ctx: Context, id: string): string[] {
  const m = /^([a-z]+)\.00\./.exec(id) ?? (ROW.test(id) ? /^([a-z]+)\./.exec(id) : null);
  if (!m) return [];
  const prefix = `${m[1]}.`;
  return ctx.deps.retriever.entries
    .map((e) => e.id)
    .filter((e) => e.startsWith(prefix) && !/^[a-z]+\.00\./.test(e) && /^[a-z]+\.\d{2}/.test(e))
    .sort();
}

/** Kinds a plan article describes and its task-list row, a line of targets, does not: what a thing does or offers. */
const DESCRIBED: ReadonlySet<Attribute> = new Set(['purpose', 'benefit', 'contents', 'basis', 'eligibility', 'where']);

/**
 * "依托什么建的" after a task-list row that does not say: the plan article the row restates (found by the row's title
 * with the question), when that article speaks about what was asked.
 */
function restatedArticle(ctx: Context, row: Hit['entry'], question: string, opening?: string): Hit['entry'] | undefined {
  if (!ROW.test(row.id)) return undefined;
  // "第3项谁负责": the row names its own responsible units.
  if (row.units.length && askedAttributes(question).includes('unit')) return undefined;
  const { analyzer, retriever } = ctx.deps;
  const prefix = row.id.split('.')[0]!;
  // The first entry outside the row's own list, found with `text`, that `fits`.
  const articleFor = (text: string, fits: (entry: Hit['entry']) => boolean) =>
    retriever
      .search(analyzer.analyze(text), 5)
      .map((h) => h.entry)
      .find((e) => !e.id.startsWith(`${prefix}.`) && fits(e));
  // "建起来了平时帮我们搞么事" after a row that only says what is built and when: the article says what it does.
  // (Of 'where', only the place: "怎么参加" asks how to take part, which the row may answer as well as any article.)
  // ("第一条讲么事", "第3项是搞么事的": what a row named by its number says, or is for, is the row itself.)
  const kinds = askedAttributes(question).filter(
    (k) =>
      DESCRIBED.has(k) &&
      (k !== 'where' || ASKS_PLACE.test(question)) &&
      !((k === 'contents' || k === 'purpose') && isListReference(question)),
  );
  // (Where things are is given only by a place: the plan's many "申请" and "办理" say nothing of where.)
  const gives = (entry: Hit['entry']) =>
    entry.facts.some((f) => kinds.some((k) => (k === 'where' ? PLACE_GIVEN.test(f) : factGives(k, f))));
  // (A row's names say 服务站, 平台 ... and so look like they tell what things do; they only name the targets.)
  if (kinds.length) {
    // The question that opened the topic says which of the articles a row restates it was about.
    const article = articleFor(`${opening ?? ''} ${row.title} ${question}`, gives);
    if (article) return article;
  }
  // "第13条呢 具体指标是么": a row named by its number is the row asked about, whatever words come with it.
  if (isListReference(question)) return undefined;
  const says = (entry: Hit['entry'], word: string) => entry.facts.some((f) => f.includes(word));
  // The words asked that the row never says ("依托"); one-character words say too little to go elsewhere for.
  const missing = analyzer.analyze(question).tokens.filter((t) => [...t].length >= 2 && !says(row, t) && !row.summary.includes(t));
  if (!missing.length) return undefined;
  return articleFor(`${row.title} ${question}`, (e) => missing.every((t) => says(e, t)));
}

/** Who leads or is responsible for the work, in the plan's words. */
const LEADS = /牵头|负责/;
/** Whom the user should go to. */
const GOES_TO = /找|联系|问|打|管|报|去/;

/** Applies a reading: the resolved question becomes the message, the pointed entry its answer, excluded ones go. */
function apply(ctx: Context, reading: Reading, intentBefore: Intent, context?: ConversationContext): void {
  const worded = ctx.classification;
  ctx.restate(reading.question);
  if (reading.shown) ctx.shownBefore = reading.shown;
  const classification = classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents, { overrule: false });
  let hits = classification.hits.filter((h) => !reading.exclude.includes(h.entry.id));
  let pinned = reading.entry ? ctx.deps.retriever.get(reading.entry) : undefined;
  const opening = pinned && pinned.id === context?.entries[0] ? context.question : undefined;
  const restated = pinned ? restatedArticle(ctx, pinned, reading.question, opening) : undefined;
  if (restated) pinned = restated;
  if (pinned) hits = [{ entry: pinned, ...PINNED }, ...hits.filter((h) => h.entry.id !== pinned.id)];
  let intent = classification.intent;
  // Who handles a topic is a contact answer, when the entry names its units; otherwise its facts say (牵头单位).
  const asksUnit = askedOf(reading.question) === 'unit' || intentBefore === 'contact.ask';
  // A follow-up on an event question the event wording recognised ("元宵节有活动吗" after the festivals) stays one.
  // So does asking the date of events just answered ("具体哪天定了冇"), whatever words retrieval matched.
  const kinds = askedAttributes(reading.question);
  const asksDate = kinds.includes('when') && !DEADLINE.test(reading.question);
  const aboutEvents =
    // ("which county does the peach blossom festival" is worded as an event question, though restated as "桃花节".)
    (intentBefore === 'event.ask' && (!RETRIEVED.has(classification.reason) || !RETRIEVED.has(worded?.reason ?? 'retrieval'))) ||
    // "还有呢" after events: more of the events.
    (reading.shown !== undefined && context?.events === true) ||
    // ("具体哪天在哪里" after the Qingming events of task 4; "国庆节回来呢" after events: another festival's.)
    // ("还有那个楚文化节呢" after the festivals: another event by its name.)
    ((asksDate || kinds.includes('where') || FESTIVAL_NAMED.test(reading.question) || EVENT_NAMES.test(reading.question)) &&
      eventsTopic(context, pinned)) ||
    // "下一场啥时候" after how many bank meetings a year: the next one on record is asked, whatever the topic.
    (asksDate && NEXT_ONE.test(ctx.inbound.text));
  // "谁牵头", "哪个部门负责" ask who leads the work in the plan, a fact of it; "归哪个部门管", "找哪个" whom to go to.
  const asksLead = LEADS.test(ctx.inbound.text) && !GOES_TO.test(ctx.inbound.text);
  // "邮箱多少" during a topic asks for a contact, whether or not the entry lists its units.
  // ("is there a hotline i can call" during a topic: the wording asked for a number, whatever the topic.)
  const asksContact = kinds.includes('contact') || (worded?.intent === 'contact.ask' && !RETRIEVED.has(worded.reason) && !asksLead);
  if (pinned)
    intent =
      (asksUnit && (pinned.units.length || intentBefore === 'contact.ask') && !asksLead) || asksContact
        ? 'contact.ask'
        : aboutEvents
          ? 'event.ask'
          : 'policy.ask';
  else if ((intent === 'out_of_scope' || intent === 'greet') && isAnswerable(hits, ctx.analysis)) intent = 'policy.ask';
  else if (intent === 'out_of_scope' && reading.exclude.length && hits.length) intent = 'policy.ask';
  // Nothing pinned ("is there a hotline i can call", "which department handles the land stuff" read as a question of
  // their own): a contact asked for, or whom to go to, is still a contact answer.
  else if (
    intent === 'policy.ask' &&
    (asksContact || (askedOf(reading.question) === 'unit' && !asksLead && Boolean(hits[0]?.entry.units.length)))
  )
    intent = 'contact.ask';
  if (aboutEvents && intent === 'policy.ask') intent = 'event.ask';
  ctx.classification = { intent, reason: `follow-up:${classification.reason}`, hits };
  ctx.intent = intent;
  // "一共几个" after "长三角有服务站冇": the facts are ranked on what the topic was about, too.
  if (pinned && pinned.id === context?.entries[0] && context.question) {
    const topic = topicWords(ctx, context.question, pinned, reading.question);
    if (topic.length) ctx.restate(`${reading.question} ${topic.join(' ')}`);
  }
}

/** Kinds of detail an entry gives many of, one per subject ("不少于20个" stations, "50个" liaison stations). */
const SUBJECTED = new Set(['count', 'amount', 'when', 'list']);
/** Kinds of detail few entries give: one that gives it, next to a topic that does not, is what a follow-up asks. */
const RARE_KINDS: ReadonlySet<Attribute> = new Set(['online', 'materials', 'benefit', 'relief', 'basis']);
/** Kinds of detail that are figures. */
const FIGURES: ReadonlySet<Attribute> = new Set(['count', 'amount']);

/** At most this many characters besides the asking: the figure asked of the topic barely named ("奖", "补"). */
const BARE_FIGURE_WORDS = 2;
/** Words that press for an answer and name nothing ("到底", "给个准数"). */
const INSISTING = /到底|究竟|具体|实际|确切|准确|给个准数|准数|钱|[吗呢啊呀吧嘛哦哈了的是那这就还又]/g;

/** Words a follow-up uses of anything ("计划一共设多少个 是不是每个县都有"): they name nothing of the entry. */
const NAMES_NOTHING: ReadonlySet<string> = new Set([
  '每个',
  '计划',
  '不是',
  '都有',
  '今年',
  '全市',
  '目前',
  '现在',
  '具体',
  '情况',
  '一共',
  '总共',
]);

/**
 * The words of the question that opened a topic which the entry itself uses, not already in the follow-up: what the
 * follow-up is about ("服务站" for "一共几个"), without the asking of the first question.
 */
function topicWords(ctx: Context, opening: string, entry: Hit['entry'], followUp: string): string[] {
  const said = `${entry.title} ${entry.synonyms.join(' ')} ${entry.facts.join(' ')}`;
  const asked = ctx.deps.analyzer.analyze(followUp).tokens;
  // A follow-up naming something of the entry itself ("有冇得保险兜底的") is ranked on that alone; so is one asking a
  // kind an entry gives once (the condition, the perks): only figures and dates are many, each of its own subject.
  // So is one naming it by the last character of one of its names ("一共要建好多个站": 服务站).
  if (asked.some((t) => ([...t].length >= 2 && !NAMES_NOTHING.has(t) && said.includes(t)) || endsOwnName(entry, t))) return [];
  const kinds = askedAttributes(followUp);
  if (!kinds.length || kinds.some((k) => !SUBJECTED.has(k))) return [];
  // With one fact of the kind asked ("2239名" the only count), that fact is the answer: nothing to choose between.
  if (entry.facts.filter((f) => kinds.some((k) => factGives(k, f))).length === 1) return [];
  // (Only words that choose among the counts when a count is asked: "几场" after "赏樱花?" counts the 专场 events, and
  // 赏樱花 is in no count.)
  // (Of counts only: "补好多钱" after 租厂房买设备 still needs 厂房, in a fact that gives no amount, "给予一定补贴".)
  const ofKind = kinds.includes('count') ? entry.facts.filter((f) => factGives('count', f)) : entry.facts;
  return ctx.deps.analyzer
    .analyze(opening)
    .tokens.filter(
      (t) =>
        [...t].length >= 2 &&
        said.includes(t) &&
        ofKind.some((f) => f.includes(t)) &&
        !asked.some((a) => a.includes(t) || t.includes(a)) &&
        !isPlaceName(t),
    )
    .filter((t, i, all) => !all.some((other, j) => j !== i && other.length > t.length && other.includes(t)))
    .slice(0, 4);
}

/** Changing a booking, in a short message with no topic of its own ("取消掉吧", "改个时间", "那个不要了", "改到周六"). */
const MANAGE_BOOKING =
  /取消|退掉|退了|不去了|去不了|不约了|不要了|改期|改个?时间|换个?时间|(?:改|推|挪|换|调)(?:到|成)|推迟|延后|往后|提前|cancel|reschedule|postpone|\b(?:push|move|shift|bring) (?:it|that|the (?:meeting|booking|appointment|session|call))\b/i;
/** "对 就是那个", "yes that one": the thing just shown, picked. */
const PICKS_THAT =
  /^(?:对|是的?|嗯+|yes|yeah|yep|ok)?[\s,，]*(?:就是|就)?(?:那个|这个|那一?个|这一?个|that one|this one|it)[吧啊。!！.\s]*$|^(?:the )?(?:1st|2nd|3rd|\d(?:st|nd|rd|th)|first|second|third|last)(?: one| slot| booking)?(?: please| pls)?[.!\s]*$/i;
/** Something else asked for besides turning a deletion down. */
const ALSO_ASKS = /(?:推送|通知|订阅|退订|预约|登记|人工)(?![^,，。]{0,3}(?:还要|要用|还用|留着|还在|有用))/;
/** A follow-up on one's bookings is this short; a longer message is read on its own. */
const BOOKING_FOLLOW_UP_CHARS = 24;
/** Changing what was booked ("搞错了 是后天下午", "改线下", "换个辅导员也行 时间不变", "发微信就行 莫打电话"). */
const CHANGES_BOOKING =
  /改(?!天)|换(?!个?(?:问题|话题|个事|件事|说法))|搞错|弄错|说错|不对|推迟|提前|延后|往后|取消|不去了|去不了|(?:线上|线下|视频|当面)(?:吧|就行|也行)|发微信|莫打电话|别打电话|(?<!\d)1[3-9]\d{9}(?!\d)|是(?:今天|明天|后天|大后天|下周|这周|下礼拜|下星期|周[一二三四五六日天]|礼拜|星期)|^(?:那)?(?:今天|明天|后天|大后天|下周|这周|下礼拜|这礼拜|下星期|周[一二三四五六日天]|礼拜|星期)|^第[一二三123]个$|\b(?:move|change|reschedule|make it|switch|cancel)\b|\bi meant\b/i;
/** Asking about what was booked ("是哪个老师啊 做么方向的", "我约的是线上还是线下来着"). */
const ASKS_OWN_BOOKING =
  /(?:哪个|哪位|什么|么|啥)老师|(?:哪个|哪位)导师|约的(?:是)?(?:哪天|几点|什么时候|么时候|啥时候|线上|线下|哪个|谁)|(?:线上|线下)还是(?:线上|线下)|我约的|我的预约|提醒|导师(?:会|咋|怎么|么样)(?:打|联系)|打这个号|(?:没人|冇人|没有人)(?:联系|打电话)|(?:没|冇)接到|^(?:地点|在哪|几点|时间|哪天)[?？吗呢]*$|\bwhich mentor\b|\bwho is (?:my|the) mentor\b/i;
/** Deleting, or confirming a deletion ("全部给我删掉", "确认删除吧", "删吧"). */
const DELETE_DATA = /删|销毁|清除|清空|抹掉|不要.{0,2}(存|保存|保留|记录)|delete|remove|erase/i;
/** Asking how to book, with nothing else ("怎么约", "在哪预约", "能约不"). */
const BOOK_ASK =
  /^(?:那)?(?:我)?(?:怎么|咋|如何|在哪里?|哪里|能不能|可不可以|可以)?(?:约|预约)(?:一下|一个|个|他们|导师|老师)?(?:呢|啊|吗|不|撒)?[?？。!！\s]*$|^(?:那|那就|好|行|好的)?[\s,，]*(?:帮我|给我|我想|我要|想)(?:约|预约|挂)(?:一个|个|一下|下|一位|位)(?:吧|呢)?(?:[\s,，。].{0,30})?$/;
/** Asking what a deletion takes with it: something kept here, and whether it goes or stays. */
const DELETION_REACH =
  /(预约|咨询|导师|约的|登记|线索|订阅|记录|信息|资料|号码|聊天|工单).{0,8}(没了|没有了|删|清|保留|还在|留着|取消|不见)|删了.{0,6}(全没了|都没了|就没了|没了)|删(了|完|掉)(以后|之后|后)?.{0,8}(还能|还可以|能不能|可不可以|还让)/;
/** Something kept here named as included ("聊天记录也算", "订阅也包括吗"): asked whether the deletion takes it too. */
const ALSO_INCLUDED = /(聊天记录|聊天|对话记录?|记录|预约|登记|线索|订阅|电话|号码|手机号|微信|信息|资料)(也|都)(算|包括|包含|在内|一起)/;
const asksWhatDeletionTakes = (text: string) =>
  // ("删了我约的咨询也就没了吧": a guess to be confirmed is asked too.)
  [...text].length <= ACTING_CHARS + 8 &&
  (((soundsLikeQuestion(text) || /吧[?？。!！\s]*$/.test(text)) && DELETION_REACH.test(text)) || ALSO_INCLUDED.test(text));

/** A message acting on what was shown is short; a longer one is a new request, understood on its own. */
const ACTING_CHARS = 16;

/** A message moving or calling off something, this long at most, from someone with a booking coming. */
const MOVING_CHARS = 36;

function movesOwnBooking(ctx: Context): boolean {
  const text = ctx.analysis.text;
  // "能不能改成在洪湖线下见" reads like asking for a mentor; with a booking coming, it changes that booking.
  const decided = ctx.intent === 'consult.book' ? !ctx.session.form : RETRIEVED.has(ctx.classification?.reason ?? '');
  if ([...text].length > MOVING_CHARS || !MANAGE_BOOKING.test(text) || !decided) return false;
  if (isAnswerable(ctx.classification?.hits ?? [], ctx.analysis)) return false;
  return ctx.deps.booking.bookings.upcomingOf(ctx.person, ctx.deps.now().getTime()).length > 0;
}

/** A count of places asked ("服务站一共有几个", "园区有多少家"), not of times or people. */
const COUNTS_THINGS = /(?:站|园区|基地|平台|办事处|街巷)[^。?？]{0,8}(?:几|多少|好多|几多)(?:个|家)/;
/** A count of things given ("20个", "10家", "不少于20个"), not only of times ("1次", "1000人次"). */
const THINGS_COUNTED = /\d+\s*(?:个|家|所|项|类|条)/;

/** A message changing a detail of a booking or registration, this long at most (a topic may take some words). */
const EDIT_CHARS = 120;
/** How many turns back a booking made, moved or listed makes "电话改成139…" its change. */
const BOOKING_SHOWN_TURNS = 3;

/**
 * "电话打错了 改成139…", "主题改成直播带货", "改成线上" soon after a booking was made, moved or listed (its ref shown):
 * a detail of that booking changed, whatever the words alone look like (a phone given, a topic named).
 */
function editsOwnBooking(ctx: Context): boolean {
  if (ctx.session.form || [...ctx.analysis.said].length > EDIT_CHARS) return false;
  if (!editOf(ctx.analysis.said, ctx.inbound.text, false)) return false;
  const shown = (ctx.session.recent ?? []).slice(-BOOKING_SHOWN_TURNS).some((t) => /YY\d{7}/.test(t.b));
  return shown && ctx.deps.booking.bookings.upcomingOf(ctx.person, ctx.deps.now().getTime()).length > 0;
}

/** The reason "电话改成…" said soon after registering is read as a change of that registration. */
export const CHANGES_REGISTRATION = 'follow-up:changes their registration';
/** A field only a registration has, changed ("称呼改成王建国", "投资规模写错了 是800万"). */
const LEAD_FIELD_CHANGED = /(?:称呼|名字|姓名|投资规模|投资金额|规模|金额|项目)[^,，。]{0,4}?(?:改成|改为|换成|写错了|错了|不对)/;
/** How recently a registration was made or changed for "电话留错了 改成139…" to be its change. */
const LEAD_RECENT_MS = 30 * 60_000;

/** "电话留错了 改成139…" soon after registering (and no booking just shown): the phone of that registration. */
function editsOwnLead(ctx: Context): boolean {
  if (ctx.session.form || [...ctx.analysis.said].length > EDIT_CHARS) return false;
  // "称呼改成王建国", "投资规模改成800万": a field only a registration has, changed (from someone who registered).
  if (LEAD_FIELD_CHANGED.test(ctx.analysis.text)) return ctx.deps.leads.ofPerson(ctx.person).length > 0;
  if (!phoneChangeOf(ctx.inbound.text)) return false;
  if ((ctx.session.recent ?? []).slice(-BOOKING_SHOWN_TURNS).some((t) => /YY\d{7}/.test(t.b))) return false;
  const since = ctx.deps.now().getTime() - LEAD_RECENT_MS;
  return ctx.deps.leads.ofPerson(ctx.person).some((l) => l.updatedAt >= since);
}

/** Calling off what was just done ("actually cancel that", "算了 取消吧", "还是不订了"), said first. */
const CANCELS_IT =
  /^(?:actually|ok|okay|oh|hmm+|sorry|wait|算了|还是|那|哦|额)?[\s,，]*(?:(?:please |just )?cancel (?:it|that|this)|undo (?:it|that)|取消(?:吧|掉|了吧|算了)?[。!！\s]*$|(?:还是)?不(?:要|用|订)了|算了[吧啊]?[。!！\s]*$|退订)(?![a-z])/i;
/** None of the notices wanted, in a few words ("全部都不要了"), said right after they were stopped or subscribed. */
const NONE_WANTED =
  /^(?:那|反正|总之|嗯|好|对)?[\s,，]*(?:全部|统统|通通|所有的?|都|全)都?(?:不要|不收|别发|莫发|退订?|退掉)了?[了吧啊。!！\s]*$/;
/** "全部", "对 确认", "确认取消" right after notices were stopped: all of them, confirmed. */
const ALL_STOPPED =
  /^(?:对|嗯|是的?|好)?[\s,，]*(?:全部|全都|所有的?|都|确认|确定|对的?|是的?)(?:的|都)?(?:取消|退订|退掉)?[了吧啊。!！\s]*$|^(?:那|是不是)?(?:都|全部|全)?退(?:了|掉了|好了|订了|成功了)(?:没|吗|冇|没有|不)[?？\s]*$|^(?:那)?(?:短信|电话)(?:也|都)?(?:莫|别|不要|不用)(?:发|打)了?[了吧啊。!！\s]*$/;

/** A place wanted as well ("广州的也要", "加上洪湖的"), said of a subscription just made. */
const PLACE_NAMES = [...OTHER_PLACES, ...JINGZHOU_PLACES].join('|');
const ALSO_PLACE = new RegExp(
  `^[^,，。]{0,6}?(?:(?:${PLACE_NAMES})[^,，。]{0,4}(?:${ALSO_AFTER}|也行)|(?:${ALSO_BEFORE}|还有)(?:一个|个|一下)?(?:${PLACE_NAMES}))|^(?:and |also |plus )?(?:${[...OTHER_PLACES_EN, ...JINGZHOU_PLACES_EN].join('|')})\\b[^.,]{0,12}\\b(?:as well|too|also)\\b|^(?:and |please )?(?:also|add) (?:${[...OTHER_PLACES_EN, ...JINGZHOU_PLACES_EN].join('|')})\\b`,
  'i',
);

/**
 * A place alone, or "only" one, right after subscribing ("上海", "洪湖的就行", "only the ones in Shanghai", "Shenzhen
 * only"): the subscription narrowed to it.
 */
const ONLY_PLACE = new RegExp(
  `^(?:只要|只订|只收|只看|就要|换成|改成|换到|改到|那就)?(?:${PLACE_NAMES})(?:市|县|区)?(?:的|那边的?|地区的?)?(?:活动)?(?:就行|就好|就够了|就可以)?[。!！.\\s]*$|^(?:only|just)\\b[^.,]{0,20}\\b(?:${[...OTHER_PLACES_EN, ...JINGZHOU_PLACES_EN].join('|')})\\b[^.,?]{0,12}$|^(?:${[...OTHER_PLACES_EN, ...JINGZHOU_PLACES_EN].join('|')})(?: ones?| events?)? only\\b`,
  'i',
);

/** One kind of event only, asked right after subscribing ("only investment events, not training ones"). */
const ONLY_KIND_EN = /^(?:ok |okay |and |but )?(?:only|just)\b[^.?!]{0,40}\b(?:events?|ones|notices|fairs|meetings)\b/i;

/**
 * A place said of the subscription in a few words right after notices were subscribed, stopped or told ("帮我换成松滋",
 * "地方选江陵", "还是原来那个 洪湖", "不对 荆州区不要 换成沙市", "订全市的"); not a question about the place's events.
 */
const NOTICE_PLACE = new RegExp(`^[^。?？]{0,10}(?:${PLACE_NAMES}|全市)(?:市|县|区)?[^。?？]{0,8}$`);
const ASKS_OF_A_PLACE = /吗|么|呢|嘛|[?？]|[冇没不][?？]?$|有没有|有冇|有不有|什么|啥|几|哪|多少|好多|怎么|咋|活动|会不会|能不能|是不是/;
const NOTICE_PLACE_CHARS = 20;
/** A kind of notice added, taken off or kept, in a few words ("再加个创业培训的", "招商的不要了 就留培训"). */
const KIND_EDIT = /再加|加个|加上|也要|也订|不要了?|不用|去掉|就留|只留|只要|就要|换成|别推|莫推/;

/** A detail of the booking asked right after the bookings were shown ("在哪个地方见", "导师是搞哪方面的"). */
const BOOKING_DETAIL =
  /在哪(?:个地方|里|儿)?(?:见|碰头|见面|谈|聊)|(?:导师|老师)(?:是)?(?:搞|做|干|懂|管)(?:哪|什么|么|啥)(?:方面|行|块)?|几点(?:见|开始|的)|线上还是线下|\bwhere (?:do|will|shall|are) (?:we|i) (?:meet|meeting)\b|\bwho is (?:the|my) mentor\b|\bwhat (?:does|is) (?:the|my) mentor\b/i;

/** Turning down whatever was offered, in a word or two ("先不", "算了", "不用了"). */
const BARE_DECLINE = /^(?:那|哦|嗯)?[\s,，]*(?:先不|算了|不用了?|不了|不要了?|还是算了)[了吧啊哈。!！\s]*$/;

/** A refusal that a wording rule decided (an injection, the weather), not one where nothing matched. */
function refusedByRule(classification: Classification): boolean {
  return classification.intent === 'out_of_scope' && classification.reason !== UNMATCHED;
}

/** The action a short message takes on what the last reply showed (the user's bookings, a deletion offered). */
function actOnShown(text: string, shown: Shown | undefined): Intent | undefined {
  if (!shown || [...text].length > ACTING_CHARS) return undefined;
  // ("2", "第一个吧", "对 就是那个" after the bookings: one of them picked, even when there turned out to be none.)
  if (shown === 'bookings')
    return MANAGE_BOOKING.test(text) ||
      isListReference(text.replace(/[吧啊呀哈]+$/, '')) ||
      PICKS_THAT.test(text) ||
      isBareNumber(text) ||
      BOOKING_DETAIL.test(text)
      ? 'consult.manage'
      : undefined;
  if (declinesDeletion(text)) return undefined;
  const confirms = shown === 'deletion-offer' && confirmsDeletion(text);
  return confirms || DELETE_DATA.test(text) ? 'privacy.delete' : undefined;
}

/** Reads a message against the conversation context (after classification, before routing). */
export const followUp: Middleware<Context> = async (ctx, next) => {
  const context = freshContext(ctx.session.context, ctx.inbound.time);
  const classification = ctx.classification;
  // "Do mentors speak English?", "一次能聊多久" after a topic: the service itself asked about, answered as such.
  if (classification?.reason === RULE_NAMES.howConsultationsGo) return next();
  if (classification && ctx.intent !== 'privacy.delete' && editsOwnLead(ctx)) {
    ctx.classification = { ...classification, intent: 'lead.register', reason: CHANGES_REGISTRATION };
    ctx.intent = 'lead.register';
    return next();
  }
  if (classification && ctx.intent !== 'consult.manage' && ctx.intent !== 'privacy.delete' && editsOwnBooking(ctx)) {
    ctx.classification = { ...classification, intent: 'consult.manage', reason: 'follow-up:changes their booking' };
    ctx.intent = 'consult.manage';
    return next();
  }
  // "不好意思 那天有事 能不能往后挪两天", "能不能改成线下见" from someone with a booking coming: that booking is to change.
  if (classification && (ctx.intent === 'consult.book' || READABLE.has(ctx.intent)) && movesOwnBooking(ctx)) {
    ctx.classification = { ...classification, intent: 'consult.manage', reason: 'follow-up:moves their booking' };
    ctx.intent = 'consult.manage';
    return next();
  }
  // "搞错了 是后天下午", "另外我想当面谈 改线下", "是哪个老师啊" right after their bookings were asked about: the
  // booking, changed or asked about (even when there turned out to be none).
  // ("后天是不是要下雨" after "改到后天上午" asks the weather: a refusal a rule decided is not about the booking.)
  if (
    classification &&
    context?.shown === 'bookings' &&
    (ctx.intent === 'consult.book' || READABLE.has(ctx.intent)) &&
    !refusedByRule(classification) &&
    [...ctx.analysis.text].length <= BOOKING_FOLLOW_UP_CHARS &&
    (CHANGES_BOOKING.test(ctx.analysis.text) ||
      ASKS_OWN_BOOKING.test(ctx.analysis.text) ||
      actOnShown(ctx.analysis.text, 'bookings') === 'consult.manage')
  ) {
    ctx.classification = { ...classification, intent: 'consult.manage', reason: 'follow-up:the booking just shown' };
    ctx.intent = 'consult.manage';
    return next();
  }
  // "那我的导师预约也会没了?" while a deletion waits: what it takes with it, asked before confirming (whatever it names).
  if (classification && context?.shown === 'deletion-offer' && asksWhatDeletionTakes(ctx.analysis.text)) {
    ctx.classification = { ...classification, intent: 'privacy.delete', reason: ASKS_WHAT_DELETION_TAKES };
    ctx.intent = 'privacy.delete';
    return next();
  }
  // "等等 删了是不是全没了 那算了 先不删" while a deletion waits: turned down, said in words.
  // ("那先不删 把推送关了就行": declined, and something else asked for, which is answered instead.)
  if (
    classification &&
    context?.shown === 'deletion-offer' &&
    declinesDeletion(ctx.analysis.text) &&
    (DELETE_DATA.test(ctx.analysis.text) || BARE_DECLINE.test(ctx.analysis.text)) &&
    !ALSO_ASKS.test(ctx.analysis.text)
  ) {
    ctx.classification = { ...classification, intent: 'privacy.delete', reason: 'follow-up:deletion turned down' };
    ctx.intent = 'privacy.delete';
    return next();
  }
  // "Actually cancel that" right after subscribing: the subscription, not a booking. "全部都不要了" right after
  // notices were stopped (or found not subscribed): all of them, again.
  const stops = ctx.analysis.said.trim();
  if (
    classification &&
    ((context?.shown === 'subscribed' && CANCELS_IT.test(stops)) ||
      ((context?.shown === 'subscribed' || context?.shown === 'unsubscribed') && NONE_WANTED.test(stops)) ||
      (context?.shown === 'unsubscribed' && ALL_STOPPED.test(stops)))
  ) {
    ctx.classification = { ...classification, intent: 'notice.unsubscribe', reason: 'follow-up:shown subscribed' };
    ctx.intent = 'notice.unsubscribe';
    return next();
  }
  // "能带家属去吗", "活动要钱不", "还有位置不" right after events were shown: asked of those events. (Not a request a
  // rule recognised: "在哪里报名 帮我转人工".)
  // ("古城论坛呢 我能去不" names an event of its own: asked of it, not of those shown.)
  const detail =
    context?.events === true && !EVENT_NAMES.test(ctx.analysis.text) && !FESTIVAL_NAMED.test(ctx.analysis.text)
      ? eventDetailOf(ctx.analysis.said.trim())
      : undefined;
  if (
    classification &&
    detail &&
    // (After an article of the plan on events, signing up, the cost or joining online is asked of that article; so it
    // is when the message itself names one, "古城论坛呢 我能去不".)
    (detail.onRecordOnly || (!context?.entries.length && !NAMES_ANOTHER.test(ctx.analysis.said))) &&
    (ANSWERED_INTENTS.has(classification.intent) || classification.reason === 'fallback') &&
    classification.intent !== 'greet'
  ) {
    ctx.classification = { ...classification, intent: 'event.ask', reason: EVENT_DETAIL_ASKED };
    ctx.intent = 'event.ask';
    return next();
  }
  // "不对 广州的也要" right after subscribing: that place added to the subscription.
  // ("上海", "only the ones in Shanghai": that place only.)
  // "帮我换成松滋", "还剩么", "一个月推几次啊" right after notices were subscribed, stopped or told: of the subscription.
  const ofNotices = ctx.analysis.said.trim();
  // "同意", "号码13812345678" right after subscribing: of the subscription (a number is never needed nor kept for it),
  // whatever a rule on bare numbers would say.
  if (classification && context?.shown === 'subscribed' && !ctx.session.form && keepsSubscription(ofNotices)) {
    ctx.classification = { ...classification, intent: 'notice.subscribe', reason: 'follow-up:shown subscribed' };
    ctx.intent = 'notice.subscribe';
    return next();
  }
  if (
    classification &&
    (context?.shown === 'subscribed' || context?.shown === 'unsubscribed') &&
    !refusedByRule(classification) &&
    [...ofNotices].length <= NOTICE_PLACE_CHARS &&
    ((NOTICE_PLACE.test(ofNotices) && !ASKS_OF_A_PLACE.test(ofNotices.replace(/^还是/, ''))) ||
      ASKS_WHAT_IS_LEFT.test(ofNotices) ||
      ASKS_HOW_OFTEN.test(ofNotices) ||
      (topicsIn(ofNotices).length > 0 &&
        KIND_EDIT.test(ofNotices) &&
        !/[?？吗]|什么|啥|几|哪|多少|好多|要不要|搞不搞|有没有|有冇|是不是/.test(ofNotices)))
  ) {
    ctx.classification = { ...classification, intent: 'notice.subscribe', reason: 'follow-up:shown subscribed' };
    ctx.intent = 'notice.subscribe';
    return next();
  }
  if (
    classification &&
    context?.shown === 'subscribed' &&
    (ALSO_PLACE.test(ctx.analysis.said) ||
      ONLY_PLACE.test(ctx.analysis.said.trim()) ||
      KINDS_WANTED.test(ctx.analysis.said.trim()) ||
      ONLY_KIND_EN.test(ctx.inbound.text.trim()))
  ) {
    ctx.classification = { ...classification, intent: 'notice.subscribe', reason: 'follow-up:shown subscribed' };
    ctx.intent = 'notice.subscribe';
    return next();
  }
  // ("是2293还是2239" after the database's size, which the trained classifier alone reads as a registration's amounts:
  // the figure just answered, doubted.)
  const learnedOnly = LEARNED_ONLY.test(classification?.reason ?? '');
  if (!classification || (!READABLE.has(ctx.intent) && !(learnedOnly && context && doubtOf(ctx, context)))) return next();
  // "再说一遍", "说简单点", "太长了 一句话概括", "Can you say that in English?": the last answer again (in fewer words
  // when asked), in the language of this message; with no answer to redo, what the bot does, in a few words.
  const redo = redoOf(ctx, context);
  if (redo === 'nothing') {
    ctx.classification = { ...classification, intent: 'greet', reason: REDONE };
    ctx.intent = 'greet';
    ctx.brief = true;
    return next();
  }
  if (redo && context) {
    apply(ctx, { question: context.question, entry: context.entries[0]!, exclude: [] }, 'policy.ask', context);
    ctx.classification = { ...ctx.classification!, reason: REDONE };
    if (redo === 'simpler') ctx.brief = true;
    return next();
  }
  // "我不搞铍铝 我在监利想搞电商卖小龙虾 有么支持", "那我不搞劳务 就问问回松滋开饭馆能贷好多": what the asker does not
  // do names no topic; the rest of the message is what is asked.
  const owned = classification && ctx.intent === 'policy.ask' && ctx.language === 'zh' ? withoutDisowned(ctx.analysis.said) : undefined;
  if (owned) {
    const again = askedInstead(ctx, owned);
    if (again.intent === 'policy.ask') ctx.classification = { ...again, reason: `${again.reason} (what they do not do left out)` };
    // (Said against the topic being talked about, it is a question of its own, not a follow-up of that topic.)
    if (again.intent === 'policy.ask' && isAnswerable(again.hits, ctx.analysis)) return next();
  }
  // "我不是问劳务品牌 我是问补贴" with no answer before it to correct (the conversation expired, or it opens one): what
  // is meant is what is asked, never what is not.
  if (!context && classification && ctx.intent === 'policy.ask' && ctx.language === 'zh') {
    const follow = readFollowUp(ctx.analysis.said);
    const meant = follow?.kind === 'correction' ? follow.instead.replace(PRONOUN, '').trim() : '';
    if ([...meant].length >= 2) {
      const again = askedInstead(ctx, meant);
      if (again.intent === 'policy.ask') ctx.classification = { ...again, reason: 'follow-up:corrected with nothing before' };
      return next();
    }
  }
  // Without a conversation, a message that matched nothing is refused unless on the domain (classify decided).
  if (!context) return next();
  // "你确定？", "真的假的 5000万？…你莫是看错了", "我上回打电话问 你们那边说能补15万 到底哪个对": the last answer doubted.
  // It is given again as the plan says it, whatever else the message names (a phone call, a claim heard elsewhere).
  const doubt = doubtOf(ctx, context);
  if (doubt) {
    // ("领军企业奖好多 别个说奖50万": a question of the topic asked with the doubt is the one answered.)
    const hits = ctx.classification?.hits ?? [];
    const said = ctx.analysis.said;
    const claim = DOUBTS.test(said) ? undefined : (QUESTIONS_FIGURE.exec(said) ?? HEARD_OTHERWISE.exec(said));
    const rest = claim ? said.replace(claim[0], '').trim() : '';
    const asksItself =
      [...rest].length >= 4 && soundsLikeQuestion(rest) && isAnswerable(hits, ctx.analysis) && hits[0]?.entry.id === context.entries[0];
    const question = asksItself ? ctx.analysis.raw : context.question;
    apply(ctx, { question, entry: context.entries[0]!, exclude: [] }, 'policy.ask', context);
    ctx.classification = { ...ctx.classification!, reason: DOUBTED };
    ctx.doubted = doubt;
    return next();
  }
  // "那8万的是么事", "200是么东西": what a figure is, asked: the entry whose facts give it, the topic's first.
  const figure = figureAsked(ctx, context);
  if (figure) {
    apply(ctx, figure, 'policy.ask', context);
    ctx.classification = { ...ctx.classification!, reason: 'follow-up:what a figure is' };
    return next();
  }
  // "你这等于没说", "答非所问" after an answer: said plainly that the plan says no more, and who to ask; the answer is
  // counted unhelpful for staff to see. (Nothing is made up to satisfy; "…跟没说一样 直接给我个电话" asks for the phone.)
  const current = context.entries[0] ? ctx.deps.retriever.get(context.entries[0]) : undefined;
  if (
    current &&
    (ctx.intent === 'out_of_scope' || ctx.intent === 'greet') &&
    !context.shown &&
    ctx.language === 'zh' &&
    COMPLAINS.test(ctx.analysis.said) &&
    // ("你答非所问 我问的是要不要我自己掏钱": the question asked again, which is answered.)
    readFollowUp(ctx.analysis.said)?.kind !== 'correction' &&
    !/我(?:是|想)?问的?是|我是问|我想问/.test(ctx.analysis.said) &&
    [...ctx.analysis.said].length <= DOUBT_CHARS
  ) {
    ctx.classification = { ...classification, intent: 'policy.ask', reason: 'follow-up:answer complained of' };
    ctx.intent = 'policy.ask';
    ctx.deps.tickets.feedback(ctx.person, 'unhelpful', context.question ?? '', [current.id], ctx.deps.now().getTime());
    const units = unitsLine(current);
    ctx.reply(
      `抱歉没说清楚。文件里关于“${shortTitle(current.title)}”写明的就是刚才那些,文件没写的我不能编。${units ? `具体可以问负责单位:${units};` : ''}也可以换个说法再问,或说"转人工"找工作人员。`,
    );
    return;
  }
  // "那荆州的呢" after "武汉返乡创业有冇得一次性补贴" was refused as another city's: the same question, of Jingzhou.
  if (context.shown === 'elsewhere' && context.refused && asksOfJingzhou(ctx.analysis.raw)) {
    const again = askedInstead(ctx, context.refused.replace(OTHER_CITY, '荆州'));
    const intent = again.intent === 'out_of_scope' ? 'policy.ask' : again.intent;
    ctx.classification = { ...again, intent, reason: 'follow-up:asked again of Jingzhou' };
    ctx.intent = intent;
    return next();
  }
  // "怎么约" after an answer about the mentors: booking one.
  if (BOOK_ASK.test(ctx.analysis.raw.trim()) && current?.facts.some((f) => f.includes('导师'))) {
    ctx.classification = { ...classification, intent: 'consult.book', reason: 'follow-up:book the mentor just described' };
    ctx.intent = 'consult.book';
    return next();
  }
  // "确认" right after someone else's details were refused: the deletion of their own is what can be offered.
  if (context.shown === 'others-refused' && confirmsDeletion(ctx.analysis.text) && !declinesDeletion(ctx.analysis.text)) {
    ctx.classification = { ...classification, intent: 'privacy.delete', reason: "follow-up:someone else's details refused" };
    ctx.intent = 'privacy.delete';
    return next();
  }
  // "他用的是他自己的微信" right after: then it is his own account that can ask.
  if (context.shown === 'others-refused' && THEIR_OWN_ACCOUNT.test(ctx.analysis.text)) {
    ctx.classification = { ...classification, intent: 'privacy.delete', reason: THEIR_OWN_ACCOUNT_REASON };
    ctx.intent = 'privacy.delete';
    return next();
  }
  const acting = actOnShown(ctx.analysis.text, context.shown);
  if (acting) {
    ctx.classification = { ...classification, intent: acting, reason: `follow-up:shown ${context.shown}` };
    ctx.intent = acting;
    return next();
  }
  // A refusal a rule decided (an injection, the weather) stands; only "matched nothing" may be a follow-up.
  // "那看病住房呢" is still read against the topic when the knowledge base covers what it names.
  if (refusedByRule(classification)) {
    // ("看病呢 我爸身体不好", "我爸妈年纪大了 看病这块呢": the follow-up is one clause of the message.)
    const clauses = clausesOf(ctx.analysis.said);
    const follow = [ctx.analysis.said, clauses[0] ?? '', clauses.at(-1) ?? '']
      .map((said) => readFollowUp(said))
      .find((f) => f?.kind === 'about');
    // "上海有没有" during a topic asks the topic of a place; places are context, not a refusal's reason.
    // "那武汉光谷的3551人才计划呢": another city's scheme (more than the place named) stays refused.
    const otherCityScheme =
      follow?.kind === 'about' &&
      classification.reason === ANOTHER_CITY &&
      follow.subject.search(OTHER_CITY) >= 0 &&
      [...follow.subject.replace(OTHER_CITY, '').replace(/的|那边|这边|当地/g, '')].length > 2;
    const ofPlace = follow?.kind === 'about' && isPlaceName(follow.subject);
    if (follow?.kind !== 'about' || otherCityScheme || !(ofPlace || probeOf(ctx).answerable(follow.subject))) return next();
  }
  // "我们文旅局在这个方案里主要管么事": a unit's duties, read from every entry, whatever the topic was.
  // (Only in those words: "我们局负责哪几项" after a topic may ask of that topic's rows.)
  if (ctx.language === 'zh' && ASKS_OWN_DUTIES.test(ctx.analysis.text) && unitDuties(ctx.analysis.text, ctx.deps.retriever.entries))
    return next();
  // A courtesy ("好的 谢谢") is read on its own unless it is worded as a follow-up.
  if (ctx.intent === 'greet' && !readFollowUp(ctx.analysis.said)) return next();
  // "task 4 specifically?", "第六条呢": an article named by its number is that article, whatever the topic was.
  if (classification.reason === NAMES_BY_NUMBER) return next();
  const standalone = isAnswerable(classification.hits, ctx.analysis) ? classification.hits[0]!.entry.id : undefined;
  const probe = probeOf(ctx);
  const said = bareTermOfTopic(ctx, context, probe) ?? saidOf(ctx);
  const reading = resolveFollowUp(said, context, probe, standalone) ?? clauseReading(ctx, context, probe, standalone);
  if (reading) apply(ctx, reading, ctx.intent, context);
  else unmatchedQuestionIsNearest(ctx);
  await next();
};

/** A first clause saying what the asker does not do ("我不搞铍铝", "那我不搞劳务"), before a question of its own. */
const DISOWNS =
  /^(?:那|那我|我|我们|俺)?[\s,，]*(?:又|也|都)?(?:不搞|不做|不干|不弄|不是搞|不是做|没搞|没做)(?:那个|这个|那些|这些)?[^\s,，。!！?？]{1,6}?(?:了|的)?[\s,，。!！]+/;

/** The message read as if `text` had been typed (the part meant, a question restated), and how it classifies then. */
function askedInstead(ctx: Context, text: string): Classification {
  ctx.restate(text);
  return classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents);
}

/** The message without a first clause disowning a line of work, when four characters or more are left; else undefined. */
function withoutDisowned(said: string): string | undefined {
  const first = DISOWNS.exec(said.trim());
  if (!first) return undefined;
  const rest = said
    .trim()
    .slice(first[0].length)
    .replace(/^(?:就|只|只是)?(?:问问|问一下|问下|想问)?[\s,，]*/, '');
  return [...rest].length >= 4 ? rest : undefined;
}

/** The last answer complained of as saying nothing ("你这等于没说", "答非所问", "说了跟没说一样"). */
const COMPLAINS = /等于没说|跟没说一样|和没说一样|说了白说|答非所问|没回答我的?问题|没有回答我的?问题|你这(?:回答|答的)?没用|一点用都没有/;

/** The reason given a message asking for the last answer again. */
const REDONE = 'follow-up:asked again';
/** The last answer asked for again ("再说一遍", "没看明白", "say that again"). */
const REPEAT =
  /再说一遍|再讲一遍|再发一遍|再来一遍|重复一下|重发一下|没看明白|冇看明白|没看懂|冇看懂|看不懂|没听懂|冇听懂|\bsay (?:that|it) again\b|\brepeat (?:that|it)\b/i;
/**
 * In fewer or plainer words, of what the bot said ("说简单点", "你讲简单点", "大白话", "太长了 一句话概括"), not a
 * simple thing asked for ("有么简单点的项目").
 */
const SIMPLER =
  /(?:说|讲|回答|解释|回复)(?:得|的)?[^。，,的]{0,3}(?:简单|通俗|明白)(?:点|些)?(?!的)|简单(?:点|些)?(?:说|讲)|通俗(?:点|些)(?!的)|大白话|白话(?:说|讲|点)|一句话(?:概括|说|讲|总结)|太长了|(?:说|讲)得?(?:太|好|蛮|有点)?绕|^简单点[吧呀啊哈]?$|字太多|看不过来|(?:说|讲)重点|(?:说|讲)得?太复杂|太官方|说慢点|一条一条(?:说|讲)|\bin (?:plain|simple) (?:words|terms)\b|\bsimpler\b|\bshorter\b|\btl;?dr\b/i;
/** In English ("Can you say that in English for my partner?", "answer in English please"). */
const IN_ENGLISH = /\b(?:in|into) english\b|\banswer in english\b|\bspeak english\b|说英文|用英语|英文(?:回答|说)/i;
/** A way of reaching someone named ("号码再说一遍", "email again"). */
const NAMES_A_CONTACT = /号码|电话|邮箱|\b(?:number|phone|e-?mail)\b/i;
/** Such a request is this short at most (characters, or words in English). */
const REDO_CHARS = 30;
const REDO_WORDS_EN = 16;

/**
 * The last answer asked for again: 'same', 'simpler', or 'nothing' when there is no answer to give again (the menu
 * asked to be simpler); undefined when the message asks something else.
 */
function redoOf(ctx: Context, context: ConversationContext | undefined): 'same' | 'simpler' | 'nothing' | undefined {
  const said = ctx.analysis.said;
  const simpler = SIMPLER.test(said);
  // (The language asked for is taken out of the text before it is read: it is looked for in the message as sent.)
  const english = IN_ENGLISH.test(ctx.inbound.text);
  if (!simpler && !REPEAT.test(said) && !english) return undefined;
  // ("邮箱再发一遍" with nothing said before: the contact named is asked for, not the last answer; so is "号码再说一遍"
  // after a topic: its number, not the topic again.)
  if (ctx.intent === 'contact.ask' && (!context?.entries[0] || NAMES_A_CONTACT.test(said))) return undefined;
  const latin = !/[\u3400-\u9fff]/.test(said);
  const long = latin ? said.trim().split(/\s+/).length > REDO_WORDS_EN : [...said].length > REDO_CHARS;
  if (long) return undefined;
  const named = isAnswerable(ctx.classification?.hits ?? [], ctx.analysis);
  if (!context?.entries[0] || !context.question || context.shown) return english || named ? undefined : 'nothing';
  // ("简单说说返乡创业贷款" names a topic of its own, and is asked of it.)
  return ofTopic(ctx, context) ? (simpler ? 'simpler' : 'same') : undefined;
}

/** The reason a follow-up doubting the last answer is given (policy-ask says the plan's words are the ones that count). */
export const DOUBTED = 'follow-up:doubted';
/** Doubting what was just said, in words that doubt nothing else ("你确定？", "不对吧", "我记得是李敢", "Really?"). */
const DOUBTS =
  /你确定|确定(吗|不|冇|没)|真的假的|不对吧|错了吧|是不是(搞|弄|看|记|说)?错|莫(不)?是(搞|弄|看|说)?错|看错了|搞错了吧|(到底|究竟)(哪个|谁)(对|说得对|准)|(哪个|谁)说的对|对不上|明明(是|写|说)|我记得是|(是不是|莫是)过时|(数据|数字)(是不是|莫是)?(过时|旧了|不准)|^才[\d一二两三四五六七八九十几百千万]+[^?？]{0,6}[?？]|^\s*(?:really|seriously|are you sure|is that right|that'?s (?:wrong|not right))\b|\b(?:are you sure|you sure)\b/i;
/**
 * A figure or name of the last answer questioned ("你刚说1000?我看新闻是3000啊", "500万?", "是2293还是2239", "我数的是
 * 12条啊", "不是李敢吗", "是930208796吧", "我听别个说是8万啊"): a doubt when the message is of the topic.
 */
const QUESTIONS_FIGURE =
  /(?:你|您)(?:刚才?|刚刚|才|前面|上面)(?:说|讲|回)(?:的是?)?[\d一二两三四五六七八九十百千万]|我(?:数|看|查|算|记)的(?:是|有)\d|^(?:到底|究竟)?是?\s*\d+(?:\.\d+)?[^\d,，。?？]{0,3}还是\s*\d+[^\d]{0,4}$|^(?:是|就是)?\s*\d+(?:\.\d+)?\s*(?:万元?|亿元?|%|个|人次|场次?|家|名|条|项|次)?\s*[?？]+\s*$|^(?:不是|难道不是)[^\d,，。?？]{1,6}(?:吗|么|嘛)[?？]*\s*$|^是?\s*[\w@.]{5,}\s*吧[?？]*\s*$|(?:别个|人家)[^。?？]{0,8}\d+(?:\.\d+)?\s*(?:万|亿|%|个|人次|场|家|名|条|项|次)/;
/** Hearing otherwise elsewhere ("别人说能补15万", "A guy at the chamber of commerce told me 10 million"): a doubt only when the message names no other topic. */
const HEARD_OTHERWISE =
  /(?:是)?真的(?:吗|不|么|嘛)|(别人|他们|朋友|有人|你们那边|那边|商会的人|镇上的人|村里的人|老乡|同事)[^。]{0,10}(说|讲|告诉我)|上回[^。]{0,8}(问|说)|\b(?:told me|said|heard)\b[^.]{0,20}\d/i;
/** A doubt this short ("你确定?", "不对吧 搞错了吧") doubts the last answer, whatever it names. */
const BARE_DOUBT_CHARS = 10;
/** A doubt is this short at most (characters, or words in English); a longer message tells a story of its own. */
const DOUBT_CHARS = 48;
const DOUBT_WORDS_EN = 16;
/** A doubt naming words of its own is of the topic when the topic scores this share of the message's best entry. */
const DOUBT_NEAR = 0.6;

/** What the user said doubting the last answer, when that is what the message does; undefined otherwise. */
function doubtOf(ctx: Context, context: ConversationContext): string | undefined {
  const said = ctx.analysis.said;
  const long = ctx.language === 'en' ? said.trim().split(/\s+/).length > DOUBT_WORDS_EN : [...said].length > DOUBT_CHARS;
  if (!context.entries[0] || !context.question || context.shown || long) return undefined;
  // ("不是第三条 我看错了 第六条": the user's own slip, corrected, doubts nothing.)
  if (readFollowUp(said)?.kind === 'correction') return undefined;
  // ("我们单位要报季度材料 你上回好像说的每个月报 是不是搞错了" after the conveners doubts another answer: of its topic.)
  // (A figure disputed is the topic's: "真的假的 5000万？返乡的一个小厂能批这么多".)
  if (DOUBTS.test(said)) return [...said].length <= BARE_DOUBT_CHARS || /\d/.test(said) || ofTopic(ctx, context) ? said : undefined;
  if (!HEARD_OTHERWISE.test(said) && !QUESTIONS_FIGURE.test(said)) return undefined;
  // ("朋友说搞农家乐可以用集体建设用地 是真的吗" after the loans asks about land.)
  return ofTopic(ctx, context) ? said : undefined;
}

/**
 * Whether a message is of the topic, not of another: alone it answers nothing else, or the topic ranks near its best.
 * (The contact entry is cited with any phone said, "我上回打电话问…"; it names no topic.)
 */
function ofTopic(ctx: Context, context: ConversationContext): boolean {
  const hits = (ctx.classification?.hits ?? []).filter((h) => h.entry.category !== CONTACT_CATEGORY);
  const top = hits[0]?.score ?? 0;
  const standalone = isAnswerable(hits, ctx.analysis) ? hits[0]!.entry.id : undefined;
  const topic = hits.find((h) => h.entry.id === context.entries[0]);
  return !standalone || context.entries.includes(standalone) || (topic !== undefined && topic.score >= top * DOUBT_NEAR);
}

/** What a figure is, asked ("那8万的是么事", "200是么东西", "2239是什么数"). */
const FIGURE_ASKED =
  /^(?:(?:哦|噢|那|那个|这个|请问)[\s,，]*)*(\d+(?:\.\d+)?\s*(?:万元|万|亿元|亿|%|个|人次|场次|场|家|名|条|项|次)?)(?:的|个|那个|这个|的那个)?\s*(?:是|指的是|说的是|指)(?:么事|什么|啥|么东西|什么东西|啥东西|哪个|哪一项|么意思|什么意思|什么数|么子)/;

/**
 * "那8万的是么事" after the parks' 10~20万: the entry whose facts give that figure, read with the fact as the question
 * (the topic's own entry first, then the one nearest the topic's question). Undefined when no fact gives it.
 */
function figureAsked(ctx: Context, context: ConversationContext): Reading | undefined {
  const asked = FIGURE_ASKED.exec(ctx.analysis.said.trim());
  if (!asked) return undefined;
  const figure = asked[1]!.replace(/\s+/g, '').replace(/元$/, '');
  const giving = ctx.deps.knowledge.entries.filter((e) => e.facts.some((f) => givesFigure(figure, f)));
  if (!giving.length) return undefined;
  const near = context.question ? ctx.deps.retriever.search(ctx.deps.analyzer.analyze(context.question), 20) : [];
  const rank = (id: string) => (id === context.entries[0] ? -1 : near.findIndex((h) => h.entry.id === id) + 1 || near.length + 1);
  const entry = [...giving].sort((a, b) => rank(a.id) - rank(b.id))[0]!;
  const fact = entry.facts.find((f) => givesFigure(figure, f))!;
  return { question: fact, entry: entry.id, exclude: [] };
}

/** A bare term is this short at most ("利率", "抵押"). */
const BARE_TERM = /^[\u4e00-\u9fff]{2,6}$/;

/**
 * "利率" alone after a loan answer: a term the topic names or says it does not give, asked as "利率呢".
 */
function bareTermOfTopic(ctx: Context, context: ConversationContext, probe: TopicProbe): string | undefined {
  const raw = ctx.analysis.said.trim();
  const current = context.entries[0];
  if (!current || !BARE_TERM.test(raw) || ctx.intent !== 'out_of_scope') return undefined;
  return probe.mentions(raw, current) ? `${raw}呢` : undefined;
}

/**
 * "这个归哪个单位管 我想当面找他们谈": a follow-up said first, then what one means to do about it, which names no topic
 * of its own and asks nothing: read as the follow-up. So is a follow-up said last after such a remark ("我爸妈年纪大了
 * 看病这块呢").
 */
function clauseReading(
  ctx: Context,
  context: ConversationContext,
  probe: TopicProbe,
  standalone: string | undefined,
): ReturnType<typeof resolveFollowUp> {
  if (ctx.language === 'en') {
    // "He only finished middle school tho, will they still take him?": a story, then a follow-up said last, when the
    // message answers nothing alone.
    const parts = ctx.analysis.said.split(/(?<=[,.;!?])\s+/).filter((p) => p.trim());
    const last = parts.at(-1);
    if (parts.length < 2 || standalone !== undefined || !last) return undefined;
    const reading = readFollowUp(last);
    return reading?.kind === 'elliptical' && reading.english ? resolveFollowUp(last, context, probe, standalone) : undefined;
  }
  const clauses = clausesOf(ctx.analysis.said);
  if (clauses.length < 2) return undefined;
  const remark = (said: string) => !soundsLikeQuestion(said) && !probe.answerable(said);
  const [first, ...rest] = clauses;
  if (remark(rest.join(' '))) {
    const reading = resolveFollowUp(first!, context, probe, standalone);
    if (reading) return reading;
  }
  // (Only when the whole message answers nothing alone: "我还想盖个烘干房 那个地咋解决" asks about land.)
  const last = clauses.at(-1)!;
  // Said last, it is a follow-up only as "X呢" is ("看病这块呢"), not for a pronoun alone ("那个地咋解决").
  const said = standalone === undefined && readFollowUp(last)?.kind === 'about' && remark(clauses.slice(0, -1).join(' '));
  return said ? resolveFollowUp(last, context, probe, standalone) : undefined;
}

/** The next of something held ("下一场", "下一次", "最近一期"). */
const NEXT_ONE = /下一(场|次|期|届|回)|最近一(场|次|期|届)|\bnext (one|meeting|event|session)\b/i;

/** The task-list rows that are events (their title counts or names them: 场, 推介活动, 对接会 ...). */
const EVENT_ROW = /\d+场|活动|对接会|大会|训练营|沙龙|恳谈/;
/** Something else named and asked of ("古城论坛呢 我能去不"): its own question, not a detail of the events shown. */
const NAMES_ANOTHER = /[\u4e00-\u9fff]{2,}呢/;
/** A festival named, whose events are asked of where events were the topic. */
const FESTIVAL_NAMED = new RegExp(
  Object.values(FESTIVAL_WORDS)
    .map((words) => words.source)
    .join('|'),
  'i',
);

/** Events were the topic: events were asked, or the entry answered is one of the plan's event arrangements. */
function eventsTopic(context: ConversationContext | undefined, pinned: Hit['entry'] | undefined): boolean {
  if (context?.events === true) return true;
  if (!pinned) return false;
  return EVENT_ARTICLES.has(pinned.category) || (pinned.category === '任务清单' && EVENT_ROW.test(pinned.title));
}

/** An English message of more words than this tells its own story; it is read on its own. */
const ENGLISH_FOLLOW_UP_WORDS = 12;

/**
 * The message as a follow-up is read: as said, or for English the plan's words and asking words it maps to ("How many
 * names are in it so far?" → "多少个 里面"), the words with no mapping left out, so that it is weighed like Chinese.
 */
function saidOf(ctx: Context): string {
  const raw = ctx.analysis.said;
  // Two questions joined ("how many … ? and is there a hotline") are no follow-up; neither is a long story.
  // (A leading "and" — "and Jianli county itself?" — only carries on.)
  if (ctx.language !== 'en' || /[?？]\s*\S/.test(raw) || /\S\s+and\b/i.test(raw.trim())) return raw;
  // "what about for an individual business owner?" is read in English already.
  if (raw.trim().split(/\s+/).length > ENGLISH_FOLLOW_UP_WORDS || readFollowUp(raw)) return raw;
  const skeleton = ctx.analysis.text
    .replace(/[a-z][a-z'-]*/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // ("do i need collateral for that?": no word the lexicon knows, only the question mark left.)
  if (!/[\u3400-\u9fff\d]/.test(skeleton)) return raw;
  // ("when will that guide be published?": the skeleton "指引 ?" would lose the deadline asked of it.)
  if (DEADLINE.test(ctx.analysis.text) && !DEADLINE.test(skeleton)) return raw;
  // "what's the interest rate" → "利率呢": the question asked of the topic, as a Chinese follow-up says it.
  return soundsLikeQuestion(raw) && !soundsLikeQuestion(skeleton) && !askedAttributes(skeleton).length ? `${skeleton}呢` : skeleton;
}

/** The bot's own view or habits asked for: small talk, whatever topic came before. */
const SMALL_TALK =
  /你(?:说|觉得|认为|猜|看)[^,，。]{0,10}(?:不|吗|么|呢|[?？])\s*$|你(?:知道|晓得)[^,，。]{0,12}(?:不|吗)[?？]?\s*(?:哈哈.*)?$|你[^,，。]{0,3}(?:刷不刷|吃不吃|喜不喜欢|累不累|烦不烦)|do you think|in your opinion/i;

/**
 * During a conversation about the plan, a question that matched nothing and that no rule found off the domain
 * (weather, prices, poems ... are refused by rules) gets the nearest entries or an honest "the plan does not say".
 */
function unmatchedQuestionIsNearest(ctx: Context): void {
  const classification = ctx.classification;
  if (ctx.intent !== 'out_of_scope' || classification?.reason !== UNMATCHED || !soundsLikeQuestion(ctx.analysis.raw)) return;
  // Small talk asked of the bot ("你说烦不烦", "你觉得A股能不能抄底"), or what the trained classifier reads as off
  // the domain ("动车票好不好买"): refused kindly, not offered entries that have nothing to do with it.
  if (SMALL_TALK.test(ctx.analysis.raw) || ctx.deps.intents?.predict(ctx.analysis).intent === 'out_of_scope') return;
  ctx.classification = { ...classification, intent: 'policy.ask', reason: NEAREST };
  ctx.intent = 'policy.ask';
}

/** Keeps the conversation context: forgets it after a quiet period, updates it from what the turn answered. */
export const topicMemory: Middleware<Context> = async (ctx, next) => {
  const before = freshContext(ctx.session.context, ctx.inbound.time);
  if (before) ctx.session.context = before;
  else delete ctx.session.context;
  const sessionBefore = ctx.session;
  await next();
  // A deletion offered is answered by the next message or not at all: once the user has moved on (a booking opened),
  // a later "确认" confirms what is open then, never the deletion.
  // ("嗯" to it is told how to confirm; the offer stands for the next message.)
  if (ctx.messages.some((m) => m.text === DELETION_STILL_OFFERED)) return;
  if (ctx.intent !== 'privacy.delete' && ctx.session.context?.shown === 'deletion-offer') delete ctx.session.context;
  // Nothing of a deletion, and nothing said while registering a lead (kept only with consent, in the lead). A
  // deletion offered or explained is remembered as that alone, so that "确认删除吧" or "那全部删掉" acts on it.
  if (ctx.intent === 'privacy.delete') {
    const wiped = ctx.session !== sessionBefore;
    const offered = ctx.session.pending?.choices.some((c) => c.value.startsWith('privacy:delete:'));
    if (wiped) return;
    const refusedOthers = ctx.messages.some((m) => refusesOthers(m.text));
    ctx.session.context = markerOf(offered ? 'deletion-offer' : refusedOthers ? 'others-refused' : 'data-use', ctx.inbound.time);
    return;
  }
  // (A question answered on the side of a form sets the topic; the form's own turns do not.)
  if (ctx.intent === 'lead.register' || (ctx.session.form && !ANSWERED_INTENTS.has(ctx.intent))) return;
  // Another city's policy refused: its question is kept for the next message, so that "那荆州的呢" can ask it of
  // Jingzhou; the topic before stays.
  if (ctx.intent === 'out_of_scope' && ctx.classification?.reason === ANOTHER_CITY) {
    const refused = maskPersonal(ctx.analysis.raw).slice(0, 200);
    ctx.session.context = { ...(before ?? markerOf('elsewhere', ctx.inbound.time)), shown: 'elsewhere', refused };
    return;
  }
  const pending = ctx.session.pending;
  const choices = pending?.kind === 'choose-entry' ? pending.choices.map((c) => c.value.replace(/^kb:/, '')) : undefined;
  const cited = ctx.sources.filter((id) => ctx.deps.retriever.get(id)?.category !== CONTACT_CATEGORY);
  // A contact answer that could only give the document's own contacts ("松滋办这个的地址发我") leaves the topic as it was.
  const keepsTopic = !cited.length && ctx.intent === 'contact.ask' && Boolean(before?.entries.length);
  // Several questions answered in one reply: they are the list "第三条" points into.
  const listed = choices ?? ctx.answeredInOrder;
  // Investment events listed with no article of the plan ("最近有么招商活动"): the topic is the plan's investment
  // events, so that "市里一年搞几场" asks their yearly count. (Not a boot camp or a salon asked for by name.)
  const events = ctx.intent === 'event.ask' && !ctx.sources.length && /招商/.test(ctx.analysis.text) ? festivalArticle(ctx) : [];
  const entries = listed ?? (cited.length ? cited : keepsTopic ? [] : ctx.sources.length ? ctx.sources : events);
  const after = nextContext(before, {
    question: maskPersonal(ctx.analysis.raw),
    said: maskPersonal(ctx.inbound.text),
    intent: ctx.intent,
    entries,
    ...(listed ? { choices: listed } : {}),
    rowsOf: (id) => rowsOf(ctx, id),
    items: shownItems(ctx),
    at: ctx.inbound.time,
    // The bookings were shown when the message itself asked about them (not a numbered pick of an offered action).
    ...(ctx.intent === 'consult.manage' && ctx.classification && !pending ? { shown: 'bookings' as const } : {}),
    ...(ctx.intent === 'notice.subscribe' ? { shown: 'subscribed' as const } : {}),
    ...(ctx.intent === 'notice.unsubscribe' ? { shown: 'unsubscribed' as const } : {}),
  });
  if (after) ctx.session.context = after;
  else delete ctx.session.context;
};

/** The plan's article on investment events at festivals (the yearly events of the city and counties), if any. */
function festivalArticle(ctx: Context): string[] {
  const article = ctx.deps.retriever.entries.find((e) => e.category === FESTIVAL_CATEGORY);
  return article ? [article.id] : [];
}
const FESTIVAL_CATEGORY = '节日招商';

/** Points of one answer kept for ordinals ("第二条"). */
const SHOWN_POINTS = 8;

/**
 * The points ("· …") the reply showed its sender, in order, each cut short; after "还有呢", the ones shown before it
 * follow, so that another "还有呢" shows none of them again.
 */
function shownItems(ctx: Context): string[] {
  // (An English point is kept longer: its words take about three times the characters, and "the last one" counts
  // the things it lists.)
  const cut = ctx.language === 'en' ? 3 * SHOWN_CHARS : SHOWN_CHARS;
  const now = ctx.points
    ? ctx.points.map((p) => p.slice(0, cut))
    : ctx.messages
        .flatMap((m) => m.text.split('\n'))
        .filter((line) => line.startsWith('· ') || line.startsWith('• '))
        .map((line) => line.slice(2).trim().slice(0, cut));
  return [...new Set([...now.slice(0, SHOWN_POINTS), ...(ctx.shownBefore ?? [])])].slice(0, ITEMS_KEPT);
}

const OTHER_CITY = new RegExp(`(?:${OTHER_PLACES.join('|')})(?:市|省|那边|这边|当地)?`, 'g');
/** A message this short naming Jingzhou or one of its places asks the refused question again of it. */
const AGAIN_CHARS = 16;
/** Naming Jingzhou or a place of it as the new subject, at the start: "那荆州的呢", "我们荆州有冇", "监利呢". */
const JINGZHOU_INSTEAD = new RegExp(
  `^(?:那|那么|那我们|我们)?(?:荆州|${JINGZHOU_PLACES.join('|')})(?:市|县|区)?(?:的|这边|那边|这里|本地)?(?:呢|咧|嘞|有冇得?|有没有|有不|怎么样|么样)`,
);

/** "那荆州的呢 我屋在荆州区": the refused question, asked of Jingzhou ("我老婆是监利的 …" is not). */
function asksOfJingzhou(raw: string): boolean {
  const text = raw.trim();
  // "哦搞错了 我老家其实是松滋的 那荆州的呢": the last clause names Jingzhou instead; "那荆州呢 我在武汉打工 老家江陵的",
  // the first.
  const clauses = text.split(/[\s,，。!！]+/).filter(Boolean);
  return [text, clauses[0] ?? '', clauses.at(-1) ?? ''].some((t) => [...t].length <= AGAIN_CHARS && JINGZHOU_INSTEAD.test(t));
}

/** A context holding only what the last reply showed: no topic, no question, nothing personal. */
function markerOf(shown: Shown, at: Date): ConversationContext {
  return { at: at.getTime(), entries: [], question: '', places: [], shown };
}
