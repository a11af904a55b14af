import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/message.ts';
import type { Inbound } from '../../src/core/message.ts';
import {
  closingLines,
  dialogueReport,
  EvalSetError,
  figures,
  parseCases,
  runCases,
  scoreClassifier,
  TURN_GAP_SECONDS,
} from '../../src/eval/score.ts';
import { makeApp } from '../helpers.ts';

const NOW = new Date('2026-03-02T08:00:00+08:00');
const rows = (...objects: object[]) => objects.map((o) => JSON.stringify(o)).join('\n');

/**
 * A bot that remembers, per user, the list it last showed: "有哪些" shows a list, "第二个" answers its second item,
 * and an ordinal with no list before it is not understood. Every message it receives is kept.
 */
function listBot(): { core: Core; seen: Inbound[] } {
  const seen: Inbound[] = [];
  const lists = new Map<string, string[]>();
  const core: Core = {
    async handle(inbound) {
      seen.push(inbound);
      const me = { platform: inbound.platform, userId: inbound.userId, chatId: inbound.chatId };
      const say = (intent: string, text: string) => ({ intent, sources: [], messages: [{ to: me, text }] });
      if (inbound.text.includes('有哪些')) {
        lists.set(inbound.userId, ['个人创业贷款最高30万元', '合伙创业最高400万元']);
        return say('policy.ask', '1. 个人 2. 合伙');
      }
      const item = inbound.text === '第二个' ? lists.get(inbound.userId)?.[1] : undefined;
      if (item) return say('policy.ask', item);
      if (/谢/.test(inbound.text)) return say('greet', '不客气');
      return say('out_of_scope', '抱歉,这个我帮不上忙。');
    },
  };
  return { core, seen };
}

// Two dialogues, rows of d1 out of turn order: d2 opens with an ordinal that has no list before it.
const SET = rows(
  { dialog: 'd1', turn: 2, text: '第二个', intent: 'policy.ask', facts: [['400万元', '400万']], avoid: ['帮不上忙', '30万元'] },
  { dialog: 'd1', turn: 1, text: '贷款有哪些', intent: 'policy.ask', facts: [['个人']] },
  { dialog: 'd1', turn: 3, text: '多谢', intent: 'greet', avoid: ['帮不上忙'] },
  { dialog: 'd2', turn: 1, text: '第二个', intent: 'policy.ask', alt: ['out_of_scope'], facts: [['400万']], avoid: ['帮不上忙'] },
  { dialog: 'd2', turn: 2, text: '再见', intent: 'greet', alt: ['out_of_scope'] },
);

describe('multi-turn evaluation', () => {
  it('feeds each dialogue from its own user, turns in order a few seconds apart, so an ordinal reads the list before it', async () => {
    const { core, seen } = listBot();
    const results = await runCases(core, parseCases(SET, 'set.jsonl'), () => NOW);

    expect(seen.map((m) => `${m.userId}:${m.text}`)).toEqual([
      'eval-d1:贷款有哪些',
      'eval-d1:第二个',
      'eval-d1:多谢',
      'eval-d2:第二个',
      'eval-d2:再见',
    ]);
    const d1Times = seen.slice(0, 3).map((m) => (m.time.getTime() - NOW.getTime()) / 1000);
    expect(d1Times).toEqual([0, TURN_GAP_SECONDS, 2 * TURN_GAP_SECONDS]);
    expect(results.map(({ c, r }) => `${c.id} ${r.intent} ${r.reply}`)).toEqual([
      'd1#1 policy.ask 1. 个人 2. 合伙',
      'd1#2 policy.ask 合伙创业最高400万元',
      'd1#3 greet 不客气',
      'd2#1 out_of_scope 抱歉,这个我帮不上忙。',
      'd2#2 out_of_scope 抱歉,这个我帮不上忙。',
    ]);
  });

  it('counts strict and lenient intent, fact groups, avoid turns and strings, and turns fully right', async () => {
    const { core } = listBot();
    const results = await runCases(core, parseCases(SET, 'set.jsonl'), () => NOW);
    const f = figures(results);

    expect(f).toMatchObject({
      cases: 5,
      strict: 3,
      lenient: 5,
      factGroups: 3,
      factsFound: 2,
      avoidTurns: 1,
      avoidStrings: 1,
      fullyRight: 3,
    });
    expect(closingLines(f)).toEqual(['intent accuracy: 60.0% (3/5)', 'fact recall: 66.7% (2/3) · avoid violations: 1']);

    const report = dialogueReport('set.jsonl', results, true).join('\n');
    expect(report).toContain('turn intent: strict 60.0% (3/5) · lenient 100.0% (5/5)');
    expect(report).toContain('fully right: 60.0% of turns (3/5) · dialogues all right: 1/2');
    expect(report).toContain('d2: 0/2 turns fully right');
    expect(report).toContain('intent: policy.ask -> out_of_scope (alt)');
    expect(report).toContain('missing: ["400万"]');
    expect(report).toContain('avoid hit: "帮不上忙"');
  });

  it('keeps single-message sets one user per case', async () => {
    const { core, seen } = listBot();
    const cases = parseCases(
      rows({ id: 'a', text: '贷款有哪些', intent: 'policy.ask' }, { text: '第二个', intent: 'policy.ask' }),
      'one.jsonl',
    );
    await runCases(core, cases, () => NOW);
    expect(seen.map((m) => m.userId)).toEqual(['eval-a', 'eval-line2']);
  });

  it('names the file and line of a row that is not a case, and refuses a set that mixes the two kinds', () => {
    expect(() => parseCases('{"dialog":"d1","text":"x","intent":"greet"}', 'bad.jsonl')).toThrow(
      /bad.jsonl:1: "dialog" and "turn" go together/,
    );
    expect(() =>
      parseCases(rows({ dialog: 'd1', turn: 1, text: 'x', intent: 'greet' }, { text: 'y', intent: 'greet' }), 'mix.jsonl'),
    ).toThrow(EvalSetError);
    const twice = rows({ dialog: 'd1', turn: 1, text: 'x', intent: 'greet' }, { dialog: 'd1', turn: 1, text: 'y', intent: 'greet' });
    expect(() => parseCases(twice, 'twice.jsonl')).toThrow(/d1 has turn 1 twice/);
  });

  it('scores a bare classifier with the dialogue so far, the hook for comparing classifiers on the same set', async () => {
    const histories: string[] = [];
    const score = await scoreClassifier(parseCases(SET, 'set.jsonl'), (text, history) => {
      histories.push(history.join('|'));
      return text === '第二个' && history.length ? 'policy.ask' : text.includes('有哪些') ? 'policy.ask' : 'greet';
    });
    expect(histories).toEqual(['', '贷款有哪些', '贷款有哪些|第二个', '', '第二个']);
    expect(score).toEqual({ cases: 5, strict: 4, lenient: 4 });
  });

  it('carries a booking form from turn to turn in the real app', async () => {
    const app = makeApp();
    const set = rows(
      { dialog: 'b', turn: 1, text: '帮我约个创业导师', intent: 'consult.book' },
      { dialog: 'b', turn: 2, text: '1', intent: 'consult.book' },
    );
    const results = await runCases(app.core, parseCases(set, 'booking.jsonl'), () => new Date());
    expect(results.map(({ r }) => r.intent)).toEqual(['consult.book', 'consult.book']);
  });
});
