/**
 * What a question wants to know about a topic (an amount, who handles it, when, which ones ...), read from its wording
 * in Chinese, Hubei dialect or English. The answer puts the entry's fact of that kind first, or says plainly that the
 * document does not give it and who to ask.
 */

interface AttributeSpec {
  /** How a question asks for it (on normalised text). */
  asks: RegExp;
  /** How a fact that gives it reads. Without one, the answer is not a fact (the entry's units). */
  gives?: RegExp;
  /** Which of an entry's `unspecified` items are of this kind. */
  unspecified: RegExp;
  /** What to say is missing when no `unspecified` item names it: "文件没有写明{missing}". */
  missing: string;
  /**
   * Whether the generic `missing` may be said when no `unspecified` item on the question's topic names the detail.
   * Off for kinds whose facts are phrased too variously to be sure none gives it (a list, a condition, a place).
   */
  generic: boolean;
}

/**
 * Asking by when something is due or done ("今年能建完不", "热线么时候设好", "截止"): the `when` kind, and the wording for
 * which a task row's deadline answers a question about the article it restates.
 */
export const DEADLINE =
  /(?:建|办|搞|做|弄|干|聘|修|设|评|选|认定|发布)得?完|(?:么|什么|啥|几|何)时(?:候)?.{0,6}(?:建|设|办|搞|弄|做|评|选)(?:好|完|成|起来)|(?:建|设)(?:好|成|起来)了?(?:没|吗|不|冇)|(?:么|什么|啥|几|何)时(?:候)?.{0,4}(?:公布|发布|出台|印发|开通|出来)|(?:么|什么|啥|几|何)时(?:候)?出(?:来)?(?:[吗呢啊?？\s]|$)|好久(?:能|会|才)?(?:出|出来|出台|发布|公布|印发)(?:[吗呢啊了?？\s]|$)|好久(?:能|会|才|可以)?(?:建|设|办|搞|弄|做|评|选|认定)(?:好|完|成|起来|出来|下来)|哪一?天(?:能|会|才)?(?:出|出来|出台|发布|公布|印发)(?:[吗呢啊了?？\s]|$)|(?:么|什么|啥|几|何)时(?:候)?(?:能|会)?发(?:[吗呢啊了?？\s]|$)|(?:出|出来|出台|发布|公布|印发|编好|编出来)了?(?:没|吗|冇|没有)|\bcom(?:ing|e) out\b|还没(?:建|设|出|落实|搞|办)(?:好|成|起来|来|立)?|完成|建成|时限|截止|期限|(?:么|什么|啥|几|何)时(?:候)?.{0,4}(?:落实|到位|兑现)|deadline|\bby when\b|\bwhen (?:is|was|will|would) (?:(?:that|this|the) )?\S+ (?:be )?(?:out|published|released|issued|ready|done|finished|due)\b|\bsupposed to be (?:out|published|released|issued|ready|done|finished)\b|\btime ?line\b|\btime ?frame\b|\bwhen will (?:it|they|that|this|these) be (?:built|set up|ready|done|finished|completed)\b|(?:今年|年底|年内).{0,6}(?:能|会|可以)?(?:完|建|办|搞)/i;

/** Asking which row of the task list something is ("这个是任务清单第几条", "清单里是哪一项"). */
export const ASKS_ROW_NUMBER = /(任务清单|清单|任务)[^,，。?？]{0,6}(第几|哪一|哪个)(条|项)|(第几|哪一)(条|项)[^,，。?？]{0,4}(任务|清单)/;

/** Asking which festivals ("一般放在哪些节日搞", "逢年过节", "which holidays"): a time of year, not a place. */
export const ASKS_FESTIVALS =
  /(?:哪些|哪几个?|什么|么|啥|哪个)(?:节日|节假日|传统节日)|逢年过节|节假日|\b(?:which|what) (?:holidays|festivals)\b/i;

/** Asking how long something takes ("多久", "要好久", "好久能批下来"): a time question in context and attributes alike. */
export const DURATION = /多久|多长时间|(?:要|得|需要|等)好久|好久(?:能|才|批|到|下来|出|开|办|举办|搞)/;

