/** How people confirm or turn down deleting their data, read by the deletion handler and by follow-ups. */

/** A typed confirmation ("确认删除吧", "好 确定"), as opposed to a new request to delete ("全部给我删掉"). */
const CONFIRMS =
  /^(?:(?:那|那就)?算了[\s,，]*)?(?:好的?|嗯|对|是的?|可以|行|ok)?[\s,，]*(?:还是|那还是|那就)?(?:确认|确定|同意|(?:都|全部|全)?(?:删|删掉|删了|删除|删光|清掉|清除|清空)(?:[了吧啊。!！\s]*(?:确认|确定)?[了吧啊。!！\s]*$|[\s,，]*(?:including|包括|连同|连)\s*.{0,16}$))|^(?:yes|confirm)\b|^(?:全部|全都|都|全|所有)(?:的|吧|都删)?[。!！\s]*$/i;
// ("算了全删吧 我们决定先不回了": 先不 of coming back, not of deleting; "算了还是全删了吧": deleting after all.)
const DECLINES =
  /不删|别删|不要删|莫删|先不(?=[了吧啊。!！\s]|$)|先不(?:要|用|急)|算了(?![\s,，]*(?:那就|还是|那还是)?(?:全|都|全部)?(?:删|清))|不用|取消|\bno\b|don'?t/i;

/** A typed "yes, delete" to the confirmation question, not turning it down. */
export const confirmsDeletion = (text: string): boolean => CONFIRMS.test(text) && !DECLINES.test(text);
/** The reason given to a question, while a deletion waits, of what it takes with it ("聊天记录也算"). */
export const ASKS_WHAT_DELETION_TAKES = 'follow-up:what the deletion takes';
/** Turning a deletion down ("先不删", "算了"). */
export const declinesDeletion = (text: string): boolean => DECLINES.test(text);

/** How long one's data is kept, asked ("你们会存多久", "how long will you keep my number"): read by the rule and the reply. */
export const ASKS_HOW_LONG_KEPT =
  /(存|保存|保留|留)(多久|好久|几久|多长时间|多长|几年|几个月|到什么时候|到啥时候|到么时候)|\bhow long (?:do|will|would) (?:you|u) (?:keep|store|hold)\b/i;

/** Whether they are still contacted once deleted ("删了以后你们还会打给我不", "will you still call me after I delete"). */
export const ASKS_CONTACTED_AFTER =
  /删(?:了|完|掉|除)(?:以后|之后|后)?[^。?？]{0,6}(?:还会|还要|会不会|还)(?:给我)?(?:打给我|打电话|打我电话|联系我|发消息|发短信|推送|推消息|发通知)|\bafter (?:i |you )?(?:delete|deleting|deletion)\b.{0,24}\b(?:call|contact|message|text)\b|\b(?:call|contact|message|text) me\b.{0,20}\bafter (?:i |you )?(?:delete|deleting|deletion)\b/i;

/** Whether a deletion is real, asked ("真删了？你们后台肯定还有备份", "删干净了吗"): read by the rule and the reply. */
export const ASKS_IF_DELETED =
  /真(的)?删(了|掉了|除了|干净了)|删干净了?(吗|没|冇|吧)|(后台|服务器|数据库|系统)[^。]{0,6}(备份|留底|存底)|\b(?:really|actually) (?:deleted|gone|erased)\b|\bbackups?\b.{0,20}\b(?:my|data|still)\b/i;

/** Whether what they left is still kept ("我之前留的电话你们还存着没"): read by the rule and the reply. */
export const ASKS_IF_KEPT =
  /(?:留|登记|填|给)(?:的|过的|下的|给你们的)(?:电话|手机|号码|信息|资料|名字)[^。？?]{0,6}(?:还)?(?:存着|留着|保存着|在不在|还在)|(?:号码|电话|信息|资料)[^。？?]{0,6}(?:还)?(?:会)?存在(?:你们)?的?(?:系统|数据库|后台|这里|这边)里?(?:不|吗|么|没|冇)/;

