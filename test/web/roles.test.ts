/**
 * Every page and action of the real console (sign-in through a chat /web link, sessions, CSRF) with every role:
 * who gets 200 and who 403, that a refused action changes nothing, and that each role sees in the browser exactly
 * the leads, notices and bookings chat lets it see.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { LeadFields } from '../../src/leads/leads.ts';
import { checkNotice } from '../../src/notices/compose.ts';
import type { WebRole } from '../../src/web/env.ts';
import { PAGES } from '../../src/web/pages/index.ts';
import { pageOf } from '../../src/web/server.tsx';
import { replyText, say } from '../helpers.ts';
import { bindMentor, bindOperator, bindStaff, book, consoleApp, linkFor, postForm, signIn, START } from './support.ts';

const ROLES: readonly WebRole[] = ['admin', 'county', 'operator', 'mentor'];
const MONTH = '2030-03';

/** A lead saved as the chat form saves it. */
function saveLead(app: App, person: string, fields: Omit<LeadFields, 'kind'>, at: number) {
  return app.leads.save({ person, platform: 'test', userId: person, chatId: person }, { kind: '楚商回乡', ...fields }, person, at).lead;
}

/** Subscribers: two in 上海 (station 1's region), one in 苏州 (station 2's), on Telegram and WeChat. */
function subscribe(app: App): void {
  for (const [platform, userId, region] of [
    ['telegram', 'sh1', '上海'],
    ['wechat', 'sh2', '上海'],
    ['telegram', 'sz1', '苏州'],
  ] as const)
    app.subscriptions.subscribe(app.identities.personOf({ platform, userId }), { region }, new Date(START));
}

/** A one-off notice of sample station `station` (1 上海, 2 苏州), as an operator of it composes it in chat. */
function stationNotice(app: App, station: number, text: string) {
  const checked = checkNotice(
    { author: `author-${station}`, text, at: '2030-03-08 10:00', station: String(station) },
    { stations: app.stations, subscriptions: app.subscriptions, now: new Date(START) },
  );
  if (!checked.ok) throw new Error(checked.error);
  return app.notices.create(checked.notice, new Date(START));
}

