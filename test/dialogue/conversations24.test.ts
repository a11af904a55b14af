/**
 * Conversations found failing in the blind sets of the twenty-second session (yes/no askers, people who mix up places
 * and names, assistants checking clauses for a boss), each in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

/** A registration asked for, consented to and a name given: the next step of the registration is asked. */
async function toRegistrationAfterName(u: ReturnType<typeof talk>): Promise<void> {
  for (const text of ['我想回来投资 帮我登记', '同意', '李红梅']) await u.say(text);
}

/** A booking asked for and its topic, way of meeting and time chosen (the first of each): the phone is asked next. */
async function toPhoneStep(u: ReturnType<typeof talk>): Promise<void> {
  await u.say('能不能帮我约个创业导师');
  for (const pick of ['1', '1', '1']) await u.say(pick);
}

describe('where something is written, asked of the topic', () => {
  it.each([
    '这是方案第几条',
    '是哪一条',
    '第几条 原文标题',
    '这个在返乡创业方案第几条 标题叫啥',
    '原文是怎么说的 发下原话',
    '这是哪一条 责任单位是谁',
  ])('"%s" after the labour-brand award gives that article with its source', async (ask) => {
    const u = talk(`c24-source-${ask}`);
    expect(await u.say('劳务品牌领军企业评上了奖多少')).toContain('10万元');
    const turn = await u.turn(ask);
    expect(turn.intent).toBe('policy.ask');
    const reply = replyText(turn);
    expect(reply).toContain('高效化赋能劳务品牌引领');
    expect(reply).toContain('依据');
    expect(reply).not.toContain('2%');
    expect(reply).not.toContain('最接近');
  });

  it('"这条的责任单位发我" names the units and subscribes the user to nothing', async () => {
    const u = talk('c24-source-units');
    await u.say('租厂房买设备有补贴吗');
    const turn = await u.turn('这条的责任单位发我');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('负责单位');
    expect(u.app.subscriptions.get('test:c24-source-units')?.active ?? false).toBe(false);
  });

  it('a clause asked with a topic of its own is that topic, not the last one', async () => {
    const u = talk('c24-source-own-topic');
    await u.say('劳务品牌领军企业评上了奖多少');
    const reply = await u.say('创业担保贷款是方案第几条');
    expect(reply).toContain('创业担保贷款');
    expect(reply).not.toContain('高效化赋能劳务品牌引领');
  });
});

describe('yes/no follow-ups about the counties', () => {
  it('"是不是每个县都有" after the Qingming events gives the counties’ figure', async () => {
    const u = talk('c24-each-county-has');
    await u.say('清明荆州有没有楚商的活动');
    const turn = await u.turn('是不是每个县都有');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('不少于2场');
  });

  it('"县里是不是也4场" after the city’s events gives the counties’ 6', async () => {
    const u = talk('c24-county-also');
    expect(await u.say('市里一年搞几场招商活动 是不是4场')).toContain('4场次');
    expect(await u.say('县里是不是也4场')).toContain('6场次');
  });

  it('"是全市统一的吗" after the equipment subsidy says the counties set their own', async () => {
    const u = talk('c24-citywide');
    await u.say('租厂房买设备有补贴不');
    const reply = await u.say('是全市统一的吗');
    expect(reply).toContain('结合实际');
    expect(reply).not.toContain('最接近');
  });
});

describe('notices asked for, and not', () => {
  it.each(['订一下活动通知', '有培训了发个消息给我'])('"%s" subscribes', async (ask) => {
    const u = talk(`c24-subscribe-${ask}`);
    const turn = await u.turn(ask);
    expect(turn.intent).toBe('notice.subscribe');
    expect(u.app.subscriptions.get(`test:c24-subscribe-${ask}`)?.active).toBe(true);
  });

  it('"推的是荆州的吧 莫推荆门的" keeps the subscription, and not narrowed to 荆门', async () => {
    const u = talk('c24-not-jingmen');
    await u.say('以后有活动推给我');
    const turn = await u.turn('推的是荆州的吧 莫推荆门的');
    expect(turn.intent).toBe('notice.subscribe');
    const kept = u.app.subscriptions.get('test:c24-not-jingmen');
    expect(kept?.active).toBe(true);
    expect(replyText(turn)).not.toContain('荆门');
  });

  it('"能把他们的发我参考下不" about another city’s film subscribes to nothing', async () => {
    const u = talk('c24-not-yichang');
    const turn = await u.turn('宜昌那边纪录片拍得好 能把他们的发我参考下不');
    expect(turn.intent).not.toBe('notice.subscribe');
    expect(u.app.subscriptions.get('test:c24-not-yichang')?.active ?? false).toBe(false);
  });
});

