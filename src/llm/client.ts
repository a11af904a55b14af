/**
 * The `LanguageModel` port on any LangChain chat model: the prompts for reading a message and for phrasing a reply,
 * and around every call the masking, the timeout, the budget and the circuit breaker. A call never throws: any
 * failure is counted by kind, logged at warn (masked, without the key) and returned as undefined.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { type Logger, maskPersonal } from '../core/logger.ts';
import { INTENTS } from '../intent/intents.ts';
import { createBreaker, createBudget } from './limits.ts';
import { type LanguageModel, type LlmRole, type LlmStats, type PhraseInput, ReadingSchema, type UnderstandInput } from './port.ts';

export type FailureKind =
  | 'timeout'
  | 'http429'
  | 'http5xx'
  | 'http4xx'
  | 'network'
  | 'malformed'
  | 'schema'
  | 'budget'
  | 'circuit'
  | 'other';

/** The port, and whether the configuration limits the model to policy questions (the caller honours it). */
export interface ConfiguredLanguageModel extends LanguageModel {
  readonly policyOnly: boolean;
}

export interface LlmClientOptions {
  roles: readonly LlmRole[];
  timeoutMs: number;
  callsPerMinute: number;
  callsPerDay: number;
  policyOnly: boolean;
  logger: Logger;
  now: () => Date;
  /** Strings never to log (the API key), should a provider's error message repeat them. */
  secrets?: readonly string[];
}

/** A Retry-After longer than this opens the circuit only this long. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;
/** Replies longer than this are no phone-screen answer (the prompt asks for 160 Chinese or 300 English characters). */
const MAX_REPLY_CHARS = { zh: 320, en: 600 } as const;
/** Latencies kept for the figures (p50, p99) of a long run. */
const MAX_LATENCIES = 10_000;

const ASKED_MEANINGS: Record<string, string> = {
  amount: '金额、额度、补贴标准',
  count: '数量(几家、几个、几次)',
  unit: '负责或办理的单位、部门',
  materials: '需要的材料',
  online: '能否线上办理、网址或 APP',
  when: '时间、期限、截止日期',
  where: '在哪里办、怎么办理、流程',
  eligibility: '申请条件、谁能申请',
  list: '名单、有哪些',
  examples: '举例',
  contact: '联系电话、邮箱',
  benefit: '待遇、好处',
  relief: '减免的办法',
  basis: '依托什么、依据',
};

/** Braces are template variables to LangChain's f-string prompts; literal ones (the JSON example) are doubled. */
const literal = (text: string) => text.replaceAll('{', '{{').replaceAll('}', '}}');

const UNDERSTAND_SYSTEM = literal(
  [
    '你是荆州"回乡通"政务助手的理解模块。阅读用户的最后一条消息(参考之前的对话),只输出一个 JSON 对象,不要输出任何其他文字。',
    '字段:',
    'intent:下列意图之一(只写英文名):',
    ...Object.entries(INTENTS).map(([name, meaning]) => `  ${name}:${meaning}`),
    'question:把用户的问题改写成不依赖上下文、可以单独理解的一句简体中文(不超过 300 字)。',
    'asked:用户问的是哪一类信息,下列之一,看不出来就写 null:',
    ...Object.entries(ASKED_MEANINGS).map(([kind, meaning]) => `  ${kind}:${meaning}`),
    'slots:消息里明确说出的信息,不要猜,没有就省略:county(县市区名)、amountWan(金额,以万元为单位的数字)、industry(行业)、project(项目)。',
    '示例:{"intent":"policy.ask","question":"返乡创业担保贷款最多能贷多少?","asked":"amount","slots":{"county":"监利市"}}',
  ].join('\n'),
);

const understandPrompt = ChatPromptTemplate.fromMessages([
  ['system', UNDERSTAND_SYSTEM],
  ['human', '之前的对话:\n{context}\n\n用户的最后一条消息:{message}'],
]);

const phrasePrompt = ChatPromptTemplate.fromMessages([
  [
    'system',
    [
      '你是荆州"回乡通"政务助手。根据给出的事实回答用户的问题。',
      '1. 只使用给出的事实,不要补充事实以外的任何内容。',
      '2. 不要写出事实里没有的数字、金额、比例、日期、电话号码、网址、单位名称或计量单位。',
      '3. "文件未写明"列出的事项,直接说明政策文件没有写明,不要猜测。',
      '4. 不要写出处或来源,系统会另外附上。',
      '5. 用{language}回答,简短,不超过{limit}。只输出回复正文。',
    ].join('\n'),
  ],
  ['human', '问题:{question}\n\n事实:\n{facts}\n\n文件未写明:{notSpecified}'],
]);

/** An answer that arrived but cannot be used. */
class BadOutput extends Error {
  constructor(readonly kind: 'malformed' | 'schema') {
    super(kind);
  }
}

class Deadline extends Error {}

/** The JSON object in a reply, whether bare, fenced (```json) or wrapped in a sentence. */
function jsonObjectIn(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) throw new BadOutput('malformed');
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    throw new BadOutput('malformed');
  }
}

interface ProviderError {
  name?: string;
  message?: string;
  code?: string;
  status?: number;
  status_code?: number;
  retryAfterMs?: number;
  headers?: { get?(name: string): string | null };
  cause?: { code?: string };
}

