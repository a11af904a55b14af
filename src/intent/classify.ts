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
const MIN_COVERAGE = 0.3;
const MIN_SCORE = 3;
/** A message that names the programme (返乡, 创业贷, 楚商 ...) needs only this score, whatever else it tells. */
const MIN_SCORE_ON_TOPIC = 5;

/** Nothing but greetings, thanks and acknowledgements. */
const onlyCourtesy = (text: string): boolean =>
  !text.replace(
    /你好|您好|好的|好嘞|晓得了|晓得|知道了|明白了|明白|收到|谢谢你?|感谢|多谢|辛苦了|辛苦|ok|嗯+|哦+|啊|呀|哈|了|啦|吧|哈|[\s,，。!！~～]/gi,
    '',
  ).length;

const matches = (rule: IntentRule, text: string): boolean =>
  rule.any.some((r) => r.test(text)) && (rule.all ?? []).every((r) => r.test(text)) && !(rule.unless ?? []).some((r) => r.test(text));

/** True when the knowledge base has something to say about the message. */
export function isAnswerable(hits: Hit[], analysis: Pick<Analysis, 'onTopic'>): boolean {
  const top = hits[0];
  if (!top || top.score < MIN_SCORE) return false;
  return top.coverage >= MIN_COVERAGE || (analysis.onTopic && top.score >= MIN_SCORE_ON_TOPIC);
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
    // A greeting followed by a real question is the question; thanks in a few more words ("好的 晓得了 谢谢啊") is not.
    if (
      rule.intent === 'greet' &&
      text.length > 8 &&
      !onlyCourtesy(text) &&
      isAnswerable(hits, analysis) &&
      !/你是|服务号|公众号|功能|机器人|助手|小助理|是.{0,12}吧$/.test(text)
    )
      break;
    return { intent: rule.intent, reason: rule.name, hits };
  }
  if (isAnswerable(hits, analysis)) return { intent: 'policy.ask', reason: 'retrieval', hits };
  return { intent: 'out_of_scope', reason: 'fallback', hits };
}
