/**
 * A per-person message limit, so that one account cannot flood staff with leads and hand-offs or the bot with work.
 * It sits before anything that writes or notifies anyone.
 */
import { maskAccount } from '../identity/identity.ts';
import type { Middleware } from './compose.ts';
import type { Context } from './context.ts';

export const SLOW_DOWN_REPLY = '您发得太快了,请稍等一分钟再发。';

const MINUTE_MS = 60_000;
/** People tracked at once; beyond it the longest quiet are forgotten first (they are the least likely to flood). */
const MAX_TRACKED = 10_000;
/** Every this many messages, people quiet for a minute are forgotten. */
const SWEEP_EVERY = 1_000;

export type Verdict = 'ok' | 'slow-down' | 'silent';

export interface RateLimiter {
  /** Counts one message from `key` at `at` (ms): answer it, answer it with a request to slow down, or stay silent. */
  check(key: string, at: number): Verdict;
  /** How many keys are remembered (bounded by `maxTracked`). */
  readonly size: number;
}

interface Track {
  /** The newest `perWindow` message times, oldest first. */
  times: number[];
  /** Told to slow down since the last answered message. */
  warned: boolean;
}

/**
 * A sliding window per key. Every message counts, answered or not: someone who keeps sending stays silenced until
 * fewer than `perWindow` of their messages fall in the last window, i.e. until they pause as the reply asks.
 * The first message over the limit gets `slow-down`, the rest `silent`, until one is answered again.
 */
export function createRateLimiter(options: { perWindow: number; windowMs?: number; maxTracked?: number }): RateLimiter {
  const { perWindow, windowMs = MINUTE_MS, maxTracked = MAX_TRACKED } = options;
  const tracks = new Map<string, Track>();
  let seen = 0;

  const sweep = (now: number) => {
    for (const [key, track] of tracks) if (Math.max(...track.times) <= now - windowMs) tracks.delete(key);
    // Still too many people active at once: forget the longest quiet (the map keeps the most recent last).
    for (const key of tracks.keys()) {
      if (tracks.size <= maxTracked * 0.9) break;
      tracks.delete(key);
    }
  };

  return {
    check(key, at) {
      if (++seen % SWEEP_EVERY === 0 || tracks.size >= maxTracked) sweep(at);
      const track = tracks.get(key) ?? { times: [], warned: false };
      tracks.delete(key);
      tracks.set(key, track);
      const recent = track.times.filter((t) => t > at - windowMs).length;
      track.times.push(at);
      if (track.times.length > perWindow) track.times.shift();
      if (recent < perWindow) {
        track.warned = false;
        return 'ok';
      }
      if (track.warned) return 'silent';
      track.warned = true;
      return 'slow-down';
    },
    get size() {
      return tracks.size;
    },
  };
}

/**
 * More than `limits.messagesPerMinute` messages from one person (linked accounts together) in a sliding minute: one
 * polite reply, then silence until they pause. Staff are exempt: they are bound by an admin, accountable, and work in
 * bursts (replying to several tickets, composing a notice, acknowledging a list of leads). Mentors are not: nothing
 * they do needs twenty messages a minute, and like anyone they can hand off and register leads.
 * Time is the platform's receiving time of the message (a backlog delivered at once after an outage is not a flood),
 * or the clock when a message carries none.
 */
export function rateLimit(perMinute: number): Middleware<Context> {
  const limiter = createRateLimiter({ perWindow: perMinute });
  return async (ctx, next) => {
    const time = ctx.inbound.time instanceof Date && !Number.isNaN(ctx.inbound.time.getTime()) ? ctx.inbound.time : ctx.deps.now();
    const person = ctx.deps.identities.personOf(ctx.inbound);
    const verdict = limiter.check(person, time.getTime());
    if (verdict === 'ok' || ctx.deps.staff.of(person)) return next();
    if (verdict === 'slow-down') {
      ctx.deps.logger.warn('core.rate_limited', { account: maskAccount(ctx.inbound), perMinute });
      ctx.reply(SLOW_DOWN_REPLY);
    }
  };
}
