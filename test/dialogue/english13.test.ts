/**
 * English conversations, found failing in blind set 50 (merchants who write only in English), each in our own words:
 * requests the Chinese wording rules never met (booking, notices, deletion, registration in loose English), a number
 * abroad left in a form, and facts chosen by the English words of the question.
 */
import { describe, expect, it } from 'vitest';
import { extractPhone } from '../../src/dialogue/extract.ts';
import { conversation, replyText } from '../helpers.ts';

describe('requests in loose English', () => {
  it.each([
    ['Could you set up a video call for me with one of the business mentors? I live in Melbourne', 'consult.book'],
    ['I made a booking with a mentor last week, could you check when it is?', 'consult.manage'],
    ['these event notifications keep coming to my phone, please stop them', 'notice.unsubscribe'],
    ['put us on the events mailing list please', 'notice.subscribe'],
    ['send me an update whenever there is a new investment event', 'notice.subscribe'],
    ['please remove my name and mobile number from your records', 'privacy.delete'],
    ['who else gets to read this information before I agree?', 'privacy.delete'],
    ['take down my details please, we plan a 30 million yuan cold-storage warehouse in Jingzhou', 'lead.register'],
    ["what's the phone number for the joint-meeting office", 'contact.ask'],
  ])('"%s" → %s', async (text, intent) => {
    const [turn] = await conversation(`e13-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"the number of" liaison stations is a question about the plan, not a request for a phone number', async () => {
    const [turn] = await conversation('e13-number-of', ['what is the number of liaison stations the city plans to build?']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('50');
  });

  it('a short "yes confirm" after a deletion offer deletes; it is not read alone as some other request', async () => {
    const [offer, done] = await conversation('e13-delete', ['please delete my data', 'yes confirm']);
    expect(offer!.intent).toBe('privacy.delete');
    expect(done!.intent).toBe('privacy.delete');
    expect(replyText(done!)).toMatch(/^Deleted/);
  });
});

describe('a number abroad in a form', () => {
  it('is told apart from a mainland mobile whose digits it shares', () => {
    expect(extractPhone('my cell is +1 604 555 0148')).toEqual({ invalid: 11, abroad: true });
    expect(extractPhone('+61 412 345 678')).toEqual({ invalid: 11, abroad: true });
    expect(extractPhone('+86 139 1234 5678')).toEqual({ phone: '13912345678' });
    expect(extractPhone('0086 13912345678')).toEqual({ phone: '13912345678' });
  });

  it('is not booked as a mainland mobile: the mentor is to contact the user in the chat instead', async () => {
    const turns = await conversation('e13-abroad', [
      'Could you arrange a video chat for me with one of the business mentors about my restaurant?',
      'catering',
      '1',
      'my cell is +1 604 555 0148',
    ]);
    const last = replyText(turns.at(-1)!);
    expect(last).toContain('Only a mainland China mobile number');
    expect(last).not.toMatch(/160\*{4}0148/);
  });
});

describe('facts chosen by the English words of the question', () => {
  it('"what could a small firm borrow" gives the small and micro businesses\' cap, not the individual\'s', async () => {
    const [turn] = await conversation('e13-small', ['what could a small firm borrow with the interest subsidy']);
    expect(replyText(turn!)).toContain('5 million yuan');
  });

  it('"how many … each county" gives the counties\' figure with the city\'s', async () => {
    const [turn] = await conversation('e13-counties', ['How many Chushang homecoming investment events must each county hold every year?']);
    expect(replyText(turn!)).toMatch(/at least 6\b/);
  });
});

describe('English follow-ups and refusals', () => {
  it('"whats the interest rate" after a loan answer: the plan does not specify it, and whom to ask (with the Chinese name)', async () => {
    const [, turn] = await conversation('e13-rate', ['what is the biggest start-up loan for one person?', 'whats the interest rate']);
    expect(turn!.intent).toBe('policy.ask');
    const reply = replyText(turn!);
    expect(reply).toContain('does not specify the interest rate');
    expect(reply).toMatch(/Ask the responsible units: .+ \([\u4e00-\u9fff]+\)/);
  });

  it.each([
    ['how much is a plane ticket from Chengdu to Jingzhou these days?'],
    ['what start-up grants does Xiangyang give to returnees?'],
  ])('"%s" is refused as outside the plan', async (text) => {
    const [turn] = await conversation(`e13-oos-${text.length}`, [text]);
    expect(turn!.intent).toBe('out_of_scope');
  });

  it('asking whether there is a channel to raise problems asks about the plan, not for a person', async () => {
    const [turn] = await conversation('e13-channel', [
      'our plant in Jingzhou is stuck on approvals; is there a channel for returned merchants to raise problems?',
    ]);
    expect(turn!.intent).toBe('policy.ask');
  });
});

describe('thanks in the middle of a registration', () => {
  it.each(['谢谢了', '好的 谢'])('"%s" once consent is given is a courtesy that says nothing is submitted yet', async (text) => {
    const turns = await conversation(`e13-thanks-${text}`, ['在苏州开了个模具厂 老家石首 想回去投资 帮我登记一下', '同意', text]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('greet');
    expect(replyText(last)).toContain('还没提交');
  });
});

describe('English stories, short follow-ups and hand-offs', () => {
  it('a story of who one is, then the question: the question decides the topic', async () => {
    const [turn] = await conversation('e13-story', [
      "hello, I'm a data engineer in Vancouver and grew up in Jianli. I might go home next year and start a small studio by myself. how big a subsidised loan could I get on my own?",
    ]);
    expect(replyText(turn!)).toContain('300,000 yuan');
  });

  it('"and the counties?" after the city\'s yearly events gives the counties\' figure', async () => {
    const [, turn] = await conversation('e13-counties-short', [
      'How many Chushang homecoming investment events does the city hold each year?',
      'and the counties?',
    ]);
    expect(replyText(turn!)).toMatch(/at least 6\b/);
  });

  it.each([
    'could someone from your office give me a call tomorrow?',
    "to be honest I'd prefer to talk to a real staff member, not a chatbot",
  ])('"%s" asks for a person', async (text) => {
    const [turn] = await conversation(`e13-h-${text.length}`, [text]);
    expect(turn!.intent).toBe('handoff.human');
  });

  it.each(['merci', 'danke!'])('"%s" is thanks', async (text) => {
    const [turn] = await conversation(`e13-t-${text}`, [text]);
    expect(turn!.intent).toBe('greet');
  });
});

describe('English words for bookings and units', () => {
  it('"switch my booking to online" changes how the booked meeting is held', async () => {
    const [turn] = await conversation('e13-online', ['please switch my booking to online, I am still abroad']);
    expect(turn!.intent).toBe('consult.manage');
  });

  it('"which agencies deal with that?" after the targeted services names their units', async () => {
    const [, turn] = await conversation('e13-agencies', [
      'What help is there with schooling, healthcare and housing for merchants who invest back home?',
      'which agencies deal with that?',
    ]);
    expect(replyText(turn!)).toMatch(/Education Bureau|Health Commission/);
  });

  it('"arigato" while a booking waits for the phone is a courtesy, not a miss', async () => {
    const turns = await conversation('e13-arigato', [
      'Could you set up a video call for me with one of the business mentors about my bakery?',
      'catering',
      '1',
      'arigato',
    ]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('greet');
    expect(replyText(last)).not.toMatch(/didn't understand/);
  });
});

describe('a booking said loosely in English, met in person', () => {
  it('"i wanna talk to a mentor" books; "face to face" and "songzi" are the way and the place', async () => {
    const turns = await conversation('e13-in-person', ['i wanna talk to a mentor abt my noodle shop', '4', 'face to face', 'songzi']);
    expect(turns[0]!.intent).toBe('consult.book');
    const last = replyText(turns.at(-1)!);
    expect(last).not.toMatch(/didn't understand/);
    expect(last).toMatch(/Pick a time|is free/);
  });
});
