import type { Intent } from './intents.ts';

/**
 * Wording rules for the intents that are about doing something (booking, registering, subscribing ...).
 * Checked in this order on the normalised text; the first rule whose `any` matches and whose `unless` does not wins.
 * Questions about the plan itself fall through to retrieval (`policy.ask`), and what nothing knows to `out_of_scope`.
 */
export interface IntentRule {
  intent: Intent;
  /** Why the rule exists, shown by the eval tool's explanations. */
  name: string;
  any: RegExp[];
  /** All of these must match too. */
  all?: RegExp[];
  unless?: RegExp[];
}

const JINGZHOU = /荆州|沙市|江陵|松滋|公安|石首|监利|洪湖|纪南|经开区|高新区|荆楚|回荆|回乡|回老家|回家乡|回来|老家|家乡|我们这|本地|楚商/;
const OTHER_PLACES =
  '武汉|宜昌|襄阳|黄石|十堰|孝感|黄冈|咸宁|随州|恩施|鄂州|荆门|仙桃|天门|潜江|长沙|岳阳|常德|北京|上海|广州|深圳|杭州|南京|成都|重庆|西安|东莞|苏州|天津|郑州|合肥|南昌|厦门|福州|济南|青岛|宁波|温州|佛山|无锡|昆明|贵阳|南宁|海口|沈阳|大连|哈尔滨|长春|石家庄|太原|兰州|乌鲁木齐|广东|浙江|江苏|湖南|河南|四川|福建|山东|江西|安徽';
const OTHER_PLACE_POLICY = new RegExp(
  `(?<![在从到去往住回于])(?:${OTHER_PLACES})(?:市|省|那边|那里|当地|的)?.{0,8}(?:政策|补贴|贷款|能贷|贴息|扶持|奖励|人才|落户|创业|招商|园区)`,
);

const PERSONAL_DATA = /手机号|手机号码|私人电话|私人号码|住址|家庭地址|家住|身份证|微信号|银行卡/;
const SOMEONE_ELSE = /他的|她的|别人|其他人|某某|领导的|局长的|市长的|召集人的|老板的|[金李沈宋张郑杜杨][^\s，,。]{0,2}(?:的|市长|局长|书记|秘书长)/;

