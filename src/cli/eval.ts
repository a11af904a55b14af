import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { silentLogger } from '../core/logger.ts';
import { INTENT_NAMES } from '../intent/intents.ts';
import { answerLine, type JsonlResult } from './jsonl.ts';
import { exitOnStartupError, parseCli, UsageError, endQuietlyOnClosedPipe } from './startup.ts';

const USAGE = 'usage: npm run eval -- FILE.jsonl [--verbose]';

const CaseSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  intent: z.string(),
  facts: z.array(z.array(z.string())).default([]),
  avoid: z.array(z.string()).default([]),
});
type Case = z.infer<typeof CaseSchema> & { id: string };

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Reads the set, naming the file and line of anything that is not a case. */
function readCases(file: string): Case[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}\n${USAGE}`);
  }
  const cases: Case[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: ReturnType<typeof CaseSchema.safeParse>;
    try {
      parsed = CaseSchema.safeParse(JSON.parse(line));
    } catch {
      throw new UsageError(`${file}:${i + 1}: not a JSON object`);
    }
    if (!parsed.success)
      throw new UsageError(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
    cases.push({ ...parsed.data, id: parsed.data.id ?? `line${i + 1}` });
  });
  return cases;
}

/** `npm run eval -- FILE.jsonl [--verbose]`: scores intents, facts, avoided claims and reply length, like `rasa test nlu`. */
async function main(): Promise<void> {
  const { values, positionals } = parseCli({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' } } }, USAGE);
  const file = positionals[0];
  if (!file) throw new UsageError(USAGE);
  const cases = readCases(file);

  const config = loadConfig();
  const app = createApp({ knowledgeDir: config.HUIXIANG_KNOWLEDGE, dbPath: ':memory:', logger: silentLogger, samples: true });
  const results: Array<{ c: Case; r: JsonlResult }> = [];
  const started = performance.now();
  for (const c of cases) {
    results.push({ c, r: await answerLine(app.core, JSON.stringify({ user: `eval-${c.id}`, text: c.text }), () => new Date()) });
  }
  const seconds = (performance.now() - started) / 1000;
  app.close();

  const out: string[] = [];
  const correct = results.filter(({ c, r }) => c.intent === r.intent).length;
  out.push(`cases: ${cases.length} (${file})`);
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

  let groups = 0;
  let found = 0;
  const missed: string[] = [];
  const violations: string[] = [];
  for (const { c, r } of results) {
    for (const group of c.facts) {
      groups++;
      if (group.some((alt) => r.reply.includes(alt))) found++;
      else missed.push(`  ${c.id} missing ${JSON.stringify(group)}: ${c.text}`);
    }
    for (const bad of c.avoid) if (r.reply.includes(bad)) violations.push(`  ${c.id} says "${bad}": ${c.text}`);
  }
  if (missed.length) out.push('', 'facts missing', ...missed);
  if (violations.length) out.push('', 'avoid violations', ...violations);
  if (values.verbose) {
    out.push('', 'wrong intents');
    for (const { c, r } of results)
      if (c.intent !== r.intent) out.push(`  ${c.id} [${c.intent} -> ${r.intent}] ${c.text}\n      ${r.reply.replace(/\n/g, ' / ')}`);
  }
  const lengths = results.map(({ r }) => [...r.reply].length).sort((a, b) => a - b);
  out.push('');
  out.push(`reply length: p50 ${quantile(lengths, 0.5)} · p90 ${quantile(lengths, 0.9)} · max ${lengths.at(-1) ?? 0} chars`);
  out.push(
    `throughput: ${(cases.length / seconds).toFixed(0)} messages/s in-process (${(seconds * 1000).toFixed(0)} ms for ${cases.length})`,
  );
  out.push(`intent accuracy: ${pct(correct, cases.length)} (${correct}/${cases.length})`);
  out.push(`fact recall: ${pct(found, groups)} (${found}/${groups}) · avoid violations: ${violations.length}`);
  console.log(out.join('\n'));
}

endQuietlyOnClosedPipe();
main().catch(exitOnStartupError);
