/**
 * Conversations of the thirty-fifth session, in our own words: whether training costs, asked in Chinese and English,
 * and how many names a database holds.
 */
import { describe, expect, it } from 'vitest';
import { splitRequests } from '../../src/dialogue/split.ts';
import { replyText, talk } from '../helpers.ts';

describe('whether the training costs', () => {
  it('"培训免费吗" is the training article saying the plan does not give it, not the ambassadors\' free visits', async () => {
    const turn = await talk('c37-free-zh').turn('培训免费吗');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toMatch(/^文件没有写明培训是否收费/);
    expect(replyText(turn)).toContain('创业培训补贴');
    expect(replyText(turn)).not.toContain('招商大使');
  });

  it('"is it free?" after the training stays on the training and says the plan does not give it', async () => {
    const u = talk('c37-free-en');
    await u.turn('is there entrepreneurship training for returnees?');
    const turn = await u.turn('is it free?');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toMatch(/^The plan does not specify whether it is charged/);
    expect(replyText(turn)).toContain('returnee entrepreneurship training');
    expect(replyText(turn)).not.toMatch(/ambassador|clinic/i);
  });

  it('"is the startup training free?" says so at once', async () => {
    const turn = await talk('c37-free-en2').turn('is the startup training free?');
    expect(replyText(turn)).toMatch(/^The plan does not specify whether it is charged/);
  });
});

describe('how many names a database holds', () => {
  it('"How many people are in it now?" of the database abroad is the 2,239 names, not the talent article', async () => {
    const turn = await talk('c37-db').turn('Is there a database of Jingzhou-born businesspeople abroad? How many people are in it now?');
    expect(replyText(turn)).toContain('2239');
  });
});

describe('notices for several places', () => {
  const personOf = (u: ReturnType<typeof talk>, user: string) => u.app.identities.personOf({ platform: 'test', userId: user });
  const reaches = (u: ReturnType<typeof talk>, user: string, region: string) =>
    u.app.subscriptions.audience({ region }).includes(personOf(u, user));

  it('"只要上海和苏州的 别的城市不用推" narrows to both places; it does not unsubscribe', async () => {
    const u = talk('c37-two');
    await u.turn('订阅活动通知');
    const turn = await u.turn('只要上海和苏州的 别的城市不用推');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('上海、苏州地区和全市的活动通知');
    expect(reaches(u, 'c37-two', '上海')).toBe(true);
    expect(reaches(u, 'c37-two', '苏州')).toBe(true);
    expect(reaches(u, 'c37-two', '深圳')).toBe(false);
  });

  it('a place added ("再加个泉州"), taken off ("泉州的不要了"), asked after ("还订着冇"), and the last one taken off', async () => {
    const u = talk('c37-add');
    expect(await u.say('我们是厦门湖北商会 厦门这边的活动通知能订阅吗')).toContain('厦门地区和全市的活动通知');
    const added = await u.turn('再加个泉州');
    expect(added.intent).toBe('notice.subscribe');
    expect(replyText(added)).toMatch(/^已加上泉州:以后有厦门、泉州地区和全市的活动通知/);
    expect(reaches(u, 'c37-add', '泉州')).toBe(true);
    expect(await u.say('泉州的不要了')).toMatch(/^已去掉泉州:以后有厦门地区和全市的活动通知还会发到这里/);
    expect(reaches(u, 'c37-add', '泉州')).toBe(false);
    expect(reaches(u, 'c37-add', '厦门')).toBe(true);
    expect(await u.say('还订着冇')).toMatch(/^已经订上了:以后有厦门地区和全市的活动通知/);
    expect(await u.say('把厦门去掉')).toMatch(/^您只订了厦门的,去掉后就退订了/);
    expect(u.app.subscriptions.get(personOf(u, 'c37-add'))).toBeUndefined();
  });

  it('"我订阅了吗" with no subscription says so and subscribes to nothing', async () => {
    const u = talk('c37-none');
    expect(await u.say('我订阅了吗')).toMatch(/^您目前没有订阅活动通知/);
    expect(u.app.subscriptions.get(personOf(u, 'c37-none'))).toBeUndefined();
  });

  it('in English: "also Shenzhen" adds it, and "am I still subscribed?" names both places in English', async () => {
    const u = talk('c37-en');
    await u.turn('Subscribe me to event notices for Shanghai');
    expect(await u.say('also Shenzhen')).toMatch(/^Shenzhen added: event notices for Shanghai and Shenzhen/);
    expect(await u.say('am I still subscribed?')).toMatch(/^Yes, you are subscribed: event notices for Shanghai and Shenzhen/);
  });
});

