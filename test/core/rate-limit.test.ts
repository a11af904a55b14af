/**
 * Per-person message limit (issue 10, finding 9): one account cannot flood the bot, or through it the staff with
 * hand-offs and leads. Time is the message's own receiving time, so these tests set it.
 */
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Turn } from '../../src/core/message.ts';
import { createRateLimiter, SLOW_DOWN_REPLY } from '../../src/core/rate-limit.ts';
import { DEFAULT_LIMITS } from '../../src/security/limits.ts';
import { KNOWLEDGE_DIR, makeApp } from '../helpers.ts';

const START = Date.parse('2026-12-01T02:00:00Z');
/**
 * An app allowing `perMinute` messages a minute, its clock at the start: the invitation codes made at START must not
 * expire by the day the tests run.
 */
const limitedApp = (perMinute: number): App =>
  createApp({
    knowledgeDir: KNOWLEDGE_DIR,
    dbPath: ':memory:',
    logger: silentLogger,
    limits: { messagesPerMinute: perMinute },
    now: () => new Date(START),
  });
const SECOND = 1000;
const MINUTE = 60 * SECOND;

function account(app: App, userId: string, platform = 'wechat') {
  return {
    userId,
    say: (text: string, at: number, chatType: 'direct' | 'group' = 'direct'): Promise<Turn> =>
      app.core.handle({ platform, userId, chatId: chatType === 'group' ? 'room-1' : userId, chatType, text, time: new Date(at) }),
  };
}
const toUser = (turn: Turn, userId: string) => turn.messages.filter((m) => m.to.userId === userId);
const toOthers = (turn: Turn, userId: string) => turn.messages.filter((m) => m.to.userId !== userId);

describe('per-person message limit', () => {
  it(`answers ${DEFAULT_LIMITS.messagesPerMinute} messages a minute, asks the ${DEFAULT_LIMITS.messagesPerMinute + 1}st to slow down, then is silent until the sender pauses`, async () => {
    const app = makeApp();
    const limit = app.limits.messagesPerMinute;
    expect(limit).toBe(20);
    const flooder = account(app, 'wx_flood');
    const turns: Turn[] = [];
    for (let i = 0; i < 25; i++) turns.push(await flooder.say('返乡创业贴息贷款最多多少', START + i * SECOND));

    for (const turn of turns.slice(0, limit)) expect(toUser(turn, 'wx_flood')[0]?.text).toMatch(/万元/);
    expect(turns[limit]!.messages.map((m) => m.text)).toEqual([SLOW_DOWN_REPLY]);
    for (const turn of turns.slice(limit + 1)) expect(turn.messages).toEqual([]);

    // Someone else is not affected.
    expect(toUser(await account(app, 'wx_other').say('返乡创业贴息贷款最多多少', START + 30 * SECOND), 'wx_other')[0]?.text).toMatch(
      /万元/,
    );
    // Still sending within the minute: still silent (the slow-down is not repeated).
    expect((await flooder.say('你好', START + 50 * SECOND)).messages).toEqual([]);
    // A minute after the flood the sender is answered again.
    const back = await flooder.say('返乡创业贴息贷款最多多少', START + 24 * SECOND + MINUTE + SECOND);
    expect(toUser(back, 'wx_flood')[0]?.text).toMatch(/万元/);
  });

  it('a flood of "转人工" reaches staff at most the limit times a minute', async () => {
    const app = limitedApp(5);
    try {
      const admin = account(app, 'boss', 'telegram');
      expect(
        toUser(await admin.say(`/bind ${app.staff.invite('admin', '市招商中心', null, new Date(START))}`, START), 'boss')[0]?.text,
      ).toContain('绑定成功');

      const flooder = account(app, 'wx_flood');
      let toStaff = 0;
      let slowDowns = 0;
      for (let i = 0; i < 40; i++) {
        const turn = await flooder.say('转人工', START + MINUTE + i * SECOND);
        toStaff += toOthers(turn, 'wx_flood').length;
        slowDowns += turn.messages.filter((m) => m.text === SLOW_DOWN_REPLY).length;
      }
      expect(toStaff).toBeGreaterThan(0);
      expect(toStaff).toBeLessThanOrEqual(5);
      expect(slowDowns).toBe(1);
      expect(app.tickets.openOf(app.identities.personOf({ platform: 'wechat', userId: 'wx_flood' }))).toBeDefined();
    } finally {
      app.close();
    }
  });

  it('counts a person, not a chat: group and private messages share one limit; the slow-down goes where they wrote', async () => {
    const app = limitedApp(3);
    try {
      const user = account(app, 'wx_mixed');
      expect((await user.say('你好', START)).messages).not.toEqual([]);
      expect((await user.say('你好', START + SECOND, 'group')).messages).not.toEqual([]);
      expect((await user.say('你好', START + 2 * SECOND)).messages).not.toEqual([]);
      const slow = await user.say('你好', START + 3 * SECOND, 'group');
      expect(slow.messages).toEqual([{ to: { platform: 'wechat', userId: 'wx_mixed', chatId: 'room-1' }, text: SLOW_DOWN_REPLY }]);
      expect((await user.say('你好', START + 4 * SECOND)).messages).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('bound staff are not limited: they answer tickets and work through leads in bursts', async () => {
    const app = limitedApp(3);
    try {
      const admin = account(app, 'boss', 'telegram');
      await admin.say(`/bind ${app.staff.invite('admin', '市招商中心', null, new Date(START))}`, START);
      for (let i = 1; i <= 10; i++) {
        const turn = await admin.say('/leads', START + i * SECOND);
        expect(toUser(turn, 'boss')[0]?.text, `message ${i}`).toMatch(/线索/);
      }
    } finally {
      app.close();
    }
  });

  it('keeps a bounded number of people in memory, forgetting those quiet the longest', () => {
    const limiter = createRateLimiter({ perWindow: 2, maxTracked: 100 });
    for (let i = 0; i < 1000; i++) expect(limiter.check(`p${i}`, START + i)).toBe('ok');
    expect(limiter.size).toBeLessThanOrEqual(100);
    // Someone active is not forgotten by others arriving: their count goes on.
    const busy = createRateLimiter({ perWindow: 2, maxTracked: 100 });
    expect(busy.check('flooder', START)).toBe('ok');
    expect(busy.check('flooder', START + 1)).toBe('ok');
    for (let i = 0; i < 50; i++) busy.check(`p${i}`, START + 2 + i);
    expect(busy.check('flooder', START + 100)).toBe('slow-down');
    expect(busy.check('flooder', START + 101)).toBe('silent');
    // A minute later everyone quiet is dropped at the next sweep; the flooder, quiet too, starts afresh.
    expect(busy.check('flooder', START + 102 + MINUTE)).toBe('ok');
  });
});