/** Who gets to see what one left ("我的信息你们会给哪些人看", "登记了会把我电话给谁看"): read by the rule and the reply. */
export const ASKS_WHO_SEES =
  /(信息|资料|电话|号码|手机号|数据)[^。?？]{0,12}(还)?(会)?(给|交给|提供给|发给|转给|共享给)(过|了)?(哪些人|哪些单位|哪些部门|哪个单位|哪几个单位|哪几家|谁|什么人|么人)(?![^。?？]{0,2}(联系|对接|跟进))|(信息|资料|电话|号码|手机号|数据|登记的|留的)[^。?？]{0,10}(给|让|被)(哪些人|哪个|哪些|谁|么人|什么人|些么人|些什么人)(看|晓得|知道|用)|(哪些人|谁|什么人|么人)(能|会|可以)?(看|看到|看得到|晓得|知道)(我的|我们的|我)(信息|资料|电话|号码|数据)|(我的?|我这个|我们的?)(信息|资料|电话|号码|手机号|数据)[^。?？]{0,10}(还有)?(哪些人|谁|什么人|么人|哪个)(能|会|可以)?(看得到|看到|看见|晓得|知道)|(?:会不会|会|能不能)(?:把|将)(?:我|他|她|我们|他们)?的?(?:电话|号码|手机号|信息|资料)[^。?？]{0,6}(?:给|卖给|卖|泄露|透露|发给|交给)(?:别的|其他|别个|别人|第三方|外人|外面)|(?:信息|资料|数据|号码|手机号|电话)[^。?？]{0,6}(?:哪些人|哪些单位|谁|什么人|么人)(?:能|会|可以)?(?:看得到|看到|看见|晓得|知道)|(?:导师|老师|招商|县里|政府|银行|投资人|别人|别个|工作人员)[^。?？]{0,6}(?:能|会|可以)?(?:看到|看得到|看见)(?:我|我的)[^。?？]{0,4}(?:信息|资料|电话|手机号|号码|数据)|(?:登记|留|填)的(?:这些|信息|资料|电话|号码|东西)[^。?？]{0,12}(?:能|会|可以)?(?:看到|看得到|看见)(?:不|吗|么|没|冇)|(?:登记|信息|资料|电话|号码|项目)[^。?？]{0,12}被(?:别的|其他|别个)?(?:投资人|人|单位|公司|企业|老板|同行)(?:看到|看见|看了|晓得|知道)|(?:会|会不会|能不能)(?:把|将)我的?(?:电话|号码|手机号|信息|资料)[^。?？]{0,4}(?:给|交给|发给|告诉)(?:导师|老师|招商|银行|县里|政府)|(?:留|登记|填)的(?:信息|资料|电话|号码)[^。?？]{0,8}(?:调出来|导出来?|调取|查看)/;

/**
 * Whether what one says here is recorded, and whether one must give one's name ("我跟你说的话会被录下来不",
 * "问政策要实名不", "is this chat logged?"): read by the rule and the reply.
 */
export const ASKS_IF_RECORDED =
  /(说的话|讲的话|聊的|聊天|对话|问的)[^。?？]{0,8}(录下来|录音|记录下来|记下来|存下来|保存下来|留底)|(你们|你)(这里?|这边)?(会)?(记下来|记录下来|存下来|录下来)(了)?(没|冇|吗|不|没有)|\b(?:is|are|will) (?:this|the|our|my) (?:chat|conversation|messages?)\b.{0,12}\b(?:logged|recorded|saved|stored|kept|monitored)\b|\bdo (?:you|u) (?:log|record|save|store) (?:this|our|my) (?:chat|conversation|messages?)\b/i;
/** Whether one's number or name is stored at all ("你们这个会存我们联络员的手机号不", "会不会保存我的电话"). */
export const ASKS_IF_STORED =
  /(?:会|要)(?:存|保存|记录|留存)(?:下来|下)?(?:我|我们)?[^。?？]{0,8}(?:手机号|电话|号码|名字|身份证)(?:不|吗|么|没|冇)|(?:会不会|是否|有没有)(?:存|保存|记录|留存)[^。?？]{0,10}(?:手机号|电话|号码|名字|身份证)/;
