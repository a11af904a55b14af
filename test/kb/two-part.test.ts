import { describe, expect, it } from 'vitest';
import { makeApp, replyText, say } from '../helpers.ts';

const app = makeApp();
let users = 0;
/** A new user's first message, and what they see. */
const ask = async (text: string): Promise<string> => replyText(await say(app, text, `two-part-${++users}`));
/** The reply without the rating prompt. */
const body = (reply: string) => reply.replace(/\n?\(1 有帮助 · 2 没帮助\)$/, '');

describe('a question with two parts gets both answered', () => {
  it('gives the city-level and the county-level figure when both levels are asked', async () => {
    const reply = await ask('依托中省平台办楚商专场 市级一年几场 县里几场');
    expect(reply).toContain('市级每年至少举办2场次');
    expect(reply).toContain('各县、市、区和功能区每年至少举办1场次');
    expect(body(reply).length).toBeLessThanOrEqual(300);
  });

  it('gives both levels for the festival events too', async () => {
    const reply = await ask('重大节日招商 市级几场 县里几场');
    expect(reply).toMatch(/市级层面每年至少举办4场次/);
    expect(reply).toMatch(/每年至少举办6场次/);
    expect(body(reply).length).toBeLessThanOrEqual(300);
  });

  it('answers the condition and the department, not the generic contact reply', async () => {
    const reply = await ask('一次性创业补贴要么事条件 找哪个部门');
    expect(reply).toContain('负责单位:市人社局');
    expect(reply).toContain('条件');
    expect(reply).not.toContain('统筹协调的是');
    expect(body(reply).length).toBeLessThanOrEqual(300);
  });
});

describe('"where / which unit handles" a topic is answered from the topic', () => {
  it.each([
    ['创业担保贷款去哪个窗口办', '负责单位:市人社局'],
    ['返乡创业服务站是哪个单位管的', '市招商中心'],
  ])('%s', async (text, units) => {
    const reply = await ask(text);
    expect(reply).toContain(units);
    expect(reply).toMatch(/^· /m);
    expect(reply).not.toContain('8514460');
  });

  it('keeps the contact reply for explicit requests for a number', async () => {
    const reply = await ask('联席会议办公室电话多少');
    expect(reply).toContain('8514460');
  });
});
