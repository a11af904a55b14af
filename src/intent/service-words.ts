/**
 * Questions about the service itself, read by the wording rules and answered by the greeting handler (who runs it,
 * the bot itself) or the policy handler (consultations, follow-up times), so that what is recognised and what is
 * answered stay one pattern.
 */

/** Who runs the service and whether it is official ("这个号是招商中心开的还是第三方的", "Is this run by the government?"). */
export const ASKS_WHO_RUNS_US =
  /(这个|你们?|这)[^。]{0,6}(号|账号|公众号|服务|机器人)?[^。]{0,4}(是不是|是)?(官方|正规|第三方|外包)|(你们|这个号|这个服务)[^。]{0,4}(是)?谁(开|办|做|运营|管)的|(号|账号|服务)[^。]{0,8}(开|办)的(吗|还是)|(你们|你)(自己)?[^。]{0,4}怎么证明|\b(?:run|operated|owned) by\b|\bis (?:this|it) (?:an? )?official\b|\bwho (?:runs|operates|owns) (?:this|you|it)\b/i;

/** Whether the bot reads dialect ("你能听懂方言不 我爸只会讲荆州话"). */
export const ASKS_DIALECT =
  /(听|看)(得)?懂.{0,6}(方言|荆州话|土话|家乡话|粤语|广东话)|(方言|荆州话|土话)[^。]{0,6}(懂不|懂吗|能懂|行不|行吗)|\bunderstand (?:dialect|cantonese)\b/i;

/** Whether the service can still be used after deleting one's data ("删完了我还能接着用你不"). */
export const ASKS_USE_AFTER_DELETING =
  /删(了|完|掉|除)(了)?(以后|之后|后)?[^。]{0,6}(还能|还可以|能不能|可不可以)(接着|继续|再)?(来)?(用|问|找)(你|东西|问题|事|政策)/;

/** What the bot is for ("你这个是干么的", "你们这个是做什么的啊"). */
export const ASKS_WHAT_FOR =
  /^(?:你好\s*)?你(们)?(这个|这)?(是)?(干么|干嘛|干啥|做么|做啥|搞么|搞啥|干什么|做什么|搞什么|干么事|搞么事|做么事)(子)?(的|用的)[呢啊呀吧\s?？]*$/;

/**
 * The bot's name or whereabouts asked ("你叫啥名字", "你在哪上班"): who it is. (Its age or whether it is married is
 * small talk, refused by a rule of its own.)
 */
export const ASKS_ABOUT_THE_BOT =
  /^(?:请问|那|喂|嗨|哈喽|你好)?[\s,，]*你(?:叫(?:啥|什么|么子?|个啥)(?:名字)?|的?名字(?:是|叫)?(?:啥|什么|么子?)?|(?:在|住)哪(?:里|儿)?(?:上班|工作|住)?)[了啊呀呢吗嘛哈\s?？]*$|你(?:到底|究竟|真的)?(?:是|是不是)(?:不是)?(?:chat ?gpt|gpt|ai|人工智能|机器人|智能客服|deepseek|豆包|文心一言|通义千问)|(?:机器人|ai|助手|你们?这个)[^。?？]{0,6}(?:是)?(?:哪个|哪家|什么|谁家)(?:公司|单位|厂家|人)(?:做|开发|搞|弄|写)的|你(?:是)?真人还是机器人|\bare you (?:a |an |the )?(?:real )?(?:bot|robot|human|person|ai|chatgpt|machine)\b|\bwho (?:made|built|created|developed) you\b/i;

/** Praise for the bot ("你真逗", "你好可爱", "太厉害了", "点个赞"). */
export const PRAISES =
  /^(?:哈+|嘿+|哇+|呵+)?[\s,，!！]*(?:你(?:真|好|太|蛮|挺|还挺|还蛮|可真)(?:逗|可爱|聪明|棒|厉害|有意思|好玩|贴心|靠谱|牛|行|能干|专业|耐心)|(?:真|太|好)(?:棒|厉害|牛|贴心|靠谱)(?:了|啊)?|给你点(?:个)?赞|点赞|👍+|牛啊|可以啊|不错嘛|不错哦)[了啊呀呢哈嘛哦!！~\s]*$/;

/** Good wishes ("周末愉快", "中秋快乐", "新年好", "祝你们工作顺利"). */
export const WISHES =
  /^(?:也|那)?(?:祝(?:你|您|你们)?(?:工作顺利|一切顺利|天天开心|身体健康|新年快乐|节日快乐)|(?:周末|节日|新年|春节|中秋|端午|元旦|国庆|元宵|清明假期|假期|五一|圣诞)(?:快乐|愉快)|新年好|过年好|春节好|早安|午安)[了啊呀哈哦!！~\s]*$/;

/** Pleasantries that greet ("吃了吗", "在干嘛呢", "最近忙不忙", "你好吗"). */
export const PLEASANTRIES =
  /^(?:你好|喂|嗨|哈喽|在吗)?[\s,，]*(?:你)?(?:吃(?:了|饭了|过了)?(?:吗|没|冇|不)|在干(?:嘛|啥|么|什么)(?:呢|啊)?|忙(?:不忙|吗)|最近(?:好吗|怎么样|咋样|还好吗)|你好吗|还好吗)[了啊呀呢哈\s?？]*$/;

/**
 * What to bring to a consultation, asked ("见导师要带啥 商业计划书要写吗"): the plan sets nothing, nor does our booking.
 * This one, however the consultation is named (booked in the same breath or not), is the policy handler's test.
 */
