// The load of `npm run soak`: simulated users, each with a script drawn from a seeded generator, talking to the real
// app (SQLite file, real core, runtime router, notice broadcaster) concurrently. An in-process adapter at the edge
// records what every user receives. Used in process (`bench/soak.ts`) and in a child that gets killed
// (`bench/soak-worker.ts`); a progress log lets a restarted run continue each user's script where it stopped.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp, type App } from '../src/app.ts';
import { SPECIALTY_NAMES } from '../src/booking/vocabulary.ts';
import type { Adapter } from '../src/core/adapter.ts';
import type { Logger } from '../src/core/logger.ts';
import type { Outbound } from '../src/core/message.ts';
import { renderNumbered } from '../src/dialogue/choice.ts';
import { createBroadcast } from '../src/notices/service.ts';
import { createRouter } from '../src/runtime/router.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const PLATFORM = 'soak';
export const NOTICE_TEXT = '【压测通知】楚商大会报名开始';
export const CRASH_REPLY = '抱歉,系统出了点问题';
/** Gap between two messages of one user (of their `time`): 15 a minute, under the default limit of 20. */
export const MESSAGE_GAP_MS = 4_000;
const MENTORS = 30;
/** People subscribed before the load starts (the notice reaches them too). */
export const PASSIVE_SUBSCRIBERS = 300;
/** The notice goes out at this rate, so that it is still being sent when the soak kills the process. */
export const NOTICE_PER_SECOND = 40;

/** A small seeded generator (mulberry32), so that a run and its restart draw the same scripts. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const POLICY = readFileSync(resolve(ROOT, 'test/fixtures/phrasings.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; intent: string })
  .filter((l) => l.intent === 'policy.ask')
  .map((l) => l.text);
const TOPICS = ['养小龙虾', '米粉加工', '抖音带货', '开饭店', '办厂', '贷款', '报税', '申报补贴', '做品牌', '开民宿', '创业起步'];
const COUNTIES = ['监利', '洪湖', '沙市', '荆州区', '公安', '石首', '松滋', '江陵'];
const CITIES = ['上海', '深圳', '广州', '武汉', '杭州', '东莞'];
const NAMES = ['王先生', '李女士', '老张', '陈总', '刘姐', '赵先生'];
const SMALL_TALK = ['你好', '在吗', '/help', '/menu', '谢谢', '最近有什么活动', '有哪些联络站', '怎么联系你们'];

export type Episode = 'policy' | 'booking' | 'lead' | 'subscribe' | 'event' | 'handoff' | 'chat' | 'mine';

/** Where one user is in their script; JSON, so that a restarted run continues from the progress log. */
export interface UserState {
  rng: number;
  episode?: Episode;
  /** What the last reply asked for, as the driver understood it. */
  asked?: string;
  inForm?: boolean;
}

/** What the bot's reply asks for, by the words it uses. */
function askedFor(reply: string): string | undefined {
  const rules: Array<[RegExp, string]> = [
    [/同意登记吗/, 'consent'],
    [/怎么称呼/, 'name'],
    [/老家是荆州哪里/, 'county'],
    [/现在在哪个城市/, 'city'],
    [/公司或店名/, 'company'],
    [/哪个行业/, 'industry'],
    [/想回来做什么项目/, 'project'],
    [/希望得到哪些支持/, 'support'],
    [/投资规模/, 'amount'],
    [/手机号/, 'phone'],
    [/信息无误就提交吗/, 'lead-confirm'],
    [/确认预约吗/, 'booking-confirm'],
    [/请选一个时间/, 'slot'],
    [/线上还是线下/, 'mode'],
    [/哪个县市区当面/, 'place'],
  ];
  let found: string | undefined;
  let at = -1;
  // The last question in the reply wins (a side answer is followed by "继续刚才的…" and the question again).
  for (const [re, what] of rules) {
    const i = reply.search(re);
    if (i > at) [found, at] = [what, i];
  }
  return found;
}

const PHONE = (rand: () => number) =>
  `13${Math.floor(rand() * 1e9)
    .toString()
    .padStart(9, '0')}`;

