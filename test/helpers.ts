/** Test data builders: a real app on the real knowledge base, and a way to talk to it as a user would. */
import { spawn } from 'node:child_process';
import type { Slot } from '../src/booking/slots.ts';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { type Logger, silentLogger } from '../src/core/logger.ts';
import type { LanguageModel } from '../src/llm/port.ts';
import { sameRecipient, type Inbound, type Outbound, type Recipient, type Turn } from '../src/core/message.ts';
import { renderNumbered } from '../src/dialogue/choice.ts';
import { sharedUnderstanding } from './support/understanding.ts';

/** The repository root: CLI subprocesses run here, as staff run them. */
export const ROOT = resolve(import.meta.dirname, '..');
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');
/** A labelled set that is always in the repository (../shared may not exist where CI runs). */
export const EVAL_SET = resolve(ROOT, 'test/fixtures/phrasings.jsonl');

const made: string[] = [];
const apps: App[] = [];
afterAll(() => {
  for (const app of apps) if (app.db.open) app.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed after the test file. */
export function tempDir(prefix = 'huixiang-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface MakeAppOptions {
  /** Defaults to the real `knowledge/`. */
  knowledgeDir?: string;
  /** A SQLite file (e.g. in `tempDir()`), or `:memory:` (the default). */
  dbPath?: string;
  now?: () => Date;
  /** The sample mentors, stations and events (示例) in a new database; on by default, as most tests book them. */
  samples?: boolean;
  /** The optional language model (issue 14). */
  llm?: LanguageModel;
  /** Defaults to a silent logger. */
  logger?: Logger;
}

/**
 * The real application, wired as production wires it, with a silent logger. Closed after the test file. Apps on the
 * same knowledge directory share its knowledge base, analyser and index (built once per file; they never change).
 */
export function makeApp(options: MakeAppOptions = {}): App {
  const knowledgeDir = options.knowledgeDir ?? KNOWLEDGE_DIR;
  const app = createApp({
    knowledgeDir,
    understanding: sharedUnderstanding(knowledgeDir),
    dbPath: options.dbPath ?? ':memory:',
    logger: options.logger ?? silentLogger,
    samples: options.samples ?? true,
    ...(options.now ? { now: options.now } : {}),
    ...(options.llm ? { llm: options.llm } : {}),
  });
  apps.push(app);
  return app;
}

// Which user each turn answered, so `replyText(turn)` shows only what that user sees.
const senders = new WeakMap<Turn, Recipient>();

/** One direct message from `user`, as an adapter would deliver it. */
export async function say(app: App, text: string, user = 'u1'): Promise<Turn> {
  const inbound: Inbound = { platform: 'test', userId: user, chatId: user, chatType: 'direct', text, time: new Date() };
  const turn = await app.core.handle(inbound);
  senders.set(turn, { platform: inbound.platform, userId: user, chatId: user });
  return turn;
}

/** A whole conversation of `user` with a fresh app, one turn per message, in order. */
/** Monday 30 November 2026, 10:00 in Jingzhou: a fixed clock for conversations that book times. */
export const MONDAY_10AM = Date.parse('2026-11-30T10:00:00+08:00');

/** What a form holds that conversation tests look at (a booking's or a lead's values). */
export interface FormValuesSeen {
  mode?: string;
  county?: string;
  slot?: Slot;
  when?: { from?: number };
  phone?: string;
  hometown?: string;
  city?: string;
}

/** Everything every table of the app's database holds, as text by table, to look for a trace of someone. */
export function everyTable(app: App): Record<string, string> {
  const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, JSON.stringify(app.db.prepare(`SELECT * FROM "${name}"`).all())]));
}

/** One user's conversation with an app (by default a fresh one on a fixed Monday clock): what they say and what is kept. */
export function talk(user: string, app: App = makeApp({ now: () => new Date(MONDAY_10AM) })) {
  const session = () => app.sessions.load(`test:${user}`);
  return {
    app,
    say: async (text: string) => replyText(await say(app, text, user)),
    turn: (text: string) => say(app, text, user),
    values: () => (session().form?.values ?? {}) as FormValuesSeen,
    step: () => session().form?.step,
    open: () => session().form !== undefined,
  };
}

export async function conversation(user: string, turns: string[], app: App = makeApp()): Promise<Turn[]> {
  const out: Turn[] = [];
  for (const text of turns) out.push(await say(app, text, user));
  return out;
}

