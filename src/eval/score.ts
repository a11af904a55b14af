import { z } from 'zod';
import type { Core } from '../core/message.ts';
import { answerLine, type JsonlResult } from '../cli/jsonl.ts';

/**
 * One labelled message (format of `../shared/eval/dev.jsonl`), or one user turn of a dialogue (format of
 * `../shared/eval/dialogues-dev.jsonl`: a row with `dialog` and `turn`).
 */
export const EvalCaseSchema = z.object({
  id: z.string().optional(),
  dialog: z
    .union([z.string().min(1), z.number()])
    .transform(String)
    .optional(),
  turn: z.number().int().optional(),
  text: z.string(),
  intent: z.string(),
  alt: z.array(z.string()).default([]),
  facts: z.array(z.array(z.string())).default([]),
  avoid: z.array(z.string()).default([]),
});
export type EvalCase = z.infer<typeof EvalCaseSchema> & { id: string };

/** A set's rows did not parse; the message names the file and line and how to fix it. */
export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

/** Reads a JSONL set, naming the file and line of anything that is not a case. Dialogue turns get the id `d01#3`. */
export function parseCases(text: string, file: string): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: ReturnType<typeof EvalCaseSchema.safeParse>;
    try {
      parsed = EvalCaseSchema.safeParse(JSON.parse(line));
    } catch {
      throw new EvalSetError(`${file}:${i + 1}: not a JSON object`);
    }
    if (!parsed.success)
      throw new EvalSetError(
        `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`,
      );
    const row = parsed.data;
    if ((row.dialog === undefined) !== (row.turn === undefined))
      throw new EvalSetError(`${file}:${i + 1}: "dialog" and "turn" go together (a dialogue turn needs both)`);
    const id = row.id ?? (row.dialog !== undefined ? `${row.dialog}#${row.turn}` : `line${i + 1}`);
    cases.push({ ...row, id });
  });
  const seen = new Set<string>();
  for (const c of cases) {
    if (c.dialog === undefined) continue;
    if (seen.has(c.id)) throw new EvalSetError(`${file}: dialogue ${c.dialog} has turn ${c.turn} twice; number its turns 1, 2, 3 …`);
    seen.add(c.id);
  }
  if (seen.size && seen.size !== cases.length)
    throw new EvalSetError(`${file}: mixes dialogue turns (with "dialog") and single messages; put them in separate files`);
  return cases;
}

/** Whether the set is multi-turn: its rows are turns of dialogues. */
export const isDialogueSet = (cases: readonly EvalCase[]): boolean => cases.length > 0 && cases[0]?.dialog !== undefined;

/** The turns of each dialogue in turn order, dialogues in the order they first appear. */
export function groupDialogues(cases: readonly EvalCase[]): Array<{ dialog: string; turns: EvalCase[] }> {
  const byDialog = new Map<string, EvalCase[]>();
  for (const c of cases) {
    const key = c.dialog ?? c.id;
    byDialog.set(key, [...(byDialog.get(key) ?? []), c]);
  }
  return [...byDialog].map(([dialog, turns]) => ({ dialog, turns: turns.toSorted((a, b) => (a.turn ?? 0) - (b.turn ?? 0)) }));
}

/** Seconds between two turns of a dialogue: a person typing, far under the per-person rate limit (20 a minute). */
export const TURN_GAP_SECONDS = 6;

/** A labelled case and what the bot answered to it. */
export interface Scored {
  c: EvalCase;
  r: JsonlResult;
}

/**
 * Feeds the cases to `core` the way `npm run chat -- --jsonl` would. A single message goes from its own user
 * (`eval-<id>`) dated `now()`. A dialogue goes from one user (`eval-<dialog>`), its turns in order, each dated
 * `TURN_GAP_SECONDS` after the one before from `start`, so that its state (topic, open form, pending choices) carries.
 */
export async function runCases(core: Core, cases: readonly EvalCase[], now: () => Date): Promise<Scored[]> {
  const results: Scored[] = [];
  if (!isDialogueSet(cases)) {
    for (const c of cases) results.push({ c, r: await answerLine(core, JSON.stringify({ user: `eval-${c.id}`, text: c.text }), now) });
    return results;
  }
  for (const { dialog, turns } of groupDialogues(cases)) {
    const start = now().getTime();
    for (const [k, c] of turns.entries()) {
      const time = new Date(start + k * TURN_GAP_SECONDS * 1000).toISOString();
      results.push({ c, r: await answerLine(core, JSON.stringify({ user: `eval-${dialog}`, text: c.text, time }), now) });
    }
  }
  return results;
}

