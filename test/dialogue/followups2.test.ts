/**
 * Issue 12: follow-ups outside forms read against what was just said or shown. "X呢" on the same kind of topic,
 * "取消掉吧" after the list of bookings, "全部给我删掉" after asking what is kept, a request for English with a
 * question after it, and English answers that fit a phone screen.
 */
import { describe, expect, it } from 'vitest';
import { makeApp, replyText, say } from '../helpers.ts';

const REFUSAL = /帮不上忙|没看懂|cannot help/;

describe('follow-ups outside forms', () => {
  it('reads "看病呢" after a question about schooling as the same kind of question, not a refusal', async () => {
    const app = makeApp();
    await say(app, '我想回荆州投资 但是小孩上学咋办', 'f1');
    const turn = await say(app, '看病呢', 'f1');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toMatch(REFUSAL);
    expect(replyText(turn)).toContain('医疗');
  });

  it('cancels from the list of bookings just shown ("取消掉吧")', async () => {
    const app = makeApp();
    await say(app, '帮我约个导师 想问开网店卖土特产的事', 'f2');
    await say(app, '1', 'f2');
    await say(app, '第二个', 'f2');
    await say(app, '不留电话', 'f2');
    await say(app, '确认', 'f2');
    const list = await say(app, '我想看下我的预约', 'f2');
    expect(list.intent).toBe('consult.manage');
    const turn = await say(app, '取消掉吧', 'f2');
    expect(turn.intent).toBe('consult.manage');
    // Nothing is cancelled before the user confirms (issue 13).
    expect(replyText(turn)).toMatch(/确认取消|取消哪/);
  });

  it('asks to confirm "全部给我删掉" after "你们存了我哪些信息", and deletes on "确认删除吧"', async () => {
    const app = makeApp();
    expect((await say(app, '你们存了我哪些信息', 'f3')).intent).toBe('privacy.delete');
    const ask = await say(app, '全部给我删掉', 'f3');
    expect(ask.intent).toBe('privacy.delete');
    expect(replyText(ask)).toContain('确认删除吗');
    const done = await say(app, '确认删除吧', 'f3');
    expect(done.intent).toBe('privacy.delete');
    expect(replyText(done)).toContain('已删除');
  });

  it('does not delete when the offered deletion is turned down ("算了 先不删")', async () => {
    const app = makeApp();
    await say(app, '删除我的信息', 'f8');
    const turn = await say(app, '算了 先不删', 'f8');
    expect(replyText(turn)).not.toContain('已删除');
  });

  it('registers an English statement of a project with its scale, and not an English question about registering', async () => {
    const app = makeApp();
    const lead = await say(
      app,
      'OK please register my interest: a cold-chain logistics park in Jingzhou Development Zone, around 80 million RMB. Have someone contact me.',
      'f9',
    );
    expect(lead.intent).toBe('lead.register');
    const question = await say(app, 'how do I register a company, is there a subsidy for 5 million rmb', 'f10');
    expect(question.intent).not.toBe('lead.register');
  });

  it('does not take "删掉" out of context as a deletion of personal data', async () => {
    const app = makeApp();
    await say(app, '返乡创业贴息贷款最多多少', 'f4');
    const turn = await say(app, '全部给我删掉', 'f4');
    expect(turn.intent).not.toBe('privacy.delete');
  });

  it('switches to English when asked, even with more said after the request', async () => {
    const app = makeApp();
    const turn = await say(app, "Can you reply in English? I don't read Chinese well", 'f5');
    expect(turn.intent).not.toBe('out_of_scope');
    expect(replyText(turn)).not.toMatch(REFUSAL);
    expect(replyText(turn)).toMatch(/English/);
  });

  it('reads a short English follow-up against the topic ("what about for an individual business owner?")', async () => {
    const app = makeApp();
    await say(app, 'What is the maximum subsidised loan a small business can get?', 'f6');
    const turn = await say(app, 'what about for an individual business owner?', 'f6');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toMatch(REFUSAL);
  });

  it('keeps English answers within a phone screen', async () => {
    const app = makeApp();
    for (const q of ['How can I apply for the start-up subsidy?', 'What is the maximum loan I can get?']) {
      const turn = await say(app, q, 'f7');
      expect(replyText(turn).length, q).toBeLessThanOrEqual(400);
    }
    // An events answer lists the events on record (three at most) besides what the plan arranges.
    const events = await say(app, 'What events does the city hold for Chushang merchants?', 'f7');
    expect(replyText(events).length).toBeLessThanOrEqual(600);
  });
});