/**
 * "online" asking for a channel in English, not naming the business ("open a small online shop", "sell crayfish
 * online").
 */
export const ONLINE_EN =
  /(?<!\bsell(?:s|ing)?\b[\w ]{0,20})\bonline\b(?! (?:shops?|stores?|business(?:es)?|sales|selling|retail|marketing|courses?)\b)/;

/** The kinds, most specific first: "最多几家" is a count, "要么事材料" materials before a generic "什么". */
/**
 * Whether something is free, or whether one pays, asked in English ("is the training free?", "do I have to pay"): read
 * as the relief asked and, in English answers, as asking whether it is charged.
 */
export const ASKS_IF_FREE_EN =
  /\b(?:is|are) (?:it|this|that|they|there|the [a-z\u4e00-\u9fff ]{1,25}) free\b|\bfree of charge\b|\bfor free\b|\b(?:do|would|will|must) (?:i|we) (?:have to |need to )?pay\b/i;

export const ATTRIBUTES = {
  amount: {
    asks: /多少钱|好多钱|几多钱|(奖|补|给|拿|贴|贷|减|免|扶持|减免|补贴|奖励|资金)(了)?(是)?(多少|好多|几多)(?!个|家|场|次|名|人|项)|能贷|(?<!才)能拿(?!来|去|出)|额度|最多|最高|封顶|上限|金额|补贴标准|奖励标准|(?<![十一二两三四五六七八九百千])几万|交钱|收钱|收费|要钱|花钱|免费|how much|maximum|max\b|amount|\bcaps?\b|ceiling|how high|upper limit/i,
    gives: /\d+(\.\d+)?\s*(万|亿|元)|万元/,
    unspecified: /金额|标准|额度|比例|多少|数额|费用|收费/,
    missing: '具体金额',
    generic: true,
  },
  count: {
    asks: /(?<!哪|举)(几个|几家|几场|几次|几期|几回|几趟|几名|几所|几项|几类)|(?<![第哪])几条(?:措施|任务|政策|意见|举措)|(?:有|一共|总共|共)多少(?!钱|万|元)|好多回|多少回|多少个|多少家|多少场|多少次|多少期|多少名|多少人|多少项|好多个|好多家|好多场|好多次|好多人|几多个|至少几|一共.{0,4}(几|多少|好多)|how many/i,
    gives: /\d+\s*(个|家|场|次|名|人次|项|所|条|类|场次)|不少于|至少|以上/,
    unspecified: /数量|人数|多少|频次/,
    missing: '具体数量',
    generic: false,
  },
  unit: {
    asks: /找谁|问谁|谁管|谁负责|谁牵头|归谁|哪个部门|哪个单位|哪些部门|哪些单位|(哪几个|哪几家)(部门|单位)|什么部门|什么单位|哪个局|责任单位|牵头单位|负责单位|(?:牵头|负责)的?部门(?:是|有)|哪家单位|who (is )?(in charge|responsible)|which (department|office|agency)/i,
    unspecified: /单位|部门|牵头|负责|联系人/,
    missing: '负责单位',
    generic: true,
  },
  materials: {
    asks: /材料|资料|证件|要带|带什么|带啥|带么事|(?:要|需要|得)?准备(?:些|点)?(?:什么|啥|么事?|哪些)|documents?|\bdocs?\b|paperwork/i,
    gives: /材料|证明|证件|申报表|资料/,
    unspecified: /材料|资料|证件/,
    missing: '需要哪些材料',
    generic: true,
  },
  online: {
    // (Not the business itself: "网上卖虾" asks no channel.)
    asks: new RegExp(
      `线上|网上(?!卖|销售|开店)|在线|手机上|手机里|网站|网址|链接|app|小程序|公众号|二维码|${ONLINE_EN.source}|website|internet`,
      'i',
    ),
    gives: /线上|网上|在线|电子化|数字化|小程序|掌上|网办/,
    unspecified: /线上|网上|网址|入口|app|平台|渠道/i,
    missing: '能否线上办理、在哪个网址或APP办理',
    generic: true,
  },
  when: {
    asks: new RegExp(
      `${ASKS_FESTIVALS.source}|什么时候|啥时候|么时候|办公时间|上班时间|具体时间|什么时间|么时间|啥时间|几点|么子时候|几时|哪天|哪一天|几月|几号|何时|${DURATION.source}|最晚|哪年|能完成|完成了?(?:没|吗|不)|when|how long|how often|${DEADLINE.source}`,
      'i',
    ),
    gives: /\d{4}年|\d+月|每年|每半年|每季度|季度|半年|双月|年底|年内|底前|截止|时限|最后一周|春节|清明|端午|中秋|国庆|重大节日|传统节日/,
    unspecified: /时间|日期|时限|频次|期限|截止|何时|多久/,
    missing: '具体时间',
    generic: true,
  },
  where: {
    asks: /怎么办|咋办|怎么申请|咋申请|如何申请|怎么报名|咋报名|如何报名|怎么参加|咋参加|如何参加|怎么加入|咋加入|怎么进|咋进|在哪办|哪里办|去哪|到哪|在哪里|在哪儿|在哪|哪里|什么地方|哪些地方|流程|手续|程序|how (do|can) i (apply|join|get)|how to apply|where/i,
    gives: /申请|申报|报名|办理|代办|窗口|一站式|一件事|设在|设立|建立|地区|区域|长三角|珠三角|园区|基地|站/,
    unspecified: /地址|地点|在哪|城市|流程|程序|方式|渠道|窗口|办理|申请|报名|如何|入口/,
    missing: '具体在哪里办、怎么办',
    generic: false,
  },
  // "贷款有年龄限制吗", "户口不在荆州能申请吗": a personal condition the plan sets nowhere, so it is said not to be given.
  limits: {
    asks: /年龄|年纪|岁数|多大岁|(?:多少|几十|[四五六七]十(?:多)?)岁|户口(?!本)|户籍|性别|\bage (?:limit|requirement)s?\b|\btoo old\b|\bhukou\b/i,
    gives: /\d+\s*周?岁|年龄|户籍|户口|性别/,
    unspecified: /年龄|户籍|户口|性别/,
    missing: '年龄、户籍等个人条件的要求',
    generic: true,
  },
  eligibility: {
    asks: /哪些人|什么人|啥人|么人|谁能|谁可以|哪种人|符合|条件|资格|够格|够不够|算不算|算么|看啥|看什么|看么事|主要看|依据什么|根据什么|按(什么|么|啥)标准|(按|根据|凭)(什么|么|啥)(定|评|给|算|分)|什么标准|么标准|啥标准|标准是什么|怎么评|怎么认定|怎么选|像我这样|我这种|我这样的|我能不能|我可以|我能|(?:还|也)?能(?:去|参加|报名?|申请|享受)(?:不|吗|么|没|冇)|(?:能|可以|能不能|可不可以)入驻|eligible|qualify|who can|what decides|what determines|depends on what|based on what|how (?:do|does) (?:they|it) decide/i,
    // "从在外有号召力、影响力的知名楚商中礼聘": whom it is chosen from is the condition.
    gives: /符合条件|的条件|重要条件|条件是|对象|纳入|范围|面向|针对|依据|根据|确定|优先|从.{2,30}中(?:礼聘|选|遴选|评选|推荐|认定)/,
    unspecified: /条件|资格|对象|认定|遴选|评选/,
    missing: '具体的条件',
    generic: false,
  },
  list: {
    asks: /哪几家|哪几个|哪几类|哪几项|哪几种|哪几场|哪几|哪些|名单|(?<!楚商)名录(?!库)|分别是|都是哪|都是些|列一下|列出来|which ones|list of|\bwhich (?!one\b)(?:[a-z]+|[\u4e00-\u9fff]+)/i,
    // (Two quoted names are a list, “头雁”“马兰花计划”; one is a name.)
    gives: /、.+、|包括|分别|等|“[^”]+”.*“[^”]+”/,
    // ("返乡创业政策清单的发布渠道" is about a thing named 清单, not a list the plan leaves out.)
    unspecified: /名单|(?<!政策|任务)清单|哪些|哪个|具体所指|具体内容|完整|分别/,
    missing: '具体名单',
    generic: false,
  },
  examples: {
    asks: /举几个|举个|举两个|举些|举一些|举例|例子|比方说|比如说?(哪些|什么|啥|么事)|for example|for instance|examples?|such as/i,
    // "领办家庭农场等新型农业主体": named cases, then the kind they stand for.
    gives: /[\u4e00-\u9fff”]{2,}等[\u4e00-\u9fff]|比如|例如|诸如/,
    unspecified: /例子|举例|具体项目|名单|(?<!政策|任务)清单/,
    missing: '具体例子',
    generic: false,
  },
  contact: {
    // "热线" alone names the hotline the plan sets up ("热线么时候设好"); asking its number is a contact question.
    asks: /电话|号码|热线(?:是|电话)?(?:多少|几号|号码)|热线号|座机|邮箱|联系方式|怎么联系|如何联系|联系谁|phone|email|contact/i,
    gives: /电话|邮箱|\d{7}/,
    unspecified: /电话|号码|联系方式|联系人|邮箱/,
    missing: '联系电话',
    generic: true,
  },
  benefit: {
    asks: /待遇|好处|福利|礼遇|有(?:没有|冇得?)?奖金|奖金(?:有|多少|好多|几多)|(?:有|享受|给|得到)(?:些|点)?(?:什么|么|啥|哪些|么子|么样)(?:样的?)?优惠|优惠(?:政策)?(?:有哪些|是什么|有么|有啥|有什么)|(?:有|享受)(?:些|点)?(?:什么|么|啥|哪些|么子)(?:方便|便利|优待)|享受什么|享受啥|享受么事|有么用|有啥用|有什么用|能帮(我|我们)?(办|做|干|搞)(些|点)?(什么|么事?|么子|啥)|perks?|benefits?|\bwhat (?:exactly |else )?(?:do|does|will|would|can) .{1,30} get\b|what'?s in it for|\bentitled to\b|\bprivileges?\b/i,
    gives: /享受|免费|绿色通道|礼遇|优先|减免|推送|代办/,
    unspecified: /待遇|礼遇|优惠|奖励|补贴/,
    missing: '具体待遇',
    generic: false,
  },
  relief: {
    asks: new RegExp(
      String.raw`减免|能减|能免|减不减|免不免|减吗|免吗|少交|要钱不|(?:要|交|收)(?:房租|场租|租金)(?:不|吗|么|没|冇)|(?:要不要|用不用|需不需要|要)(?:付|交|给)(?:房租|场租|租金)|(自己)?(出|掏|交|花|付)钱|免费(吗|不|么)|要不要钱|收不收钱|(要|会)?收钱|收费|便宜|打折|(冇得|没有|没得|没)(本钱|钱)|成本|门槛|rent (free|reduction)|waive|${ASKS_IF_FREE_EN.source}|\bcost (?:anything|money|me|us)\b|\bcheap(?:er|ly)?\b|\bfees?\b|(?<!\bin )\bcharged?\b(?! of)`,
      'i',
    ),
    gives: /减免|免费|免收|减收|减半|降低.{0,8}(门槛|成本)/,
    unspecified: /减免|收费|费用|比例/,
    missing: '减免的具体办法',
    generic: false,
  },
  basis: {
    asks: /依托什么|依托啥|依托么事|依托哪|靠什么|靠啥|靠么|靠哪些|通过什么|借助什么|基于什么|以什么|在什么基础上|rely on|based on/i,
    gives: /依托|通过|借助|利用|结合|依据/,
    unspecified: /依托|基础/,
    missing: '依托什么',
    generic: false,
  },
  // "孵化基地是么东西", "这个中心平时主要搞么子": what the thing is for, told by what it does or offers, not by how many.
  // ("一核两翼多点是么意思" asks what a term means: the fact naming it answers, so 意思 is not this kind.)
  purpose: {
    asks: /是么东西|是什么东西|是啥东西|是个么东西|是干么|是干什么|是干嘛|是干啥|干什么的|干嘛的|干么的|干啥的|搞么子的|搞么事的|搞什么的|搞啥的|做什么的|做么事的|主要搞|平时搞|平常搞|平时干|负责什么|负责么事|管什么|管么事|起么作用|起什么作用|(?:平时|平常|主要)(?:帮|给|为).{0,4}(?:搞|做|干|办)(?:么|什么|啥)|主要(?:要)?干|干(?:些|点)(?:么|什么|啥)|帮(?:些|点)?(?:么|什么|啥)忙|what is (?:it|this|that)\b|what do (?:they|these|those|the \w+) do\b|what services|what does (?:it|this|that|the \w+) do/i,
    gives:
      /可享受|享受|提供|开展|承担|用于|帮助|服务(?!站|点)|对接|推送|收录|代办|搭建|了解|反映|解决|负责|目的是|是为了|旨在|[是为][^,，。]{2,20}的(?:窗口|平台|渠道|机制|载体|桥梁)/,
    unspecified: /作用|职能|功能|职责/,
    missing: '具体作用',
    generic: false,
  },
  // "里面讲些么", "库里都记些么": what something holds or covers.
  contents: {
    asks: /讲(?:些|的|了)?(?:么|什么|啥)|记(?:些|的|了)?(?:么|什么|啥)|登(?:些|的|记)?(?:么|什么|啥)(?:信息|内容)|写(?:些|的|了)?(?:么|什么|啥)|装(?:些|的)?(?:么|什么|啥)|包括(?:些)?(?:么|什么|啥|哪些)|有(?:些)?(?:么|什么|啥)内容|内容(?:是|有)|里面(?:有|是|讲|记|写|装)|收录(?:些)?(?:么|什么|啥|哪些)|what(?:'s| is) in (?:it|there)|what does it (?:cover|include|contain)/i,
    gives: /包括|收录|涵盖|内容|介绍|分为|、.+、/,
    unspecified: /内容|清单|名单|范围/,
    missing: '具体内容',
    generic: false,
  },
} as const satisfies Record<string, AttributeSpec>;

export type Attribute = keyof typeof ATTRIBUTES;

const KINDS = Object.keys(ATTRIBUTES) as Attribute[];

/** What a unit does to a topic, in English ("who handles", "who looks after"): one list for every who-question. */
export const IN_CHARGE_VERBS_EN =
  'handles?|deals? with|takes? care of|runs?|manages?|maintains?|organi[sz]es?|appoints?|oversees?|supervises?|regulates?|covers?|looks? after';
/** English names of a body of government ("department", "authority"). */
export const UNIT_NOUNS_EN = 'department|office|bureau|unit|agenc(?:y|ie)|body|dept|authorit(?:y|ie)';

/**
 * English asking who is in charge of something ("who runs the financing side", "which office handles land", "Who's
 * responsible for the platforms part"): read by the follow-up (whom to go to) and by the contact answer.
 */
export const ASKS_IN_CHARGE_EN = new RegExp(
  String.raw`\bwho (?:${IN_CHARGE_VERBS_EN})\b|\bwho(?:'s| is| are) (?:in charge|responsible)\b|\b(?:which|what) (?:[a-z]+ )?(?:${UNIT_NOUNS_EN})s?\b`,
  'i',
);

/** A message of this many clauses and characters tells a story around its questions. */
const STORY_CLAUSES = 3;
const STORY_CHARS = 24;
/** A clause that asks something: a question mark, a question particle or word. */
export const ASKING_CLAUSE =
  /[?？吗嘛呢么]|多少|好多|几|哪|怎|如何|啥|谁|(.)[不没冇]\1|有没有|有冇|能否|是否|咋|(?:不|没|冇|没有|冇得|啵|撒|不咯)\s*$/;

/** A request to list ("列一下", "全列出来"): it asks, though it has no question word. */
const ASKS_TO_LIST = /列(?:一下|下|出来|个)/;

/**
 * The parts of a story that ask ("我是一个公众号的小编 … 想问下 今年计划树立多少个典型人物": the count, not the
 * 公众号 of the story read as asking whether it can be done online); the whole text when no part asks.
 */
function askingParts(text: string): string {
  if (/[a-z]{2,}/i.test(text) || [...text].length < STORY_CHARS) return text;
  const clauses = text.split(/[\s,，。;；!！?？]+/).filter((c) => c.trim());
  if (clauses.length < STORY_CLAUSES) return text;
  // (The question mark ends the clause it asks with: it is kept to the clause before it.)
  const marked = text.split(/(?<=[?？])|[\s,，。;；!！]+/).filter((c) => c.trim());
  const asking = marked.filter((c) => ASKING_CLAUSE.test(c) || ASKS_TO_LIST.test(c));
  return asking.length ? asking.join(' ') : text;
}

/** Recent messages' asked kinds: a message is read by some thirty callers while it is answered. */
const asked = new Map<string, readonly Attribute[]>();
const ASKED_KEPT = 64;

/** What the question asks for, most specific kind first; empty when it only names a topic ("返乡创业贷款"). */
export function askedAttributes(whole: string): Attribute[] {
  let found = asked.get(whole);
  if (!found) {
    if (asked.size >= ASKED_KEPT) asked.clear();
    found = readAsked(whole);
    asked.set(whole, found);
  }
  return [...found];
}

function readAsked(whole: string): Attribute[] {
  const text = askingParts(whole);
  // (A condition of one's own told in the story, "户口早就迁出荆州了 … 能申请吗", is asked about wherever it is said.)
  const found = KINDS.filter((k) => ATTRIBUTES[k].asks.test(k === 'limits' ? whole : text));
  // "最多能贷几个" is a count, not an amount; "多少家" is a count, not an amount of money.
  if (found.includes('count') && found.includes('amount') && !/钱|万|元|贷|补|奖|额度/.test(text)) found.splice(found.indexOf('amount'), 1);
  // "园区收钱不", "要交钱吗": whether it costs, answered by what is waived, not by the sums the plan gives others.
  if (found.includes('relief') && found.includes('amount') && !/多少|好多|几多|额度|最多|最高|几万|金额|标准|how much/i.test(text))
    found.splice(found.indexOf('amount'), 1);
  // "哪个部门" and "去哪里办" are who and where; "哪些" alone asks for a list.
  if (found.includes('unit') && found.includes('list') && !/名单|哪几家|哪些(企业|公司|园区|基地|活动|城市|地方)/.test(text))
    found.splice(found.indexOf('list'), 1);
  if (found.includes('contact') && found.includes('unit')) found.splice(found.indexOf('unit'), 1);
  // "哪些人能申请" asks who qualifies, "哪些地方" where: not for a list of names.
  if (found.includes('list') && (found.includes('eligibility') || found.includes('where')) && !/名单|哪几家/.test(text))
    found.splice(found.indexOf('list'), 1);
  // "放在哪些节日": which festivals, a time; where only if asked besides.
  if (found.includes('where') && ASKS_FESTIVALS.test(text) && !ATTRIBUTES.where.asks.test(text.replace(ASKS_FESTIVALS, ' ')))
    found.splice(found.indexOf('where'), 1);
  return found;
}

/** The fact gives the asked kind of detail (an amount, a count, a date ...). */
export function factGives(kind: Attribute, fact: string): boolean {
  const spec: AttributeSpec = ATTRIBUTES[kind];
  return spec.gives?.test(fact) ?? false;
}

/**
 * What the document does not say of this kind for the question: the entry's `unspecified` item of this kind that
 * shares most wording with the question, else the generic wording where that is safe to say, else nothing.
 */
export function missingDetail(kind: Attribute, unspecified: readonly string[], question: string): string | undefined {
  const spec: AttributeSpec = ATTRIBUTES[kind];
  // "要交钱不" asks the fee: the item about charging ("培训是否收费…") shares no characters with it, yet is the one.
  const fee = FEE.test(question);
  const best = unspecified
    .filter((item) => spec.unspecified.test(item))
    .map((item, i) => ({ item, i, overlap: sharedPairs(item, question) + (fee && /收费/.test(item) ? 2 : 0) }))
    .sort((a, b) => b.overlap - a.overlap || a.i - b.i)[0];
  if (best && best.overlap > 0) return best.item;
  return spec.generic ? spec.missing : undefined;
}

/** Asking whether something costs money. */
const FEE = /交钱|收钱|收费|要钱|花钱|免费|付费|\bfree\b|\bfees?\b|\bcost\b|\bpay\b|(?<!\bin )\bcharged?\b/i;
/** The English words of asking whether something costs. */
const FEE_WORDS_EN = /\b(?:free(?: of charge)?|fees?|costs?|pay|paid|charged?)\b/gi;

/**
 * An English question with the words asking whether it costs left out, where that is what it asks ("is the training
 * free?"): "free" is the asking, not a word to find the "free expert clinics" by.
 */
export function withoutFeeAsking(text: string): string {
  return ATTRIBUTES.relief.asks.test(text) ? text.replace(FEE_WORDS_EN, ' ') : text;
}

/**
 * The entry says outright that it does not give this detail for this topic: one of its `unspecified` items of the kind
 * shares several character pairs with the question ("楚商联络站设在哪些城市" for "联络站在哪几个城市").
 */
export function plainlyUnspecified(kind: Attribute, unspecified: readonly string[], question: string): boolean {
  const spec: AttributeSpec = ATTRIBUTES[kind];
  return unspecified.some((item) => spec.unspecified.test(item) && sharedPairs(item, question) >= STRONG_OVERLAP);
}
const STRONG_OVERLAP = 3;

/** How many character pairs two texts share: a rough measure of being about the same thing. */
export function sharedPairs(a: string, b: string): number {
  const pb = pairs(b);
  let n = 0;
  for (const p of pairs(a)) if (pb.has(p)) n++;
  return n;
}

/** Pairs of the programme's own name say nothing about which detail is meant. */
const COMMON_PAIRS = new Set(['返乡', '乡创', '创业', '回乡', '荆州', '楚商', '商回', '招商']);

/** The character pairs of a text's Chinese, without the programme's own name. */
export function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? [])
    for (let i = 0; i + 1 < run.length; i++) if (!COMMON_PAIRS.has(run.slice(i, i + 2))) out.add(run.slice(i, i + 2));
  return out;
}

