import type { Outbound, Platform } from './message.ts';

/**
 * A chat platform as the core sees it. An adapter turns the platform's updates into `Inbound`s for
 * `core.handle`, and delivers `Outbound`s addressed to its platform: replies, and messages that start elsewhere
 * (a booking reaching a mentor, a reminder, a broadcast). The core never imports a platform SDK; adapters do.
 */
export interface Adapter {
  readonly platform: Platform;
  /** Connects and starts taking messages. Resolves once it is receiving. */
  start(): Promise<void>;
  /** Sends one message to a user or chat of this platform (queued and paced as the platform needs). */
  deliver(message: Outbound): Promise<void>;
  /** Stops taking messages, finishes those in flight, persists what is still queued. Idempotent. */
  stop(): Promise<void>;
  /**
   * For platforms that send from a persistent queue in the bot's own database (WeChat): puts the message in it
   * synchronously, so that the caller can do it in the same SQLite transaction as its own bookkeeping (the notice
   * outbox hands messages over exactly once this way).
   */
  enqueueDurably?(message: Outbound): void;
  /** Its connection as /healthz reports it; an adapter without one counts as up while it runs. */
  health?(): AdapterHealth;
}

/** An adapter's connection: `up` false when it can neither take nor send messages (logged out, polling gave up). */
export interface AdapterHealth {
  up: boolean;
  /** One word for people: logged_in, logged_out, polling, webhook, stopped. */
  state: string;
}

/** Where a turn's messages go: each to the adapter of its recipient's platform. */
export interface Delivery {
  deliver(messages: readonly Outbound[]): Promise<void>;
}

/** A platform refused to start for a reason the operator can fix (a revoked token, an unreachable server). */
export class AdapterStartError extends Error {
  override name = 'AdapterStartError';
}

/** A message that can never be delivered: the user blocked the bot or the chat is gone. Not worth retrying. */
export class RecipientGone extends Error {
  override name = 'RecipientGone';
}
