/**
 * Conversations of the thirty-eighth session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('who a figure is for, said alone after it', () => {
  it('"那公司的呢" after the loans gives the small businesses\' limit, not the labour brands (it was their article)', async () => {
    const u = talk('c40-company');
    await u.turn('创业担保贷款个人能贷多少');
    const turn = await u.turn('那公司的呢');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('500万元');
    expect(replyText(turn)).not.toContain('劳务品牌');
  });

  it('"那硕士呢" after a housing amount the plan does not give says so again, not the investment guide', async () => {
    const u = talk('c40-master');
    await u.turn('住房补贴能拿多少');
    const turn = await u.turn('那硕士呢');
    expect(replyText(turn)).toContain('没有写明');
    expect(replyText(turn)).not.toContain('投资指引');
  });

  it('"博士呢" after the talent policy stays on the talent article (it was the merchants\' database)', async () => {
    const u = talk('c40-phd');
    await u.turn('人才引进有什么待遇');
    const turn = await u.turn('博士呢');
    expect(replyText(turn)).toContain('人才');
    expect(replyText(turn)).not.toContain('2239');
  });

  it('"and for a master\'s degree?" after an English housing question: the amount is not in the plan', async () => {
    const u = talk('c40-master-en');
    await u.turn('How much housing subsidy would I get?');
    const turn = await u.turn("and for a master's degree?");
    expect(replyText(turn)).toContain('does not specify');
    expect(replyText(turn)).not.toContain('Investment Guide');
  });
});

describe('voice input: questions run together without punctuation', () => {
  it('"…是不是然后那个…最多能贷好多": the labour brands and the loan limit are both answered', async () => {
    const turn = await talk('c40-voice-loan').turn(
      '嗯那个我是石首的在深圳搞了十几年防水了现在想回去自己开个防水公司就是说听别人讲有个劳务品牌跟我们石首防水工有关系是不是然后那个创业担保贷款我一个人的话最多能贷好多',
    );
    expect(replyText(turn)).toContain('石首防水工');
    expect(replyText(turn)).toContain('30万元');
  });

  it('"…设在哪里然后季度的情况么时候报": where the office is, and when the quarterly report is due', async () => {
    const turn = await talk('c40-voice-office').turn('领导让我问一下那个联席会议办公室设在哪里然后季度的情况么时候报');
    expect(replyText(turn)).toContain('市人社局');
    expect(replyText(turn)).toContain('最后一周');
  });

  it('"…有补贴吗还有那个政府加银行加保险是怎么回事": the second question, near one article only, is answered too', async () => {
    const turn = await talk('c40-voice-insurance').turn(
      '我们村几个人想一起搞个农民合作社种莲藕就是说流转土地有补贴吗还有那个政府加银行加保险是怎么回事',
    );
    expect(replyText(turn)).toContain('流转土地');
    expect(replyText(turn)).toContain('政府+银行+保险');
  });

  it('"贷款多少还有没有别的" stays one question ("还有没有" asks whether there is more)', async () => {
    const { splitRequests } = await import('../../src/dialogue/split.ts');
    expect(splitRequests('贷款多少还有没有别的')).toHaveLength(1);
  });
});

describe('a festival named after the festival events', () => {
  it('"清明的呢" after the festival events is the Qingming events\' row, and its counts follow', async () => {
    const u = talk('c40-qingming');
    await u.turn('节日招商活动有哪些');
    const turn = await u.turn('清明的呢');
    expect(replyText(turn)).toContain('清明话家乡');
    expect(replyText(await u.turn('一共多少场'))).toContain('20场');
  });

  it('"有没有团拜会 有的话给我发个通知": the events asked about are answered before the notices start', async () => {
    const turn = await talk('c40-tuanbai').turn('过年那几天荆州有没有那种楚商的团拜会什么的有的话给我发个通知');
    expect(replyText(turn)).toContain('团拜会');
    expect(replyText(turn)).toContain('订阅');
  });
});

describe('asking for a relative', () => {
  it('"帮他订个活动通知 手机号… 是他的" subscribes this chat (the number is not needed), not a refusal of others\' data', async () => {
    const turn = await talk('c40-sub-son').turn('帮他订个活动通知 手机号13477203516 是他的');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('不用留电话');
  });

  it('a relative\'s number with nothing said of their agreeing is not kept; with "他晓得" it is', async () => {
    const u = talk('c40-lead-dad');
    await u.turn('那帮他登记一下 电子元件项目 放荆州经开区 投一个亿左右');
    const turn = await u.turn('联系电话填他的13902951176 他姓周');
    expect(replyText(turn)).toContain('要他本人同意');
    expect((u.values() as Record<string, unknown>).phone).toBeUndefined();
    const b = talk('c40-book-husband');
    await b.turn('帮他约个导师 电商');
    await b.turn('1');
    await b.turn('最早的');
    await b.turn('电话写13612780943 我老公的 他晓得');
    expect((b.values() as Record<string, unknown>).phone).toBe('13612780943');
  });

  it('"你们会把他电话给别的企业吗" is answered with who sees the data', async () => {
    const turn = await talk('c40-who-sees').turn('你们会把他电话给别的企业吗');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('只有本服务的管理员');
  });

  it('"好 我跟他说一声" while times are offered: the booking waits, no "没看懂"; "他说第一个可以" picks it', async () => {
    const u = talk('c40-ask-son');
    await u.turn('帮他约个导师聊聊 电商');
    await u.turn('1');
    await u.turn('都可以');
    const wait = await u.turn('好 我跟他说一声');
    expect(replyText(wait)).toContain('不急');
    expect(replyText(wait)).not.toContain('没看懂');
    await u.turn('他说第一个可以');
    expect(u.step()).toBe('phone');
  });

  it('"就第一个时段" while the way to meet is asked: the earliest times, not "you have no bookings"', async () => {
    const u = talk('c40-first-slot');
    await u.turn('直接给我约个懂贷款的老师吧');
    const turn = await u.turn('就第一个时段');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).not.toContain('没有待进行的预约');
  });
});

describe('words that looked like something else', () => {
  it('"这么大年纪还能参加创业培训吗" is about training, not the Spring Festival (大年)', async () => {
    const turn = await talk('c40-age').turn('这么大年纪还能参加创业培训吗 有没有年龄限制');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toContain('春节');
  });

  it('"政府能帮他贷点款不" is the loans\' article', async () => {
    const turn = await talk('c40-loan-bit').turn('我儿子想回洪湖开个卤菜店 本钱不够 政府能帮他贷点款不');
    expect(replyText(turn)).toContain('30万元');
  });

  it('"银行有没有那种见面会 我们想当面谈" is no mentor booking', async () => {
    const turn = await talk('c40-bank-meet').turn('银行有没有那种见面会 我们想当面谈');
    expect(turn.intent).not.toBe('consult.book');
  });

  it('"应该冇得事" (no problem) asks nothing', async () => {
    const { soundsLikeQuestion } = await import('../../src/dialogue/question.ts');
    expect(soundsLikeQuestion('你先填上 应该冇得事')).toBe(false);
    expect(soundsLikeQuestion('有冇得补贴')).toBe(true);
  });
});

describe('counts and lists', () => {
  it('"最后一条 人才那块 今年去外地推介几次" after the measures: the row named, not the ninth counted', async () => {
    const u = talk('c40-last-named');
    await u.turn('返乡创业方案一共几条措施 标题列一下');
    const turn = await u.turn('最后一条 人才那块 今年去外地推介几次');
    expect(replyText(turn)).toContain('不少于3次');
  });

  it('"How many people are in that database now?" is the merchants\' database of 2239 names', async () => {
    const turn = await talk('c40-db-en').turn('How many people are in that database now?');
    expect(replyText(turn)).toContain('2239');
  });

  it('"给我开个活动提醒" subscribes to the notices', async () => {
    expect((await talk('c40-remind').turn('给我开个活动提醒')).intent).toBe('notice.subscribe');
  });

  it('"都有哪几种培训" is the training article, not the subsidies list', async () => {
    expect(replyText(await talk('c40-kinds').turn('都有哪几种培训 名字列一下'))).toContain('马兰花');
  });
});

describe('changing the subject and coming back', () => {
  it.each([
    '今天荆州落雨冇',
    '我明天开车去石首 路上堵不堵',
    '今天92号油好多钱一升',
    "hmm what's the USD to RMB rate today",
    '我们办公室空调坏了 你晓得找哪个修不',
  ])('"%s" is refused as off the programme', async (text) => {
    expect((await talk(`c40-off-${text}`).turn(text)).intent).toBe('out_of_scope');
  });

  it('"回来开个修手机的店 要么手续" is a business like any, not a repair asked for', async () => {
    expect((await talk('c40-repair-shop').turn('我儿子说回来开个修手机的店 要么手续')).intent).toBe('policy.ask');
  });

  it('"ok forget the mentor for now" leaves the booking; "let\'s do the mentor booking after all" starts it again', async () => {
    const u = talk('c40-forget-en');
    await u.turn('Can I book a mentor to talk about starting a crayfish farm back home in Honghu?');
    const left = await u.turn('ok forget the mentor for now');
    expect(u.step()).toBeUndefined();
    expect(replyText(left)).toContain('called off');
    expect((await u.turn("fine, let's do the mentor booking after all, anything this weekend?")).intent).toBe('consult.book');
  });

  it('"召集人呢" while a hand-off waits is a question about the conveners, not "is anyone there"', async () => {
    const u = talk('c40-convener-waiting');
    await u.turn('你们这个机器人答得驴唇不对马嘴 我问三遍了 叫个人来');
    await u.turn('联席会议总召集人是哪个');
    const turn = await u.turn('召集人呢');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('沈先武');
    expect((await u.turn('人呢')).intent).toBe('handoff.human');
  });
});

describe('two documents that differ', () => {
  it('the bank meetings: the plan says at least 1 a year per locality, the 2025 task list at least 2; both are said', async () => {
    const u = talk('c40-bank-meetings');
    const first = replyText(await u.turn('政银企对接会一年开几次'));
    expect(first).toContain('不少于1次');
    expect(first).toContain('不少于2次');
    const again = replyText(await u.turn('你说的跟任务清单对不上啊 到底几次'));
    expect(again).toContain('不少于2次');
    expect(again).toContain('不少于1次');
  });
});

describe('what a consultation costs', () => {
  it.each(['约导师要钱不', '预约导师免费吗', 'do mentors charge anything?'])(
    '"%s" is answered (the plan does not say), no booking started',
    async (text) => {
      const u = talk(`c40-cost-${text}`);
      const turn = await u.turn(text);
      expect(turn.intent).toBe('policy.ask');
      expect(replyText(turn)).toMatch(/没有写明找创业导师或专家咨询是否收费|does not specify whether it is charged/);
      expect(u.step()).toBeUndefined();
    },
  );

  it('"等哈 这个专家咨询收钱不" in a booking is answered from the mentors\' article, and the booking goes on', async () => {
    const u = talk('c40-cost-form');
    await u.turn('帮我约个导师 电商 线上');
    const turn = await u.turn('等哈 先问一句 这个专家咨询收钱不');
    expect(replyText(turn)).toContain('是否收费');
    expect(replyText(turn)).toContain('继续刚才的预约');
  });

  it('"你们能不能约个创业老师帮我们看看 要收钱吗": the booking asked for outright starts', async () => {
    const turn = await talk('c40-cost-book').turn('开店的事我一窍不通 你们能不能约个创业老师帮我们看看 要收钱吗');
    expect(turn.intent).toBe('consult.book');
  });
});

describe('data and complaints, in few words', () => {
  it('"我不想你们留我电话了" and "我要注销" ask to delete; "我的号码别给别人" is told who sees it', async () => {
    expect((await talk('c40-no-keep').turn('我不想你们留我电话了')).intent).toBe('privacy.delete');
    expect(replyText(await talk('c40-deregister').turn('我要注销'))).toContain('确认删除');
    const who = replyText(await talk('c40-not-others').turn('我的号码别给别人'));
    expect(who).toContain('只有本服务的管理员');
    expect(who).not.toContain('确认删除');
  });

  it('"我要找领导" asks for a person', async () => {
    expect((await talk('c40-leader').turn('我要找领导')).intent).toBe('handoff.human');
  });
});

describe('notices in English', () => {
  it('"no more updates please" stops the notices', async () => {
    const u = talk('c40-no-more');
    await u.turn('please keep me posted about events');
    expect((await u.turn('no more updates please')).intent).toBe('notice.unsubscribe');
  });
});

describe('a list written over several facts', () => {
  it('"联席会议成员单位有哪些" gives every member line, the last (金融监管分局, 产投集团) too', async () => {
    const reply = replyText(await talk('c40-members').turn('联席会议成员单位有哪些 我要做个通讯录'));
    expect(reply).toContain('市委宣传部');
    expect(reply).toContain('市招商中心');
    expect(reply).toContain('荆州金融监管分局');
    expect(reply).toContain('市产投集团');
  });

  it('"召集人都是哪几位" still names the two conveners (facts opening alike but listing nothing are no list)', async () => {
    const reply = replyText(await talk('c40-conveners').turn('联席会议召集人都是哪几位'));
    expect(reply).toContain('李敢');
    expect(reply).toContain('沈先武');
  });
});

describe('the joint meeting, asked whether it lasts', () => {
  it('"这个联席会议是一直都有的吗" after its office is the article on its end', async () => {
    const u = talk('c40-lasts');
    await u.turn('联席会议办公室设在哪里');
    expect(replyText(await u.turn('这个联席会议是一直都有的吗'))).toContain('撤销');
  });
});