describe('what the bot is, asked', () => {
  it.each(['你是chatgpt吗', '你到底是不是人工智能 回答我', '你是真人还是机器人', '你们这个机器人是哪个公司做的', 'are you a robot?'])(
    '"%s" is told honestly it is the plan\'s assistant, not a person (no hand-over, no refusal)',
    async (text) => {
      const turn = await talk(`c37-who-${text.length}`).turn(text);
      expect(turn.intent).toBe('greet');
      expect(replyText(turn)).toMatch(/不是真人|not a person/);
    },
  );

  it('"我想开个人工智能公司 有补贴吗" asks about subsidies; 人工智能 is no wish for a person', async () => {
    const turn = await talk('c37-ai-company').turn('我想开个人工智能公司 有补贴吗');
    expect(turn.intent).toBe('policy.ask');
  });
});

describe('small talk in the middle of a topic', () => {
  it.each([
    '深圳今天35度 热死了 荆州那边呢',
    "who's the Arsenal manager these days lol",
    '你帮我算哈我儿子么时候能结婚 哈哈',
    '对了荆州哪家奶茶最好喝 我去考察下',
    '明天广州到松滋的大巴几点有',
    '那宜昌那边你晓得不',
    '今天股市咋样 我那个荆州本地股能补仓不',
    '黄鳝苗在哪里买便宜',
    '荆州现在租个房子一个月多少钱',
    "translate 'I'm coming home' into chinese for me",
  ])('"%s" after the loans is refused kindly, not answered with the loans', async (text) => {
    const u = talk(`c37-chat-${text.length}`);
    await u.turn('返乡创业贷款最多多少');
    const turn = await u.turn(text);
    expect(turn.intent).toBe('out_of_scope');
    expect(replyText(turn)).not.toContain('30万元');
  });

  it('"开奶茶店有补贴吗", "招商大使坐高铁有优待吗", "土地可以入股流转吗", "园区房租能减吗" are still the plan\'s', async () => {
    expect((await talk('c37-tea').turn('开奶茶店有补贴吗')).intent).toBe('policy.ask');
    expect(replyText(await talk('c37-share').turn('土地可以入股流转吗'))).toContain('入股');
    expect(replyText(await talk('c37-rent').turn('园区房租能减吗'))).toContain('场租、水电减免');
    expect(replyText(await talk('c37-rail').turn('招商大使坐高铁有优待吗'))).toContain('绿色通道');
  });
});

describe('which language a mentor speaks', () => {
  it('"导师会说英语吗" is answered in Chinese: the plan does not say; it is no request for English', async () => {
    const turn = await talk('c37-lang-zh').turn('导师会说英语吗');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toMatch(/^文件没有写明导师会说哪些语言/);
  });

  it('"will the mentor speak English?" before confirming a booking is answered, and the booking goes on', async () => {
    const u = talk('c37-lang-en');
    for (const text of ["I'd like to book a mentor", 'e-commerce', 'online', '1']) await u.turn(text);
    const turn = await u.turn('Quick q before I confirm - will the mentor speak English?');
    expect(replyText(turn)).toMatch(/^The plan does not say which languages mentors speak/);
    expect(u.open()).toBe(true);
  });

  it('"能用英语回答吗" still switches to English', async () => {
    expect(await talk('c37-lang-switch').say('能用英语回答吗')).toMatch(/^Sure, I will answer in English/);
  });
});

