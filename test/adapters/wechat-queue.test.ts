import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSendQueue, realSleep, type Sleep } from '../../adapters/wechat/send-queue.ts';
import type { Pacing } from '../../adapters/wechat/pacing.ts';
import { silentLogger, type Logger } from '../../src/core/logger.ts';
import { openDatabase, type Db } from '../../src/store/db.ts';
import { captureLogger, deferred, virtualClock, wechatTempDir } from './wechat-helpers.ts';

const PACING: Pacing = { minGapMs: 1000, switchGapMinMs: 3000, switchGapMaxMs: 5000, perMinute: 20, perDay: 1000 };
const START = '2030-03-01T10:00:00+08:00';

interface Sent {
  chat: string;
  text: string;
  at: number;
}

interface Setup {
  db?: Db;
  pacing?: Partial<Pacing>;
  random?: () => number;
  clock?: ReturnType<typeof virtualClock>;
  send?: (message: { text: string }) => Promise<void>;
  logger?: Logger;
  sleep?: Sleep;
}

/** A queue on a virtual clock that records what it sends, and when. */
function paced(setup: Setup = {}) {
  const db = setup.db ?? openDatabase(join(wechatTempDir(), 'queue.sqlite'));
  const clock = setup.clock ?? virtualClock(START);
  const sent: Sent[] = [];
  const waiters: Array<() => void> = [];
  const queue = createSendQueue<{ chat: string; text: string }>({
    db,
    platform: 'wechat',
    pacing: { ...PACING, ...setup.pacing },
    logger: setup.logger ?? silentLogger,
    now: clock.now,
    sleep: setup.sleep ?? clock.sleep,
    random: setup.random ?? (() => 0),
    send: async (message) => {
      await setup.send?.(message);
      sent.push({ ...message, at: clock.ms });
      for (const wake of waiters.splice(0)) wake();
    },
  });
  const enqueue = (chat: string, ...texts: string[]) => {
    for (const text of texts) queue.enqueue(chat, { chat, text });
  };
  const untilSent = async (n: number) => {
    while (sent.length < n) await new Promise<void>((wake) => waiters.push(wake));
  };
  /** Gaps between consecutive sends, in ms. */
  const gaps = () => sent.slice(1).map((s, i) => s.at - sent[i]!.at);
  const offsets = () => sent.map((s) => s.at - Date.parse(START));
  return { db, clock, queue, sent, enqueue, untilSent, gaps, offsets };
}

describe('WeChat send queue pacing (virtual clock)', () => {
  it('keeps minGapMs within a chat and a random switch gap in [min, max] between chats', async () => {
    const draws = [0, 0.5, 0.99999];
    const q = paced({ random: () => draws.shift()! });
    q.enqueue('A', 'a1', 'a2');
    q.enqueue('B', 'b1', 'b2');
    q.enqueue('A', 'a3');
    q.enqueue('C', 'c1');
    q.queue.start();
    await q.untilSent(6);
    await q.queue.stop();
    expect(q.sent.map((s) => s.text)).toEqual(['a1', 'a2', 'b1', 'b2', 'a3', 'c1']);
    // a1→a2 same chat: 1000; a2→b1 switch (draw 0): 3000; b1→b2: 1000; b2→a3 switch (0.5): 4000; a3→c1 (≈1): 5000.
    expect(q.gaps()).toEqual([1000, 3000, 1000, 4000, 5000]);
    expect(draws).toEqual([]);
  });

  it('keeps minGapMs for a chat even when a shorter switch gap to another chat came in between', async () => {
    const q = paced({ pacing: { minGapMs: 5000, switchGapMinMs: 1000, switchGapMaxMs: 1000 } });
    q.enqueue('A', 'a1');
    q.enqueue('B', 'b1');
    q.enqueue('A', 'a2');
    q.queue.start();
    await q.untilSent(3);
    await q.queue.stop();
    expect(q.sent.map((s) => s.text)).toEqual(['a1', 'b1', 'a2']);
    expect(q.offsets()).toEqual([0, 1000, 5000]);
  });

  it('sends at most perMinute in any rolling minute', async () => {
    const q = paced({ pacing: { perMinute: 20 } });
    q.enqueue('A', ...Array.from({ length: 25 }, (_, i) => `m${i + 1}`));
    q.queue.start();
    await q.untilSent(25);
    await q.queue.stop();
    const seconds = q.offsets().map((ms) => ms / 1000);
    expect(seconds).toEqual([...Array.from({ length: 20 }, (_, i) => i), 60, 61, 62, 63, 64]);
    for (const [i, s] of q.sent.entries()) {
      expect(q.sent.filter((o) => o.at > s.at - 60_000 && o.at <= s.at).length, `window ending at send ${i + 1}`).toBeLessThanOrEqual(20);
    }
  });

  it('sends at most perDay per Shanghai calendar day, then goes on at Shanghai midnight', async () => {
    const q = paced({ pacing: { perDay: 5 } });
    q.enqueue('A', ...Array.from({ length: 7 }, (_, i) => `m${i + 1}`));
    q.queue.start();
    await q.untilSent(7);
    await q.queue.stop();
    expect(q.sent.map((s) => new Date(s.at).toISOString())).toEqual([
      '2030-03-01T02:00:00.000Z',
      '2030-03-01T02:00:01.000Z',
      '2030-03-01T02:00:02.000Z',
      '2030-03-01T02:00:03.000Z',
      '2030-03-01T02:00:04.000Z',
      '2030-03-01T16:00:00.000Z', // 00:00 on 2 March in Shanghai
      '2030-03-01T16:00:01.000Z',
    ]);
  });

  it('retries a failing send with back-off, marks it failed after 3 attempts, keeps its chat in order and other chats moving', async () => {
    const logger = captureLogger();
    const attempts: number[] = [];
    const q = paced({
      pacing: { minGapMs: 0, switchGapMinMs: 0, switchGapMaxMs: 0 },
      logger,
      send: async (m) => {
        if (m.text !== 'x1') return;
        attempts.push(q.clock.ms - Date.parse(START));
        throw new Error('contact not found');
      },
    });
    q.enqueue('X', 'x1', 'x2');
    q.enqueue('Y', 'y1');
    q.queue.start();
    await q.untilSent(2);
    await q.queue.stop();
    expect(attempts).toEqual([0, 2000, 6000]);
    // y1 is not held up by X's trouble; x2 waits until x1 has given up.
    expect(q.sent.map((s) => [s.text, s.at - Date.parse(START)])).toEqual([
      ['y1', 0],
      ['x2', 6000],
    ]);
    const row = q.db.prepare(`SELECT attempts, sent_at, failed_at, last_error FROM send_queue WHERE id = 1`).get();
    expect(row).toEqual({ attempts: 3, sent_at: null, failed_at: Date.parse(START) + 6000, last_error: 'contact not found' });
    expect(logger.lines.filter((l) => l.event.startsWith('send_queue.')).map((l) => l.event)).toEqual([
      'send_queue.retry',
      'send_queue.retry',
      'send_queue.failed',
    ]);
  });
});

