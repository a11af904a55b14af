/** The plan page, its counting and the monthly report: every route with every role, and each of the 13 rows counted. */
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { fromLocal } from '../../src/booking/time.ts';
import type { WebEnv, WebRole, WebUser } from '../../src/web/env.ts';
import { planPage } from '../../src/web/pages/plan.tsx';
import { collectPlanInputs, leadsPerWeek, type Metric, parseTarget, planRows, reachedStage } from '../../src/web/plan-data.ts';
import { REPORT_SHEETS } from '../../src/web/report.ts';
import { makeApp } from '../helpers.ts';

const NOW = new Date(fromLocal(2025, 6, 15, 10 * 60));
const at = (month: number, day: number) => fromLocal(2025, month, day, 14 * 60);

const USERS: Record<WebRole, WebUser> = {
  admin: { person: 'p-admin', role: 'admin', name: '管理员', county: null, stationId: null, mentorId: null },
  county: { person: 'p-county', role: 'county', name: '洪湖', county: '洪湖市', stationId: null, mentorId: null },
  operator: { person: 'p-op', role: 'operator', name: '站长', county: null, stationId: 1, mentorId: null },
  mentor: { person: 'p-mentor', role: 'mentor', name: '导师', county: null, stationId: null, mentorId: 1 },
};

/** A programme half-way through 2025: stations, events held, leads at several stages. */
function programme(): App {
  const app = makeApp({ now: () => NOW });
  const station = (name: string, kind: '楚商联络站' | '返乡创业驻外推介服务站', county: '洪湖市' | '监利市') =>
    app.stations.add({ name, kind, city: '上海', region: '上海', county }, NOW);
  station('上海洪湖楚商联络站', '楚商联络站', '洪湖市');
  station('苏州监利楚商联络站', '楚商联络站', '监利市');
  station('东莞洪湖推介服务站', '返乡创业驻外推介服务站', '洪湖市');
  const event = (title: string, kind: string, starts_at: number, place: { county?: string; city?: string }) =>
    app.events.add({ title, kind, starts_at, place: place.county ?? place.city ?? '荆州', organiser: '市招商中心', ...place }, NOW);
  event('清明话家乡·洪湖推介会', '推介会', at(4, 4), { county: '洪湖市' });
  event('清明话家乡·监利推介会', '推介会', at(4, 5), { county: '监利市' });
  event('楚商大会', '楚商大会', at(5, 20), { city: '荆州' });
  event('深圳返乡创业推介会', '推介会', at(5, 10), { city: '深圳' });
  event('政银企对接会', '对接会', at(6, 1), { county: '监利市' });
  event('农产品精深加工专题推介', '推介会', at(6, 3), { county: '洪湖市' });
  event('回乡楚商恳谈会', '招商恳谈会', at(2, 1), { county: '洪湖市' });
  event('下半年楚商回乡活动', '推介会', at(9, 1), { city: '荆州' }); // not held yet
  event('2024年的活动', '推介会', fromLocal(2024, 12, 1), { city: '荆州' }); // another year
  const lead = (n: number, kind: '楚商回乡' | '返乡创业', hometown: string, amountWan: number, stage?: '签约' | '落地' | '考察') => {
    const owner = { person: `person-${n}`, platform: 'test', userId: `u${n}`, chatId: `u${n}` };
    const { lead: saved } = app.leads.save(owner, { kind, hometown, amountWan, phone: `1390000000${n}` }, 'test', at(3, n));
    if (stage) app.leads.setStage(saved.id, stage, 'staff', null, at(5, 1));
  };
  lead(1, '楚商回乡', '洪湖市', 20_000, '签约');
  lead(2, '楚商回乡', '监利市', 15_000, '落地');
  lead(3, '楚商回乡', '洪湖市', 500, '落地');
  lead(4, '返乡创业', '洪湖市', 50, '考察');
  lead(5, '返乡创业', '监利市', 30);
  return app;
}

const byLabel = (metrics: Metric[], label: string) => {
  const m = metrics.find((x) => x.label.startsWith(label));
  if (!m) throw new Error(`no metric ${label} in ${metrics.map((x) => x.label).join(', ')}`);
  return m;
};
const target = (m: Metric) => (m.target && 'value' in m.target ? m.target.value : undefined);

