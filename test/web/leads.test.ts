/** The console's Leads page, driven in-process with `app.request()` as each role: what each sees, changes and exports. */
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { jsx } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { LeadFields } from '../../src/leads/leads.ts';
import type { WebDeps, WebEnv, WebUser } from '../../src/web/env.ts';
import { Layout } from '../../src/web/layout.tsx';
import { leadsPage } from '../../src/web/pages/leads.tsx';
import { makeApp } from '../helpers.ts';

/** Wednesday 11 March 2026, 10:00 in Jingzhou: a lead of Monday, still unacknowledged, is overdue. */
const NOW = Date.parse('2026-03-11T10:00:00+08:00');
const MONDAY = Date.parse('2026-03-09T09:00:00+08:00');
const CSRF = 'test-csrf-token';

const user = (role: WebUser['role'], extra: Partial<WebUser> = {}): WebUser => ({
  person: `p-${role}-${extra.county ?? ''}`,
  role,
  name: `${role}${extra.county ?? ''}`,
  county: null,
  stationId: null,
  mentorId: null,
  ...extra,
});
const ADMIN = user('admin');
const HONGHU = user('county', { county: '洪湖市' });
const JIANLI = user('county', { county: '监利市' });
const OPERATOR = user('operator', { stationId: 1 });
const MENTOR = user('mentor', { mentorId: 1 });

const PHONES = { zhang: '13912345678', li: '13800001111', wang: '13711112222', zhao: '13600003333' };

/** A real app with five leads: 1 and 2 of 洪湖, 3 of 监利, 4 from outside Jingzhou, 5 a possible duplicate of 1. */
function seeded(): App {
  const app = makeApp({ samples: false });
  const save = (person: string, fields: Omit<LeadFields, 'kind'>, at: number) =>
    app.leads.save({ person, platform: 'test', userId: person, chatId: person }, { kind: '楚商回乡', ...fields }, person, at).lead;
  save('zhang', { name: '张先生', hometown: '洪湖市', industry: '农业', amountWan: 500, phone: PHONES.zhang }, MONDAY);
  save('li', { name: '李女士', hometown: '洪湖市', industry: '制造业', amountWan: 3000, phone: PHONES.li }, NOW - 3_600_000);
  save('wang', { name: '王总', hometown: '监利市', industry: '制造业', amountWan: 20000, phone: PHONES.wang }, MONDAY);
  save('zhao', { name: '赵先生', outsideJingzhou: '武汉市', industry: '物流', phone: PHONES.zhao }, NOW - 1_800_000);
  const dup = save('zhang2', { name: '张总', hometown: '洪湖市', industry: '农业', phone: PHONES.zhang }, NOW - 600_000);
  expect(dup.duplicateOf).toBe(1);
  return app;
}

/** The Leads page on its own Hono app, as `who`, rendered in the console's Layout (no sign-in: set by middleware). */
function consoleAs(app: App, who: WebUser) {
  const deps: WebDeps = { app, now: () => new Date(NOW), publicUrl: 'http://127.0.0.1:8080' };
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    c.set('user', who);
    c.set('csrf', CSRF);
    await next();
  });
  web.use(
    '*',
    jsxRenderer(({ children, title }) => jsx(Layout, { title, user: who, csrf: CSRF }, children), { docType: true }),
  );
  leadsPage.register(web, deps);
  return {
    get: (path: string) => web.request(path),
    post: (path: string, form: Record<string, string>) =>
      web.request(path, { method: 'POST', body: new URLSearchParams({ _csrf: CSRF, ...form }) }),
  };
}

const refsIn = (html: string) => [...new Set(html.match(/L0000\d\d/g) ?? [])].sort();
/** The refs of the list's rows (the links to lead pages), not those named in badges. */
const rowsIn = (html: string) => [...html.matchAll(/href="\/leads\/(\d+)"/g)].map((m) => Number(m[1])).sort();
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
const audits = (app: App) =>
  app.db.prepare('SELECT person, role, action, detail FROM web_audit ORDER BY id').all() as Array<{
    person: string;
    role: string;
    action: string;
    detail: string;
  }>;

