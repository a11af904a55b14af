import { describe, expect, it } from 'vitest';
import { parseInvestment } from '../../src/leads/amount.ts';
import { currentCityOf, hometownOf } from '../../src/leads/places.ts';

/** Real phrasings of an investment scale and what they mean in 万元. */
const AMOUNTS: Array<[string, number]> = [
  ['我老家洪湖的 在上海做服装二十年了 想回去投资建个厂 大概两个亿', 20000],
  ['五百来万', 500],
  ['1.5亿', 15000],
  ['一个多亿吧', 10000],
  ['三千万', 3000],
  ['3000万元', 3000],
  ['两三百万的样子', 250],
  ['五六千万', 5500],
  ['几百万', 300],
  ['几千万', 3000],
  ['几个亿', 30000],
  ['八百万左右', 800],
  ['上亿', 10000],
  ['十来个亿', 100000],
  ['2个亿', 20000],
  ['一亿五', 15000],
  ['一亿五千万', 15000],
  ['1亿2000万', 12000],
  ['两千五百万', 2500],
  ['5百万', 500],
  ['50w', 50],
  ['50万', 50],
  ['1000多万', 1000],
  ['投资额3,000万', 3000],
  ['人民币2亿元', 20000],
  ['20个亿', 200000],
  ['一千二百万', 1200],
  ['十亿', 100000],
  ['三十万块', 30],
  ['公司去年营收5个亿 这次准备投资八千万建分厂', 8000],
  ['手头有两百万 想回来开个农家乐', 200],
  ['计划总投资1.2亿元 分两期', 12000],
  ['预算大概三四十万', 35],
  ['先投个一百万试试', 100],
];

describe('parseInvestment reads colloquial amounts into 万元', () => {
  it.each(AMOUNTS)('%s → %d', (text, wan) => {
    const parsed = parseInvestment(text);
    expect(parsed && 'wan' in parsed ? parsed.wan : parsed).toBe(wan);
  });

  it.each(['一万亿', '投个三千亿', '五万亿的大项目'])('%s is absurd', (text) => {
    expect(parseInvestment(text)).toMatchObject({ invalid: 'absurd' });
  });

  it.each(['在外面二十年了', '公司60多号人 两个娃', '1998年出来打工 今年38岁', '电话13912345678', '第3期', '开了3个厂'])('%s names no amount', (text) => {
    expect(parseInvestment(text)).toBeUndefined();
  });

  it('marks approximate amounts and keeps dollars as dollars', () => {
    expect(parseInvestment('大概两个亿')).toMatchObject({ wan: 20000, approximate: true });
    expect(parseInvestment('3000万')).toMatchObject({ approximate: false });
    expect(parseInvestment('200万美元')).toMatchObject({ wan: 200, currency: 'USD' });
  });
});

describe('hometown and current city', () => {
  it.each([
    ['我老家洪湖 在上海开了二十年湘菜馆 想回去搞莲藕加工', '洪湖市'],
    ['监利', '监利市'],
    ['老家洪湖的', '洪湖市'],
    ['我是石首人', '石首市'],
    ['公安县的', '公安县'],
    ['沙市', '沙市区'],
    ['老家在开发区那边', '荆州经开区'],
    ['纪南', '纪南文旅区'],
    ['高新区', '荆州高新区'],
    ['老家江陵 在苏州做五金', '江陵县'],
    ['我在公安局上班 老家松滋', '松滋市'],
  ])('%s → %s', (text, hometown) => {
    expect(hometownOf(text)).toEqual({ hometown });
  });

  it('flags hometowns outside Jingzhou and a bare 荆州', () => {
    expect(hometownOf('老家宜昌的')).toEqual({ outside: '宜昌' });
    expect(hometownOf('我是湖南人')).toEqual({ outside: '湖南' });
    expect(hometownOf('老家荆州')).toEqual({ jingzhou: true });
  });

  it.each([
    ['我老家洪湖 在上海开了二十年湘菜馆', '上海'],
    ['老家武汉 现在在深圳做电子', '深圳'],
    ['在东莞打工15年', '东莞'],
  ])('%s: now in %s', (text, city) => {
    expect(currentCityOf(text)).toBe(city);
  });
  it('a hometown alone is not a current city', () => expect(currentCityOf('老家监利')).toBeUndefined());
});