/** A console with one signed-in user of each role, two counties' leads, two stations' notices, two mentors' bookings. */
async function setup() {
  const ctx = consoleApp();
  const { app, web } = ctx;
  await bindStaff(app, 'a', 'admin');
  await bindStaff(app, 'c', 'county');
  await bindOperator(app, 'o', 1);
  const mentorId = await bindMentor(app, 'm');
  const honghu = saveLead(
    app,
    'zhang',
    { name: '张先生', hometown: '洪湖市', industry: '农业', amountWan: 500, phone: '13912345678' },
    START - 3_600_000,
  );
  const jianli = saveLead(
    app,
    'wang',
    { name: '王总', hometown: '监利市', industry: '制造业', amountWan: 2000, phone: '13711112222' },
    START - 3_600_000,
  );
  const honghuDup = saveLead(app, 'zhang2', { name: '张总', hometown: '洪湖市', industry: '农业', phone: '13912345678' }, START - 600_000);
  const jianliDup = saveLead(app, 'wang2', { name: '王经理', hometown: '监利市', phone: '13711112222' }, START - 600_000);
  expect([honghuDup.duplicateOf, jianliDup.duplicateOf]).toEqual([honghu.id, jianli.id]);
  subscribe(app);
  const shanghai = stationNotice(app, 1, '上海站周六座谈会');
  const suzhou = stationNotice(app, 2, '苏州站周日招聘会');
  const own = book(app, mentorId, 5, 14, '直播选品');
  const other = book(app, 2, 6, 9, '稻虾共作');
  const sessions = {} as Record<WebRole, { cookie: string; csrf: string }>;
  for (const [role, user] of [
    ['admin', 'a'],
    ['county', 'c'],
    ['operator', 'o'],
    ['mentor', 'm'],
  ] as const)
    sessions[role] = await signIn(web, await linkFor(app, user));
  const get = (role: WebRole | null, path: string) => web.request(path, role ? { headers: { cookie: sessions[role].cookie } } : {});
  /** A form POST as `role`, with its CSRF token unless `csrf` is false. */
  const post = (role: WebRole | null, path: string, fields: Record<string, string>, csrf = true) =>
    postForm(
      web,
      path,
      { ...fields, ...(role && csrf ? { _csrf: sessions[role].csrf } : {}) },
      role ? { cookie: sessions[role].cookie } : {},
    );
  return {
    ...ctx,
    sessions,
    get,
    post,
    leads: { honghu, jianli, honghuDup, jianliDup },
    notices: { shanghai, suzhou },
    bookings: { own, other },
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

/** Everything an action could change, to prove that a refused one changed nothing. */
function state(app: App): string {
  const tables = ['leads', 'lead_history', 'notices', 'notice_runs', 'outbox', 'mentors', 'mentor_invites', 'bookings'];
  return JSON.stringify(tables.map((t) => app.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}
const changes = (app: App) =>
  (app.db.prepare("SELECT COUNT(*) AS n FROM web_audit WHERE action NOT IN ('sign_in', 'sign_out')").get() as { n: number }).n;

/** The GET routes of every page, with the ids of records each role may see when it may open the page. */
const routes = (s: Setup) => [
  '/',
  '/leads',
  `/leads/${s.leads.honghu.id}`,
  '/leads/export.csv',
  '/leads/export.xlsx',
  '/bookings',
  '/notices',
  `/notices/${s.notices.shanghai.id}`,
  `/notices/${s.notices.shanghai.id}/progress`,
  '/questions',
  '/plan',
  `/plan/report?month=${MONTH}`,
  `/plan/report.xlsx?month=${MONTH}`,
  '/audit',
];

/** Every POST action with a valid form, and who may do it. */
const actions = (s: Setup): Array<{ name: string; path: string; fields: Record<string, string>; roles: WebRole[] }> => [
  {
    name: 'lead stage',
    path: `/leads/${s.leads.honghu.id}/stage`,
    fields: { stage: '意向研判', note: '电话沟通' },
    roles: ['admin', 'county'],
  },
  {
    name: 'lead merge',
    path: `/leads/${s.leads.honghuDup.id}/merge`,
    fields: { into: String(s.leads.honghu.id) },
    roles: ['admin', 'county'],
  },
  { name: 'notice preview', path: '/notices/preview', fields: { text: '周六座谈会', when: 'now' }, roles: ['admin', 'operator'] },
  {
    name: 'notice create',
    path: '/notices',
    fields: { text: '周六座谈会', when: 'at', at: '2030-03-09 10:00' },
    roles: ['admin', 'operator'],
  },
  { name: 'notice cancel', path: `/notices/${s.notices.shanghai.id}/cancel`, fields: {}, roles: ['admin', 'operator'] },
  { name: 'mentor invite', path: '/bookings/mentors/2/invite', fields: {}, roles: ['admin'] },
  { name: 'mentor deactivate', path: '/bookings/mentors/2/deactivate', fields: {}, roles: ['admin'] },
  {
    name: 'mentor add',
    path: '/bookings/mentors',
    fields: { name: '刘老师', role: '导师', specialties: '电商直播', counties: '', mode: 'both', availability: '2 14:00-17:00' },
    roles: ['admin'],
  },
  {
    name: 'mentor import',
    path: '/bookings/mentors/import',
    fields: { format: 'csv', text: 'name,role,specialties,counties,mode,availability' },
    roles: ['admin'],
  },
];

describe('the console by role, through real sign-in (issue 15)', () => {
  it('every page and sub-route answers each role as its page’s roles say: 200 or 403', async () => {
    const s = await setup();
    const matrix: Record<string, Record<string, number>> = {};
    for (const path of routes(s)) {
      const owner = pageOf(PAGES, path.split('?')[0]!)!;
      matrix[path] = {};
      for (const role of ROLES) {
        const res = await s.get(role, path);
        matrix[path][role] = res.status;
        expect(res.status, `${role} GET ${path}`).toBe(owner.roles.includes(role) ? 200 : 403);
      }
    }
    // The matrix as the issue reads it: who may open what.
    expect(matrix).toEqual({
      '/': { admin: 200, county: 200, operator: 200, mentor: 200 },
      '/leads': { admin: 200, county: 200, operator: 403, mentor: 403 },
      [`/leads/${s.leads.honghu.id}`]: { admin: 200, county: 200, operator: 403, mentor: 403 },
      '/leads/export.csv': { admin: 200, county: 200, operator: 403, mentor: 403 },
      '/leads/export.xlsx': { admin: 200, county: 200, operator: 403, mentor: 403 },
      '/bookings': { admin: 200, county: 403, operator: 403, mentor: 200 },
      '/notices': { admin: 200, county: 403, operator: 200, mentor: 403 },
      [`/notices/${s.notices.shanghai.id}`]: { admin: 200, county: 403, operator: 200, mentor: 403 },
      [`/notices/${s.notices.shanghai.id}/progress`]: { admin: 200, county: 403, operator: 200, mentor: 403 },
      '/questions': { admin: 200, county: 403, operator: 403, mentor: 403 },
      '/plan': { admin: 200, county: 200, operator: 403, mentor: 403 },
      [`/plan/report?month=${MONTH}`]: { admin: 200, county: 200, operator: 403, mentor: 403 },
      [`/plan/report.xlsx?month=${MONTH}`]: { admin: 200, county: 200, operator: 403, mentor: 403 },
      '/audit': { admin: 200, county: 403, operator: 403, mentor: 403 },
    });
    // The navigation offers each role exactly the pages it may open.
    for (const role of ROLES) {
      const html = await (await s.get(role, '/')).text();
      const nav = /<nav class="nav">(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
      const links = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(links, role).toEqual(PAGES.filter((p) => p.roles.includes(role)).map((p) => p.path));
    }
  });

  it('without a session every page redirects to sign-in and every action is 401, changing nothing', async () => {
    const s = await setup();
    for (const path of routes(s)) {
      const res = await s.get(null, path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/login');
    }
    const before = state(s.app);
    for (const a of actions(s)) expect((await s.post(null, a.path, a.fields)).status, a.name).toBe(401);
    expect(state(s.app)).toBe(before);
  });

  it('each action without the CSRF token is 403 for every role, and with it 403 for a role not allowed; neither changes anything', async () => {
    const s = await setup();
    const before = state(s.app);
    const audited = changes(s.app);
    for (const a of actions(s)) {
      for (const role of ROLES) {
        const res = await s.post(role, a.path, a.fields, false);
        expect(res.status, `${role} ${a.name} without CSRF`).toBe(403);
        expect(await res.text()).toContain('页面已过期或请求无效');
        // A token from another session is no better than none.
        const other = ROLES.find((r) => r !== role)!;
        const stolen = await postForm(s.web, a.path, { ...a.fields, _csrf: s.sessions[other].csrf }, { cookie: s.sessions[role].cookie });
        expect(stolen.status, `${role} ${a.name} with ${other}'s token`).toBe(403);
        if (!a.roles.includes(role)) expect((await s.post(role, a.path, a.fields)).status, `${role} ${a.name}`).toBe(403);
      }
    }
    expect(state(s.app)).toBe(before);
    expect(changes(s.app)).toBe(audited);
  });

  it('each action with the CSRF token works for the roles allowed (so the refusals above are not vacuous)', async () => {
    for (const role of ROLES) {
      const s = await setup();
      for (const a of actions(s).filter((x) => x.roles.includes(role))) {
        const before = state(s.app);
        const res = await s.post(role, a.path, a.fields);
        // A preview, an invite code and an import of only a header row (0 mentors) answer with a page, not a redirect.
        const expected = ['notice preview', 'mentor invite', 'mentor import'].includes(a.name) ? 200 : 303;
        expect(res.status, `${role} ${a.name}`).toBe(expected);
        if (!['notice preview', 'mentor import'].includes(a.name)) expect(state(s.app), `${role} ${a.name}`).not.toBe(before);
      }
    }
  });

  it('a 洪湖 county user sees 洪湖 leads and never a 监利 one: list, lead page, stage change, merge and exports; an admin sees both', async () => {
    const s = await setup();
    const { honghu, jianli, honghuDup, jianliDup } = s.leads;
    const rowIds = (html: string) => [...new Set([...html.matchAll(/href="\/leads\/(\d+)"/g)].map((m) => Number(m[1])))].sort();

    const countyList = await (await s.get('county', '/leads')).text();
    expect(rowIds(countyList)).toEqual([honghu.id, honghuDup.id]);
    expect(countyList).not.toContain('王总');
    expect(rowIds(await (await s.get('admin', '/leads')).text())).toEqual([honghu.id, jianli.id, honghuDup.id, jianliDup.id].sort());
    // Asking for 监利 by filter gives a 洪湖 user nothing, not 监利's leads.
    expect(rowIds(await (await s.get('county', `/leads?county=${encodeURIComponent('监利市')}`)).text())).toEqual([]);

    for (const id of [jianli.id, jianliDup.id]) {
      const page = await s.get('county', `/leads/${id}`);
      expect(page.status).toBe(404);
      expect(await page.text()).not.toContain('王');
      expect((await s.get('admin', `/leads/${id}`)).status).toBe(200);
    }
    expect((await s.get('county', '/leads/999')).status).toBe(404);

    const before = state(s.app);
    expect((await s.post('county', `/leads/${jianli.id}/stage`, { stage: '考察' })).status).toBe(404);
    expect((await s.post('county', `/leads/${jianliDup.id}/merge`, { into: String(jianli.id) })).status).toBe(404);
    expect((await s.post('county', `/leads/${honghuDup.id}/merge`, { into: String(jianli.id) })).status).toBe(404);
    expect(state(s.app)).toBe(before);

    const csv = await (await s.get('county', '/leads/export.csv')).text();
    expect(csv).toContain('张先生');
    expect(csv).not.toContain('王总');
    expect(csv).not.toContain('监利市');
    expect(csv).not.toContain('13912345678'); // a county export masks phones
    const adminCsv = await (await s.get('admin', '/leads/export.csv')).text();
    expect(adminCsv).toContain('王总');
    expect(adminCsv).toContain('13912345678');

    // The same leads as chat's /leads gives each of them.
    const refs = (text: string) => [...new Set(text.match(/L\d{6}/g) ?? [])].sort();
    const refOfId = (id: number) => `L${String(id).padStart(6, '0')}`;
    expect(refs(replyText(await say(s.app, '/leads', 'c')))).toEqual([honghu.id, honghuDup.id].map(refOfId).sort());
    expect(refs(replyText(await say(s.app, '/leads', 'a')))).toEqual(
      [honghu.id, jianli.id, honghuDup.id, jianliDup.id].map(refOfId).sort(),
    );
  });

  it('an operator sees and cancels only its own station’s notices; an admin sees both stations’', async () => {
    const s = await setup();
    const { shanghai, suzhou } = s.notices;
    const list = await (await s.get('operator', '/notices')).text();
    expect(list).toContain('上海站周六座谈会');
    expect(list).not.toContain('苏州站周日招聘会');
    const all = await (await s.get('admin', '/notices')).text();
    expect(all).toContain('上海站周六座谈会');
    expect(all).toContain('苏州站周日招聘会');
    for (const path of [`/notices/${suzhou.id}`, `/notices/${suzhou.id}/progress`]) {
      expect((await s.get('operator', path)).status, path).toBe(404);
      expect((await s.get('admin', path)).status, path).toBe(200);
    }
    const before = state(s.app);
    expect((await s.post('operator', `/notices/${suzhou.id}/cancel`, {})).status).toBe(404);
    // An operator cannot address another station: its notice goes to its own station whatever the form says.
    expect((await s.post('operator', '/notices', { text: '冒充苏州站', when: 'at', at: '2030-03-09 10:00', station: '2' })).status).toBe(
      303,
    );
    const created = s.app.notices.list().find((n) => n.text.startsWith('冒充苏州站'))!;
    expect(created.stationId).toBe(1);
    expect(s.app.notices.get(suzhou.id)!.status).toBe('scheduled');
    expect(state(s.app)).not.toBe(before);
    expect((await s.post('operator', `/notices/${shanghai.id}/cancel`, {})).status).toBe(303);
    expect(s.app.notices.get(shanghai.id)!.status).toBe('cancelled');
  });

  it('a mentor sees only their own bookings, with the phone in full; an admin sees every mentor’s, masked', async () => {
    const s = await setup();
    const { own, other } = s.bookings;
    const mine = await (await s.get('mentor', '/bookings')).text();
    expect(mine).toContain(own.ref);
    expect(mine).toContain('13812345678');
    expect(mine).not.toContain(other.ref);
    expect(mine).not.toContain('稻虾共作');
    expect(mine).not.toContain('导师库');
    // Picking another mentor in the query string changes nothing for a mentor.
    const picked = await (await s.get('mentor', `/bookings?mentor=${other.mentorId}`)).text();
    expect(picked).not.toContain(other.ref);
    const all = await (await s.get('admin', '/bookings')).text();
    expect(all).toContain(own.ref);
    expect(all).toContain(other.ref);
    expect(all).not.toContain('13812345678');
  });
});
