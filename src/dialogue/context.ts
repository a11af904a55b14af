import { lengthInChars } from '../text/language.ts';
/**
 * The conversation context: what the user and the bot were just talking about, so that a follow-up ("那这个找哪个部门",
 * "第6项呢", "那节日招商活动呢", "我不是问这个 我是问补贴") is read against it. Understanding (`readFollowUp`) and
 * deciding (`resolveFollowUp`, `nextContext`) live here as pure functions; the core applies the decision.
 */
import { ANSWERED_INTENTS, type Intent } from '../intent/intents.ts';
import { ATTRIBUTES, askedAttributes, ASKS_IN_CHARGE_EN, ASKS_ROW_NUMBER, DURATION, LEVELS, SAID_FIGURE } from '../kb/attribute.ts';
import { placeSpans } from '../kb/places.ts';

/** A context untouched this long is forgotten: a message after a quiet half hour starts afresh. */
export const CONTEXT_QUIET_MS = 30 * 60_000;

/** What kind of thing a question asks about a topic. */
export type AskedKind = 'unit' | 'online' | 'see' | 'where' | 'materials' | 'when' | 'amount' | 'basis';

export interface ConversationContext {
  /** When the context was last touched (ms since epoch, from the message's time). */
  at: number;
  /** The entries last answered (or offered as choices), current topic first. */
  entries: string[];
  /** The list last shown (choices, or the rows of an overview such as the 13 tasks), for "第二个", "第6项", "最后那个". */
  list?: string[];
  /** The points the last topical answer showed, in order, for "第三个是么意思" when no list was shown. */
  items?: string[];
  /** The question that led to the current topic, self-contained (after any follow-up was resolved). */
  question: string;
  /** What that question asked for. */
  asked?: AskedKind;
  /** Jingzhou places mentioned so far in the conversation. */
  places: string[];
  /** What the last reply showed or asked besides knowledge (the user's bookings, a deletion to confirm), if anything. */
  shown?: Shown;
  /** The topic was answered as events (dates and the events on record), so "具体哪天定了冇" asks of those. */
  events?: true;
  /** With `shown: 'elsewhere'`: the question refused as another city's ("武汉返乡创业有冇得一次性补贴"). */
  refused?: string;
  /** The level of government the asker said they work for ("我洪湖市招商局的"): its figures answer "我们要搞几场". */
  speaksFor?: Level;
}

/** A level of government whose figures the plan gives apart (市级 / 各县、市、区). */
export type Level = 'county' | 'city';

/** Jingzhou's counties, county-level cities, districts and zones, as people name their own office's place. */
const COUNTY_OFFICE_PLACES =
  '荆州区|沙市区?|江陵县?|松滋市?|公安县?|石首市?|监利市?|洪湖市?|纪南文旅区|荆州经开区|荆州高新区|经开区|高新区';
const SPEAKS_FOR_COUNTY = new RegExp(
  `(?:我|我们)(?:是|在)?(?:${COUNTY_OFFICE_PLACES})[^,，。\\s]{0,8}(?:局|办|中心|委|政府|管委会)|我们(?:县|区)(?:里)?(?:要|的|一年|每年|今年)|(?:我|我们)(?:是|在)?(?:县|区)(?:里)?的?[^,，。\\s]{0,6}(?:局|办|中心|委|政府)`,
);
/** How a question names a level. */
export const LEVEL_WORDS: Record<Level, string> = { county: '县里', city: '市级' };
/** One of Jingzhou's counties, cities and districts, named alone. */
const COUNTY_NAMED = new RegExp(`^(?:${COUNTY_OFFICE_PLACES})$`);
const SPEAKS_FOR_CITY = /(?:我|我们)(?:是|在)?(?:荆州)?市(?:招商中心|政府|[^\s,，。县区]{1,6}局)/;

/** The level the asker says they work for, from this message or as said before in the conversation. */
export function speaksFor(question: string, context: ConversationContext | undefined): Level | undefined {
  if (SPEAKS_FOR_COUNTY.test(question)) return 'county';
  if (SPEAKS_FOR_CITY.test(question)) return 'city';
  return context?.speaksFor;
}

/**
 * Non-knowledge things a reply can show that the next message may act on: the list of the user's bookings ("取消掉吧"),
 * a deletion waiting for confirmation ("确认删除吧"), how the user's data is kept ("那全部删掉"), or a refusal of another
 * city's policy whose question "那荆州的呢" asks again of Jingzhou, a subscription made or stopped ("全部都不要了").
 */
export type Shown = 'bookings' | 'deletion-offer' | 'data-use' | 'others-refused' | 'elsewhere' | 'subscribed' | 'unsubscribed';

/** How a message refers back to the context. */
export type FollowUp =
  | { kind: 'ordinal'; index: number }
  | { kind: 'correction'; instead: string }
  /** `thing`: what is asked to be at the place ("福建有冇得这种站": the station talked about). */
  | { kind: 'about'; subject: string; thing?: string }
  /** `rest`: the topic characters left once pronouns, question words and fillers go. */
  | { kind: 'elliptical'; asked?: AskedKind; rest: number; english?: true }
  /** "还有呢", "其他的呢", "后面几条呢": more of the same topic than was shown. */
  | { kind: 'more' };

/** A follow-up read against the context: the question to answer, the entry it points at, entries not to repeat. */
export interface Reading {
  question: string;
  entry?: string;
  exclude: string[];
  /** Points already shown, not to be shown again ("还有呢"). */
  shown?: string[];
}

/** Wordings of each asked kind, and words that help find the fact of that kind in an entry. */
const ASKED: Array<{ kind: AskedKind; asks: RegExp; hint: string }> = [
  {
    kind: 'unit',
    // "谁来评", "哪个来认定": who does the work asked about.
    // "这块牵头的是哪几个单位", "谁牵头": who leads, asked of the topic.
    // ("which department handles the land stuff", "who runs the financing side": the same, in English.)
    asks: new RegExp(
      `${/找谁|找哪|哪几?[个些家]?(?:部门|单位)|牵头的?(?:是|单位是|部门是)?(?:谁|哪)|^(?:那|这个?)?(?:牵头|负责)的?(?:部门|单位)(?:是|有)?(?:啥|什么|么)?[?？。]*$|(?:谁|哪个|哪家)牵头|哪个管|谁负责|谁管|归哪|报给哪|报给谁|哪家管|(?:谁|哪个|哪家)来?(?:评|审|批|认定|组织|办|搞|牵头|发)/.source}|${ASKS_IN_CHARGE_EN.source}`,
      'i',
    ),
    hint: '',
  },
  { kind: 'online', asks: /线上|网上|手机上|手机|在线|不用跑/, hint: '线上办' },
  { kind: 'see', asks: /在哪里?看|哪里看|哪看|看得到|看得见|查得到|哪里查|在哪查/, hint: '发布' },
  // ("主要设在哪些地方": where it is set up, asked in a few words.)
  {
    kind: 'where',
    asks: /(?:设|建|放|办|开)在(?:哪|什么|么)(?:些|个|里|儿)?(?:地方|城市|地区)?|在哪|哪里办|哪里报|去哪|哪儿|什么地方|么地方|哪些地方|地址|窗口/,
    hint: '',
  },
  { kind: 'materials', asks: /材料|要带|手续|证件|资料|要么事|要什么|要啥/, hint: '材料' },
  // "靠么建起来", "依托什么": what the thing rests on.
  { kind: 'basis', asks: /靠么|靠什么|靠啥|靠哪些|依托什么|依托么|依托啥|依托哪/, hint: '依托' },
  {
    kind: 'when',
    asks: new RegExp(`么时候|什么时候|啥时候|几时|哪天|几月|时限|截止|${DURATION.source}`),
    hint: '时间',
  },
  // "一年就请十来个吧": a count guessed, to be told the real one.
  {
    kind: 'amount',
    // ("How much housing subsidy would I get?": the same, in English.)
    asks: /多少|好多|几多|几个|几家|几场|补几|奖几|百分之几|几成|什么比例|么比例|比例是?多少|(?:十来|几十|百来|几百|一二十|二三十|\d+)[个家场次名人](?:左右)?(?:吧|啊|吗|呗|是不是|对吧)[?？]?$|\b[Hh]ow (?:much|many)\b/,
    hint: '',
  },
];