/** What one reply got right and wrong against its labels. */
export interface TurnVerdict {
  strict: boolean;
  lenient: boolean;
  missing: string[][];
  factGroups: number;
  avoidHits: string[];
  fullyRight: boolean;
}

/** Judges one reply: intent (strict, or `alt` too), each fact group found as a plain substring, avoided strings. */
export function judge(c: EvalCase, intent: string, reply: string): TurnVerdict {
  const strict = intent === c.intent;
  const lenient = strict || c.alt.includes(intent);
  const missing = c.facts.filter((group) => !group.some((alt) => reply.includes(alt)));
  const avoidHits = c.avoid.filter((bad) => reply.includes(bad));
  return { strict, lenient, missing, factGroups: c.facts.length, avoidHits, fullyRight: strict && !missing.length && !avoidHits.length };
}

/** The figures of a set. */
export interface Figures {
  cases: number;
  strict: number;
  lenient: number;
  factGroups: number;
  factsFound: number;
  /** Avoided strings that appeared, counted one by one. */
  avoidStrings: number;
  /** Turns with at least one avoided string. */
  avoidTurns: number;
  fullyRight: number;
  /** Reply lengths in characters, ascending. */
  lengths: number[];
}

/** Adds up the verdicts of a scored set. */
export function figures(results: readonly Scored[]): Figures {
  const f: Figures = {
    cases: 0,
    strict: 0,
    lenient: 0,
    factGroups: 0,
    factsFound: 0,
    avoidStrings: 0,
    avoidTurns: 0,
    fullyRight: 0,
    lengths: [],
  };
  for (const { c, r } of results) {
    const v = judge(c, r.intent, r.reply);
    f.cases++;
    if (v.strict) f.strict++;
    if (v.lenient) f.lenient++;
    f.factGroups += v.factGroups;
    f.factsFound += v.factGroups - v.missing.length;
    f.avoidStrings += v.avoidHits.length;
    if (v.avoidHits.length) f.avoidTurns++;
    if (v.fullyRight) f.fullyRight++;
    f.lengths.push([...r.reply].length);
  }
  f.lengths.sort((a, b) => a - b);
  return f;
}

/** Sums the figures of several sets (for a run over several files). */
export function addFigures(all: readonly Figures[]): Figures {
  return {
    cases: sum(all, (f) => f.cases),
    strict: sum(all, (f) => f.strict),
    lenient: sum(all, (f) => f.lenient),
    factGroups: sum(all, (f) => f.factGroups),
    factsFound: sum(all, (f) => f.factsFound),
    avoidStrings: sum(all, (f) => f.avoidStrings),
    avoidTurns: sum(all, (f) => f.avoidTurns),
    fullyRight: sum(all, (f) => f.fullyRight),
    lengths: all.flatMap((f) => f.lengths).sort((a, b) => a - b),
  };
}

const sum = <T>(xs: readonly T[], get: (x: T) => number) => xs.reduce((n, x) => n + get(x), 0);

/** `12.3% (4/5)`, or `n/a` for nothing to count. */
export const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
/** The q-quantile of ascending numbers (nearest rank, lower). */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * The two lines other tools parse (`intent accuracy: …`, `fact recall: … · avoid violations: N`), always printed
 * last. Intent accuracy is strict; avoid violations count every avoided string that appeared.
 */
export function closingLines(f: Figures): string[] {
  return [
    `intent accuracy: ${pct(f.strict, f.cases)} (${f.strict}/${f.cases})`,
    `fact recall: ${pct(f.factsFound, f.factGroups)} (${f.factsFound}/${f.factGroups}) · avoid violations: ${f.avoidStrings}`,
  ];
}

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s*\n\s*/g, ' / ');
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
};

/**
 * The report of a multi-turn set, without the closing lines: turn figures, the turns that went wrong, and with
 * `verbose` every dialogue turn by turn (text, expected and got intent, missing facts, avoid hits, reply start).
 */
