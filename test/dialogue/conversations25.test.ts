/**
 * Conversations found failing in the blind sets of the twenty-third session (families returning together, people who
 * ask about time, operators weighing a move), each in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('a request the plan’s words only brush against is the request', () => {
  it('"先帮我们登记一下 以后有扶持政策能通知到我们" starts a registration, not the notice’s article', async () => {
    const u = talk('c25-register-notify');
    const turn = await u.turn('先帮我们登记一下 以后有扶持政策能通知到我们');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).not.toContain('印发通知总述');
  });

  it('"喂 是回乡通吧 我替我侄儿问问" is greeted, and the question that follows is his', async () => {
    const u = talk('c25-greet-for-nephew');
    const turn = await u.turn('喂 是回乡通吧 我替我侄儿问问 他在外面打工');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('落款日期');
  });

  it.each(['我爱人说留个联系方式 有人跟进就好', '我留个电话 有人跟进就好'])('"%s" registers a lead', async (text) => {
    const u = talk(`c25-leave-contact-${text}`);
    const turn = await u.turn(text);
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).not.toContain('8514460');
  });

  it('"给我留个联系方式" still asks for ours', async () => {
    const u = talk('c25-our-contact');
    const turn = await u.turn('给我留个联系方式');
    expect(turn.intent).toBe('contact.ask');
    expect(replyText(turn)).toContain('8514460');
  });

  it('"有活动了通知我一声 短信微信都行" subscribes to notices', async () => {
    const u = talk('c25-notify-me');
    const turn = await u.turn('有活动了通知我一声 短信微信都行');
    expect(turn.intent).toBe('notice.subscribe');
    expect(u.app.subscriptions.get('test:c25-notify-me')?.active).toBe(true);
  });
});

describe('inside a booking', () => {
  it('"等一下 找导师收费不" is answered on the side and the booking waits', async () => {
    const u = talk('c25-booking-fee');
    await u.say('帮我约个导师');
    await u.say('1');
    const turn = await u.turn('等一下 找导师收费不');
    expect(turn.intent).toBe('policy.ask');
    const reply = replyText(turn);
    expect(reply).toContain('没有写明');
    expect(reply).not.toContain('没看懂');
    expect(reply).toContain('线上还是线下');
    expect(await u.say('1')).not.toContain('没看懂');
  });

  it('"好 我先考虑考虑" leaves the booking, and said again is a courtesy', async () => {
    const u = talk('c25-booking-think');
    await u.say('帮我约个导师');
    await u.say('1');
    expect(await u.say('好 我先考虑考虑')).toContain('已取消');
    const turn = await u.turn('好 我先考虑哈');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });
});

describe('after the bookings were shown', () => {
  it('"换个问题 …" is a new question, not a change of booking', async () => {
    const u = talk('c25-other-question');
    await u.say('我的预约呢');
    const turn = await u.turn('换个问题 返乡创业一件事指的什么');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('一件事');
  });

  it('"换个时间" is still a change of booking', async () => {
    const u = talk('c25-other-time');
    await u.say('我的预约呢');
    expect((await u.turn('换个时间')).intent).toBe('consult.manage');
  });
});

describe('events of a kind the plan names', () => {
  it.each([
    ['荆州有冇纺织服装方面的活动', '纺织服装大会'],
    ['想问下有没有楚文化方面的活动', '楚文化节'],
    ['桃花节我们外地的能参加不', '桃花节'],
  ])('"%s" is about events, with what the plan arranges (%s) before the next event', async (text, fact) => {
    const u = talk(`c25-events-${text}`);
    const turn = await u.turn(text);
    expect(turn.intent).toBe('event.ask');
    const reply = replyText(turn);
    expect(reply).toContain(fact);
    expect(reply).toContain('依据');
    expect([...reply].length).toBeLessThanOrEqual(400);
  });

  it('"最近有么活动" still lists the events on record', async () => {
    const u = talk('c25-events-any');
    const reply = replyText(await u.turn('最近有么活动'));
    expect(reply).toContain('近期活动');
    expect(reply).not.toContain('文件的安排');
  });
});

describe('the kind of support asked for by name', () => {
  it('"想在楼下开个花店 小本生意 能贷款不" answers with the loans, not the project list', async () => {
    const u = talk('c25-kind-loan');
    const reply = await u.say('想在楼下开个花店 小本生意 能贷款不');
    expect(reply).toContain('30万元');
    expect(reply).not.toContain('8万元');
  });

  it('"厂里招本地工人 招了有么补贴" answers with the subsidies', async () => {
    const u = talk('c25-kind-subsidy');
    expect(await u.say('厂里招本地工人 招了有么补贴')).toContain('吸纳就业补贴');
  });

  it('"除了贷款 还有么补贴" is about the subsidies, the kind named last', async () => {
    const u = talk('c25-kind-last');
    const reply = await u.say('除了贷款 刚开张还有么补贴能领');
    expect(reply).toContain('一次性创业补贴');
  });

  it('"我们想招应届生来见习 有补贴冇 每个月给多少" stays with the internship bases the story is about', async () => {
    const u = talk('c25-kind-intern');
    expect(await u.say('我们想招应届生来见习 有补贴冇 每个月给多少')).toContain('见习基地');
  });
});

describe('where to get things done, when the article does not say', () => {
  it('"那到县里哪去办这些手续" after the subsidies names the local one-stop windows with their source', async () => {
    const u = talk('c25-window');
    await u.say('回来创业有么补贴');
    const reply = await u.say('那到县里哪去办这些手续');
    expect(reply).toContain('专门窗口');
    expect(reply).toContain('《关于印发荆州市大规模推进楚商回乡和返乡创业工作方案等文件的通知》三');
    expect(reply).not.toContain('帮不上忙');
  });

  it('an answer that says where (the service stations) gets no window line', async () => {
    const u = talk('c25-window-not');
    const reply = await u.say('驻外推介服务站设在哪些地方');
    expect(reply).toContain('长三角');
    expect(reply).not.toContain('专门窗口');
  });
});

describe('a pointer at the topic that names another entry’s word', () => {
  it('"这联席会议是常设的吗" after its members does not answer with the members again', async () => {
    const u = talk('c25-standing');
    await u.say('联席会议成员单位有哪些');
    const reply = await u.say('这联席会议是常设的吗');
    expect(reply).toContain('任务完成后及时撤销');
    expect(reply).not.toContain('成员涉及');
  });
});

describe('English: offices away from home', () => {
  it('"Does the city have any offices abroad that help returning merchants?" gets the liaison stations', async () => {
    const u = talk('c25-en-offices');
    const reply = await u.say('I trade in Dubai. Does the city have any offices abroad that help returning merchants?');
    expect(reply).toContain('liaison stations');
    expect(reply).toContain('200');
  });
});

describe('off the programme, refused rather than offered the plan', () => {
  it.each(['帮我写一篇公众号推文 介绍下我们的合作社', '洪湖现在门面一个月租金大概多少', '今天沙市限行吗'])(
    '"%s" is out of scope',
    async (text) => {
      const u = talk(`c25-off-${text}`);
      const turn = await u.turn(text);
      expect(turn.intent).toBe('out_of_scope');
      expect(replyText(turn)).not.toContain('依据');
    },
  );

  it.each(['武汉那边对楚商回乡有么政策', '长沙对返乡创业有什么补贴'])('"%s" asks what another city offers', async (text) => {
    const u = talk(`c25-other-city-${text}`);
    const turn = await u.turn(text);
    expect(turn.intent).toBe('out_of_scope');
    expect(replyText(turn)).toContain('荆州');
  });

  it('"荆州对深圳回来的楚商有么政策" is ours', async () => {
    const u = talk('c25-ours');
    expect((await u.turn('荆州对深圳回来的楚商有么政策')).intent).toBe('policy.ask');
  });
});

describe('subscribing and booking, said in few words', () => {
  it('"订上 主要是市里的招商活动" subscribes', async () => {
    const u = talk('c25-sub-short');
    expect((await u.turn('订上 主要是市里的招商活动')).intent).toBe('notice.subscribe');
    expect(u.app.subscriptions.get('test:c25-sub-short')?.active).toBe(true);
  });

  it('"ok thanks, register me for event notifications" subscribes', async () => {
    const u = talk('c25-sub-en');
    expect((await u.turn('ok thanks, register me for event notifications')).intent).toBe('notice.subscribe');
  });

  it('"想约个招商大使聊聊回乡办厂的事" starts a consultation booking; asking about the ambassadors does not', async () => {
    const u = talk('c25-ambassador-book');
    expect((await u.turn('想约个招商大使聊聊回乡办厂的事')).intent).toBe('consult.book');
    const v = talk('c25-ambassador-ask');
    expect((await v.turn('招商大使能约出来见面吗')).intent).not.toBe('consult.book');
  });
});

describe('a scope asked of the topic', () => {
  it('"全市总共呢" after the counties’ share of the Qingming events gives the whole city’s figure', async () => {
    const u = talk('c25-scope-city');
    expect(await u.say('清明推介活动每个县要搞几场')).toContain('不少于2场');
    const reply = await u.say('全市总共呢');
    expect(reply).toContain('20场');
    expect(reply).not.toContain('联络站');
  });
});

describe('a member unit asking about its own part', () => {
  it('"工作情况多久报一次" from a liaison officer gets the quarterly reporting', async () => {
    const u = talk('c25-report-often');
    const reply = await u.say('我是市文旅局的 刚当上联络员 工作情况多久报一次');
    expect(reply).toContain('每季度末最后一周');
  });

  it('"我们文旅局在这个方案里主要管么事" after another topic lists what names the unit', async () => {
    const u = talk('c25-own-duties');
    await u.say('联席会议多久开一次');
    const reply = await u.say('我们文旅局在这个方案里主要管么事');
    expect(reply).toContain('市文旅局');
    expect(reply).toContain('招商大使');
    expect(reply).not.toContain('每半年');
  });
});

describe('a term of office asked of the ambassadors', () => {
  it('"聘期多长" after the ambassadors is asked of them, not refused', async () => {
    const u = talk('c25-term');
    await u.say('招商大使是怎么选的');
    const turn = await u.turn('聘期多长');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('招商大使');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });
});

describe('small wordings', () => {
  it('"在宁波这边能找到你们的人不" gets the stations away from home', async () => {
    const u = talk('c25-our-people');
    const turn = await u.turn('以后想回去 在宁波这边能找到你们的人不');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toMatch(/联络站|服务站/);
  });

  it('"说得太绕了 简单点" gives the last answer again, briefly', async () => {
    const u = talk('c25-simpler');
    await u.say('创业担保贷款个人最多贷多少');
    const reply = await u.say('说得太绕了 简单点');
    expect(reply).toContain('简单说');
    expect(reply).not.toContain('帮不上忙');
  });

  it('"基金多大盘子 谁在管" after the loans asks about the fund, not the stock market', async () => {
    const u = talk('c25-fund');
    await u.say('返乡创业贷款有哪些');
    const turn = await u.turn('基金多大盘子 谁在管');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('投资引导基金');
  });
});

describe('a registration withdrawn', () => {
  it('"上次登记了投资意向 现在不想投了 撤掉" offers the deletion, not a new registration', async () => {
    const u = talk('c25-withdraw');
    const turn = await u.turn('上次在你们这登记了投资意向 现在不想投了 撤掉');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).not.toContain('登记前请先知悉');
  });

  it('"我想登记个新项目 之前那个撤了" is a registration', async () => {
    const u = talk('c25-withdraw-new');
    expect((await u.turn('我想登记个新项目 之前那个撤了')).intent).toBe('lead.register');
  });
});

describe('an answer complained of', () => {
  it('"你这等于没说" after an answer says the plan gives no more and whom to ask, and records it unhelpful', async () => {
    const u = talk('c25-complaint');
    await u.say('创业担保贷款利率多少');
    const turn = await u.turn('你这等于没说');
    expect(turn.intent).toBe('policy.ask');
    const reply = replyText(turn);
    expect(reply).toContain('不能编');
    expect(reply).toContain('市人社局');
    expect(reply).not.toContain('帮不上忙');
  });

  it('"你这等于没说" with nothing answered yet is not taken for a complaint about an answer', async () => {
    const u = talk('c25-complaint-first');
    expect(replyText(await u.turn('你这等于没说'))).not.toContain('不能编');
  });
});
