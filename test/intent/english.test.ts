/** English questions through the real core get English answers with the plan's figures; the language is remembered. */
import { describe, expect, it } from 'vitest';
import { choicesOf, makeApp, press, replyText, say } from '../helpers.ts';
import { detectLanguage, onlyAsksForLanguage, replyLanguage } from '../../src/text/language.ts';

const CJK = /[\u3400-\u9fff]/;
/** An English answer without the Chinese it shows in parentheses: names ("boot camps (创业训练营)") and sums as the plan writes them ("300,000 yuan (30万元)"), which are meant. */
const englishOnly = (text: string): string => text.replace(/ \([^()]*[\u3400-\u9fff][^()]*\)/g, '');
let users = 0;
const someone = () => `en-${++users}`;

describe('the language of a message', () => {
  it('tells English from Chinese, pinyin and numbers', () => {
    expect(detectLanguage('What is the maximum loan I can get?')).toBe('en');
    expect(detectLanguage('hello')).toBe('en');
    expect(detectLanguage("Hi, my family is from 松滋. What's the max credit line for a company?")).toBe('en');
    expect(detectLanguage('返乡创业贴息贷款最多多少')).toBe('zh');
    // A real mix keeps the user's last language (Chinese for a new user).
    expect(detectLanguage('can we build 大学生就业见习基地?')).toBeUndefined();
    expect(replyLanguage('我想问下loan', undefined)).toBe('zh');
    expect(replyLanguage('如果我回来投资 my kids would need a school', 'en')).toBe('en');
    expect(detectLanguage('fanxiang daikuan')).toBeUndefined();
    expect(detectLanguage('2')).toBeUndefined();
    expect(detectLanguage('ok')).toBeUndefined();
    // Leave-taking in two words is English too, while pinyin of two syllables stays unknown.
    expect(detectLanguage('maybe later')).toBe('en');
    expect(detectLanguage('take care')).toBe('en');
    expect(detectLanguage('xie xie')).toBeUndefined();
  });

  it('follows a request for a language, and otherwise remembers the last one', () => {
    expect(replyLanguage('能用英文回答吗', undefined)).toBe('en');
    expect(replyLanguage('3', 'en')).toBe('en');
    expect(replyLanguage('Please answer in Chinese', 'en')).toBe('zh');
    expect(onlyAsksForLanguage('Can you answer in English please?')).toBe(true);
    expect(onlyAsksForLanguage('Can you tell me about loans in English?')).toBe(false);
  });
});

/** An English question, the entry it must be answered from, and figures the answer must state. */
const QUESTIONS: Array<[question: string, entry: string, figures: string[]]> = [
  ['What is the maximum loan I can get?', 'returnee.06.finance', ['300,000']],
  ['How much is the partnership loan?', 'returnee.06.finance', ['4 million']],
  ['Is there any subsidy for returnees?', 'returnee.05.policies', ['subsid']],
  ['How much support does a city-level business park get?', 'returnee.01.platforms', ['100,000–200,000']],
  ['Is there rent reduction in the business park?', 'returnee.01.platforms', ['rent']],
  ['How do I get into an incubator or business park?', 'returnee.01.platforms', ['41']],
  ['Can I get land for a farm stay?', 'returnee.07.land', ['collective construction land']],
  ['What are the talent policies?', 'returnee.08.talent', ['talent']],
  ['Where are the liaison stations?', 'chushang.02.stations', ['50']],
  ['How many investment ambassadors?', 'chushang.03.ambassadors', ['100']],
  ['How many Chushang investment events must the city hold?', 'chushang.04.festivals', ['four', 'six']],
  ['What is the interest rate of the loan?', 'returnee.06.finance', ['does not specify the interest rate']],
];

describe('English questions get English answers', () => {
  const app = makeApp();

  it.each(QUESTIONS)('%s', async (question, entry, figures) => {
    const turn = await say(app, question, someone());
    const text = replyText(turn);
    expect(turn.intent).toBe('policy.ask');
    expect(turn.sources).toContain(entry);
    expect(englishOnly(text)).not.toMatch(CJK);
    for (const figure of figures) expect(text).toContain(figure);
    expect(text).toMatch(/Source: /);
  });

  it('answers training questions from the training entries', async () => {
    const turn = await say(app, 'Is there any training?', someone());
    expect(turn.sources.some((id) => ['returnee.04.training', 'task.10'].includes(id))).toBe(true);
    expect(replyText(turn)).toMatch(/\b1,000\b/);
  });

  it('gives the contacts, greets, thanks and refuses in English', async () => {
    const contact = replyText(await say(app, 'What is the phone number?', someone()));
    expect(contact).toContain('8514460');
    expect(englishOnly(contact)).not.toMatch(CJK);
    const hello = await say(app, 'hello', someone());
    expect(replyText(hello)).toMatch(/Hello!/);
    expect(choicesOf(hello).map((c) => c.label)).toContain('Book a business mentor');
    expect(replyText(await say(app, 'thanks', someone()))).toMatch(/welcome/);
    const weather = await say(app, 'What is the weather today?', someone());
    expect(weather.intent).toBe('out_of_scope');
    expect(replyText(weather)).toMatch(/^Sorry/);
  });

  it('routes English requests to the right actions, with a note where the reply is still Chinese', async () => {
    expect((await say(app, 'I want to book a mentor', someone())).intent).toBe('consult.book');
    const lead = await say(app, 'I want to register an investment', someone());
    expect(lead.intent).toBe('lead.register');
    // The registration is asked in English; no note about Chinese.
    expect(replyText(lead)).toMatch(/Before registering, please note/);
    expect(replyText(lead)).not.toMatch(/only in Chinese for now/);
    expect((await say(app, 'unsubscribe', someone())).intent).toBe('notice.unsubscribe');
    expect((await say(app, 'Please delete my data', someone())).intent).toBe('privacy.delete');
    expect((await say(app, 'I want to talk to a human', someone())).intent).toBe('handoff.human');
    expect((await say(app, 'How can I contact you?', someone())).intent).toBe('contact.ask');
  });
});

describe('the language is remembered', () => {
  const app = makeApp();

  it('switches on request, stays English for numbers, and switches back on Chinese', async () => {
    const user = someone();
    const asked = await say(app, 'Can you answer in English please?', user);
    expect(asked.intent).toBe('greet');
    expect(replyText(asked)).toMatch(/English/);
    expect(englishOnly(replyText(asked))).not.toMatch(CJK);
    const picked = await say(app, '1', user);
    expect(englishOnly(replyText(picked))).not.toMatch(CJK);
    const chinese = await say(app, '返乡创业贴息贷款最多多少', user);
    expect(replyText(chinese)).toContain('30万元');
    const next = await say(app, '2', user);
    expect(replyText(next)).toMatch(CJK);
  });

  it('answers a clarifying choice in English', async () => {
    const user = someone();
    await say(app, 'hello', user);
    const turn = await press(app, 'feedback:good', user);
    expect(englishOnly(replyText(turn))).not.toMatch(CJK);
  });

  it('switches to English when asked in Chinese', async () => {
    const user = someone();
    const turn = await say(app, '能用英文回答吗', user);
    expect(replyText(turn)).toMatch(/English/);
    const loan = await say(app, 'What is the maximum loan?', user);
    expect(replyText(loan)).toContain('300,000');
  });
});