export function dialogueReport(file: string, results: readonly Scored[], verbose: boolean): string[] {
  const f = figures(results);
  const dialogues = groupDialogues(results.map(({ c }) => c));
  const byCase = new Map(results.map((s) => [s.c, s]));
  const out: string[] = [`dialogues: ${dialogues.length}, turns: ${f.cases} (${file})`];

  const confusions = new Map<string, string[]>();
  for (const { c, r } of results) {
    if (judge(c, r.intent, r.reply).lenient) continue;
    const key = `${c.intent} -> ${r.intent}`;
    confusions.set(key, [...(confusions.get(key) ?? []), c.id]);
  }
  if (confusions.size) {
    out.push('', 'wrong intents, not in alt either (expected -> got: turns)');
    for (const [k, ids] of [...confusions].sort((a, b) => b[1].length - a[1].length)) out.push(`  ${k}: ${ids.length} (${ids.join(' ')})`);
  }

  let perfectDialogues = 0;
  const perDialogue: string[] = [];
  for (const { dialog, turns } of dialogues) {
    const scored = turns.map((c) => byCase.get(c)).filter((s): s is Scored => s !== undefined);
    const d = figures(scored);
    if (d.fullyRight === d.cases) perfectDialogues++;
    perDialogue.push(
      `${dialog}: ${d.fullyRight}/${d.cases} turns fully right · intent ${d.strict}/${d.cases} · facts ${d.factsFound}/${d.factGroups} · avoid ${d.avoidTurns}`,
    );
    if (!verbose) continue;
    for (const { c, r } of scored) {
      const v = judge(c, r.intent, r.reply);
      const mark = v.fullyRight ? 'ok ' : v.lenient && !v.missing.length && !v.avoidHits.length ? 'alt' : 'BAD';
      const intent = v.strict ? c.intent : `${c.intent} -> ${r.intent}${v.lenient ? ' (alt)' : ''}`;
      perDialogue.push(`  ${mark} ${c.turn ?? ''}. ${c.text}`, `      intent: ${intent}`);
      if (v.missing.length) perDialogue.push(`      missing: ${v.missing.map((g) => JSON.stringify(g)).join(' ')}`);
      if (v.avoidHits.length) perDialogue.push(`      avoid hit: ${v.avoidHits.map((s) => JSON.stringify(s)).join(' ')}`);
      perDialogue.push(`      reply: ${oneLine(r.reply, 160)}`);
    }
  }
  out.push('', 'per dialogue', ...perDialogue.map((line) => `  ${line}`));

  const missed: string[] = [];
  const violations: string[] = [];
  for (const { c, r } of results) {
    const v = judge(c, r.intent, r.reply);
    for (const group of v.missing) missed.push(`  ${c.id} missing ${JSON.stringify(group)}: ${c.text}`);
    for (const bad of v.avoidHits) violations.push(`  ${c.id} says "${bad}": ${c.text}`);
  }
  if (!verbose && missed.length) out.push('', 'facts missing', ...missed);
  if (!verbose && violations.length) out.push('', 'avoid violations', ...violations);

  out.push('');
  out.push(
    `turn intent: strict ${pct(f.strict, f.cases)} (${f.strict}/${f.cases}) · lenient ${pct(f.lenient, f.cases)} (${f.lenient}/${f.cases})`,
  );
  out.push(`avoid: ${f.avoidTurns} turns with a violation, ${f.avoidStrings} strings`);
  out.push(
    `fully right: ${pct(f.fullyRight, f.cases)} of turns (${f.fullyRight}/${f.cases}) · dialogues all right: ${perfectDialogues}/${dialogues.length}`,
  );
  out.push(`reply length: p50 ${quantile(f.lengths, 0.5)} · p90 ${quantile(f.lengths, 0.9)} · max ${f.lengths.at(-1) ?? 0} chars`);
  return out;
}

/**
 * A classifier from text to intent; `history` holds the dialogue's earlier user turns (empty for a single message).
 * This is the hook for `--compare` (NLP.js, or a statistical classifier): score it on the same cases as the bot.
 */
export type Classifier = (text: string, history: readonly string[]) => string | Promise<string>;

/** Scores a bare classifier's intents on a set (strict and lenient), carrying each dialogue's earlier texts as history. @public */
export async function scoreClassifier(
  cases: readonly EvalCase[],
  classify: Classifier,
): Promise<{ cases: number; strict: number; lenient: number }> {
  let strict = 0;
  let lenient = 0;
  for (const { turns } of isDialogueSet(cases) ? groupDialogues(cases) : cases.map((c) => ({ turns: [c] }))) {
    const history: string[] = [];
    for (const c of turns) {
      const intent = await classify(c.text, history);
      if (intent === c.intent) strict++;
      if (intent === c.intent || c.alt.includes(intent)) lenient++;
      history.push(c.text);
    }
  }
  return { cases: cases.length, strict, lenient };
}
