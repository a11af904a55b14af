/**
 * Conversations of the forty-second session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyLanguage } from '../../src/text/language.ts';
import { replyText, talk } from '../helpers.ts';

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
