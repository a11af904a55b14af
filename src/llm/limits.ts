/** What keeps the model's cost and a failing provider's delay bounded: a call budget and a circuit breaker. */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** China keeps UTC+8 all year: the daily budget turns at midnight in Beijing. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface Budget {
  /** Whether one more call fits in the last minute and in today. */
  allows(at: number): boolean;
  /** Counts a call (every attempt, whatever its outcome). */
  spend(at: number): void;
}

/** At most `perMinute` calls in any sliding minute and `perDay` in a day (Asia/Shanghai). */
export function createBudget(perMinute: number, perDay: number): Budget {
  const lastMinute: number[] = [];
  let day = Number.NaN;
  let today = 0;
  const roll = (at: number) => {
    while (lastMinute.length && lastMinute[0]! <= at - MINUTE_MS) lastMinute.shift();
    const current = Math.floor((at + BEIJING_OFFSET_MS) / DAY_MS);
    if (current !== day) [day, today] = [current, 0];
  };
  return {
    allows(at) {
      roll(at);
      return lastMinute.length < perMinute && today < perDay;
    },
    spend(at) {
      roll(at);
      lastMinute.push(at);
      today++;
    },
  };
}

export interface Breaker {
  /** Whether a call may go out now; after an open period, one trial call is let through and the rest wait for it. */
  allow(at: number): boolean;
  succeeded(): void;
  /** A failed call; `openForMs` (a 429's Retry-After) opens the circuit at once for that long. */
  failed(at: number, openForMs?: number): void;
}

/** Opens after `threshold` consecutive failures for `openMs`, then lets one trial call decide: closed again, or open. */
export function createBreaker(options: { threshold?: number; openMs?: number } = {}): Breaker {
  const { threshold = 5, openMs = 60_000 } = options;
  let failures = 0;
  /** 0 while closed. */
  let openUntil = 0;
  let trialOut = false;
  return {
    allow(at) {
      if (!openUntil) return true;
      if (at < openUntil || trialOut) return false;
      trialOut = true;
      return true;
    },
    succeeded() {
      [failures, openUntil, trialOut] = [0, 0, false];
    },
    failed(at, openForMs) {
      failures++;
      if (openForMs !== undefined || trialOut || failures >= threshold) openUntil = at + (openForMs ?? openMs);
      trialOut = false;
    },
  };
}