describe('who may open the Leads page', () => {
  it('refuses operators and mentors on every route with 403, changing nothing', async () => {
    const app = seeded();
    for (const who of [OPERATOR, MENTOR]) {
      const web = consoleAs(app, who);
      for (const path of ['/leads', '/leads/1', '/leads/export.csv', '/leads/export.xlsx', '/leads?stage=线索']) {
        const res = await web.get(path);
        expect(res.status, `${who.role} GET ${path}`).toBe(403);
        expect(await res.text()).not.toContain(PHONES.zhang.slice(-4));
      }
      expect((await web.post('/leads/1/stage', { stage: '考察' })).status).toBe(403);
      expect((await web.post('/leads/5/merge', { into: 'L000001' })).status).toBe(403);
    }
    expect(app.leads.get(1)?.stage).toBe('线索');
    expect(app.leads.get(5)).toBeDefined();
    expect(audits(app)).toEqual([]);
  });

  it('shows admins every lead, and a county office only its own county', async () => {
    const app = seeded();
    expect(rowsIn(await (await consoleAs(app, ADMIN).get('/leads')).text())).toEqual([1, 2, 3, 4, 5]);
    expect(rowsIn(await (await consoleAs(app, HONGHU).get('/leads')).text())).toEqual([1, 2, 5]);
    expect(rowsIn(await (await consoleAs(app, JIANLI).get('/leads')).text())).toEqual([3]);
    // A county office cannot widen its scope with the county filter.
    const widened = await (await consoleAs(app, HONGHU).get('/leads?county=监利市')).text();
    expect(rowsIn(widened)).toEqual([]);
    expect(refsIn(widened)).not.toContain('L000003');
  });

  it('answers a lead outside the scope with the same 404 as a lead that does not exist', async () => {
    const app = seeded();
    const honghu = consoleAs(app, HONGHU);
    const missing = await honghu.get('/leads/999');
    expect(missing.status).toBe(404);
    const missingBody = await missing.text();
    for (const path of ['/leads/3', '/leads/L000003', '/leads/4']) {
      const res = await honghu.get(path);
      expect(res.status, path).toBe(404);
      const body = await res.text();
      expect(body).toBe(missingBody);
      expect(body).not.toContain(PHONES.wang);
    }
    expect((await honghu.post('/leads/3/stage', { stage: '考察', note: '试试' })).status).toBe(404);
    expect(app.leads.get(3)?.stage).toBe('线索');
    expect((await consoleAs(app, JIANLI).get('/leads/1')).status).toBe(404);
    expect((await consoleAs(app, ADMIN).get('/leads/4')).status).toBe(200);
  });
});

describe('the list', () => {
  it('never shows a full phone, to any role, and masks it as 139****5678', async () => {
    const app = seeded();
    for (const who of [ADMIN, HONGHU, JIANLI]) {
      const body = await (await consoleAs(app, who).get('/leads')).text();
      for (const phone of Object.values(PHONES)) expect(body, who.name).not.toContain(phone);
    }
    const admin = await (await consoleAs(app, ADMIN).get('/leads')).text();
    expect(admin).toContain('139****5678');
    expect(admin).toContain('137****2222');
  });

  it('counts the pipeline by stage, marks overdue leads and possible duplicates, and draws the funnel', async () => {
    const app = seeded();
    app.leads.setStage(2, '考察', '测试', null, NOW);
    const body = await (await consoleAs(app, ADMIN).get('/leads')).text();
    expect(body).toMatch(/^<!DOCTYPE html>/i);
    expect(body).toMatch(/线索 <strong>4<\/strong>/);
    expect(body).toMatch(/考察 <strong>1<\/strong>/);
    expect(body).toMatch(/签约 <strong>0<\/strong>/);
    expect(body).toContain('<svg');
    expect(body).toContain('线索:4;意向研判:0;考察:1');
    expect(body).toContain('可能与 L000001 重复');
    // 1 and 3 were registered on Monday and nobody acknowledged them: overdue on Wednesday, as the digest says.
    const overdueRows = [...body.matchAll(/<tr class="overdue">.*?href="\/leads\/(\d+)"/gs)].map((m) => Number(m[1]));
    expect(overdueRows).toEqual([1, 3]);
    expect(body).toContain('class="cards"');
    expect(body).toContain('class="filters"');
    expect(body).toContain('data-label="电话"');
  });

  it('filters by county, industry, amount, stage and overdue, and says what it ignored', async () => {
    const app = seeded();
    app.leads.setStage(2, '考察', '测试', null, NOW);
    const admin = consoleAs(app, ADMIN);
    const rows = async (query: string) => rowsIn(await (await admin.get(`/leads?${query}`)).text());
    expect(await rows('county=监利市')).toEqual([3]);
    expect(await rows(`county=${encodeURIComponent('其他')}`)).toEqual([4]);
    expect(await rows('industry=制造')).toEqual([2, 3]);
    expect(await rows('min=1000')).toEqual([2, 3]);
    expect(await rows('max=1000')).toEqual([1]);
    expect(await rows('min=1000&max=5000')).toEqual([2]);
    expect(await rows('stage=考察')).toEqual([2]);
    expect(await rows('overdue=1')).toEqual([1, 3]);
    expect(await rows('overdue=1&county=洪湖市')).toEqual([1]);
    const ignored = await (await admin.get('/leads?stage=签了&min=很多')).text();
    expect(ignored).toContain('没有“签了”这个阶段');
    expect(ignored).toContain('不是万元数');
    expect(rowsIn(ignored)).toEqual([1, 2, 3, 4, 5]);
    // The pipeline keeps counting every stage while one stage is chosen; exports carry the filter.
    const staged = await (await admin.get('/leads?stage=考察&industry=制造业')).text();
    expect(staged).toMatch(/线索 <strong>1<\/strong>/);
    expect(staged).toContain(`/leads/export.csv?industry=${encodeURIComponent('制造业')}&amp;stage=${encodeURIComponent('考察')}`);
  });
});

