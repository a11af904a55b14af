import type { Middleware } from '../core/compose.ts';
import { Context } from '../core/context.ts';
import { sameRecipient, type Outbound } from '../core/message.ts';
import { NEAR_RATIO, NEAREST, type Classification } from '../intent/classify.ts';
import type { DialogueState } from './session.ts';
import { ANSWERED_INTENTS, type Intent } from '../intent/intents.ts';
import type { Analysis } from '../text/analyzer.ts';
import { soundsLikeQuestion } from './question.ts';
import { asksHowDataIsUsed } from '../intent/deletion-words.ts';
import { OTHERS_DATA } from '../intent/rules.ts';

/**
 * Several requests in one message ("贷款最多多少 另外我想约个导师", "补贴有哪些?顺便帮我订阅活动通知"): the questions
 * are answered in order, then the one thing to do is started, its first prompt last, all within one phone screen.
 *
 * The turn's intent is the action's when the message asks for one (it is what changes the dialogue: the form now
 * open), otherwise the first question's.
 */

/** Words that start another request; they are dropped from the part they start. */
const CONNECTOR =
  /(?:^|[\s,，、.。?？!！;；]+)(?:另外|另外还有|顺便(?:问一?下|问个|说一?下|帮我)?|順便(?:問一?下|幫我)?|再问一?下|再问个|先问一?下|先问个|我想问(?:一?下|问)?|还有个事|还有一件事|还有一个问题|还有个问题|还有就是|还有(?![呢吗么嘛哪什几多啥没冇不别的吧个些点一两几])(?=[^\s,，。?？!！]{3})|对了|还想问一?下?|另一个问题|第二个问题|[一二三四]是|and also|also|btw|by the way)(?:[\s,，、:：]+|(?=\S))|(?:^|[\s,，、。?？!！;；]+)(?:[1-9][.、)）](?!\d)|[①②③④⑤]|[（(][1-9][)）])\s*/gi;
/**
 * A question ended and the next begun with no punctuation, as voice input writes it ("带款能带多少然后还有那个园区的房租
 * 能不能减免"): the join is where one ends.
 */
const VOICE_JOIN =
  /(多少|好多|几多|几个|几场|几家|吗|嘛|么|能不能[^\s,，。?？]{1,6}|没有|冇得?|呢|是不是|对不对|对吧|在哪里?|哪里|哪儿|么时候|什么时候|啥时候|是么事|是什么|是啥|怎么回事|怎么弄|怎么办)(?:然后还有|然后就是|然后|还有就是|还有(?!没|冇|什么|啥|别的|其他|其它|吗|呢|不)|另外|再就是)(?=[^\s,，。?？!！]{3})/g;