describe('parseTarget', () => {
  it('reads the figures as the plan states them', () => {
    expect(parseTarget('不少于20个')).toMatchObject({ value: 20, unit: '个', atLeast: true });
    expect(parseTarget('3000人次以上')).toMatchObject({ value: 3000, unit: '人次', atLeast: true });
    expect(parseTarget('2239名')).toMatchObject({ value: 2239, unit: '名', atLeast: false });
    expect(parseTarget('不少于两场')).toMatchObject({ value: 2, unit: '场' });
    expect(parseTarget('签约一批项目')).toMatchObject({ batch: true });
    expect(parseTarget('建立回乡企业家联络中心')).toBeUndefined();
  });
});

describe('plan rows', () => {
  const app = programme();
  const inputs = collectPlanInputs(app, 2025, NOW);
  const rows = planRows((id) => app.retriever.get(id), inputs, { county: null });
  const row = (n: number) => rows[n - 1]!.metrics;

  it('has the 13 rows with deadline and units from the knowledge base', () => {
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(rows[0]).toMatchObject({ entryId: 'task.01', deadline: '2025年4月', units: ['市招商中心', '市人社局'] });
    expect(rows[12]!.deadline).toBe('2025年12月');
    expect(rows[5]!.title).toContain('50个楚商联络站');
  });

  it('leaves the samples out and says so', () => {
    expect(inputs.stations.every((s) => !s.sample)).toBe(true);
    expect(inputs.samplesLeftOut).toBeGreaterThan(0);
    expect(inputs.events.map((e) => e.title)).not.toContain('2024年的活动');
  });

  it('counts each row, or says why it cannot', () => {
    expect(row(1)[0]!.count).toBeUndefined();
    expect(byLabel(row(2), '楚商登记')).toMatchObject({ count: 3 });
    expect(target(byLabel(row(2), '楚商登记'))).toBe(2239);
    expect(byLabel(row(2), '返乡创业项目库').count).toBe(2);
    expect(byLabel(row(2), '荆州籍在外能人').count).toBeUndefined();
    expect(row(3)[0]!.count).toBeUndefined();
    expect(byLabel(row(4), '“清明话家乡”')).toMatchObject({ count: 2 });
    expect(target(byLabel(row(4), '“清明话家乡”'))).toBe(20);
    expect(target(row(5)[0]!)).toBe(100);
    expect(row(5)[0]!.count).toBeUndefined();
    expect(byLabel(row(6), '楚商联络站')).toMatchObject({ count: 2 });
    expect(target(byLabel(row(6), '楚商联络站'))).toBe(50);
    expect(byLabel(row(6), '返乡创业驻外推介服务站')).toMatchObject({ count: 1, byCounty: [['洪湖市', 1]] });
    expect(target(byLabel(row(6), '返乡创业驻外推介服务站'))).toBe(20);
    expect(byLabel(row(6), '回乡企业家联络中心').count).toBeUndefined();
    expect(row(7)[0]!.count).toBe(1);
    expect(byLabel(row(8), '市级')).toMatchObject({ count: 2 }); // 楚商大会, 深圳 (September's not held yet)
    expect(target(byLabel(row(8), '市级'))).toBe(4);
    expect(byLabel(row(8), '县市区特色活动').count).toBe(5);
    expect(byLabel(row(8), '农产品')).toMatchObject({ count: 1 });
    expect(target(byLabel(row(8), '农产品'))).toBe(2);
    expect(target(byLabel(row(8), '拜访'))).toBe(50);
    expect(byLabel(row(8), '拜访').count).toBeUndefined();
    expect(byLabel(row(8), '赴外')).toMatchObject({ count: 1 });
    expect(target(byLabel(row(8), '赴外'))).toBe(3);
    expect(target(row(9)[0]!)).toBe(5);
    expect(row(9)[0]!.count).toBeUndefined();
    expect(row(10).map(target)).toEqual([1000, 2000]);
    expect(row(10).every((m) => m.count === undefined)).toBe(true);
    expect(byLabel(row(11), '政银企')).toMatchObject({ count: 1 });
    expect(target(byLabel(row(11), '政银企'))).toBe(2);
    expect(byLabel(row(11), '新型农业').count).toBeUndefined();
    expect(target(row(12)[0]!)).toBe(40);
    expect(row(12)[0]!.count).toBeUndefined();
    expect(byLabel(row(13), '回乡投资亿元项目')).toMatchObject({ count: 2 });
    expect(target(byLabel(row(13), '回乡投资亿元项目'))).toBe(300);
    expect(byLabel(row(13), '线索已签约').count).toBe(3);
    expect(byLabel(row(13), '新增返乡创业市场主体').count).toBeUndefined();
  });

  it('narrows to a county where the tables split by county, with the per-county targets', () => {
    const mine = planRows((id) => app.retriever.get(id), inputs, { county: '洪湖市' });
    const r = (n: number) => mine[n - 1]!.metrics;
    expect(byLabel(r(2), '楚商登记').count).toBe(2);
    expect(byLabel(r(4), '“清明话家乡”').count).toBe(1);
    expect(target(byLabel(r(4), '“清明话家乡”'))).toBe(2);
    expect(byLabel(r(6), '楚商联络站').count).toBe(1);
    expect(target(byLabel(r(6), '返乡创业驻外推介服务站'))).toBe(2);
    expect(byLabel(r(8), '洪湖市特色活动').count).toBe(3);
    expect(target(byLabel(r(8), '洪湖市特色活动'))).toBe(6);
    expect(byLabel(r(13), '回乡投资亿元项目').count).toBe(1);
  });

  it('charts leads per week and the funnel', () => {
    const weeks = leadsPerWeek(inputs.leads, fromLocal(2025, 3, 10, 600), 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(5);
    expect(reachedStage(inputs.leads)).toEqual([
      ['线索', 5],
      ['意向研判', 4],
      ['考察', 4],
      ['接待洽谈', 3],
      ['签约', 3],
      ['落地', 2],
    ]);
  });
});

function consoleFor(app: App) {
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    c.set('user', USERS[(c.req.header('x-role') ?? 'admin') as WebRole]);
    c.set('csrf', 'test');
    await next();
  });
  planPage.register(web, { app, now: () => NOW, publicUrl: 'http://127.0.0.1:8090' });
  return web;
}

