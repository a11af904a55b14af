// `npm run bench`: start-up time, warm latency and throughput of the core, peak memory, and the whole JSONL
// process as the evaluation runs it. Prints a table against the targets of issue 2; always exits 0.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/core/logger.ts';
import { bookingsPerSecond, slotSearch } from './booking.ts';
import { wechatPacing } from './wechat-pacing.ts';
import { enqueueNotice } from './notices.ts';

const ROOT = resolve(import.meta.dirname, '..');
// ../shared/eval/dev.jsonl is used when present (it is outside the repository); our own sets always are.
const SETS = [
  resolve(ROOT, '../shared/eval/dev.jsonl'),
  resolve(ROOT, 'test/fixtures/phrasings.jsonl'),
  resolve(ROOT, 'test/fixtures/holdout.jsonl'),
].filter((f) => existsSync(f));
const MESSAGES = 5_000;
const STARTUP_RUNS = 3;
/**
 * Throughput runs per figure, the best kept. These shared 2-core machines lend CPU to their neighbours (a quarter of
 * it stolen at times, seen in /proc/stat): interference only ever slows a run, so the fastest of a few is the one
 * that measures our code. Every run is printed beside it.
 */
const THROUGHPUT_RUNS = 3;

/** The best of `runs` results by `score`, with every score in the order measured. */
async function bestOf<T>(runs: number, measure: () => Promise<T>, score: (r: T) => number): Promise<{ best: T; all: number[] }> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  const best = results.reduce((a, b) => (score(b) > score(a) ? b : a));
  return { best, all: results.map(score) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** The mixed set: every labelled phrasing we have, repeated until there are at least MESSAGES. */
function mixedTexts(): string[] {
  const texts = SETS.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const out: string[] = [];
  while (out.length < MESSAGES) out.push(...texts);
  return out;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** When each stdout line arrived, in ms since the spawn. */
  lineTimes: number[];
}

function run(command: string, args: string[], input = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const lineTimes: number[] = [];
    let stdout = '';
    let stderr = '';
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      lineTimes.push(performance.now() - started);
      stdout += `${line}\n`;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, wallMs: performance.now() - started, lineTimes }));
    child.stdin.end(input);
  });
}

/**
 * createApp in a fresh process, median of a few runs: with the intent weights trained at an earlier start (`weights`
 * a directory, filled first), or trained at this start (`none`), as on a checkout's first start.
 */
async function startup(weights: string): Promise<{ importMs: number; createAppMs: number }> {
  if (weights !== 'none') await run(process.execPath, ['--import', 'tsx', 'bench/startup.ts', './knowledge', weights]);
  const runs: Array<{ importMs: number; createAppMs: number }> = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const r = await run(process.execPath, ['--import', 'tsx', 'bench/startup.ts', './knowledge', weights]);
    if (r.code !== 0) throw new Error(`bench/startup.ts failed:\n${r.stderr}`);
    runs.push(JSON.parse(r.stdout) as { importMs: number; createAppMs: number });
  }
  return { importMs: median(runs.map((r) => r.importMs)), createAppMs: median(runs.map((r) => r.createAppMs)) };
}

async function warmCore(texts: string[]) {
  const started = performance.now();
  const app = createApp({ knowledgeDir: resolve(ROOT, 'knowledge'), dbPath: ':memory:', logger: silentLogger });
  const firstCreateAppMs = performance.now() - started;
  const handle = (text: string, user: string) =>
    app.core.handle({ platform: 'bench', userId: user, chatId: user, chatType: 'direct', text, time: new Date() });

  for (const [i, text] of texts.slice(0, 500).entries()) await handle(text, `warmup-${i}`);
  const latencies: number[] = [];
  const t0 = performance.now();
  for (const [i, text] of texts.entries()) {
    const s = performance.now();
    await handle(text, `bench-${i}`);
    latencies.push(performance.now() - s);
  }
  const seconds = (performance.now() - t0) / 1000;
  app.close();
  latencies.sort((a, b) => a - b);
  return {
    firstCreateAppMs,
    qps: texts.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1)!,
  };
}

async function jsonlThroughput(texts: string[]) {
  const input = `${texts.map((text, i) => JSON.stringify({ user: `jsonl-${i}`, text })).join('\n')}\n`;
  const r = await run('npx', ['tsx', 'src/cli/chat.ts', '--jsonl'], input);
  if (r.code !== 0 || r.lineTimes.length !== texts.length) {
    throw new Error(`JSONL run: exit ${r.code}, ${r.lineTimes.length} lines for ${texts.length} inputs\n${r.stderr}`);
  }
  const first = r.lineTimes[0]!;
  const last = r.lineTimes.at(-1)!;
  // Lines answered after the first ones arrived (the process writes the lines it answered in one go, up to 64 at a
  // time; the lines of one write arrive within a millisecond).
  const after = r.lineTimes.filter((t) => t > first + 1).length;
  return { wallMs: r.wallMs, overall: texts.length / (r.wallMs / 1000), warm: after / ((last - first) / 1000) };
}

async function oneMessage() {
  const r = await run('npm', ['run', '-s', 'chat', '--', '--jsonl'], '{"user":"u1","text":"楚商联络站建多少个"}\n');
  if (r.code !== 0 || r.lineTimes.length !== 1) throw new Error(`one-message run: exit ${r.code}\n${r.stderr}`);
  return r.wallMs;
}