/**
 * The user's next message, given what the bot asked last. Forms are answered as people do: mostly the answer,
 * sometimes a question on the side, a skip, a wrong phone number first, or giving up.
 */
export function nextMessage(state: UserState): { text: string; state: UserState } {
  const rand = seeded(state.rng);
  const next = { ...state, rng: Math.floor(rand() * 2 ** 31) };
  const r = rand();
  if (state.inForm && state.asked) {
    if (r < 0.06) return { text: pick(rand, POLICY), state: next }; // a side question
    if (r < 0.075) return { text: pick(rand, ['算了', '不约了', '先不弄了']), state: { ...next, inForm: false } };
    // A correction of an earlier answer, said the way people say it.
    if (r < 0.09 && state.episode === 'lead' && state.asked !== 'consent')
      return { text: `不对,老家是${pick(rand, COUNTIES)}`, state: next };
    switch (state.asked) {
      case 'consent':
        return { text: pick(rand, ['同意', '1', '好的同意']), state: next };
      case 'name':
        return { text: pick(rand, NAMES), state: next };
      case 'county':
        return { text: pick(rand, COUNTIES), state: next };
      case 'city':
        return { text: pick(rand, CITIES), state: next };
      case 'company':
        return { text: pick(rand, ['宏达电子', '楚味食品', '1', '跳过']), state: next };
      case 'industry':
        return { text: pick(rand, ['电子制造', '食品加工', '农业', '跳过']), state: next };
      case 'project':
        return { text: pick(rand, ['回老家建个厂', '开个农产品加工厂', '做电商仓储']), state: next };
      case 'support':
        return { text: pick(rand, ['需要50亩地和贴息贷款', '审批快一点', '跳过']), state: next };
      case 'amount':
        return { text: pick(rand, ['五百万', '两个亿', '300万', '跳过']), state: next };
      case 'phone':
        return { text: r < 0.15 ? '1381234567' : r < 0.5 ? '跳过' : PHONE(rand), state: next };
      case 'lead-confirm':
        return { text: r < 0.1 ? '2' : '1', state: next };
      case 'booking-confirm':
        // "不对" goes back to the choice of time: a correction.
        return { text: r < 0.06 ? '不约了' : r < 0.16 ? '不对' : '1', state: next };
      case 'slot':
        return { text: r < 0.12 ? pick(rand, ['下周三下午', '周五上午', '明天']) : String(1 + Math.floor(rand() * 3)), state: next };
      case 'place':
        return { text: r < 0.5 ? String(1 + Math.floor(rand() * 8)) : pick(rand, COUNTIES), state: next };
      case 'mode':
        return { text: pick(rand, ['线上', '1', '线下', '都可以']), state: next };
    }
  }
  // A new episode.
  const episode = pick<Episode>(rand, [
    'policy',
    'policy',
    'policy',
    'booking',
    'booking',
    'lead',
    'lead',
    'subscribe',
    'event',
    'handoff',
    'chat',
    'mine',
  ]);
  const text = {
    policy: () => pick(rand, POLICY),
    booking: () =>
      `${pick(rand, ['想约个导师', '预约创业导师', '找个老师咨询一下'])} 聊聊${pick(rand, TOPICS)}${pick(rand, ['', ' 线上', ' 线下'])}`,
    lead: () => pick(rand, ['我想登记投资意向', '我想回老家投资 怎么登记', '登记返乡创业项目']),
    subscribe: () => pick(rand, ['订阅活动通知', `只订阅${pick(rand, CITIES)}的`, '订阅通知']),
    event: () => pick(rand, ['最近有什么活动', '有什么招商会', '下个月有活动吗']),
    handoff: () => pick(rand, ['转人工', '我要找人工客服', '找工作人员']),
    chat: () => pick(rand, SMALL_TALK),
    mine: () => pick(rand, ['我的预约', '查看我的预约']),
  }[episode]();
  return { text, state: { ...next, episode, inForm: false } };
}

/** Reads the bot's replies into the user's state: which question is open, whether a form is. */
export function readReply(state: UserState, reply: string): UserState {
  const asked = askedFor(reply);
  const inForm = asked !== undefined && (state.episode === 'booking' || state.episode === 'lead' || state.inForm === true);
  return { ...state, ...(asked && inForm ? { asked } : { asked: undefined }), inForm };
}

