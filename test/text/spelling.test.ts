/** English slips read as the words meant: only words that are no English word, and near a word of the domain. */
import { describe, expect, it } from 'vitest';
import { createEnglishSpelling, slipsBetween } from '../../src/text/spelling.ts';
import { KNOWLEDGE_DIR, replyText, talk } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const understanding = sharedUnderstanding(KNOWLEDGE_DIR);

describe('slips between two words', () => {
  it('counts a letter added, dropped, changed, or two side by side swapped as one', () => {
    expect(slipsBetween('mentorr', 'mentor', 2)).toBe(1);
    expect(slipsBetween('projet', 'project', 2)).toBe(1);
    expect(slipsBetween('evnet', 'event', 2)).toBe(1);
    expect(slipsBetween('laon', 'loan', 2)).toBe(1);
    expect(slipsBetween('oppurtunty', 'opportunity', 2)).toBe(2);
    expect(slipsBetween('market', 'markus', 1)).toBe(2);
    expect(slipsBetween('a', 'abcdef', 2)).toBe(3);
  });
});

describe('English spelling', () => {
  const spelling = createEnglishSpelling(
    new Map([
      ['business', 3],
      ['register', 2],
      ['project', 2],
      ['plan', 9],
      ['with', 9],
      ['which', 1],
    ]),
    ['cypx'],
  );

  it('reads a misspelt word as the domain word one or two slips away, and says so', () => {
    const fixed: string[] = [];
    expect(spelling.correct('i want registr my projet for bisness', fixed)).toBe('i want register my project for business');
    expect(fixed).toEqual(['registr→register', 'projet→project', 'bisness→business']);
  });

  it('of words as near, prefers the one the slip left a letter out of ("wich": which, not with)', () => {
    expect(spelling.correct('wich one')).toBe('which one');
  });

  it('leaves real English words, names, shorthand and short words alone', () => {
    expect(spelling.correct('we plant trees in paris')).toBe('we plant trees in paris');
    expect(spelling.correct('I am Markus from Berlin')).toBe('I am Markus from Berlin');
    expect(spelling.correct('cypx plnn thx')).toBe('cypx plnn thx');
  });
});

describe('misspelt English in conversation', () => {
  it('the analyser reads the slips as the plan\'s words ("subcribe event notise" subscribes)', async () => {
    expect(understanding().analyzer.analyze('i want registr my projet').said).toBe('i want register my project');
    const turn = await talk('spell-sub').turn('subcribe event notise pls');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toMatch(/^Subscribed/);
  });

  it('"what is investmen ambasador?" is the ambassadors\' article, not refused', async () => {
    const turn = await talk('spell-amb').turn('what is investmen ambasador?');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toMatch(/^\[Investment ambassadors\]/);
  });
});

describe('a flood of made-up words', () => {
  it('looks up at most forty new words a message, however many it holds', () => {
    const name = (i: number) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ume`;
    const spelling = createEnglishSpelling(new Map(Array.from({ length: 500 }, (_, i) => [name(i), 1] as const)));
    // Each word one slip from a word of the vocabulary (its last letter doubled): all could be put right.
    const fixed: string[] = [];
    spelling.correct(Array.from({ length: 500 }, (_, i) => `${name(i)}e`).join(' '), fixed);
    expect(fixed).toHaveLength(40);
    // The next message gets its own forty.
    spelling.correct(Array.from({ length: 500 }, (_, i) => `${name(i)}e`).join(' '), fixed);
    expect(fixed.length).toBeGreaterThanOrEqual(80);
  });
});
