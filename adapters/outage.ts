import type { Logger } from '../src/core/logger.ts';

/** How many back-off steps of one outage pass between two `<platform>.outage` summaries while it lasts. */
const SUMMARY_EVERY = 10;

interface OutageLogOptions {
  /** Prefixes the events: `wechat.reconnect`, `wechat.outage`. */
  platform: string;
  logger: Logger;
  now?: () => number;
  summaryEvery?: number;
}

/**
 * What a platform that cannot connect says, kept to a few lines: one `<platform>.reconnect` line per back-off step
 * (attempt, the last error's message, how many errors came since the previous step, the next delay), a
 * `<platform>.outage` summary every few steps and when it ends (recovered, or stopped while down). A puppet that
 * reports the same failure twenty times a second is counted, not printed; stacks go to `debug` only.
 */
interface OutageLog {
  /**
   * An error while the platform is not connected: starts the outage if none is running, and is counted under
   * `message` (the error's own by default).
   */
  failed(error: unknown, message?: string): void;
  /** A back-off step: the one line of this step; returns its attempt number (1, 2, ...). */
  step(inMs: number, reason: string): number;
  /** The platform works again: a summary, if it was down. */
  recovered(): void;
  /** The adapter stops: a summary, if it was down. */
  stopped(): void;
  /** Whether an outage is running, and how many errors it has seen. */
  readonly state: { down: boolean; attempts: number; errors: number };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createOutageLog(options: OutageLogOptions): OutageLog {
  const { platform, logger } = options;
  const now = options.now ?? Date.now;
  const every = options.summaryEvery ?? SUMMARY_EVERY;
  interface Outage {
    since: number;
    attempts: number;
    errors: number;
    /** Errors since the last step, by message. */
    sinceStep: Map<string, number>;
    last?: string;
  }
  let outage: Outage | undefined;

  const begin = (): Outage => (outage ??= { since: now(), attempts: 0, errors: 0, sinceStep: new Map() });
  const summary = (state: 'down' | 'recovered' | 'stopped') => {
    if (!outage) return;
    logger.warn(`${platform}.outage`, {
      state,
      downForMs: now() - outage.since,
      attempts: outage.attempts,
      errors: outage.errors,
      ...(outage.last ? { lastError: outage.last } : {}),
    });
  };

  return {
    failed(error, message = messageOf(error)) {
      const current = begin();
      current.errors++;
      current.last = message;
      current.sinceStep.set(message, (current.sinceStep.get(message) ?? 0) + 1);
      // Every single error, with its stack, for whoever debugs.
      logger.debug(`${platform}.error`, { error });
    },
    step(inMs, reason) {
      const current = begin();
      const attempt = ++current.attempts;
      const seen = [...current.sinceStep];
      // The latest error, if any came since the previous step; the others by message with their counts.
      const latest = seen.length ? current.last : undefined;
      const other = seen.filter(([message]) => message !== latest).map(([message, n]) => ({ message, n }));
      logger.warn(`${platform}.reconnect`, {
        attempt,
        reason,
        ...(latest ? { error: latest } : {}),
        errorsSinceLastStep: seen.reduce((n, [, count]) => n + count, 0),
        ...(other.length ? { otherErrors: other.slice(0, 3) } : {}),
        inMs,
      });
      current.sinceStep.clear();
      if (attempt % every === 0) summary('down');
      return attempt;
    },
    recovered() {
      summary('recovered');
      outage = undefined;
    },
    stopped() {
      summary('stopped');
      outage = undefined;
    },
    get state() {
      return { down: outage !== undefined, attempts: outage?.attempts ?? 0, errors: outage?.errors ?? 0 };
    },
  };
}
