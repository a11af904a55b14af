import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Inbound, Turn } from '../../src/core/message.ts';
import { LINK_CODE_TTL_MS } from '../../src/identity/identity.ts';
import { findAmbiguity, makeApp, tempDir } from '../helpers.ts';
import { join } from 'node:path';

/** A clock the test moves by hand. */
function clock(start = new Date('2026-11-28T10:00:00+08:00')) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const on = (app: App, platform: string, userId: string, text: string, time = new Date()): Promise<Turn> => {
  const inbound: Inbound = { platform, userId, chatId: userId, chatType: 'direct', text, time };
  return app.core.handle(inbound);
};
const text = (turn: Turn) => turn.messages.map((m) => m.text).join('\n');
const codeIn = (turn: Turn) => /\/link (\S+)/.exec(text(turn))?.[1];
const INVALID = '这个绑定码无效或已过期。请在另一个平台重新发送 /link 获取新的绑定码。';

describe("/link joins one person's accounts on two platforms", () => {
  it('shares dialogue state once linked: a choice asked on WeChat is answered on Telegram', async () => {
    const t = clock();
    const ambiguity = await findAmbiguity();
    const app = makeApp({ knowledgeDir: ambiguity.knowledgeDir, dbPath: join(tempDir(), 'link.sqlite'), now: t.now });

    const issued = await on(app, 'wechat', 'wx_1', '/link');
    const code = codeIn(issued);
    expect(code, text(issued)).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);

    const linked = await on(app, 'telegram', '42', `/link ${code}`);
    expect(text(linked)).toContain('绑定成功');

    const asked = await on(app, 'wechat', 'wx_1', ambiguity.question);
    expect(asked.messages[0]!.choices?.length).toBeGreaterThan(1);
    const answered = await on(app, 'telegram', '42', '1');
    expect(answered.intent).toBe('policy.ask');
    expect(answered.sources).toEqual([asked.sources[0]]);
  });

  it('refuses a malformed, a wrong, a reused, an expired and an own code (the same answer for each but the malformed and the own), and changes nothing', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const code = codeIn(await on(app, 'wechat', 'wx_2', '/link'))!;

    expect(text(await on(app, 'telegram', '7', '/link 123456'))).toContain('9位字母和数字');
    expect(text(await on(app, 'telegram', '7', `/link ${code === 'ABC-DEF-GHJ' ? 'ABC-DEF-GHK' : 'ABC-DEF-GHJ'}`))).toBe(INVALID);
    expect(text(await on(app, 'wechat', 'wx_2', `/link ${code}`))).toContain('另一个平台');
    expect(text(await on(app, 'telegram', '7', `/link ${code}`))).toContain('绑定成功');
    expect(text(await on(app, 'telegram', '8', `/link ${code}`))).toBe(INVALID);

    const late = codeIn(await on(app, 'wechat', 'wx_3', '/link'))!;
    t.advance(LINK_CODE_TTL_MS + 1000);
    expect(text(await on(app, 'telegram', '9', `/link ${late}`, t.now()))).toBe(INVALID);
  });

  it('a new code replaces the earlier one', async () => {
    const app = makeApp();
    const first = codeIn(await on(app, 'wechat', 'wx_4', '/link'))!;
    const second = codeIn(await on(app, 'wechat', 'wx_4', '/link'))!;
    if (first !== second) expect(text(await on(app, 'telegram', '10', `/link ${first}`))).toBe(INVALID);
    expect(text(await on(app, 'telegram', '10', `/link ${second}`))).toContain('绑定成功');
  });
});

describe('commands', () => {
  const app = makeApp();
  it.each([
    ['/start', 'greet', '回乡通'],
    ['/help', 'greet', '/link'],
    ['/menu', 'greet', '贷款'],
    ['/start@huixiang_bot', 'greet', '回乡通'],
    ['/frobnicate', 'out_of_scope', '没有 /frobnicate 这个命令'],
  ])('%s -> %s', async (command, intent, shown) => {
    const turn = await on(app, 'telegram', '1', command);
    expect(turn.intent).toBe(intent);
    expect(text(turn)).toContain(shown);
  });
});
