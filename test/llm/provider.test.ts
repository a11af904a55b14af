/**
 * The language model through the real ChatOpenAI and ChatOllama classes against a fake endpoint on 127.0.0.1:
 * good readings and replies, and every failure (timeout, 429, 500, garbage, schema, budget, open circuit) giving
 * undefined within the timeout. No network.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/core/logger.ts';
import type { ConfiguredLanguageModel } from '../../src/llm/client.ts';
import { createLanguageModel } from '../../src/llm/provider.ts';
import { ROOT } from '../helpers.ts';
import { type FakeLlmServer, type Scripted, startFakeLlmServer } from './fake-servers.ts';

const PHONE = '13912345678';
const ID_NUMBER = '420102199001011234';
const API_KEY = 'sk-test-SECRET-0123456789abcdef';
const GOOD_READING = { intent: 'policy.ask', question: '返乡创业担保贷款最多能贷多少?', asked: 'amount', slots: { county: '监利市' } };
const FACTS = {
  question: '返乡创业担保贷款最多能贷多少?',
  facts: ['个人最高可贷30万元。'],
  language: 'zh',
  notSpecified: ['具体利率'],
} as const;
const ASK = { message: '我在监利,创业贷款最多贷好多?', context: [] };

let server: FakeLlmServer;
const logs: string[] = [];
let clock = Date.parse('2026-12-01T10:00:00+08:00');
const advance = (ms: number) => {
  clock += ms;
};

beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(async () => {
  await server.close();
  // Whatever happened in this file, the key never reached a log line.
  expect(logs.join('\n')).not.toContain(API_KEY);
});
beforeEach(() => {
  server.requests.length = 0;
});

type Provider = 'openai' | 'ollama';

async function modelFor(provider: Provider, env: NodeJS.ProcessEnv = {}): Promise<ConfiguredLanguageModel> {
  const config = loadConfig({
    LLM_PROVIDER: provider,
    LLM_BASE_URL: provider === 'openai' ? `${server.url}/v1` : server.url,
    LLM_MODEL: 'qwen-plus',
    LLM_API_KEY: API_KEY,
    LLM_TIMEOUT_MS: '500',
    ...env,
  });
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const model = await createLanguageModel(config, { logger, now: () => new Date(clock) });
  if (!model) throw new Error('a provider was configured');
  return model;
}

const fenced = (value: unknown) => ({ content: `好的:\n\`\`\`json\n${JSON.stringify(value)}\n\`\`\`` });

describe.each(['openai', 'ollama'] as const)('through %s', (provider) => {
  it('reads a message into a reading validated with ReadingSchema, the twelve intents in the prompt', async () => {
    const model = await modelFor(provider);
    server.script(fenced(GOOD_READING));
    expect(await model.understand(ASK)).toEqual(GOOD_READING);
    const [request] = server.requests;
    expect(request!.path).toBe(provider === 'openai' ? '/v1/chat/completions' : '/api/chat');
    expect(request!.raw).toContain('consult.book');
    expect(request!.raw).toContain('out_of_scope');
    expect(request!.raw).toContain('创业贷款最多贷好多');
    expect(model.stats()).toMatchObject({ calls: 1, failures: {} });
    expect(model.stats().latenciesMs).toHaveLength(1);
    expect(model.policyOnly).toBe(true);
  });

  it('phrases a reply from the facts it was given, saying what is not specified', async () => {
    const model = await modelFor(provider);
    server.script({ content: ' 个人最高可贷30万元,文件没有写明具体利率。 ' });
    expect(await model.phrase(FACTS)).toBe('个人最高可贷30万元,文件没有写明具体利率。');
    const raw = server.requests[0]!.raw;
    expect(raw).toContain('个人最高可贷30万元');
    expect(raw).toContain('具体利率');
  });

  it('never sends a phone number or an ID number, in the message, the context or the facts', async () => {
    const model = await modelFor(provider);
    server.script(fenced(GOOD_READING), { content: '好的' });
    await model.understand({
      message: `我的电话${PHONE},身份证${ID_NUMBER}`,
      context: [`用户:打 ${PHONE.slice(0, 3)} ${PHONE.slice(3, 7)} ${PHONE.slice(7)}`],
    });
    await model.phrase({ ...FACTS, question: `${PHONE}能贷多少`, facts: [`联系人电话${PHONE}`] });
    expect(server.requests).toHaveLength(2);
    for (const { raw } of server.requests) {
      expect(raw.replace(/\s/g, '')).not.toContain(PHONE);
      expect(raw).not.toContain(ID_NUMBER);
      expect(raw).not.toContain('19900101');
      expect(raw).toContain('139****5678');
    }
  });

  it('gives up at the timeout and returns undefined within it', async () => {
    const model = await modelFor(provider);
    server.script({ ...fenced(GOOD_READING), delayMs: 3000 });
    const started = performance.now();
    expect(await model.understand(ASK)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(500 + 200);
    expect(model.stats().failures).toEqual({ timeout: 1 });
  });

  it.each<[string, Scripted, string]>([
    ['a 500', { status: 500 }, 'http5xx'],
    ['a 429', { status: 429 }, 'http429'],
    ['a body that is not the API', { garbage: 'not json at all' }, 'malformed'],
    ['a reply without JSON', { content: '抱歉,我不太明白。' }, 'malformed'],
    ['JSON outside the schema', { content: JSON.stringify({ intent: 'buy.house', question: 'x' }) }, 'schema'],
  ])('counts %s as a failure of its kind and returns undefined', async (_, reply, kind) => {
    const model = await modelFor(provider);
    server.script(reply);
    expect(await model.understand(ASK)).toBeUndefined();
    expect(model.stats().failures).toEqual({ [kind]: 1 });
  });

  it('returns undefined when the endpoint cannot be reached', async () => {
    const gone = await startFakeLlmServer();
    await gone.close();
    const model = await modelFor(provider, { LLM_BASE_URL: provider === 'openai' ? `${gone.url}/v1` : gone.url });
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(model.stats().failures).toEqual({ network: 1 });
  });
});

describe('budget and circuit breaker', () => {
  it('a 429 with Retry-After opens the circuit for that long', async () => {
    const model = await modelFor('openai');
    server.script({ status: 429, headers: { 'retry-after': '120' } });
    expect(await model.phrase(FACTS)).toBeUndefined();
    server.script({ content: '个人最高可贷30万元。' });
    advance(119_000);
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(server.requests).toHaveLength(1);
    advance(2_000);
    expect(await model.phrase(FACTS)).toBe('个人最高可贷30万元。');
    expect(model.stats().failures).toEqual({ http429: 1, circuit: 1 });
  });

  it('caps a Retry-After at five minutes', async () => {
    const model = await modelFor('openai');
    server.script({ status: 429, headers: { 'retry-after': '86400' } }, { content: '好的' });
    await model.phrase(FACTS);
    advance(5 * 60_000);
    expect(await model.phrase(FACTS)).toBe('好的');
  });

  it('opens after five failures in a row for a minute, then lets one trial call decide', async () => {
    const model = await modelFor('openai');
    server.script(...Array.from({ length: 5 }, () => ({ status: 500 })));
    for (let i = 0; i < 5; i++) expect(await model.phrase(FACTS)).toBeUndefined();
    server.script({ status: 500 }, { content: '恢复了' }, { content: '还好' });
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(server.requests).toHaveLength(5);

    advance(60_000);
    expect(await model.phrase(FACTS)).toBeUndefined(); // the trial fails: open again
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(server.requests).toHaveLength(6);

    advance(60_000);
    expect(await model.phrase(FACTS)).toBe('恢复了'); // the trial succeeds: closed
    expect(await model.phrase(FACTS)).toBe('还好');
    expect(model.stats()).toMatchObject({ calls: 8, failures: { http5xx: 6, circuit: 2 } });
  });

  it('spends the per-minute budget on attempts and then answers offline without calling', async () => {
    const model = await modelFor('openai', { LLM_CALLS_PER_MINUTE: '2' });
    server.script({ status: 500 }, { content: '一' }, { content: '二' });
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(await model.phrase(FACTS)).toBe('一');
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    advance(60_001);
    expect(await model.phrase(FACTS)).toBe('二');
    expect(model.stats().failures).toEqual({ http5xx: 1, budget: 1 });
  });

  it('spends the daily budget until midnight in Beijing', async () => {
    clock = Date.parse('2026-12-02T23:00:00+08:00');
    const model = await modelFor('openai', { LLM_CALLS_PER_DAY: '2' });
    server.script({ content: '一' }, { content: '二' }, { content: '三' });
    await model.phrase(FACTS);
    await model.phrase(FACTS);
    advance(59 * 60_000);
    expect(await model.phrase(FACTS)).toBeUndefined();
    advance(60_000);
    expect(await model.phrase(FACTS)).toBe('三');
    expect(model.stats().failures).toEqual({ budget: 1 });
  });
});

describe('configuration and loading', () => {
  it('does only the configured roles', async () => {
    const model = await modelFor('openai', { LLM_ROLES: 'phrase' });
    expect(await model.understand(ASK)).toBeUndefined();
    expect(server.requests).toHaveLength(0);
    expect([...model.roles]).toEqual(['phrase']);
  });

  it('sends the API key only in the Authorization header, and logs no error message that repeats it', async () => {
    const model = await modelFor('openai');
    server.script({ status: 401, message: `Incorrect API key provided: ${API_KEY}` });
    expect(await model.phrase(FACTS)).toBeUndefined();
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(server.requests[0]!.raw).not.toContain(API_KEY);
    const failure = logs.findLast((line) => line.includes('llm.failure'))!;
    expect(JSON.parse(failure)).toMatchObject({ level: 'warn', role: 'phrase', kind: 'http4xx' });
    expect(failure).toContain('<secret>');
  });

  // An ESM loader hook in a fresh process sees every module file loaded; the run with a provider shows it works.
  const HOOKS = `let port; export function initialize(data) { port = data.port; }
    export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;
  const PROBE = `
    import { register } from 'node:module';
    import { MessageChannel } from 'node:worker_threads';
    const { port1, port2 } = new MessageChannel();
    const loaded = [];
    port1.on('message', (url) => loaded.push(url));
    port1.unref();
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), { data: { port: port2 }, transferList: [port2] });
    const { loadConfig } = await import('./src/config.ts');
    const { silentLogger } = await import('./src/core/logger.ts');
    const { createLanguageModel } = await import('./src/llm/provider.ts');
    const model = await createLanguageModel(loadConfig(JSON.parse(process.env.PROBE_ENV)), { logger: silentLogger, now: () => new Date() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const packages = new Set(loaded.map((url) => url.match(/node_modules\\/(@langchain\\/[^/]+|openai|ollama)\\//)?.[1]).filter(Boolean));
    console.log(JSON.stringify({ model: model !== undefined, sawProvider: loaded.some((u) => u.includes('/src/llm/provider.ts')), packages: [...packages].sort() }));`;
  const probe = (env: NodeJS.ProcessEnv) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], {
        cwd: ROOT,
        env: { ...process.env, PROBE_ENV: JSON.stringify(env) },
        encoding: 'utf8',
      }),
    );

  it('with LLM_PROVIDER=none returns undefined and loads no LangChain or provider package', () => {
    expect(probe({})).toEqual({ model: false, sawProvider: true, packages: [] });
    const openai = probe({ LLM_PROVIDER: 'openai', LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm', LLM_API_KEY: 'k' });
    expect(openai.model).toBe(true);
    expect(openai.packages).toContain('@langchain/openai');
    expect(openai.packages).not.toContain('@langchain/ollama');
  });

  const problemsOf = (env: NodeJS.ProcessEnv): string => {
    try {
      loadConfig(env);
      return '';
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems.join('\n');
    }
  };

  it('defaults to no model, and to the documented limits once a provider is set', () => {
    expect(loadConfig({})).toMatchObject({ LLM_PROVIDER: 'none', LLM_POLICY_ONLY: true });
    expect(loadConfig({ LLM_PROVIDER: 'ollama', LLM_BASE_URL: 'http://127.0.0.1:11434', LLM_MODEL: 'qwen2.5:7b' })).toMatchObject({
      LLM_TIMEOUT_MS: 3000,
      LLM_ROLES: ['understand', 'phrase'],
      LLM_CALLS_PER_MINUTE: 30,
      LLM_CALLS_PER_DAY: 2000,
      LLM_POLICY_ONLY: true,
    });
    expect(loadConfig({ LLM_ROLES: ' phrase ', LLM_POLICY_ONLY: 'false' })).toMatchObject({
      LLM_ROLES: ['phrase'],
      LLM_POLICY_ONLY: false,
    });
  });

  it.each([
    [
      { LLM_PROVIDER: 'openai' },
      ['LLM_BASE_URL: is required with LLM_PROVIDER=openai', 'LLM_MODEL: is required', 'LLM_API_KEY: is required'],
    ],
    [{ LLM_PROVIDER: 'ollama', LLM_MODEL: 'qwen2.5:7b' }, ['LLM_BASE_URL: is required with LLM_PROVIDER=ollama']],
    [{ LLM_PROVIDER: 'gpt' }, ['LLM_PROVIDER:']],
    [{ LLM_BASE_URL: 'ftp://example.org' }, ['LLM_BASE_URL: must be an http:// or https:// URL']],
    [{ LLM_ROLES: 'understand,write' }, ['LLM_ROLES: a comma list of understand and phrase']],
    [{ LLM_TIMEOUT_MS: 'soon' }, ['LLM_TIMEOUT_MS:']],
    [{ LLM_CALLS_PER_DAY: '0' }, ['LLM_CALLS_PER_DAY:']],
    [{ LLM_POLICY_ONLY: 'maybe' }, ['LLM_POLICY_ONLY: must be true or false']],
  ])('%o is refused naming the variable', (env, messages) => {
    const problems = problemsOf(env);
    for (const message of messages) expect(problems).toContain(message);
  });

  it('never repeats the API key in a configuration error', () => {
    const problems = problemsOf({ LLM_PROVIDER: 'openai', LLM_API_KEY: API_KEY, LLM_BASE_URL: 'not a url' });
    expect(problems).toContain('LLM_BASE_URL');
    expect(problems).not.toContain(API_KEY);
  });
});