/**
 * What is kept of oneself, asked ("你们到底存了我哪些信息", "那我的手机号你们有没有", "退订以后我的微信号你们还留着吗",
 * "what data do you have on me"): answered with what is kept, as its owner may see it.
 */
export const ASKS_WHAT_IS_KEPT =
  /我(?:登记|留|填)(?:的|过的|下的)(?:电话|号码|手机号|信息|资料)[^。?？]{0,8}(?:念|读|报)(?:给我|一下|下)|(?:存|保存|记|记录|收集|留|留下)(?:了|着)?(?:我|我的|我们|我们的)(?:哪些|什么|啥|么|些什么|些啥)|(?:会不会|会|是不是)(?:记|存|保存|记录|留)(?:下)?我的?(?:电话|号码|手机号?|信息|资料|名字)|我的?(?:手机号|电话号码?|号码|信息|资料|微信号?|名字)[^。?？]{0,6}(?:你们|你)(?:这里|这边)?(?:有没有|有冇得?|有不有|还留着|还存着|留着|存着|还有)(?:吗|没|不|冇|没有)?|(?:你们|你)(?:这里|这边)?(?:有没有|有冇得?)(?:存)?我的?(?:手机号|电话|号码|信息|资料)|\bwhat (?:personal )?(?:data|info|information|details)\b.{0,12}\b(?:do|did) (?:you|u) (?:keep|store|hold|have)\b|\bwhat (?:personal )?(?:data|info|information|details)\b.{0,12}\b(?:does|will) (?:this|the|your) (?:chat ?bot|bot|service|app|system)\b.{0,6}\b(?:keep|store|hold|have|collect)\b|\b(?:do|did) (?:you|u) (?:have|keep|store|hold) (?:any(?:thing)? (?:of |about |on )?)?(?:my|me)\b/i;
/**
 * One's details to be looked up or deleted by a number given ("我换号了 新号186… 你们按这个查", "按我这个手机号帮我删"):
 * a number proves nothing about who asks, so nothing is looked up by it; what this account left is what is kept here.
 */
export const BY_A_NUMBER =
  /(?:按|用|拿|根据|凭)(?:我?这个|我的|新的?|那个)?(?:号|号码|手机号|电话)[^。?？]{0,24}(?:查|删|找|核对|搜)|(?:新号|换号|号码是|号是)[^。?？]{0,16}(?:按|用|拿)(?:这个|它|这个号)(?:查|删|找)|(?:查|删|找)[^。?？]{0,4}(?:这个|新)(?:号|号码|手机号)(?:的|下的)|\b(?:look (?:me )?up|search|find|delete)\b.{0,20}\bby (?:my |this |the )?(?:phone|number|mobile)\b/i;
export const ASKS_REAL_NAME =
  /(要|需要|得|必须)实名|实名(吗|不|制|认证)|\b(?:real name|my name)\b.{0,12}\b(?:required|needed|necessary)\b/i;

/**
 * Where one's number goes ("你们会不会把我电话给银行推销", "你们不会拿我号码去卖吧", "你们会把我电话给谁", "我的号码别给
 * 别人").
 */
export const ASKS_WHERE_IT_GOES =
  /(?:会不会|会|是否|不会|是不是|能不能)[^。？?]{0,4}(?:给|卖给|泄露给|交给)第三方|(?:怎么|如何)(?:用|使用|处理)我(?:的|个)?(?:电话|号码|手机号?|信息|资料|数据)|(?:会不会|会|是否|不会|是不是|能不能)[^。？?]{0,6}(?:把|拿)(?:我的?|我们的?)(?:电话|号码|手机号|信息|资料|数据)[^。？?]{0,6}(?:给|卖|去卖|推销|泄露|外传)|(?:把|拿)(?:我的?|我们的?)(?:电话|号码|手机号|信息|资料)给谁|我的?(?:电话|号码|手机号?|信息|资料)[^。?？]{0,4}(?:别|不要|莫|不准|不许)(?:给|告诉|透露|外传|发)(?:给)?(?:别人|别个|其他人|外人|别的)/;