function classify(error: unknown): FailureKind {
  if (error instanceof BadOutput) return error.kind;
  if (error instanceof Deadline) return 'timeout';
  const e = (error ?? {}) as ProviderError;
  const status = e.status ?? e.status_code;
  if (status === 429) return 'http429';
  if (status !== undefined && status >= 500) return 'http5xx';
  if (status !== undefined && status >= 400) return 'http4xx';
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || /timed out|timeout/i.test(e.message ?? '')) return 'timeout';
  // The OpenAI SDK throws SyntaxError on a body that is not JSON; Ollama's client throws this on NDJSON it cannot read.
  if (error instanceof SyntaxError || /did not receive done/i.test(e.message ?? '')) return 'malformed';
  const code = e.code ?? e.cause?.code ?? '';
  if (/^E[A-Z]+/.test(code) || /connection|fetch failed|socket/i.test(`${e.name} ${e.message}`)) return 'network';
  return 'other';
}

/** How long a 429 asks us to wait (LangChain parses Retry-After into `retryAfterMs`), capped. */
function retryAfterOf(error: unknown): number | undefined {
  const e = (error ?? {}) as ProviderError;
  const header = Number(e.headers?.get?.('retry-after') ?? Number.NaN);
  const ms = e.retryAfterMs ?? (Number.isFinite(header) ? header * 1000 : undefined);
  return ms === undefined ? undefined : Math.min(ms, MAX_RETRY_AFTER_MS);
}

const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? ''))).join('')
      : '';

/** The language model on a LangChain chat model. */
export function createLlmClient(chat: BaseChatModel, options: LlmClientOptions): ConfiguredLanguageModel {
  const { logger, now, timeoutMs } = options;
  const roles = new Set(options.roles);
  const budget = createBudget(options.callsPerMinute, options.callsPerDay);
  const breaker = createBreaker();
  const stats: LlmStats = { calls: 0, failures: {}, latenciesMs: [] };

  const redact = (text: string) => (options.secrets ?? []).reduce((t, secret) => (secret ? t.replaceAll(secret, '<secret>') : t), text);

  const failure = (role: LlmRole, kind: FailureKind, details: Record<string, unknown> = {}): undefined => {
    stats.failures[kind] = (stats.failures[kind] ?? 0) + 1;
    logger.warn('llm.failure', { role, kind, ...details });
    return undefined;
  };

  /** One call: `read` turns the model's text into the result, or throws BadOutput. */
  async function call<T>(role: LlmRole, prompt: ChatPromptTemplate, values: Record<string, string>, read: (text: string) => T) {
    if (!roles.has(role)) return undefined;
    const at = now().getTime();
    if (!budget.allows(at)) return failure(role, 'budget');
    if (!breaker.allow(at)) return failure(role, 'circuit');
    budget.spend(at);
    stats.calls++;
    const started = performance.now();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // Raced as well as passed on: a provider class may notice the signal only when its response starts to arrive.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new Deadline());
      }, timeoutMs);
    });
    try {
      const message = await Promise.race([prompt.pipe(chat).invoke(values, { signal: abort.signal }), deadline]);
      const result = read(textOf(message.content).trim());
      breaker.succeeded();
      return result;
    } catch (error) {
      const kind = classify(error);
      const retryAfterMs = kind === 'http429' ? retryAfterOf(error) : undefined;
      breaker.failed(now().getTime(), retryAfterMs);
      const e = error as ProviderError;
      const detail = kind === 'malformed' || kind === 'schema' ? {} : { error: redact(`${e?.name}: ${e?.message ?? ''}`) };
      return failure(role, kind, { ...detail, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    } finally {
      clearTimeout(timer);
      stats.latenciesMs.push(Math.round(performance.now() - started));
      if (stats.latenciesMs.length > MAX_LATENCIES) stats.latenciesMs.shift();
    }
  }

  return {
    roles,
    policyOnly: options.policyOnly,

    understand: (input: UnderstandInput) =>
      call(
        'understand',
        understandPrompt,
        { message: maskPersonal(input.message), context: input.context.map(maskPersonal).join('\n') || '(无)' },
        (text) => {
          const reading = ReadingSchema.safeParse(jsonObjectIn(text));
          if (!reading.success) throw new BadOutput('schema');
          return reading.data;
        },
      ),

    phrase: (input: PhraseInput) =>
      call(
        'phrase',
        phrasePrompt,
        {
          question: maskPersonal(input.question),
          facts: input.facts.map((fact) => `- ${maskPersonal(fact)}`).join('\n'),
          notSpecified: input.notSpecified.map(maskPersonal).join(';') || '(无)',
          language: input.language === 'en' ? '英文(English)' : '简体中文',
          limit: input.language === 'en' ? '300 个英文字符' : '160 个汉字',
        },
        (text) => {
          if (!text || text.length > MAX_REPLY_CHARS[input.language]) throw new BadOutput('malformed');
          return text;
        },
      ),

    stats: () => ({ calls: stats.calls, failures: { ...stats.failures }, latenciesMs: [...stats.latenciesMs] }),
  };
}
