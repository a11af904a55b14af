import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { runJsonl } from '../../src/cli/jsonl.ts';
import { createLogger } from '../../src/core/logger.ts';
import { INTENT_NAMES } from '../../src/intent/intents.ts';
import { CRASH_SIGNS, EVAL_SET, findAmbiguity, KNOWLEDGE_DIR, ROOT, runCli, tempDir, type Ambiguity } from '../helpers.ts';
import { adminCli } from '../support/admin.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const KEYS = ['intent', 'notify', 'reply', 'sources', 'user'];
const ANSWER_TIMEOUT_MS = 20_000;

interface JsonlLine {
  user: string | null;
  intent: string;
  reply: string;
  sources: string[];
  notify: Array<{ to: string; text: string }>;
  error?: string;
}

/** Both ends of a JSONL conversation: where lines go in, where answers come out, and how it ends. */
interface JsonlEnds {
  input: Writable;
  output: Readable;
  exited: Promise<number | null>;
  /** What was logged (stderr) so far. */
  logs: () => string;
}

/**
 * A JSONL conversation driven the way an evaluation harness drives `npm run chat -- --jsonl`: write one line, wait
 * for its answer, then write the next. `stderr` collects the logs.
 */
class JsonlChat {
  private readonly unread: string[] = [];
  private waiting?: (line: string) => void;

  constructor(private readonly ends: JsonlEnds) {
    createInterface({ input: ends.output, crlfDelay: Infinity }).on('line', (line) => {
      if (this.waiting) this.waiting(line);
      else this.unread.push(line);
    });
  }

  /** `src/cli/chat.ts --jsonl ARGS` as a process (node + tsx directly: the entry point, with less start-up than npx). */
  static spawned(args: string[] = [], env: NodeJS.ProcessEnv = {}): JsonlChat {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts', '--jsonl', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    return new JsonlChat({ input: child.stdin, output: child.stdout, exited, logs: () => stderr });
  }

  /**
   * The JSONL reader of chat.ts (`runJsonl`) in this process, on a real app as chat.ts builds it: a new in-memory
   * database has the samples. The logger writes everything from `info` up into `stderr`.
   */
  static inProcess(options: { dbPath?: string; knowledgeDir?: string } = {}): JsonlChat {
    const input = new PassThrough();
    const output = new PassThrough();
    const logs: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
    const knowledgeDir = options.knowledgeDir ?? KNOWLEDGE_DIR;
    const dbPath = options.dbPath ?? ':memory:';
    const app = createApp({ knowledgeDir, understanding: sharedUnderstanding(knowledgeDir), dbPath, logger, samples: true });
    const exited = runJsonl(app.core, input, output, () => new Date()).then(() => {
      app.close();
      output.end();
      return 0;
    });
    return new JsonlChat({ input, output, exited, logs: () => logs.map((line) => `${line}\n`).join('') });
  }

  get stderr(): string {
    return this.ends.logs();
  }

