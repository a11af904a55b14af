import { toSimplified } from '../text/normalize.ts';
import { lengthInChars } from '../text/language.ts';
import { THATS_ALL_EN } from '../text/thanks.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { type Classification, classify, isAnswerable, LEARNED_OVERRULES, NEAREST } from '../intent/classify.ts';
import { ANSWERED_INTENTS, type Intent, REQUEST_INTENTS } from '../intent/intents.ts';
import { ASKS_MEANING, CLOSING, RULE_NAMES } from '../intent/rules.ts';
import { MOBILE_AS_TYPED } from '../text/phone.ts';
import { declinesDeletion } from '../intent/deletion-words.ts';
import { pickChoice } from './choice.ts';
import { clausesOf, ENGLISH_QUESTION, SAYS_ASKING, soundsLikeQuestion } from './question.ts';

/**
 * How one message to an open form is read, shared by the booking, lead and notice forms (the full form engine is
 * issue 13): leaving, a question on the side, a choice said loosely. Each form keeps its own slots and prompts.
 */

// A way out in any word order: "那算了 不约了 我下次再说", "哎呀我搞错了 帮我取消掉", "还是不登记了".
const LEAVE =
  /算了|(?:我|我们)?(?:再|先)(?:想想|想一想|考虑考虑|考虑一下|考虑下|考虑哈)|不约了|不预约了|不登记了|不填了|不弄了|不搞了|不要了|不用了|不想(?:约|登记|填)了|先不(?:约|登记|登|填|弄)了?|不登了|下次再(?:说|约|来|弄)|想好了?再(?:联系|说|来|约)|考虑好了?再(?:联系|说|来)|改天再(?:说|约|来)|以后再(?:说|约)|回头再?(?:说|约|联系|聊)|取消掉|帮我取消|先取消(?=$|[\s,，。!！了吧掉])|回来再(?:约|说|联系|登记)|(?<!不)取消了?吧(?=$|[\s,，。!！])|把(?:预约|登记|这个|它)?(?:退|取消)(?:了|掉)|(?:预约|登记)(?:帮我|给我)?撤(?:了|掉|销)|取消(?:预约|登记|这次|它)|没事了|(?:喊|叫|让)(?:他|她|他们)(?:自己)?来(?:问问?|弄|办|登记|约)|^(?:取消|退出|结束)[了吧啊。!！]*(?:$|[\s,，]+\S{0,12}$)|^(?:cancel|quit|stop)\b|never ?mind|forget it/i;
/** Words that end the conversation, not only acknowledge ("先这样", "再见"). */
const GOODBYE = new RegExp(
  String.raw`先这样|就这样|再见|拜拜|再会|\bbye\b|goodbye|\bsee (?:you|ya)\b|\bcya\b|${THATS_ALL_EN}|take care|have a (?:good|nice|great) (?:day|one|evening|night|weekend)`,
  'i',
);

/**
 * A whole message of goodbye in the middle of a form ("好 先这样 拜拜", "好 那就这样 谢谢"): the user is leaving;
 * the unfinished form is closed, not given "先这样" as its answer.
 */
export function saysGoodbye(text: string): boolean {
  const t = text.trim();
  // A bare "就这样" while a step waits keeps what is there; it is no goodbye.
  if (/^(?:那|嗯)?就这样(?:吧|了|啊|哈)?[。!！\s]*$/.test(t)) return false;
  // "确认 就这样" confirms what the form holds.
  if (/确认|确定/.test(t)) return false;
  return CLOSING.test(t) && GOODBYE.test(t);
}

// Declining one field is not leaving the form: "算了不留", "不留电话了", "跳过".
const DECLINE_FIELD =
  /^(?:那就?)?不给(?!钱)|不留|不想留|不要留|不愿意?留|(?:先|就)?(?:莫|别|不要|不用|甭)(?:存|留|记)|跳过|不填(?!了)|不方便|不想说|保密/;

/** "算了给吧", "算了 还是留一个": given after all. */
const GIVES_AFTER_ALL = /算了[\s,，]*(?:还是)?(?:给|留|说|写)(?:吧|你们?|一个|个)?/;