/** Booking references the user was told were made ("预约已提交,编号 YY…", "已改到 …(编号 YY…)"). */
export const toldRefs = (reply: string): string[] =>
  [...reply.matchAll(/(?:预约已提交,编号 |已改到 [^\n]*编号 )(YY\d+)/g)].map((m) => m[1]!);

/** Counts errors the core logs, and keeps the first few. */
export function countingLogger(): Logger & {
  errors: Array<{ event: string; fields?: Record<string, unknown> }>;
  warned: Map<string, number>;
} {
  const errors: Array<{ event: string; fields?: Record<string, unknown> }> = [];
  const warned = new Map<string, number>();
  return {
    errors,
    warned,
    debug() {},
    info() {},
    warn(event) {
      warned.set(event, (warned.get(event) ?? 0) + 1);
    },
    error(event, fields) {
      errors.push({ event, ...(fields ? { fields } : {}) });
    },
  };
}

/**
 * The adapter at the edge: records every message per user, in delivery order. Notices go through
 * `enqueueDurably` into its own table in the bot's database, in the broadcaster's transaction, as WeChat's send
 * queue does: that is what makes "sent once" hold across a kill.
 */
export function recordingAdapter(app: App): Adapter & { received: Map<string, Outbound[]> } {
  app.db.exec('CREATE TABLE IF NOT EXISTS soak_delivered (id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, text TEXT NOT NULL)');
  const insert = app.db.prepare<[string, string]>('INSERT INTO soak_delivered (user_id, text) VALUES (?, ?)');
  const received = new Map<string, Outbound[]>();
  return {
    platform: PLATFORM,
    received,
    async start() {},
    async stop() {},
    async deliver(message) {
      const list = received.get(message.to.userId) ?? [];
      list.push(message);
      received.set(message.to.userId, list);
    },
    enqueueDurably(message) {
      insert.run(message.to.userId, message.text);
    },
  };
}

export interface LoadOptions {
  dbPath: string;
  users: number;
  messages: number;
  seed: number;
  /** Append-only progress log (JSONL); a run given an existing log continues from it. */
  progressLog?: string;
  /** When the notice is composed: after this many messages in all. */
  noticeAfter?: number;
  messagesPerMinute?: number;
  passiveSubscribers?: number;
  noticePerSecond?: number;
}

export interface LoadResult {
  sent: number;
  latenciesMs: number[];
  /** Until the last user's last reply. */
  wallMs: number;
  /** Until the notice was sent to everyone too. */
  broadcastMs: number;
  latencyByIntent: Map<string, number[]>;
  /** The first question after start (loads the analyser and index). */
  warmUpMs: number;
  /** `users` questions arriving at once: when the median and the last were answered. */
  burstMs: { p50: number; last: number };
  errors: Array<{ event: string; fields?: Record<string, unknown> }>;
  crashReplies: number;
  /** Messages that got no reply at all (the rate limiter's silence, or a bug). */
  unanswered: number;
  slowDowns: number;
  /** A turn's replies to the sender that were not delivered to them contiguously, in order. */
  orderViolations: number;
  told: Map<string, string[]>;
  acceptedByMentors: number;
  formsFoundAtStart: number;
  formsLostAtStart: number;
  resumedInFlight: number;
  broadcast: { recipients: number; sent: number; pending: number } | undefined;
  peakRssMb: number;
  intents: Map<string, number>;
  unexpected: string[];
}

interface Logged {
  u: number;
  k: number;
  kind: 'sent' | 'reply';
  text?: string;
  state: UserState;
  told?: string[];
  crash?: boolean;
  silent?: boolean;
}

const userId = (i: number) => `s${i}`;
const mentorUser = (id: number) => `m${id}`;

