import { describe, expect, it } from 'vitest';
import { audit } from '../../src/web/auth.ts';
import { Csrf } from '../../src/web/layout.tsx';
import { PAGES, type WebPage } from '../../src/web/pages/index.ts';
import { createWebApp, SECURITY_HEADERS } from '../../src/web/server.tsx';
import { bindMentor, bindStaff, consoleApp, linkFor, postForm, PUBLIC_URL, signIn } from './support.ts';

/** A page whose POST changes something (an audit row), to attack with CSRF. */
const changePage: WebPage = {
  path: '/change',
  label: '改动',
  roles: ['admin', 'county'],
  register(web, deps) {
    web.get('/change', (c) => c.render(Csrf({ token: c.get('csrf') }), { title: '改动' }));
    web.post('/change', (c) => {
      audit(deps, c.get('user'), 'test.change', { n: 1 });
      return c.text('done');
    });
  },
};

async function setup() {
  const ctx = consoleApp();
  const web = createWebApp({ app: ctx.app, now: ctx.now, publicUrl: PUBLIC_URL }, {}, [...PAGES, changePage]);
  return { ...ctx, web };
}
const rows = (app: ReturnType<typeof consoleApp>['app'], action: string) =>
  (app.db.prepare('SELECT COUNT(*) AS n FROM web_audit WHERE action = ?').get(action) as { n: number }).n;

