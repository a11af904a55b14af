/**
 * Issue 12, continued: failure kinds seen on blind dialogue set 10 (opened as a dev set once blind 12 and 13 were
 * written), each written here in our own words. A guest count is not an event count, annoyance then "关掉" stops
 * notices, what one told the bot is deleted on request, "挂个号" books, "定了告诉我" subscribes, a date asked after
 * events stays an events question, "里头" points at the topic, another city's targets in English are refused, and the
 * 一号通 line's number is a contact question the plan answers honestly.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';
import { readFollowUp } from '../../src/dialogue/context.ts';

const REFUSAL = /帮不上忙|没看懂|cannot help/;

describe('events', () => {
  it('"带几个朋友去" counts guests, not events: when a brand event is held is an events question', async () => {
    const [turn] = await conversation('e1', ['楚商大会今年么时候开 我想带几个朋友一起去']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).toContain('楚商大会');
  });

  it('"每年办几个" is still a count of the plan, not a date', async () => {
    const [turn] = await conversation('e2', ['楚商回乡招商活动市里每年办几个']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('after a festival answer, "哪天定了没" asks the date of those events', async () => {
    const [, turn] = await conversation('e3', ['中秋节有冇得招商活动', '具体哪天定了没有']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).not.toMatch(REFUSAL);
  });

  it('a date asked after a policy answer stays a policy question', async () => {
    const [, turn] = await conversation('e4', ['礼聘招商大使是么回事', '几时完成']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('"日子定了发个消息给我" subscribes', async () => {
    const [, turn] = await conversation('e5', ['国庆节有冇得活动', '日子定了发个消息给我']);
    expect(turn!.intent).toBe('notice.subscribe');
  });
});

describe('notices and data', () => {
  it('"天天给我推 烦死了 关掉" unsubscribes, it does not subscribe', async () => {
    const [, turn] = await conversation('n1', ['订阅活动通知', '你们老是给我推东推西 烦死了 关掉']);
    expect(turn!.intent).toBe('notice.unsubscribe');
  });

  it('"前面我讲的那些都给我删了" asks to delete what was told', async () => {
    const [turn] = await conversation('n2', ['前面我讲的那些都给我删了']);
    expect(turn!.intent).toBe('privacy.delete');
    expect(replyText(turn!)).toContain('确认删除');
  });
});

describe('booking', () => {
  it('"帮我挂个号" after the mentors books a consultation', async () => {
    const [, turn] = await conversation('b1', ['创业导师是么回事', '那帮我挂个号 想问下开民宿的事']);
    expect(turn!.intent).toBe('consult.book');
  });

  it('a hospital appointment is another service’s business', async () => {
    const [turn] = await conversation('b2', ['帮我在医院挂个号']);
    expect(turn!.intent).toBe('out_of_scope');
  });
});

describe('pointing and places', () => {
  it('"里头" points at the topic: a unit asked about after the member list gets that list', async () => {
    expect(readFollowUp('市商务局在里头冇')).toMatchObject({ kind: 'elliptical' });
    const [, turn] = await conversation('p1', ['联席会议成员单位有哪些', '市商务局在里头冇']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('成员');
  });

  it('the pointing test gives the same answer when asked twice in a row (no state kept between calls)', () => {
    expect(readFollowUp('那个在里头冇')).toEqual(readFollowUp('那个在里头冇'));
  });

  it.each(["How do Wuhan's subsidies compare?", 'Can you compare this with Changsha?', "What are Shenzhen's startup loans like?"])(
    '"%s" asks about another city and is refused',
    async (text) => {
      const [turn] = await conversation(`p2-${text}`, [text]);
      expect(turn!.intent).toBe('out_of_scope');
    },
  );

  it('living elsewhere is not asking about elsewhere', async () => {
    const [turn] = await conversation('p3', ['I run a shop in Shenzhen. What subsidies does Jingzhou give returnees?']);
    expect(turn!.intent).toBe('policy.ask');
  });
});

describe('contacts', () => {
  it('the 一号通 line’s number: a contact question, answered that the plan gives none, with the office it does give', async () => {
    const [turn] = await conversation('c1', ['招商专线一号通号码是好多']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('没有公布号码');
    expect(replyText(turn!)).toContain('8514460');
  });

  it('where the office is set up ("挂在哪个单位") is a fact of the plan', async () => {
    const [turn] = await conversation('c2', ['联席会议办公室挂在哪个单位']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('市人社局');
  });
});