/**
 * A button press from `user` (a Telegram inline button): the choice's value arrives marked as pressed. Typing the
 * same value with `say` does nothing: only a press, or a choice's number, runs an action.
 */
export async function press(app: App, value: string, user = 'u1', platform = 'test'): Promise<Turn> {
  const inbound: Inbound = { platform, userId: user, chatId: user, chatType: 'direct', text: value, time: new Date(), pressed: true };
  const turn = await app.core.handle(inbound);
  senders.set(turn, { platform, userId: user, chatId: user });
  return turn;
}

/** The messages addressed to the sender of the turn. */
export function toSender(turn: Turn): Outbound[] {
  const me = senders.get(turn);
  return turn.messages.filter((m) => !me || sameRecipient(m.to, me));
}

/** Everything the sender sees, choices numbered as on WeChat. */
export function replyText(turn: Turn): string {
  return toSender(turn)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');
}

/** The numbered choices the sender was offered (from the last message that has any). */
/** The real choices of a turn (numbered questions), not the small "有帮助 / 没帮助" rating under each answer. */
export function choicesOf(turn: Turn): NonNullable<Outbound['choices']> {
  return toSender(turn).findLast((m) => m.choices?.some((c) => !c.minor))?.choices ?? [];
}

/** Entry id behind a choice (`kb:<id>`). */
export const entryIdOf = (choice: { value: string }): string => choice.value.replace(/^kb:/, '');

/** Things a user must never see: an exception name, a stack frame, an unfilled template. */
export const CRASH_SIGNS = /Error|undefined|NaN|\[object Object\]|^\s*at \S/m;

/** Short questions that touch several entries at once; the first that makes the bot ask back is used. */
const AMBIGUOUS_CANDIDATES = ['补贴', '活动', '联络站和服务站有啥区别', '园区', '联席会议', '会议', '联络', '大使', '典型'];

/** The real knowledge base plus two entries that only differ in one detail: the bot cannot tell them apart. */
function knowledgeWithTwins(): string {
  const dir = tempDir('huixiang-twins-');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const twin = (side: '东' | '西', id: string, years: string) => `
  - id: ${id}
    title: 沙洋鱼糕创业园${side}园入驻
    category: 创业平台
    source: 《荆州市大规模推进返乡创业工作方案》一
    summary: 沙洋鱼糕创业园${side}园为返乡创业人员提供入驻场地。
    facts:
      - 沙洋鱼糕创业园${side}园免租金${years}
    questions:
      - 沙洋鱼糕创业园怎么入驻
      - 沙洋鱼糕创业园免租金吗
    synonyms: [沙洋鱼糕创业园]
    en:
      title: Shayang fish-cake business park, ${side === '东' ? 'east' : 'west'} site
      source: Jingzhou Plan for Promoting Returnee Entrepreneurship on a Large Scale, part 1
      summary: The ${side === '东' ? 'east' : 'west'} site of the Shayang fish-cake business park offers space to returnee entrepreneurs.
      facts:
        - The ${side === '东' ? 'east' : 'west'} site of the Shayang fish-cake business park is rent-free for ${years === '三年' ? 'three' : 'two'} years.
`;
  writeFileSync(
    join(dir, 'policy', 'zz-twins.yaml'),
    `entries:${twin('东', 'test.01.yugao-east', '三年')}${twin('西', 'test.02.yugao-west', '两年')}`,
  );
  return dir;
}

export interface Ambiguity {
  knowledgeDir: string;
  question: string;
}

/** A knowledge base and a question on which the bot asks back with two or more numbered choices. */
export async function findAmbiguity(): Promise<Ambiguity> {
  const app = makeApp();
  for (const [i, question] of AMBIGUOUS_CANDIDATES.entries()) {
    if (choicesOf(await say(app, question, `probe-${i}`)).length >= 2) return { knowledgeDir: KNOWLEDGE_DIR, question };
  }
  console.log(`none of ${AMBIGUOUS_CANDIDATES.join(' / ')} is ambiguous now; using two twin entries`);
  return { knowledgeDir: knowledgeWithTwins(), question: '沙洋鱼糕创业园怎么入驻' };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command in the repository root as staff would, optionally piping `input` to stdin and adding settings to the environment. */
export function runCli(command: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(input ?? '');
  });
}
