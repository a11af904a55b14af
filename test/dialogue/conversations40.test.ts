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