  /** Sends one raw line and resolves with the very next output line. */
  sendRaw(line: string): Promise<string> {
    expect(this.unread, 'output had lines nobody asked for').toEqual([]);
    return new Promise((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms to ${line}\n${this.stderr}`)),
        ANSWER_TIMEOUT_MS,
      );
      this.waiting = (answer) => {
        clearTimeout(timer);
        this.waiting = undefined;
        done(answer);
      };
      this.ends.input.write(`${line}\n`);
    });
  }

  async say(user: string, text: string): Promise<JsonlLine> {
    return JSON.parse(await this.sendRaw(JSON.stringify({ user, text }))) as JsonlLine;
  }

  /** Closes the input and waits for the end; returns the exit code and any output written unasked. */
  async end(): Promise<{ code: number | null; extra: string[] }> {
    this.ends.input.end();
    const code = await this.ends.exited;
    return { code, extra: this.unread };
  }
}

/** The entry a numbered reply offers as choice `n`: the reply lists it as "n. …" and cites the offered entries in order. */
function offered(line: JsonlLine, n: number): string {
  expect(line.reply, `no choice ${n} in: ${line.reply}`).toMatch(new RegExp(`^${n}\\. .+$`, 'm'));
  const id = line.sources[n - 1];
  expect(id, `no source for choice ${n}`).toBeDefined();
  return id!;
}

let ambiguity: Ambiguity;
beforeAll(async () => {
  ambiguity = await findAmbiguity();
});

describe('npm run chat -- --jsonl, the process', () => {
  it('answers each line before the next, one JSON line with the contract keys per input, malformed lines too; the next process on --db FILE carries the state, with all its input piped at once', async () => {
    const db = join(tempDir(), 'jsonl.sqlite');
    const env = { HUIXIANG_KNOWLEDGE: ambiguity.knowledgeDir };
    const chat = JsonlChat.spawned(['--db', db], env);
    const inputs = ['你好', ambiguity.question, '明天荆州下雨不', '转人工'];
    for (const [i, text] of inputs.entries()) {
      const line = await chat.say(`u${i}`, text);
      expect(Object.keys(line).sort()).toEqual(KEYS);
      expect(line.user).toBe(`u${i}`);
      expect(INTENT_NAMES).toContain(line.intent);
      expect(line.reply.trim()).not.toBe('');
      expect(line.reply).not.toMatch(CRASH_SIGNS);
      expect(Array.isArray(line.sources)).toBe(true);
      expect(line.notify).toEqual([]);
    }
    // A malformed line is answered with one line too, and the process goes on.
    for (const bad of ['this is not json', '{"user":"m1"}', '[1,2,3]', '{"user":"m1","text":42}', 'null']) {
      const line = JSON.parse(await chat.sendRaw(bad)) as JsonlLine;
      for (const key of KEYS) expect(line).toHaveProperty(key);
      expect(INTENT_NAMES).toContain(line.intent);
    }
    expect((await chat.say('m1', '你好')).intent).toBe('greet');
    // Erin is offered numbered choices; she answers in the next process.
    const first = offered(await chat.say('erin', ambiguity.question), 1);
    const { code, extra } = await chat.end();
    expect(extra).toEqual([]);
    expect(code).toBe(0);
    expect(chat.stderr).not.toMatch(/^\s+at \S/m);

    // All input at once through the npm script: nothing on stdout but one answer per non-empty line.
    const piped = [JSON.stringify({ user: 'erin', text: '1' }), '你好', '联席会议多久开一次会', '', '😀', 'not json', '退订'];
    const result = await runCli('npm', ['run', '-s', 'chat', '--', '--jsonl', '--db', db], `${piped.join('\n')}\n`, env);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(piped.filter((l) => l.trim()).length);
    for (const line of lines) for (const key of KEYS) expect(JSON.parse(line)).toHaveProperty(key);
    const answer = JSON.parse(lines[0]!) as JsonlLine;
    expect(answer.user).toBe('erin');
    expect(answer.sources).toEqual([first]);
  }, 60_000);
});

describe('the JSONL reader (runJsonl) in this process', () => {
  it("carries each user's state from line to line", async () => {
    const chat = JsonlChat.inProcess({ knowledgeDir: ambiguity.knowledgeDir });
    const asked = await chat.say('carol', ambiguity.question);
    const first = offered(asked, 1);

    await chat.say('dave', '你好');
    const answer = await chat.say('carol', '1');
    expect(answer.intent).toBe('policy.ask');
    expect(answer.sources).toEqual([first]);
    expect(answer.reply).not.toMatch(/^1\. /m);
    expect((await chat.end()).extra).toEqual([]);
  });

  it('a plain user books a mentor with numbered answers, a phone and a confirmation, sees it, and cancels it', async () => {
    const chat = JsonlChat.inProcess();
    const started = await chat.say('amy', '我想预约创业导师 聊聊开网店');
    expect(started.intent).toBe('consult.book');
    expect(started.reply).toContain('线上还是线下');
    const slots = await chat.say('amy', '1');
    expect(slots.reply).toMatch(/^1\. \d+月\d+日\(周.\) \d\d:\d\d /m);
    expect((await chat.say('amy', '1')).reply).toContain('手机号');
    expect((await chat.say('amy', '13912345678')).reply).toContain('139****5678');
    const booked = await chat.say('amy', '1');
    const ref = /编号 (YY\d{7})/.exec(booked.reply)?.[1];
    expect(ref, booked.reply).toBeDefined();
    expect(booked.notify).toEqual([]); // sample mentors have no chat account: staff pass it on, and the reply says so
    expect(booked.reply).toContain('工作人员会转告');

    const mine = await chat.say('amy', '我的预约');
    expect(mine.intent).toBe('consult.manage');
    expect(mine.reply).toContain(ref!);
    expect((await chat.say('amy', '取消预约')).reply).toContain('确认取消');
    const cancelled = await chat.say('amy', '1');
    expect(cancelled.reply).toContain(`已取消预约 ${ref}`);
    expect((await chat.say('amy', '我的预约')).reply).toContain('没有待进行的预约');
    expect(chat.stderr).not.toContain('13912345678');
    expect((await chat.end()).code).toBe(0);
  });

  it('a merchant registers a lead with consent; staff see it in admin leads list --json', async () => {
    const db = join(tempDir(), 'leads.sqlite');
    const chat = JsonlChat.inProcess({ dbPath: db });
    const first = await chat.say('wang', '我老家洪湖的 在上海做服装二十年了 想回去投资建个厂 大概两个亿');
    expect(first.intent).toBe('lead.register');
    expect(first.reply).toContain('同意登记吗');
    // Whatever the first message said is not asked again: the next questions are name, company, needs, phone.
    let turn = await chat.say('wang', '1');
    const answers: Array<[RegExp, string]> = [
      [/称呼/, '王建国'],
      [/公司/, '上海华洪服装有限公司'],
      [/用地或厂房/, '需要50亩工业用地,希望有贷款支持'],
      [/手机号/, '13912345678'],
    ];
    for (const [question, answer] of answers) {
      expect(turn.reply).toMatch(question);
      turn = await chat.say('wang', answer);
    }
    expect(turn.reply).toMatch(/老家:洪湖市[\s\S]*现在:上海[\s\S]*规模:约20000万元[\s\S]*139\*\*\*\*5678/);
    const done = await chat.say('wang', '1');
    expect(done.reply).toMatch(/登记成功,编号 L\d{6}/);
    expect((await chat.end()).code).toBe(0);
    expect(chat.stderr).not.toContain('13912345678');

    const listed = await adminCli(['leads', 'list', '--json', '--db', db]);
    expect(listed.code, listed.stderr).toBe(0);
    const leads = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({
      kind: '楚商回乡',
      hometown: '洪湖市',
      city: '上海',
      industry: '服装',
      amountWan: 20000,
      phone: '13912345678',
      name: '王建国',
      stage: '线索',
    });
  });

  it('a user subscribes to notices, asks what is coming up, and unsubscribes', async () => {
    const chat = JsonlChat.inProcess();
    const sub = await chat.say('lee', '有招商活动就通知我 只要上海的');
    expect(sub.intent).toBe('notice.subscribe');
    expect(sub.reply).toContain('上海');
    expect(sub.reply).toContain('退订');
    const events = await chat.say('lee', '最近有什么活动');
    expect(events.intent).toBe('event.ask');
    // The sample events (marked 示例), soonest first with Chinese dates; the Shanghai one first for a Shanghai subscriber.
    expect(events.reply).toMatch(/^· (\d{4}年)?\d+月\d+日\(周.\) \d\d:\d\d 示例·楚商回乡项目推介会\(上海\)/m);
    expect(events.reply).toContain('有新活动会发通知给您');
    const festival = await chat.say('lee', '春节前后有什么活动');
    expect(festival.reply).toMatch(/春节是(\d{4}年)?\d+月\d+日/);
    const off = await chat.say('lee', '不用再推送了 谢谢');
    expect(off.intent).toBe('notice.unsubscribe');
    expect(off.reply).toContain('已退订');
    expect((await chat.say('lee', '退订')).reply).toContain('没有订阅');
    expect((await chat.end()).code).toBe(0);
  });
});

describe('npm run eval', () => {
  it('scores a labelled set with intent accuracy and fact recall', async () => {
    // The entry point with node + tsx directly (npm run's wiring is covered by the chat test above).
    const result = await runCli(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', EVAL_SET]);
    expect(result.stderr).not.toMatch(/^\s+at \S/m);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^intent accuracy: [\d.]+%/m);
    expect(result.stdout).toMatch(/^fact recall: [\d.]+%/m);
  });
});
