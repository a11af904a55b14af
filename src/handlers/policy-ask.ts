import { composeAnswer } from '../kb/answer.ts';
import { referencedEntry } from '../kb/refs.ts';
import type { Hit } from '../kb/retriever.ts';
import type { Entry } from '../kb/schema.ts';
import type { Context } from '../core/context.ts';
import type { Handler } from './handler.ts';

/** Second and third hits this close to the first (ratio of scores) make the question ambiguous. */
export const CLARIFY_RATIO = 0.9;
const CLARIFY_MAX = 3;

/** Answers one entry; shared by direct answers and answered clarifications. */
export function answerEntry(ctx: Context, entry: Entry, question: string): void {
  const analysis = ctx.deps.analyzer.analyze(question);
  ctx.reply(composeAnswer(entry, analysis, ctx.deps.retriever, ctx.deps.knowledge.service));
  ctx.cite(entry.id);
  ctx.session.lastSources = [entry.id];
}

/** Among close entries, one whose best fact answers clearly better than the others' is the answer. */
const FACT_MARGIN = 0.8;

function closeHits(ctx: Context, hits: Hit[]): Hit[] {
  const [top, ...rest] = hits;
  if (!top) return [];
  const close = [top, ...rest.filter((h) => h.score >= top.score * CLARIFY_RATIO && h.coverage >= 0.3)].slice(0, CLARIFY_MAX);
  if (close.length === 1) return close;
  const bestFact = close.map((h) => ctx.deps.retriever.rankFacts(h.entry, ctx.analysis)[0]?.score ?? 0);
  const max = Math.max(...bestFact);
  const strong = close.filter((_, i) => bestFact[i]! >= max * FACT_MARGIN);
  return strong;
}

export const policyAsk: Handler = (ctx) => {
  const named = referencedEntry(ctx.analysis.text, ctx.deps.retriever.entries);
  if (named) {
    answerEntry(ctx, named, ctx.inbound.text);
    return;
  }
  const hits = ctx.classification?.hits ?? ctx.deps.retriever.search(ctx.analysis);
  const candidates = closeHits(ctx, hits);
  if (!candidates.length) {
    ctx.reply('这个问题我在文件里没有找到答案。您可以换个说法,或问问具体政策,比如"返乡创业贴息贷款最多多少"。');
    return;
  }
  if (candidates.length === 1) {
    answerEntry(ctx, candidates[0]!.entry, ctx.inbound.text);
    return;
  }
  const choices = candidates.map((h) => ({ label: h.entry.title, value: `kb:${h.entry.id}` }));
  ctx.session.pending = { kind: 'choose-entry', choices, asked: ctx.inbound.text };
  ctx.reply('您问的是哪一项?请回复数字:', choices);
  ctx.cite(...candidates.map((h) => h.entry.id));
};