/**
 * Words that only ask who handles something ("是哪些单位负责的", "归哪个部门") and name no topic: retrieval ignores
 * them, or every task-list row (each states its 责任单位) would look like the answer.
 */
export const UNIT_QUESTION =
  /(是|归|由|找|问|去)?(哪个|哪些|哪几个|哪一个|哪家|什么|啥)(部门|单位|局)(在)?(负责|牵头|管|推)?(的|推的)?|(归|由)?谁(在)?(负责|牵头|管)(的)?|责任单位|负责单位|牵头单位/g;

/** Kinds of support asked for by name ("能贷款不", "有补贴冇", "贴息多少"). */
export const SUPPORT_KIND = /补贴|补助|贷款|贴息/;

/** Which level of government a question is about ("县里每年搞几场"), and how a fact about that level reads. */
export const LEVELS: Array<{ asks: RegExp; fact: RegExp }> = [
  {
    asks: /县里|县区|县市区?|县级|各县|区县|县上|县一级|我们县|每个县|每县|一个县|各个县|county|counties/,
    fact: /各县、市、区|县市区|县级|市县两级|一县一/,
  },
  { asks: /市级|市里|市一级|市本级/, fact: /市级/ },
];

/**
 * A figure as the plan writes it ("40个", "3000人次", "2%", "30万元"), said in a message: a number with a unit, no
 * dates, years or phones. Groups: the number, the unit.
 */
export const SAID_FIGURE = /(?<![\d.])(\d{1,5}(?:\.\d+)?)\s*(%|个|人次|场次|场|次|名|家|万元|亿元|万|亿)(?![\d.])/g;

/**
 * A figure as written in a text: "8万" in "不超过8万元" but not in "18万", "200" in "200个" but not in "2000". Compile it
 * once for many texts.
 */
export function figurePattern(figure: string): RegExp {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${escaped}${/\d$/.test(figure) ? '(?!\\d)' : ''}`, 'i');
}

/** Whether a text gives a figure as written (spaces and thousands commas in the text not counted). */
export function givesFigure(figure: string, text: string): boolean {
  const bare = text.replace(/[\s,]+/g, '');
  return bare.toLowerCase().includes(figure.toLowerCase()) && figurePattern(figure).test(bare);
}