/** Adds a pool of mentors (only on an empty pool of synthetic ones) and binds each to a chat account of ours. */
async function mentorPool(app: App, say: (user: string, text: string) => Promise<unknown>): Promise<void> {
  const existing = app.booking.mentors.list().filter((m) => m.name.startsWith('压测导师'));
  if (existing.length) return;
  for (let i = 0; i < MENTORS; i++) {
    const m = app.booking.mentors.add(
      {
        name: `压测导师${i}`,
        role: (['导师', '辅导员', '联络员'] as const)[i % 3]!,
        specialties: [...new Set([SPECIALTY_NAMES[i % SPECIALTY_NAMES.length]!, SPECIALTY_NAMES[(i * 7 + 3) % SPECIALTY_NAMES.length]!])],
        counties: [],
        mode: 'both',
        availability: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
        session_minutes: [30, 45, 60][i % 3]!,
        buffer_minutes: 15,
        daily_cap: 6,
      },
      new Date(),
    );
    const code = app.booking.mentors.invite(m.id, new Date());
    await say(mentorUser(m.id), `/bind ${code}`);
  }
}

/** Runs (or continues) the load; resolves when every user has sent all their messages and the broadcast is done. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const logger = countingLogger();
  const app = createApp({
    knowledgeDir: resolve(ROOT, 'knowledge'),
    dbPath: options.dbPath,
    logger,
    // The sample mentors and events as well: events are part of what users ask about.
    samples: true,
    ...(options.messagesPerMinute ? { limits: { messagesPerMinute: options.messagesPerMinute } } : {}),
  });
  const router = createRouter(logger);
  const adapter = recordingAdapter(app);
  router.add(adapter);
  const broadcast = createBroadcast({
    db: app.db,
    notices: app.notices,
    send: (message) => router.send(message),
    enqueueDurably: (message) => router.enqueueDurably(message),
    deliver: (messages) => router.deliver(messages),
    reach: (person) => app.booking.reach(person),
    onGone: (person) => app.subscriptions.setReachable(person, false, new Date()),
    logger,
    limits: { [PLATFORM]: { perSecond: options.noticePerSecond ?? NOTICE_PER_SECOND, perChatGapMs: 0, perGroupPerMinute: Infinity } },
  });
  app.onNotice = (notice) => void broadcast.scheduled(notice);

  // Each account's own clock for `time`: MESSAGE_GAP_MS apart (with a little jitter), so the rate limit is real.
  const t0 = Date.now();
  const clocks = new Map<string, number>();
  const timeOf = (user: string) => {
    const at = Math.max(clocks.get(user) ?? t0, t0) + MESSAGE_GAP_MS + Math.floor(Math.random() * 500);
    clocks.set(user, at);
    return new Date(at);
  };
  const intents = new Map<string, number>();
  const handle = async (user: string, text: string) => {
    const turn = await app.core.handle({ platform: PLATFORM, userId: user, chatId: user, chatType: 'direct', text, time: timeOf(user) });
    intents.set(turn.intent, (intents.get(turn.intent) ?? 0) + 1);
    await router.deliver(turn.messages);
    return turn;
  };
  await mentorPool(app, handle);
  // People who subscribed before the day of the load: the notice reaches them too, and takes a while to send.
  if (!app.subscriptions.audience({}).some((person) => person.includes('soak:p'))) {
    app.db.transaction(() => {
      for (let i = 0; i < (options.passiveSubscribers ?? PASSIVE_SUBSCRIBERS); i++)
        app.subscriptions.subscribe(app.identities.personOf({ platform: PLATFORM, userId: `p${i}` }), {}, new Date());
    })();
  }

  // Continue from the progress log: each user's last state, and the message that was in flight at the kill.
  const resume = new Map<number, { k: number; state: UserState; inFlight?: string }>();
  const told = new Map<string, string[]>();
  if (options.progressLog && existsSync(options.progressLog)) {
    for (const line of readFileSync(options.progressLog, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let entry: Logged;
      try {
        entry = JSON.parse(line) as Logged;
      } catch {
        continue; // the line the kill cut short
      }
      if (entry.kind !== 'sent' && entry.kind !== 'reply') continue;
      if (entry.kind === 'sent') resume.set(entry.u, { k: entry.k, state: entry.state, inFlight: entry.text! });
      else {
        resume.set(entry.u, { k: entry.k + 1, state: entry.state });
        if (entry.told?.length) told.set(userId(entry.u), [...(told.get(userId(entry.u)) ?? []), ...entry.told]);
      }
    }
  }
  const log = (entry: Logged) => options.progressLog && appendFileSync(options.progressLog, `${JSON.stringify(entry)}\n`);

  // A user who was in the middle of a form at the kill (and whose message was answered) must find it still open.
  let formsFoundAtStart = 0;
  let formsLostAtStart = 0;
  for (const [u, r] of resume) {
    if (r.inFlight !== undefined || !r.state.inForm) continue;
    const person = app.identities.personOf({ platform: PLATFORM, userId: userId(u) });
    if (app.sessions.load(person).form) formsFoundAtStart++;
    else formsLostAtStart++;
  }

  // Mentors accept what they are offered, a little later, as a mentor would.
  const offers: Array<{ mentor: string; ref: string }> = [];
  let acceptedByMentors = 0;
  const deliver = adapter.deliver.bind(adapter);
  adapter.deliver = async (message) => {
    await deliver(message);
    const ref = /新预约 (YY\d+)/.exec(message.text)?.[1];
    if (ref && message.to.userId.startsWith('m')) offers.push({ mentor: message.to.userId, ref });
  };

  let sent = 0;
  let crashReplies = 0;
  let unanswered = 0;
  let slowDowns = 0;
  let orderViolations = 0;
  let resumedInFlight = 0;
  const unexpected: string[] = [];
  const latenciesMs: number[] = [];
  const latencyByIntent = new Map<string, number[]>();
  const noticeAfter = options.noticeAfter ?? Math.floor((options.users * options.messages) / 10);
  const noticeComposed = () => app.db.prepare('SELECT count(*) AS n FROM notices WHERE text = ?').get(NOTICE_TEXT) as { n: number };
  // Errors go to the progress log too: a killed run's errors must count.
  const logError = logger.error.bind(logger);
  logger.error = (event, fields) => {
    logError(event, fields);
    if (options.progressLog)
      appendFileSync(
        options.progressLog,
        `${JSON.stringify({ kind: 'error', event, detail: String((fields?.error as Error | undefined)?.stack ?? '') })}\n`,
      );
  };

  // The first question loads the text analyser and the index (lazily): timed apart, not in the users' latencies.
  const warm = performance.now();
  await handle('warmup', '贴息贷款最多能贷多少');
  const warmUpMs = performance.now() - warm;
  // A burst: one question from each of `users` other people, all arriving at the same instant.
  const burstStart = performance.now();
  const burst = await Promise.all(
    Array.from({ length: options.users }, async (_, i) => {
      await handle(`b${i}`, pick(seeded(options.seed + i), POLICY));
      return performance.now() - burstStart;
    }),
  );
  const burstMs = { p50: burst.sort((a, b) => a - b)[Math.floor(burst.length / 2)]!, last: burst.at(-1)! };
  const started = performance.now();
  await broadcast.start();
  let running = true;
  const mentorLoop = (async () => {
    while (running || offers.length) {
      const offer = offers.shift();
      if (!offer) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      const turn = await handle(offer.mentor, `/accept ${offer.ref}`);
      if (turn.messages.some((m) => m.to.userId === offer.mentor && m.text.includes('已接受'))) acceptedByMentors++;
    }
  })();

  const runUser = async (u: number) => {
    const id = userId(u);
    const from = resume.get(u);
    let state: UserState = from?.state ?? { rng: Math.floor(seeded(options.seed * 7919 + u)() * 2 ** 31) };
    let pending = from?.inFlight;
    if (pending !== undefined) resumedInFlight++;
    for (let k = from?.k ?? 0; k < options.messages; k++) {
      // Users take turns message by message (the core answers one message at a time in one process). Yielding
      // before, not after, so that the users' first messages do not all start at once: that burst is measured apart.
      await new Promise((r) => setImmediate(r));
      let text: string;
      if (pending !== undefined) {
        // The answer to this message never came (the process died): the user says it again.
        text = pending;
        pending = undefined;
      } else {
        const next = nextMessage(state);
        text = next.text;
        state = next.state;
        log({ u, k, kind: 'sent', text, state });
      }
      const before = adapter.received.get(id)?.length ?? 0;
      const t = performance.now();
      const turn = await handle(id, text);
      const ms = performance.now() - t;
      latenciesMs.push(ms);
      const ofIntent = latencyByIntent.get(turn.intent) ?? [];
      ofIntent.push(ms);
      latencyByIntent.set(turn.intent, ofIntent);
      sent++;
      // The turn's replies to the sender, delivered to them in order and nothing else in between.
      const mine = turn.messages.filter((m) => m.to.userId === id);
      const got = (adapter.received.get(id) ?? [])
        .slice(before)
        .filter((m) => mine.includes(m) || !/新预约|已确认您|【压测通知】/.test(m.text));
      if (got.length !== mine.length || got.some((m, i) => m !== mine[i])) orderViolations++;
      const reply = mine.map((m) => renderNumbered(m.text, m.choices)).join('\n');
      if (!mine.length) unanswered++;
      if (reply.includes(CRASH_REPLY)) crashReplies++;
      if (reply.includes('您发得太快了')) slowDowns++;
      const refs = toldRefs(reply);
      if (refs.length) told.set(id, [...(told.get(id) ?? []), ...refs]);
      const wasInForm = state.inForm;
      state = readReply(state, reply);
      if (
        wasInForm &&
        !state.inForm &&
        !/预约已提交|登记成功|已更新您的登记|好的|已取消|结束|没有保存|继续/.test(reply) &&
        unexpected.length < 8
      ) {
        unexpected.push(`${text} → ${reply.slice(0, 80).replace(/\n/g, ' / ')}`);
      }
      log({
        u,
        k,
        kind: 'reply',
        state,
        ...(refs.length ? { told: refs } : {}),
        ...(reply.includes(CRASH_REPLY) ? { crash: true } : {}),
        ...(mine.length ? {} : { silent: true }),
      });
      if (sent === noticeAfter && noticeComposed().n === 0) {
        const notice = app.notices.create(
          { author: 'cli:soak', stationId: null, audience: {}, text: NOTICE_TEXT, urgent: true },
          new Date(),
        );
        app.onNotice(notice);
      }
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, u) => runUser(u)));
  const wallMs = performance.now() - started;
  running = false;
  await mentorLoop;
  // Let the broadcast finish.
  const noticeId = (app.db.prepare('SELECT id FROM notices WHERE text = ?').get(NOTICE_TEXT) as { id: number } | undefined)?.id;
  const runOf = () => (noticeId === undefined ? undefined : app.notices.runsOf(noticeId)[0]);
  for (let i = 0; i < 2_000 && runOf() && runOf()!.pending > 0; i++) await new Promise((r) => setTimeout(r, 10));
  const broadcastMs = performance.now() - started;
  const run = runOf();
  await broadcast.stop();
  app.close();
  return {
    sent,
    latenciesMs,
    wallMs,
    broadcastMs,
    warmUpMs,
    burstMs,
    latencyByIntent,
    errors: logger.errors,
    crashReplies,
    unanswered,
    slowDowns,
    orderViolations,
    told,
    acceptedByMentors,
    formsFoundAtStart,
    formsLostAtStart,
    resumedInFlight,
    broadcast: run ? { recipients: run.recipients, sent: run.sent, pending: run.pending } : undefined,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    intents,
    unexpected,
  };
}

export interface StoreCheck {
  toldBookings: number;
  /** Told "预约已提交,编号 …" but no such booking of that user in the database. */
  lost: string[];
  /** Two live bookings of one mentor that overlap, or one person with two live bookings at the same time. */
  doubled: string[];
  /** Pairs of live bookings of one person, with different mentors, whose times overlap (the user asked twice). */
  selfOverlap: number;
  /** Bookings of our users that nobody was told about (a reply lost with the kill). */
  untold: number;
  liveBookings: number;
  confirmed: number;
  leads: number;
  subscribers: number;
  notice: { recipients: number; delivered: number; twice: number; missing: number } | undefined;
}

