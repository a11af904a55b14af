/**
 * Issue 14 end to end, no network: the real ChatOpenAI class through `createLanguageModel` against the local fake
 * endpoint, wired into the core. A model that reads well and phrases faithfully scores at least as well as the offline
 * path on the public sets; one that invents a figure is caught by the guard; nothing personal leaves the bot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger, silentLogger } from '../../src/core/logger.ts';
import { addFigures, figures, parseCases, runCases } from '../../src/eval/score.ts';
import { createLanguageModel } from '../../src/llm/provider.ts';
import type { LanguageModel } from '../../src/llm/port.ts';
import { KNOWLEDGE_DIR, makeApp, replyText, say } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';
import { type ChatBody, type FakeLlmServer, startFakeLlmServer } from './fake-servers.ts';

const EVAL = new URL('../../../shared/eval/', import.meta.url);
const read = (name: string) => parseCases(readFileSync(new URL(name, EVAL), 'utf8'), name);

/** A model that reads a message as the question it is, and phrases the facts it is given, joined, and nothing else. */
function faithful(body: ChatBody) {
  const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
  const human = body.messages.filter((m) => m.role !== 'system').at(-1)?.content ?? '';
  if (system.includes('根据给出的事实')) {
    const facts = human
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    return { content: facts.join(';') };
  }
  const message = /用户的最后一条消息:([\s\S]*)$/.exec(human)?.[1]?.trim() ?? '';
  return { content: JSON.stringify({ intent: 'policy.ask', question: message }) };
}

let server: FakeLlmServer;

async function model(): Promise<LanguageModel> {
  const config = loadConfig({
    LLM_PROVIDER: 'openai',
    LLM_BASE_URL: `${server.url}/v1`,
    LLM_MODEL: 'fake-model',
    LLM_API_KEY: 'sk-test-not-a-secret',
    LLM_TIMEOUT_MS: '2000',
    LLM_CALLS_PER_MINUTE: '100000',
    LLM_CALLS_PER_DAY: '100000',
  });
  return (await createLanguageModel(config, { logger: silentLogger, now: () => new Date() }))!;
}

beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
});

describe('the model path through the fake endpoint', () => {
  // The public sets live beside the repository (../shared), which a clone elsewhere does not have.
  it.skipIf(!existsSync(new URL('dev.jsonl', EVAL)))(
    'scores at least as well as offline on dev.jsonl and dialogues-dev.jsonl when the model is faithful',
    async () => {
      server.respond(faithful);
      const llm = await model();
      for (const name of ['dev.jsonl', 'dialogues-dev.jsonl']) {
        const cases = read(name);
        const run = async (withModel: boolean) => {
          const app = createApp({
            knowledgeDir: KNOWLEDGE_DIR,
            dbPath: ':memory:',
            logger: silentLogger,
            samples: true,
            understanding: sharedUnderstanding(KNOWLEDGE_DIR),
            ...(withModel ? { llm } : {}),
          });
          const results = await runCases(app.core, cases, () => new Date());
          app.close();
          return addFigures([figures(results)]);
        };
        const offline = await run(false);
        const withModel = await run(true);
        expect(withModel.strict, name).toBeGreaterThanOrEqual(offline.strict);
        expect(withModel.factsFound, name).toBeGreaterThanOrEqual(offline.factsFound);
        expect(withModel.avoidStrings, name).toBeLessThanOrEqual(offline.avoidStrings);
      }
      expect(llm.stats().calls).toBeGreaterThan(20);
    },
    120_000,
  );

  it('keeps the title, units and source lines and puts the model’s wording in place of the points', async () => {
    server.respond(() => ({ content: '个人创业最高可以贷30万元,合伙创业最高400万元。' }));
    const app = makeApp({ llm: await model() });
    const reply = replyText(await say(app, '返乡创业贴息贷款最多能贷多少', 'p1'));
    expect(reply).toContain('个人创业最高可以贷30万元,合伙创业最高400万元。');
    expect(reply).toMatch(/^【/);
    expect(reply).toContain('依据:');
  });

  it('sends the offline answer when the model invents a figure, and logs the rejection', async () => {
    server.respond(() => ({ content: '个人创业最高可以贷50万元。' }));
    const lines: string[] = [];
    const app = makeApp({ llm: await model(), logger: createLogger({ write: (l) => lines.push(l) }) });
    const reply = replyText(await say(app, '返乡创业贴息贷款最多能贷多少', 'p2'));
    expect(reply).not.toContain('50万');
    expect(reply).toContain('30万元');
    expect(lines.some((l) => l.includes('llm.guard_rejected'))).toBe(true);
  });

  it('never sends a phone number, an ID number or a name, nor anything said in a form', async () => {
    server.respond(faithful);
    const before = server.requests.length;
    const app = makeApp({ llm: await model() });
    for (const text of [
      '我叫何建国 身份证420102199001011234 返乡创业贷款最多贷多少',
      '我叫何建国 想打听个事 村头那块地荒起的 13912345678 能不能搞点么名堂',
      '我想登记回乡投资意向',
      '同意',
      '何建国',
      '我的公司叫洪发服饰有限公司 电话13912345678',
      '那个叫么事 我搞忘了',
      '武汉',
    ])
      await say(app, text, 'p3');
    // A registered lead's name is masked wherever the person writes it later.
    for (let i = 0; i < 8 && app.sessions.load('test:p3').form; i++)
      await say(app, app.sessions.load('test:p3').form?.step === 'confirm' ? '确认' : '跳过', 'p3');
    expect(app.leads.ofPerson('test:p3')[0]?.name).toBe('何建国');
    await say(app, '何建国 问下劳务品牌领军企业奖多少', 'p3');
    const sent = server.requests.slice(before).map((r) => r.raw);
    expect(sent.length).toBeGreaterThan(0);
    for (const body of sent) {
      expect(body).not.toMatch(/13912345678|420102199001011234|何建国|洪发服饰/);
    }
  });
});
