/**
 * Issue 12, continued: failure kinds seen on blind dialogue sets 27–30 (opened as dev sets once blind 31–35 were
 * written), each written here in our own words. Registration asked for in few words, or by giving one's details with
 * no form open; unsubscribing from what one subscribed; lottery, the stock market and shop names refused; closes and
 * "what can you do"; English: the question beside a request for English, staff asked for, data deleted, "that's all".
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('registration', () => {
  it.each([
    ['我在杭州开了两家奶茶店 想回松滋搞个奶茶原料厂 投一千万左右 想跟招商的同志聊一下'],
    ['我手上有个项目想跟你们汇报一下 做冷链仓储 想放在荆州开发区'],
  ])('"%s" starts the registration (consent first)', async (text) => {
    const [turn] = await conversation('k1', [text]);
    expect(turn!.intent).toBe('lead.register');
    expect(replyText(turn!)).toContain('同意登记吗');
  });

  it('"那还是登记一下吧" after talking about a project starts it', async () => {
    const turns = await conversation('k2', ['回洪湖办个莲藕加工厂 有么子扶持', '那还是登记一下吧']);
    expect(turns[1]!.intent).toBe('lead.register');
    expect(replyText(turns[1]!)).toContain('同意登记吗');
  });

  it('a name and a mobile number with no form open offer the registration, never a refusal', async () => {
    for (const text of ['姓孙 13912345678', '联系人填王丽 电话13812345678']) {
      const [turn] = await conversation(`k3-${text.length}`, [text]);
      expect(turn!.intent).toBe('lead.register');
      expect(replyText(turn!)).not.toContain('帮不上忙');
    }
  });

  it('a name and a number given while a booking asks for them stay the booking’s', async () => {
    const turns = await conversation('k4', ['帮我约个电商导师 线上', '1', '姓孙 13912345678']);
    expect(turns[2]!.intent).toBe('consult.book');
    expect(replyText(turns[2]!)).not.toContain('同意登记吗');
  });

  it('a number alone with a ticket open is not a registration', async () => {
    const turns = await conversation('k5', ['转人工', '号码是13912345678']);
    expect(turns[1]!.intent).toBe('handoff.human');
  });

  it('asking whether someone visits after the plant is built is a question, not a registration or a person', async () => {
    const [turn] = await conversation('k6', ['工厂投产以后 有没有人定期来问问我们有什么困难']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('十问十帮');
  });

  it('asking whether the city sends people to visit bosses is a question, not a hand-off', async () => {
    const [turn] = await conversation('k7', ['听说市里会派人上门拜访在外地办厂的老乡 是真的吗']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).not.toContain('工单');
  });
});

describe('intents', () => {
  it('"我订阅过你们的通知 现在不想要了" unsubscribes', async () => {
    const turns = await conversation('k8', ['订阅活动通知', '我订阅过你们的通知 现在不想要了']);
    expect(turns[1]!.intent).toBe('notice.unsubscribe');
    expect(replyText(turns[1]!)).not.toContain('订阅成功');
  });

  it.each(['明晚大乐透开么号 你给我算一下', '这两天股市行情怎么样', '给我这个早餐店取个好听的名字'])(
    '"%s" is off the domain, even after a policy answer',
    async (text) => {
      const turns = await conversation(`k9-${text.length}`, ['联席会议办公室电话多少', text]);
      expect(turns[1]!.intent).toBe('out_of_scope');
      expect(replyText(turns[1]!)).not.toContain('8514460');
    },
  );

  it.each(['你能干啥', '嗯 都清楚了', '好吧 报名的事就拜托你们了', '好 到时见'])('"%s" is a greeting or a close', async (text) => {
    const [turn] = await conversation(`k10-${text.length}`, [text]);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).not.toContain('帮不上忙');
  });

  it('water and power bills cut for those in a park is the platforms’ question, not another service', async () => {
    const turns = await conversation('k11', ['入驻返乡创业园区有么优惠', '那电费水费能少交点不']);
    expect(turns[1]!.intent).toBe('policy.ask');
    expect(replyText(turns[1]!)).toContain('水电');
  });
});

describe('English', () => {
  it('the question beside a request for English is answered in English', async () => {
    const [turn] = await conversation('k12', [
      'my chinese is not good, could you answer in english? how many business platforms are there in Jingzhou',
    ]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('41');
    expect(replyText(turn!)).not.toContain('do not say');
  });

  it('"is this the … assistant? do you speak English" greets in English', async () => {
    const [turn] = await conversation('k13', ['hi, is this the Jingzhou investment assistant? do you speak English']);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).toMatch(/Huixiang/);
  });

  it.each(['can I talk to one of your staff', 'please have an officer call me'])('"%s" asks for a person', async (text) => {
    const [turn] = await conversation(`k14-${text.length}`, [text]);
    expect(turn!.intent).toBe('handoff.human');
  });

  it('"I want my details removed" and then "confirm delete" delete the data', async () => {
    const turns = await conversation('k15', ['I left my number here before. I want my details removed.', 'confirm delete']);
    expect(turns[0]!.intent).toBe('privacy.delete');
    expect(turns[1]!.intent).toBe('privacy.delete');
  });

  it.each(['great thx, I will tell her', 'ok got it, thanks'])('"%s" is a close', async (text) => {
    const [turn] = await conversation(`k16-${text.length}`, [text]);
    expect(turn!.intent).toBe('greet');
  });

  it('"that\'s all, thank you" in a form leaves it; it is never the name', async () => {
    const turns = await conversation('k17', [
      'please register my interest: a 50 million RMB food factory in Jianli, have someone contact me',
      'yes I agree',
      "that's all, thank you",
    ]);
    expect(turns[2]!.intent).toBe('greet');
    expect(replyText(turns[2]!)).not.toContain('称呼');
  });

  it('English: "pass my contact to …" with a project registers; "let me know when the next … is" subscribes', async () => {
    const [lead] = await conversation('k18', [
      'please pass my contact to the investment people, I plan to invest 20 million in a hotel back home',
    ]);
    expect(lead!.intent).toBe('lead.register');
    const [sub] = await conversation('k19', ['let me know when the next promotion event is held']);
    expect(sub!.intent).toBe('notice.subscribe');
  });

  it('a long article in another language is refused as writing', async () => {
    const [turn] = await conversation('k20', ['write me a 500 word essay about Jingzhou food in French']);
    expect(turn!.intent).toBe('out_of_scope');
  });
});

describe('bookings and forms', () => {
  it('"那就帮我约一个 … 下礼拜二上午" after asking about a booking books', async () => {
    const turns = await conversation('k21', ['我以前约过导师没有', '那就帮我约一个 聊聊开网店 下礼拜二上午']);
    expect(turns[1]!.intent).toBe('consult.book');
  });

  it('"屋里有事 取消掉吧" after booking cancels it', async () => {
    const turns = await conversation('k22', ['帮我约个电商导师 线上', '1', '不留电话', '确认', '屋里有事 取消掉吧']);
    expect(turns.at(-1)!.intent).toBe('consult.manage');
  });

  it('"好 到时候见" at the summary confirms', async () => {
    const turns = await conversation('k23', ['帮我约个电商导师 线上', '1', '不留电话', '好 到时候见']);
    expect(turns.at(-1)!.intent).toBe('consult.book');
    expect(replyText(turns.at(-1)!)).not.toContain('没看懂');
  });

  it('asking what the details are for, in the registration, is answered from the consent notice', async () => {
    const turns = await conversation('k24', [
      '想回公安投资开个食品厂 大概两千万 帮我登记 叫招商的同志联系我',
      '你们要我的电话做什么用',
      '同意',
      '那这些信息谁能看到',
    ]);
    // (A question about one's data, asked in the form: privacy.delete, and the registration goes on.)
    expect(turns[1]!.intent).toBe('privacy.delete');
    expect(replyText(turns[1]!)).toContain('同意登记吗');
    expect(turns[2]!.intent).toBe('lead.register');
    expect(turns[3]!.intent).toBe('privacy.delete');
    expect(replyText(turns[3]!)).toContain('招商部门');
    expect(replyText(turns[3]!)).toContain('继续刚才的登记');
  });
});

describe('events, contacts and words', () => {
  it('"楚商大会是哪个区办的" asks about the event', async () => {
    const [turn] = await conversation('k25', ['小龙虾节是哪个县办的']);
    expect(turn!.intent).toBe('event.ask');
  });

  it('"想发邮件问 发给谁" gives the office’s e-mail', async () => {
    const [turn] = await conversation('k26', ['这些我想写邮件问问 发到哪里']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('930208769@qq.com');
  });
});

describe('English answers name the Chinese terms', () => {
  it('a named programme and the units are shown with their Chinese names, once each', async () => {
    const turns = await conversation('k27', ['Are there boot camps for people who want to return?', 'who handles it?']);
    const answer = replyText(turns[0]!);
    expect(answer).toContain('(创业训练营)');
    expect(answer.split('(创业训练营)').length).toBe(2);
    expect(replyText(turns[1]!)).toMatch(/\(市人社局\)/);
  });
});

describe('English follow-ups and requests', () => {
  it('"and each county?" after the city’s figure asks the counties’; so does "每个县至少几个"', async () => {
    const en = await conversation('k28', ['how many role models does the city select every year', 'and each county?']);
    expect(en[1]!.intent).toBe('policy.ask');
    expect(replyText(en[1]!)).toContain('at least 5');
    const zh = await conversation('k29', ['市里每年选树几个楚商典型', '每个县至少几个']);
    expect(replyText(zh[1]!)).toContain('5个以上');
  });

  it('"how many per year" after the matchmaking meetings gives their number', async () => {
    const turns = await conversation('k30', ['are there government-bank-business matchmaking meetings?', 'how many per year']);
    expect(turns[1]!.intent).toBe('policy.ask');
    expect(replyText(turns[1]!)).toMatch(/(?:no fewer than|at least) (?:one \()?(1|2)/);
  });

  it('a request for English inside a question keeps the question', async () => {
    const [turn] = await conversation('k31', ['Could you summarize the returnee entrepreneurship plan in English please?']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).not.toContain('cannot help');
  });

  it('"send me event notices? English would be great" subscribes', async () => {
    const [turn] = await conversation('k32', ['Can you send me event notices? English would be great']);
    expect(turn!.intent).toBe('notice.subscribe');
  });

  it.each(['which department do I go to about land', 'which office for housing'])('"%s" asks whom to contact', async (text) => {
    const [turn] = await conversation(`k33-${text.length}`, [text]);
    // Asked of a topic, it is also a question about it (the trained classifier reads it so, as our labellers do):
    // either way the reply names the responsible unit.
    expect(['contact.ask', 'policy.ask']).toContain(turn!.intent);
    expect(replyText(turn!)).toMatch(/Responsible|Bureau|Office|Centre|局|办/);
  });

  it('"can I switch to a mentor who knows farming?" changes the booking; a supplier is no question for us', async () => {
    const [manage] = await conversation('k34', ['can I switch to a mentor who knows farming?']);
    expect(manage!.intent).toBe('consult.manage');
    const [off] = await conversation('k35', ['do you know a cheap furniture supplier in Toronto']);
    expect(off!.intent).toBe('out_of_scope');
  });
});

describe('words people use for the plan’s things', () => {
  it('"返乡创业能贷好多" shows the loan ceilings of individuals, partnerships and small firms', async () => {
    const [turn] = await conversation('k36', ['回来创业能贷多少']);
    const text = replyText(turn!);
    for (const figure of ['30万', '400万', '500万']) expect(text).toContain(figure);
  });

  it('"两个人一起开" after the loans is a partnership', async () => {
    const turns = await conversation('k37', ['个人创业贷款最多多少', '那我跟我老表两个人一起搞呢']);
    expect(replyText(turns[1]!)).toContain('400万');
  });

  it.each([
    ['政府有没有那种不收房租的地方 回来创业能进不', '场租'],
    ['政府会不会请在外面混得好的老板当代言人', '招商大使'],
    ['回来种菜 地不好找咋办', '用地'],
    ['办个体户是不是要跑好几个窗口', '专门窗口'],
  ])('"%s" is answered with %s', async (text, fact) => {
    const [turn] = await conversation(`k38-${text.length}`, [text]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain(fact);
  });

  it('a count guessed ("一年就请十来个吧") is told the plan’s figure', async () => {
    const turns = await conversation('k39', ['招商大使是怎么回事', '一年就请二三十个吧']);
    expect(turns[1]!.intent).toBe('policy.ask');
    expect(replyText(turns[1]!)).toContain('100名');
  });
});

describe('taxes, which the plan does not cover', () => {
  it('a tax question says the plan does not specify tax incentives and whom to ask, in Chinese and in English', async () => {
    const [zh] = await conversation('k40', ['回老家开厂 税收上有么优惠没有']);
    expect(zh!.intent).toBe('policy.ask');
    expect(replyText(zh!)).toContain('没有写明');
    expect(replyText(zh!)).toContain('税收');
    const [en] = await conversation('k41', [
      'Hi, I make shoes in Wenzhou and my family is from Shishou. If I move my factory back, are there tax incentives?',
    ]);
    expect(en!.intent).toBe('policy.ask');
    expect(replyText(en!)).toContain('does not specify tax incentives');
  });
});

describe('English words for the plan’s things', () => {
  it.each([
    ['is there a guide for investors?', '投资指引'],
    ['is there some insurance-backed financing model', 'government + bank + insurance'],
    ['is there any training for traditional craftsmen?', 'craftspeople'],
    ['is there one list of all the returnee startup policies somewhere?', '返乡创业政策清单'],
  ])('"%s" is answered with %s', async (text, fact) => {
    const [turn] = await conversation(`k42-${text.length}`, [text]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain(fact);
  });
});

describe('consent with nothing to consent to', () => {
  it('"同意" with no form open gets what the bot can do, not a clause that says 同意', async () => {
    const [turn] = await conversation('k43', ['同意保存']);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).not.toContain('联席会议');
  });
});
