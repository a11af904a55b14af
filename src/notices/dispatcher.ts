import { RecipientGone } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { Recipient } from '../core/message.ts';
import { HOUR_MS, toLocal } from '../booking/time.ts';
import type { Db } from '../store/db.ts';
import type { OutboxRow } from './notices.ts';

/** How fast one platform may send. Telegram's documented limits by default. */
export interface RateLimits {
  /** Messages per second over all chats. */
  perSecond: number;
  /** Minimum gap between two messages to one chat, ms. */
  perChatGapMs: number;
  /** Messages per minute to one group chat. */
  perGroupPerMinute: number;
}

const TELEGRAM_LIMITS: RateLimits = { perSecond: 30, perChatGapMs: 1000, perGroupPerMinute: 20 };
/** WeChat's adapter paces its own persistent queue; the outbox only hands messages over to it. */
const UNPACED: RateLimits = { perSecond: Infinity, perChatGapMs: 0, perGroupPerMinute: Infinity };

export interface DispatcherOptions {
  db: Db;
  /** Sends one notice text to one recipient (through the platform's adapter). */
  send: (to: Recipient, text: string) => Promise<void>;
  /**
   * Puts it in the platform's persistent send queue in this database, synchronously, when the platform has one
   * (WeChat); returns false when it has not. Done in one transaction with the outbox mark: exactly once.
   */
  enqueueDurably?: (to: Recipient, text: string) => boolean;
  /** The text of a run's notice, footer included. */
  textOf: (runId: number) => string;
  limits?: Partial<Record<string, RateLimits>>;
  /** Told when a recipient is gone for good, to stop their subscription. */
  onGone?: (person: string) => void;
  /** Told when a run has nothing left to send. */
  onFinished?: () => void;
  logger: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** No notices from `start` to `end` o'clock, Asia/Shanghai, unless urgent. Default 22–8. */
  quietHours?: { start: number; end: number };
  maxAttempts?: number;
}

/** Whether `ms` falls in the quiet hours (Asia/Shanghai). */
export function isQuiet(ms: number, quiet = { start: 22, end: 8 }): boolean {
  const hour = Math.floor(toLocal(ms).minutes / 60);
  return quiet.start > quiet.end ? hour >= quiet.start || hour < quiet.end : hour >= quiet.start && hour < quiet.end;
}

/** The end of the quiet hours containing `ms`. */
function quietEnd(ms: number, quiet = { start: 22, end: 8 }): number {
  let t = ms - (ms % HOUR_MS) + HOUR_MS;
  while (isQuiet(t, quiet)) t += HOUR_MS;
  return t;
}

/** Sliding-window limits per platform: overall per second, per chat, per group per minute. */
function createLimiter(limits: (platform: string) => RateLimits) {
  const recent = new Map<string, number[]>();
  const lastToChat = new Map<string, number>();
  const groupSends = new Map<string, number[]>();
  const isGroup = (row: OutboxRow) => row.chatId !== row.userId;
  return {
    /** How long to wait before `row` may be sent at `t`. */
    delay(row: OutboxRow, t: number): number {
      const l = limits(row.platform);
      let at = t;
      const sent = recent.get(row.platform) ?? [];
      if (Number.isFinite(l.perSecond) && sent.length >= l.perSecond) at = Math.max(at, sent[sent.length - l.perSecond]! + 1000);
      const key = `${row.platform}:${row.chatId}`;
      const last = lastToChat.get(key);
      if (last !== undefined) at = Math.max(at, last + l.perChatGapMs);
      if (isGroup(row) && Number.isFinite(l.perGroupPerMinute)) {
        const g = groupSends.get(key) ?? [];
        if (g.length >= l.perGroupPerMinute) at = Math.max(at, g[g.length - l.perGroupPerMinute]! + 60_000);
      }
      return at - t;
    },
    record(row: OutboxRow, t: number) {
      const l = limits(row.platform);
      const sent = recent.get(row.platform) ?? [];
      sent.push(t);
      if (Number.isFinite(l.perSecond) && sent.length > l.perSecond) sent.splice(0, sent.length - l.perSecond);
      recent.set(row.platform, sent);
      const key = `${row.platform}:${row.chatId}`;
      lastToChat.set(key, t);
      if (isGroup(row)) {
        const g = groupSends.get(key) ?? [];
        g.push(t);
        if (g.length > l.perGroupPerMinute) g.splice(0, g.length - l.perGroupPerMinute);
        groupSends.set(key, g);
      }
      if (lastToChat.size > 50_000) lastToChat.clear(); // a broadcast reaches each chat once; old gaps are long past
    },
  };
}

/**
 * Sends the outbox. For a platform that sends from a persistent queue in this database (WeChat), the hand-over
 * and the outbox mark are one transaction: each (notice, recipient) reaches the platform's queue exactly once,
 * whenever the process dies. For a network platform (Telegram) each row is claimed before the call and marked
 * right after; a row found claimed at start was in flight when the process died and is sent again, because a call
 * that was cut off has almost always not been delivered. Only a death in the instant between Telegram's answer and
 * the mark can send one message twice; none is ever lost. Transient failures are retried with back-off; permanent
 * ones are recorded and stop the subscription.
 */