describe('a lead page', () => {
  it('shows the lead in full, with its phone and dated history, to a role that may see it', async () => {
    const app = seeded();
    const res = await consoleAs(app, HONGHU).get('/leads/1');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain(PHONES.zhang);
    expect(body).toContain('张先生');
    expect(body).toContain('新线索');
    expect(body).toContain('2026-03-09 09:00');
    expect(body).toContain('超1个工作日未跟进');
    expect(body).toContain(`name="_csrf" value="${CSRF}"`);
    expect(body).toContain('可能重复的登记');
    expect(body).toContain('href="/leads/5"');
  });

  it('records a stage change with its note in the history and the audit log', async () => {
    const app = seeded();
    const web = consoleAs(app, HONGHU);
    const res = await web.post('/leads/2/stage', { stage: '考察', note: '已电话联系,下周来考察' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/leads/2');
    expect(app.leads.get(2)?.stage).toBe('考察');
    const last = app.leads.history(2).at(-1);
    expect(last).toMatchObject({ actor: HONGHU.name, stageFrom: '线索', stageTo: '考察', note: '已电话联系,下周来考察', at: NOW });
    expect(await (await web.get('/leads/2')).text()).toContain('已电话联系,下周来考察');
    expect(audits(app)).toEqual([
      { person: HONGHU.person, role: 'county', action: 'lead.stage', detail: JSON.stringify({ ref: 'L000002', from: '线索', to: '考察' }) },
    ]);
  });

  it('rejects an unknown stage and changes nothing', async () => {
    const app = seeded();
    const res = await consoleAs(app, ADMIN).post('/leads/2/stage', { stage: '签了', note: 'x' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('没有“签了”这个阶段');
    expect(app.leads.get(2)?.stage).toBe('线索');
    expect(app.leads.history(2)).toHaveLength(1);
    expect(audits(app)).toEqual([]);
  });

  it('merges a possible duplicate into its original for an admin, audited', async () => {
    const app = seeded();
    const admin = consoleAs(app, ADMIN);
    const page = await (await admin.get('/leads/5')).text();
    expect(page).toContain('action="/leads/5/merge"');
    expect((await admin.post('/leads/5/merge', { into: 'L000005' })).status).toBe(400);
    expect((await admin.post('/leads/5/merge', { into: 'L000999' })).status).toBe(404);
    const res = await admin.post('/leads/5/merge', { into: 'L000001' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/leads/1');
    expect(app.leads.get(5)).toBeUndefined();
    expect(app.leads.history(1).at(-1)?.note).toContain('合并 L000005');
    expect(audits(app).map((a) => a.action)).toEqual(['lead.merge']);
  });

  it('lets a county office merge only leads that are both its own, as chat does', async () => {
    const app = seeded();
    expect((await consoleAs(app, JIANLI).post('/leads/5/merge', { into: 'L000001' })).status).toBe(404);
    expect((await consoleAs(app, HONGHU).post('/leads/5/merge', { into: 'L000003' })).status).toBe(404);
    expect(app.leads.get(5)).toBeDefined();
    expect((await consoleAs(app, HONGHU).post('/leads/5/merge', { into: 'L000001' })).status).toBe(303);
    expect(app.leads.get(5)).toBeUndefined();
  });
});

describe('exports', () => {
  it('exports what is filtered as CSV, phones in full for admins as the admin CLI does, and audits it', async () => {
    const app = seeded();
    const res = await consoleAs(app, ADMIN).get('/leads/export.csv?industry=制造业');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('leads-2026-03-11.csv');
    const rows = csvRows(await res.text());
    // Oldest first, as the admin CLI's export: 3 was registered on Monday, 2 today.
    expect(rows.map((r) => r.slice(0, 7))).toEqual(['L000003', 'L000002']);
    expect(rows.join('\n')).toContain(PHONES.li);
    expect(audits(app)).toEqual([
      {
        person: ADMIN.person,
        role: 'admin',
        action: 'lead.export',
        detail: JSON.stringify({ format: 'csv', count: 2, filter: { industry: '制造业' } }),
      },
    ]);
  });

  it("gives a county office only its county's rows, phones masked", async () => {
    const app = seeded();
    const honghu = consoleAs(app, HONGHU);
    const csv = await (await honghu.get('/leads/export.csv')).text();
    const rows = csvRows(csv);
    expect(rows.map((r) => r.slice(0, 7))).toEqual(['L000001', 'L000002', 'L000005']);
    for (const phone of Object.values(PHONES)) expect(csv).not.toContain(phone);
    expect(csv).toContain('139****5678');
    expect(csvRows(await (await honghu.get('/leads/export.csv?county=监利市')).text())).toEqual([]);
    expect(audits(app).map((a) => [a.action, JSON.parse(a.detail).count])).toEqual([
      ['lead.export', 3],
      ['lead.export', 0],
    ]);
  });

  it('exports XLSX with the same filter and scope, audited', async () => {
    const app = seeded();
    const res = await consoleAs(app, JIANLI).get('/leads/export.xlsx?overdue=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('线索')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('L000003');
    expect(sheet.getRow(2).getCell(13).value).toBe('137****2222');
    expect(audits(app).map((a) => a.action)).toEqual(['lead.export']);
  });
});
