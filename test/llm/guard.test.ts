/** The grounding guard: a model's reply may only state what the retrieved entries state. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.ts';
import { checkGrounding, extractClaims, groundingSourceOf } from '../../src/llm/guard.ts';
import { KNOWLEDGE_DIR } from '../helpers.ts';
import { CORRUPTED_EN, CORRUPTED_ZH, type CorruptedCase, FAITHFUL_EN, FAITHFUL_ZH, type FaithfulCase } from './guard-cases.ts';

const { entries } = loadKnowledge(KNOWLEDGE_DIR);

/** The grounding source of the named entries, as the phrasing step would retrieve them. */
function sourceOf(ids: readonly string[]) {
  return groundingSourceOf(
    ids.map((id) => {
      const entry = entries.find((e) => e.id === id);
      if (!entry) throw new Error(`no knowledge entry ${id}; the test cases name entries that exist`);
      return entry;
    }),
  );
}

/** The numbers read from a text, as [value, family] pairs. */
const numbers = (text: string) => extractClaims(text).flatMap((c) => (c.kind === 'number' ? [[c.value, c.family]] : []));
const dates = (text: string) =>
  extractClaims(text).flatMap((c) => (c.kind === 'date' ? [{ year: c.year, month: c.month, day: c.day }] : []));

describe('the normaliser reads figures as a person would', () => {
  it.each([
    ['三十万', 300_000],
    ['30万', 300_000],
    ['300000元', 300_000],
    ['300,000 yuan', 300_000],
    ['两个亿', 200_000_000],
    ['2亿', 200_000_000],
    ['1.5亿', 150_000_000],
    ['四百万', 4_000_000],
    ['400万', 4_000_000],
    ['4 million', 4_000_000],
    ['five million yuan', 5_000_000],
    ['two hundred and fifty thousand', 250_000],
    ['五千万元', 50_000_000],
    ['一千人次', 1_000],
    ['2,239名', 2_239],
    // A count in the years' range is a count when its unit follows, not the year 2000.
    ['2000人次', 2_000],
    ['2000 or more person-times', 2_000],
  ])('%s is %d', (text, value) => {
    expect(numbers(text).map(([v]) => v)).toEqual([value]);
  });

  it('reads the unit family: money, percentage, count or a bare number', () => {
    expect(numbers('30万元')).toEqual([[300_000, 'money']]);
    expect(numbers('300,000 yuan')).toEqual([[300_000, 'money']]);
    expect(numbers('2%')).toEqual([[2, 'percent']]);
    expect(numbers('百分之二')).toEqual([[2, 'percent']]);
    expect(numbers('10 per cent')).toEqual([[10, 'percent']]);
    expect(numbers('50个')).toEqual([[50, 'count']]);
    expect(numbers('3000人次')).toEqual([[3000, 'count']]);
    expect(numbers('4 million')).toEqual([[4_000_000, 'plain']]);
  });

  it('reads both ends of a range, scaled by the unit after the second', () => {
    expect(numbers('10~20万元')).toEqual([
      [100_000, 'money'],
      [200_000, 'money'],
    ]);
    expect(numbers('10万到20万元').map(([v]) => v)).toEqual([100_000, 200_000]);
    expect(numbers('100,000–200,000 yuan')).toEqual([
      [100_000, 'money'],
      [200_000, 'money'],
    ]);
  });

  it('reads dates as year, month and day, and 月底 as the month', () => {
    expect(dates('2025年12月底')).toEqual([{ year: 2025, month: 12, day: undefined }]);
    expect(dates('December 2025')).toEqual([{ year: 2025, month: 12, day: undefined }]);
    expect(dates('2025年3月29日')).toEqual([{ year: 2025, month: 3, day: 29 }]);
    expect(dates('29 March 2025')).toEqual([{ year: 2025, month: 3, day: 29 }]);
    expect(dates('March 29, 2025')).toEqual([{ year: 2025, month: 3, day: 29 }]);
    expect(dates('2025年')).toEqual([{ year: 2025, month: undefined, day: undefined }]);
  });

  it('reads phones, e-mail addresses, links and organisations', () => {
    const kinds = (text: string) => extractClaims(text).map((c) => [c.kind, c.surface]);
    expect(kinds('电话0716-8514460,邮箱930208769@qq.com,网址www.jz.gov.cn')).toEqual([
      ['phone', '0716-8514460'],
      ['email', '930208769@qq.com'],
      ['url', 'www.jz.gov.cn'],
    ]);
    expect(kinds('由市发改委负责')).toEqual([['organisation', '市发改委']]);
    expect(kinds('Ask Bank of China or the Municipal Finance Bureau')).toEqual([
      ['organisation', 'Bank of China'],
      ['organisation', 'Municipal Finance Bureau'],
    ]);
  });

  it('does not read names with numerals, ordinals or list markers as figures', () => {
    expect(numbers('一站式 一号通 十问十帮 五个一 一县一园区 一件事 一次性创业补贴')).toEqual([]);
    expect(numbers('第二条 (三) 第1至4项 measures 1 to 3 task 5')).toEqual([]);
    expect(numbers('1. 个人创业\n2. 合伙创业')).toEqual([]);
  });
});

