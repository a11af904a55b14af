// `npm run compare [-- FILE.jsonl ...]`: our intent classification side by side with NLP.js (@nlpjs/nlp + lang-zh)
// trained on exactly the same phrasings, on single-message sets (by default dev, holdout, holdout2). NLP.js is a
// devDependency used here only; the bot never imports it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangZh } from '@nlpjs/lang-zh';
import { createApp, loadUnderstanding, type Understanding } from '../src/app.ts';
import { answerLine } from '../src/cli/jsonl.ts';
import { silentLogger } from '../src/core/logger.ts';
import { classify } from '../src/intent/classify.ts';
import { loadIntentTraining, ourLabelledSets, trainIntentModel, type LabelledText } from '../src/intent/learned.ts';

const ROOT = resolve(import.meta.dirname, '..');
const KNOWLEDGE = resolve(ROOT, 'knowledge');
const DEFAULT_SETS = ['../shared/eval/dev.jsonl', 'test/fixtures/holdout.jsonl', 'test/fixtures/holdout2.jsonl'].map((f) =>
  resolve(ROOT, f),
);

interface Case {
  text: string;
  intent: string;
}

/** One way of finding the intent of a message, named for the table. */
interface Classifier {
  name: string;
  intentOf(text: string): Promise<string>;
}

/** Accuracy of each classifier on each set: `scores[set][classifier]` is the share of cases it got right. */
export interface Comparison {
  classifiers: string[];
  sets: Array<{ file: string; cases: number; correct: number[] }>;
}

/** The rows of a JSONL set that are single labelled messages (a multi-turn row is scored as a message on its own). */
function readCases(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<Case>)
    .filter((c): c is Case => typeof c.text === 'string' && typeof c.intent === 'string');
}

/**
 * Trains NLP.js on the phrasings, as its documentation does it. Its "None" (no intent above its threshold) counts as
 * out_of_scope, which is what a bot built on it would do with it.
 */
export async function trainNlpjs(
  examples: readonly LabelledText[],
  prepare: (text: string) => string = (t) => t,
): Promise<(text: string) => Promise<string>> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangZh);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.nluManager.settings.log = false; // the neural network's per-epoch log
  nlp.addLanguage('zh');
  for (const e of examples) nlp.addDocument('zh', prepare(e.text), e.intent);
  // lang-zh prints "Compiling dictionary" with console.log whatever the settings say.
  const log = console.log;
  console.log = () => {};
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  return async (text) => {
    const { intent } = await nlp.process('zh', prepare(text));
    return intent === 'None' ? 'out_of_scope' : intent;
  };
}

/** Scores every classifier on every set. */
export async function compareClassifiers(files: readonly string[], classifiers: readonly Classifier[]): Promise<Comparison> {
  const sets: Comparison['sets'] = [];
  for (const file of files) {
    const cases = readCases(file);
    const correct = classifiers.map(() => 0);
    for (const c of cases) {
      for (const [i, classifier] of classifiers.entries()) {
        if ((await classifier.intentOf(c.text)) === c.intent) correct[i] = (correct[i] ?? 0) + 1;
      }
    }
    sets.push({ file, cases: cases.length, correct });
  }
  return { classifiers: classifiers.map((c) => c.name), sets };
}

/** The classifiers compared: the bot's whole pipeline, its parts, and NLP.js on the same training data. */
async function classifiersFor(
  understanding: Understanding,
  training: readonly LabelledText[],
): Promise<{ list: Classifier[]; nlpjsMs: number }> {
  const app = createApp({ knowledgeDir: KNOWLEDGE, dbPath: ':memory:', logger: silentLogger, understanding: () => understanding });
  let user = 0;
  const started = performance.now();
  const nlpjs = await trainNlpjs(training);
  const nlpjsMs = performance.now() - started;
  const nlpjsNormalised = await trainNlpjs(training, understanding.analyzer.normalize);
  const { analyzer, retriever, intents } = understanding;
  const list: Classifier[] = [
    {
      name: 'ours: whole pipeline',
      intentOf: async (text) => (await answerLine(app.core, JSON.stringify({ user: `compare-${++user}`, text }), () => new Date())).intent,
    },
    { name: 'ours: rules + retrieval only', intentOf: async (text) => classify(analyzer.analyze(text), retriever).intent },
    { name: 'ours: learned classifier alone', intentOf: async (text) => intents.predict(analyzer.analyze(text)).intent },
    { name: 'NLP.js', intentOf: nlpjs },
    { name: 'NLP.js on our normalised text', intentOf: nlpjsNormalised },
  ];
  return { list, nlpjsMs };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const files = (args.length ? args.map((f) => resolve(f)) : DEFAULT_SETS).filter((f) => existsSync(f));
  if (!files.length) throw new Error('usage: npm run compare [-- FILE.jsonl ...] (no readable set given)');
  const understanding = loadUnderstanding(KNOWLEDGE);
  const training = loadIntentTraining(KNOWLEDGE, understanding.knowledge.entries, ourLabelledSets());
  const started = performance.now();
  trainIntentModel(training, understanding.analyzer); // trained again, to time it as NLP.js is timed below
  const oursMs = performance.now() - started;
  const { list, nlpjsMs } = await classifiersFor(understanding, training);
  const result = await compareClassifiers(files, list);

  const width = Math.max(...result.classifiers.map((n) => n.length));
  const out = [
    `training: ${training.length} phrasings, the same for both (trained in: ours ${oursMs.toFixed(0)} ms, NLP.js ${nlpjsMs.toFixed(0)} ms)`,
  ];
  for (const set of result.sets) {
    out.push('', `${set.file.replace(`${ROOT}/`, '')} (${set.cases} cases), intent accuracy`);
    result.classifiers.forEach((name, i) => {
      const right = set.correct[i] ?? 0;
      out.push(`  ${name.padEnd(width)}  ${((100 * right) / set.cases).toFixed(1).padStart(5)}%  (${right}/${set.cases})`);
    });
  }
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
