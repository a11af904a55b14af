/**
 * Conversations of the thirty-fifth session, in our own words: whether training costs, asked in Chinese and English,
 * and how many names a database holds.
 */
import { describe, expect, it } from 'vitest';
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
