/**
 * Conversations found failing in the blind sets of the twenty-fourth session (veterans, chamber-of-commerce officers,
 * researchers, people typing pinyin shorthand), each in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('booking again and closing a booking', () => {
  it('"重新约一个 线上的" with nothing booked starts a booking instead of saying there is none', async () => {
    const u = talk('c26-book-anew');
    expect(await u.say('我的预约查一下')).toContain('没有待进行的预约');
    const turn = await u.turn('那重新约一个 线上就行 懂电商的');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toMatch(/请选一个时间|线上还是线下|哪方面/);
  });

  it('"换个时间" with nothing booked still says there is none', async () => {
    const u = talk('c26-move-none');
    const turn = await u.turn('我那个预约换个时间');
    expect(turn.intent).toBe('consult.manage');
    expect(replyText(turn)).toContain('没有待进行的预约');
  });

  it('"好 准时到" at the confirmation confirms the booking', async () => {
    const u = talk('c26-on-time');
    await u.say('帮我约个导师 聊餐饮');
    await u.say('1');
    await u.say('1');
    await u.say('1');
    const asked = await u.say('不留电话,在这里联系我');
    expect(asked).toContain('确认预约吗');
    const turn = await u.turn('好 准时到');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('预约已提交');
  });
});

describe('what the service is, and leaving', () => {
  it.each(['你是干啥的', '你们这个是做什么的啊', '你们这个是干什么的'])('"%s" is told what the bot is', async (text) => {
    const turn = await talk(`c26-what-for-${text}`).turn(text);
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toContain('回乡通');
  });

  it('"联席会议是做什么的" is still the joint meeting’s duties', async () => {
    const turn = await talk('c26-meeting-for').turn('联席会议是做什么的');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('联席会议');
  });

  it('"好 收工" is a goodbye', async () => {
    const turn = await talk('c26-done').turn('好 收工');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });
});

describe('counts asked in other words', () => {
  it('"一年几期" after the training camps is the camps’ count', async () => {
    const u = talk('c26-how-many-rounds');
    await u.say('创业训练营是什么');
    const turn = await u.turn('一年几期');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('不少于1次');
  });

  it('"全国一共建好多个这种站" after the liaison stations is their count', async () => {
    const u = talk('c26-stations-count');
    await u.say('上海有冇得你们的楚商联络站');
    const turn = await u.turn('全国一共建好多个这种站');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('50个');
  });

  it('"有冇得具体时间" after a signature event says the plan gives no date', async () => {
    const u = talk('c26-event-date');
    await u.say('楚文化节是么活动');
    const turn = await u.turn('有冇得具体时间 我们想回去看');
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).toContain('文件没有写明');
  });
});

describe('notices and courtesies in a chamber officer’s words', () => {
  it('"之前订的推送太频繁 先停了吧" unsubscribes, never subscribes', async () => {
    const u = talk('c26-too-often');
    await u.say('订阅活动通知');
    const turn = await u.turn('之前订的推送太频繁 先停了吧');
    expect(turn.intent).toBe('notice.unsubscribe');
    expect(u.app.subscriptions.get('test:c26-too-often')?.active).not.toBe(true);
  });

  it('"有活动安排了推送给我 我好提前订票" subscribes; "活动安排表发给我看看" shows the events', async () => {
    const u = talk('c26-push-when');
    expect((await u.turn('那麻烦有活动安排了推送给我 我好提前订票')).intent).toBe('notice.subscribe');
    expect((await talk('c26-show-now').turn('活动安排表发给我看看')).intent).toBe('event.ask');
  });

  it('"谢谢 等你们电话" is thanks, not a request for a phone number', async () => {
    const turn = await talk('c26-wait-call').turn('谢谢 等你们电话');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('8514460');
  });
});

describe('the question asked before a remark', () => {
  it('"招商大使是怎么选的？商会想推荐两位副会长" is the ambassadors’ article', async () => {
    const turn = await talk('c26-asked-clause').turn('你好 我们上海荆州商会王会长让我问一下，招商大使是怎么选的？商会想推荐两位副会长');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('100名');
  });

  it('a word echoed back with a question mark is a retort: the person asked for is what the message wants', async () => {
    const turn = await talk('c26-retort').turn('双月走访?我半年都冇见到一个人来 我要找你们领导');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).toContain('转人工');
  });
});

describe('casual chat around the questions', () => {
  it.each([
    ['你叫啥名字', '回乡通'],
    ['你好可爱', '谢谢夸奖'],
    ['中秋快乐', '祝您'],
    ['在干嘛呢', '我在呢'],
  ])('"%s" is a courtesy answered as one', async (text, reply) => {
    const turn = await talk(`c26-chat-${text}`).turn(text);
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toContain(reply);
  });

  it.each(['你几岁了', '给我讲个笑话', '明天下雨不'])('"%s" is still refused', async (text) => {
    expect((await talk(`c26-chat-refused-${text}`).turn(text)).intent).toBe('out_of_scope');
  });

  it.each([
    ['下雨天在家无聊 想问问回乡开厂有补贴不', '补贴'],
    ['今天天气真好 对了 返乡创业贷款能贷多少', '30万'],
  ])('"%s": the question after the chat is answered', async (text, fact) => {
    const turn = await talk(`c26-chat-then-${text}`).turn(text);
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain(fact);
    expect(replyText(turn)).not.toContain('帮不上忙');
  });

  it('a poem about the programme is still refused', async () => {
    expect((await talk('c26-poem').turn('帮我写首返乡创业的诗 要押韵')).intent).toBe('out_of_scope');
  });
});

describe('a level’s figure asked of a task row', () => {
  it('"每个县至少几个" of task 6 gives the per-county minimum first, not only the city’s totals', async () => {
    const u = talk('c26-per-county');
    await u.say('任务清单第6项是么事');
    const reply = await u.say('清单里对每个县有没有单独要求 每个县至少几个');
    const lines = reply.split('\n').filter((l) => l.startsWith('·'));
    expect(lines[0]).toContain('不少于2个');
  });
});

describe('a researcher checking the documents', () => {
  it('"这方案是哪天发的", fresh or after a topic, is the notice’s date', async () => {
    expect(replyText(await talk('c26-plan-date').turn('这方案是哪天发的'))).toContain('2025年3月29日');
    const u = talk('c26-plan-date-after');
    await u.say('楚商楚才信息库是么事');
    expect(await u.say('这方案是哪天发的')).toContain('2025年3月29日');
  });

  it('"这一条的责任单位" after the policy list names its units first, the market regulator among them', async () => {
    const u = talk('c26-units-of-topic');
    await u.say('返乡创业政策清单整合了哪几类');
    const reply = await u.say('这一条的责任单位');
    expect(reply.split('\n')[1]).toMatch(/^负责单位:.*市市场监管局/);
  });

  it('"补贴什么时候发的" is still about the subsidy, not the notice', async () => {
    const reply = replyText(await talk('c26-subsidy-paid').turn('一次性创业补贴什么时候发的'));
    expect(reply).toContain('一次性创业补贴');
    expect(reply).not.toContain('印发通知总述');
  });
});

describe('a kind of support named in a story', () => {
  it('"我儿子回来养虾 能贷款不" is the loans article, not a menu of nearest entries', async () => {
    const turn = await talk('c26-kind-named').turn('那我先问你 我儿子回来养虾 能贷款不');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('30万');
    expect(replyText(turn)).not.toContain('最接近');
  });

  it('"怎么骗银行贷款" is still refused', async () => {
    expect((await talk('c26-kind-cheat').turn('怎么骗银行贷款')).intent).toBe('out_of_scope');
  });
});

describe('whom to go to, asked of a topic', () => {
  it('"人才这块找哪个部门" is the talent article’s units, not the liaison stations (whose facts say 人才回归)', async () => {
    const turn = await talk('c26-talent-units').turn('人才这块找哪个部门');
    expect(replyText(turn)).toContain('全方位强化返乡人才引领');
    expect(replyText(turn)).toContain('市人社局');
  });

  it('"孵化jd有几个" reads jd as 基地', async () => {
    expect(replyText(await talk('c26-jd').turn('孵化jd有几个'))).toContain('5家');
  });
});

describe('events of a kind the plan names', () => {
  it('"洪湖本地有冇得自己的特色活动" gets the plan’s local signature events first', async () => {
    const turn = await talk('c26-local-events').turn('洪湖本地有冇得自己的特色活动');
    // (Labelled event.ask with policy.ask also right: the events are the plan's, answered from it either way.)
    expect(['event.ask', 'policy.ask']).toContain(turn.intent);
    expect(replyText(turn).split('\n')[1]).toContain('小龙虾节');
  });
});
