import { describe, expect, it } from 'vitest';
import { parseInvestment } from '../../src/leads/amount.ts';

/** Real phrasings of an investment scale: what they mean in 万元, and whether the speaker was vague. */
const AMOUNTS: Array<[text: string, wan: number, approximate: boolean]> = [
  // the forms staff asked for
  ['大概两个亿', 20000, true],
  ['五百来万', 500, true],
  ['1.5亿', 15000, false],
  ['一个多亿吧', 10000, true],
  ['三千万', 3000, false],
  ['3000万元', 3000, false],
  ['两三百万的样子', 250, true],
  ['五六千万', 5500, true],
  ['几百万', 300, true],
  ['几千万', 3000, true],
  ['几个亿', 30000, true],
  ['八百万左右', 800, true],
  ['上亿', 10000, true],
  ['十来个亿', 100000, true],
  ['2个亿', 20000, false],
  ['一亿五', 15000, false],
  ['一亿五千万', 15000, false],
  ['1亿2000万', 12000, false],
  ['两千五百万', 2500, false],
  ['5百万', 500, false],
  ['50w', 50, false],
  ['50万', 50, false],
  ['500k', 50, false],
  ['1000多万', 1000, true],
  ['投资额3,000万', 3000, false],
  ['人民币2亿元', 20000, false],
  ['20个亿', 200000, false],
  ['一千二百万', 1200, false],
  ['十亿', 100000, false],
  ['三十万块', 30, false],
  // more vague numbers and ranges
  ['十几万', 15, true],
  ['几十万', 30, true],
  ['二十几万', 25, true],
  ['三四十万', 35, true],
  ['一两个亿', 15000, true],
  ['三五百万', 400, true],
  ['预算300-500万之间', 400, true],
  ['三到五百万', 400, true],
  ['1到2个亿', 15000, true],
  ['300万到500万', 400, true],
  ['半个亿', 5000, false],
  ['一个半亿', 15000, false],
  ['两亿零五百万', 20500, false],
  ['上千万', 1000, true],
  ['近亿', 10000, true],
  ['超过一个亿', 10000, true],
  ['不到五百万', 500, true],
  ['一千万以上', 1000, true],
  ['万把块钱', 1, true],
  ['３０００万', 3000, false],
  ['壹佰万元', 100, false],
  ['五千块', 0.5, false],
  ['3000元', 0.3, false],
  // long merchant messages
  ['我老家洪湖的 在上海做服装二十年了 想回去投资建个厂 大概两个亿', 20000, true],
  ['公司去年营收5个亿 这次准备投资八千万建分厂', 8000, false],
  ['手头有两百万 想回来开个农家乐', 200, false],
  ['计划总投资1.2亿元 分两期', 12000, false],
  ['计划总投资1.2亿元，其中一期5000万', 12000, false],
  ['预算大概三四十万', 35, true],
  ['先投个一百万试试', 100, false],
  ['我1998年出来打工 今年38岁 厂里60多号人 想回去投个三千万', 3000, false],
  ['我们是做外贸的，一年流水几千万，想回监利投资一两个亿建个厂', 15000, true],
  ['我在东莞开了3个厂 年产值上亿 这次回来投资五六千万', 5500, true],
  ['年营业额两个多亿 想投资一个亿左右', 10000, true],
  ['销售规模5000万 投资800万', 800, false],
  ['听说有30万补贴 我打算投200万', 200, false],
  ['需要资金300万 自己有100万', 300, false],
  ['打算在石首投个5000万左右的项目，年产值预计过亿', 5000, true],
  ['我家在公安县 准备投资2.5个亿建设冷链物流园', 25000, false],
  ['想回乡创业 开个农家乐 手上有二三十万', 25, true],
  ['投资两个亿三年建成', 20000, false],
  ['两个亿两个厂', 20000, false],
  ['五百万三百万', 500, false],
];

describe('parseInvestment reads colloquial amounts into 万元', () => {
  it.each(AMOUNTS)('%s → %d', (text, wan, approximate) => {
    expect(parseInvestment(text)).toMatchObject({ wan, approximate });
  });

  it('keeps the words it read, as written', () => {
    expect(parseInvestment('大概两个亿')?.text).toBe('大概两个亿');
    expect(parseInvestment('投资额3,000万')?.text).toBe('3,000万');
    expect(parseInvestment('八百万左右吧')?.text).toBe('八百万左右');
    expect(parseInvestment('预算300-500万之间')?.text).toBe('300-500万');
  });

  it('keeps foreign currencies as stated, without converting', () => {
    expect(parseInvestment('200万美元')).toEqual({ wan: 200, approximate: false, text: '200万美元', currency: 'USD' });
    expect(parseInvestment('大概200万美金')).toMatchObject({ wan: 200, currency: 'USD' });
    expect(parseInvestment('100万欧元')).toMatchObject({ wan: 100, currency: 'EUR' });
    expect(parseInvestment('3000万')).not.toHaveProperty('currency');
  });

  it.each(['一万亿', '投个三千亿', '五万亿的大项目', '0元', '-500万', '投资-200万'])('%s is absurd', (text) => {
    expect(parseInvestment(text)).toMatchObject({ invalid: 'absurd' });
  });

  it('1000亿 is the largest real amount', () => {
    expect(parseInvestment('1000亿')).toMatchObject({ wan: 10_000_000 });
    expect(parseInvestment('1001亿')).toMatchObject({ invalid: 'absurd' });
  });

  it.each([
    '在外面二十年了',
    '公司60多号人 两个娃',
    '1998年出来打工 今年38岁',
    '电话13912345678',
    '第3期',
    '开了3个厂',
    '千万别让我白跑一趟',
    '十万火急',
    '养了10万头生猪',
    '流转了两万亩地',
    '一年卖1万个口罩',
    '2024元旦回来的',
    '家里有三块地',
    '年产值5亿 想回去建厂',
    '月薪8000元',
    '补贴30万',
    '想回老家投资 还没想好多少',
  ])('%s names no investment', (text) => {
    expect(parseInvestment(text)).toBeUndefined();
  });
});
