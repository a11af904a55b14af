import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { Logger } from '../../src/core/logger.ts';
import { sameRecipient, type Inbound } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { KNOWLEDGE_DIR, tempDir } from '../helpers.ts';
import { join } from 'node:path';
import { messageText, runs } from './arbitraries.ts';

const errors: string[] = [];
const logger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error: (event, fields) => void errors.push(`${event} ${String((fields?.error as Error | undefined)?.stack ?? '')}`),
};
// One app for all runs, on a file, as in production; the limit is off so that every message must be answered
// (the limiter's documented silence is tested in test/core/rate-limit.test.ts).
const app = createApp({
  knowledgeDir: KNOWLEDGE_DIR,
  dbPath: join(tempDir(), 'fuzz.sqlite'),
  logger,
  samples: true,
  limits: { messagesPerMinute: 1_000_000 },
});
const USERS = ['fz1', 'fz2', 'fz3'];
/** Words that would look like a leak of the program in a reply; inputs containing them are left out (a reply may quote the input). */
const LEAK = /Error:|undefined|\[object Object\]|NaN|^\s*at \S+ \(|抱歉,系统出了点问题/m;
const QUOTABLE = /error|undefined|object|nan|at /i;

const step = fc.record({
  user: fc.constantFrom(...USERS),
  text: messageText.filter((t) => !QUOTABLE.test(t)),
  pressed: fc.boolean(),
  /** Said in a group chat: the bot may stay silent there, the rest must hold. */
  group: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

describe('core.handle under random input (fast-check)', () => {
  it('never throws, always answers the sender, leaks nothing, and keeps every state loadable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        for (const { user, text, pressed, group } of steps) {
          const inbound: Inbound = {
            platform: 'fuzz',
            userId: user,
            chatId: group ? 'fuzz-group' : user,
            chatType: group ? 'group' : 'direct',
            text,
            time: new Date(),
            ...(pressed ? { pressed } : {}),
          };
          const turn = await app.core.handle(inbound);
          const mine = turn.messages.filter((m) => sameRecipient(m.to, inbound));
          if (!group) expect(mine.length, `no reply to ${JSON.stringify(text.slice(0, 80))}`).toBeGreaterThan(0);
          for (const m of turn.messages) expect(renderNumbered(m.text, m.choices)).not.toMatch(LEAK);
          const person = app.identities.personOf(inbound);
          expect(typeof app.sessions.load(person)).toBe('object');
          const row = app.db.prepare('SELECT state FROM sessions WHERE user_key = ?').get(person) as { state: string } | undefined;
          if (row) expect(typeof JSON.parse(row.state)).toBe('object');
        }
        expect(errors).toEqual([]);
      }),
      { numRuns: runs(40) },
    );
  }, 600_000);

  it('answers a malformed inbound (missing text, bad time, odd ids) without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          text: fc.oneof(messageText, fc.constant(undefined), fc.constant(null), fc.integer()),
          time: fc.oneof(fc.date({ noInvalidDate: false }), fc.constant(undefined)),
          userId: fc.oneof(fc.constantFrom(...USERS), fc.string({ unit: 'binary', maxLength: 20 })),
          chatType: fc.constantFrom('direct', 'group'),
        }),
        async ({ text, time, userId, chatType }) => {
          const inbound = { platform: 'fuzz', userId, chatId: userId, chatType, text, time } as unknown as Inbound;
          const turn = await app.core.handle(inbound);
          expect(Array.isArray(turn.messages)).toBe(true);
          for (const m of turn.messages) expect(m.text).not.toMatch(/Error:|\[object Object\]|^\s*at \S+ \(|抱歉,系统出了点问题/m);
        },
      ),
      { numRuns: runs(60) },
    );
    expect(errors).toEqual([]);
  }, 600_000);
});
