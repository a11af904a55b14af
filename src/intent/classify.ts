import type { Analysis } from '../text/analyzer.ts';
import type { Hit, Retriever } from '../kb/retriever.ts';
import type { Intent } from './intents.ts';
import { INTENT_RULES, type IntentRule } from './rules.ts';

export interface Classification {
  intent: Intent;
  /** The rule that decided, or "retrieval" / "fallback". */
  reason: string;
  /** Knowledge hits for the message (computed once, reused by handlers). */
  hits: Hit[];
}

/** A policy question must share at least this much of its topic with an entry to be answered from it. */
export const MIN_COVERAGE = 0.3;
export const MIN_SCORE = 3;

const matches = (rule: IntentRule, text: string): boolean =>
  rule.any.some((r) => r.test(text)) &&
  (rule.all ?? []).every((r) => r.test(text)) &&
  !(rule.unless ?? []).some((r) => r.test(text));

/** True when the knowledge base has something to say about the message. */
export function isAnswerable(hits: Hit[]): boolean {
  const top = hits[0];
  return !!top && top.score >= MIN_SCORE && top.coverage >= MIN_COVERAGE;
}

/**
 * Decides the intent of one message: wording rules for actions first, then the knowledge base for questions,
 * then out of scope. Fully offline and deterministic.
 */
export function classify(analysis: Analysis, retriever: Retriever): Classification {
  const hits = retriever.search(analysis);
  const text = analysis.text;
  for (const rule of INTENT_RULES) {
    if (!matches(rule, text)) continue;
    // A greeting followed by a real question is the question.
    if (rule.intent === 'greet' && text.length > 8 && isAnswerable(hits) && !/你是|服务号|公众号|功能|机器人/.test(text)) break;
    return { intent: rule.intent, reason: rule.name, hits };
  }
  if (isAnswerable(hits)) return { intent: 'policy.ask', reason: 'retrieval', hits };
  return { intent: 'out_of_scope', reason: 'fallback', hits };
}