describe('plan routes', () => {
  const app = programme();
  const web = consoleFor(app);
  const get = (path: string, role: WebRole) => web.request(path, { headers: { 'x-role': role } });
  const ROUTES = ['/plan', '/plan/report?month=2025-06', '/plan/report.xlsx?month=2025-06'];

  it('refuses operators and mentors on every route', async () => {
    for (const path of ROUTES)
      for (const role of ['operator', 'mentor'] as const) expect((await get(path, role)).status, `${role} ${path}`).toBe(403);
  });

  it('shows admins the city, with charts and progress bars', async () => {
    const res = await get('/plan', 'admin');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('第13项');
    expect(html).toContain('系统无法统计');
    expect(html).toContain('<progress');
    expect(html).toContain('2 / 50');
    expect(html).toContain('每周新增线索');
    expect(html).toContain('线索漏斗');
    expect(html).toContain('分县市区');
  });

  it('shows a county office only its county', async () => {
    const html = await (await get('/plan', 'county')).text();
    expect(html).toContain('洪湖市');
    expect(html).toContain('1 / 2'); // 清明话家乡 in 洪湖市 against the per-county target
    expect(html).not.toContain('分县市区');
    expect(html).not.toContain('监利市');
  });

  it('renders the monthly report with the sections to fill in, and logs it', async () => {
    const res = await get('/plan/report?month=2025-06', 'admin');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const part of ['一、工作推进情况', '二、存在主要问题', '三、典型经验做法', '政银企对接会', '农产品精深加工专题推介'])
      expect(html).toContain(part);
    expect(html).not.toContain('楚商大会(');
    expect((await get('/plan/report?month=2025-13', 'admin')).status).toBe(400);
    const logged = app.db.prepare("SELECT action, detail FROM web_audit WHERE action = 'export'").all() as Array<{ detail: string }>;
    expect(logged.some((r) => r.detail.includes('plan.report 2025-06'))).toBe(true);
  });

  it('exports the report as an XLSX that parses back with its sheets', async () => {
    for (const role of ['admin', 'county'] as const) {
      const res = await get('/plan/report.xlsx?month=2025-06', role);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      expect(wb.worksheets.map((w) => w.name)).toEqual([...REPORT_SHEETS]);
      const tasks = wb.getWorksheet('任务清单进度')!;
      expect(tasks.getRow(1).getCell(1).value).toBe('序号');
      const cells = tasks.getSheetValues().flat().map(String);
      expect(cells).toContain('系统无法统计');
      const counties = wb.getWorksheet('线索分县市区')!.getColumn(1).values.map(String);
      if (role === 'county') expect(counties).not.toContain('监利市');
      else expect(counties).toContain('监利市');
    }
    const logged = app.db.prepare("SELECT COUNT(*) AS n FROM web_audit WHERE detail LIKE '%plan.report.xlsx%'").get() as { n: number };
    expect(logged.n).toBe(2);
  });
});
