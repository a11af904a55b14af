/**
 * How fast a personal WeChat account may send without being flagged: gaps between messages, and caps per rolling
 * minute and per calendar day. Pure arithmetic over the send history, so the queue and its tests share one rule.
 */

export interface Pacing {
  /** Least time between two messages to the same chat. */
  minGapMs: number;
  /** Least and greatest pause, drawn at random, before a message to a different chat than the previous one. */
  switchGapMinMs: number;
  switchGapMaxMs: number;
  /** Most messages in any 60 seconds. */
  perMinute: number;
  /** Most messages per calendar day in Asia/Shanghai. */
  perDay: number;
}

/** What the rule needs to know about messages already sent (times in epoch milliseconds). */
export interface SendHistory {
  /** The most recent send, whatever its chat. */
  last?: { chatId: string; at: number };
  /** The most recent send to the chat of the next message. */
  lastToChat?: number;
  /** The `perMinute`-th most recent send, if there have been that many. */
  nthMostRecent?: number;
  /** How many were sent since the start of the current Shanghai day. */
  sentToday: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so day boundaries need no time-zone database. */
const SHANGHAI_OFFSET = 8 * 3_600_000;

/** Midnight in Shanghai at or before `t`. */
export function shanghaiDayStart(t: number): number {
  return t - ((((t + SHANGHAI_OFFSET) % DAY) + DAY) % DAY);
}

/** A switch gap in [min, max], whole milliseconds, both ends reachable. */
function switchGap(pacing: Pacing, random: () => number): number {
  const span = pacing.switchGapMaxMs - pacing.switchGapMinMs;
  return pacing.switchGapMinMs + Math.min(span, Math.floor(random() * (span + 1)));
}

/**
 * The earliest time the next message to `chatId` may go. Every limit only ever gets easier as time passes, so the
 * answer is the latest of the times each limit allows on its own. `random` is drawn only when the chat changes.
 */
export function nextSendAt(chatId: string, now: number, history: SendHistory, pacing: Pacing, random: () => number): number {
  const bounds = [now];
  const { last, lastToChat, nthMostRecent } = history;
  if (last) bounds.push(last.at + (last.chatId === chatId ? pacing.minGapMs : switchGap(pacing, random)));
  if (lastToChat !== undefined) bounds.push(lastToChat + pacing.minGapMs);
  if (nthMostRecent !== undefined) bounds.push(nthMostRecent + MINUTE);
  if (history.sentToday >= pacing.perDay) bounds.push(shanghaiDayStart(now) + DAY);
  return Math.max(...bounds);
}
