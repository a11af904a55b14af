import { ASKS_ABOUT_THE_BOT, ASKS_DIALECT, ASKS_USE_AFTER_DELETING, ASKS_WHAT_FOR, ASKS_WHO_RUNS_US } from './service-words.ts';
import { isListReference, readFollowUp } from '../dialogue/context.ts';
import { soundsLikeQuestion } from '../dialogue/question.ts';
import type { Analysis } from '../text/analyzer.ts';
import { LATIN_WORD } from '../text/language.ts';
import { MOBILE_NUMBER } from '../text/phone.ts';
import { LiteralScreen } from '../text/literal-screen.ts';
import { unionOf } from '../text/regex-union.ts';
import type { Hit, Retriever } from '../kb/retriever.ts';
import { referencedEntry } from '../kb/refs.ts';
import { SUPPORT_KIND } from '../kb/attribute.ts';
import { type Intent, REQUEST_INTENTS } from './intents.ts';
import { domainDetectorOf } from './domain.ts';
import { LEARNED_FLOOR, type IntentModel } from './learned.ts';
import {
  CLOSING,
  FAREWELL,
  INTENT_RULES,
  IS_THIS_THE_SERVICE,
  LATER,
  NEXT_STEP,
  RULE_NAMES,
  THANKS_LAST,
  BYE_LAST,
  GIVES_UP_WITH_THANKS,
  type IntentRule,
} from './rules.ts';

export interface Classification {
  intent: Intent;
  /**
   * The rule that decided, or "learned (p=0.83)" (the trained classifier, see `learnedAction`), or "retrieval", or
   * `NEAREST` (on the domain but no entry matches well: the nearest entries are offered as choices), or "fallback"
   * (off the domain: refused).
   */
  reason: string;
  /** Knowledge hits for the message (computed once, reused by handlers). */
  hits: Hit[];
}

/** A policy question must share at least this much of its topic with an entry to be answered from it. */
const MIN_COVERAGE = 0.3;
/** An entry scoring this much and this many times the next one answers, whatever share of the words it covers. */
const DOMINANT_SCORE = 15;
const DOMINANT_RATIO = 1.5;
const DOMINANT_CHARS = 18;
const MIN_SCORE = 3;
/** A message that names the programme (返乡, 创业贷, 楚商 ...) needs only this score, whatever else it tells. */
const MIN_SCORE_ON_TOPIC = 5;

/** Reason of a message on the programme's domain that no entry answers well: offered the nearest entries, not refused. */
export const NEAREST = 'on the domain, nearest entries offered';
/** Entries scoring at least this share of the best one are as near as it, and offered beside it. */
export const NEAR_RATIO = 0.7;

