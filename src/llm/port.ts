/**
 * The optional language model as the core sees it (issue 14). Offline understanding is the default; with a provider
 * configured, the model reads messages the offline path is unsure of, and phrases answers from retrieved facts. Every
 * call may fail (timeout, 429, 5xx, bad output, budget, open circuit): then it returns undefined and the offline
 * path answers. Nothing here imports a provider package; `src/llm/provider.ts` loads one only when configured.
 */
import { z } from 'zod';
import { type Intent, INTENT_NAMES } from '../intent/intents.ts';

export type LlmRole = 'understand' | 'phrase';

/** The asked attribute, as `src/kb/attribute.ts` names it. */
export const ASKED_KINDS = [
  'amount',
  'count',
  'unit',
  'materials',
  'online',
  'when',
  'where',
  'eligibility',
  'list',
  'examples',
  'contact',
  'benefit',
  'relief',
  'basis',
] as const;

/** What the model returns when asked to read a message: validated with this schema, whatever the provider says. */
export const ReadingSchema = z.object({
  intent: z.enum(INTENT_NAMES as [Intent, ...Intent[]]),
  /** The question rewritten to stand alone, in simplified Chinese, using the conversation before it. */
  question: z.string().max(300),
  asked: z.enum(ASKED_KINDS).nullable().optional(),
  /** Form slots the message states outright (never guessed). */
  slots: z
    .object({
      county: z.string().max(20).nullable().optional(),
      amountWan: z.number().nonnegative().nullable().optional(),
      industry: z.string().max(30).nullable().optional(),
      project: z.string().max(100).nullable().optional(),
    })
    .partial()
    .nullable()
    .optional(),
});
export type LlmReading = z.infer<typeof ReadingSchema>;

export interface UnderstandInput {
  /** The message, personal data already masked. */
  message: string;
  /** The last few turns (user and bot lines), masked, oldest first. */
  context: readonly string[];
}

export interface PhraseInput {
  /** The question as understood (standalone), masked. */
  question: string;
  /** The retrieved facts the reply may use, in the reply's language. */
  facts: readonly string[];
  language: 'zh' | 'en';
  /** Details asked for that the plan does not give: the reply must say so plainly. */
  notSpecified: readonly string[];
}

/** Counters for evaluation and health: calls, failures by kind, latencies. */
export interface LlmStats {
  calls: number;
  failures: Record<string, number>;
  latenciesMs: number[];
}

export interface LanguageModel {
  readonly roles: ReadonlySet<LlmRole>;
  /** Only policy questions are read by the model: an action it sees (booking, registering) is left to the rules. */
  readonly policyOnly: boolean;
  /** A structured reading of the message, or undefined (any failure: the offline reading stands). */
  understand(input: UnderstandInput): Promise<LlmReading | undefined>;
  /** The reply's body written from the facts only, or undefined (any failure: the offline answer is sent). */
  phrase(input: PhraseInput): Promise<string | undefined>;
  stats(): LlmStats;
}
