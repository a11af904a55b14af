import { readFileSync } from 'node:fs';
import { createApp, loadUnderstanding, type Understanding } from '../app.ts';
import { loadConfig } from '../config.ts';
import { silentLogger } from '../core/logger.ts';
import {
  dialogueReport,
  EvalSetError,
  figures,
  addFigures,
  closingLines,
  isDialogueSet,
  parseCases,
  pct,
  quantile,
  runCases,
  type EvalCase,
  type Figures,
  type Scored,
} from '../eval/score.ts';
import { INTENT_NAMES } from '../intent/intents.ts';
import { exitOnStartupError, parseCli, UsageError, endQuietlyOnClosedPipe } from './startup.ts';

const USAGE = 'usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--verbose]';

/** Reads one set; a row that is not a case names its file and line. */
function readCases(file: string): EvalCase[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}\n${USAGE}`);
  }
  try {
    return parseCases(text, file);
  } catch (error) {
    if (error instanceof EvalSetError) throw new UsageError(error.message);
    throw error;
  }
}

/** The report of a single-message set, without the closing lines: per-intent precision and recall, confusions, misses. */
function singleReport(file: string, results: readonly Scored[], verbose: boolean, seconds: number): string[] {
  const out: string[] = [];
  out.push(`cases: ${results.length} (${file})`);
  out.push('');
  out.push('intent            support  precision  recall   f1');
  for (const name of INTENT_NAMES) {
    const support = results.filter(({ c }) => c.intent === name).length;
    const predicted = results.filter(({ r }) => r.intent === name).length;
    const tp = results.filter(({ c, r }) => c.intent === name && r.intent === name).length;
    if (!support && !predicted) continue;
    const p = predicted ? tp / predicted : 0;
    const rc = support ? tp / support : 0;
    const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
    out.push(
      `${name.padEnd(18)}${String(support).padStart(7)}  ${(p * 100).toFixed(1).padStart(8)}%  ${(rc * 100).toFixed(1).padStart(5)}%  ${f1.toFixed(2)}`,
    );
  }
  const confusions = new Map<string, string[]>();
  for (const { c, r } of results) {
    if (c.intent === r.intent) continue;
    const key = `${c.intent} -> ${r.intent}`;
    confusions.set(key, [...(confusions.get(key) ?? []), c.id]);
  }
  if (confusions.size) {
    out.push('', 'confusions (expected -> got: cases)');
    for (const [k, ids] of [...confusions].sort((a, b) => b[1].length - a[1].length)) out.push(`  ${k}: ${ids.length} (${ids.join(' ')})`);
  }
  const missed: string[] = [];
  const violations: string[] = [];
  for (const { c, r } of results) {
    for (const group of c.facts)
      if (!group.some((alt) => r.reply.includes(alt))) missed.push(`  ${c.id} missing ${JSON.stringify(group)}: ${c.text}`);
    for (const bad of c.avoid) if (r.reply.includes(bad)) violations.push(`  ${c.id} says "${bad}": ${c.text}`);
  }
  if (missed.length) out.push('', 'facts missing', ...missed);
  if (violations.length) out.push('', 'avoid violations', ...violations);
  if (verbose) {
    out.push('', 'wrong intents');
    for (const { c, r } of results)
      if (c.intent !== r.intent) out.push(`  ${c.id} [${c.intent} -> ${r.intent}] ${c.text}\n      ${r.reply.replace(/\n/g, ' / ')}`);
  }
  const f = figures(results);
  out.push('');
  out.push(`reply length: p50 ${quantile(f.lengths, 0.5)} · p90 ${quantile(f.lengths, 0.9)} · max ${f.lengths.at(-1) ?? 0} chars`);
  out.push(
    `throughput: ${(results.length / seconds).toFixed(0)} messages/s in-process (${(seconds * 1000).toFixed(0)} ms for ${results.length})`,
  );
  return out;
}

/**
 * `npm run eval -- FILE.jsonl [FILE.jsonl ...] [--verbose]`: scores intents, facts, avoided claims and reply length,
 * like `rasa test nlu`. A set of dialogue turns (rows with `dialog` and `turn`) is fed dialogue by dialogue, one user
 * each, state carried; every file gets a fresh in-memory app. The last two lines are the totals other tools parse.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseCli({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' } } }, USAGE);
  if (!positionals.length) throw new UsageError(USAGE);
  const sets = positionals.map((file) => ({ file, cases: readCases(file) }));
  const config = loadConfig();
  // Built once for all files: the knowledge does not change between them, and building takes about a second.
  let built: Understanding | undefined;
  const understanding = () => (built ??= loadUnderstanding(config.HUIXIANG_KNOWLEDGE));

  const out: string[] = [];
  const all: Figures[] = [];
  for (const { file, cases } of sets) {
    const app = createApp({
      knowledgeDir: config.HUIXIANG_KNOWLEDGE,
      dbPath: ':memory:',
      logger: silentLogger,
      samples: true,
      understanding,
    });
    const started = performance.now();
    const results = await runCases(app.core, cases, () => new Date());
    const seconds = (performance.now() - started) / 1000;
    app.close();
    if (out.length) out.push('', '');
    out.push(
      ...(isDialogueSet(cases)
        ? dialogueReport(file, results, values.verbose === true)
        : singleReport(file, results, values.verbose === true, seconds)),
    );
    all.push(figures(results));
    if (sets.length > 1) out.push(...closingLines(figures(results)).map((line) => `${file}: ${line}`));
  }
  const total = addFigures(all);
  if (sets.length > 1)
    out.push(
      '',
      `all ${sets.length} files: ${total.cases} cases · fully right ${pct(total.fullyRight, total.cases)} · lenient intent ${pct(total.lenient, total.cases)}`,
    );
  out.push(...closingLines(total));
  console.log(out.join('\n'));
}

endQuietlyOnClosedPipe();
main().catch(exitOnStartupError);