describe('WeChat send queue persistence', () => {
  it('stop() finishes the send in flight and keeps the rest; a restart on the same SQLite file resumes with the same pacing', async () => {
    const path = join(wechatTempDir(), 'queue.sqlite');
    const clock = virtualClock(START);
    const inFlight = deferred();
    const started = deferred();
    const first = paced({
      db: openDatabase(path),
      clock,
      send: async (m) => {
        if (m.text !== 'a1') return;
        started.resolve();
        await inFlight.promise;
      },
    });
    first.enqueue('A', 'a1', 'a2', 'a3');
    first.queue.start();
    await started.promise;
    const stopping = first.queue.stop();
    inFlight.resolve();
    await stopping;
    expect(first.sent.map((s) => s.text)).toEqual(['a1']);
    const pending = (db: Db) => db.prepare(`SELECT count(*) AS n FROM send_queue WHERE sent_at IS NULL`).pluck().get();
    expect(pending(first.db)).toBe(2);
    first.db.close();

    clock.advance(200); // the process comes back 0.2 s later
    const second = paced({ db: openDatabase(path), clock });
    second.queue.start();
    await second.untilSent(2);
    await second.queue.stop();
    expect(second.sent.map((s) => s.text)).toEqual(['a2', 'a3']);
    // a1 went at +0 before the restart; minGapMs (1000) still counts from it.
    expect(second.offsets()).toEqual([1000, 2000]);
    expect(pending(second.db)).toBe(0);
  });

  it('a start() right after a stop() (logout, then login) waits for the send in flight and sends nothing twice', async () => {
    const inFlight = deferred();
    const started = deferred();
    const q = paced({
      send: async (m) => {
        if (m.text !== 'a1') return;
        started.resolve();
        await inFlight.promise;
      },
    });
    q.enqueue('A', 'a1', 'a2');
    q.queue.start();
    await started.promise;
    void q.queue.stop();
    q.queue.start();
    inFlight.resolve();
    await q.untilSent(2);
    await q.queue.stop();
    expect(q.sent.map((s) => s.text)).toEqual(['a1', 'a2']);
  });

  it('stop() during a long pacing pause returns at once and sends nothing more (real timers)', async () => {
    const q = paced({ pacing: { minGapMs: 600_000 }, clock: { ...virtualClock(START), now: () => new Date() }, sleep: realSleep });
    q.enqueue('A', 'a1', 'a2');
    q.queue.start();
    await q.untilSent(1);
    const before = performance.now();
    await q.queue.stop();
    expect(performance.now() - before).toBeLessThan(1000);
    expect(q.sent.map((s) => s.text)).toEqual(['a1']);
  });
});
