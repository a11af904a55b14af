// The WeChat send queue with its default pacing, on a virtual clock: a burst of replies and notices to many chats,
// drained as the real queue would drain it. Prints the gaps and rates it achieved and the real CPU cost per message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSendQueue } from '../adapters/wechat/send-queue.ts';
import type { Pacing } from '../adapters/wechat/pacing.ts';
import { silentLogger } from '../src/core/logger.ts';
import { openDatabase } from '../src/store/db.ts';

export const DEFAULT_PACING: Pacing = { minGapMs: 1000, switchGapMinMs: 3000, switchGapMaxMs: 5000, perMinute: 20, perDay: 1000 };

export interface PacingFigures {
  messages: number;
  chats: number;
  minSameChatGapMs: number;
  minSwitchGapMs: number;
  maxSwitchGapMs: number;
  maxInAnyMinute: number;
  drainMinutes: number;
  cpuMsPerMessage: number;
}

export async function wechatPacing(messages = 300, chats = 30): Promise<PacingFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-bench-pacing-'));
  const db = openDatabase(join(dir, 'queue.sqlite'));
  let t = Date.parse('2030-03-01T09:00:00+08:00');
  const started = t;
  const sent: Array<{ chat: string; at: number }> = [];
  let wake: (() => void) | undefined;
  const queue = createSendQueue<{ chat: string }>({
    db,
    platform: 'wechat',
    pacing: DEFAULT_PACING,
    logger: silentLogger,
    now: () => new Date(t),
    sleep: async (ms) => {
      t += ms;
    },
    send: async (m) => {
      sent.push({ chat: m.chat, at: t });
      if (sent.length === messages) wake?.();
    },
  });
  // A burst: one to three messages per person (an answer, a follow-up, a rating), person after person.
  for (let i = 0, k = 0; i < messages; k++) {
    const chat = `c${k % chats}`;
    for (let j = 0; j <= k % 3 && i < messages; j++, i++) queue.enqueue(chat, { chat });
  }
  const cpu = process.cpuUsage();
  const done = new Promise<void>((resolve) => (wake = resolve));
  queue.start();
  await done;
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 2000;
  await queue.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });

  const sameChat: number[] = [];
  const switches: number[] = [];
  const lastAt = new Map<string, number>();
  sent.forEach((s, i) => {
    const previous = lastAt.get(s.chat);
    if (previous !== undefined) sameChat.push(s.at - previous);
    if (i > 0 && sent[i - 1]!.chat !== s.chat) switches.push(s.at - sent[i - 1]!.at);
    lastAt.set(s.chat, s.at);
  });
  const maxInAnyMinute = Math.max(...sent.map((s) => sent.filter((o) => o.at > s.at - 60_000 && o.at <= s.at).length));
  return {
    messages,
    chats,
    minSameChatGapMs: Math.min(...sameChat),
    minSwitchGapMs: Math.min(...switches),
    maxSwitchGapMs: Math.max(...switches),
    maxInAnyMinute,
    drainMinutes: (sent.at(-1)!.at - started) / 60_000,
    cpuMsPerMessage: cpuMs / messages,
  };
}
