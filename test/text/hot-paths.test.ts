/**
 * Shortcuts on every message's path (wording rules tested as unions, runs of text spelled in pinyin only when they
 * may hold a homophone of a term) must read every message exactly as the long way does. The long way is the oracle:
 * each shortcut is compared with it over every text of our fixtures and the shared evaluation sets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainEnglish, domainTerms } from '../../src/app.ts';
import { INTENT_RULES } from '../../src/intent/rules.ts';
import { createAnalyzer } from '../../src/text/analyzer.ts';
import { LiteralScreen, mustContain } from '../../src/text/literal-screen.ts';
import { unionOf } from '../../src/text/regex-union.ts';
import { KNOWLEDGE_DIR } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const understanding = sharedUnderstanding(KNOWLEDGE_DIR);

/** Every message text of the JSONL sets in `dirs` (missing directories are skipped). */
function textsOf(...dirs: string[]): string[] {
  const texts = new Set<string>();
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    } catch {
      continue;
    }
    for (const file of files)
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string') texts.add(text);
      }
  }
  return [...texts];
}
const TEXTS = textsOf(join(import.meta.dirname, '../fixtures'), join(import.meta.dirname, '../../../shared/eval'));

describe('a union of patterns', () => {
  const some = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

  it('matches where one of its patterns does, and nowhere else', () => {
    const patterns = [/贷款/, /^补贴$/, /(?<!不)要钱/, /\bloan\b/i, /HELP/i, /园区(?!外)/];
    const union = unionOf(patterns);
    expect(union.length).toBe(2); // one per set of flags
    for (const text of ['创业贷款', '补贴', '有补贴吗', '不要钱', '要钱', 'a LOAN', 'loans', 'help me', '园区外', '园区里', ''])
      expect(some(union, text), text).toBe(some(patterns, text));
  });

  it('keeps apart what a union would change: state, back-references, clashing group names', () => {
    const global = /a/g;
    const sticky = /b/y;
    const backReference = /(.)\1/;
    const named = /(?<x>a)\k<x>/;
    expect(unionOf([global, sticky, backReference, named, /c/])).toEqual([global, sticky, backReference, named, /c/]);
    // The same group name twice is no pattern at all: each stays as it is.
    const [one, two] = [/(?<n>a)b/, /(?<n>c)d/];
    expect(unionOf([one!, two!])).toEqual([one, two]);
  });

  // (Every rule over every text of the fixtures, 46,000 of them: minutes on a busy CI machine, so a longer limit.)
  it('decides every wording rule as its own patterns do, on every text we have', { timeout: 180_000 }, () => {
    const texts = TEXTS.map((t) => understanding().analyzer.analyze(t).text);
    expect(texts.length).toBeGreaterThan(1000);
    for (const rule of INTENT_RULES)
      for (const patterns of [rule.any, rule.unless ?? []]) {
        const union = unionOf(patterns);
        const differ = texts.filter((t) => some(union, t) !== some(patterns, t));
        expect(differ, rule.name).toEqual([]);
      }
  });
});

describe('a screen of patterns by the characters their matches contain', () => {
  const chars = (p: RegExp) => [...(mustContain(p) ?? ['(none)'])].sort().join('');

  it('reads what every match must contain, and says nothing where nothing is sure', () => {
    expect(chars(/我要贷款/)).toBe('贷'); // a rarer character of a sequence, not a common one (我, 要)
    expect(chars(/我要(?:贷款|借钱)/)).toBe('借贷');
    expect(chars(/(?<!不)要钱|补贴?/)).toBe('补要'.split('').sort().join(''));
    expect(chars(/[a-c]x?/i)).toBe('ABCabc');
    expect(chars(/.{2,}/)).toBe('(none)');
    expect(chars(/\d+万/)).toBe('万');
    expect(chars(/[^我]+/)).toBe('(none)');
    expect(chars(/(?:贷款)?|补贴/)).toBe('(none)'); // one side may match the empty text
    expect(chars(/[\u4e00-\u9fff]{3}/)).toBe('(none)'); // too wide to screen
    expect(chars(/(?<=贷)款/)).toBe('款'); // a look-behind takes nothing
    expect(chars(/(?!贷)款|(?<name>补)\k<name>/)).toBe(['款', '补'].sort().join(''));
    expect(chars(/贷{0,2}款{1,3}/)).toBe('款');
    expect(chars(/\cJ?我\x41/)).toBe('A'); // escapes read as the characters they are
    expect(chars(/a{,2}/)).toBe('a'); // not a quantifier: "a{,2}" as written
    expect(chars(/[\]-]/)).toBe(['-', ']'].sort().join(''));
    expect(chars(/👍?好/u)).toBe('好'); // the u flag: the quantifier takes the whole emoji
    expect(chars(/(a|)b?/)).toBe('(none)');
  });

  it('never skips a wording rule that matches, on every text we have as the rules read it', () => {
    const patterns = INTENT_RULES.flatMap((rule) => [...unionOf(rule.any), ...(rule.all ?? []), ...unionOf(rule.unless ?? [])]);
    const screen = new LiteralScreen(patterns);
    const texts = TEXTS.flatMap((t) => {
      const analysis = understanding().analyzer.analyze(t);
      return analysis.language === 'en' ? [analysis.text, analysis.raw.toLowerCase()] : [analysis.text];
    });
    const missed: string[] = [];
    let skipped = 0;
    for (const text of texts)
      for (const p of patterns) {
        if (screen.mayMatch(p, text)) continue;
        skipped++;
        if (p.test(text)) missed.push(`${p.source.slice(0, 40)} ⟵ ${text}`);
      }
    expect(missed).toEqual([]);
    expect(skipped).toBeGreaterThan((texts.length * patterns.length) / 2); // it earns its keep
  });

  it('reads emoji, case and the kelvin sign as the patterns do', () => {
    const patterns = [/👍/, /ok|好的/i, /k/iu, /[🎉]/u];
    const screen = new LiteralScreen(patterns);
    for (const text of ['👍', '好👍', 'OK', 'oK', '\u212A', '🎉', 'x'])
      for (const p of patterns) if (p.test(text)) expect(screen.mayMatch(p, text), `${p} ${text}`).toBe(true);
    expect(screen.mayMatch(patterns[0]!, 'x')).toBe(false);
  });
});

describe('homophones of terms', () => {
  it('are found where a run is spelled only when it may hold one, as where every run is spelled', () => {
    const { knowledge, analyzer } = understanding();
    const everyRun = createAnalyzer(knowledge.lexicon, domainTerms(knowledge), {
      spellEveryRun: true,
      englishText: domainEnglish(knowledge),
    });
    // (A third of the texts, every third one, keeps the test quick; the others differ from them by few words.)
    const texts = [...TEXTS.filter((_, i) => i % 3 === 0), '待款能待多少', '我想问下返相创业补帖', '重店项目有哪些'];
    const differ = texts.filter((t) => JSON.stringify(analyzer.analyze(t)) !== JSON.stringify(everyRun.analyze(t)));
    expect(differ).toEqual([]);
    expect(analyzer.analyze('待款能待多少').corrections).toContain('贷款');
  });
});
