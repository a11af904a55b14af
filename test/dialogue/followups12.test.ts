/**
 * Kinds of turns found failing in blind sets 37 and 38 (merchants; chatty users who wander), each in our own words:
 * small talk during a topic, a salutation to "客服" before a question, asking whether the bot is a person, booking
 * details that name the way of meeting, a booking made and checked, notices complained of and turned off.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('small talk during a topic', () => {
  it.each(['你觉得最近黄金能不能买', '你说这鬼天气热不热', '你晓得哪家火锅好吃不'])(
    '"%s" after a question about loans is refused, not offered entries',
    async (text) => {
      const [, turn] = await conversation(`s12-${text}`, ['创业担保贷款最多贷多少', text]);
      expect(turn!.intent).toBe('out_of_scope');
      expect(replyText(turn!)).not.toMatch(/请回复数字/);
    },
  );

  it('a real follow-up that matches nothing well still gets the nearest entries or the honest answer', async () => {
    const [, turn] = await conversation('s12-real', ['创业担保贷款最多贷多少', '那利息要自己出好多']);
    expect(turn!.intent).toBe('policy.ask');
  });
});

describe('who the user talks to', () => {
  it('"客服您好" before a question is the question; "客服你好 帮我转人工" asks for a person', async () => {
    const [question] = await conversation('s12-k1', ['客服您好 我在东莞做家具 想回石首建厂 有么扶持没']);
    expect(question!.intent).toBe('policy.ask');
    const [person] = await conversation('s12-k2', ['客服你好 帮我转人工']);
    expect(person!.intent).toBe('handoff.human');
  });

  it.each(['你到底是不是真人啊', '说话挺客气 你真的不是真人吗'])('"%s" asks what the bot is: a greeting, no ticket', async (text) => {
    const [turn] = await conversation(`s12-p-${text.length}`, [text]);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).not.toMatch(/工单/);
  });
});

describe('bookings and notices in few words', () => {
  it('"约个导师 线上 下周二下午" books; the way of meeting is no contact question', async () => {
    const [turn] = await conversation('s12-b1', ['约个导师 线上 下周二下午']);
    expect(turn!.intent).toBe('consult.book');
  });

  it('"之前约了个导师 帮我查一下" looks at the booking made', async () => {
    const [turn] = await conversation('s12-b2', ['之前约了个导师 帮我查一下']);
    expect(turn!.intent).toBe('consult.manage');
  });

  it('"这些通知天天发 吵死了 关了吧" turns the notices off', async () => {
    const [turn] = await conversation('s12-n1', ['这些通知天天发 吵死了 关了吧']);
    expect(turn!.intent).toBe('notice.unsubscribe');
  });
});

describe('at the registration’s consent question', () => {
  it('a question with 谁 is answered on the side and the consent asked again', async () => {
    const [, aside] = await conversation('s12-g1', ['想回荆州投资个项目 帮我登记一下', '这个事市里谁负责']);
    expect(aside!.intent).not.toBe('lead.register');
    expect(replyText(aside!)).toContain('负责单位');
    expect(replyText(aside!)).toContain('继续刚才的登记');
  });

  it('"好的 回头联系" leaves it, nothing saved', async () => {
    const [, later] = await conversation('s12-g2', ['想回荆州投资个项目 帮我登记一下', '好的 回头联系']);
    expect(replyText(later!)).toMatch(/已取消登记|没有保存/);
  });
});

describe('colloquial and English wording of the plan’s names', () => {
  it.each([
    ['老乡回去开个小店 一个人能带好多款', '30万元'],
    ['就是那种一下子给一笔钱的补贴', '一次性创业补贴'],
    ['我想先学点东西再创业 免得亏本', '培训'],
    ['Is there a database of merchants from Jingzhou?', '2239'],
  ])('"%s" is answered with %s', async (text, fact) => {
    const [turn] = await conversation(`s12-w-${text.length}`, [text]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain(fact);
  });
});

describe('someone saying who they are, asking nothing yet', () => {
  it.each(['各位好 本人在宁波跑货车十年了 老家松滋', '嗨 我是石首人 在东莞打工'])('"%s" is welcomed, not refused', async (text) => {
    const [turn] = await conversation(`s12-i-${text.length}`, [text]);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).not.toContain('帮不上忙');
  });

  it('an introduction with a question is the question', async () => {
    const [turn] = await conversation('s12-i-q', ['我是监利的 想问下创业贷款能贷多少']);
    expect(turn!.intent).toBe('policy.ask');
  });
});

describe('English wording', () => {
  it('"interest-subsidised loans" names the loans: their caps are given, no "the plan does not specify the interest rate"', async () => {
    const [turn] = await conversation('s12-e1', ['what are the interest-subsidised loan caps for individuals and small businesses?']);
    expect(replyText(turn!)).toContain('300,000');
    expect(replyText(turn!)).not.toContain('does not specify the interest rate');
  });

  it('"entrepreneurship platforms" are the plan’s 创业平台, also after a request for English', async () => {
    const [turn] = await conversation('s12-e2', [
      'my partners are reading along so English please. How many entrepreneurship platforms does Jingzhou have?',
    ]);
    expect(replyText(turn!)).toContain('41');
  });
});

describe('the unit the question is about comes first', () => {
  it('"孩子上学归哪个部门" names 市教育局 first; in English too', async () => {
    const [, zh] = await conversation('s12-u1', ['楚商回乡孩子上学有么保障', '孩子上学这块归哪个部门管']);
    expect(replyText(zh!)).toMatch(/负责单位:市教育局/);
    const [en] = await conversation('s12-u2', ['Which office handles the schooling part for returning investors?']);
    expect(replyText(en!)).toMatch(/Responsible: Jingzhou Municipal Education Bureau/);
  });

  it('a question naming no unit’s work keeps the document’s order', async () => {
    const [turn] = await conversation('s12-u3', ['楚商回乡投资指引是哪个单位编的']);
    expect(replyText(turn!)).toMatch(/市招商中心/);
    expect(replyText(turn!)).not.toMatch(/负责单位:市教育局/);
  });
});