const PLACES = /沙市|荆州区|江陵|松滋|公安|石首|监利|洪湖|经开区|开发区|纪南|高新区/g;
/** Words pointing back at what was said ("这一项", "那个", "它"), which name nothing themselves. */
export const PRONOUN =
  /[这那]一?[个件]?(?:事情|事儿|事(?![项业]))|[这那]一?[个种些项条块点]|[这那](?=站|库|园区|基地|平台|中心|笔钱)|它们?|上面|刚才|前面|这里|那里|这边|那边|里头|里面|里边/g;
/** `PRONOUN` for testing: a global pattern's `.test` keeps its position between calls. */
const POINTS = new RegExp(PRONOUN.source);
/** Words that carry no topic: particles, question words, dialect fillers. */
const FILLER =
  /(?<=部门|单位|谁|哪个|哪家)(?:对接|联系|沟通)|完成|进去|进来|下来|具体|详细|一点|得到|出来|得|到|说细点|说下|讲下|讲讲|说说|展开|是么事|么事|问(?=[\s,，。?？!！]|$)|搞|弄|会(?=[搞办开有弄])|什么|是啥|啥|怎么|咋个?|如何|可以|能不能|能|不能|要不要|有没有|有冇得?|冇得?|没有|有|吗|呢|啊|呀|吧|嘛|哈|的|了|不|是|要|那|这|还|就|也|都|么|按|办|县|市|(?<![园社景片])区|(?<=[县市区镇乡村])里|个|部门|单位|[\s,，。.!！?？~～、]/g;

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function ordinalNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return undefined;
  const [, head, ten, tail] = m;
  if (!ten) return head && !tail ? CN[head] : undefined;
  return (head ? CN[head]! : 1) * 10 + (tail ? CN[tail]! : 0);
}

