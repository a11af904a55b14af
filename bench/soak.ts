// `npm run soak`: 200 simulated users × 50 messages each, concurrently, through the real app and the runtime's
// router on a SQLite file; prints errors, reply order, latency, throughput and peak memory.
// `npm run soak -- --kill`: the same load in a child process, killed with SIGKILL at a random moment and restarted;
// prints whether any booking, form or notice was lost or doubled. Options: --users N --messages N --seed N.
// Exits 1 when a check fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { checkStore, NOTICE_PER_SECOND, PASSIVE_SUBSCRIBERS, readProgress, ROOT, runLoad, type StoreCheck } from './soak-load.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const USERS = option('users', 200);
const MESSAGES = option('messages', 50);
const SEED = option('seed', 20261130);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const openDb = (path: string) => new Database(path, { readonly: true, fileMustExist: true });

function printStore(store: StoreCheck, print: (line: string) => void = (line) => console.log(line)): string[] {
  const console = { log: print };
  const failures: string[] = [];
  console.log(
    `bookings       told ${store.toldBookings}, live ${store.liveBookings} (confirmed by mentor ${store.confirmed}), untold ${store.untold}`,
  );
  console.log(
    `               lost ${store.lost.length}${store.lost.length ? ` (${store.lost.slice(0, 5).join(', ')})` : ''}, doubled ${store.doubled.length}${store.doubled.length ? ` (${store.doubled.slice(0, 5).join(', ')})` : ''}`,
  );
  console.log(`               one person with two live bookings at overlapping times (different mentors): ${store.selfOverlap} pairs`);
  console.log(`leads          ${store.leads}; subscribers ${store.subscribers}`);
  if (store.notice) {
    const n = store.notice;
    console.log(`notice         recipients ${n.recipients}, delivered ${n.delivered}, twice ${n.twice}, missing ${n.missing}`);
    if (n.twice || n.missing) failures.push('notice sent twice or not at all');
  } else failures.push('no notice was composed');
  if (store.lost.length) failures.push('booking lost');
  if (store.doubled.length) failures.push('booking doubled');
  return failures;
}

