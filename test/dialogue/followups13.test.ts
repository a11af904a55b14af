/**
 * Kinds of turns found failing in blind sets 51-53 (dialect speakers, precise askers, a mix of users), each in our
 * own words: a recommendation asked for is no subscription, a one-character goodbye, a follow-up followed by what one
 * means to do, "which office runs this" in English, a count asked of the talent directory.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('words that looked like other requests', () => {
  it.each(['你帮我推荐只股票 最近手上有点钱', '给我推荐几个好点的理财'])(
    '"%s" asks for a recommendation off the domain: no subscription',
    async (text) => {
      const [turn] = await conversation(`f13-r-${text.length}`, [text]);
      expect(turn!.intent).toBe('out_of_scope');
      expect(replyText(turn!)).not.toMatch(/订阅成功/);
    },
  );

  it('"有新活动推给我" still subscribes', async () => {
    const [turn] = await conversation('f13-push', ['有新活动推给我']);
    expect(turn!.intent).toBe('notice.subscribe');
  });

  it('"拜" alone is a goodbye; "拜年" is not', async () => {
    const [bye] = await conversation('f13-bye', ['拜']);
    expect(bye!.intent).toBe('greet');
    const [newYear] = await conversation('f13-bainian', ['拜年']);
    expect(newYear!.intent).not.toBe('greet');
  });
});

describe('follow-ups with more said after them', () => {
  it('"这个归哪个单位管 我想上门找他们" after the ambassadors gives the ambassadors\' units', async () => {
    const [, turn] = await conversation('f13-units', ['招商大使是做么事的', '这个归哪个单位管 我想上门找他们']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('市招商中心');
  });

  it('"Which office runs this?" after an English answer gives that topic\'s units', async () => {
    const [, turn] = await conversation('f13-en-units', [
      'How many Chushang liaison stations is Jingzhou setting up?',
      'Which office runs this?',
    ]);
    expect(replyText(turn!)).toContain('Investment Promotion Centre');
  });
});

describe('a count asked of the talent directory', () => {
  it('"名录库里收录了几个人" gives the 2239 entries', async () => {
    const [turn] = await conversation('f13-2239', ['楚商楚才名录库里收录了几个人']);
    expect(replyText(turn!)).toContain('2239');
  });
});

describe('a figure of a thing another entry is about', () => {
  it('"全市有多少创业平台" after the overall goals (which list 创业平台 among five things) gives the 41 platforms', async () => {
    const [, turn] = await conversation('f13-platforms', ['返乡创业今年总的目标是啥', '全市一共有多少创业平台']);
    expect(replyText(turn!)).toContain('41个');
  });

  it('"How many people are in that database?" after the Chushang directory stays on it', async () => {
    const [, turn] = await conversation('f13-db', [
      'My family are overseas Chinese traders in Penang. Does Jingzhou keep a directory of Chushang entrepreneurs abroad?',
      'How many people are in that database already?',
    ]);
    expect(replyText(turn!)).toContain('2239');
  });
});

describe('a bare term after an answer', () => {
  it('"利息" alone after a loan answer asks about the loans\' interest, which the plan does not give', async () => {
    const [, turn] = await conversation('f13-bare', ['个人创业贴息贷款最多能贷多少', '利息']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toMatch(/文件没有写明/);
  });

  it('a bare word off the domain after an answer is still refused', async () => {
    const [, turn] = await conversation('f13-bare-off', ['个人创业贴息贷款最多能贷多少', '彩票']);
    expect(turn!.intent).toBe('out_of_scope');
  });
});