const ORDINAL = /第\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|条|点|种|家|类|样|块|部分|步|呢|$)/;
const LAST = /最后(?:那|一)?\s*(?:个|项|条|点|种)|\bthe (?:very )?last (?:one|item|point|option|thing|part)\b/i;
/** An English ordinal pointing into what was shown: "the second one", "the 3rd point", "number 2". */
const ORDINAL_EN =
  /\bthe (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th) (?:one|item|point|option|thing|part)\b|^(?:and |so |ok |what about |how about )?(?:the )?(first|second|third|fourth|fifth|1st|2nd|3rd|[45]th)(?: one)?[?？.!\s]*$|^(?:and |so |ok |what about |how about )?(?:number|no\.|item|point|option|#)\s*(\d{1,2})\b/i;
const ORDINALS_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** An ordinal in 项, as the task list counts its rows ("第4项", "5项呢"). */
const ITEM = /第?\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*项/;
const TASK_ROW = /^task\.(?!00)\d{2}$/;
/** The task list's overview, whose rows an ordinal counts. */
const TASK_OVERVIEW = 'task.00.overview';
/**
 * A bare number as the whole message ("11呢", "12"): a row of a numbered list. "1" and "2" alone answer ratings, menus
 * and confirmations, so they need the "呢".
 */
const BARE_NUMBER = /^(?:那|那么)?(?:([3-9]|\d{2})\s*(?:呢|吧|啊)?|(\d{1,2})\s*呢)[?？。\s]*$/;
/** A row named by its number alone, as the whole message: "十二条", "3项呢". */
const BARE_ORDINAL = /^(?:那|那么)?(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:条|项)(?:呢|吧|啊|嘞)?[?？。!！\s]*$/;
/** Points kept in the context: the last answer's for ordinals, then the ones shown before a "还有呢". */
export const ITEMS_KEPT = 16;
/**
 * Asking for more of what was just answered, in a few words ("还有呢", "其他的呢", "后面几条呢", "再然后", "具体点",
 * "展开说说", "what else?").
 */
const MORE =
  /^(?:那|那么|你)?(?:还有(?:呢|吗|嘛|啊|么|不|啥|啥呢|什么|什么呢|么事|么子|哪些|哪些呢)?|然后呢|再然后呢?|接下来呢|接着呢|再后面呢|(?:再|说得?|讲得?|说|讲)?(?:具体|详细|细)(?:点|些|一点|一些)(?:呢|吧|嘛|撒)?|展开(?:说说|讲讲|说|讲)(?:呢|吧)?|细说|多说(?:点|几句)|多讲(?:点|几句)|tell me more|more details?|(?:please )?elaborate|还有没有|还有冇得?|还有别的吗?|还有其他的?吗?|其他的?呢|别的呢|剩下的呢|后面(?:的|几)?(?:条|个|项|点)?呢|what else|anything else|and\s+(?:what\s+)?else)[?？。!！\s]*$/i;
const CORRECTION =
  /不是问|不是第[^\s,，。]{1,3}?[条项个]|其实(?:是|我)?想问|其实(?:我)?问的是|不是说(?![^,，。 ]{1,16}(?:吗|么|嘛)(?:[\s,，。]|$))|不是这个|不是那个|问的不是|说的不是|我问的是|我是问|我是说|我说的是|我想问的是|(?:说|打|写|问)错了(?=.*(?:问的是|是问|想问的是|说的是))|\bi meant\b|\bi was asking (?:about|for)\b|\bwhat i (?:meant|asked) (?:was|is)\b/i;
const INSTEAD =
  /(?<!不)(?:是问|问的是|是说|说的是|想问的是|是想问|我想问|我要问|要问的是|其实想问)|\bi meant\b|\bi was asking (?:about|for)\b|\bwhat i (?:meant|asked) (?:was|is)\b/gi;
const INSTEAD_FIRST = new RegExp(INSTEAD.source);
/** The words of a slip after "不是这个" ("我看错了", "不好意思"), before what is meant. */
const SLIPS_AFTER = /^(?:[\s,，。!！]|我|是|的|了|啊|哦|呀|(?:看|说|打|写|搞|弄|记|问)错了?|不好意思|抱歉|sorry)+/i;
const ABOUT = /^(?:那(?![一个种些项条块点])|那么|那要是|还有)\s*(.{1,16}?)(?:的话)?呢[?？。!！\s]*$/;
/** "看病呢", "县里呢": a bare "X呢" with a short X asks the same about X. */
const BARE_ABOUT = /^(.{1,6}?)(?:的话)?呢[?？。!！\s]*$/;
/**
 * "每个县补的都一样吗", "各地标准统一不", "是不是每个县都有", "是全市统一的吗", "县里是不是也4场": whether the counties
 * differ on what was just answered.
 */
const EACH_COUNTY =
  /^(?:那|那么|所以)?(?:是不是|是)?(?:每个|各个?)(?:县|县市区|区县|县市|地方)(?:都|也)(?:有|一样|这样|是这样)(?:的)?[吗吧不没冇啊呢?？\s]*$|^(?:那|那么|所以)?(?:是不是|是)?全市(?:都)?(?:统一|一样|一个标准)(?:的)?[吗吧不没啊呢?？\s]*$|^(?:那)?(?:县里|县里面|县级|各县)(?:是不是|是)?也(?:是)?[^,，。?？]{0,6}?[吗吧不没啊呢?？\s]*$|^(?:那|那么)?(?:每个|各个?|所有的?|不同的?)(?:县|县市区|县市|区县|地方|地区|地|区)[^,，。]{0,8}(?:一样|相同|统一|区别|差别|不同)|^(?:那|那么)?(?:每个|各个?)(?:县|县市区|区县|县市)(?:呢|里|里面)?(?:至少|最少|起码)?(?:几|多少|好多)[个场次家名]?[呢啊?？\s]*$|^(?:and|so|ok|okay)?[\s,]*(?:what about |how about )?(?:for |in )?(?:(?:each|every|per|the) )?(?:county|counties|district|districts)(?: level)?[?？.!\s]*$|^(?:and |so )?(?:each|every|per) (?:county|district)(?: has to| must| should| needs? to| will)? (?:set up|build|hold|run|have|open|pick|recognise|recognize) how many\b.{0,20}$|^(?:and |so )?how many (?:per|for each|in each|does each) (?:county|district)\b.{0,30}$/i;
/** "深圳有冇", "监利有没有": whether the same thing exists at a place. */
const PLACE_HAS = /^(?:那)?(.{2,6}?)(?:那边|这边|那里)?(?:有没有|有冇得?|有没得|有吗|有不|有没|也有吗|也有不)[?？。!！\s]*$/;
/** "福建有冇得这种站", "深圳有没有那个联络站": whether the thing talked about is at a place. */
const PLACE_HAS_THING =
  /^(?:那)?(.{2,6}?)(?:那边|这边|那里)?(?:有没有|有冇得?|有没得|有不有)(?:这种|这个|这样的?|那种|那个|这类)(.{1,6}?)[?？。!！\s]*$/;
/** "what about for an individual business owner?", "and for a partnership?", "how about Shishou?" */
const ABOUT_EN =
  /^(?:and|so|ok|okay)?[\s,]*(?:what|how) about\s+(.{1,60}?)[?？.!\s]*$|^(?:and|so|ok|okay)?[\s,]*what if (?:i|we) (?:set (?:it|this|one) up|register(?: it)?|start(?: it)?|do it|run it) (as (?:a |an )?.{1,40}?)(?: instead)?[?？.!\s]*$|^and (for (?:a|an|my|our) .{1,50}?)[?？.!\s]*$|^and (?:for|if|in|with|at|the)\s+(.{1,60}?)[?？.!\s]*$/i;
/**
 * An English question about what was just said, by a pronoun ("When is the next one?", "Where do I apply for it?",
 * "Who runs them?", "Which office handles this?"): elliptical, asking what its question word asks.
 */
const ELLIPTICAL_EN =
  /^(?:and|so|ok|okay|then)?[\s,]*(when|where|who|which (?:departments?|offices?|bureaus?|units?|agency|agencies|body|bodies)|how much|how many|how long|how often|what|whats|what's)\b[^.?!]{0,40}?\b(?:it|that|this|those|these|they|them|one|ones)\b[^.?!]{0,12}[?？.!]?/i;
/** A bare English question word with a few words ("how many per year", "who runs it", "where exactly"). */
const SHORT_EN = /^(?:and|so|ok|okay|then)?[\s,]*(when|where|who|how much|how many|how long|how often)\b(?:\s+[a-z]+){0,3}[?？.!\s]*$/i;
/** A yes-or-no question about what was just said ("is it free?", "can she join one before coming back?", "does that cover rent"). */
const YES_NO_EN =
  /^(?:and|so|ok|okay|then|but)?[\s,]*(?:is|are|does|do|can|could|will|would)\s+(?:it|that|this|they|those|these|she|he|my \w+)\b[^.?!]{0,50}[?？.!]?\s*$/i;
/** Examples of what was just said, asked ("examples?", "any examples", "like what?", "for example?"). */
const EXAMPLES_EN =
  /^(?:any |some |give me (?:some |an? )?|for )?(?:examples?|instance)[?？.!\s]*$|^like what[?？.!\s]*$|^such as[?？.!\s]*$|^(?:like |so |and |ok |okay )?(?:what|which) (?:kinds?|sorts?|types?)(?: of (?:things?|stuff|ones?|support|projects?|businesses|help))?[?？.!\s]*$/i;
/** "which office", "which department": who is asked, in English. */
const WHICH_UNIT_EN = /\bwhich (?:departments?|offices?|bureaus?|units?|agency|agencies|body|bodies)\b/i;
const ASKED_EN: Record<string, AskedKind | undefined> = {
  when: 'when',
  where: 'where',
  who: 'unit',
  'how much': 'amount',
  'how many': 'amount',
  'how long': 'when',
  'how often': 'when',
};
/** A second question after the first ("… planned? and is there a hotline"): the message is read on its own. */
const SECOND_QUESTION_EN = /[?？]|\b(?:and|also|plus)\s+(?:is|are|do|does|can|could|what|how|where|when|who|which)\b/i;
/** An English follow-up is this short at most (words). */
const ELLIPTICAL_EN_WORDS = 14;

/** An elliptical message has at most this many topic characters left once pronouns, question words and fillers go. */
const ELLIPTICAL_REST = 5;
/** A message with this many topic characters that retrieval answers from another entry names a new topic. */
const OWN_TOPIC_REST = 2;
/** Whom a figure is for, said alone ("公司", "个人的", "合伙"): the same question asked for them. */
/** Who a figure is for, said alone ("一个人的", "合伙的啊"; "公司的" the lexicon reads as 企业的). */
const SUBJECT_ALONE =
  /^(?:那|那我)?((?:我们?)?(?:一个人|自己一个人|个人|合伙|两个人|几个人))(?:的|来|搞|办|干)?(?:话|啊|呀|哈|嘛)?[?？。!！\s]*$/;
/** Kinds of borrower or applicant a figure may be for, longest first. */
const KINDS = '个体工商户|小微企业|公司|企业|个人|合伙|个体户?|单位|厂子?|博士后?|硕士|研究生|本科生?|专科生?';
const SUBJECT_KINDS = new RegExp(`^(?:我们?|我是)?(?:${KINDS})(?:的|名义|的话|学历)?$`);
/** The subject words of a question before, which the subject said alone replaces ("个人能贷多少" → "公司的"). */
const SUBJECT_WORDS_ANY = new RegExp(
  `一个人|两个人|几个人|${KINDS}|\\b(?:an? )?(?:individual|company|partnership|small business|phd|doctorate|master'?s(?: degree)?|bachelor'?s(?: degree)?)\\b`,
  'gi',
);
/** The same kinds of subject said alone in English ("for a master's degree", "a PhD holder", "companies"). */
const SUBJECT_KINDS_EN =
  /^(?:for |as )?(?:an? |my |our )?(?:individuals?|compan(?:y|ies)|partnerships?|small business(?:es)?|phds?|doctorates?|master'?s(?: degrees?)?|bachelor'?s(?: degrees?)?)(?: holders?| graduates?| students?)?$/i;
/** A level corrected to ("问的是县里", "是市级的") is said in a few characters. */
const LEVEL_CHARS = 6;
/** The words of the question before, naming the topic, that a topicless follow-up is read with. */
const SUBJECT_WORDS = 2;
/** Kinds of detail a figure gives, which a topic's entry gives per subject: no subject is carried for them. */
const FIGURE_KINDS: ReadonlySet<string> = new Set(['count', 'amount', 'when']);
/** A subject this short is carried as said ("服务站设"). */
const SUBJECT_CHARS = 12;
/** A row of a numbered list (`task.09`), not its overview; rows restate an article of a plan in a few words. */
export const ROW = /^[a-z]+\.(?!00)\d{2}$/;
/** Naming the task list or one of its rows ("任务清单", "第9项"), not a policy list (政策清单). */
export const NAMES_TASK_LIST = /任务|(?<!政策|负面|服务)清单|第.{1,3}[项条]/;
/** The task list's entries (its overview and rows). */
const TASKS = 'task.';
/** The tasks themselves asked about ("今年总共有好多项任务", "任务清单有几条"), not a row's words. */
const ASKS_THE_TASKS = /(?:几|多少|好多|几多)(?:项|条|个)任务|任务(?:清单)?(?:一共|总共|共)?(?:有)?(?:几|多少|好多|几多)(?:项|条|个)/;
/** The task list named in so many words ("任务清单第3条"), not just a row counted. */
const NAMES_THE_LIST = /任务清单|任务表|清单(?:里|上|中)?的?第/;
/** Asking where a thing is, not how to do it. */
export const ASKS_PLACE = /在哪|哪里|哪儿|什么地方|么地方|设在|建在/;
/** A fact that says where something is ("在楚商集聚重点区域建立", "在长三角、珠三角等…地区设立"). */
export const PLACE_GIVEN = /地区|区域|长三角|珠三角|设在|在[^,，。]{1,12}(?:建立|设立|举办)/;
/** Words that ask who handles a topic or how to reach them ("Which office handles …"): no topic of their own. */
const WHO_AND_HOW_WORDS = /办公室|部门|单位|窗口|电话|邮箱|地址/g;
/** A message this short, about the current entry nearly as much as about anything else, continues the topic. */
const SHORT_CONTINUATION = 12;
/** A message longer than this tells a new story or asks a new question; it is read on its own. */
const CONTINUATION = 24;
/** A question for a figure this short ("评上了给好多", "每年选好多个") names no more than the figure's subject. */
const FIGURE_FOLLOW_UP = 8;
/** A figure follow-up's topic, once its asking words go, is at most this long ("培训人"). */
const FIGURE_TOPIC_CHARS = 3;
/** Words scoping a figure asked ("今年一共要…"), no topic of their own. */
const SCOPE_OF_FIGURE = /今年|明年|每年|一年|全年|一共|总共|全部|加起来|大概|大约|全国|全省|全市|整个|总的|要|得/g;

/** A text that is just a place, in Jingzhou or elsewhere ("深圳", "监利"). */
export const isPlaceName = (text: string): boolean => placeSpans(text).some((span) => span.place === text || text.startsWith(span.place));

/** What kind of thing a question asks for, if it says. */
export function askedOf(text: string): AskedKind | undefined {
  return ASKED.find((a) => a.asks.test(text))?.kind;
}

/** The Jingzhou places a message names (short forms: 公安, 监利). */
export function placesIn(text: string): string[] {
  return [...new Set(text.match(PLACES) ?? [])];
}

/** A reference to an item of a list by its place ("第二个", "第6项", "最后那个"); not a bare digit (a rating). */
export function isListReference(text: string): boolean {
  const t = text.trim();
  return ORDINAL.test(t) || BARE_ORDINAL.test(t) || BARE_NUMBER.test(t) || LAST.test(t);
}

/** A number alone ("2", "12."), as one picks an option by; not "88" (a goodbye) or a year. */
export const isBareNumber = (text: string): boolean => /^\s*(?:[1-9]|1\d)\s*[.。]?\s*$/.test(text);

/** How a message refers back to what came before, from its wording alone; undefined for a self-contained message. */
export function readFollowUp(text: string): FollowUp | undefined {
  // A message is read so several times on its way (the middleware, the classifier, the restated parts): kept for a
  // few texts, as a pure function of the text.
  if (followUpsRead.has(text)) return followUpsRead.get(text);
  const read = readFollowUpOnce(text);
  if (followUpsRead.size >= FOLLOW_UPS_KEPT) followUpsRead.clear();
  followUpsRead.set(text, read);
  return read;
}
const followUpsRead = new Map<string, FollowUp | undefined>();
const FOLLOW_UPS_KEPT = 8;

function readFollowUpOnce(text: string): FollowUp | undefined {
  const t = text.normalize('NFKC').trim();
  if (CORRECTION.test(t)) {
    const all = [...t.matchAll(INSTEAD)];
    const last = all.at(-1);
    // Without "我是问": what follows the correction, past the slip ("不是第三条 我看错了 第六条").
    const said = CORRECTION.exec(t)!;
    // ("我不是问园区 我是自己在外面租的铺面": what is not meant, a few words, then what is, in the next clause.)
    const rest = t.slice(said.index + said[0].length);
    const notMeantThen = /^不是问[^\s,，。]{1,8}[\s,，。]+(?:我|俺)?(?:是|要问|问)?(?=\S)(.{2,})$/.exec(t.slice(said.index))?.[1];
    const instead = last ? t.slice(last.index! + last[0].length) : (notMeantThen ?? rest.replace(SLIPS_AFTER, ''));
    // ("sorry I meant - is there a hotline for investors, not the target": what is not meant, said after, goes.)
    const meant = instead.replace(/[\s,，]+not (?:the|that|this|about)\b.*$/i, '');
    return { kind: 'correction', instead: meant.replace(/^[\s,，。:：\-–—]+|[\s,，。!！?？]+$/g, '') };
  }
  if (MORE.test(t)) return { kind: 'more' };
  const last = LAST.exec(t);
  if (last) return { kind: 'ordinal', index: -1 };
  const ord = ORDINAL.exec(t) ?? BARE_ORDINAL.exec(t) ?? BARE_NUMBER.exec(t);
  const n = ord ? ordinalNumber((ord[1] ?? ord[2])!) : undefined;
  if (n) return { kind: 'ordinal', index: n };
  const ordEn = ORDINAL_EN.exec(t);
  const word = (ordEn?.[1] ?? ordEn?.[2] ?? ordEn?.[3])?.toLowerCase();
  const nth = word ? (/^\d/.test(word) ? Number.parseInt(word, 10) : ORDINALS_EN.indexOf(word) + 1) : 0;
  if (nth > 0) return { kind: 'ordinal', index: nth };
  // "每个县补的都一样吗": the same asked of the counties.
  if (EACH_COUNTY.test(t)) return { kind: 'about', subject: '县里' };
  const thingAt = PLACE_HAS_THING.exec(t);
  if (thingAt && isPlaceName(thingAt[1]!)) return { kind: 'about', subject: thingAt[1]!, thing: thingAt[2]! };
  const atPlace = PLACE_HAS.exec(t);
  // ("一个人的", "合伙的": who the figure is for, said alone after a figure: the same asked of them.)
  const ofSubject = SUBJECT_ALONE.exec(t);
  const about = ABOUT.exec(t) ?? BARE_ABOUT.exec(t) ?? (atPlace && isPlaceName(atPlace[1]!) ? atPlace : null) ?? ofSubject;
  const en = about ? undefined : ABOUT_EN.exec(t);
  // ("and for a company?" keeps its "for": the lexicon reads "for a company" as a small business, not any company.)
  const subject = (about?.[1] ?? en?.[1] ?? en?.[2] ?? en?.[3] ?? en?.[4])?.replace(PRONOUN, '').trim();
  if (subject) return { kind: 'about', subject };
  const pointing = ELLIPTICAL_EN.exec(t) ?? SHORT_EN.exec(t);
  const after = pointing ? t.slice(pointing.index + pointing[0].length) : '';
  if (pointing && t.split(/\s+/).length <= ELLIPTICAL_EN_WORDS && !SECOND_QUESTION_EN.test(after)) {
    // "what services do they offer" asks no one kind: the topic's answer, read with the question's words.
    const word = pointing[1]!.toLowerCase();
    const asked = word.startsWith('which') ? 'unit' : ASKED_EN[word];
    return asked ? { kind: 'elliptical', asked, rest: 0, english: true } : { kind: 'elliptical', rest: 0, english: true };
  }
  if (EXAMPLES_EN.test(t) || (YES_NO_EN.test(t) && t.split(/\s+/).length <= ELLIPTICAL_EN_WORDS))
    return { kind: 'elliptical', rest: 0, english: true };
  const asked = askedOf(t);
  const rest = [...topicOf(t)].length;
  const refers = asked || POINTS.test(t) ? rest <= ELLIPTICAL_REST : placesIn(t).length > 0 && rest <= OWN_TOPIC_REST;
  if (refers) {
    return asked ? { kind: 'elliptical', asked, rest } : { kind: 'elliptical', rest };
  }
  return undefined;
}

/** Each UTF-16 position's bracket depth ((), （）, [], 【】): 0 outside any. */
function bracketDepths(text: string): number[] {
  let depth = 0;
  return [...text.split('')].map((ch) => {
    const here = depth;
    if ('(（[【'.includes(ch)) depth++;
    else if (')）]】'.includes(ch)) depth = Math.max(0, depth - 1);
    return here;
  });
}

/** Splits where `separator` matches outside brackets. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const depths = bracketDepths(text);
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(new RegExp(separator.source, 'g'))) {
    if (depths[m.index] !== 0) continue;
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Things one point lists after a colon ("…是:A、B、C"), three or more; none for a point that lists nothing. */
function inlineList(point: string): string[] {
  // (After the last colon outside brackets: "…分四部分共十条措施:打好“信息牌”(第一至三条:信息库…)…".)
  const depths = bracketDepths(point);
  const colon = Math.max(...[...point.matchAll(/[:：]/g)].filter((m) => depths[m.index] === 0).map((m) => m.index), -1);
  const listed = colon >= 0 && colon < point.length - 1 ? point.slice(colon + 1) : undefined;
  // (In English: "build one database, set up … stations, … and promote … role models".)
  const english = listed !== undefined && !/[、;；]/.test(listed) && /^[^\u3400-\u9fff]*[a-z]/i.test(listed);
  // (Only at the top level: "打好“信息牌”(第一至三条:信息库、联络站、招商大使)、打好“乡情牌”(…)" lists four.)
  const parts = splitOutsideBrackets(listed ?? '', english ? /,\s*(?:and\s+)?|\s+and\s+/ : /[、;；]/)
    .map((p) => p.replace(/^(?:和|以及|及)|[。.\s]+$/g, '').trim())
    .filter(Boolean);
  return parts.length >= 3 ? parts : [];
}

/** What is left of a message once pronouns, places, question words and fillers go: its own topic, if any. */
function topicOf(text: string): string {
  const rest = text.replace(PRONOUN, '').replace(PLACES, '');
  return ASKED.reduce((s, a) => s.replace(new RegExp(a.asks.source, 'g'), ''), rest).replace(FILLER, '');
}

/** The context if it is still fresh at `now`. */
export function freshContext(context: ConversationContext | undefined, now: Date): ConversationContext | undefined {
  if (!context) return undefined;
  return now.getTime() - context.at <= CONTEXT_QUIET_MS ? context : undefined;
}

/** What the knowledge base can tell the decision, without the decision knowing the knowledge base. */
export interface TopicProbe {
  /** The entry a text alone would be answered from, if any. */
  answerable(text: string): string | undefined;
  /** Whether a message speaks about an entry (shares its distinctive words). */
  speaksAbout(text: string, entry: string): boolean;
  /** Whether retrieval ranks an entry nearly as high as its best hit for a text. */
  nearTop(text: string, entry: string): boolean;
  /**
   * Whether a text names no topic of its own: its best hit scores below what a self-contained question about any
   * entry scores ("评的时候主要看么事", "都是些么项目"). Such a question asked during a topic is about that topic.
   */
  weak(text: string): boolean;
  /** Whether an entry names a word of the text (in its facts, synonyms or what it says it does not specify: "抵押"). */
  mentions(text: string, entry: string): boolean;
  /** Whether an entry's facts give a figure as written ("41个": not "141个"). */
  givesFigure(figure: string, entry: string): boolean;
  /** Whether a text names a topic of its own clearly: its best hit covers most of its words ("职称咋办"). */
  strong(text: string): boolean;
  /** Whether an entry gives the kind of detail a text asks for (a date for "么时候"), among its facts on the text's words. */
  gives(text: string, entry: string): boolean;
  /**
   * The numbered rows an ordinal may point at when no list was shown: those of the entry's own plan (the ten
   * measures, the eight articles), then the 13-row task list, the plan's one long numbered list.
   */
  rowLists(entry: string | undefined): string[][];
  /** Whether an entry is (nearly) what a text is about when read together with the question that opened the topic. */
  holdsWithTopic(text: string, opening: string, entry: string): boolean;
  /**
   * Another entry, nearly as much about the text read with the opening question, that gives the kind of detail the
   * text asks and `entry` does not ("能线上办吗" after "一件事": the article on the one-stop windows says 线上办).
   */
  givesInstead(text: string, opening: string, entry: string): string | undefined;
  /**
   * Whether a text names a thing another entry is about (its synonym) that this entry never mentions ("训练营"); with
   * `other`, a thing only that entry is about.
   */
  namesOther(text: string, entry: string, other?: string): boolean;
  /** The words of a text that name what an entry is about (its title or synonyms), longest first, none inside another. */
  namesOf(text: string, entry: string): string[];
  /** Whether a text points at an entry by one of its names ("这个品牌", "这个database": read as the lexicon reads it). */
  pointsAt(text: string, entry: string): boolean;
  /** Whether a text asks for a figure or a date (an amount, a count, a deadline), the details an entry gives per subject. */
  asksFigure(text: string): boolean;
  /**
   * Whether an entry says it does not give the kind of figure a text asks ("奖励金额或奖励标准" for "奖多少钱"), and
   * writes every character of what the text says besides asking ("奖"), which the title of `other` (the entry the
   * text finds alone) does not.
   */
  leavesOut(text: string, entry: string, other?: string): boolean;
  /**
   * The entry of another plan (`plan`: the id prefix, "returnee." or "chushang.") of the same kind as `entry`, when
   * that plan has exactly one: the returnee plan's goal for the Chushang plan's goal.
   */
  counterpart(entry: string, plan: string): string | undefined;
}

/** A plan named alone ("返乡创业那边呢", "楚商回乡呢"): the same asked of that plan. */
const PLANS_NAMED: Array<{ name: RegExp; plan: string }> = [
  { name: /^(?:返乡创业|返乡)(?:的|方案|这块|那块|这边|那边|工作方案)?$/, plan: 'returnee.' },
  { name: /^(?:楚商回乡|楚商|招商引资|楚商回乡招商引资)(?:的|方案|这块|那块|这边|那边|工作方案)?$/, plan: 'chushang.' },
];

const hintOf = (asked: AskedKind | undefined) => ASKED.find((a) => a.kind === asked)?.hint ?? '';
const withHint = (text: string, asked: AskedKind | undefined) => {
  const hint = hintOf(asked);
  return hint && !text.includes(hint) ? `${text} ${hint}` : text;
};

/** Asking where something is written: its clause, title, wording or the unit it names. */
const ASKS_SOURCE =
  /第几条|哪一条|哪条|第几项|哪一项|第几部分|哪个部分|原文|原话|标题|出处|依据|哪个文件|哪份文件|责任单位|负责单位|牵头单位/;
/** The words of such a question that name no topic (the documents, the asking, pronouns). */
const SOURCE_WORDS =
  /第几条|哪一条|哪条|第几项|哪一项|第几部分|哪个部分|原文|原话|标题|题目|出处|依据|哪个文件|哪份文件|返乡创业|楚商回乡|招商引资|工作方案|方案|文件|清单|任务|制度|通知|责任单位|负责单位|牵头单位|单位|是谁|是哪个|是哪|谁|怎么|咋|说的|写的|发下|发我|发一下|给我|这条|这个|这是|叫啥|叫什么|叫么|具体|[这在是的啥么呢吗里中上那说写下一个条项和哈呀啊吧]/g;

/** "这是方案第几条", "第几条 原文标题", "原文是怎么说的 发下原话": the source asked, and nothing else named. */
export function asksOnlyTheSource(text: string): boolean {
  if (!ASKS_SOURCE.test(text)) return false;
  return !/[\u3400-\u9fff]/.test(text.replace(SOURCE_WORDS, ''));
}

/**
 * Decides what a message means given the context: undefined when it is read on its own (a new topic, or no context).
 * `standalone` is the entry the message alone would be answered from.
 */
export function resolveFollowUp(
  text: string,
  context: ConversationContext | undefined,
  probe: TopicProbe,
  standalone: string | undefined,
): Reading | undefined {
  if (!context) return undefined;
  const current = context.entries[0];
  const follow = readFollowUp(text);
  // "今年总共有好多项任务" after an article: the task list asked about by its name, a topic of its own.
  if (current && !current.startsWith(TASKS) && standalone?.startsWith(TASKS) && ASKS_THE_TASKS.test(text)) return undefined;
  // "任务清单上写的典型人物总数" after the article on role models: the list named, its row is what is asked.
  if (current && !ROW.test(current) && standalone && ROW.test(standalone) && /任务清单|清单上|清单里/.test(text)) return undefined;
  // "这个是任务清单第几条": which row of the list restates the topic, asked of the topic.
  if (current && !ROW.test(current) && ASKS_ROW_NUMBER.test(text)) return { question: text, entry: current, exclude: [] };
  // "这是方案第几条", "原文是怎么说的 发下原话", "这条的责任单位发我": where the topic is written, asked of the topic.
  // (The units asked, "这一条的责任单位", are asked of the topic's question: all of them, first.)
  if (current && asksOnlyTheSource(text)) {
    const question = context.question ?? text;
    return { question: askedAttributes(text).includes('unit') ? `${question} 责任单位` : question, entry: current, exclude: [] };
  }
  if (follow?.kind === 'correction') {
    const instead = follow.instead.replace(PRONOUN, '').trim();
    if (!instead) return { question: context.question, exclude: context.entries };
    // "我不是问培训 我是问第六条 钱的那个": the row of the list shown, by its number.
    if (readFollowUp(instead)?.kind === 'ordinal') return resolveFollowUp(instead, context, probe, undefined);
    // "我不是问好多钱 我是问要么条件才能拿这个补贴": what was not meant is only a thing asked (the amount), not a
    // topic: the topic stays, asked the other way.
    if (current && correctsOnlyTheAsking(text)) return { question: withHint(instead, askedOf(instead)), entry: current, exclude: [] };
    // "我不是问劳务品牌 我是问补贴" right after the subsidy answer: Y was already the topic, so only the rest is excluded.
    const meant = probe.answerable(instead);
    // "我说错了 问的是县里": a level or a place, no topic of its own: the same question asked of it.
    // ("你刚才说的是个人的吧 我问的是公司": who the figure is for, a subject of the same topic, not the ambassadors'
    // 招商公司.)
    const level = (LEVELS.some((l) => l.asks.test(instead)) || SUBJECT_KINDS.test(instead)) && [...instead].length <= LEVEL_CHARS;
    // "你答非所问 我问的是要不要我自己掏钱": a thing asked of no topic of its own (what it costs) is asked of the topic.
    // ("你没回答 我问的是多少钱": only the asking, whatever other entry those words would find alone.)
    const bareAsking = [...topicOf(instead)].length < OWN_TOPIC_REST && askedAttributes(instead).length > 0;
    const asksOfNoTopic = bareAsking || (!meant && ([...topicOf(instead)].length < OWN_TOPIC_REST || askedAttributes(instead).length > 0));
    if (current && (level || isPlaceName(instead) || asksOfNoTopic)) {
      const question = context.question ? `${context.question} ${instead}` : withHint(instead, askedOf(instead) ?? context.asked);
      return { question, entry: current, exclude: [] };
    }
    return { question: instead, exclude: context.entries.filter((e) => e !== meant) };
  }
  // "还有呢": the same topic, without what was shown.
  if (follow?.kind === 'more')
    return current ? { question: context.question, entry: current, exclude: [], shown: context.items ?? [] } : undefined;
  if (follow?.kind === 'ordinal') {
    // "第4项" walks the task list (its rows are 项), whatever article the last answer was from.
    const onTasks = Boolean(context.list?.length) && context.list!.every((id) => TASK_ROW.test(id));
    // ("第三条呢" after the task list's overview counts its rows too.)
    const taskRows =
      (ITEM.test(text) || NAMES_THE_LIST.test(text) || current === TASK_OVERVIEW) && !onTasks ? probe.rowLists(undefined)[0] : undefined;
    const list = taskRows ?? context.list ?? [];
    // "第三个呢" after a single point that names several ("“五个一”…是:建成一个数据库、建立一批楚商联络站、举办一批…"):
    // the third thing it names, asked on its own, before the rows of the article it came from.
    const shownItems = context.items ?? [];
    // (Rows counted in 项 are the task list's: "第6项" after the overview is its sixth row.)
    // (Of several points, the one that lists things, when only one does: "第三个" counts things, "第三条" points.)
    const listing = shownItems.map(inlineList).filter((l) => l.length);
    const things = !ITEM.test(text) && !/条/.test(text) && listing.length === 1 ? listing[0]! : [];
    if (things.length && things.length >= follow.index) {
      const thing = follow.index === -1 ? things.at(-1)! : things[follow.index - 1]!;
      // "第三个呢 今年搞几场": what is asked of it comes with it.
      const asked = text
        .replace(ORDINAL, '')
        .replace(LAST, '')
        .replace(/^[\s,，。]*(?:呢|一)?[\s,，。]*/, '')
        .trim();
      // (The point's own article names every one of them: the answer is in another, of the same plan where one
      // ranks near the best: "the last one" of the Chushang plan's "five ones" is its role models, not the notice's.)
      const question = asked ? `${thing} ${asked}` : thing;
      const sameDoc = current ? probe.rowLists(current)[0]?.find((id) => id !== current && probe.nearTop(thing, id)) : undefined;
      return sameDoc ? { question, entry: sameDoc, exclude: [] } : { question, exclude: current ? [current] : [] };
    }
    const entry = follow.index === -1 ? list.at(-1) : list[follow.index - 1];
    // "最后一条 人才那块 今年去外地推介几次" after the eight measures (and the requirements, a ninth row): the row named
    // is the one meant, however it was counted.
    const said = text.replace(ORDINAL, '').replace(LAST, '');
    const saidTopic = topicOf(said).replace(/[^\u4e00-\u9fff]/g, '');
    const namedRow = entry && [...saidTopic].length >= OWN_TOPIC_REST ? probe.answerable(said) : undefined;
    if (namedRow && namedRow !== entry && list.includes(namedRow)) return { question: text, entry: namedRow, exclude: [] };
    if (entry) return { question: text, entry, exclude: [] };
    // No list shown: "第二条具体说说" points at the second point of the answer itself.
    const items = context.items ?? [];
    const item = list.length ? undefined : follow.index === -1 ? items.at(-1) : items[follow.index - 1];
    // "第13条呢 具体指标是么" on a task-list row, past the points shown: the row of that number (the rows are what is
    // numbered there), before any words said with it ("指标") are read as a topic of their own.
    if (current && TASK_ROW.test(current) && follow.index > items.length) {
      const row = probe.rowLists(undefined)[0]?.[follow.index - 1];
      if (row) return { question: text, entry: row, exclude: [] };
    }
    // "第三个 那个担保贷款 说下": the thing is named too; where no point of the answer says it, the name is read.
    const named = text.replace(ORDINAL, '').replace(LAST, '');
    const name = topicOf(named);
    // ("第三个是么意思": nothing named but the asking.)
    if ([...name].length >= OWN_TOPIC_REST && !item?.includes(name) && !probe.weak(named) && probe.answerable(named))
      return { question: named, exclude: [] };
    if (item && current) return { question: item, entry: current, exclude: [] };
    // "谁负责第11项" with no such list shown: the row of that number in the plan's numbered lists.
    if (follow.index < 1 || follow.index <= list.length) return undefined;
    const row = probe
      .rowLists(current)
      .find((rows) => rows.length >= follow.index)
      ?.at(follow.index - 1);
    return row ? { question: text, entry: row, exclude: [] } : undefined;
  }
  if (follow?.kind === 'about') {
    // "返乡创业那边呢" after the Chushang plan's goal: the other plan's article of the same kind.
    const named = PLANS_NAMED.find((p) => p.name.test(follow.subject));
    const other = named && current && !current.startsWith(named.plan) ? probe.counterpart(current, named.plan) : undefined;
    if (other) return { question: context.question ?? text, entry: other, exclude: [] };
    // "福建有冇得这种站" after the service stations: where they are set up, of that place.
    if (follow.thing && current) return { question: `${follow.thing}设在哪些地区 ${follow.subject}`, entry: current, exclude: [] };
    const asked = askedOf(follow.subject) ?? context.asked;
    // "深圳有冇" after "联络站在哪些城市": the same question asked of that place.
    // ("我们监利有吗" after "清明…几场啊": a county's own figure, the counties' level.)
    const level = COUNTY_NAMED.test(follow.subject) ? ` ${LEVEL_WORDS.county}` : '';
    // ("那硕士呢" after "住房补贴能拿多少": the same amount asked for them, where the topic says nothing of them: the
    // question before, with its subject replaced; the amount has no word of its own to find a fact by.)
    const subjectOnly = SUBJECT_ALONE.test(follow.subject) || SUBJECT_KINDS.test(follow.subject) || SUBJECT_KINDS_EN.test(follow.subject);
    const unsaidSubject = subjectOnly && asked === 'amount' && current !== undefined && !probe.speaksAbout(follow.subject, current);
    const question =
      isPlaceName(follow.subject) && context.question
        ? `${context.question} ${follow.subject}${level}`
        : unsaidSubject && context.question
          ? `${context.question.replace(SUBJECT_WORDS_ANY, ' ')} ${follow.subject}`
          : withHint(follow.subject, asked);
    // "那县里呢": a subject with no topic of its own asks the same about the current entry.
    // ("全市总共呢" after the counties' share of the Qingming events: a scope, the whole city's figure of the same.)
    const ownTopic = [...topicOf(follow.subject).replace(SCOPE_OF_FIGURE, '')].length >= OWN_TOPIC_REST;
    // ("一个人的" after the loans: whom the figure is for, never a topic of its own.)
    // ("公司的呢" after the loans: a kind of borrower, the small businesses' limit, not the labour brands' 企业.)
    if (ownTopic && !subjectOnly && probe.answerable(follow.subject)) return { question, exclude: [] };
    return current ? { question, entry: current, exclude: [] } : undefined;
  }
  if (!current) return undefined;
  const elsewhere = standalone !== undefined && !context.entries.includes(standalone);
  // (English is measured in words, two characters' worth each: "what should be in the report" is as short as "报告写么事".)
  const length = lengthInChars(text);
  // "41个创业平台是怎么构成的" after the returnee plan's goals: a figure said that only the entry found gives is that
  // entry's, however much the topic shares its other words (创业平台).
  const figureElsewhere =
    elsewhere && (text.match(SAID_FIGURE) ?? []).some((f) => probe.givesFigure(f, standalone) && !probe.givesFigure(f, current));
  if (figureElsewhere) return undefined;
  // The current entry ranks nearly as high as the best for this message: staying on the topic is the better reading.
  // Not when only the other entry gives what is asked ("这个目录么时候出来": the task row has the date).
  // Not when the message names another entry outright ("总召集人是哪个" after the meetings, which name the convener).
  // Nor when the topic is a task-list row and the message clearly asks of an article instead ("劳务品牌2.0是么意思" after
  // task 9): a row restates articles in a few words, so it ranks near any of them.
  const articleInstead =
    ROW.test(current) && standalone !== undefined && !ROW.test(standalone) && probe.strong(text) && !NAMES_TASK_LIST.test(text);
  // Nor when it names what the entry it would have alone is about, and this one never mentions ("会一直存在吗": 撤销,
  // after the office).
  const near =
    elsewhere &&
    length <= CONTINUATION &&
    probe.nearTop(text, current) &&
    probe.gives(text, current) &&
    !articleInstead &&
    !probe.namesOther(text.replace(WHO_AND_HOW_WORDS, ' '), current, standalone);
  // A short question naming no topic of its own ("评的时候主要看么事") asks about the current one.
  // ("那贷款这块具体问哪个单位" after the land names the loans, another entry's word: not topicless.)
  const topicless =
    length <= CONTINUATION &&
    asksSomething(text) &&
    (probe.weak(text) || (!standalone && probe.mentions(text, current))) &&
    !(standalone !== undefined && probe.namesOther(text, current));
  // "评上了给好多" after "要评么能人返乡项目", "每年选好多个" after the ambassadors: a bare figure asked, in a few words,
  // that the topic gives and that lands on the topic again when read with the question that opened it.
  // ("今年一共要培训好多人" after the training article: few words of a topic, however many of asking.)
  const fewTopicWords =
    length <= FIGURE_FOLLOW_UP ||
    (length <= SHORT_CONTINUATION && [...topicOf(text).replace(SCOPE_OF_FIGURE, '')].length <= FIGURE_TOPIC_CHARS);
  const carried =
    elsewhere &&
    fewTopicWords &&
    probe.asksFigure(text) &&
    probe.gives(text, current) &&
    !probe.namesOther(text, current) &&
    // A task-list row restates an article in a few words, so it outscores the article on them ("评上了给好多" finds
    // task 9, which lists three amounts): the article the topic is on holds the figure asked.
    ((standalone !== undefined && ROW.test(standalone) && !NAMES_TASK_LIST.test(text)) ||
      probe.holdsWithTopic(text, context.question, current));
  // "审批要多久" after the loans (电子化审批): its words are the topic's, and the entry it finds alone only by an
  // example question never says them.
  // (Its topic words, not the asking: "每个县要建几个" shares 每个 with any article that says 每个给予.)
  const topicWords = topicOf(text).trim();
  const wordsHere =
    elsewhere &&
    length <= SHORT_CONTINUATION &&
    [...topicWords].length >= OWN_TOPIC_REST &&
    probe.mentions(topicWords, current) &&
    standalone !== undefined &&
    !probe.mentions(topicWords, standalone);
  // "县里一年办几场" after the brand events: how many of the events talked about, at a level, naming nothing else.
  const eventsCounted =
    elsewhere &&
    length <= FIGURE_FOLLOW_UP &&
    /^(?:一年|每年|今年|明年)?$/.test(topicWords) &&
    /(?:几|多少|好多)(?:场|场次|次|回)/.test(text) &&
    probe.mentions('活动', current) &&
    !probe.namesOther(text, current);
  // "我想回去开个门窗加工厂 带几个徒弟 这个品牌对我有么好处" after the labour brands: a story that matches nothing
  // on its own, pointing at the topic by one of its names ("这个品牌").
  // ("这个database谁在维护" after the Chushang database: another database ranks first, the topic's nearly as high.)
  // ("这联席会议是常设的吧" after its members names 常设, a word of the entry on its dissolution that this one lacks.)
  const pointsAtTopic =
    (!standalone || (probe.nearTop(text, current) && probe.gives(text, current) && !probe.namesOther(text, current, standalone))) &&
    probe.pointsAt(text, current);
  // "到底奖多少钱" after the ambassadors, whose reward the plan leaves to each place: the figure the topic says it does
  // not give, asked again in the topic's words, is not another entry's figure (the labour brands' 10万元 奖补).
  const leftOut =
    elsewhere &&
    length <= SHORT_CONTINUATION &&
    probe.asksFigure(text) &&
    probe.leavesOut(text, current, standalone) &&
    !probe.namesOther(text, current);
  if (follow?.kind === 'elliptical') {
    // "贷款多少" after a land answer names its own topic; "按比例补" after a subsidy answer does not.
    // "Who chairs the joint meeting on this?" names its own topic in English, whatever pronoun it ends with.
    // ("Which office runs this?": the office is the asking, not the joint-meeting office's topic.)
    const ownTopic = follow.rest >= OWN_TOPIC_REST || (follow.english === true && probe.strong(text.replace(WHICH_UNIT_EN, ' ')));
    if (elsewhere && ownTopic && !near && !topicless && !carried && !wordsHere && !eventsCounted && !pointsAtTopic && !leftOut)
      return undefined;
    // "Is it a permanent body?" after the joint meeting's duties: an English question naming what only another
    // entry is about (its dissolution) is that entry's, as "它会一直存在吗" is.
    if (elsewhere && follow.english && !near && probe.namesOther(text, current, standalone)) return undefined;
    // "那贷款这块具体问哪个单位" after the land: it names another entry's word, so it is about that entry.
    // ("how many incubators are there" after the choice of projects or platforms names the platforms' word.)
    if (!elsewhere && ownTopic && probe.namesOther(text, current)) return undefined;
    // ("主要设在哪些地方" after "服务站一共设好多个": asked of what the question before named, the service stations.)
    // (A short question's subject as said; of a long one, a story, only the words that name the topic.)
    const said = topicOf(context.question).trim();
    const named = () => probe.namesOf(context.question, current).slice(0, SUBJECT_WORDS).join(' ');
    // (Not for a figure asked: "里面有好多人了" counts the database's entries, whatever the question before named.)
    const carries = !ownTopic && !follow.english && !askedAttributes(text).some((k) => FIGURE_KINDS.has(k));
    const subject = !carries ? '' : [...said].length <= SUBJECT_CHARS && !/[a-z]/i.test(said) ? said : named();
    // ("我们监利有吗" after "清明…几场啊": a county's own figure is the counties' level.)
    const level = placesIn(text).some((p) => COUNTY_NAMED.test(p)) ? ` ${LEVEL_WORDS.county}` : '';
    const question = withHint(subject ? `${subject} ${text}${level}` : `${text}${level}`, follow.asked);
    const instead = !ownTopic && context.question ? probe.givesInstead(text, context.question, current) : undefined;
    return { question, entry: instead ?? current, exclude: [] };
  }
  // Not worded as a follow-up: a short message about the current topic's details ("有专门给大学生的冇" after the
  // platforms, whose facts name the 大学生创业孵化基地).
  const speaks = length <= CONTINUATION && probe.speaksAbout(text, current);
  // "评选主要看什么" after the labour-brand companies: the current entry gives the condition asked for, the other does not.
  const onlyHere =
    elsewhere &&
    length <= SHORT_CONTINUATION &&
    askedAttributes(text).length > 0 &&
    !probe.strong(text) &&
    probe.gives(text, current) &&
    !probe.gives(text, standalone);
  const continues =
    (!standalone && speaks) ||
    leftOut ||
    (near && (length <= SHORT_CONTINUATION || speaks)) ||
    topicless ||
    onlyHere ||
    carried ||
    pointsAtTopic ||
    wordsHere ||
    eventsCounted;
  return continues ? { question: withHint(text, askedOf(text)), entry: current, exclude: [] } : undefined;
}

/** What "不是问X" names is only a thing asked of a topic ("好多钱", "时间"), with no topic of its own. */
function correctsOnlyTheAsking(text: string): boolean {
  const t = text.normalize('NFKC');
  const at = t.search(INSTEAD_FIRST);
  if (at < 0) return false;
  const notMeant = t
    .slice(0, at)
    .replace(CORRECTION, ' ')
    .replace(/^[\s,，。]*我?/, '');
  const kinds = askedAttributes(notMeant);
  const named = kinds.reduce((rest, kind) => rest.replace(new RegExp(ATTRIBUTES[kind].asks.source, 'gi'), ' '), notMeant);
  return kinds.length > 0 && [...topicOf(named)].length < OWN_TOPIC_REST;
}

/** A message asks something: a question word of any kind, or a question mark. */
function asksSomething(text: string): boolean {
  // ("全部免了还是减一点": one or the other, asked.)
  return (
    askedOf(text) !== undefined || askedAttributes(text).length > 0 || /[?？吗么呢]|不$|冇$|.还是(?!算了)[^,，。!！吧]{1,12}$/.test(text)
  );
}

/** Intents whose answers set the topic. */

export interface TurnOutcome {
  /** The question as understood (a follow-up resolved into a self-contained question). */
  question: string;
  intent: Intent;
  /** Entries the reply answered from or offered, in order. */
  entries: string[];
  /** Entries offered as numbered choices, if the reply asked the user to pick. */
  choices?: string[];
  /** The numbered rows of an entry that is an overview (the task list's 13 rows, the ten measures). */
  rowsOf(entry: string): string[];
  /** The points the reply showed, in order. */
  items?: string[];
  at: Date;
  /** What the reply showed besides knowledge, for the next message to act on. */
  shown?: Shown;
  /** The message as the user typed it ("第二个展开说说"), when a follow-up was resolved into `question`. */
  said?: string;
}

/** The context after a turn: a topical answer replaces the topic; anything else keeps it (places always add up). */
export function nextContext(previous: ConversationContext | undefined, turn: TurnOutcome): ConversationContext | undefined {
  const places = [...new Set([...(previous?.places ?? []), ...placesIn(turn.question)])];
  const at = turn.at.getTime();
  const level = speaksFor(turn.question, previous);
  const asker = level ? { speaksFor: level } : {};
  // What a reply showed is acted on by the very next message only.
  const shown = turn.shown ? { shown: turn.shown } : {};
  if (ANSWERED_INTENTS.has(turn.intent) && turn.entries.length) {
    const first = turn.entries[0]!;
    const own = turn.choices ?? (turn.entries.length === 1 ? turn.rowsOf(first) : []);
    // An item picked from the list shown keeps that list, so "第三个呢" still points into it. Not an item reached
    // another way with points of its own ("举几个例子" after the choices): "第三个" then counts those points.
    const picked = readFollowUp(turn.question)?.kind === 'ordinal' || /^kb:/.test(turn.question) || !turn.items?.length;
    const rows = own.length ? own : picked && previous?.list?.includes(first) ? previous.list : [];
    // A point picked from the points shown ("第二个展开说说" after the five goals) keeps those points, so "第三个呢"
    // counts the same ones, not the points of the one expanded.
    const pointPicked =
      !rows.length && turn.said !== undefined && readFollowUp(turn.said)?.kind === 'ordinal' && Boolean(previous?.items?.length);
    const items = pointPicked ? previous!.items : turn.items;
    const asked = askedOf(turn.question);
    return {
      at,
      entries: turn.entries.slice(0, 5),
      ...(rows.length ? { list: rows } : {}),
      ...(items?.length ? { items: items.slice(0, ITEMS_KEPT) } : {}),
      question: turn.question.slice(0, 200),
      ...(asked ? { asked } : {}),
      ...(turn.intent === 'event.ask' ? { events: true as const } : {}),
      places,
      ...asker,
      ...shown,
    };
  }
  // Events listed with no article of the plan ("下个月有么活动"): what comes next may ask a detail of them ("能带家属去吗").
  const events = turn.intent === 'event.ask' ? { events: true as const } : {};
  if (!previous)
    return places.length || turn.shown || level || turn.intent === 'event.ask'
      ? { at, entries: [], question: '', places, ...asker, ...shown, ...events }
      : undefined;
  const { shown: _before, refused: _refused, ...kept } = previous;
  return { ...kept, at, places, ...asker, ...shown, ...events };
}
