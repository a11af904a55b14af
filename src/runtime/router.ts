import type { Adapter, Delivery } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { Outbound } from '../core/message.ts';

/**
 * Delivers each message through the adapter of its recipient's platform. A message for a platform that is not
 * running (a mentor bound on Telegram while only WeChat runs) is logged, not lost silently.
 */
export interface Router extends Delivery {
  add(adapter: Adapter): void;
  readonly adapters: Adapter[];
  /** Delivers one message and lets its failure reach the caller. */
  send(message: Outbound): Promise<void>;
  /** Puts a message in its platform's persistent queue synchronously, when the platform has one; false otherwise. */
  enqueueDurably(message: Outbound): boolean;
}

export function createRouter(logger: Logger): Router {
  const byPlatform = new Map<string, Adapter>();
  return {
    get adapters() {
      return [...byPlatform.values()];
    },
    add(adapter) {
      byPlatform.set(adapter.platform, adapter);
    },
    enqueueDurably(message) {
      const adapter = byPlatform.get(message.to.platform);
      if (!adapter?.enqueueDurably) return false;
      adapter.enqueueDurably(message);
      return true;
    },
    /** Delivers one message and lets its failure reach the caller (the notice outbox retries or records it). */
    async send(message) {
      const adapter = byPlatform.get(message.to.platform);
      if (!adapter) throw new Error(`no adapter is running for ${message.to.platform}`);
      await adapter.deliver(message);
    },
    async deliver(messages) {
      for (const message of messages) {
        const adapter = byPlatform.get(message.to.platform);
        if (!adapter) {
          logger.warn('router.no_adapter', { platform: message.to.platform, userId: message.to.userId });
          continue;
        }
        try {
          await adapter.deliver(message);
        } catch (error) {
          logger.error('router.deliver_failed', { error, platform: message.to.platform, userId: message.to.userId });
        }
      }
    },
  };
}