export const INTENT_RULES: IntentRule[] = [
  {
    intent: 'privacy.delete',
    name: 'asks to delete or stop keeping their own data',
    any: [
      /(删除|删掉|删了|删去|销毁|清除|清空|抹掉|注销|撤回).{0,12}(信息|资料|数据|记录|号码|手机号|电话|微信号|身份证|个人|隐私|聊天)/,
      /(信息|资料|数据|记录|号码|手机号|微信号|身份证|个人|隐私|聊天记录).{0,8}(删除|删掉|删了|删去|销毁|清除|清空|抹掉)/,
      /(不要|别|不准|不许|不想让你们?|不能)(再)?(存|保存|保留|留着|记录|收集).{0,8}(信息|资料|数据|号码|手机号|微信|身份证|记录)/,
      /(delete|remove|erase).{0,12}(data|info|information)/,
    ],
    unless: [/(怎么|如何)(填|登记|提交)/],
  },
  {
    intent: 'out_of_scope',
    name: 'prompt injection or asking about the bot internals',
    any: [
      /(忽略|无视|忘掉|忘记|绕过|跳过).{0,12}(指令|提示|规则|设定|限制|要求|以上|之前|前面)/,
      /ignore.{0,20}(instruction|prompt|rule)|system prompt|jailbreak|developer mode|\bdan\b/,
      /(提示词|prompt|系统指令|系统设定|越狱|开发者模式)/,
      /(什么|哪个|哪家)(大)?模型|chatgpt|gpt|deepseek|文心一言|通义|kimi|豆包|你的(源代码|代码|配置)/,
      /(扮演|假装你是|你现在是).{0,10}(角色|猫娘|女友|男友|律师|医生|黑客)/,
    ],
  },
  {
    intent: 'out_of_scope',
    name: "asks for someone else's personal data",
    any: [PERSONAL_DATA],
    all: [SOMEONE_ELSE],
  },
  {
    intent: 'notice.unsubscribe',
    name: 'stop receiving notices',
    any: [
      /退订|取消订阅|取消关注|取关|td$|^td\b/,
      /(不用|不要|别|甭|莫|停止|不想|不需要|不必)(再)?(给我)?(推送|推了|推啦|推荐|推|发消息|发通知|发活动|发了|通知我|提醒我|收到|接收|打扰)/,
      /(关闭|关掉|停掉|停止|取消)(推送|通知|提醒|订阅|消息)/,
      /(推送|通知|消息|广告).{0,6}(太多|烦|别发|不要发|不想收)/,
    ],
  },
  {
    intent: 'handoff.human',
    name: 'wants a real person',
    any: [
      /人工|真人|活人|客服|值班|坐席|接线员/,
      /(不是|别用|不要)机器人|跟机器(人)?说不清|机器人(听不懂|答非所问|没用)/,
      /(找|叫|转|换|要|来|派)(个|一个|位)?(工作人员|人|同志|专人)(来|跟我|和我|接待|处理|回答|说|聊)/,
      /投诉/,
    ],
    unless: [/(投资|建厂|办厂|设厂|项目).{0,20}(对接|联系我)/],
  },
  {
    intent: 'consult.manage',
    name: 'looks at or changes their own booking',
    any: [
      /我的预约|我(之前|上次|刚才|已经)?(预约|约|订|挂)(的|了的|好的|过的)|约好的|预约(记录|情况|信息|单|号)|(取消|改|换|推迟|提前|修改|变更)(一下)?(我的)?(预约|约的|时间|日子|日期)/,
      /(预约|约).{0,8}(取消|改期|改时间|换个?时间|推迟|提前|换.{0,3}(导师|专家|老师))/,
      /(换|改)(一|个|位)?(导师|专家|老师).{0,4}(吗|行不|可以|能不能)?/,
    ],
    unless: [/(怎么|如何|想|帮我|我要)(预约|约)(个|一个|一位)?(导师|专家|老师|辅导员)/],
  },
  {
    intent: 'consult.book',
    name: 'wants a consultation with a mentor',
    any: [
      /(预约|约|挂|订|安排|找|请|联系|对接|见|见见|推荐)(个|一个|一位|位|下|一下)?.{0,10}(导师|专家|辅导员|联络员|老师|义诊|顾问|指导)/,
      /(导师|专家|辅导员|老师|顾问).{0,10}(预约|约|辅导|把脉|面谈|聊聊|谈谈|指点|指导一下|帮我看|帮我分析|一对一)/,
      /把把脉|一对一(咨询|辅导|指导)|当面请教|创业(咨询|辅导)(怎么|能不能)?(约|预约)/,
      /(预约|约).{0,6}(咨询|辅导|指导)/,
    ],
    unless: [/(导师|专家库|辅导员|联络员)(机制|制度|是什么|是啥|有哪些|怎么选|选聘)/],
  },
  {
    intent: 'lead.register',
    name: 'states an investment or project intention and asks to be registered or contacted',
    any: [
      /(登记|记录|记下|备案|留个?(电话|联系方式|信息|号码)|联系我|联系下我|跟我联系|和我联系|对接|来人|派人|上门|找我谈|洽谈|安排.{0,4}(人|同志|考察)|加我微信)/,
    ],
    all: [/(投资|回乡|回来|回去|回荆州|回老家|建厂|办厂|设厂|开厂|建个|办个|开个|搞个|项目|意向|落地|产业|公司|企业|工厂|基地|店|加工|种植|养殖|总部|分公司)/],
    unless: [/(怎么|如何|在哪|哪里|去哪|能不能|可以)(登记|备案)[^意]{0,6}(补贴|贷款|园区|政策)/, /联系方式是|电话是多少|电话多少/],
  },
  {
    intent: 'lead.register',
    name: 'declares an investment intention with its scale',
    any: [/(想|打算|准备|计划|有意|考虑)(回|到|在|去)?.{0,10}(投资|投|建|办|开|设|搞).{0,20}(\d+(\.\d+)?|[一二两三四五六七八九十百千几]+)(个)?(亿|千万|百万|万)/],
    unless: [/多少|几|吗|么|怎么|能不能|可以|有没有|哪些|什么|\?|？/],
  },
  {
    intent: 'notice.subscribe',
    name: 'wants notices pushed to them',
    any: [
      /订阅|关注.{0,4}(活动|通知|消息)|(推送|推|发|通知|告诉|提醒|转发)(给)?我|给我(推送|推|发|通知)/,
      /(有|一有)(新|最新)?(的)?(消息|活动|通知|动态|推介会|招商会).{0,10}(告诉|通知|提醒|发|推|说一声|喊)/,
      /(活动|通知|消息|动态).{0,6}(定期|每周|每月|每个月).{0,4}(发|推)/,
      /(别|不想|怕)错过/,
    ],
    unless: [/(不用|不要|别|停止|取消)(再)?(推|发|通知)/],
  },
  {
    intent: 'event.ask',
    name: 'asks when events are held or what is coming',
    any: [
      /(活动|推介会|恳谈会|团拜会|训练营|大会|论坛|沙龙|对接会|招商会|洽谈会|文化节|小龙虾节|桃花节|节庆|年会|座谈会|招聘会|博览会|交易会|展会).{0,12}(什么时候|几时|几号|哪天|哪一天|时间|日期|多久|啥时|何时|安排|在哪|地点|开始|报名|日程|举办了吗|开了吗|有吗|吗$)/,
      /(什么时候|几时|几号|哪天|何时|最近|近期|这个月|下个月|下周|本周|这周|月底|年底|今年|明年|国庆|春节|过年|年前|年后|清明|端午|中秋|五一|节前|节后|假期|暑假).{0,14}(有|办|开|搞|举行|举办|组织).{0,8}(活动|推介|会|节|营|论坛|沙龙)/,
      /(有|有没有|有什么|有哪些)(什么)?.{0,6}(活动|推介会|招商会|对接会|训练营|沙龙)(可以参加|能参加|参加|吗|没有|安排)/,
      /活动(安排|日程|日历|预告|计划表)/,
    ],
    unless: [/(多少|几)(场|次|个)|至少|不少于|每年/],
  },
  {
    intent: 'contact.ask',
    name: 'asks whom to contact or where to go',
    any: [
      /电话|座机|手机|号码|热线|邮箱|email|联系方式|怎么联系|如何联系|联系谁|找谁|问谁|谁管|谁负责|归谁|哪个部门|哪个单位|哪些单位|哪些部门|什么部门|什么单位|哪个局|去哪|到哪|在哪(里)?(办|问|申请|报名|咨询|登记)|哪里(办|问|申请|报名|咨询|登记)|地址|办公地点|窗口在哪|线下/,
    ],
    unless: [/兼任|担任|召集人|是谁$|成员(单位)?有|由谁/],
  },
  {
    intent: 'greet',
    name: 'greeting, thanks, goodbye or asking what the bot is',
    any: [
      /^(你好|您好|嗨|哈喽|哈罗|嘿|喂|在吗|在不在|有人吗|早|早上好|上午好|中午好|下午好|晚上好|晚安|谢谢|感谢|多谢|谢了|辛苦|再见|拜拜|好的|好嘞|ok|收到|明白|知道了|懂了|了解了|嗯嗯|哦哦|👍)/,
      /你是(谁|什么|机器人|人工智能|ai)|你(能|会|可以)(做|干|帮)(什么|些什么)|有(什么|哪些)功能|怎么用你|这是.{0,12}(服务号|公众号|机器人|小程序|客服)(吗)?|(帮助|help|菜单|menu|start)$/,
    ],
  },
  {
    intent: 'out_of_scope',
    name: 'everyday topics the service does not cover',
    any: [
      /天气|下雨|气温|温度多少|运势|算命|算卦|星座|生肖|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的|风水|彩票|股票|基金(涨|跌)|炒股|比分|球赛|世界杯|nba|菜谱|做菜|减肥|写.{0,4}(诗|歌词|作文|小说|文章|对联)|讲.{0,3}(笑话|故事)|唱(首|个)歌|翻译成|解方程|作业|游戏|电影|电视剧|明星|八卦|谈恋爱|相亲|脑筋急转弯/,
      OTHER_PLACE_POLICY,
    ],
    unless: [JINGZHOU],
  },
];