async function plain(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-soak-'));
  try {
    const dbPath = join(dir, 'soak.sqlite');
    console.log(
      `soak: ${USERS} users × ${MESSAGES} messages, seed ${SEED}, SQLite file, rate limit 20/min kept (each user's messages 4 s apart in "time")`,
    );
    const r = await runLoad({ dbPath, users: USERS, messages: MESSAGES, seed: SEED });
    const sorted = [...r.latenciesMs].sort((a, b) => a - b);
    console.log(`messages       ${r.sent} in ${(r.wallMs / 1000).toFixed(1)} s = ${(r.sent / (r.wallMs / 1000)).toFixed(0)} messages/s`);
    console.log(
      `latency        p50 ${quantile(sorted, 0.5).toFixed(2)} ms, p99 ${quantile(sorted, 0.99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (handle + deliver of each message; users take turns message by message)`,
    );
    const byIntent = [...r.latencyByIntent].map(([intent, ms]) => {
      const s = [...ms].sort((a, b) => a - b);
      return { intent, p50: quantile(s, 0.5), p99: quantile(s, 0.99) };
    });
    console.log(
      `  by intent    ${byIntent
        .sort((a, b) => b.p99 - a.p99)
        .slice(0, 5)
        .map((x) => `${x.intent} p50 ${x.p50.toFixed(1)}/p99 ${x.p99.toFixed(1)} ms`)
        .join(', ')}`,
    );
    console.log(`  first        question after start ${r.warmUpMs.toFixed(0)} ms (loads the analyser and index; not in the figures above)`);
    console.log(
      `  burst        ${USERS} questions arriving at the same instant: half answered after ${r.burstMs.p50.toFixed(0)} ms, the last after ${r.burstMs.last.toFixed(0)} ms`,
    );
    console.log(
      `notice         sent to all subscribers ${((r.broadcastMs - r.wallMs) / 1000).toFixed(1)} s after the last reply (paced at 40/s)`,
    );
    console.log(`errors         ${r.errors.length} logged errors, ${r.crashReplies} "${'抱歉,系统出了点问题'}" replies`);
    for (const e of r.errors.slice(0, 5))
      console.log(
        `               ${e.event} ${String((e.fields?.error as Error | undefined)?.stack ?? '')
          .split('\n')
          .slice(0, 3)
          .join(' | ')}`,
      );
    console.log(
      `order          ${r.orderViolations} turns whose replies were not delivered in order; ${r.unanswered} messages without a reply; ${r.slowDowns} slow-down replies`,
    );
    console.log(`mentors        ${r.acceptedByMentors} bookings accepted by bound mentors`);
    console.log(
      `intents        ${[...r.intents]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    if (r.unexpected.length) console.log(`forms left     e.g. ${r.unexpected.slice(0, 4).join(' ; ')}`);
    console.log(`peak RSS       ${r.peakRssMb.toFixed(0)} MB`);
    const failures = printStore(checkStore(dbPath, r.told, openDb));
    if (r.errors.length || r.crashReplies) failures.push('errors');
    if (r.orderViolations || r.unanswered) failures.push('replies out of order or missing');
    return failures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface KillOptions {
  users: number;
  messages: number;
  seed: number;
  passiveSubscribers?: number;
  noticePerSecond?: number;
  /** Where to kill, as a share of all messages; random between 15% and 85% when not given. */
  at?: number;
  print?: (line: string) => void;
}

const runWorker = (o: KillOptions, dbPath: string, log: string) =>
  spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'bench/soak-worker.ts'),
      dbPath,
      log,
      String(o.users),
      String(o.messages),
      String(o.seed),
      String(o.passiveSubscribers ?? PASSIVE_SUBSCRIBERS),
      // Slower than in the plain soak, so that the kill most often lands while the notice is being sent.
      String(o.noticePerSecond ?? NOTICE_PER_SECOND / 2),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);

/** The load in a child, SIGKILLed at a random moment, then restarted and run to the end. */
export async function killed(o: KillOptions): Promise<string[]> {
  const console = { log: o.print ?? ((line: string) => process.stdout.write(`${line}\n`)) };
  const dir = mkdtempSync(join(tmpdir(), 'huixiang-soak-kill-'));
  try {
    const dbPath = join(dir, 'soak.sqlite');
    const log = join(dir, 'progress.jsonl');
    // Each message is two log lines (sent, reply); kill somewhere between 15% and 85% of the way.
    const killAt = Math.floor(o.users * o.messages * 2 * (o.at ?? 0.15 + Math.random() * 0.7));
    console.log(
      `soak --kill: ${o.users} users × ${o.messages} messages, seed ${o.seed}; SIGKILL after ~${Math.round(killAt / 2)} messages`,
    );
    const first = runWorker(o, dbPath, log);
    const firstExit = new Promise<number | null>((done) => first.on('close', done));
    const t0 = performance.now();
    let exited = false;
    void firstExit.then(() => (exited = true));
    while (!exited && lines(log) < killAt) await new Promise((r) => setTimeout(r, 2));
    if (exited) return ['the first run ended before the kill'];
    first.kill('SIGKILL');
    await firstExit;
    const atKill = lines(log);
    const atKillDb = openDb(dbPath);
    const noticeAtKill = (() => {
      try {
        const sent = (atKillDb.prepare("SELECT count(*) AS n FROM soak_delivered WHERE text LIKE '%压测通知%'").get() as { n: number }).n;
        const total = (atKillDb.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
        return total ? `notice ${sent} of ${total} handed over` : 'notice not composed yet';
      } catch {
        return 'notice not composed yet';
      } finally {
        atKillDb.close();
      }
    })();
    console.log(
      `killed         after ${((performance.now() - t0) / 1000).toFixed(1)} s, ${Math.floor(atKill / 2)} messages; ${noticeAtKill}`,
    );
    const second = runWorker(o, dbPath, log);
    let out = '';
    second.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const code = await new Promise<number | null>((done) => second.on('close', done));
    if (code !== 0) return [`the restarted run exited with ${code}`];
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as {
      formsFoundAtStart: number;
      formsLostAtStart: number;
      resumedInFlight: number;
      orderViolations: number;
      acceptedByMentors: number;
      broadcast?: { recipients: number; sent: number; pending: number };
    };
    const p = readProgress(log);
    console.log(
      `restart        ${r.resumedInFlight} messages in flight at the kill said again; forms open at the kill: ${r.formsFoundAtStart} continued, ${r.formsLostAtStart} lost`,
    );
    console.log(
      `whole run      ${p.replies} replies, ${p.errors.length} logged errors, ${p.crashes} "抱歉,系统出了点问题" replies, ${p.silent} messages without a reply; after restart ${r.orderViolations} out of order`,
    );
    for (const e of p.errors.slice(0, 5)) console.log(`               ${e}`);
    console.log(`broadcast      ${JSON.stringify(r.broadcast)}`);
    const failures = printStore(checkStore(dbPath, p.told, openDb), console.log);
    if (r.formsLostAtStart) failures.push('form lost');
    if (p.errors.length || p.crashes) failures.push('errors');
    if (p.replies < o.users * o.messages) failures.push(`only ${p.replies} of ${o.users * o.messages} messages answered`);
    return failures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failures = args.includes('--kill') ? await killed({ users: USERS, messages: MESSAGES, seed: SEED }) : await plain();
  console.log(failures.length ? `FAILED: ${failures.join('; ')}` : 'OK');
  process.exit(failures.length ? 1 : 0);
}
