import { describe, expect, it } from 'vitest';
import { PLANS } from '../../src/kb/schema.ts';
import { makeApp } from '../helpers.ts';

/** Share of example questions whose own entry must come first (the rest must still be in the top 3). */
const TOP1_BAR = 0.9;

const app = makeApp();
const entries = app.knowledge.entries;
const topIds = (question: string, limit = 3): string[] =>
  app.retriever.search(app.analyzer.analyze(question), limit).map((h) => h.entry.id);

describe('every knowledge entry is found by its own example questions', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s is in the top 3 for each of its questions', (_id, entry) => {
    const misses = entry.questions.map((q) => ({ question: q, top3: topIds(q) })).filter(({ top3 }) => !top3.includes(entry.id));
    expect(misses).toEqual([]);
  });

  it(`ranks the entry first for at least ${TOP1_BAR * 100}% of all example questions`, () => {
    const asked = entries.flatMap((e) => e.questions.map((question) => ({ id: e.id, question })));
    const misses = asked
      .map(({ id, question }) => ({ id, question, got: topIds(question, 1)[0] ?? '(nothing)' }))
      .filter(({ id, got }) => id !== got);
    const rate = 1 - misses.length / asked.length;
    if (misses.length) {
      console.log(
        `top-1 ${(rate * 100).toFixed(1)}% (${asked.length - misses.length}/${asked.length}); not first:\n` +
          misses.map((m) => `  ${m.id} <- ${m.question}  (first: ${m.got})`).join('\n'),
      );
    }
    expect(rate).toBeGreaterThanOrEqual(TOP1_BAR);
  });
});

describe('every knowledge entry can be cited', () => {
  const documents = Object.values(PLANS);

  it.each(entries.map((e) => [e.id, e] as const))('%s has facts and a source naming one of the five documents', (_id, entry) => {
    expect(entry.facts.length).toBeGreaterThan(0);
    for (const fact of entry.facts) expect(fact.trim()).not.toBe('');
    expect(entry.source.startsWith('《')).toBe(true);
    expect(
      documents.some((d) => entry.source.startsWith(d)),
      `unknown document in "${entry.source}"`,
    ).toBe(true);
  });
});