describe('short closings are no refusal', () => {
  it.each(['行 够了', '好 我打打看', '我去问问看', '嗯 确认'])('"%s" with nothing open is a goodbye', async (bye) => {
    const u = talk(`c24-bye-${bye}`);
    await u.say('返乡创业贴息贷款最多多少');
    const turn = await u.turn(bye);
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });

  it('"确认" inside a deletion still deletes, and "确定吗" is no goodbye', async () => {
    const u = talk('c24-confirm-delete');
    await u.say('删除我的信息');
    expect((await u.turn('确认')).intent).toBe('privacy.delete');
    expect((await u.turn('确定吗')).intent).not.toBe('greet');
  });
});

describe('questions inside and around forms', () => {
  it('"电话一定要留吗" at the phone step says it is not required and keeps the booking open', async () => {
    const u = talk('c24-phone-required');
    await toPhoneStep(u);
    expect(u.step()).toBe('phone');
    const turn = await u.turn('电话一定要留吗');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('不是必须的');
    expect(replyText(turn)).not.toContain('8514460');
    expect(u.step()).toBe('phone');
    expect(await u.say('不留了')).toContain('确认预约吗');
  });

  it('"我之前留的电话你们还存着没" is a question about their data, and "能删掉不" then asks to delete', async () => {
    const u = talk('c24-data-kept');
    const turn = await u.turn('我之前留的电话你们还存着没');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('删除我的信息');
    expect(replyText(turn)).not.toContain('8514460');
    expect(await u.say('能删掉不')).toContain('确认删除吗');
  });

  it('"培训是免费的吧" is the training, not the ambassadors’ free tours', async () => {
    const u = talk('c24-training-free');
    const reply = await u.say('培训是免费的吧');
    expect(reply).toContain('培训是否收费');
    expect(reply).not.toContain('招商大使');
  });
});

describe('a registration asked for after a few words of assent', () => {
  it('"行 那你帮我登记一下吧 冷链仓储 大概五千万 想放洪湖" starts the registration, not the nearest entries', async () => {
    const u = talk('c24-register-after-assent');
    await u.say('楚商回乡投资指引啥时候出');
    const turn = await u.turn('行 那你帮我登记一下吧 冷链仓储 大概五千万 想放洪湖');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('同意登记吗');
    expect(u.open()).toBe(true);
  });
});

describe('asking whether someone will call', () => {
  it('"石首的 登记了会有人打电话给我吧" in a registration takes the hometown and opens no ticket', async () => {
    const u = talk('c24-will-someone-call');
    await toRegistrationAfterName(u);
    await u.say('13871230465');
    await u.say('电子元件 投资大概五千万');
    const turn = await u.turn('石首的 登记了会有人打电话给我吧');
    expect(turn.intent).toBe('lead.register');
    expect(u.values().hometown).toBe('石首市');
    expect(replyText(turn)).not.toContain('转人工');
    expect(u.app.tickets.openOf('test:c24-will-someone-call')).toBeUndefined();
  });
});

describe('details given before consent', () => {
  it('"周晓梅 电话13871234567" before consent keeps the name as well as the phone', async () => {
    const u = talk('c24-name-before-consent');
    await u.say('帮我登记一下 冷链仓储 大概五千万');
    await u.say('周晓梅 电话13871234567');
    const reply = await u.say('同意');
    expect(reply).not.toContain('怎么称呼您');
    expect(reply).not.toContain('手机号');
  });

  it('"手机 13871234567" is no name', async () => {
    const u = talk('c24-phone-no-name');
    await u.say('帮我登记一下 冷链仓储 大概五千万');
    await u.say('手机 13871234567');
    expect(await u.say('同意')).toContain('怎么称呼您');
  });
});

describe('what the mentor pool is, asked', () => {
  it('"那个导师加辅导员加联络员是搞么的" asks what they are; it starts no booking', async () => {
    const u = talk('c24-mentor-pool-what');
    await u.say('我是个木匠 能参加创业培训不');
    const turn = await u.turn('那个导师加辅导员加联络员是搞么的');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('创业导师');
    expect(u.open()).toBe(false);
  });
});

describe('a confirmation with a word of assent', () => {
  it('"嗯 确认" at a cancellation’s question cancels the booking', async () => {
    const u = talk('c24-cancel-assent');
    await toPhoneStep(u);
    await u.say('不留了');
    expect(await u.say('确认预约')).toContain('预约已提交');
    expect(await u.say('取消预约')).toContain('确认取消');
    const turn = await u.turn('嗯 确认');
    expect(turn.intent).toBe('consult.manage');
    expect(replyText(turn)).toContain('已取消预约');
  });
});

describe('the phone asked in a registration', () => {
  it('"电话一定要留吗" at the registration’s phone step says it is not required and who sees it', async () => {
    const u = talk('c24-lead-phone-required');
    await toRegistrationAfterName(u);
    for (let i = 0; i < 7 && u.step() !== 'phone'; i++) await u.say('1');
    expect(u.step()).toBe('phone');
    const turn = await u.turn('电话一定要留吗');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('不是必须的');
    expect(replyText(turn)).toContain('招商部门');
    expect(u.step()).toBe('phone');
  });
});
