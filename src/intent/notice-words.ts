import { JINGZHOU_PLACES, OTHER_PLACES } from '../kb/places.ts';

/**
 * Words about event notices that both a wording rule and the notice handler read, so that what the rule recognises
 * and what the reply answers stay one pattern.
 */

/** Whether the subscription took ("你确定订上了 不会是骗我的吧", "订好了冇", "am I really subscribed"). */
export const ASKS_IF_SUBSCRIBED =
  /(订上|订阅上|订好|订到|订成功)了?(吗|冇|没有|没|不|么|嘛|吧)|(你确定|真的|到底)(订|订阅)(上|好|了)|(还|现在|目前)(在)?(订|订阅)着?(的)?(吗|冇|没|没有|不|么|呢|[?？])|我(现在|目前)?(订|订阅)(了|的)(是)?(哪些|哪几个|哪个|哪里|什么|啥|么)(地方|城市|地区|活动)?|我(有没有|有冇|是不是)(订|订阅)(了|过)?|我(已经)?(订|订阅)(了|过)(活动通知|通知)?(吗|冇|没|没有|不|么|嘛)|(?:现在|目前)(?:订|订阅)的是(?:哪些|哪几个|哪个|哪里|什么|啥|么)|\b(?:am i|was i|is it) (?:really |still )?subscribed\b|\bwhat am i subscribed to\b/i;

/** What is left of a subscription, asked in a word or two right after a place was taken off ("还剩么", "还剩哪些"). */
export const ASKS_WHAT_IS_LEFT =
  /^(?:那|现在|目前)?(?:还剩|剩下|还有)(?:么|什么|啥|哪些|哪几个|几个|哪里)(?:地方)?(?:了|呢|啊|吗)?[?？\s]*$/;

/**
 * One place taken off a subscription ("泉州的不要了", "把泉州去掉", "莫推荆门的"): the rest kept; never a request to
 * stop every notice unless it was the only place.
 */
const PLACE_NAMES = [...OTHER_PLACES, '荆门', ...JINGZHOU_PLACES, '公安'].join('|');
export const DROPS_PLACE = new RegExp(
  `(?:莫|别|不要|不用)(?:再)?(?:推|发)?(${PLACE_NAMES})(?:市|县|区)?(?:的|那边)|(?:^|[\\s,，]|不对|那)(${PLACE_NAMES})(?:市|县|区|那边|地区)?(?:那个)?的?(?:活动|通知)?(?:就|也)?(?:不要了?(?![钱费])|不用了?(?![钱费])|别推了|别发了|莫推了|莫发了|去掉|删掉|删了|退掉|退了|取消掉?)|(?:把|将)(${PLACE_NAMES})(?:市|县|区)?的?(?:活动|通知)?(?:去掉|删掉|删了|拿掉|退掉|退了|取消掉?)|(?:退掉|去掉|删掉|取消)(${PLACE_NAMES})(?:市|县|区)?的`,
);

const DROPS_PLACE_ALL = new RegExp(DROPS_PLACE.source, 'g');

/** The places a message takes off ("把泉州去掉": 泉州). */
export function placesDropped(text: string): string[] {
  return [...text.matchAll(DROPS_PLACE_ALL)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!).filter(Boolean);
}

/**
 * "推的是荆州的吧 莫推荆门的": another place's notices refused while Jingzhou's are still wanted. No unsubscribing, and
 * never the place a subscription is narrowed to.
 */
export const REFUSES_ANOTHER_PLACE = new RegExp(`(?:莫|别|不要|不用)(?:再)?(?:推|发)(?:${[...OTHER_PLACES, '荆门'].join('|')})(?:的|那边)`);

/**
 * How often notices come, asked ("你们会不会天天发 我怕烦", "一个月发几条", "how often do you send them?"): a question
 * about the service, answered as such; it neither stops nor starts a subscription.
 */
export const ASKS_HOW_OFTEN =
  /(?:会不会|会|是不是|是否)(?:给我)?(?:天天|每天|经常|老是|一直|很多|好多|总是)(?:都)?(?:给我)?(?:发|推)(?![^。]{0,6}(?:冇|没|没有|从来没)(?:订|订阅|同意)过)|(?:发|推)(?:得)?(?:多不多|勤不勤|频不频繁|多吗|频繁吗|很多吗)|多久(?:发|推)(?:一次|一条)|^(?:那|你们)?(?:一天|一周|一个月|每天|每周|每月|一个礼拜)(?:会|大概|一般)?(?:发|推)(?:几条|多少|几次|好多)|(?:通知|推送|消息|你们)[^。,，]{0,4}(?:一天|一周|一个月|每天|每周|每月)(?:会)?(?:发|推)(?:几条|多少|几次|好多)|\bhow often\b[^.?]{0,30}\b(?:send|notif|messag|notice)|\b(?:will|do|would) you (?:send|message|spam)[^.?]{0,20}\b(?:every day|daily|a lot|often)\b/i;

/**
 * Kinds of events wanted, right after subscribing ("招商的和创业推介的都要", "对 楚商回乡招商这类的"): notices are not
 * sorted by kind, so the subscription as it is already holds them.
 */
export const KINDS_WANTED =
  /^(?:对|嗯|好|是)?[\s,，]*[^,，。?？吗么啥]{0,10}?(?:招商|节日|返乡创业|创业推介|推介|楚商|训练营|培训|团拜|恳谈|展会|论坛)[^,，。?？吗么啥]{0,10}?(?:都要|也要|都订|也订|都发|也发|都推|也推|都收|这类的?|那类的?|这种的?|那种的?|类的)[的吧啊哈。!！\s]*$/;

/**
 * Right after subscribing, a yes to what the writer took for a question ("同意", "嗯", "是的") or a phone number given
 * for the notices ("号码13812345678", "搞错了 是139…"): of the subscription, answered with it as it stands (and that
 * notices need no number). ("好的", "ok" are thanks, not this.)
 */
const SAYS_YES_TO_NOTICES =
  /^(?:同意|同意接收|同意订阅|接收|嗯+|是的|是|对|对的|yes|yep|要|要的|可以|可以的|订|订上|订阅|帮我订|那就订|(?:yes,? )?i (?:consent|agree)|agreed)[了吧啊呀哈。.!！~\s]*$/i;
/** A yes with where to reach them ("同意 手机就用我注册那个"): notices come to this chat, no number is needed. */
// ("不同意 莫用我电话 就在这个里头通知": no to a number, yes to notices here.)
const YES_WITH_PHONE_REMARK =
  /^(?:同意|可以|好|嗯|行|要)[的了吧,，\s]*(?:手机|电话|号码|联系方式)[^?？]{0,14}$|^(?:不同意|不)?[\s,，]*(?:莫|别|不要|不用|不)(?:用|留|打|给)?(?:我的?)?(?:电话|手机|号码)[^?？]{0,16}$/;
/** A short message that gives a phone number (for notices, right after subscribing): never kept. */
// ("send to this number pls +65 8765 4321": a number abroad too.)
const GIVES_NUMBER_FOR_NOTICES = /^[^?？]{0,20}1[3-9]\d{9}[^?？]{0,12}$|^[^?？]{0,30}\+\d{1,3}[\d\s-]{6,16}[^?？\d]{0,12}$/;
/** Either, as said (trimmed): read by the follow-up (of the subscription) and by the notice reply (as it stands). */
export const keepsSubscription = (said: string): boolean =>
  SAYS_YES_TO_NOTICES.test(said) || GIVES_NUMBER_FOR_NOTICES.test(said) || YES_WITH_PHONE_REMARK.test(said);