async function main(): Promise<void> {
  const texts = mixedTexts();
  console.log(
    `huixiang bench: ${texts.length} messages (${SETS.map((f) => f.split('/').at(-1)).join(' + ')}, repeated), distinct users; node ${process.version}\n`,
  );

  const weightsDir = mkdtempSync(join(tmpdir(), 'hx-bench-weights-'));
  const start = await startup(weightsDir);
  const untrained = await startup('none');
  rmSync(weightsDir, { recursive: true, force: true });
  const core = await warmCore(texts);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const jsonlRuns = await bestOf(
    THROUGHPUT_RUNS,
    () => jsonlThroughput(texts),
    (r) => r.warm,
  );
  const jsonl = jsonlRuns.best;
  const oneMs = await oneMessage();
  const bookingRuns = await bestOf(
    THROUGHPUT_RUNS,
    () => bookingsPerSecond(),
    (r) => r.perSecond,
  );
  const bookings = bookingRuns.best;
  const each = (all: number[], unit: string) => all.map((v) => `${v.toFixed(0)}`).join(', ') + unit;
  const search = slotSearch();
  const pacing = await wechatPacing();
  const notice = await enqueueNotice();

  const rows: Array<[string, string, string, boolean | null]> = [
    [
      'start-up: createApp, fresh process, weights kept (median of 3)',
      `${start.createAppMs.toFixed(0)} ms`,
      '≤ 1500 ms',
      start.createAppMs <= 1500,
    ],
    ['  same, intent classifier trained at start (first start)', `${untrained.createAppMs.toFixed(0)} ms`, '', null],
    ['  module load before it', `${start.importMs.toFixed(0)} ms`, '', null],
    ['  module load + createApp', `${(start.importMs + start.createAppMs).toFixed(0)} ms`, '', null],
    ['  first createApp in this process', `${core.firstCreateAppMs.toFixed(0)} ms`, '', null],
    ['warm core.handle p50', `${core.p50.toFixed(2)} ms`, '', null],
    ['warm core.handle p99', `${core.p99.toFixed(2)} ms`, '≤ 5 ms', core.p99 <= 5],
    ['warm core.handle max', `${core.max.toFixed(2)} ms`, '', null],
    ['warm core questions/s', `${core.qps.toFixed(0)}/s`, '', null],
    ['peak RSS (this process)', `${rssMb.toFixed(0)} MB`, '', null],
    [
      `JSONL process, ${texts.length} lines, warm (best of ${THROUGHPUT_RUNS} runs)`,
      `${jsonl.warm.toFixed(0)} msg/s`,
      '≥ 1000 msg/s',
      jsonl.warm >= 1000,
    ],
    ['  each run', each(jsonlRuns.all, ' msg/s'), '', null],
    ['  best run incl. start-up', `${jsonl.overall.toFixed(0)} msg/s (${(jsonl.wallMs / 1000).toFixed(2)} s)`, '', null],
    ['one-message run (npm run -s chat -- --jsonl)', `${(oneMs / 1000).toFixed(2)} s`, '≤ 4 s', oneMs <= 4000],
    [
      `bookings through the core, SQLite file (${bookings.booked} booked, ${bookings.turnsPerBooking.toFixed(1)} messages each, ${bookings.poolSize + 8} mentors; best of ${THROUGHPUT_RUNS} runs)`,
      `${bookings.perSecond.toFixed(0)}/s`,
      '≥ 500/s',
      bookings.perSecond >= 500,
    ],
    ['  each run', each(bookingRuns.all, '/s'), '', null],
    ['slot search, 200 mentors × 8 weeks, p50', `${search.p50.toFixed(2)} ms`, '', null],
    ['slot search, 200 mentors × 8 weeks, p99', `${search.p99.toFixed(2)} ms`, '≤ 10 ms', search.p99 <= 10],
    [
      `WeChat queue, ${pacing.messages} msgs to ${pacing.chats} chats (virtual clock): min gap same chat`,
      `${pacing.minSameChatGapMs} ms`,
      '≥ 1000 ms',
      pacing.minSameChatGapMs >= 1000,
    ],
    [
      '  gap when switching chats, min–max (longer: the per-minute cap)',
      `${pacing.minSwitchGapMs}–${pacing.maxSwitchGapMs} ms`,
      '≥ 3000 ms',
      pacing.minSwitchGapMs >= 3000,
    ],
    ['  most sent in any 60 s', `${pacing.maxInAnyMinute}`, '≤ 20', pacing.maxInAnyMinute <= 20],
    ['  time to drain the burst', `${pacing.drainMinutes.toFixed(1)} min`, '', null],
    ['  queue CPU per message (SQLite file)', `${pacing.cpuMsPerMessage.toFixed(2)} ms`, '', null],
    [
      `enqueue one notice to ${notice.subscribers.toLocaleString('en')} subscribers (outbox rows)`,
      `${notice.ms.toFixed(0)} ms (${notice.recipients} rows)`,
      '≤ 2000 ms',
      notice.ms <= 2000,
    ],
    ['  peak RSS of the bench process after it', `${notice.rssMb.toFixed(0)} MB`, '', null],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => String(r[c]).length), ['measure', 'value', 'target'][c]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ');
  console.log(line(['measure', 'value', 'target', '']));
  for (const [name, value, target, ok] of rows) console.log(line([name, value, target, ok === null ? '' : ok ? 'PASS' : 'MISS']));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
});