export const ASKS_WHAT_TO_BRING_ANY =
  /(?:见|找|跟|约)(?:个|一个|位)?(?:导师|老师|辅导员|专家)[^。?？]{0,6}(?:要|需要|得)?(?:带|准备)(?:什么|啥|么|哪些|些什么|点什么)|(?:商业)?计划书[^。?？]{0,4}(?:要|需要|得)(?:写|准备|带)|\bwhat (?:should|do) i (?:bring|prepare)\b[^.?!]{0,30}\b(?:mentor|consultation|meeting)\b/i;

/** The same, with no booking asked for in the message: read by a policy rule before the booking's. */
export const ASKS_WHAT_TO_BRING = new RegExp(
  `^(?!.*(?:帮我|给我|想|要|我来)(?:预?约|挂)|.*预约|.*约(?:个|一个|一下|下))(?:.*(?:${ASKS_WHAT_TO_BRING_ANY.source}))`,
  'i',
);

/** How long a consultation lasts ("一次能聊多久", "how long is a session"): the mentors' own session length. */
export const ASKS_SESSION_LENGTH =
  /(?:一次|每次|见一次|聊一次|咨询一次)[^。?？]{0,4}(?:能|可以|要|大概)?(?:聊|谈|咨询|见|辅导)?(?:多久|多长时间|几个小时|几个钟头?|几分钟)|(?:咨询|见面|辅导|聊)(?:时间)?(?:一般|大概)?(?:有)?(?:多久|多长时间)(?!才|能见|可以见)|\bhow long\b[^.?!]{0,24}\b(?:session|consultation|mentoring)\b|\bhow long\b[^.?!]{0,12}\b(?:with|see|meet|talk to) (?:a |the |my )?mentor\b/i;

/** Whether a consultation costs anything ("约导师要钱不", "预约导师免费吗", "do mentors charge"): the plan does not say. */
export const ASKS_CONSULT_COST =
  /(?:导师|专家|辅导员|联络员|老师|咨询|义诊|\bmentors?\b|\bconsultations?\b)[^。?？.!]{0,10}(?:要钱|要不要钱|收钱|收不收钱|收费|收不收费|免费|花钱|费用|多少钱|\bfree\b|\bcosts?\b|\bfees?\b|\bcharge)/i;

/** How soon a mentor can be met ("约一个要多久才能见到", "最快什么时候能见"): the earliest free times, shown when booking. */
export const ASKS_HOW_SOON_MET =
  /(?:约|预约)[^。?？]{0,6}(?:要|得|大概)?(?:多久|几天|多长时间)(?:才能|才|能)?(?:见到|见|约上|排上|轮到)|(?:最快|最早)[^。?？]{0,4}(?:什么时候|么时候|啥时候|哪天|几号)(?:能|可以)?(?:见|约|排)/;

/**
 * The bot complained of ("破系统 问了三遍都答不上来", "你们到底管不管事", "useless bot"): an apology, what it can and
 * cannot do, and the way to a person; never "帮不上忙".
 */
export const COMPLAINS_OF_BOT =
  /(?:破|垃圾|烂)(?:系统|机器人|玩意儿?|东西)|什么破(?:系统|玩意儿?|机器人|东西)|人工智障|智障|(?:问了?|说了?)(?:[一二两三四五好几]+|半天)(?:遍|次|回)?(?:了)?[\s,，]*(?:都|还是|也)?(?:答不上|没答|不懂|看不懂|听不懂)|听不懂人话|(?:你们?|这个?)(?:到底|究竟)?(?:管不管事|有什么用|有啥用|有么用)|\b(?:useless|stupid|dumb) (?:bot|system|thing|chatbot)\b|\bwaste of (?:my )?time\b|\byou(?:'re| are) (?:useless|no help)\b/i;

/** How soon a registration is followed up ("登记以后多久有人联系我", "有人联系我大概要多久"): no time is set anywhere. */
export const ASKS_WHEN_CONTACTED =
  /(?:登记|留了?(?:电话|信息|号码)|报了)[^。?？]{0,8}(?:以后|之后|后)?[^。?？]{0,6}(?:多久|多长时间|几天|什么时候|么时候|啥时候)[^。?？]{0,6}(?:联系|回复|回电话|打电话|有人)|(?:有人|你们|他们|谁)[^。?？]{0,4}(?:联系|回复|打电话给)我[^。?？]{0,6}(?:大概|一般)?(?:要)?(?:多久|几天|多长时间|什么时候|么时候)|\bhow (?:long|soon)\b.{0,30}\b(?:contact|call|reply|hear back|get back)\b/i;

/** Whether a consultation can be held online ("导师可以线上聊吗", "有没有线上的创业咨询"): our booking offers both ways. */
export const ASKS_ONLINE_CONSULTATION =
  /(?:导师|老师|辅导员|专家)[^,，。?？]{0,8}(?:线上|网上|视频|远程|电话里|微信上)[^,，。?？]{0,4}(?:聊|谈|咨询|见|沟通|辅导|指导|交流)?[^,，。]{0,3}(?:吗|不|冇|没|么|行不|可以不|[?？])|(?:线上|网上|视频|远程)(?:咨询|见|聊|约)[^,，。?？]{0,3}(?:导师|老师)|(?:有没有|有冇|能不能|可以|可不可以)[^,，。?？]{0,3}(?:线上|网上|视频|远程)的?(?:创业)?(?:咨询|辅导|指导)/;