/** In English, what is kept and who sees it ("what personal data do you keep about me?", "who gets to see it"). */
export const ASKS_ABOUT_DATA_EN =
  /\bwho can (?:read|see) (?:it|this|that|them|my)\b|\bwho can (?:read|see) what (?:i|we) (?:send|type|write|say)\b|\bwhat (?:personal |private )?(?:data|info|information|details)\b.{0,16}\b(?:you|u|this (?:chat ?bot|bot|service|app|system))\b.{0,6}\b(?:keeps?|stores?|holds?|collects?|saves?|records?)\b|\bwhat (?:personal |private )?(?:data|info|information|details|records?)\b.{0,12}\b(?:do|did|will|would) (?:you|u) (?:keep|store|hold|have|collect|save|record)\b|\bwho (?:gets|will get|is able|would get) to (?:see|read|access)\b|\b(?:does|will|would) (?:this|my|the|our) (?:info|information|data|details|number|phone)\b.{0,20}\b(?:go|be (?:shared|given|sent|passed|forwarded))\b/i;

/** A leak of one's details suspected ("他连我电话都晓得 是不是从你们这漏出去的"). */
export const SUSPECTS_A_LEAK = /(?:从你们|你们这|你们那)[^。?？]{0,4}(?:漏|泄露|泄漏|流)出去/;

/** A question about how data is treated (who sees it, whether it is sold, where it is kept), rather than a request to delete it. */
const WORRY =
  /(会不会|会|是否|能不能|有没有|不会).{0,8}(卖|泄露|泄漏|外泄|给别人|给别个|给别的(公司|单位|人)|乱用|拿去|骚扰|打电话烦|天天打电话|老打电话|给(我的?)?(单位|公司|老板|领导))|存(在)?(哪|哪里|哪儿)|(是不是|有没有|是否)(存|留|记)(了|着)我的|推销|(?:存|保存|记|记录|收集)(?:了|着)?(?:我|我的|我们|我们的|他|他的|她|她的)(?:哪些|什么|啥|么|些什么|些啥)|(?:存|保存|记)(?:了|着)(?:些|哪些)(?:么|什么|啥)|安全吗|安不安全|保密吗|怎么保护|谁能看|给谁看|谁看得到|\bwhat happens to\b|\b(shared|sold) (with|to)\b|\b(safe|secure|protected)\?|\bwho (else )?(can )?(see|access)\b/i;
/**
 * Someone else's details to be deleted ("帮我老公把他的资料删掉", "my father dont want be in list. delete him"): only
 * their owner can have them deleted, from their own account (anyone can say they are family).
 */
const KIN = '爸爸?|妈妈?|老爸|老妈|父亲|母亲|老公|老婆|爱人|丈夫|妻子|媳妇|儿子|女儿|伢|哥哥?|姐姐?|弟弟?|妹妹?|朋友|同事|合伙人|老板';
const KIN_EN = 'father|mother|dad|mum|mom|husband|wife|son|daughter|brother|sister|friend|partner|boss|colleague';
export const OF_SOMEONE_ELSE = new RegExp(
  `(?:(?<!其)他|她|${KIN})(?:们)?的?(?:信息|资料|数据|记录|号码|手机号|电话|名字|登记)[^。?？]{0,8}(?:删|销毁|清除|撤)|(?:删|删掉|删除)(?:掉)?(?:我)?(?:${KIN})(?:的)?(?:信息|资料|数据|记录|号码|电话|名字|登记)|(?:把|帮)(?:我)?(?:${KIN})[^。?？我]{0,10}删|(?:帮|替)(?:(?<!其)他|她|${KIN})(?:们)?把[^。?？]{0,8}(?:删|撤)` +
    String.raw`|\b(?:delete|remove|erase)\s+(?:him|her|them)\b|\b(?:delete|remove|erase)\b.{0,20}\b(?:his|her|their|my (?:${KIN_EN})'?s?)\s+(?:data|info|information|details|phone|number|name|record)|\b(?:${KIN_EN})'?s? (?:data|info|information|details|phone|number|name)\b.{0,20}\b(?:delete|remove|erase)\b`,
  'i',
);