/** True when the message leaves the form rather than answering it. */
export function isLeaving(text: string): boolean {
  const t = text.trim();
  // "算了 换成电话聊": a change of mind about one answer, not about the form.
  // ("主题改成社区团购 奶茶店不搞了": the old answer given up, not the form.)
  if (CHANGES_ANSWER.test(t) && !LEAVE.test(t.replace(/算了/g, ' ').replace(OLD_ANSWER_DROPPED, ' '))) return false;
  // "电话不想给…算了给吧 138…": the objection given up, and the answer given after all.
  if ((GIVES_AFTER_ALL.test(t) || /1[3-9]\d{9}/.test(t.replace(/[\s-]/g, ''))) && !LEAVE.test(t.replace(/算了/g, ' '))) return false;
  // "算了 就在这约吧 明天" (after asking for a hotline): staying with the form, not leaving it.
  if (STAYS.test(t) && !LEAVE.test(t.replace(/算了/g, ' '))) return false;
  // "算了 活动通知还是不要了": the notices given up, not the form.
  if (NOTICES_DROPPED.test(t) && !LEAVE.test(t.replace(NOTICES_DROPPED, ' ').replace(/算了/g, ' '))) return false;
  // "不给算了 提交吧": a field given up, and the form sent as it is.
  if (/(?<!不|别|莫|不要|不用)提交(?!不)|\bsubmit\b/i.test(t) && !/不提交|别提交|莫提交|\bdon'?t submit\b/i.test(t)) return false;
  // "导师要收钱不 要是收费我就算了": leaving only on a condition, which the question asks about; not yet gone.
  if (IF_THEN_LEAVE.test(t) && !LEAVE.test(t.replace(IF_THEN_LEAVE, ' '))) return false;
  return LEAVE.test(t) && !DECLINE_FIELD.test(t);
}

/** The event notices given up ("活动通知还是不要了", "推送就不用了"): a request of its own, not leaving a form. */
const NOTICES_DROPPED =
  /(?:通知|推送|订阅|消息)[^,，。!！]{0,6}?(?:不要了|不用了|算了|不订了|别发了|莫发了)|\b(?:stop|no more|don'?t send|quit)\b[^.?!]{0,30}?\b(?:notices?|notifications?|messages|updates|alerts)\b|\b(?:notices?|notifications?|updates|alerts)\b[^.?!]{0,20}?\b(?:stop|no more)\b(?:\s+(?:it|them|those|these))?(?:\s+(?:pls|please|plz))?/i;

/** An old answer given up by name ("奶茶店不搞了"), in a message that changes it. */
const OLD_ANSWER_DROPPED = /[\u4e00-\u9fff]{2,8}(?:就)?(?:不搞了|不做了|不干了|不开了|不弄了|不要了)/g;

/** Going on here after all ("算了 就在这约吧", "还是在这里登记"). */
const STAYS = /(?:就|还是|那就)(?:在|用)?(?:这里|这儿|这|这边|你这|你们这)(?:里|儿|边)?(?:约|预约|登记|登|办|弄|填)/;

/** Leaving said as a condition ("要是收费我就算了", "太远的话就不约了"). */
const IF_THEN_LEAVE =
  /(?:要是|如果|假如|若是|万一)[^,，。!！?？]{0,12}?(?:我|那)?(?:就|那就)?(?:算了|不约了|不登记了|不要了)|[^,，。!！?？\s]{1,12}的话(?:我|那)?(?:就|那就)?(?:算了|不约了|不登记了|不要了)/;

/** Changing one answer ("换成电话", "改成下午", "还是用微信", "算了还是线上吧"; not "还是下次吧", "还是不约了"). */
const CHANGES_ANSWER =
  /算了[\s,，]*(?:那就|就)?(?:线上|线下|视频|电话|当面|微信)[^,，。!！?？\s]{0,4}?(?:吧|就行|也行)[。!！]*$|换成|改成|改为|换到|改到|写成|(?:改|换)(?:用|做)?(?=视频|线上|线下|电话|当面|微信)|(?:就|还是|名字|称呼|姓名)写|还是用|还是改|还是换|还是(?!不|别|算|下次|改天|以后|等|自己|过|再)[^,，。!！]{1,8}吧|(?:去不了|来不了|没空|不得空|不行|不方便|赶不上|走不开)[\s,，]*(?:那|就|改)?(?:到|成)?(?!下次|改天|以后|再说)[^,，。!！?？\s]{1,8}(?:吧|行不|可以不|可以吗)[。!！]*$/;

/** Said outright to be a question ("问一下", "请问", a question mark): a side question even in a free-text step. */
export const asksOutright = (text: string): boolean => OUTRIGHT.test(text) || ASKS_MEANING.test(text);
const OUTRIGHT = new RegExp(`${SAYS_ASKING}|插一句|插句话|打断一下|问个事|^(?:等哈|等一下|等下|等等|稍等)|[?？]`);

// "就最前面那个", "头一个": the first; "最后那个", "最下面那个": the last.
const FIRST_WORDS = /最前面的?那?个?|最上面的?那?个?|头一个|第一个那个/;
const LAST_WORDS = /最后面?的?那?一?个|最下面的?那?个?/;
// Filler around a picked number: "第一个就行", "选2吧", "1 好的", "第二个那个时间可以".
const PICK_FILLER =
  /(?:的?时间|那个|这个|选项|就行|就可以|就好|可以|行|好的|好|吧|呀|啊|哈|嘛|呗|咯|撒|[\s,，]*确认(?:预约)?|[\s,，]*确定)+[.。!！]*$/;
// Words before it: "就选第二个", "我要第3个", "那就约第一个". A bare number after them must be picked ("选", "挑"):
// "约2号" is a date, not the second choice.
// ("他说第一个可以", "我儿子说选2": what a relative picked, passed on.)
const PICK_LEAD =
  /^(?:(?:好的?|行|嗯+|ok)[\s,，]*)?(?:(?:他|她|他们|我?老公|我?老婆|我?儿子|我?女儿|我?爸|我?妈)(?:说|讲)[\s,，]*)?(?:那|就|那就|我|我们|还是|那我|那我们|我就|我们就)*(?:要|选|选择|挑|约|定|订|预约)?(?:那个|这个)?\s*/;
const PICK_VERB = /(?:选|选择|挑)\s*$/;

/**
 * A choice picked by number, value or label, also with words around it ("第一个就行", "就选第二个时间"); `null` for a
 * number out of range, `undefined` when the reply is no choice.
 */
export function pickLoosely(raw: string, choices: Choice[] | undefined): Choice | null | undefined {
  if (!choices?.length) return undefined;
  // (Choices are labelled in simplified characters: "確認" picks 确认.)
  const said = toSimplified(raw)
    .trim()
    .replace(FIRST_WORDS, '第一个')
    .replace(LAST_WORDS, `第${Math.min(choices.length, 10)}个`);
  const exact = pickChoice(said, choices);
  if (exact !== undefined) return exact;
  const bare = said.replace(PICK_FILLER, '').trim();
  if (bare && bare !== said) {
    const trimmed = pickChoice(bare, choices);
    if (trimmed !== undefined) return trimmed;
  }
  const lead = PICK_LEAD.exec(bare)?.[0] ?? '';
  const rest = bare.slice(lead.length).trim();
  if (!lead || !rest || !(rest.startsWith('第') || PICK_VERB.test(lead))) return pickedLast(said, choices);
  return pickChoice(rest, choices);
}

/** "你给的1 2 3 我按了冇得反应 就第二个吧": a complaint, then the pick, by its ordinal, as the last clause. */
function pickedLast(said: string, choices: Choice[]): Choice | null | undefined {
  const last = clausesOf(said).at(-1);
  const ordinal = last?.replace(PICKS_THEN, '');
  if (!last || last === said.trim() || !ordinal?.startsWith('第')) return undefined;
  return pickChoice(ordinal.replace(PICK_FILLER, ''), choices);
}
/** The words before a pick's ordinal ("就第二个吧", "那还是第一个"). */
const PICKS_THEN = /^(?:那就|就|那|选|要|还是)/;

/**
 * The forms ask in Chinese; an English answer to one ("The first slot works.", "Online please", "Yes, confirm.") is
 * read as the Chinese answer it gives: picks, yes and no, leaving, being contacted here. Anything else stays as said
 * (the analyser maps the plan's words, "online" → 线上, as for any message).
 */
const ENGLISH_ANSWERS: readonly { words: RegExp; means: string; evenAsked?: true }[] = [
  {
    words:
      /\b(?:cancel|call (?:it|that) off|never ?mind|forget (?:it|about it|(?:the|this) (?:mentor|booking|appointment|registration|form|lead)))\b/i,
    means: '取消',
    evenAsked: true,
  },
  {
    words:
      /\b(?:contact|message|reach|text) me (?:here|in (?:this|the) chat)|\b(?:no|without) (?:a )?(?:phone|number)\b|don'?t call\b|^skip (?:the |my )?(?:phone|number)\b/i,
    means: '不留电话,在这里联系我',
    evenAsked: true,
  },
  // "can u move it one day later", "push it back two days": the time chosen, some days later.
  {
    words: /\b(?:move|push|shift|put)\b.{0,12}\b(?:back )?(?:by )?(?:one|a|1) day\b|\b(?:one|a|1) day later\b/i,
    means: '往后推一天',
    evenAsked: true,
  },
  {
    words: /\b(?:move|push|shift|put)\b.{0,12}\b(?:back )?(?:by )?(?:two|2) days\b|\b(?:two|2) days later\b/i,
    means: '往后推两天',
    evenAsked: true,
  },
  {
    words: /\b(?:move|push|shift|put)\b.{0,12}\b(?:back )?(?:by )?(?:one|a|1) week\b|\b(?:one|a|1) week later\b/i,
    means: '往后推一周',
    evenAsked: true,
  },
  { words: /\b(?:first|1st)\b/i, means: '第一个' },
  { words: /\b(?:second|2nd)\b/i, means: '第二个' },
  { words: /\b(?:third|3rd)\b/i, means: '第三个' },
  // ("the last one" alone: "last week" in a sentence is no pick.)
  { words: /^(?:ok |okay |um |uh )?(?:the )?last(?: one| option| slot| time)?(?: please| pls)?[.!\s]*$/i, means: '最后一个' },
  // ("ok good, thank you" thanks; it confirms nothing.)
  {
    // ("ok bye" takes leave; it confirms nothing either.)
    words:
      /^(?!.*\b(?:thanks?|thx|ty|bye|goodbye|see (?:you|ya)|later)\b)(?:yes|yeah|yep|sure|ok(?:ay)?|confirm(?:ed)?|go ahead|sounds good|book it|i agree|agreed?)\b/i,
    means: '确认',
  },
  { words: /^(?:no|nope|not now|i do not agree|i don'?t agree|disagree)\b/i, means: '不' },
];
const ONLY_LATIN = /^[^\u3400-\u9fff]*[a-z][^\u3400-\u9fff]*$/i;

/**
 * The Chinese answer an English form reply gives, or undefined when it is not English or not a known answer. A
 * question ("What is the first step?") picks nothing; it may still leave or decline the phone.
 */
export function englishFormAnswer(raw: string): string | undefined {
  if (!ONLY_LATIN.test(raw)) return undefined;
  const asked = ENGLISH_QUESTION.test(raw.trim());
  const answer = ENGLISH_ANSWERS.find((a) => (a.evenAsked || !asked) && a.words.test(raw))?.means;
  if (answer) return answer;
  // A question about the step answered by the user in the same message ("do I have to agree? ok yes, I consent"):
  // the answer said last.
  const last = /\?\s*([^?]*\S)\s*$/.exec(raw)?.[1];
  return last && !ENGLISH_QUESTION.test(last) ? ENGLISH_ANSWERS.find((a) => a.words.test(last))?.means : undefined;
}

/** How a form reads its current step, for telling an answer from a side question. */
export interface StepReading {
  choices?: Choice[] | undefined;
  /** True when the message is a plausible answer to the step (a short name, digits for a phone, a time ...). */
  answers: (text: string) => boolean;
  /** The form's own intents: a message classified as one of these is an answer, not a side question. */
  own: readonly Intent[];
  /** True when the message gives what another step asks ("礼拜三下午有冇" while the mode is asked: the time). */
  givesOther?: () => boolean;
  /** Requests that are side questions even without question wording (人工, 我的预约 ...). */
  requests?: RegExp;
  /** The message before was a question on the side, answered. */
  afterAside?: boolean;
}

/** Worded as a follow-up of what was just answered: "要是…呢", "那…呢", "…的话呢", "那X呢". */
const FOLLOWS_UP =
  /^(?:那|那么|要是|如果|假如|换成|换做|那要是|那如果)[^,，。!！?？]{1,20}(?:呢|咧|嘞)[?？。\s]*$|的话呢[?？。\s]*$|^[^,，。!！?？\s]{2,14}(?:呢|咧|嘞)[?？。\s]*$/;

/** A message declining a field ("电话不想留 行不") is this short; a longer one may ask something besides. */
const DECLINING_CHARS = 12;
/** Declining said first ("电话就不留了 …"): the rest says how to be reached instead. */
const DECLINES_FIRST = /^(?:电话|手机|号码|手机号)?(?:就|我|还是)?(?:先)?不(?:想|要)?留/;
const DECLINING_FIRST_CHARS = 20;
/** A message said to be a question ("先问下 …") and longer than this is one, whatever it names. */
const OUTRIGHT_CHARS = 10;
/** Asking about the times to book ("any slots saturday morning?", "这几个里面有没有晚上的"). */
const ASKS_OF_TIMES =
  /\b(?:slots?|times?|any of (?:those|these|them)|available|availability|free)\b|时间|时段|空档|有空|档期|这几个|哪个时间/i;

const NEVER_ASIDE: ReadonlySet<Intent> = new Set(['out_of_scope', 'greet']);
/** "同意 …" or "不同意 我不想让你们存我电话": the consent answered first, in so many words, whatever the rest adds. */
const CONSENTS_FIRST = /^(?:我|好的?|嗯)?[\s,，]*(?:不|不能)?同意(?:[\s,，。!！]|$)/;
/** Declining it first ("不同意 …"). */
const DECLINES_FIRST_OF_ALL = /^(?:我|好的?|嗯)?[\s,，]*不(?:能)?同意/;
/** A person asked for in so many words ("转人工", "叫个招商的工作人员打电话给我"). */
const PERSON =
  /人工|真人|(?:叫|喊|让|请|派|安排)(?:个|一个|位)?[^,，。\s]{0,6}(?:工作人员|专人|同志)[^,，。]{0,4}(?:打电话给我|给我打电话|打给我|回电话|回个电话)/;
/** A mentor asked to be booked, in a few words ("约专家", "帮我约个导师"): a request, never another form's answer. */
const BOOKS_MENTOR =
  /^(?:那|我想|我要|先|再)?(?:帮我|给我)?(?:约|预约)(?:个|一个|一下|下|一位|位)?(?:专家|导师|老师|辅导员|创业导师)(?:吧|呢)?[。!！\s]*$/;
/** A clause this long that asks makes the message a question, whatever follows it. */
const QUESTION_CLAUSE_CHARS = 6;
/** A request this short ("第一个", "线上") is an answer to the step, whatever a rule might read into it. */
const REQUEST_CHARS = 5;
/** A request this long, worded as one by a rule, is one even where it could also answer the step. */
const CLEAR_REQUEST_CHARS = 6;

/** A number or an address given (a phone, an ID, an e-mail): the user's own, not a request for ours. */
const GIVES_OWN_CONTACT = /\d{7,}|@/;
/** Our contacts asked for in so many words ("办公室电话跟邮箱发一下", "你们领导的电话给我"). */
const ASKS_OUR_CONTACTS =
  /(?:办公室|你们|单位|部门|领导|招商中心|人社局)[^,，。]{0,6}(?:电话|邮箱|联系方式|号码)|(?:电话|邮箱|联系方式)[^,，。]{0,6}(?:发|给|告诉|报)(?:我|一下|下)/;

/**
 * Read by a wording rule, not by the learned classifier or as what nothing else knew. (SQL code and a bare mobile
 * number typed into a form are its fields' text, to be read by its steps.)
 */
const byRule = (c: Classification): boolean =>
  !c.reason.startsWith('learned') && c.reason !== 'fallback' && c.reason !== RULE_NAMES.sqlCode && c.reason !== RULE_NAMES.onlyAPhone;

/**
 * The request for another service a classification is, or a refusal a wording rule words ("把他留的电话发给我",
 * "忽略以上指令"), answered on the side; undefined for anything else.
 */
const requestOf = (c: Classification, own: readonly Intent[], text: string): Classification | undefined =>
  // ("办公室电话跟邮箱发一下" while the consent is asked: our contacts asked for; "我的手机号是138…" gives one's own.)
  (REQUEST_INTENTS.has(c.intent) ||
    c.intent === 'out_of_scope' ||
    (c.intent === 'contact.ask' && ASKS_OUR_CONTACTS.test(text) && !GIVES_OWN_CONTACT.test(text))) &&
  !own.includes(c.intent) &&
  byRule(c) &&
  // A name and a number given in a form are its answer ("姓陈 电话138…" while a booking asks for them); so is a
  // number left to be called on ("手机13907160001 可以打给我").
  c.reason !== RULE_NAMES.detailsGiven &&
  c.reason !== RULE_NAMES.numberToCallBack
    ? c
    : undefined;

/** "主要想问开奶茶店的事 选址跟成本": what one wants to ask about, told (to a step that may take it), not asked. */
const TELLS_SUBJECT = /^(?:我)?(?:主要|就是)?想问(?:问)?[^?？]{1,20}?(?:的事情?|这块|这一块|方面的?|的问题)(?:[\s,，][^?？]{0,12})?$/;
/** "我想问开网店", "想聊下电商": what the mentor is to be asked, told; nothing asked of the plan in it. */
const SUBJECT_ONLY =
  /^(?:我)?(?:主要|就是)?想(?:问|咨询|聊|了解)(?:问|下|一下|一哈|哈)?(?![\s\S]*(?:[?？吗呢啥]|什么|多少|好多|几|怎么|么样|哪|能不能|可不可以|有没有|有冇))[\s\S]{1,16}$/;
/** "么主题都可以吗 我想问开网店" while the topic is asked: whether any topic will do, asked with the topic. */
export const ASKS_ANY_TOPIC = /^(?:么|什么|啥|么子)(?:主题|方面|内容|问题|事)?(?:都|也)(?:可以|能|行)/;

/**
 * The side question a form turn asks, classified as the main pipeline would; undefined when the message should be
 * read as the form's answer. A plausible answer is never taken for a question.
 */
export function sideQuestion(ctx: Context, step: StepReading): Classification | undefined {
  const { text } = ctx.analysis;
  // Read in simplified characters, Cantonese as Mandarin ("唔該 電話唔想畀" declines as "电话不想给" does).
  const raw = toSimplified(ctx.analysis.raw);
  if (pickLoosely(raw, step.choices) !== undefined) return undefined;
  // "好 先不删 谢了" right after deleting was offered: the offer turned down (nothing deleted), not the step's answer.
  if (ctx.session.context?.shown === 'deletion-offer' && declinesDeletion(raw))
    return { intent: 'privacy.delete', reason: 'form:deletion turned down', hits: [] };
  // "我想问开网店" (after "么主题都可以吗") while the topic is asked: the topic told, nothing asked of the plan.
  const told = clausesOf(raw)
    .filter((c) => !ASKS_ANY_TOPIC.test(c))
    .join(' ');
  if (SUBJECT_ONLY.test(told) && step.answers(text)) return undefined;
  // "电话不想留 行不": declining the field, asked politely, is an answer to it.
  // ("电话就不留了 微信联系行不": declined first, then how to be reached instead, a little longer.)
  if (DECLINE_FIELD.test(raw) && [...raw].length <= (DECLINES_FIRST.test(raw) ? DECLINING_FIRST_CHARS : DECLINING_CHARS)) return undefined;
  // "等哈 先问下监利有冇得加工园区": said to be a question, at some length, it is one even if it names a county.
  // ("企业贷款最多能给好多 我听说有个中行的": a question, then a remark.)
  const asks = soundsLikeQuestion(raw) || clausesOf(raw).some((c) => [...c].length >= QUESTION_CLAUSE_CHARS && soundsLikeQuestion(c));
  // ("any of those in the evening China time?" while times are offered asks of the times, whatever its length.)
  const outright =
    asksOutright(raw) &&
    asks &&
    lengthInChars(raw) > OUTRIGHT_CHARS &&
    !TELLS_SUBJECT.test(raw) &&
    !(ASKS_OF_TIMES.test(raw) && step.answers(text));
  // Classified at most once, and only when needed.
  let classified: Classification | undefined;
  const classification = () => (classified ??= classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents));
  // "行 帮我登记个意向 … 叫招商的同志联系我" while a booking's topic is asked: the registration, not the topic.
  // "直接转人工" is short, and still asks for a person.
  // "同意 你们叫人跟我联系" at the consent: agreed, and being contacted is what the registration is for.
  // ("不同意 我不想让你们存我电话": declined, and why; nothing to delete, for nothing was kept. "不同意 我不想留信息
  // 你们直接派个人来": declined, and a person asked for instead.)
  if (CONSENTS_FIRST.test(raw) && step.answers(text)) {
    const person = DECLINES_FIRST_OF_ALL.test(raw) ? requestOf(classification(), step.own, text) : undefined;
    return person?.intent === 'handoff.human' ? person : undefined;
  }
  const request =
    (!asks && [...raw].length > CLEAR_REQUEST_CHARS) || PERSON.test(raw) || BOOKS_MENTOR.test(raw)
      ? requestOf(classification(), step.own, text)
      : undefined;
  if (request) return request;
  // "要是跟我姐夫两个人合伙呢" right after the loans were answered on the side: that question followed up, read
  // against it (no step's choice is picked by it).
  if (step.afterAside && FOLLOWS_UP.test(raw) && pickLoosely(raw, step.choices) === undefined)
    return { ...classification(), intent: 'policy.ask', reason: 'follows up a question asked in a form' };
  // "能不能帮忙贷点款" while the support wanted is asked: help asked for, which is the answer.
  if (step.answers(text) && !outright && HELP_WANTED.test(raw)) return undefined;
  if (step.answers(text) && !outright) {
    // "明天沙市天气么样" names a county, yet a refusal rule knows it: refused on the side, not taken as the answer.
    const c = asks ? classification() : undefined;
    // A question the step could read as its answer, which the trained classifier is sure is a question about the plan
    // ("线下的话 监利有冇得创业园区" while the county is asked): answered on the side.
    if (c && asksThePlan(ctx))
      return { ...c, intent: 'policy.ask', reason: isAnswerable(c.hits, ctx.analysis) ? 'asked in a form' : NEAREST };
    // "我回去要是有个创业导师帮忙看看就好了 能约不" while the support wanted is asked: another request, asked as one; a
    // refusal a rule words stands too. Anything else is the step's answer.
    return c ? requestOf(c, step.own, text) : undefined;
  }
  // ("就第一个时段" while the way to meet is asked: the earliest time, another step's answer, not one's bookings.)
  if (!asks && !step.requests?.test(text)) {
    return [...raw].length > REQUEST_CHARS && !step.givesOther?.() ? requestOf(classification(), step.own, text) : undefined;
  }
  const c = classification();
  // Asked outright ("等哈 先问一句 这个专家咨询收钱不") and matching nothing: the honest answer on the side, not "没看懂".
  // So is a question the step cannot take ("审批一般多久能走完" when the company is asked), unless another step can.
  if (c.intent === 'out_of_scope' && c.reason === 'fallback' && !step.givesOther?.())
    return { ...c, intent: 'policy.ask', reason: NEAREST };
  if (NEVER_ASIDE.has(c.intent) && !(c.intent === 'out_of_scope' && byRule(c))) return undefined;
  // "哦 2月冇得30号 那就3月2号上午" while the mode is asked: it gives another step (the time), ends in an answer,
  // not a question, and only the plan's search, no wording rule, reads a question in it.
  // So is a message worded as this form's own request ("那还是约线上的吧，周末可以吗？": the question only asks whether
  // the time given will do).
  const searched = !byRule(c) || c.reason === 'retrieval' || c.reason === NEAREST;
  const lastClause = clausesOf(raw).at(-1) ?? raw;
  const answersLast = ASKS_IF_IT_WILL_DO.test(lastClause) || (!outright && !soundsLikeQuestion(lastClause));
  const readAsQuestion = (searched && ANSWERED_INTENTS.has(c.intent)) || step.own.includes(c.intent);
  if (answersLast && readAsQuestion && step.givesOther?.()) return undefined;
  if (step.own.includes(c.intent)) {
    // "等哈 导师跟辅导员有么区别" during a booking: about mentors, asked outright, so a question, not the answer. Asked
    // outright about something the plan does not say ("先问下 约专家要自己出钱不"), it gets the honest answer, not "没看懂".
    // ("等下 导师这个收费不": about mentors, and a question the classifier is sure asks the plan, not the answer.)
    if (!outright && !(asksOutright(raw) && asksThePlan(ctx))) return undefined;
    return { ...c, intent: 'policy.ask', reason: isAnswerable(c.hits, ctx.analysis) ? 'asked outright in a form' : NEAREST };
  }
  // "电话不方便给 留邮箱行不 huangxie@163.com": one's own address given, asked whether it will do; no request for ours.
  if (c.intent === 'contact.ask' && GIVES_OWN_CONTACT.test(text)) return undefined;
  // "他的电话我要问一下 先写我的 136 2716 0098": one's own mobile number, given in groups, is the form's matter.
  if (ANSWERED_INTENTS.has(c.intent) && MOBILE_AS_TYPED.test(raw) && !ASKS_OUR_CONTACTS.test(raw)) return undefined;
  return c;
}

/** Help asked for with something ("能不能帮忙贷点款", "帮我对接下银行"): a want, not a question about the plan. */
const HELP_WANTED = /^(?:能不能|能否|可不可以|可以|希望|想)?(?:帮忙|帮我|帮下|帮一下)(?!问|查|看)/;

/** Asking whether what was just given will do ("周末可以吗", "下午行不行"). */
const ASKS_IF_IT_WILL_DO = /^[^,，。]{0,8}(?:可以吗|可以不|行吗|行不行?|行不|成吗|能行吗|好吗|方便吗|ok吗)[?？。!！\s]*$/i;

/** The trained classifier is sure the message is a question about the plan. */
function asksThePlan(ctx: Context): boolean {
  const best = ctx.deps.intents?.predict(ctx.analysis);
  return best?.intent === 'policy.ask' && best.p >= LEARNED_OVERRULES;
}

/** What a message that also leaves the form asks for in so many words: a person, a number, another form. */
const ASKED_WHILE_LEAVING: ReadonlySet<Intent> = new Set(['handoff.human', 'contact.ask', 'lead.register', 'notice.subscribe']);

/**
 * A person, a contact or another form asked for by a wording rule in a message that also leaves the form ("算了
 * 你给我找个真人", "算了不登记了 给我个电话我自己打", "算了不约了 我其实是想投资 … 帮我登记一下"); undefined otherwise.
 */
export function askedWhileLeaving(ctx: Context, left: string): Classification | undefined {
  const c = classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents);
  if (ASKED_WHILE_LEAVING.has(c.intent) && byRule(c)) return c;
  // "不对 先不登记 我想先约个人聊聊再说": a booking, asked while leaving another form.
  if (c.intent === 'consult.book' && left !== 'booking' && byRule(c)) return c;
  // "算了 那松滋本地有么特色招商活动没": the form left, and a question asked after it, answered.
  const rest = ctx.analysis.raw.replace(LEAVE, ' ').trim();
  const asks = rest.length >= 4 && soundsLikeQuestion(rest);
  if (asks && c.intent === 'event.ask') return c;
  return asks && c.intent === 'policy.ask' && isAnswerable(c.hits, ctx.analysis) ? c : undefined;
}

/** What a form put down for another one tells the user: nothing of it is kept, and how to start it again. */
const PUT_DOWN: Readonly<Record<string, { zh: string; en: string }>> = {
  lead: {
    zh: '(刚才的登记还没提交,没有保存;想接着登记,说"登记项目"。)',
    en: '(The registration was not submitted and nothing of it was kept; say "register" to start it again.)',
  },
  booking: {
    zh: '(刚才的预约还没完成,没有保存;想接着约,说"预约导师"。)',
    en: '(The booking was not finished and nothing of it was kept; say "book a mentor" to start it again.)',
  },
};

/**
 * Answers a side question through the injected dispatcher (no form imports the handler table through here), then,
 * when the form is still open, asks its question again so that "1" means the form's choice.
 */
export async function answerAside(
  ctx: Context,
  c: Classification,
  dispatch: (ctx: Context) => Promise<void> | void,
  resume: () => void,
): Promise<void> {
  ctx.classification = c;
  ctx.intent = c.intent;
  const open = ctx.session.form;
  const before = ctx.messages.length;
  await dispatch(ctx);
  // The side request opened a form of its own (a booking asked for during a registration): that one goes on, and the
  // user is told the other was put down unsaved, and how to take it up again.
  if (!ctx.session.form || ctx.session.form !== open) {
    const dropped = open && ctx.session.form && ctx.session.form.kind !== open.kind ? PUT_DOWN[open.kind] : undefined;
    const first = ctx.messages[before];
    if (dropped && first) ctx.messages[before] = { ...first, text: `${ctx.language === 'en' ? dropped.en : dropped.zh}\n${first.text}` };
    return;
  }
  if (ANSWERED_INTENTS.has(ctx.intent)) open.afterAside = true;
  delete ctx.session.pending;
  resume();
}

/** Field names a correction may name: "称呼不对 是何建国", "修改称呼", "电话错了". */
export interface Correctable<F extends string> {
  field: F;
  words: RegExp;
}

/** A question word in what a correction would take for the new value. */
const ASKS_IN_VALUE = /[吗嘛呢?？]|么|什么|啥|哪|几|多少|好多|[不没冇]$/;

// ("石首防水工不是个劳务品牌吗": 不是…吗 asks, it corrects nothing.)
const CORRECTION =
  /不对|错了|写错|搞错|说错|(?:改|换|调)(?:一下|个|一个|一改)|修改|更正|改成|换成|写成|(?:就|还是|名字|称呼|姓名)写|重新填|重填|(?<!是)不是(?![^,，。!！?？\s]{0,12}[吗嘛])/;

/**
 * A correction of an earlier answer: which field, and the new value when the message gives one after
 * "是/改成/换成" ("称呼不对 是何建国"); undefined when the message corrects nothing the form knows.
 */
export function correctionOf<F extends string>(said: string, fields: readonly Correctable<F>[]): { field: F; value?: string } | undefined {
  // "算了 还是线上吧" changes back as "改成线上" does.
  // ("那算了 线上吧": a way of meeting chosen after all, without 还是.)
  const text = said
    .replace(/算了[\s,，]*还是([^,，。!！?？\s]{1,8}?)吧?[。!！]*$/, '改成$1')
    .replace(/算了[\s,，]*(?:那就|就)?((?:线上|线下|视频|电话|当面|微信)[^,，。!！?？\s]{0,4}?)(?:吧|就行|也行)[。!！]*$/, '改成$1');
  if (!CORRECTION.test(text)) return undefined;
  const hit = fields.find((f) => f.words.test(text));
  if (!hit) return undefined;
  // The new value after "是/改成/换成" ("称呼不对 是何建国"), else the last part said after the correction
  // ("不是种植养殖 我想问电商直播", "线上不对 要线下", "电话错了 13912345678").
  const named = /(?:应该是|(?<!不)是|改成|改为|换成|写成|写|叫)\s*[:：]?\s*([^,，。!！?？\s]{1,20})[。!！]*$/.exec(text)?.[1];
  const parts = text.split(/[\s,，。;；]+/).filter(Boolean);
  const last = parts.length > 1 && !CORRECTION.test(parts.at(-1)!) ? parts.at(-1) : undefined;
  const value = named ?? last;
  // ("… 我这公司能评那个领军企业不 看么子条件": a question said after it is no new value, and no correction. "我想问电商直播"
  // names the value, and "能改成视频吗" asks politely for the field's own value.)
  if (value && ASKS_IN_VALUE.test(value) && !hit.words.test(value)) return undefined;
  return value && !hit.words.test(value) ? { field: hit.field, value } : { field: hit.field };
}
