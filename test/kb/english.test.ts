/** Every entry's English block says what its Chinese facts say: the same figures, number by number, and no Chinese. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { KnowledgeError, loadKnowledge } from '../../src/kb/load.ts';
import { KNOWLEDGE_DIR, tempDir } from '../helpers.ts';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A run of Chinese numerals ("二十", "十三", "两") as a number. */
function chineseNumeral(run: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in DIGIT) digit = DIGIT[ch] ?? 0;
    else {
      total += (digit || 1) * (UNIT[ch] ?? 1);
      digit = 0;
    }
  }
  return total + digit;
}

/** The decisive figures of a Chinese fact: Arabic numbers with 万/亿 applied ("30万元" 300000, "10~20万元" both ends, "2%" 2). */
function chineseFigures(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:\s*[~～至到-]\s*(\d+(?:\.\d+)?))?\s*([万亿])?/g)) {
    const scale = m[3] ? (BIG[m[3]] ?? 1) : 1;
    found.push(Math.round(Number(m[1]) * scale));
    if (m[2]) found.push(Math.round(Number(m[2]) * scale));
  }
  // 亿元项目: a bare 亿 is one hundred million.
  for (const _ of text.matchAll(/(?<![\d零〇一二两三四五六七八九十百千万])亿/g)) found.push(1e8);
  return found;
}

/** Every number a Chinese fact could mean, figures and Chinese numerals ("第一至三条", "六位") alike. */
function chineseNumbers(text: string): Set<number> {
  const all = new Set(chineseFigures(text));
  for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千]+/g)) all.add(chineseNumeral(m[0]));
  return all;
}

const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * The numbers an English fact states in digits ("300,000", "50 million", "2%") and the months it names; with
 * `words`, also one to nine written out ("at least four events"), as English style writes small counts.
 */
function englishNumbers(text: string, words = false): number[] {
  const found: number[] = [];
  if (words) for (const m of text.toLowerCase().matchAll(/\b[a-z]+\b/g)) if (SMALL.includes(m[0])) found.push(SMALL.indexOf(m[0]) + 1);
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([\s-]*million)?/gi)) {
    found.push(Math.round(Number(m[1]?.replaceAll(',', '')) * (m[2] ? 1e6 : 1)));
  }
  for (const m of text.toLowerCase().matchAll(/\b[a-z]+\b/g)) {
    const month = MONTHS.indexOf(m[0]);
    if (month >= 0 && m[0] !== 'may') found.push(month + 1);
  }
  return found;
}

const { entries } = loadKnowledge(KNOWLEDGE_DIR);
/** A fact's text, whether a fact is a sentence or (later) a sentence with attributes. */
const textOf = (fact: unknown): string => (typeof fact === 'string' ? fact : String((fact as { text?: unknown }).text ?? ''));

describe('the helpers read figures as a person would', () => {
  it('reads 万, 亿, ranges, percentages and dates', () => {
    expect(chineseFigures('个人创业最高可享30万元额度贴息贷款')).toEqual([300000]);
    expect(chineseFigures('每个给予10~20万元资金扶持')).toEqual([100000, 200000]);
    expect(chineseFigures('授信额度最高5000万元')).toEqual([50000000]);
    expect(chineseFigures('引进回乡投资亿元项目300个以上')).toEqual([300, 1e8]);
    expect(chineseFigures('落款日期是2025年3月29日')).toEqual([2025, 3, 29]);
    expect(englishNumbers('up to 300,000 yuan, 50 million, 2%, dated 29 March 2025')).toEqual([300000, 50000000, 2, 29, 2025, 3]);
    expect([...chineseNumbers('第一至三条、六位、二十个')]).toEqual([1, 3, 6, 20]);
  });
});

describe('every knowledge entry has a faithful English block', () => {
  it('covers all entries, with no Chinese left in it', () => {
    expect(entries.length).toBeGreaterThan(40);
    for (const e of entries) {
      const english = [e.en.title, e.en.summary, e.en.source, ...e.en.facts, ...e.en.units].join('\n');
      expect(english, e.id).not.toMatch(/[\u3400-\u9fff]/);
      expect(e.en.units.length, `${e.id}: en.units`).toBe(e.units.length);
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: English facts state the Chinese facts\u2019 figures, fact by fact', (_id, e) => {
    const zh = e.facts.map(textOf);
    expect(e.en.facts.length, 'one English fact per Chinese fact, in the same order').toBe(zh.length);
    e.en.facts.forEach((en, i) => {
      const cn = zh[i] ?? '';
      const said = englishNumbers(en);
      const possible = chineseNumbers(cn);
      for (const n of said) expect(possible.has(n), `English fact ${i + 1} says ${n}, not in: ${cn}`).toBe(true);
      const written = englishNumbers(en, true);
      for (const n of chineseFigures(cn)) expect(written, `Chinese fact ${i + 1} has ${n}, missing in: ${en}`).toContain(n);
    });
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: the English summary states only figures of the Chinese entry', (_id, e) => {
    const possible = chineseNumbers([e.summary, ...e.facts.map(textOf)].join('\n'));
    for (const n of englishNumbers(e.en.summary)) expect(possible.has(n), `summary says ${n}`).toBe(true);
    for (const n of englishNumbers(e.en.title)) expect(possible.has(n), `title says ${n}`).toBe(true);
  });
});

describe('kb:check requires the English block', () => {
  it('names the entry and the field when an entry has no English', () => {
    const dir = tempDir('huixiang-kb-en-');
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const file = join(dir, 'policy', 'returnee-plan.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const id = String(doc.getIn(['entries', 0, 'id']));
    doc.deleteIn(['entries', 0, 'en']);
    writeFileSync(file, doc.toString());
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).problems.join('\n')).toMatch(new RegExp(`entry ${id.replaceAll('.', '\\.')} .*field en`));
  });
});
