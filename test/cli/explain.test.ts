import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.ts';
import { createNormalizer } from '../../src/text/normalize.ts';
import { KNOWLEDGE_DIR, runCli } from '../helpers.ts';

const explain = (...args: string[]) => runCli(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', ...args]);

describe('npx tsx scripts/explain.ts', () => {
  it('without a message prints the usage and exits 1; with one lists the corrections applied (单保→担保)', async () => {
    const [bare, explained] = await Promise.all([explain(), explain('单保贷款怎么申请', 'fanxiang chuangye 补贴')]);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^usage: npx tsx scripts\/explain\.ts MESSAGE/);

    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toMatch(/^单保贷款怎么申请\n {2}text: 担保贷款怎么申请\n.*\n {2}corrections: 单保→担保\n {2}intent: /m);
    expect(explained.stdout).toMatch(
      /^fanxiang chuangye 补贴\n {2}text: 返乡创业 补贴\n.*\n {2}corrections: fanxiang chuangye→返乡创业\n/m,
    );
  });
});

describe('the normaliser', () => {
  it('reports each lexicon replacement it makes when asked, and reads the text the same either way', () => {
    const normalize = createNormalizer(loadKnowledge(KNOWLEDGE_DIR).lexicon);
    const replaced: string[] = [];
    expect(normalize('单保贷款怎么申请', replaced)).toBe(normalize('单保贷款怎么申请'));
    expect(replaced).toEqual(['单保→担保']);
    const none: string[] = [];
    normalize('担保贷款怎么申请', none);
    expect(none).toEqual([]);
  });
});
