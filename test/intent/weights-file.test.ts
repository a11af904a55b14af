/**
 * Trained weights kept between starts: read back bit for bit, used only for the very same training, and never the
 * cause of a failed start (a damaged, foreign or unwritable file means training again).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntentTraining, OUR_PHRASINGS, trainIntentModel, type WeightsStore } from '../../src/intent/learned.ts';
import { fileWeightsStore } from '../../src/intent/weights-file.ts';
import { KNOWLEDGE_DIR, tempDir } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const understanding = sharedUnderstanding(KNOWLEDGE_DIR);
const training = () => loadIntentTraining(KNOWLEDGE_DIR, understanding().knowledge.entries, [OUR_PHRASINGS]);
const PROBES = ['想找个导师聊聊', '不要再发通知了', '创业担保贷款最多多少', 'please delete my data', '今天天气咋样', '谢谢 再见'];

/** A file store that counts what it was asked, to tell a trained model from one read back. */
function counted(dir: string) {
  const store = fileWeightsStore(dir);
  const calls = { reads: 0, hits: 0, writes: 0 };
  const wrapped: WeightsStore = {
    read(key, classes) {
      calls.reads++;
      const found = store.read(key, classes);
      if (found) calls.hits++;
      return found;
    },
    write(key, kept) {
      calls.writes++;
      store.write(key, kept);
    },
  };
  return { store: wrapped, calls };
}

describe('trained weights kept in files', () => {
  it('reads back a model that predicts exactly as the one trained', () => {
    const { analyzer } = understanding();
    const dir = tempDir('hx-weights-');
    const first = counted(dir);
    const trained = trainIntentModel(training(), analyzer, {}, first.store);
    expect(first.calls).toEqual({ reads: 1, hits: 0, writes: 1 });
    const second = counted(dir);
    const read = trainIntentModel(training(), analyzer, {}, second.store);
    expect(second.calls).toEqual({ reads: 1, hits: 1, writes: 0 });
    const plain = trainIntentModel(training(), analyzer);
    for (const text of PROBES) {
      const analysis = analyzer.analyze(text);
      expect(read.predict(analysis)).toEqual(trained.predict(analysis));
      expect(read.predict(analysis)).toEqual(plain.predict(analysis));
    }
  });

  it('featurises only a sample of the phrasings when the model is read back', () => {
    const { analyzer } = understanding();
    const dir = tempDir('hx-weights-');
    const examples = training();
    trainIntentModel(examples, analyzer, {}, fileWeightsStore(dir));
    let normalised = 0;
    const watched = { ...analyzer, normalize: (text: string) => (normalised++, analyzer.normalize(text)) };
    const run = counted(dir);
    const read = trainIntentModel(examples, watched, {}, run.store);
    expect(run.calls.hits).toBe(1);
    expect(normalised).toBe(Math.ceil(examples.length / 64));
    expect(read.examples).toBe(examples.length);
    expect(read.predict(analyzer.analyze('想找个导师聊聊')).intent).toBe('consult.book');
  });

  it('trains again when the analyser reads a text otherwise, though the phrasings are the same', () => {
    const { analyzer } = understanding();
    const dir = tempDir('hx-weights-');
    const examples = training();
    trainIntentModel(examples, analyzer, {}, fileWeightsStore(dir));
    // Another lexicon: the fingerprint differs.
    const relexed = counted(dir);
    trainIntentModel(examples, { ...analyzer, fingerprint: `${analyzer.fingerprint}+1` }, {}, relexed.store);
    expect(relexed.calls).toEqual({ reads: 1, hits: 0, writes: 1 });
    // Same fingerprint, but code that segments otherwise (seen in the sampled phrasings).
    const recut = counted(dir);
    const cut = (text: string) => analyzer.tokenize(text).flatMap((t) => [...t]);
    trainIntentModel(examples, { ...analyzer, tokenize: cut }, {}, recut.store);
    expect(recut.calls).toEqual({ reads: 1, hits: 0, writes: 1 });
  });

  it('trains again when the phrasings or the options change, and keeps only the newest few files', () => {
    const { analyzer } = understanding();
    const dir = tempDir('hx-weights-');
    const examples = training();
    const runs = [
      () => trainIntentModel(examples, analyzer, {}, counted(dir).store),
      () => trainIntentModel([...examples, { text: '麻烦给我约个导师', intent: 'consult.book' }], analyzer, {}, counted(dir).store),
      () => trainIntentModel(examples, analyzer, { epochs: 2 }, counted(dir).store),
    ];
    for (const run of runs) run();
    expect(readdirSync(dir).filter((f) => f.endsWith('.f64'))).toHaveLength(3);
    const again = counted(dir);
    trainIntentModel(examples, analyzer, { epochs: 3 }, again.store);
    expect(again.calls.hits).toBe(0);
    for (let epochs = 4; epochs < 8; epochs++) trainIntentModel(examples, analyzer, { epochs }, counted(dir).store);
    expect(readdirSync(dir).filter((f) => f.endsWith('.f64')).length).toBeLessThanOrEqual(4);
  });

  it('ignores a damaged or foreign file and trains instead', () => {
    const { analyzer } = understanding();
    const dir = tempDir('hx-weights-');
    const examples = training();
    trainIntentModel(examples, analyzer, {}, fileWeightsStore(dir));
    const [file] = readdirSync(dir);
    const path = join(dir, file as string);
    const whole = readFileSync(path);
    for (const damaged of [
      whole.subarray(0, whole.length - 8),
      Buffer.from('hx-intent-1 3 12\n'),
      Buffer.from('hx-intent-2 3 12 4\n[1,2]'),
      Buffer.from('not weights at all'),
    ]) {
      writeFileSync(path, damaged);
      const run = counted(dir);
      const model = trainIntentModel(examples, analyzer, {}, run.store);
      expect(run.calls).toEqual({ reads: 1, hits: 0, writes: 1 });
      expect(model.predict(analyzer.analyze('想找个导师聊聊')).intent).toBe('consult.book');
    }
  });

  it('trains at every start where the directory cannot be written, without failing', () => {
    const { analyzer } = understanding();
    const dir = tempDir('hx-weights-');
    // A directory below a plain file cannot be made, even by root (who writes through any mode bits).
    writeFileSync(join(dir, 'file'), '');
    const run = counted(join(dir, 'file', 'cache'));
    const model = trainIntentModel(training(), analyzer, {}, run.store);
    expect(run.calls).toEqual({ reads: 1, hits: 0, writes: 1 });
    expect(model.predict(analyzer.analyze('不要再发通知了')).intent).toBe('notice.unsubscribe');
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
