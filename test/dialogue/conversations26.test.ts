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
