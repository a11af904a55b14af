import { readFileSync } from 'node:fs';
import { createApp, loadUnderstanding, type Understanding } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Logger, silentLogger } from '../core/logger.ts';
import { createLanguageModel } from '../llm/provider.ts';
import type { LanguageModel } from '../llm/port.ts';
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

const USAGE = 'usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--verbose] [--llm]';

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
  const { values, positionals } = parseCli(
    { allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' }, llm: { type: 'boolean' } } },
    USAGE,
  );
  if (!positionals.length) throw new UsageError(USAGE);
  const sets = positionals.map((file) => ({ file, cases: readCases(file) }));
  const config = loadConfig();
  // Built once for all files: the knowledge does not change between them, and building takes about a second.
  let built: Understanding | undefined;
  const understanding = () => (built ??= loadUnderstanding(config.HUIXIANG_KNOWLEDGE));
  const model = values.llm ? await modelPath(config) : undefined;

  const out: string[] = [];
  const all: Figures[] = [];
  const allModel: Figures[] = [];
  for (const { file, cases } of sets) {
    const run = async (llm?: LanguageModel) => {
      const app = createApp({
        knowledgeDir: config.HUIXIANG_KNOWLEDGE,
        dbPath: ':memory:',
        logger: llm ? model!.logger : silentLogger,
        samples: true,
        understanding,
        ...(llm ? { llm } : {}),
      });
      const started = performance.now();
      const results = await runCases(app.core, cases, () => new Date());
      app.close();
      return { results, seconds: (performance.now() - started) / 1000 };
    };
    const { results, seconds } = await run();
    if (out.length) out.push('', '');
    out.push(
      ...(isDialogueSet(cases)
        ? dialogueReport(file, results, values.verbose === true)
        : singleReport(file, results, values.verbose === true, seconds)),
    );
    all.push(figures(results));
    if (model) {
      const before = { ...model.counts, calls: model.llm.stats().calls, latencies: model.llm.stats().latenciesMs.length };
      const withModel = await run(model.llm);
      allModel.push(figures(withModel.results));
      out.push('', ...sideBySide(file, figures(results), figures(withModel.results)), modelLine(model, before));
    }
    if (sets.length > 1) out.push(...closingLines(figures(results)).map((line) => `${file}: ${line}`));
  }
  const total = addFigures(all);
  if (sets.length > 1)
    out.push(
      '',
      `all ${sets.length} files: ${total.cases} cases · fully right ${pct(total.fullyRight, total.cases)} · lenient intent ${pct(total.lenient, total.cases)}`,
    );
  // The last two lines are what tools parse: the model path's totals when it was asked for.
  out.push(...closingLines(model ? addFigures(allModel) : total));
  console.log(out.join('\n'));
}

/** The configured model for `--llm`, with a logger that counts guard rejections and failures. */
async function modelPath(config: ReturnType<typeof loadConfig>) {
  if (config.LLM_PROVIDER === 'none')
    throw new UsageError(`--llm needs a model: set LLM_PROVIDER, LLM_BASE_URL and LLM_MODEL (see .env.example)\n${USAGE}`);
  const counts = { rejected: 0 };
  const logger: Logger = {
    ...silentLogger,
    warn: (event) => {
      if (event === 'llm.guard_rejected') counts.rejected++;
    },
  };
  const llm = await createLanguageModel(config, { logger, now: () => new Date() });
  return { llm: llm!, logger, counts, name: `${config.LLM_PROVIDER} ${config.LLM_MODEL}` };
}

function sideBySide(file: string, offline: Figures, withModel: Figures): string[] {
  const row = (name: string, a: string, b: string) => `  ${name.padEnd(18)}${a.padStart(10)}${b.padStart(10)}`;
  return [
    `${file}: offline vs model`,
    row('', 'offline', 'model'),
    row('intent accuracy', pct(offline.strict, offline.cases), pct(withModel.strict, withModel.cases)),
    row('fact recall', pct(offline.factsFound, offline.factGroups), pct(withModel.factsFound, withModel.factGroups)),
    row('avoid violations', String(offline.avoidStrings), String(withModel.avoidStrings)),
    row('fully right', pct(offline.fullyRight, offline.cases), pct(withModel.fullyRight, withModel.cases)),
  ];
}

function modelLine(
  model: NonNullable<Awaited<ReturnType<typeof modelPath>>>,
  before: { rejected: number; calls: number; latencies: number },
): string {
  const stats = model.llm.stats();
  const latencies = stats.latenciesMs.slice(before.latencies).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length ? `${Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!)} ms` : '-';
  const failures = Object.entries(stats.failures)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return `  model ${model.name}: ${stats.calls - before.calls} calls · guard rejections ${model.counts.rejected - before.rejected} · failures ${failures || 'none'} · latency p50 ${at(0.5)} · p99 ${at(0.99)}`;
}

endQuietlyOnClosedPipe();
main().catch(exitOnStartupError);