describe('notices for several counties, places changed and typed in a hurry', () => {
  const personOf = (u: ReturnType<typeof talk>, user: string) => u.app.identities.personOf({ platform: 'test', userId: user });

  it('"也加上监利" keeps 洪湖 too; "不要监利的了" takes it off again; "还在订阅吗" changes nothing', async () => {
    const u = talk('c37-counties');
    await u.turn('以后洪湖有活动告诉我一声');
    expect(await u.say('也加上监利')).toMatch(/^已加上监利市:以后有洪湖市、监利市和全市的活动通知/);
    const me = personOf(u, 'c37-counties');
    expect(u.app.subscriptions.audience({ county: '监利市' })).toContain(me);
    expect(u.app.subscriptions.audience({ county: '洪湖市' })).toContain(me);
    expect(u.app.subscriptions.audience({ county: '石首市' })).not.toContain(me);
    expect(await u.say('还在订阅吗')).toMatch(/^已经订上了:以后有洪湖市、监利市和全市的活动通知/);
    expect(await u.say('不要监利的了')).toMatch(/^已去掉监利市:以后有洪湖市和全市的活动通知/);
    expect(u.app.subscriptions.audience({ county: '监利市' })).not.toContain(me);
  });

  it('"换成武汉的" replaces the place; "帮我退掉武汉的" then ends it', async () => {
    const u = talk('c37-swap');
    await u.turn('订阅上海的活动通知');
    const swapped = await u.turn('换成武汉的');
    expect(swapped.intent).toBe('notice.subscribe');
    expect(replyText(swapped)).toContain('武汉地区和全市的活动通知');
    expect(replyText(swapped)).not.toContain('上海');
    expect(await u.say('帮我退掉武汉的')).toMatch(/^您只订了武汉的,去掉后就退订了/);
  });

  it('"定阅活动通之" (定 for 订, 之 for 知) subscribes', async () => {
    const turn = await talk('c37-typo').turn('定阅活动通之');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toMatch(/^订阅成功/);
  });
});

describe('a long story ending in two questions typed with spaces', () => {
  it('the loans and whether the park waives rent are both answered, not the schooling the story mentions', async () => {
    const turn = await talk('c37-story').turn(
      '我是监利的 在东莞电子厂干了十二年 从普工做到拉长 老婆孩子一直在老家 孩子今年上初中了没人管 想回去自己开个小的电子维修加工店 就在镇上 手上有点积续但不够 想问下 一个人回去创业贴息贷款最多能贷好多 园区的场地有冇减免 这些去哪里办',
    );
    expect(replyText(turn)).toContain('30万元');
    expect(replyText(turn)).toContain('场租、水电减免');
  });

  it('"在外楚商有事找谁 有没有联络中心" stays one question ("有没有…" alone leans on what came before)', () => {
    expect(splitRequests('在外楚商有事找谁 有没有联络中心')).toHaveLength(1);
    expect(splitRequests('一个人回去创业贴息贷款最多能贷好多 园区的场地有冇减免')).toHaveLength(2);
  });
});

describe('schooling and headquarters', () => {
  it('"会员小孩跟着回去读书 能安排不" is the plan\'s schooling needs, not refused', async () => {
    const turn = await talk('c37-school').turn('会员小孩跟着回去读书 能安排不');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('子女义务教育');
  });

  it('"想把公司总部搬回荆州" is the liaison stations\' 总部回迁', async () => {
    expect(await talk('c37-hq').say('想把公司总部搬回荆州 有什么政策')).toContain('总部回迁');
  });
});

describe("everyday words for the plan's support", () => {
  it.each([
    ['我想请几个村里的老人帮忙 有补贴没', '吸纳就业补贴'],
    ['进园区的话 场地费咋算', '场租、水电减免'],
    ['有冇政府担保那种 或者保险兜底的', '政府+银行+保险'],
    ['有冇适合我这种冇得文化的项目', '门槛低'],
  ])('"%s" gives %s', async (text, fact) => {
    expect(await talk(`c37-word-${text.length}`).say(text)).toContain(fact);
  });
});

describe('what the project catalogue holds', () => {
  it('"目录里都有啥项目" names the three kinds the catalogue points to and says the plan lists no more', async () => {
    const u = talk('c37-catalogue');
    await u.turn('有冇推荐的创业项目');
    const reply = await u.say('目录里都有啥项目');
    for (const kind of ['家庭农场', '农资供应', '共享农庄']) expect(reply).toContain(kind);
    expect(reply).toContain('文件没有逐一列出');
  });
});