/** What the sender left here about family ("我留了我妈的电话 删掉", "i registered for my father"): theirs to delete. */
const LEFT_BY_ME = new RegExp(
  String.raw`我[^。?？]{0,10}(?:留|登记|填|报|约|预约)(?:了|过|的)?[^。?？]{0,3}(?:${KIN})的|我?(?:替|帮|给)我?(?:${KIN})(?:登记|约|预约|留|报|填)|\bi (?:left|gave|registered|booked|entered)\b.{0,20}\b(?:my (?:${KIN_EN})'?s?|for (?:him|her|them|my (?:${KIN_EN})))\b`,
  'i',
);
/** The refusal of someone else's details, in both languages: the deletion handler says it, the follow-up knows it. */
/** Said to a murmur ("嗯", "ok") right after the deletion was offered: nothing done, and the offer still stands. */
export const DELETION_STILL_OFFERED = '好的。还没有删除任何信息;确定要删的话,请回复"确认删除"。';
export const OTHERS_REFUSED_ZH =
  '我只能删除您本人在本服务留下的信息,不能删别人的(谁都可以说是家人,证明不了)。对方本人在这里留过信息的话,请对方用自己的账号发"删除我的信息"。您用自己账号替家人登记或预约的,算您留下的,发"删除我的信息"即可删除。';
export const OTHERS_REFUSED_EN =
  'I can delete only what you yourself left with this service, not another person\'s: anyone could say they are family. If he or she left details here, they can send "delete my data" from their own account. What you registered or booked for them from your own account is yours: send "delete my data" to delete it.';
/**
 * After that refusal, the other person's own account named ("他用的是他自己的微信", "她不会弄 用的她自己手机"): the
 * deletion is asked from it.
 */
export const THEIR_OWN_ACCOUNT = new RegExp(
  `(?:(?<!其)他|她|${KIN})[^。?？]{0,8}(?:自己|本人)的?(?:微信|账号|帐号|手机|号码|电话)|(?:(?<!其)他|她|${KIN})[^。?？]{0,4}不会(?:弄|用|操作|搞)`,
);
export const THEIR_OWN_ACCOUNT_REASON = "follow-up:the other person's own account";
export const THEIR_OWN_ACCOUNT_ZH =
  '那就请对方用自己的微信(或账号)给我发"删除我的信息",确认后全部删除。对方不会操作的话,您可以在对方的手机上帮着发。';
export const THEIR_OWN_ACCOUNT_EN =
  'Then please have them send "delete my data" from their own account; once they confirm, everything is deleted. If they cannot manage it, you can send it for them on their phone.';
/** Whether a reply is that refusal. */
export const refusesOthers = (reply: string): boolean => reply === OTHERS_REFUSED_ZH || reply === OTHERS_REFUSED_EN;

/** Someone else's details to be deleted, and not details the sender left about them. */
export const ofSomeoneElse = (text: string): boolean => OF_SOMEONE_ELSE.test(text) && !LEFT_BY_ME.test(text);

/** Words of deleting, in a message about one's data. */
export const DELETE_WORDS =
  /删|销毁|清除|清空|清掉|清理掉?|抹掉|注销|不要.{0,2}(存|保存|保留|记录)|delete|remove|erase|wipe|forget (me|my)/i;

/** How one's data is used, asked ("你们会不会把我电话给别人"), with no deleting asked for. */
export const asksHowDataIsUsed = (text: string): boolean =>
  (WORRY.test(text) ||
    SUSPECTS_A_LEAK.test(text) ||
    ASKS_IF_RECORDED.test(text) ||
    ASKS_IF_STORED.test(text) ||
    ASKS_WHAT_IS_KEPT.test(text) ||
    ASKS_REAL_NAME.test(text) ||
    ASKS_IF_KEPT.test(text) ||
    ASKS_WHO_SEES.test(text) ||
    ASKS_WHERE_IT_GOES.test(text) ||
    ASKS_ABOUT_DATA_EN.test(text)) &&
  !DELETE_WORDS.test(text);
