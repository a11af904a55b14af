/**
 * Conversations of the forty-second session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyLanguage } from '../../src/text/language.ts';
import { everyTable, replyText, talk } from '../helpers.ts';

describe('the English name of a Chinese name', () => {
  it("a unit's name: its English name from the entries, said to be ours, not its contacts", async () => {
    const turn = await talk('c44-name-unit').turn("whats the english name for 市招商中心? need it for my dad's email");
    expect(replyText(turn)).toContain('Jingzhou Municipal Investment Promotion Centre');
    expect(replyText(turn)).toContain('not an official one');
    expect(replyText(turn)).not.toContain('8514460');
  });

  it("a programme's name, asked in English or in Chinese", async () => {
    expect(replyText(await talk('c44-name-en').turn('whats 马兰花计划 in english lol'))).toContain('Malan Flower Plan');
    const zh = await talk('c44-name-zh').turn('华创会英文怎么说');
    expect(replyText(zh)).toContain('Huachuang Conference');
    expect(replyText(zh)).toContain('不是官方译名');
  });

  it('a name and a question in one message: the name, then the answer', async () => {
    const turn = await talk('c44-name-more').turn(
      'My uncle just got invited to be a 招商大使 for 荆州. what is that in english and what does it involve?',
    );
    expect(replyText(turn)).toContain('Investment ambassadors');
    expect(replyText(turn)).toContain('[Investment ambassadors]');
  });

  it('"this one in English" names the topic; "say that in English" is the answer again in English', async () => {
    const u = talk('c44-name-topic');
    await u.turn('五个一是什么');
    expect(replyText(await u.turn('这个英文名叫什么'))).toContain('Overall goals of the Chushang homecoming investment plan');
    const again = talk('c44-say-again');
    await again.turn('五个一是什么');
    const turn = await again.turn('Can you say that in English for my business partner?');
    expect(replyText(turn)).toContain('five ones');
    expect(replyText(turn)).not.toContain('In English:');
  });
});

describe('a first message said in English around a Chinese name', () => {
  it('is answered in English; Chinese that asks keeps it Chinese', () => {
    expect(replyLanguage('what is 楚商回乡 exactly?', undefined)).toBe('en');
    expect(replyLanguage('are 侨商 like us overseas included or only mainland ppl', undefined)).toBe('en');
    // (Chinese that asks, "有几家", "是多少": the Chinese is the sentence.)
    expect(replyLanguage('how many incubators 孵化基地有几家', undefined)).toBe('zh');
    expect(replyLanguage('热线 number 是多少', undefined)).toBe('zh');
    // (The conversation's language, when it has one, holds for a real mix.)
    expect(replyLanguage('what is 楚商回乡 exactly?', 'zh')).toBe('zh');
  });

  it('"what is 楚商回乡 exactly" is the plan\'s overall goals, not a list of choices', async () => {
    const turn = await talk('c44-what-is').turn('what is 楚商回乡 exactly?');
    expect(replyText(turn)).toContain('[Overall goals of the Chushang homecoming investment plan]');
    expect(replyText(turn)).not.toContain('Reply with its number');
  });
});

describe('short answers after subscribing or being answered', () => {
  it('"同意 手机就用我注册那个" keeps the subscription and says no number is needed; "订吧" says it is on', async () => {
    const u = talk('c44-sub-phone');
    await u.turn('你们这个能订阅活动通知不 有比赛告诉我');
    const yes = await u.turn('同意 手机就用我注册那个');
    expect(yes.intent).toBe('notice.subscribe');
    expect(replyText(yes)).toContain('不用留电话');
    const again = talk('c44-sub-again');
    await again.turn('端午回监利 有冇得么楚商活动 有的话帮我订个通知');
    const on = await again.turn('订吧');
    expect(on.intent).toBe('notice.subscribe');
    expect(replyText(on)).toContain('已经订上了');
  });

  it('"行 我转告他" is thanks, not out of scope; "我告诉他贷款的事" is not', async () => {
    const u = talk('c44-relay');
    await u.turn('招商大使要报名的话找谁');
    expect((await u.turn('行 我转告他')).intent).toBe('greet');
    expect((await talk('c44-relay-2').turn('好 我跟他说一声')).intent).toBe('greet');
    expect((await talk('c44-relay-3').turn('我告诉他贷款的事')).intent).not.toBe('greet');
  });
});

describe('a plan named as a whole, and its measures by number', () => {
  it('"楚商回乡那个方案有几条措施 列一下" lists the ten measures of that plan (not the eight of the returnee plan)', async () => {
    const u = talk('c44-measures');
    const list = await u.turn('在宁波搞五金的 楚商回乡那个方案有几条措施 列一下 赶时间');
    expect(replyText(list)).toContain('(三)礼聘招商大使');
    expect(replyText(list)).not.toContain('八条措施');
    expect(replyText(await u.turn('第三个呢'))).toContain('100名');
    expect(replyText(await u.turn('第5条具体说说'))).toContain('楚商大会');
    // ("有哪几块": the four parts, not the ten measures.)
    expect(replyText(await talk('c44-parts').turn('那就说荆州的 楚商回乡招商有哪几块'))).toContain('榜样牌');
  });

  it('a list request in a story is asked, but only the facts of one list are read as its parts', async () => {
    const turn = await talk('c44-members').turn('联席会议成员单位有哪些');
    expect(replyText(turn)).toContain('荆州金融监管分局、市产投集团');
  });
});

describe('a figure said names its entry', () => {
  it('"41个创业平台是怎么构成的" after the returnee plan\'s goals is the platforms (the goals name 创业平台 too)', async () => {
    const u = talk('c44-figure');
    await u.turn('返乡创业方案里 今年新增市场主体的目标是多少');
    const turn = await u.turn('说正事 41个创业平台是怎么构成的');
    expect(replyText(turn)).toContain('孵化基地');
    expect(replyText(turn)).not.toContain('八条措施');
  });

  it('a range gives both its ends: "按什么定10万还是20万" stays on the parks', async () => {
    const u = talk('c44-range');
    await u.turn('市级返乡创业园区每个给多少');
    expect(replyText(await u.turn('按什么定10万还是20万'))).toContain('辐射带动');
  });
});

describe("a level's figure that only a task row gives", () => {
  it('"驻外推介服务站每个县至少几个" is task 6\'s 不少于2个, not the article\'s 20个 alone', async () => {
    const turn = await talk('c44-level-row').turn('驻外推介服务站每个县至少几个');
    expect(replyText(turn)).toContain('不少于2个');
  });

  it('"补多少是县里定还是市里定" asks who decides: it stays on the subsidies', async () => {
    const u = talk('c44-level-decides');
    await u.turn('租厂房买设备有补贴没');
    const turn = await u.turn('补多少是县里定还是市里定');
    expect(replyText(turn)).toContain('结合实际');
    expect(replyText(turn)).not.toContain('小龙虾节');
  });
});

describe('a story that ends in two questions', () => {
  it('"…我想送他们去培训 你们那个培训都哪些人可以参加 要交钱不" is the training, not the crayfish festival', async () => {
    const turn = await talk('c44-two-asks').turn(
      '洪湖的 搞小龙虾养殖八九年了 带了二十几户一起养 现在社里几个年轻人想学管理和直播 我想送他们去培训 你们那个培训都哪些人可以参加 要交钱不',
    );
    expect(replyText(turn)).toContain('创业培训补贴');
    expect(replyText(turn)).not.toContain('小龙虾节');
  });
});

describe('inside a form, and right after', () => {
  it('"好 先不删 谢了" after a deletion offer in a registration turns the offer down and goes on; it is no field value', async () => {
    const u = talk('c44-form-keep');
    for (const said of ['我想登记一个投资项目', '同意', '我叫黎红军', '删除我的信息']) await u.turn(said);
    const turn = await u.turn('好 先不删 谢了');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('没有删除任何信息');
    expect(replyText(turn)).toContain('您老家是荆州哪里的');
    // ("先不删" is no hometown either.)
    const v = talk('c44-form-keep-2');
    for (const said of ['我想登记一个投资项目', '同意', '我叫黎红军', '删除我的信息']) await v.turn(said);
    expect(replyText(await v.turn('先不删'))).not.toContain('没认出');
  });

  it('"保存好久 不用的时候能删不" is answered (how long, and how to delete), not offered a deletion', async () => {
    const turn = await talk('c44-keep-long').turn('我那些信息你们保存好久 不用的时候能删不');
    expect(replyText(turn)).toContain('保存到您删除为止');
    expect(replyText(turn)).not.toContain('确认删除吗');
  });

  it('"好的好的 麻烦了啊" at the confirmation is thanks, and the booking is said to be not yet made', async () => {
    const u = talk('c44-confirm-thanks');
    for (const said of ['我要预约导师', '电商', '线上', '明天下午', '不留', '1']) await u.turn(said);
    const turn = await u.turn('好的好的 麻烦了啊');
    expect(replyText(turn)).toContain('还没提交');
    expect(replyText(turn)).not.toContain('没看懂');
  });

  it('"到时候会提醒我不" with a booking made or being made is its reminders, and subscribes to nothing', async () => {
    const u = talk('c44-reminded');
    for (const said of ['我要预约导师', '电商', '线上', '明天下午', '不留', '1', '确认']) await u.turn(said);
    const after = await u.turn('到时候会提醒我不');
    expect(after.intent).toBe('consult.manage');
    expect(replyText(after)).toContain('24小时和1小时');
    const v = talk('c44-reminded-2');
    for (const said of ['我要预约导师', '电商', '线上', '明天下午', '不留', '1']) await v.turn(said);
    const making = await v.turn('谢谢 到时候会提醒我不');
    expect(replyText(making)).toContain('预约确认后');
    expect(replyText(making)).not.toContain('订阅成功');
  });

  it('after subscribing, "同意接收", "Yes, I consent." and "不同意 莫用我电话 就在这个里头通知" keep the subscription', async () => {
    const cases: Array<[string, string]> = [
      ['有活动通知我', '同意接收'],
      ['Okay. Please subscribe me to event notices.', 'Yes, I consent.'],
      ['有活动告诉我', '不同意 莫用我电话 就在这个里头通知'],
    ];
    for (const [i, [first, then]] of cases.entries()) {
      const u = talk(`c44-sub-yes-${i}`);
      await u.turn(first);
      expect((await u.turn(then)).intent).toBe('notice.subscribe');
    }
  });
});

describe('English short replies', () => {
  it('a number abroad for notices is not needed and kept nowhere; "同意" after it keeps the subscription', async () => {
    const u = talk('c44-sub-abroad');
    await u.turn('notify me of events');
    const turn = await u.turn('send to this number pls +65 8765 4321');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('No phone number is needed or kept');
    for (const [name, rows] of Object.entries(everyTable(u.app))) expect(rows, name).not.toMatch(/8765\s?4321/);
    expect((await u.turn('同意')).intent).toBe('notice.subscribe');
  });

  it('"yes confirm" with nothing to confirm is an acknowledgement, not a refusal; "unsub" stops notices', async () => {
    const u = talk('c44-yes');
    await u.turn('What is the max loan?');
    const yes = await u.turn('yes confirm');
    expect(yes.intent).toBe('greet');
    expect(replyText(yes)).toBe('OK. Ask me anything else.');
    const unsub = await talk('c44-unsub').turn('ok last thing - i get your notices but dont want them anymore, unsub');
    expect(unsub.intent).toBe('notice.unsubscribe');
  });
});

describe('a thing named by another of its names', () => {
  it('"那个数据库现在有多少人了" after the five goals is the Chushang database\'s 2239 names', async () => {
    const u = talk('c44-database');
    await u.turn('五个一是什么');
    expect(replyText(await u.turn('那个数据库现在有多少人了'))).toContain('2239名');
  });

  it('"hw many trainees" asks a count', async () => {
    const u = talk('c44-hw');
    await u.turn('what training is there for returnees');
    expect(replyText(await u.turn('hw many trainees is the city aiming for this year'))).toMatch(/1,000|1000/);
  });
});