/** Sentence ends. */
const SENTENCE_END = /[?？!！;；。]+|\.\s+/;
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * A numbered list in words ("第一 …第二 …第三 …", "一是…二是…三是…", "1 … 2 …" is CONNECTOR's): its marks split the
 * message only when at least the first two are there, so that one ordinal ("那个清单 第3条具体是么事") splits nothing.
 */
const ENUMERATION = [
  {
    first: /第[一1](?:个|条|件|点)?(?:问题|事)?(?:是|就是)?/,
    mark: /第[一二三四五1-5](?:个|条|件|点)?(?:问题|事)?(?:是|就是)?[\s,，、:：]*/g,
  },
  { first: /一是/, mark: /[一二三四五]是[\s,，、:：]*/g },
  // "请问:一、…?二、…?三、…?": numbered with Chinese numerals.
  { first: /(?:^|[\s,，:：。?？])一[、.．]/, mark: /(?<=^|[\s,，:：。?？!！])[一二三四五][、.．]\s*/g },
];
const enumerated = (text: string): string => {
  for (const { first, mark } of ENUMERATION) {
    const marks = text.match(mark) ?? [];
    if (first.test(text) && marks.length >= 2) return text.replace(mark, '\u0001');
  }
  return text;
};

/**
 * Asking the bot to do what the part before asked for ("I'd like to meet a mentor. Could you arrange that?", "Can you
 * set that up?", "能帮我安排一下吗"): no request of its own, so it stays with that part.
 */
const DOES_THAT =
  /^(?:so |and |ok |please )?(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:set (?:that|it|this|one) up|arrange (?:that|it|this|one)|organi[sz]e (?:that|it|this|one)|book (?:that|it|this|one)|do (?:that|it|this)|make (?:that|it) happen|help(?: me)?(?: with (?:that|it|this))?)(?: for (?:me|us|him|her|them))?(?: please| pls)?[?.!\s]*$|^(?:is )?(?:that|it) possible[?.!\s]*$|^(?:能|可以|麻烦)?(?:帮我|给我)?(?:安排|弄|办)(?:一下|下)?(?:吗|不|么|嘛|行不)?[?？!！。\s]*$/i;

/** The candidate parts of a message, in order (a message without a boundary is one part). */
export function splitRequests(text: string): string[] {
  const parts = enumerated(text.replace(VOICE_JOIN, '$1，还有'))
    .replace(CONNECTOR, '\u0001')
    .split('\u0001')
    .flatMap((chunk) => chunk.split(SENTENCE_END))
    .flatMap(spacedQuestions)
    .map((part) => part.trim())
    .filter((part) => MEANINGFUL.test(part));
  return parts.reduce<string[]>((kept, part) => {
    if (kept.length && DOES_THAT.test(part)) kept[kept.length - 1] += ` ${part}`;
    else kept.push(part);
    return kept;
  }, []);
}

/** A piece asking for something to be done (a booking, a registration, notices), which no question word need end. */
const STARTS_AN_ACTION =
  /^(?:那|也|还|再|然后)?(?:能不能|能否|可不可以|可以|麻烦|请|我也想|我还想|我想|也想|想)?(?:帮我|给我|帮忙)?(?:约个|约一?位|预约|登记|订阅|报个?名)/;
/** The notices, asked for as well ("活动通知也顺便给我开了", "顺便把推送打开"). */
const NOTICES_AS_WELL = /^(?:顺便|另外|再|还有|也)?(?:把|帮我把|给我把)?(?:活动通知|活动推送|通知|推送)(?:也|顺便|一起|一并)/;
/** Wanting to take part in or hear of something of the plan ("想报创业培训"): what the plan says of it is answered first. */
const WANTS_TO_JOIN = /想(?:报|报名|参加|了解|问问?|咨询)(?!.*(?:导师|辅导员|联络员|专家))/;
/** A question said on its own between spaces: long enough, and not leaning on what came before ("那…", "第二个…"). */
const OWN_QUESTION_CHARS = 5;
const LEANS_BACK = /^(?:那|这|第|还|呢|就|也|又|再|and\b|also\b)|核实|了解|几个问题|几个事|几个数据/i;
/** A piece ending as a question ends ("…有多少人", "…要建几个", "…能减免吗"), not one with a count inside a story. */
const ENDS_ASKING =
  /(?:吗|嘛|呢|么|不|没|冇|没有|[?？]|(?:多少|好多|几多|几)[个人家场次项条年月天元万]?|哪[里儿个些]?|谁|啥|什么|怎么办|咋办)[啊呀哈]?$/;
/** Whether something of a thing named is given, asked at a piece's end ("园区的场地有冇减免"; not "有没有联络中心"). */
const ASKS_INSIDE = /^[^\s,，。?？]{2,}(?:有冇得?|有没有)[^\s,，。?？]{1,4}$/;
const ownQuestion = (piece: string): boolean =>
  [...piece].length >= OWN_QUESTION_CHARS &&
  !LEANS_BACK.test(piece) &&
  (ENDS_ASKING.test(piece) || ASKS_INSIDE.test(piece)) &&
  soundsLikeQuestion(piece);

/**
 * Questions typed one after another with only spaces between them ("信息库现在有多少人 驻外招商办事处有多少个
 * 联络站要建几个"): cut after each question that another question follows. Anything else keeps its spaces.
 */
function spacedQuestions(chunk: string): string[] {
  const pieces = chunk.trim().split(/\s+/);
  if (pieces.length < 2 || !/[\u3400-\u9fff]/.test(chunk)) return [chunk];
  const parts: string[] = [];
  let current: string[] = [];
  pieces.forEach((piece, i) => {
    // "有冇得大学生孵化基地 能不能帮我约个辅导员": something to do, asked after a question.
    if (
      current.length &&
      STARTS_AN_ACTION.test(piece) &&
      (soundsLikeQuestion(current.join(' ')) || WANTS_TO_JOIN.test(current.join(' ')))
    ) {
      parts.push(current.join(' '));
      current = [];
    }
    // "帮我约个导师 活动通知也顺便给我开了": the notices asked for after another request.
    if (current.length && STARTS_AN_ACTION.test(current.join(' ')) && NOTICES_AS_WELL.test(piece)) {
      parts.push(current.join(' '));
      current = [];
    }
    current.push(piece);
    if (ownQuestion(piece) && pieces.slice(i + 1).some(ownQuestion)) {
      parts.push(current.join(' '));
      current = [];
    }
  });
  if (current.length) parts.push(current.join(' '));
  return parts;
}

/** Asking to be told without a question word ("想了解下贷款政策", "介绍一下园区", "tell me about the loans"). */
const ASKS_TO_HEAR = /想了解|了解一?下|想问|介绍|说说|讲讲|说一?下|讲一?下|看看|\btell me\b|\bexplain\b|\bdescribe\b/i;

/** A part that only announces the questions to come ("…想问三个事", "我想问下", "问几个问题"). */
const ANNOUNCES = /(?:想|要|我)?(?:问|请教|咨询)(?:一?下|你们?|您)?(?:[几两三四五]个|几件|一些|些)?(?:问题|事情?)?[\s,，:：。]*$/;

/** A part asks something: question wording (after a leading "and"), an English question word, or asking to be told. */
const asks = (part: string): boolean =>
  soundsLikeQuestion(part.replace(/^(?:and|also|but|so|then|plus)\s+/i, '')) ||
  /\b(?:what|how|when|where|who|which|why)\b/i.test(part) ||
  ASKS_TO_HEAR.test(part) ||
  WANTS_TO_JOIN.test(part);

/** Asking which events there are, in a message that also asks to be told of them. */
const ASKS_WHAT_EVENTS =
  /(?:有没有|有冇|有没|有么|有啥|有什么|有哪些|哪些|什么|啥|么子?)[^\s,，。?？]{0,6}活动|活动(?:有哪些|有没有|有冇|多不多|么时候|什么时候)|(?:大会|节|大赛|训练营|恳谈会|团拜会|推介会|对接会|见面会|座谈会|年会|沙龙|论坛)[^\s,，。?？]{0,6}(?:吗|冇|没有|(?:么|什么|啥)时候)|(?:有没有|有冇得?|有没得)[^\s,，。?？]{0,10}(?:恳谈会|团拜会|推介会|对接会|见面会|座谈会|年会|大会)|(?:么|什么|啥)时候(?:开|办|搞|举办|报名|开始)|\b(?:what|which|any)\s+(?:\w+\s+){0,2}events?\b/i;

/** Question words that show a message asking for a person also asks something the bot can answer meanwhile. */
const ASKS_SOMETHING = /[?？]|有哪些|是什么|是么|怎么|咋|多少|好多|几/;
/** A short part asking what came before of something else ("荆州的呢", "那我们这边呢"). */
const ASKS_AGAIN_OF = /^[^,，。?？]{0,8}(?:的|这边|那边)?呢[?？。]*$/;
/** Something done before, told ("我约了导师", "上次登记过", "已经订阅了"). */
const DONE_ALREADY = /(?:约|预约|登记|订阅|订|报名)(?:了|过)(?![吗嘛没不么呢]|一?下)|已经(?:约|预约|登记|订阅|订|报名)|上次|上回|之前/;

/** Intents that start or change something; at most one per message is run, after the questions. */
const ACTIONS: ReadonlySet<Intent> = new Set<Intent>(['consult.book', 'lead.register', 'notice.subscribe', 'notice.unsubscribe']);
/** Actions done at once, with no form: one may come with a form's action ("帮我约个导师 顺便订阅活动通知"). */
const INSTANT_ACTIONS: ReadonlySet<Intent> = new Set<Intent>(['notice.subscribe', 'notice.unsubscribe']);
/** A whole message of one of these is never split: it is handled, or refused, as one. */
const WHOLE: ReadonlySet<Intent> = new Set<Intent>(['privacy.delete', 'handoff.human', 'consult.manage', 'greet']);

export interface Request {
  text: string;
  analysis: Analysis;
  classification: Classification;
  /** A second form asked for in the same message: not started now (one form at a time), the user told how to. */
  deferred?: true;
}

/** How to start a form asked for beside another, once that one is done. */
const START_LATER: Partial<Record<Intent, { zh: string; en: string; asked: RegExp }>> = {
  'consult.book': {
    zh: '预约导师的事,这个办完后说"预约导师"就行。',
    en: 'For the mentor booking, say "book a mentor" once this is done.',
    asked: /约|导师|辅导员|\bbook\b|\bmentor\b|\bappointment\b/i,
  },
  'lead.register': {
    zh: '登记投资意向的事,这个办完后说"登记投资意向"就行。',
    en: 'To register your project, say "register my project" once this is done.',
    asked: /登记|意向|\bregist/i,
  },
};

/** How a part after the first is numbered when its article's title is not said again. */
const PART_NUMBERS = ['一', '二', '三', '四', '五'];
/** Lines of a question's answer kept when several requests share one reply (a phone screen holds about 12). */
const ANSWER_LINES = 4;
const MAX_QUESTIONS = 3;
/** A later part scoring an earlier part's entry at this share of its best hit is about the same thing. */
const SAME_TOPIC = 0.6;
/** A part whose best hit scores below this names no topic of its own (as in `follow-up.ts`). */
const OWN_TOPIC_SCORE = 9;

/** One entry well ahead of the rest, on its own topic's score. */
const oneNear = ({ hits }: Classification): boolean => {
  const top = hits[0]?.score ?? 0;
  return top >= OWN_TOPIC_SCORE && (hits[1]?.score ?? 0) < top * NEAR_RATIO;
};

/**
 * The requests of a message when it holds more than one (questions on different entries, and at most one action),
 * in the order they are handled: questions as asked, the action last. `undefined` for a single request.
 */
export function planRequests(
  text: string,
  whole: Classification,
  understand: (text: string) => { analysis: Analysis; classification: Classification },
): Request[] | undefined {
  // ("我想登记个投资意向 先问下你们会不会把我电话给别人": how data is used is answered, then the registration starts.)
  const askedOfData = whole.intent === 'privacy.delete' && asksHowDataIsUsed(text);
  // ("有冇得真人 我想问培训有哪些 在哪报": a person asked for, and a question the bot answers meanwhile.)
  const personAndQuestion = whole.intent === 'handoff.human' && ASKS_SOMETHING.test(text);
  if (WHOLE.has(whole.intent) && !askedOfData && !personAndQuestion) return undefined;
  // A message a rule refused may still ask something of ours in another part ("今天荆州天气咋样 顺便说下贷款咋申请").
  const refused = whole.intent === 'out_of_scope' && whole.reason !== 'fallback';
  // "这段时间有冇楚商的活动啊 有的话提前通知我": the events asked about are answered, then the notices started.
  if (whole.intent === 'notice.subscribe' && ASKS_WHAT_EVENTS.test(text)) {
    const { analysis } = understand(text);
    return [
      { text, analysis, classification: { ...whole, intent: 'event.ask', reason: 'asks what events, then to be told' } },
      { text, analysis, classification: whole },
    ];
  }
  const parts = splitRequests(text);
  if (parts.length < 2) return undefined;
  // Requests the user numbered ("第一 … 第二 …") are theirs to separate: none is merged into another by its topic.
  const numbered = enumerated(text) !== text;
  const questions: Request[] = [];
  const actions: Request[] = [];
  // Parts that ask nothing ("Hello, I'm from Jianli, running a factory in Shenzhen.", "I'm usually back for Spring
  // Festival."): the story around the next question, read with it.
  let story = '';
  for (const said of parts) {
    const part = story ? `${story} ${said}` : said;
    const request = { text: part, ...understand(part) };
    const { intent, reason } = request.classification;
    story = '';
    // A part on the domain that matches nothing is the story around a question ("在东莞打工8年. 想回来…"), not a request.
    // Unless it asks, and one entry alone is near it ("…还有那个政府加银行加保险是怎么回事": the loans' article), as
    // the nearest entries' answer would answer it alone.
    if (reason === NEAREST && !(asks(said) && oneNear(request.classification))) return undefined;
    // "我约了导师聊职称 先问下…": what was done already is the story around the question, not a request.
    if (ACTIONS.has(intent) && DONE_ALREADY.test(said)) story = part;
    // (One request of each action: "我要投诉 转人工" opens one ticket.)
    else if (ACTIONS.has(intent) || (personAndQuestion && intent === 'handoff.human')) {
      if (!actions.some((a) => a.classification.intent === intent)) actions.push(request);
    } else if (intent === 'privacy.delete' && asksHowDataIsUsed(part)) questions.push(request);
    else if (ANSWERED_INTENTS.has(intent) && (!asks(said) || ANNOUNCES.test(said))) {
      story = part;
    } else if (ANSWERED_INTENTS.has(intent) && reason !== 'fallback') {
      const hits = request.classification.hits;
      const top = hits[0]?.score ?? 0;
      // Two parts about the same entry are one question told in two sentences ("最高多少 另外要不要抵押", "A friend says I
      // could become an ambassador. What perks come with that?"): the later part ranks the earlier one's entry near its top.
      const about = (q: Request) => {
        const topic = q.classification.hits[0]?.entry.id;
        return hits.some((h) => h.entry.id === topic && h.score >= top * SAME_TOPIC);
      };
      // A part naming no topic of its own ("how much?") asks about the part before it.
      const same = numbered
        ? -1
        : top < OWN_TOPIC_SCORE && questions.length
          ? questions.length - 1
          : questions.findIndex((q) => q.classification.intent === intent && about(q));
      if (same >= 0) {
        const joined = `${questions[same]!.text} ${part}`;
        questions[same] = { text: joined, ...understand(joined) };
      } else questions.push(request);
    } else if (intent === 'out_of_scope' && OTHERS_DATA.has(reason)) {
      // ("…楚商楚才库吗 …把里面做建材的老板电话发我几个": the library answered, and the numbers refused, in so many words.)
      questions.push(request);
    } else if (intent === 'greet' || intent === 'out_of_scope') continue;
    else return undefined;
  }
  // Two actions only when one is done at once (notices); the form's, if any, is started last.
  const forms = actions.filter((a) => !INSTANT_ACTIONS.has(a.classification.intent) && a.classification.intent !== 'handoff.human');
  // A person asked for goes with questions only, never with a form or notices.
  if (personAndQuestion && (actions.length !== 1 || actions[0]!.classification.intent !== 'handoff.human' || !questions.length))
    return undefined;
  // "约个导师 明天上午 另外还想登记个投资意向": the first form asked for is started, the other said how to start after.
  // (Each asked for in so many words: "want to ask about opening a restaurant" beside a booking asks for no registration.)
  if (
    actions.length === 2 &&
    forms.length === 2 &&
    !questions.length &&
    !refused &&
    forms.every((f) => START_LATER[f.classification.intent]?.asked.test(f.text))
  )
    return [forms[0]!, { ...forms[1]!, deferred: true }];
  if (actions.length > 2 || (actions.length === 2 && forms.length > 1) || questions.length > MAX_QUESTIONS) return undefined;
  if (refused) {
    // Only questions that name a topic of their own ("贷款咋申请"), not "荆州的呢" after another city's, which is refused whole.
    // ("宜昌的返乡创业补贴有哪些？荆州的呢": the second part asks the refused one again, so the whole is refused.)
    const own = questions.filter(
      (q) => (q.classification.hits[0]?.score ?? 0) >= OWN_TOPIC_SCORE && !LEANS_BACK.test(q.text) && !ASKS_AGAIN_OF.test(q.text),
    );
    return own.length && own.length === questions.length && !actions.length ? own : undefined;
  }
  // The whole message asks for something no part asks for alone ("I'd like to invest … 50 million yuan. Please have
  // your people contact me."): its sentences tell one request.
  if (ACTIONS.has(whole.intent) && !actions.length) return undefined;
  const requests = [...questions, ...actions.filter((a) => !forms.includes(a)), ...forms];
  return requests.length >= 2 ? requests : undefined;
}

/**
 * Keeps the first lines of an answer that another request follows. Its rating buttons go; a clarification's choices
 * stay readable as lines (the user can ask for one of them by name afterwards).
 */
function trimAnswer(message: Outbound): string {
  const options = (message.choices ?? []).filter((c) => !c.minor).map((c) => `· ${c.label}`);
  const text = options.length ? message.text.replace(/请回复数字[::]?\s*$/, '') : message.text;
  const lines = [...text.split('\n'), ...options];
  return lines.length > ANSWER_LINES ? `${lines.slice(0, ANSWER_LINES).join('\n')}\n…` : lines.join('\n');
}

/**
 * Middleware before `route`: runs each request of a multi-request message through `dispatch` (the handler table) in
 * its own context sharing the sender's session, and gathers the replies. Group chats are not split: there the
 * message is handled (or refused) as a whole by the checks before this step.
 */
export function multiRequest(
  dispatch: (ctx: Context) => Promise<void>,
  classifyText: (ctx: Context, analysis: Analysis) => Classification,
): Middleware<Context> {
  return async (ctx, next) => {
    // A message read as a follow-up of the conversation is one request about the current topic.
    if (ctx.inbound.chatType === 'group' || !ctx.classification || ctx.classification.reason.startsWith('follow-up:')) return next();
    const requests = planRequests(ctx.analysis.raw, ctx.classification, (part) => {
      const analysis = ctx.deps.analyzer.analyze(part);
      return { analysis, classification: classifyText(ctx, analysis) };
    });
    if (!requests) return next();
    const later = requests.find((r) => r.deferred);
    if (later) {
      // One form at a time: the first is started as if asked alone, then the second is said how to start.
      const first = requests[0]!;
      ctx.restate(first.text);
      ctx.classification = first.classification;
      ctx.intent = first.classification.intent;
      await next();
      const how = START_LATER[later.classification.intent]!;
      const last = ctx.messages.findLast((m) => sameRecipient(m.to, ctx.sender));
      if (last) last.text = `${ctx.language === 'en' ? how.en : how.zh}\n${last.text}`;
      return;
    }
    // (The form's action, when there is one, names the turn: it is what the dialogue now waits on.)
    const action = requests.findLast((r) => ACTIONS.has(r.classification.intent) || r.classification.intent === 'handoff.human');
    ctx.intent = (action ?? requests[0]!).classification.intent;
    const done: Array<{ messages: Outbound[]; pending: DialogueState['pending'] }> = [];
    const answered: string[] = [];
    for (const request of requests) {
      const part = new Context({ ...ctx.inbound, text: request.text }, request.analysis, ctx.deps);
      part.session = ctx.session;
      part.person = ctx.person;
      // The reply language is the whole message's ("A friend says … What perks come with that?" is answered in English).
      part.language = ctx.language;
      part.classification = request.classification;
      part.intent = request.classification.intent;
      await dispatch(part);
      ctx.cite(...part.sources);
      if (ANSWERED_INTENTS.has(part.intent) && part.sources[0] && !answered.includes(part.sources[0])) answered.push(part.sources[0]);
      done.push({ messages: part.messages, pending: ctx.session.pending });
      // An earlier answer's rating or clarification must not catch the reply meant for what comes next.
      delete ctx.session.pending;
    }
    // A question asked back ("您问的是哪一项?") goes last when nothing is started, so that its number can be replied.
    const asked = action ? -1 : done.findIndex((d) => d.pending?.kind === 'choose-entry');
    if (asked >= 0) done.push(...done.splice(asked, 1));
    if (answered.length > 1) ctx.answeredInOrder = answered;
    ctx.session.pending = done.at(-1)!.pending;
    if (!ctx.session.pending) delete ctx.session.pending;
    // ("一、…二、…三、…" answered from one article: its title is said once.)
    const titles = new Set<string>();
    const titledOnce = (message: Outbound, i: number): Outbound => {
      const [first, ...rest] = message.text.split('\n');
      if (!first?.startsWith('【') || !rest.length) return message;
      if (!titles.has(first)) {
        titles.add(first);
        return message;
      }
      return { ...message, text: `${PART_NUMBERS[i] ?? `${i + 1}`}、\n${rest.join('\n')}` };
    };
    for (const [i, { messages }] of done.entries()) {
      for (const message of messages) {
        if (!sameRecipient(message.to, ctx.sender)) {
          ctx.messages.push(message);
          continue;
        }
        const said = titledOnce(message, i);
        if (i === done.length - 1) {
          ctx.messages.push(said);
          continue;
        }
        const { choices: _shownAsLines, ...rest } = said;
        ctx.messages.push({ ...rest, text: trimAnswer(said) });
      }
    }
  };
}
