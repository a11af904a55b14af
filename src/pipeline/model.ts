/**
 * Where the optional language model takes part (issue 14), as two steps of the chain. Both do nothing without a
 * model, in group chats, and while a form is open (form contents are never sent). The offline decision stands
 * whenever the model fails, answers outside its schema, or writes something the plan does not say.
 *
 * - `modelReading`, after the offline reading: only when that reading is unsure (nothing matched, the nearest entries
 *   would be offered, an English message retrieval does not answer). The model's standalone rewrite of the question
 *   is retrieved again over `knowledge/`; it is used only if retrieval then answers it.
 * - `modelPhrasing`, after the handler: a policy answer from one entry has its points rewritten by the model from those
 *   points only; the title, units, deadline and source lines stay ours. The grounding guard rejects any figure, date,
 *   phone, address or organisation the entry does not contain, and an answer saying what the plan does not specify
 *   is never rephrased.
 */
import { classify, isAnswerable, NEAREST } from '../intent/classify.ts';
import { ANSWERED_INTENTS, type Intent } from '../intent/intents.ts';
import { checkGrounding, groundingSourceOf } from '../llm/guard.ts';
import type { Middleware } from '../core/compose.ts';
import type { Context } from '../core/context.ts';
import { maskPersonal } from '../core/logger.ts';
import { extractName } from '../dialogue/extract.ts';
import { sameRecipient } from '../core/message.ts';

/** Intents the model may give a message: questions. Actions stay with the wording rules unless the setting allows. */
/** Intents an action reading may set when the model is not limited to policy questions. */
const ACTIONS: ReadonlySet<Intent> = new Set(['consult.book', 'lead.register', 'notice.subscribe', 'handoff.human']);
/** The last turns given to the model as context. */
const CONTEXT_TURNS = 3;

/** The offline reading is unsure: it matched nothing, would offer the nearest entries, or is English it cannot answer. */
function unsure(ctx: Context): boolean {
  const c = ctx.classification;
  if (!c || c.reason.startsWith('follow-up:')) return false;
  if (c.reason === NEAREST || (c.intent === 'out_of_scope' && c.reason === 'fallback')) return true;
  return ctx.language === 'en' && c.intent === 'policy.ask' && !isAnswerable(c.hits, ctx.analysis);
}

/**
 * What may leave for a provider: phone and ID numbers masked, the names this person registered with (their leads), and
 * a name the text gives ("我叫何建国"), replaced.
 */
export function maskForModel(ctx: Context, text: string): string {
  let masked = maskPersonal(text);
  const names = ctx.deps.leads.ofPerson(ctx.person).map((lead) => lead.name ?? '');
  const said = extractName(masked, { whole: false });
  for (const name of [...names, said ?? '']) if ([...name].length >= 2) masked = masked.split(name).join('某某');
  return masked;
}

const eligible = (ctx: Context) => ctx.inbound.chatType !== 'group' && !ctx.session.form;

export const modelReading: Middleware<Context> = async (ctx, next) => {
  const llm = ctx.deps.llm;
  if (!llm?.roles.has('understand') || !eligible(ctx) || !unsure(ctx)) return next();
  const context = (ctx.session.recent ?? []).slice(-CONTEXT_TURNS).flatMap((t) => [`用户:${maskForModel(ctx, t.u)}`, `回复:${t.b}`]);
  const reading = await llm.understand({ message: maskForModel(ctx, ctx.analysis.raw), context });
  if (reading && ANSWERED_INTENTS.has(reading.intent) && reading.question.trim()) {
    const analysis = ctx.deps.analyzer.analyze(reading.question);
    const again = classify(analysis, ctx.deps.retriever, ctx.deps.intents);
    if (isAnswerable(again.hits, analysis)) {
      ctx.restate(reading.question);
      ctx.classification = { intent: reading.intent, reason: 'model', hits: again.hits };
      ctx.intent = reading.intent;
    }
  } else if (reading && ACTIONS.has(reading.intent) && !llm.policyOnly) {
    ctx.classification = { intent: reading.intent, reason: 'model', hits: ctx.classification?.hits ?? [] };
    ctx.intent = reading.intent;
  }
  await next();
};

/** A point of an answer, as composed in Chinese ("· ") or English ("• "). */
const POINT = /^[·•] /;
/** An answer that says what the plan does not give is ours to word: honesty is not rephrased. */
const GAP = /文件没有写明|没有写明|does not specify|not specified|gives no/;

export const modelPhrasing: Middleware<Context> = async (ctx, next) => {
  await next();
  const llm = ctx.deps.llm;
  if (!llm?.roles.has('phrase') || !eligible(ctx) || ctx.intent !== 'policy.ask' || ctx.sources.length !== 1) return;
  const entry = ctx.deps.retriever.get(ctx.sources[0]!);
  const index = ctx.messages.findIndex((m) => sameRecipient(m.to, ctx.sender) && m.text.split('\n').some((l) => POINT.test(l)));
  const answer = ctx.messages[index];
  if (!entry || !answer || GAP.test(answer.text)) return;
  const lines = answer.text.split('\n');
  const first = lines.findIndex((l) => POINT.test(l));
  const last = lines.findLastIndex((l) => POINT.test(l));
  const facts = lines.slice(first, last + 1).map((l) => l.slice(2));
  const phrased = await llm.phrase({ question: maskForModel(ctx, ctx.analysis.raw), facts, language: ctx.language, notSpecified: [] });
  if (!phrased?.trim()) return;
  const verdict = checkGrounding(phrased, groundingSourceOf([entry]));
  if (!verdict.ok) {
    ctx.deps.logger.warn('llm.guard_rejected', { entry: entry.id, kind: verdict.kind, offending: verdict.offending.map(maskPersonal) });
    return;
  }
  // The points stay what "第二条" and "最后那个" refer to, whatever the wording shown.
  ctx.points = facts;
  ctx.messages[index] = { ...answer, text: [...lines.slice(0, first), phrased.trim(), ...lines.slice(last + 1)].join('\n') };
};