/** What the database holds after a run, against what the users were told. */
export function checkStore(
  dbPath: string,
  told: Map<string, string[]>,
  openDb: (path: string) => import('better-sqlite3').Database,
): StoreCheck {
  const db = openDb(dbPath);
  try {
    const rows = db
      .prepare(
        'SELECT ref, person, user_id AS userId, mentor_id AS mentorId, start_at AS startAt, block_until AS blockUntil, status FROM bookings',
      )
      .all() as Array<{
      ref: string;
      person: string;
      userId: string;
      mentorId: number;
      startAt: number;
      blockUntil: number;
      status: string;
    }>;
    const byRef = new Map(rows.map((r) => [r.ref, r]));
    const lost: string[] = [];
    let toldBookings = 0;
    const toldSet = new Set<string>();
    for (const [user, refs] of told) {
      for (const ref of refs) {
        toldBookings++;
        toldSet.add(ref);
        const row = byRef.get(ref);
        if (!row || row.userId !== user) lost.push(`${user}:${ref}`);
      }
    }
    const live = rows.filter((r) => r.status === 'pending' || r.status === 'confirmed');
    const doubled: string[] = [];
    let selfOverlap = 0;
    for (const [i, a] of live.entries()) {
      for (const b of live.slice(i + 1)) {
        if (a.mentorId === b.mentorId && a.startAt < b.blockUntil && b.startAt < a.blockUntil)
          doubled.push(`${a.ref}/${b.ref} mentor ${a.mentorId}`);
        else if (a.person === b.person && a.startAt === b.startAt && a.mentorId === b.mentorId)
          doubled.push(`${a.ref}/${b.ref} person ${a.userId}`);
        else if (a.person === b.person && a.startAt < b.blockUntil && b.startAt < a.blockUntil) selfOverlap++;
      }
    }
    const untold = rows.filter((r) => r.userId.startsWith('s') && !toldSet.has(r.ref)).length;
    const notice = db.prepare('SELECT id FROM notices WHERE text = ?').get(NOTICE_TEXT) as { id: number } | undefined;
    let noticeCheck: StoreCheck['notice'];
    if (notice) {
      const recipients = db
        .prepare('SELECT o.user_id AS userId FROM outbox o JOIN notice_runs r ON r.id = o.run_id WHERE r.notice_id = ?')
        .all(notice.id) as Array<{ userId: string }>;
      const counts = new Map<string, number>();
      for (const r of db.prepare("SELECT user_id AS userId FROM soak_delivered WHERE text LIKE '%' || ? || '%'").all(NOTICE_TEXT) as Array<{
        userId: string;
      }>) {
        counts.set(r.userId, (counts.get(r.userId) ?? 0) + 1);
      }
      noticeCheck = {
        recipients: recipients.length,
        delivered: [...counts.values()].reduce((a, b) => a + b, 0),
        twice: [...counts.values()].filter((n) => n > 1).length,
        missing: recipients.filter((r) => !counts.has(r.userId)).length,
      };
    }
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      toldBookings,
      lost,
      doubled,
      selfOverlap,
      untold,
      liveBookings: live.length,
      confirmed: live.filter((r) => r.status === 'confirmed').length,
      leads: count('SELECT count(*) AS n FROM leads'),
      subscribers: count('SELECT count(*) AS n FROM subscriptions'),
      notice: noticeCheck,
    };
  } finally {
    db.close();
  }
}

/** Totals over a whole progress log (both runs of a killed soak). */
export function readProgress(file: string): {
  told: Map<string, string[]>;
  replies: number;
  crashes: number;
  silent: number;
  errors: string[];
} {
  const told = new Map<string, string[]>();
  let replies = 0;
  let crashes = 0;
  let silent = 0;
  const errors: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let e: Logged | { kind: 'error'; event: string; detail: string };
    try {
      e = JSON.parse(line) as typeof e;
    } catch {
      continue;
    }
    if (e.kind === 'error') errors.push(`${e.event} ${e.detail.split('\n').slice(0, 3).join(' | ')}`);
    if (e.kind !== 'reply') continue;
    replies++;
    if (e.crash) crashes++;
    if (e.silent) silent++;
    if (e.told) told.set(`s${e.u}`, [...(told.get(`s${e.u}`) ?? []), ...e.told]);
  }
  return { told, replies, crashes, silent, errors };
}
