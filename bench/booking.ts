// Booking figures for `npm run bench`: bookings per second through the core on a SQLite file, and slot search
// over a large mentor pool (200 mentors, 8 weeks ahead).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp } from '../src/app.ts';
import { createMentorRepo, type MentorInput } from '../src/booking/mentors.ts';
import { createBookingService } from '../src/booking/service.ts';
import { DAY_MS } from '../src/booking/time.ts';
import { SPECIALTY_NAMES } from '../src/booking/vocabulary.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createSqliteIdentityStore } from '../src/identity/identity.ts';
import { openDatabase } from '../src/store/db.ts';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** A mentor of the synthetic pool: varied specialties, weekly windows and lengths. */
function syntheticMentor(i: number): MentorInput {
  const specialties = [SPECIALTY_NAMES[i % SPECIALTY_NAMES.length]!, SPECIALTY_NAMES[(i * 7 + 3) % SPECIALTY_NAMES.length]!];
  return {
    name: `压测导师${i}`,
    role: i % 3 === 0 ? '导师' : i % 3 === 1 ? '辅导员' : '联络员',
    specialties: [...new Set(specialties)],
    counties: [],
    mode: 'both',
    availability: [1, 2, 3, 4, 5].filter((d) => (d + i) % 2 === 0 || d === 3).map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    session_minutes: [30, 45, 60][i % 3]!,
    buffer_minutes: 15,
    daily_cap: 4,
  };
}

/** What the benchmark's users want to talk about: one per specialty, as people say it. */
const TOPICS = ['养小龙虾', '米粉加工', '抖音带货', '开饭店', '办厂', '贷款', '报税', '申报补贴', '做品牌', '开民宿', '创业起步'];

/** What a user answers to the booking form's question, as a real one would; undefined once the booking is made. */
function answerTo(question: string): string | undefined {
  if (question.includes('预约已提交')) return undefined;
  if (question.includes('在哪方面')) return '综合创业'; // a general topic ("创业起步") is asked once more
  if (question.includes('选一个时间')) return '1';
  if (question.includes('手机号')) return '跳过';
  if (question.includes('确认预约吗')) return '确认';
  return undefined;
}

/** One user's whole booking conversation; whether it ended with a booking and how many messages it took. */
async function bookOnce(core: App['core'], user: string, topic: string): Promise<{ booked: boolean; turns: number }> {
  const say = (text: string) => core.handle({ platform: 'bench', userId: user, chatId: user, chatType: 'direct', text, time: new Date() });
  let reply = await say(`想约个导师 聊聊${topic} 线上`);
  for (let turns = 1; turns <= 8; turns++) {
    const text = reply.messages.map((m) => m.text).join('\n');
    const answer = answerTo(text);
    if (!answer) return { booked: text.includes('预约已提交'), turns };
    reply = await say(answer);
  }
  return { booked: false, turns: 9 };
}

/**
 * Whole booking conversations through the core (form, confirmation, database write) on a SQLite file. A warm-up
 * round on a database of its own comes first, as for the other warm figures: the clock measures bookings, not the
 * first compilation of the booking code.
 */
export async function bookingsPerSecond(
  count = 600,
  poolSize = 40,
): Promise<{ perSecond: number; booked: number; poolSize: number; turnsPerBooking: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-bench-'));
  try {
    const open = (file: string) => {
      const app = createApp({ knowledgeDir: './knowledge', dbPath: join(dir, file), logger: silentLogger, samples: true });
      const mentors = createMentorRepo(app.db);
      for (let i = 0; i < poolSize; i++) mentors.add(syntheticMentor(i), new Date());
      return app;
    };
    const warm = open('warm.sqlite');
    for (let i = 0; i < 100; i++) await bookOnce(warm.core, `w${i}`, TOPICS[i % TOPICS.length]!);
    warm.close();
    // The core (knowledge base, analyser, index, trained classifier) is built before the clock starts: start-up has
    // its own row, and this one measures bookings, not one start-up spread over them.
    const app = open('bench.sqlite');
    const core = app.core;
    let booked = 0;
    let turns = 0;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const done = await bookOnce(core, `b${i}`, TOPICS[i % TOPICS.length]!);
      if (done.booked) booked++;
      turns += done.turns;
    }
    const seconds = (performance.now() - t0) / 1000;
    app.close();
    return { perSecond: booked / seconds, booked, poolSize, turnsPerBooking: turns / count };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Slot search latency over 200 mentors × 8 weeks, with some slots already taken. */
export function slotSearch(queries = 2000): { p50: number; p99: number } {
  const db = openDatabase(':memory:');
  const service = createBookingService(db, createSqliteIdentityStore(db), {
    leadMs: 2 * 3600_000,
    horizonMs: 56 * DAY_MS,
    changeCutoffMs: 2 * 3600_000,
  });
  for (let i = 0; i < 200; i++) service.mentors.add(syntheticMentor(i), new Date());
  const now = Date.now();
  // Take a slot of every tenth search, so that busy intervals are part of the work.
  const times: number[] = [];
  for (let i = 0; i < queries; i++) {
    const specialty = SPECIALTY_NAMES[i % SPECIALTY_NAMES.length]!;
    const t0 = performance.now();
    const slots = service.findSlots({ specialty, ...(i % 4 === 0 ? { partOfDay: 'afternoon' as const } : {}) }, now);
    times.push(performance.now() - t0);
    if (i % 10 === 0 && slots[0])
      service.book(
        {
          person: `p${i}`,
          platform: 'bench',
          userId: `p${i}`,
          chatId: `p${i}`,
          slot: slots[0],
          topic: specialty,
          specialty,
          mode: 'online',
        },
        new Date(),
      );
  }
  db.close();
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}