export function createDispatcher(options: DispatcherOptions) {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  const quiet = options.quietHours ?? { start: 22, end: 8 };
  const maxAttempts = options.maxAttempts ?? 5;
  const limiter = createLimiter((p) => options.limits?.[p] ?? (p === 'telegram' ? TELEGRAM_LIMITS : UNPACED));

  const COLUMNS = 'id, run_id AS runId, person, platform, user_id AS userId, chat_id AS chatId, urgent, attempts, next_at AS nextAt';
  const next = db.prepare<[number, number], Omit<OutboxRow, 'urgent'> & { urgent: number }>(
    `SELECT ${COLUMNS} FROM outbox WHERE status = 'pending' AND next_at <= ? AND (urgent = 1 OR ? = 0) ORDER BY urgent DESC, next_at, id LIMIT 1`,
  );
  const soonest = db.prepare<[number], { at: number | null }>(
    `SELECT MIN(next_at) AS at FROM outbox WHERE status = 'pending' AND (urgent = 1 OR ? = 0)`,
  );
  const claim = db.prepare<[number]>(`UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND status = 'pending'`);
  const sent = db.prepare<[number, number]>(`UPDATE outbox SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?`);
  const retry = db.prepare<[number, string, number]>(`UPDATE outbox SET status = 'pending', next_at = ?, error = ? WHERE id = ?`);
  const fail = db.prepare<[string, number]>(`UPDATE outbox SET status = 'failed', error = ? WHERE id = ?`);
  const recover = db.prepare(`UPDATE outbox SET status = 'pending', error = 'process stopped while sending' WHERE status = 'sending'`);

  let running: Promise<void> | undefined;
  let stopped = true;
  let wakeUp: (() => void) | undefined;
  const wake = () => wakeUp?.();

  /** Waits `ms` (forever when Infinity), or until woken by new work or stop. */
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      };
      if (!Number.isFinite(ms)) return;
      // An injected sleep is a virtual clock (tests): it moves time; the real clock is a timer that stop clears.
      if (options.sleep) void options.sleep(Math.max(0, ms)).then(() => wakeUp?.());
      else timer = setTimeout(() => wakeUp?.(), Math.max(0, ms));
    });

  /** Hands the row to a durable platform queue and marks it sent, atomically; false when the platform has none. */
  const handOver = db.transaction((row: OutboxRow, to: Recipient, text: string): boolean => {
    if (!options.enqueueDurably?.(to, text)) return false;
    sent.run(now().getTime(), row.id);
    return true;
  });

  const deliver = async (row: OutboxRow): Promise<void> => {
    const to = { platform: row.platform, userId: row.userId, chatId: row.chatId };
    const text = options.textOf(row.runId);
    try {
      if (handOver(row, to, text)) return;
      await options.send(to, text);
      sent.run(now().getTime(), row.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof RecipientGone || row.attempts + 1 >= maxAttempts) {
        fail.run(message.slice(0, 200), row.id);
        if (error instanceof RecipientGone) options.onGone?.(row.person);
        logger.warn('notices.failed', { outbox: row.id, platform: row.platform, error: message });
      } else {
        // 10 s, 40 s, 160 s, 640 s ... between attempts.
        retry.run(now().getTime() + 10_000 * 4 ** row.attempts, message.slice(0, 200), row.id);
      }
    }
  };

  const loop = async (): Promise<void> => {
    let sinceReport = 0;
    while (!stopped) {
      const t = now().getTime();
      const quietNow = isQuiet(t, quiet);
      const found = next.get(t, quietNow ? 1 : 0);
      if (!found) {
        if (sinceReport) options.onFinished?.();
        sinceReport = 0;
        const at = soonest.get(quietNow ? 1 : 0)?.at;
        const until = Math.min(at ?? Infinity, quietNow ? quietEnd(t, quiet) : Infinity);
        await idle(until - t);
        continue;
      }
      const row: OutboxRow = { ...found, urgent: found.urgent === 1 };
      const wait = limiter.delay(row, t);
      if (wait > 0) {
        await idle(wait);
        continue;
      }
      if (claim.run(row.id).changes === 0) continue;
      limiter.record(row, t);
      await deliver(row);
      sinceReport++;
    }
  };

  return {
    /** Starts sending; rows left claimed by a process that died become `uncertain`. */
    start(): void {
      if (!stopped) return;
      const lost = recover.run().changes;
      if (lost) logger.warn('notices.resent_after_restart', { rows: lost });
      stopped = false;
      running = loop().catch((error: unknown) => logger.error('notices.dispatcher_failed', { error }));
    },
    /** New rows are in the outbox. */
    wake,
    async stop(): Promise<void> {
      stopped = true;
      wake();
      await running;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