/** Saying who one is or what one does ("退伍老兵一枚", "我在义乌做外贸 荆州人", "I'm from Jingzhou"). */
const INTRODUCES =
  /我是|我在.{1,12}(?:做|干|搞|开|打工|上班|送|跑|读书|上学)|一枚|(?:老家|家乡)(?:是|在)?.{0,4}|荆州人|\bi(?:'m| am) (?:from|a|an)\b|\bmy name is\b/iu;
const INTRODUCES_ONESELF = 'introduces themselves, asking nothing';
/** The reason of a message that names an article or row by its number and little else the plan's words match. */
export const NAMES_BY_NUMBER = 'names an article by its number';
/** Wanting something done, said with an introduction ("想回来投资", "帮我登记", "约个导师"). */
const WANTS_SOMETHING = /想|要|帮|请|麻烦|能不能|可以|登记|预约|约|投资|订阅|通知|联系|\b(?:want|would like|please|help|register|book)\b/i;

/** Nothing but greetings, thanks and acknowledgements. */
const REFUSALS = INTENT_RULES.filter((r) => r.intent === 'out_of_scope');

/** Thanks or leave-taking words, whatever surrounds them. */
const THANKS_OR_LEAVING =
  /谢|辛苦|麻烦(你|您|了)|拜拜|再见|再会|回头聊|先这样|就这样|好嘞|好滴|要得|晓得了|明白了|收到|thank|thx|cheers|bye|see you|got it/i;
/** A courtesy is a few words; a longer unknown message says something else. */
const COURTESY_CHARS = 14;
const onlyCourtesy = (text: string): boolean =>
  !text.replace(
    /你好|您好|好的|好嘞|晓得了|晓得|知道了|明白了|明白|收到|谢谢你?|感谢|多谢|辛苦了|辛苦|ok|嗯+|哦+|啊|呀|哈|了|啦|吧|哈|[\s,，。!！~～]/gi,
    '',
  ).length;

/** A rule's patterns as unions (see `unionOf`): every message is tested against every rule until one fires. */
interface Compiled {
  any: RegExp[];
  all: readonly RegExp[];
  unless: RegExp[];
}
const compile = (rule: IntentRule): Compiled => ({ any: unionOf(rule.any), all: rule.all ?? [], unless: unionOf(rule.unless ?? []) });
/** Every rule compiled once at start, so that the screen below knows all their unions. */
const compiled = new Map<IntentRule, Compiled>(INTENT_RULES.map((rule) => [rule, compile(rule)]));
const compiledOf = (rule: IntentRule): Compiled => compiled.get(rule) ?? compile(rule);
/** Most rules cannot match most messages for want of a character: those are not scanned (see `LiteralScreen`). */
const screen = new LiteralScreen([...compiled.values()].flatMap((c) => [...c.any, ...c.all, ...c.unless]));

/** Whether any of `patterns` matches any of `texts`. */
const inAny = (patterns: readonly RegExp[], texts: readonly string[]): boolean => {
  for (const p of patterns) for (const t of texts) if (screen.mayMatch(p, t) && p.test(t)) return true;
  return false;
};

/** Whether a rule matches a message read as each of `texts` (any of them may match, none may be excluded). */
const matches = (rule: IntentRule, ...texts: string[]): boolean => {
  const c = compiledOf(rule);
  return inAny(c.any, texts) && c.all.every((p) => inAny([p], texts)) && !inAny(c.unless, texts);
};

/** True when the knowledge base has something to say about the message. */
export function isAnswerable(hits: Hit[], analysis: Pick<Analysis, 'onTopic' | 'text'>): boolean {
  const top = hits[0];
  if (!top || top.score < MIN_SCORE) return false;
  // A long story covers few of its words, yet one entry may stand far ahead of every other ("…能不能一次办完").
  const dominant =
    [...analysis.text].length >= DOMINANT_CHARS && top.score >= DOMINANT_SCORE && top.score >= DOMINANT_RATIO * (hits[1]?.score ?? 0);
  return top.coverage >= MIN_COVERAGE || (analysis.onTopic && top.score >= MIN_SCORE_ON_TOPIC) || dominant;
}

/**
 * What the trained classifier adds where no wording rule fired and the knowledge base has no answer (the bot would
 * refuse or list entries): an action (booking, subscribing, a person, thanks ...) it is fairly sure of, so that a new
 * phrasing needs no new regex. Questions and refusals stay with retrieval, and an intent whose rule looked at the
 * message and declined (its `unless`, a greeting before a question) is not second-guessed.
 */
/** Decisions the trained classifier never makes: questions and refusals are retrieval's. */
const NEVER_LEARNED: ReadonlySet<Intent> = new Set(['policy.ask', 'out_of_scope']);
/** A message giving one's own number reads like these to the classifier, but is neither (it is asking something). */
const NOT_WITH_OWN_NUMBER: ReadonlySet<Intent> = new Set(['contact.ask', 'privacy.delete']);
const NAMES_OWN_DATA = /信息|资料|数据|记录|号码|电话|手机|名字|姓名|登记|留的|留过|填的|报的|我的|存|data|info|details|record/i;
/** An English message that may start a booking names one: a mentor, an appointment, a chat, a day or a time. */
const NAMES_BOOKING_EN =
  /\b(?:book|appointment|mentor|advis|coach|consult|session|meet|talk|chat|slot|call|video|tomorrow|today|next|mon|tue|wed|thu|fri|sat|sun|morning|afternoon|evening|am|pm)|\d/i;
const OWN_NUMBER = new RegExp(String.raw`(?<!\d)${MOBILE_NUMBER.source}(?!\d)|(?<!\d)\d{17}[\dxX](?![\dxX])`);

function learnedAction(model: IntentModel, analysis: Analysis, hits: Hit[]): { intent: Intent; p: number } | undefined {
  // A message the knowledge base answers stays a question: a bare "导师" or "活动" is asked about, not booked.
  // (Articles found by an English question's own words, the lexicon knowing none, leave the classifier its say.)
  if (
    (isAnswerable(hits, analysis) && !hits[0]?.byEnglishWords) ||
    isListReference(analysis.text) ||
    meansWhatItsConversationSays(analysis)
  )
    return undefined;
  const best = model.predict(analysis);
  if (best.p < LEARNED_FLOOR || NEVER_LEARNED.has(best.intent) || !allowed(best.intent, analysis)) return undefined;
  const declined = INTENT_RULES.some((rule) => rule.intent === best.intent && inAny(compiledOf(rule).any, [analysis.text]));
  return declined ? undefined : best;
}

/**
 * How sure the trained classifier must be to overrule the wording rules and retrieval. It learns from thousands of
 * labelled conversation turns; the rules, tuned on the conversations we opened, miss new wordings in ones we have not.
 */
export const LEARNED_OVERRULES = 0.8;
/** A message shorter than this ("同意", "取消掉吧") means what its conversation makes it mean: not overruled. */
const OVERRULED_MIN_CHARS = 8;
/**
 * Asking for a person, to stop notices or about one's own data: the user's own say, never second-guessed. And a
 * question about events, which is a question already, answered from the events on record as well as the plan.
 */
const NOT_OVERRULED: ReadonlySet<Intent> = new Set(['handoff.human', 'notice.unsubscribe', 'privacy.delete', 'event.ask']);
/** Rules whose reading stands whatever the classifier says: an English introduction, how often notices come, how a consultation goes. */
const NEVER_OVERRULED_RULES: ReadonlySet<string> = new Set([
  RULE_NAMES.isThisTheService,
  RULE_NAMES.howOftenNotices,
  RULE_NAMES.howConsultationsGo,
]);
/** A phone or ID number is an answer to a form, whatever its words say. */
const GIVES_NUMBER = /\d{5,}/;

/**
 * Decides the intent of one message: wording rules for actions first, then the trained classifier (when given) for
 * actions no rule words, then the knowledge base for questions, then out of scope; and the trained classifier, when it
 * is sure, overrules what they decided (see `overruled`), unless `overrule` is false: a follow-up restated from the
 * conversation is no message the classifier learned to read. Fully offline and deterministic.
 */
export function classify(
  analysis: Analysis,
  retriever: Retriever,
  model?: IntentModel,
  options: { overrule?: boolean } = {},
): Classification {
  const decided = decide(analysis, retriever, model);
  return model && options.overrule !== false ? overruled(decided, analysis, model) : decided;
}

/**
 * The trained classifier's verdict where it is sure and disagrees, in the two ways it was found right on
 * conversations it never saw: a question about the plan that a rule took for a request or that nothing knew
 * ("插一句 找导师要收钱不" in a booking, "审批一般多久能走完"), and a change to a booking read as a new one; and in
 * English, a request read as a question (`ENGLISH_REQUESTS`). It does not turn a Chinese question into a request or
 * refuse: there it was as often wrong as right. A refusal a wording rule words
 * (another city's policy, the weather, an injection) stands; so does a message whose meaning is in the conversation,
 * and what `NOT_OVERRULED` names.
 */
function overruled(decided: Classification, analysis: Analysis, model: IntentModel): Classification {
  if (decided.intent === 'out_of_scope' && decided.reason !== 'fallback') return decided;
  if (NOT_OVERRULED.has(decided.intent) || NEVER_OVERRULED_RULES.has(decided.reason)) return decided;
  if (meansWhatItsConversationSays(analysis) || refersBack(analysis)) return decided;
  const best = model.predict(analysis);
  if (best.p < LEARNED_OVERRULES || best.intent === decided.intent) return decided;
  const reason = `learned (p=${best.p.toFixed(2)}) over ${decided.reason}`;
  if (best.intent === 'consult.manage' && decided.intent === 'consult.book') return { intent: best.intent, reason, hits: decided.hits };
  if (englishRequest(decided, analysis, best)) return { intent: best.intent, reason, hits: decided.hits };
  if (weakAnswerOfRequest(decided, analysis, best)) return { intent: best.intent, reason, hits: decided.hits };
  if (weakAnswerOffDomain(decided, best)) return { intent: 'out_of_scope', reason, hits: decided.hits };
  // "桃花节我们能参加不", "有冇楚文化相关的活动": events asked about, answered from the events on record and the plan.
  if (best.intent === 'event.ask' && best.p >= EVENTS_OVERRULE && decided.intent === 'policy.ask')
    return { intent: best.intent, reason, hits: decided.hits };
  if (best.intent !== 'policy.ask') return decided;
  const answerable = isAnswerable(decided.hits, analysis);
  // "我屋里老二想回来开个养鸡场 这个问哪个": whom to ask, worded so, is answered so rather than with nearest entries.
  if (!answerable && decided.intent === 'contact.ask') return decided;
  // A question the knowledge base has no good answer for is offered its nearest entries, as one on the domain is.
  return { intent: 'policy.ask', reason: answerable ? reason : NEAREST, hits: decided.hits };
}

/**
 * Whether the classifier may read an English message as a request (`REQUEST_INTENTS`), where retrieval took it for a
 * question about the plan. The wording rules know far fewer English phrasings than Chinese ones ("could you arrange a video chat for me
 * with one of the business mentors?"), and the classifier reads English words and word pairs as they are written.
 */
const englishRequest = (decided: Classification, analysis: Analysis, best: { intent: Intent; p: number }): boolean =>
  analysis.language === 'en' &&
  decided.intent === 'policy.ask' &&
  best.p >= LEARNED_OVERRULES &&
  REQUEST_INTENTS.has(best.intent) &&
  allowed(best.intent, analysis);

/** How sure the classifier must be that a question about the plan asks about events. */
const EVENTS_OVERRULE = 0.95;
/** An entry covering less than this share of a message's topic words answers it only weakly. */
const WEAK_COVERAGE = 0.25;
/** How sure the classifier must be to read a weakly answered message as a request or a courtesy. */
const WEAK_OVERRULES = 0.85;

/**
 * Whether the classifier may read as a request or a courtesy a message that retrieval answered only weakly: "那先登记一下我们
 * 以后有扶持能通知到" (the word 通知 in a notice's title) or "喂 是不是回乡通 我帮他问" (回乡 in many) is no question
 * about the entry its few shared words found.
 */
const weakAnswerOfRequest = (decided: Classification, analysis: Analysis, best: { intent: Intent; p: number }): boolean =>
  decided.intent === 'policy.ask' &&
  (decided.reason === 'retrieval' || decided.reason === NEAREST) &&
  (decided.hits[0]?.coverage ?? 0) < WEAK_COVERAGE &&
  best.p >= WEAK_OVERRULES &&
  (REQUEST_INTENTS.has(best.intent) || best.intent === 'greet') &&
  allowed(best.intent, analysis) &&
  // ("先不登记 帮我记一下 有人联系我就行": a rule of that intent saw the message and excluded it.)
  !INTENT_RULES.some((rule) => rule.intent === best.intent && (rule.unless ?? []).some((r) => r.test(analysis.text)));

/** How sure the classifier must be that a message the plan answers only weakly is off the programme. */
const OFF_DOMAIN_OVERRULES = 0.9;

/**
 * Whether a message that no entry answers well ("帮我写篇公众号推文介绍下我们公司", "今天荆州限号吗") is one the
 * classifier is sure is off the programme: refused rather than offered the plan's nearest entries.
 */
const weakAnswerOffDomain = (decided: Classification, best: { intent: Intent; p: number }): boolean =>
  best.intent === 'out_of_scope' &&
  best.p >= OFF_DOMAIN_OVERRULES &&
  decided.intent === 'policy.ask' &&
  (decided.reason === NEAREST || (decided.reason === 'retrieval' && (decided.hits[0]?.coverage ?? 0) < WEAK_COVERAGE));

/** A few words ("同意", "yes", "取消掉吧") or a number: an answer to whatever the conversation asked, not read alone. */
function meansWhatItsConversationSays(analysis: Analysis): boolean {
  const text = analysis.text.replace(/\s+/g, '');
  return lengthInChinese(analysis.text) < OVERRULED_MIN_CHARS || GIVES_NUMBER.test(text);
}

/** An English word says about as much as two Chinese characters ("yes confirm" is as short as "确认删除"). */
const lengthInChinese = (text: string): number => {
  const words = text.match(LATIN_WORD) ?? [];
  return [...text.replace(LATIN_WORD, '').replace(/\s+/g, '')].length + 2 * words.length;
};

/** "第二个呢 说细点", "那县里呢": what it means is in the conversation, which the classifier does not see. */
const refersBack = (analysis: Analysis): boolean => readFollowUp(analysis.text) !== undefined;

/** Whether the classifier may decide this intent for this message at all. */
/** Which of two is better, asked ("哪个更适合", "选哪个好"). */
const ASKS_WHICH_IS_BETTER = /哪(个|里|家|边)(更|比较|最)?(好|适合|合适|划算|强|有优势)|选哪(个|里|家)/;

/** Registering a business with the authorities, in English. */
const REGISTERS_A_BUSINESS =
  /\bregist(?:er|ering|ration of) (?:a|an|my|our|the|his|her) (?:new |small |little )?(?:shop|store|business|company|firm|restaurant|factory|workshop|studio)\b|\bbusiness (?:registration|licen[cs]e)\b/i;

function allowed(intent: Intent, analysis: Analysis): boolean {
  // Someone giving their own number ("我的手机是139…") is neither asking for our contacts nor deleting anything.
  if (NOT_WITH_OWN_NUMBER.has(intent) && OWN_NUMBER.test(analysis.text)) return false;
  // In English, booking is of someone, named or asked for, or of a time: "can I apply online?" is no booking, whatever
  // "online" answered in forms. (In Chinese the classifier reads a booking's details in context better than words do.)
  if (intent === 'consult.book' && analysis.language === 'en' && !NAMES_BOOKING_EN.test(analysis.raw)) return false;
  // "高新区和经开区哪个更适合做电池pack": which is better, asked, is no registration.
  if (intent === 'lead.register' && ASKS_WHICH_IS_BETTER.test(analysis.text)) return false;
  // "We want to register a small shop": a business registered with the authorities (注册登记), not a lead with us.
  if (intent === 'lead.register' && REGISTERS_A_BUSINESS.test(analysis.raw)) return false;
  // Deleting is of one's own data, named: a bare "全部给我删掉" after an answer is no request to delete anything kept.
  return intent !== 'privacy.delete' || NAMES_OWN_DATA.test(analysis.text);
}

/**
 * Whether a rule matches the message. An English message is also read as written: the lexicon has put the plan's
 * Chinese terms into its normalised text ("book" → 预约), where the rules' English wordings no longer meet it.
 */
function matchesMessage(rule: IntentRule, analysis: Analysis): boolean {
  return analysis.language === 'en' ? matches(rule, analysis.text, analysis.raw.toLowerCase()) : matches(rule, analysis.text);
}

/** "Hello, is this the Jingzhou returnee service? I'm from Jianli, …": who the bot is, asked, and nothing else. */
function asksOnlyWhoWeAre(text: string): boolean {
  const asked = IS_THIS_THE_SERVICE.exec(text);
  return Boolean(asked) && !soundsLikeQuestion(text.slice(asked!.index + asked![0].length));
}

/** The reason given a question naming a kind of support that the best entry is about. */
const KIND_ASKED = 'a kind of support asked, of the entry about it';
const SUPPORT_KINDS = new RegExp(SUPPORT_KIND.source, 'g');
/** How far ahead of the next entry the one about the kind must be. */
const KIND_LEAD = 1.2;

/**
 * "我儿子回来养虾 能贷款不": a question naming a kind of support (贷款, 补贴) whose best entry is about that kind,
 * well ahead of the next, however few of the story's words it shares, is that entry's question, not a menu of
 * nearest entries. (Housing and car loans, and cheating, are refused by rules before this.)
 */
function asksKindOfTop(analysis: Analysis, hits: Hit[]): boolean {
  const [top, next] = hits;
  if (!top || !soundsLikeQuestion(analysis.text)) return false;
  if (next && top.score < next.score * KIND_LEAD) return false;
  const kinds = analysis.text.match(SUPPORT_KINDS) ?? [];
  const names = `${top.entry.title} ${top.entry.synonyms.join(' ')}`;
  return kinds.some((k) => names.includes(k));
}

/** Refusals of chat (the weather, a joke, food): a question on the plan said after the chat is still answered. */
const CHAT_REFUSALS: ReadonlySet<string> = new Set([
  RULE_NAMES.shopOrFood,
  RULE_NAMES.everyday,
  RULE_NAMES.botSmallTalk,
  RULE_NAMES.weather,
  RULE_NAMES.poemOrJoke,
]);

/** Asking or asked to tell, in words of its own ("想问问", "说说", "介绍下"). */
const ASKS_OR_TELL = /问|说说|讲讲|介绍|了解/;

/**
 * The chat a refusal rule found is over before the message ends, and what follows asks about the plan: the words
 * after the last clause the rule matches ask something ("想问问…有补贴不", "再说说返乡创业培训"), on the domain, and
 * the knowledge base answers the message.
 */
function asksAfterChat(rule: IntentRule, analysis: Analysis, hits: Hit[]): boolean {
  if (!analysis.onTopic || !isAnswerable(hits, analysis)) return false;
  const parts = analysis.text.split(/[\s,，。;；!！?？~～]+/).filter(Boolean);
  let last = -1;
  parts.forEach((part, i) => {
    if (rule.any.some((r) => r.test(part))) last = i;
  });
  if (last < 0 || last === parts.length - 1) return false;
  const rest = parts.slice(last + 1).join(' ');
  return [...rest].length >= 4 && (soundsLikeQuestion(rest) || ASKS_OR_TELL.test(rest));
}

/** Questions about the service itself: a greeting rule's, whatever the knowledge base matches in them. */
const ABOUT_THE_SERVICE = [ASKS_WHO_RUNS_US, ASKS_DIALECT, ASKS_USE_AFTER_DELETING, ASKS_WHAT_FOR, ASKS_ABOUT_THE_BOT];

/** Someone else's words quoted ("我儿发给我的:“爸 你帮我问下…”", "老乡群里有人发:\"…\""), six characters or more. */
const QUOTED = /[“「『"][^”」』"]{6,}[”」』"]/g;
/** Requests a quotation makes of someone else, not of the bot: said in the quote alone, they ask nothing here. */
const ACTS: ReadonlySet<Intent> = new Set([
  'handoff.human',
  'notice.subscribe',
  'notice.unsubscribe',
  'lead.register',
  'consult.book',
  'consult.manage',
  'privacy.delete',
]);

/** Requests a greeting may come before, each known by its own rules. */
const AFTER_A_GREETING: ReadonlySet<Intent> = new Set(['privacy.delete', 'notice.unsubscribe', 'handoff.human', 'consult.manage']);
/**
 * Whether a greeting ("hi,", "你好") comes before what a later rule of another kind knows: asking what data is kept,
 * to stop notices, for a person, about one's booking.
 */
function greetsThenAsks(greeting: IntentRule, analysis: Analysis): boolean {
  const rest = analysis.text.replace(GREETING_WORDS, '').trim();
  if ([...rest].length < 6) return false;
  const after = INTENT_RULES.slice(INTENT_RULES.indexOf(greeting) + 1);
  return after.some((rule) => AFTER_A_GREETING.has(rule.intent) && matchesMessage(rule, analysis));
}
const GREETING_WORDS = /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|你好|您好|在吗|在不在|喂)[\s,，!！.。~]*/i;

function decide(analysis: Analysis, retriever: Retriever, model?: IntentModel): Classification {
  const hits = retriever.search(analysis);
  const text = analysis.text;
  const unquoted = text.replace(QUOTED, ' ');
  for (const rule of INTENT_RULES) {
    if (!matchesMessage(rule, analysis)) continue;
    // "我哥发来的:“…你问问那个智能客服…” 我是回来开奶茶店的 是不是都能拿": a request only in the quote is not made here.
    if (unquoted !== text && ACTS.has(rule.intent) && !matches(rule, unquoted)) continue;
    // "下雨天在家无聊 想问问回乡开厂有补贴不": chat first, then a question on the plan, which is what is answered.
    if (CHAT_REFUSALS.has(rule.name) && asksAfterChat(rule, analysis, hits)) continue;
    // "谢谢 明天沙市下雨不": thanks, then something off the domain that a refusal rule knows; that rule decides.
    if (rule.intent === 'greet' && !onlyCourtesy(text) && REFUSALS.some((r) => matches(r, text))) continue;
    // "hi, what personal data do you keep about me?": a greeting, then what another rule knows; that rule decides.
    if (rule.intent === 'greet' && !onlyCourtesy(text) && greetsThenAsks(rule, analysis)) continue;
    // A greeting followed by a real question is the question; thanks in a few more words ("好的 晓得了 谢谢啊") is not.
    if (
      rule.intent === 'greet' &&
      text.length > 8 &&
      !onlyCourtesy(text) &&
      !CLOSING.test(text) &&
      !FAREWELL.test(text) &&
      !NEXT_STEP.test(text) &&
      !LATER.test(text) &&
      !THANKS_LAST.test(text) &&
      !GIVES_UP_WITH_THANKS.test(text) &&
      !BYE_LAST.test(text) &&
      // A long story on the programme's domain after the greeting ("你好 我儿在温州搞防水 … 政府管不管") is a question;
      // a story that asks nothing and names nothing of the programme ("早上好 送完孩子上学 终于到公司了") is not.
      ((isAnswerable(hits, analysis) && (soundsLikeQuestion(text) || analysis.onTopic)) ||
        (text.length > 24 && domainDetectorOf(retriever.entries).onDomain(analysis))) &&
      !/你是|服务号|公众号|功能|机器人|助手|小助理|assistant|\bbot\b|robot|是.{0,12}吧$/i.test(text) &&
      !ABOUT_THE_SERVICE.some((asks) => asks.test(text) || asks.test(analysis.raw)) &&
      !asksOnlyWhoWeAre(text)
    )
      break;
    return { intent: rule.intent, reason: rule.name, hits };
  }
  // "各位好 本人在宁波跑货车十年了 老家松滋": saying who they are, wanting nothing yet, whatever the classifier learned
  // of introductions that went on to ask for something.
  if (INTRODUCES.test(text) && !soundsLikeQuestion(text) && !WANTS_SOMETHING.test(text) && !isAnswerable(hits, analysis))
    return { intent: 'greet', reason: INTRODUCES_ONESELF, hits };
  const learned = model && learnedAction(model, analysis, hits);
  if (learned) return { intent: learned.intent, reason: `learned (p=${learned.p.toFixed(2)})`, hits };
  if (isAnswerable(hits, analysis)) return { intent: 'policy.ask', reason: 'retrieval', hits };
  // "第6项里面县里要建几个站": a row or article named by its number is answered from it, however few words match.
  if (referencedEntry(analysis.text, retriever.entries, { bareItem: true })) return { intent: 'policy.ask', reason: NAMES_BY_NUMBER, hits };
  if (asksKindOfTop(analysis, hits)) return { intent: 'policy.ask', reason: KIND_ASKED, hits };
  if (domainDetectorOf(retriever.entries).onDomain(analysis)) return { intent: 'policy.ask', reason: NEAREST, hits };
  // A short message no rule knew, thanking or taking leave in words of its own ("好嘞 麻烦师傅咯", "ok cheers"): a
  // courtesy, answered as one rather than refused.
  if ([...text].length <= COURTESY_CHARS && THANKS_OR_LEAVING.test(text) && !/[?？吗么啥哪谁]|[不没冇]$/.test(text))
    return { intent: 'greet', reason: 'courtesy in words of its own', hits };
  // "老铁们好 退伍老兵一枚 现在在苏州送外卖": someone saying who they are, asking nothing yet, is welcomed, not refused.
  if (INTRODUCES.test(text) && !soundsLikeQuestion(text)) return { intent: 'greet', reason: INTRODUCES_ONESELF, hits };
  return { intent: 'out_of_scope', reason: 'fallback', hits };
}
