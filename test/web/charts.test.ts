/** The console's SVG charts: valid SVG, labelled, with a <title> and the values for readers. */
import { describe, expect, it } from 'vitest';
import { BarChart, Funnel, LineChart, niceMax, Progress } from '../../src/web/charts.tsx';

const svgOf = async (el: unknown) => String(await el);
/** Well-formed enough for a browser: one <svg>, balanced tags, attribute values quoted. */
function expectValidSvg(html: string) {
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0];
  expect(svg).toBeDefined();
  expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
  expect(svg).toContain('role="img"');
  const open = (svg!.match(/<(?!\/)(g|text|rect|svg|title|desc|circle|polyline|line)\b[^>]*?(?<!\/)>/g) ?? []).length;
  const close = (svg!.match(/<\/(g|text|rect|svg|title|desc|circle|polyline|line)>/g) ?? []).length;
  expect(open).toBe(close);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
}

describe('charts', () => {
  const points = [
    { label: '6/2', value: 3 },
    { label: '6/9', value: 0 },
    { label: '6/16', value: 7 },
  ];

  it('draws a bar chart with its title, labels and values', async () => {
    const html = await svgOf(BarChart({ title: '每周新增线索', points }));
    expectValidSvg(html);
    expect(html).toContain('<title>每周新增线索</title>');
    expect(html).toContain('6/16');
    expect(html).toContain('<desc>6/2:3;6/9:0;6/16:7</desc>');
    expect(html).toContain('class="chart"');
  });

  it('draws a line chart and a sparkline', async () => {
    expectValidSvg(await svgOf(LineChart({ title: '每天的问题数', points })));
    const spark = await svgOf(LineChart({ title: '趋势', points, sparkline: true }));
    expectValidSvg(spark);
    expect(spark).toContain('<polyline');
  });

  it('draws a funnel by stage', async () => {
    const html = await svgOf(
      Funnel({
        title: '线索漏斗',
        points: [
          { label: '线索', value: 10 },
          { label: '签约', value: 2 },
          { label: '落地', value: 0 },
        ],
      }),
    );
    expectValidSvg(html);
    expect(html).toContain('>线索<');
    expect(html).toContain('落地:0');
  });

  it('copes with no data', async () => {
    const html = await svgOf(BarChart({ title: '空', points: [] }));
    expectValidSvg(html);
    expect(html).toContain('暂无数据');
    expectValidSvg(await svgOf(LineChart({ title: '一点', points: [{ label: 'a', value: 0 }] })));
  });

  it('rounds the axis and shows progress as x / target', async () => {
    expect([niceMax(0), niceMax(3), niceMax(7), niceMax(12), niceMax(300)]).toEqual([1, 5, 10, 20, 500]);
    const html = await svgOf(Progress({ value: 60, max: 50, label: '联络站' }));
    expect(html).toContain('<progress value="50" max="50"');
    expect(html).toContain('60 / 50');
  });
});
