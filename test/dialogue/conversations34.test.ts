/**
 * Conversations of the thirty-second session, in our own words: where to raise problems is a question, not a request
 * for a person; a number that no one answers, said in English; the units of the topic asked about, after "which
 * departments"; English counts of thousands.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('raising problems and numbers no one answers', () => {
  it('"is there somewhere … can raise issues regularly?" asks where, and opens no ticket', async () => {
    for (const [user, text] of [
      ['c34-raise-en', 'Is there somewhere returned entrepreneurs can raise issues regularly?'],
      ['c34-raise-zh', '有没有地方可以定期反映问题'],
    ] as const) {
      const turn = await talk(user).turn(text);
      expect(turn.intent, text).toBe('policy.ask');
      expect(replyText(turn), text).toContain('回乡企业家联络中心');
      expect(replyText(turn), text).not.toMatch(/工单|ticket/);
    }
    // Wanting to raise one now is still a request for a person.
    expect((await talk('c34-raise-now').turn('我要反映问题')).intent).toBe('handoff.human');
  });

  it('"He tried calling the hotline 3 times and noone picks up!!" hands over; "what if nobody answers?" does not', async () => {
    const turn = await talk('c34-noone').turn('He tried calling the hotline 3 times and noone picks up!!');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).toContain('ticket');
    const asked = await talk('c34-what-if').turn('what if nobody answers the phone?');
    expect(asked.intent).not.toBe('handoff.human');
    expect(replyText(asked)).not.toContain('ticket');
  });
});

describe('units of the topic asked about', () => {
  it('"which departments handle that?" after housing and healthcare names those two units first', async () => {
    const u = talk('c34-units');
    await u.turn('Does the city help families with housing and healthcare?');
    const turn = await u.turn('which departments handle that?');
    expect(turn.intent).toBe('contact.ask');
    const units = replyText(turn).split('Responsible:')[1]!.split('\n')[0]!;
    expect(units).toContain('市卫健委');
    expect(units).toContain('市住房和城市更新局');
  });
});

describe('English counts of thousands', () => {
  it('are written with their comma', async () => {
    const turn = await talk('c34-thousands').turn('How many people will get agricultural talent training under the task list?');
    expect(replyText(turn)).toContain('2,000 ');
    expect(replyText(turn)).not.toMatch(/\b2000 or more/);
  });
});
