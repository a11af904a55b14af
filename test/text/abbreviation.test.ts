/**
 * Pinyin shorthand typed on a phone ("dk能贷多少", "zsds有啥待遇", "bi ye") is read as the words it stands for, and
 * nothing else is: English, mail addresses, upper-case acronyms and words of other scripts keep their letters.
 * Unit cases on the reader, then whole conversations through the bot. Our own wordings, in no training file.
 */
import { describe, expect, it } from 'vitest';
import { createAbbreviations } from '../../src/text/abbreviation.ts';
import { KNOWLEDGE_DIR, replyText, talk } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const understanding = sharedUnderstanding(KNOWLEDGE_DIR);
const normalize = (text: string) => understanding().analyzer.normalize(text);

describe('the shorthand reader', () => {
  const reader = createAbbreviations(['政策', '职称', '贷款', '谢了', '毕业'], ['招商大使'], ['hq']);

  it('reads first letters and toneless pinyin, the first listed word owning a key', () => {
    expect(reader.expand('zc有哪些')).toBe('政策有哪些');
    expect(reader.expand('dk能贷多少')).toBe('贷款能贷多少');
    expect(reader.expand('zsds咋当')).toBe('招商大使咋当');
    expect(reader.expand('xie le')).toBe('谢了');
    expect(reader.expand('刚bi ye')).toBe('刚毕业');
  });

  it('reads 万 after a figure', () => {
    expect(reader.expand('贷30w够不够')).toBe('贷30万够不够');
  });

  it('leaves English, mail addresses, acronyms and the lexicon’s own English alone', () => {
    expect(reader.expand('what is the zc for returnees')).toBe('what is the zc for returnees');
    expect(reader.expand('发到930208769@qq.com')).toBe('发到930208769@qq.com');
    expect(reader.expand('在深圳搞IT的 ZC呢')).toBe('在深圳搞IT的 ZC呢');
    expect(reader.expand('我们hq在上海')).toBe('我们hq在上海');
    expect(reader.expand('荆州 native here')).toBe('荆州 native here');
    expect(reader.expand('搞it的')).toBe('搞it的');
    expect(reader.expand('ok dk多少')).toBe('ok 贷款多少');
  });

  it('names each replacement for the tools that show how a message was read', () => {
    const replaced: string[] = [];
    reader.expand('dk和zc', replaced);
    expect(replaced).toEqual(['dk→贷款', 'zc→政策']);
  });
});

describe('the lexicon’s shorthand in the bot’s normaliser', () => {
  it.each([
    ['cyyq能进不 场地fy咋算', '创业园区'],
    ['lxhy的bgs在哪', '联席会议的办公室'],
    ['fxcy dk最多多少', '返乡创业 贷款'],
    ['qm回jz有啥hd', '清明回荆州有什么活动'],
    ['lstd是哪个jc的', '绿色通道是哪个机场的'],
  ])('%s', (text, reading) => {
    expect(normalize(text)).toContain(reading);
  });

  it('keeps an English courtesy as it is', () => {
    expect(normalize('nice ty')).toBe('nice ty');
  });
});

describe('conversations in shorthand', () => {
  it('answers a loan question and its follow-up in shorthand', async () => {
    const u = talk('shorthand-loans');
    const first = await u.turn('jz fxcy dk个人最多多少');
    expect(first.intent).toBe('policy.ask');
    expect(replyText(first)).toContain('30万');
    expect(replyText(await u.turn('xwqy呢'))).toContain('500万');
  });

  it('answers the ambassadors’ and the joint office’s questions, and a goodbye', async () => {
    const u = talk('shorthand-ambassadors');
    expect(replyText(await u.turn('zsds有啥dy'))).toContain('绿色通道');
    expect(replyText(await u.turn('lxhy bgs dh多少'))).toContain('8514460');
    expect((await u.turn('bb')).intent).toBe('greet');
  });

  it('"ok xx" (好 谢谢) is thanks in Chinese, not English', async () => {
    const turn = await talk('shorthand-thanks').turn('ok xx');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toMatch(/[\u4e00-\u9fff]/);
    expect(replyText(turn)).not.toMatch(/[A-Za-z]{4,}/);
  });
});