describe('the web console server (issue 15)', () => {
  it('without a session: pages redirect to the sign-in help, actions get 401', async () => {
    const { web } = await setup();
    const page = await web.request('/');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    expect(await (await web.request('/login')).text()).toContain('发送 /web');
    expect((await postForm(web, '/change', {})).status).toBe(401);
    expect((await web.request('/audit', { headers: { 'hx-request': 'true' } })).status).toBe(401);
    expect((await web.request('/', { headers: { cookie: 'hx_session=forged' } })).status).toBe(303);
  });

  it('every response carries the security headers; pages are standards-mode, phone-sized, without inline scripts or styles', async () => {
    const { app, web } = await setup();
    await bindStaff(app, 'a', 'admin');
    const { cookie } = await signIn(web, await linkFor(app, 'a'));
    for (const res of [
      await web.request('/', { headers: { cookie } }),
      await web.request('/login'),
      await web.request('/nope', { headers: { cookie } }),
      await web.request('/static/app.css'),
    ]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
    }
    const html = await (await web.request('/', { headers: { cookie } })).text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(html).toContain('<script src="/static/htmx.min.js"');
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>|<style|style=/);
    expect(html).toContain('hx-headers=');
    const htmx = await web.request('/static/htmx.min.js');
    expect(htmx.headers.get('content-type')).toContain('javascript');
    expect(await htmx.text()).toContain('htmx');
  });

  it('a role without the page gets 403 in Chinese, and the navigation lists only its pages', async () => {
    const { app, web } = await setup();
    await bindStaff(app, 'c', 'county');
    await bindStaff(app, 'a', 'admin');
    const county = await signIn(web, await linkFor(app, 'c'));
    const denied = await web.request('/audit', { headers: { cookie: county.cookie } });
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('无权访问');
    const countyHome = await (await web.request('/', { headers: { cookie: county.cookie } })).text();
    expect(countyHome).not.toContain('href="/audit"');
    expect(countyHome).toContain('县市区招商部门');
    const admin = await signIn(web, await linkFor(app, 'a'));
    expect(await (await web.request('/', { headers: { cookie: admin.cookie } })).text()).toContain('href="/audit"');
  });

  it('a change without the CSRF token, or with a wrong one, is refused and changes nothing', async () => {
    const { app, web } = await setup();
    await bindStaff(app, 'a', 'admin');
    const { cookie, csrf } = await signIn(web, await linkFor(app, 'a'));
    expect((await postForm(web, '/change', {}, { cookie })).status).toBe(403);
    expect((await postForm(web, '/change', { _csrf: 'wrong' }, { cookie })).status).toBe(403);
    expect((await web.request('/change', { method: 'DELETE', headers: { cookie } })).status).toBe(403);
    expect(rows(app, 'test.change')).toBe(0);
    expect((await postForm(web, '/change', { _csrf: csrf }, { cookie })).status).toBe(200);
    expect((await web.request('/change', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } })).status).toBe(200);
    expect(rows(app, 'test.change')).toBe(2);
  });

  it('sign-out ends the session (with its CSRF token only)', async () => {
    const { app, web } = await setup();
    await bindStaff(app, 'a', 'admin');
    const { cookie, csrf } = await signIn(web, await linkFor(app, 'a'));
    expect((await postForm(web, '/logout', {}, { cookie })).status).toBe(403);
    const out = await postForm(web, '/logout', { _csrf: csrf }, { cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toContain('hx_session=;');
    expect((await web.request('/', { headers: { cookie } })).status).toBe(303);
    expect(rows(app, 'sign_out')).toBe(1);
  });

  it('a session ends after WEB_SESSION_HOURS', async () => {
    const { app, web, advance } = await setup();
    await bindStaff(app, 'a', 'admin');
    const { cookie } = await signIn(web, await linkFor(app, 'a'));
    advance(8 * 3_600_000 - 1000);
    expect((await web.request('/', { headers: { cookie } })).status).toBe(200);
    advance(2000);
    expect((await web.request('/', { headers: { cookie } })).status).toBe(303);
  });

  it("a deactivated mentor's and a removed staff member's sessions stop working at once", async () => {
    const { app, web } = await setup();
    const mentorId = await bindMentor(app, 'm');
    const staffPerson = await bindStaff(app, 'c', 'county');
    const mentor = await signIn(web, await linkFor(app, 'm'));
    const staff = await signIn(web, await linkFor(app, 'c'));
    expect(await (await web.request('/', { headers: { cookie: mentor.cookie } })).text()).toContain('导师');
    expect((await web.request('/audit', { headers: { cookie: mentor.cookie } })).status).toBe(403);
    app.booking.mentors.setActive(mentorId, false);
    app.staff.remove(staffPerson);
    expect((await web.request('/', { headers: { cookie: mentor.cookie } })).status).toBe(303);
    expect((await web.request('/', { headers: { cookie: staff.cookie } })).status).toBe(303);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM web_sessions').get()).toEqual({ n: 0 });
  });

  it('sign-ins and sign-outs are audited without personal data, and only admins see the log', async () => {
    const { app, web } = await setup();
    await bindStaff(app, 'a', 'admin', '管理员小李');
    await bindStaff(app, 'c', 'county');
    const admin = await signIn(web, await linkFor(app, 'a'));
    await signIn(web, await linkFor(app, 'c'));
    expect(rows(app, 'sign_in')).toBe(2);
    const page = await web.request('/audit', { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('sign_in');
    const details = app.db.prepare('SELECT detail FROM web_audit').all() as Array<{ detail: string }>;
    for (const d of details) expect(d.detail).not.toContain('小李');
  });

  it('deleting a person\'s data ("删除我的信息") removes their sign-in links, sessions and audit rows', async () => {
    const { app, web } = await setup();
    const person = await bindStaff(app, 'a', 'admin');
    await bindStaff(app, 'b', 'admin');
    await signIn(web, await linkFor(app, 'a'));
    await linkFor(app, 'a');
    await signIn(web, await linkFor(app, 'b'));
    const count = (table: string) => (app.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE person = ?`).get(person) as { n: number }).n;
    for (const table of ['web_sign_ins', 'web_sessions', 'web_audit']) expect(count(table), table).toBeGreaterThan(0);
    const { removed } = app.personalData.forget(person);
    expect(removed['web']).toBeGreaterThanOrEqual(4);
    for (const table of ['web_sign_ins', 'web_sessions', 'web_audit']) expect(count(table), table).toBe(0);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM web_sessions').get()).toEqual({ n: 1 });
  });
});
