/**
 * Builds the configured language model. With LLM_PROVIDER=none nothing is loaded: this module imports types only,
 * and the provider package (@langchain/openai or @langchain/ollama), LangChain itself and the client come in by
 * dynamic import in the configured branch, so the offline bot starts exactly as before.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { ConfiguredLanguageModel } from './client.ts';

export type LlmConfig = Pick<
  Config,
  | 'LLM_PROVIDER'
  | 'LLM_BASE_URL'
  | 'LLM_MODEL'
  | 'LLM_API_KEY'
  | 'LLM_TIMEOUT_MS'
  | 'LLM_ROLES'
  | 'LLM_CALLS_PER_MINUTE'
  | 'LLM_CALLS_PER_DAY'
  | 'LLM_POLICY_ONLY'
>;

async function chatModelFor(config: LlmConfig & { LLM_PROVIDER: 'openai' | 'ollama' }): Promise<BaseChatModel> {
  const model = config.LLM_MODEL!;
  if (config.LLM_PROVIDER === 'openai') {
    const { ChatOpenAI } = await import('@langchain/openai');
    // Our own breaker and budget decide about retries; a retry would also break the timeout promise.
    return new ChatOpenAI({
      model,
      apiKey: config.LLM_API_KEY!,
      configuration: { baseURL: config.LLM_BASE_URL! },
      maxRetries: 0,
      timeout: config.LLM_TIMEOUT_MS,
    });
  }
  const { ChatOllama } = await import('@langchain/ollama');
  // ChatOllama checks the abort signal only between streamed chunks; this fetch lets the timeout end the request.
  const timeoutMs = config.LLM_TIMEOUT_MS;
  const fetchWithTimeout: typeof fetch = (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
  return new ChatOllama({ model, baseUrl: config.LLM_BASE_URL!, maxRetries: 0, fetch: fetchWithTimeout });
}

/**
 * The language model LLM_* configures, or undefined with LLM_PROVIDER=none (the offline path answers everything).
 * The returned object says whether it may be used for policy questions only (`policyOnly`).
 */
export async function createLanguageModel(
  config: LlmConfig,
  deps: { logger: Logger; now: () => Date },
): Promise<ConfiguredLanguageModel | undefined> {
  const provider = config.LLM_PROVIDER;
  if (provider === 'none') return undefined;
  const chat = await chatModelFor({ ...config, LLM_PROVIDER: provider });
  const { createLlmClient } = await import('./client.ts');
  deps.logger.info('llm.ready', { provider, model: config.LLM_MODEL, roles: config.LLM_ROLES, policyOnly: config.LLM_POLICY_ONLY });
  return createLlmClient(chat, {
    roles: config.LLM_ROLES,
    timeoutMs: config.LLM_TIMEOUT_MS,
    callsPerMinute: config.LLM_CALLS_PER_MINUTE,
    callsPerDay: config.LLM_CALLS_PER_DAY,
    policyOnly: config.LLM_POLICY_ONLY,
    logger: deps.logger,
    now: deps.now,
    secrets: config.LLM_API_KEY ? [config.LLM_API_KEY] : [],
  });
}
