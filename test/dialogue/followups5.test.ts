/**
 * Issue 12, continued: failure kinds seen on blind dialogue sets 3–5, each written here in our own words. Closings in
 * dialect, deletion and hand-off said as people say them, clear off-domain requests during a topic, numbered rows of
 * the task list from anywhere, two details asked at once, support asked about a product an event article names,
 * details given before the lead consent, and questions asked outright in a booking.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

const REFUSAL = /帮不上忙|没看懂/;

describe('closings, deletion and hand-off in people’s words', () => {
  it.each(['好滴 谢谢哈', '要得 麻烦你们了', '好的 辛苦', '要得 谢谢你啊伢', '那就这样 谢谢师傅'])(
    '"%s" after an answer is a thanks, not a refusal',
    async (text) => {
      const [, turn] = await conversation(`c-${text}`, ['返乡创业贴息贷款最多多少', text]);
      expect(turn!.intent).toBe('greet');
      expect(replyText(turn!)).not.toMatch(REFUSAL);
    },
  );

  it('"之前留过电话 现在不想留了 帮我删了" asks to confirm deleting; "对 确认删掉" then deletes', async () => {
    const [ask, confirm] = await conversation('del1', ['我之前在你们这里留过电话 现在不想留了 帮我删了', '对 确认删掉']);
    expect(ask!.intent).toBe('privacy.delete');
    expect(confirm!.intent).toBe('privacy.delete');
    expect(replyText(confirm!)).not.toMatch(REFUSAL);
  });

  it('a bare "全部给我删掉" after a policy answer is still not taken for a deletion of personal data', async () => {
    const [, turn] = await conversation('del2', ['返乡创业贴息贷款最多多少', '全部给我删掉']);
    expect(turn!.intent).not.toBe('privacy.delete');
  });

  it.each(['你们喊个人打电话跟我儿子讲', '我记不住 你们派个人跟他当面讲一下'])('"%s" asks for a person', async (text) => {
    const [turn] = await conversation(`h-${text}`, [text]);
    expect(turn!.intent).toBe('handoff.human');
  });

  it('"一条都莫发" stops notices', async () => {
    const [turn] = await conversation('un1', ['你们那些消息一条都莫发了']);
    expect(turn!.intent).toBe('notice.unsubscribe');
  });
});

describe('off the domain during a topic, and what only looks like another city', () => {
  it.each([
    '顺便帮我写首诗夸下公安的葡萄',
    '沙市那边二手房现在多少钱一平',
    'do I need a visa to visit China with a Malaysian passport?',
    '广州这边对回穗投资的有么优惠政策',
  ])('"%s" after a policy answer is out of scope, not read as a follow-up', async (text) => {
    const [, turn] = await conversation(`o-${text}`, ['职称评审有么照顾', text]);
    expect(turn!.intent).toBe('out_of_scope');
  });

  it('"我们驻深圳的招商办事处" is Jingzhou’s own office, not another city’s policy', async () => {
    const [turn] = await conversation('zhu1', ['我们驻深圳招商办事处要不要同时挂返乡创业推介服务站的牌子']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('相结合');
  });

  it.each(['他学的是网上卖货 搞直播的 政府认不认', '我要招两个店员 社保能补不'])(
    '"%s" is on the domain: answered or offered choices, never refused',
    async (text) => {
      const [turn] = await conversation(`d-${text}`, [text]);
      expect(turn!.intent).toBe('policy.ask');
      expect(replyText(turn!)).not.toMatch(REFUSAL);
    },
  );
});

describe('rows of the task list, two details at once, the deadline of an article', () => {
  it('"第3条呢" after one task row points at task 3, not at a choice list', async () => {
    const [, row, other] = await conversation('t1', ['任务清单里头 联络站那项要建几个', '第6条完成时限是么时候', '那第3条呢']);
    expect(row!.sources[0]).toBe('task.06');
    expect(replyText(row!)).toContain('2025年12月');
    expect(other!.sources[0]).toBe('task.03');
  });

  it('"谁负责第11项" during a loan topic names task 11’s units', async () => {
    const [, turn] = await conversation('t2', ['贴息贷款利率几个点', '谁负责第11项']);
    expect(turn!.sources[0]).toBe('task.11');
    expect(replyText(turn!)).toContain('市农业农村局');
  });

  it('"一年聘几个 有么待遇" about ambassadors gives both the number and the perks', async () => {
    const [, turn] = await conversation('t3', ['招商大使是么回事', '一年聘几个 聘上了有么待遇']);
    expect(replyText(turn!)).toContain('100名');
    expect(replyText(turn!)).toMatch(/绿色通道|景区/);
  });

  it('"一共建几个 今年能建完不" about the liaison stations gives the count and the deadline of the task row', async () => {
    const [, turn] = await conversation('t4', ['楚商联络站是搞么的', '一共建几个 今年能建完不']);
    expect(replyText(turn!)).toContain('50个');
    expect(replyText(turn!)).toContain('2025年12月');
  });

  it('"想回老家养小龙虾 政府有么扶持" gets support for projects, not the crayfish festival', async () => {
    const [turn] = await conversation('t5', ['想回老家养小龙虾 政府有么扶持']);
    expect(turn!.sources[0]).not.toBe('chushang.05.brand-events');
    expect(replyText(turn!)).not.toContain('小龙虾节');
  });
});

describe('forms: details before consent, questions asked outright', () => {
  it('a name and phone given before consent are kept, not "没看懂"; after consent they are not asked again', async () => {
    const [, early, consent] = await conversation('l1', [
      '我在杭州做服装 想回监利投个厂 想跟招商部门对接',
      '我姓王 电话13912345678',
      '同意',
    ]);
    expect(replyText(early!)).not.toMatch(REFUSAL);
    expect(replyText(early!)).toContain('同意');
    expect(replyText(consent!)).not.toMatch(/怎么称呼|手机号/);
  });

  it('"等一下 先问下导师和辅导员有么区别" during a booking is answered, then the booking goes on', async () => {
    const [, aside] = await conversation('b1', ['想约个创业导师 我想开个农资店', '等一下 先问下导师跟辅导员有么区别']);
    expect(aside!.intent).toBe('policy.ask');
    expect(replyText(aside!)).toContain('创业辅导员');
    expect(replyText(aside!)).toContain('继续刚才的预约');
  });

  it('a question naming a county, asked outright in a booking, is answered rather than taken as the county', async () => {
    const [, , aside] = await conversation('b2', [
      '帮我约个懂农产品加工的导师',
      '礼拜三下午',
      '等哈 先问下洪湖有冇得农产品加工园区 要进园区不',
    ]);
    expect(aside!.intent).toBe('policy.ask');
    expect(replyText(aside!)).toContain('一县一园区');
  });
});

describe('more failure kinds from blind set 6, in our own words', () => {
  it('"这个站子能帮我们做么事" after the promotion stations is answered from them, not refused', async () => {
    const [, turn] = await conversation('m1', ['长三角那边有荆州的返乡创业服务站冇', '这个站子平常能帮我们做么事']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toMatch(/代办|创业培训/);
  });

  it('"这一项哪些单位负责" after a task row names that row’s units', async () => {
    const [, turn] = await conversation('m2', ['任务清单第7项是么事', '这一项哪些单位负责']);
    expect(turn!.intent).not.toBe('out_of_scope');
    expect(replyText(turn!)).toContain('市招商中心');
  });

  it('"有冇得具体日子" after a signature event says the plan gives no date, without a task deadline', async () => {
    const [, turn] = await conversation('m3', ['楚文化节是么活动', '有冇得具体时间 我们一家想回去看']);
    // An event's date is an events question (the writers of blind sets 10 to 13 label it so), answered from the plan.
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).toContain('文件没有写明');
    expect(replyText(turn!)).not.toContain('完成时限');
  });

  it.each(['是的 确认删除', '好的 确认删掉'])('"%s" after a deletion request deletes', async (text) => {
    const [, turn] = await conversation(`m4-${text}`, ['我不想被你们记录 把我从名单里删了', text]);
    expect(turn!.intent).toBe('privacy.delete');
    expect(replyText(turn!)).not.toMatch(REFUSAL);
  });

  it('a question whether stored data went to other offices is a privacy question', async () => {
    const [turn] = await conversation('m5', ['你们存的信息有冇得给过别的单位']);
    expect(turn!.intent).toBe('privacy.delete');
  });

  it('"能不能跟电商平台合作卖货" is about selling online, not about selling data', async () => {
    const [turn] = await conversation('m6', ['回来开个门窗店 能不能跟电商平台合作卖货']);
    expect(turn!.intent).not.toBe('privacy.delete');
  });

  it.each([
    ['有冇得人能上门来跟我讲讲 我走不动', 'handoff.human'],
    ['我眼神不好 你就告诉我到底去找哪个', 'contact.ask'],
    ['帮我约个招商的人 谈下把厂子搬回来', 'lead.register'],
    ['Could you set me up with a mentor for a video call?', 'consult.book'],
    ['今天沙市好多度 冷不冷', 'out_of_scope'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`m7-${text}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"取消吧 要加班" on the booking summary leaves the form, it is no miss', async () => {
    const turns = await conversation('m8', ['帮我约个懂餐饮的导师 线上', '1', '不留电话 在这联系', '取消吧 临时要加班']);
    expect(replyText(turns[3]!)).not.toMatch(REFUSAL);
    expect(replyText(turns[3]!)).toContain('取消');
  });
});

describe('a follow-up asking a figure is ranked on what the topic was about', () => {
  it('"一共要建几个" after the promotion stations gives the stations’ number, not the parks’', async () => {
    const [, turn] = await conversation('n1', ['长三角那边有荆州的返乡创业服务站冇', '一共要建几个']);
    expect(replyText(turn!).split('\n')[1]).toContain('不少于20个');
  });

  it('"有冇得保险兜底的" after a Bank of China loan question is ranked on 保险 alone', async () => {
    const [, turn] = await conversation('n2', ['中国银行那个专项贷款 个人最多批好多', '有冇得那种保险兜底的']);
    expect(replyText(turn!)).toContain('政府+银行+保险');
  });
});

describe('failure kinds from blind set 7, in our own words', () => {
  it.each([
    ['老家石首的 在温州做鞋十几年 考虑回荆州投资 大概两个多亿 帮我报个名让招商的人来找我', 'lead.register'],
    ['谢啦', 'greet'],
    ['ok 那我过段时间回洪湖再说 拜拜', 'greet'],
    ['那你们这里能问些么事', 'greet'],
    ['你们存的号码删干净了吧', 'privacy.delete'],
    ['你们会派人来我们商会拜访不', 'policy.ask'],
    ['Please stop sending me these notifications', 'notice.unsubscribe'],
    ['顺便问下荆州到江陵的公交几点收班', 'out_of_scope'],
    ['只要洪湖的', 'notice.subscribe'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`q-${text}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"你们会来成都搞人才引进活动不" asks about Jingzhou’s own trips, it is no other city’s policy', async () => {
    const [turn] = await conversation('q2', ['你们会来成都搞人才引进的活动不']);
    expect(replyText(turn!)).not.toMatch(/其他地方的政策|帮不上忙/);
  });

  it('"只要监利的 别的地方的莫发" after subscribing narrows the subscription', async () => {
    const [, turn] = await conversation('q3', ['有活动通知我一下', '只要监利的 别的地方的莫发']);
    expect(turn!.intent).toBe('notice.subscribe');
    expect(replyText(turn!)).toContain('监利');
  });

  it('"能不能往后挪两天" after a booking is made moves that booking', async () => {
    const turns = await conversation('q4', [
      '帮我约个懂餐饮的导师 线上',
      '1',
      '不留电话 在这联系',
      '确认',
      '不好意思 那天屋里有事 能不能往后挪两天',
    ]);
    expect(replyText(turns[3]!)).toContain('预约已提交');
    expect(turns[4]!.intent).toBe('consult.manage');
  });

  it('"就是防水这块 怎么找货源" at the booking’s topic step is the topic, not a side question', async () => {
    const [, turn] = await conversation('q5', ['想约个导师帮我看看', '就是防水这块 怎么找货源跑业务']);
    expect(turn!.intent).toBe('consult.book');
    expect(replyText(turn!)).toContain('线上还是线下');
  });
});

describe('more kinds from blind set 7', () => {
  it.each([
    ['我做手工刺绣的 想回来开个工作室 有冇得导师可以指导下', 'consult.book'],
    ['明天县里开会 你帮我写个发言稿', 'out_of_scope'],
    ['我在报社实习 要写个稿子 联席会议的召集人是哪几位', 'policy.ask'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`r-${text}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"不是说一件事一次办吗" is a question about the one-stop service, not a correction', async () => {
    const [, turn] = await conversation('r2', ['叩门招商是么事', '不是说一件事一次办吗 那为么子要我跑三趟']);
    expect(replyText(turn!)).toContain('返乡创业一件事');
  });

  it('"亿元项目今年要引进好多个" during a lead form is answered on the side', async () => {
    const turns = await conversation('r3', [
      '我在上海做物流 想回公安县投个冷链项目 想跟招商部门对接一下',
      '同意',
      '对了 亿元项目你们今年要引进好多个',
    ]);
    expect(turns[2]!.intent).toBe('policy.ask');
    expect(replyText(turns[2]!)).toContain('300个');
  });

  it('"按么子定给10万还是20万" after the certified streets asks the basis, answered not refused', async () => {
    const [, turn] = await conversation('r4', ['市级返乡创业街巷有补贴不', '按么子定给10万还是20万']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toMatch(/入驻规模|辐射带动/);
  });
});

describe('during a conversation, only what a rule finds off the domain is refused', () => {
  it('a question that matches nothing, asked during a topic, gets the nearest entries or an honest gap, not a refusal', async () => {
    const [, turn] = await conversation('s1', ['劳务品牌是么意思', '评上了是不是还帮着推销产品']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).not.toMatch(REFUSAL);
  });

  it.each([
    '对了明天松滋下不下雨',
    '顺便问下 排骨藕汤么样煨才好吃',
    "what's the weather like in Jingzhou in autumn?",
    '帮我查下我社保交了几年',
  ])('"%s" during a topic is still refused', async (text) => {
    const [, turn] = await conversation(`s2-${text}`, ['劳务品牌是么意思', text]);
    expect(turn!.intent).toBe('out_of_scope');
  });
});
