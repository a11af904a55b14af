/** Builders shared by the WeChat adapter tests: temp dirs, a virtual clock, a logger that remembers what it was told. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Logger } from '../../src/core/logger.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory for a SQLite file or a QR code image, removed after the test file. */
export function wechatTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-wechat-'));
  made.push(dir);
  return dir;
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  event: string;
  fields: Record<string, unknown>;
}

/** A logger that keeps its lines, and lets a test wait for an event (the adapter reports its state by logging). */
export function captureLogger(): Logger & { lines: LogLine[]; waitFor(event: string, count?: number): Promise<LogLine> } {
  const lines: LogLine[] = [];
  const waiters: Array<() => void> = [];
  const log =
    (level: LogLine['level']) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      lines.push({ level, event, fields });
      for (const wake of waiters.splice(0)) wake();
    };
  const matching = (event: string) => lines.filter((l) => l.event === event);
  return {
    lines,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    async waitFor(event, count = 1) {
      while (matching(event).length < count) await new Promise<void>((wake) => waiters.push(wake));
      return matching(event)[count - 1]!;
    },
  };
}

/** Time that only moves when the code under test sleeps: pacing figures are exact and nothing really waits. */
export function virtualClock(startIso: string) {
  let t = Date.parse(startIso);
  const slept: number[] = [];
  return {
    now: () => new Date(t),
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    advance: (ms: number) => (t += ms),
    get ms() {
      return t;
    },
    slept,
  };
}

/** Something a test can resolve by hand, e.g. to hold a send in flight. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
