/**
 * A booking in English: an English speaker is asked in English (topic, time, phone, summary), answers in English
 * ("next Tuesday afternoon", "no phone", "yes"), gets the submission in English, and a side question in English is
 * answered before the form resumes in English. The values picked are the same as in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

const CJK_OUTSIDE_NAMES = /[\u3400-\u9fff]/;
/** English text without the Chinese names it shows on purpose (mentor names, "(电商直播)", county names). */
const englishOnly = (text: string): string =>
  text
    .replace(/ \([\u3400-\u9fff][^()]*\)/g, '')
    .replace(/示例·[\u3400-\u9fff]+/g, '')
    .replace(/[\u3400-\u9fff]+(?=[:：])/g, '');

describe('booking a mentor in English', () => {
  it('asks, reads the answers and confirms in English', async () => {
    const turns = await conversation('eb1', [
      "I'd like to book a session with a business mentor, online please",
      'e-commerce',
      'next Tuesday afternoon',
      '1',
      '12345',
      'no phone',
      'yes',
    ]);
    for (const turn of turns) expect(turn.intent).toBe('consult.book');
    expect(replyText(turns[0]!)).toContain('What would you like the mentor to help with?');
    expect(replyText(turns[1]!)).toMatch(/Pick a time/);
    expect(replyText(turns[2]!)).toMatch(/Tue \d{1,2} [A-Z][a-z]{2} 1\d:\d\d/);
    expect(replyText(turns[3]!)).toContain('mobile number');
    expect(replyText(turns[4]!)).toContain('11 digits');
    expect(replyText(turns[5]!)).toContain('Confirm the booking?');
    expect(replyText(turns[5]!)).toContain('Contact: in this chat');
    expect(replyText(turns[6]!)).toMatch(/Booking submitted, reference YY\d{7}/);
    for (const turn of turns) expect(englishOnly(replyText(turn))).not.toMatch(CJK_OUTSIDE_NAMES);
  });

  it('answers a side question and resumes in English; leaving is said in English', async () => {
    const turns = await conversation('eb2', ['book a mentor for me', 'how much is the loan for a small business?', 'cancel']);
    expect(replyText(turns[1]!)).toContain('5 million');
    expect(replyText(turns[1]!)).toContain('back to your booking');
    expect(turns[2]!.intent).not.toBe('out_of_scope');
    expect(englishOnly(replyText(turns[2]!))).not.toMatch(CJK_OUTSIDE_NAMES);
  });

  it('a Chinese speaker is still asked in Chinese', async () => {
    const [turn] = await conversation('eb3', ['帮我约个电商导师 线上']);
    expect(replyText(turn!)).toContain('请选一个时间');
  });
});

describe('managing bookings and deleting data in English', () => {
  it('lists, cancels with a confirmation, and moves a booking in English', async () => {
    const turns = await conversation('eb4', [
      'book a mentor for e-commerce, online',
      '1',
      'no phone',
      'yes',
      'my booking',
      'cancel 1',
      '2',
      'move 1 to next Wednesday afternoon',
    ]);
    expect(replyText(turns[3]!)).not.toContain('(book a mentor');
    expect(turns[4]!.intent).toBe('consult.manage');
    expect(replyText(turns[4]!)).toMatch(/Your bookings[\s\S]*ref YY\d{7}/);
    expect(replyText(turns[5]!)).toMatch(/Cancel the booking of .*\? \(ref YY\d{7}\)/);
    expect(replyText(turns[6]!)).toContain('not cancelled');
    expect(turns[7]!.intent).toBe('consult.manage');
    expect(replyText(turns[7]!)).toContain('Pick a time');
  });

  it('asks before deleting and reports what was deleted, in English', async () => {
    const turns = await conversation('eb5', ['subscribe me to event notices', 'Please delete all my data', 'yes']);
    expect(turns[1]!.intent).toBe('privacy.delete');
    expect(replyText(turns[1]!)).toContain('cannot be undone');
    expect(replyText(turns[2]!)).toMatch(/^Deleted: .*event-notice subscription/);
  });
});

describe('a hand-off in English', () => {
  it('opens a ticket in English, tells its status when the user asks whether anyone is there, and notes waiting', async () => {
    const turns = await conversation('eb6', ['I want to talk to a human', 'hello? anyone there?', 'ok I will wait']);
    expect(turns[0]!.intent).toBe('handoff.human');
    expect(replyText(turns[0]!)).toMatch(/passed you to our staff \(ticket T\d{6}\)/);
    expect(turns[1]!.intent).toBe('handoff.human');
    expect(replyText(turns[1]!)).toMatch(/waiting \d+ min/);
    expect(turns[2]!.intent).toBe('greet');
    expect(replyText(turns[2]!)).toMatch(/stays open/);
  });
});

describe('events in English', () => {
  it('lists the events on record with an English heading and the plan’s arrangement in English', async () => {
    const [turn] = await conversation('eb7', ['what events are coming up?']);
    expect(turn!.intent).toBe('event.ask');
    const text = replyText(turn!);
    expect(text).toMatch(/Events on record|No event with a date/);
    expect(text).toContain('subscribe to event notices');
    expect(text).not.toContain('only in Chinese');
  });

  it('a festival asked about gets its date in English', async () => {
    const [turn] = await conversation('eb8', ['when is the Dragon Boat Festival, any events then?']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).toMatch(/Dragon Boat Festival: [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} 20\d\d/);
  });
});