describe('matching against the entries', () => {
  const finance = sourceOf(['returnee.06.finance']);

  it('accepts a figure however it is written: 三十万 = 30万 = 300000元 = 300,000 yuan', () => {
    for (const reply of ['三十万', '30万', '300000元', '300,000 yuan', '30万元', 'four million yuan', '四百万']) {
      expect(checkGrounding(reply, finance), reply).toEqual({ ok: true });
    }
  });

  it('keeps money, percentages and counts apart', () => {
    expect(checkGrounding('增加10%以上', finance).ok).toBe(true);
    expect(checkGrounding('增加10家以上', finance).ok).toBe(false);
    expect(checkGrounding('最高30%', finance).ok).toBe(false);
  });

  it('matches a date without a day to the month, and a day only to the same day', () => {
    const overview = sourceOf(['task.00.overview']);
    expect(checkGrounding('2025年12月底前完成', overview).ok).toBe(true);
    expect(checkGrounding('by the end of December 2025', overview).ok).toBe(true);
    expect(checkGrounding('2025年12月31日前完成', overview).ok).toBe(true);
    const notice = sourceOf(['notice.01.awareness']);
    expect(checkGrounding('2025年3月29日印发', notice).ok).toBe(true);
    expect(checkGrounding('2025年3月30日印发', notice)).toEqual({ ok: false, kind: 'date', offending: ['2025年3月30日'] });
  });

  it('requires a year on its own to be one the entries name', () => {
    expect(checkGrounding('2025年继续认定', sourceOf(['returnee.02.projects'])).ok).toBe(true);
    expect(checkGrounding('2024年继续认定', sourceOf(['returnee.02.projects'])).ok).toBe(false);
  });

  it('accepts an organisation in the short form the entries use, with or without 荆州市', () => {
    for (const reply of [
      '荆州市人社局',
      '人社局',
      '市财政局',
      'the Human Resources and Social Security Bureau',
      'Jingzhou Municipal Finance Bureau',
    ]) {
      expect(checkGrounding(reply, finance), reply).toEqual({ ok: true });
    }
  });

  it('accepts a reply with no claims at all', () => {
    expect(checkGrounding('文件没有写明贷款利率,建议咨询当地人社部门。', finance)).toEqual({ ok: true });
  });
});

describe('every entry grounds its own words', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: its facts and summaries, Chinese and English, pass against itself', (_id, e) => {
    const source = groundingSourceOf([e]);
    for (const text of [e.summary, ...e.facts, e.en.summary, ...e.en.facts])
      expect(checkGrounding(text, source), text).toEqual({ ok: true });
  });
});

const label = (c: FaithfulCase) => `${c.entries.join('+')}: ${c.reply}`;

describe('faithful paraphrases of knowledge answers are accepted', () => {
  it('has enough cases in both languages', () => {
    expect(FAITHFUL_ZH.length + FAITHFUL_EN.length).toBeGreaterThanOrEqual(60);
    expect(FAITHFUL_EN.length).toBeGreaterThanOrEqual(20);
  });

  it.each([...FAITHFUL_ZH, ...FAITHFUL_EN].map((c) => [label(c), c] as const))('%s', (_label, c) => {
    expect(checkGrounding(c.reply, sourceOf(c.entries))).toEqual({ ok: true });
  });
});

describe('replies with one invented or altered detail are rejected, naming it', () => {
  it('has enough cases in both languages', () => {
    expect(CORRUPTED_ZH.length + CORRUPTED_EN.length).toBeGreaterThanOrEqual(60);
    expect(CORRUPTED_EN.length).toBeGreaterThanOrEqual(20);
  });

  it.each([...CORRUPTED_ZH, ...CORRUPTED_EN].map((c) => [label(c), c] as const))('%s', (_label, c: CorruptedCase) => {
    const verdict = checkGrounding(c.reply, sourceOf(c.entries));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.offending).toHaveLength(1);
      expect(verdict.offending[0]).toContain(c.bad);
    }
  });
});
