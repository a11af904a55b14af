/**
 * Registering an investment intention in English: the consent notice, every step, the summary and the submission
 * are in English; English answers are read (a Latin company name, "80 million RMB", a project after a colon), and
 * the lead is stored with the same fields as a Chinese one.
 */
import { describe, expect, it } from 'vitest';
import { extractAmount } from '../../src/dialogue/extract.ts';
import { conversation, replyText } from '../helpers.ts';

describe('registering a lead in English', () => {
  it('asks in English and stores what was said', async () => {
    const turns = await conversation('el1', [
      'Please register my interest: a cold-chain logistics park in Jingzhou Development Zone, around 80 million RMB. Have someone contact me.',
      'why do you need my details?',
      'yes I agree',
      'Tom Li',
      'Honghu',
      'Singapore',
      'Li Trading Pte Ltd',
      'logistics',
      'skip',
      '13912345678',
      'yes',
    ]);
    // (The question about one's data is privacy.delete, and the registration goes on.)
    expect(turns.map((t) => t.intent)).toEqual(turns.map((_, i) => (i === 1 ? 'privacy.delete' : 'lead.register')));
    expect(replyText(turns[0]!)).toContain('Do you agree?');
    expect(replyText(turns[1]!)).toContain('What the details are for');
    expect(replyText(turns[2]!)).toContain('How should we address you?');
    const summary = replyText(turns[9]!);
    expect(summary).toContain('Company: Li Trading Pte Ltd');
    expect(summary).toContain('Project: a cold-chain logistics park in Jingzhou Development Zone');
    expect(summary).toContain('Scale: about 80,000,000 yuan');
    expect(summary).toContain('Submit it?');
    expect(replyText(turns[10]!)).toMatch(/Registered, reference L\d+/);
  });

  it('a company name ending in "Ltd" is no unsubscribe ("td")', async () => {
    const turns = await conversation('el2', [
      'register my interest: a food factory back home, 20 million',
      'I agree',
      'skip',
      'skip',
      'skip',
      'Wang Foods Co Ltd',
    ]);
    expect(turns.at(-1)!.intent).toBe('lead.register');
    expect(replyText(turns.at(-1)!)).toContain('Which industry');
  });

  it.each([
    ['around 80 million RMB', 8000],
    ['1.5 million', 150],
    ['about 2 billion', 200000],
    ['RMB 30m', 3000],
  ])('reads "%s" as %d 万', (text, wan) => {
    const found = extractAmount(text);
    expect(found && 'wan' in found ? found.wan : undefined).toBe(wan);
  });
});
