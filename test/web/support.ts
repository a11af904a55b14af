/** A console on a real SQLite file, with a clock the test moves, and staff and mentors bound as in chat. */
import { join } from 'node:path';
import type { App } from '../../src/app.ts';
import { fromLocal, MINUTE_MS } from '../../src/booking/time.ts';
import type { StaffRole } from '../../src/leads/staff.ts';
import { Hono } from 'hono';
import { jsx } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';
import type { WebEnv, WebUser } from '../../src/web/env.ts';
import { Layout } from '../../src/web/layout.tsx';
import type { WebPage } from '../../src/web/pages/index.ts';
import { createWebApp, type WebOptions } from '../../src/web/server.tsx';
import { makeApp, replyText, say, tempDir } from '../helpers.ts';

export const PUBLIC_URL = 'http://127.0.0.1:8090';
/** The console's clock starts here; bind codes are made at this time too. */
export const START = Date.parse('2030-03-04T10:00:00+08:00');

export function consoleApp(options: WebOptions = {}) {
  let t = START;
  const now = () => new Date(t);
  const app = makeApp({ dbPath: join(tempDir(), 't.sqlite'), now });
  app.webPublicUrl = PUBLIC_URL;
  const web = createWebApp({ app, now, publicUrl: PUBLIC_URL }, options);
  return {
    app,
    web,
    now,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** Binds chat user `user` as staff of `role` with /bind; their person key. */
export async function bindStaff(app: App, user: string, role: StaffRole, name = `${role}-${user}`): Promise<string> {
  const county = role === 'county' ? '洪湖市' : null;
  await say(app, `/bind ${app.staff.invite(role, name, county, new Date(START))}`, user);
  return app.staff.all().find((s) => s.name === name)!.person;
}

/** Binds chat user `user` to the first sample mentor; the mentor's id. */
export async function bindMentor(app: App, user: string): Promise<number> {
  const mentor = app.booking.mentors.active()[0]!;
  await say(app, `/bind ${app.booking.mentors.invite(mentor.id, new Date(START))}`, user);
  return mentor.id;
}

/** The sign-in token in a /web reply. */
export async function linkFor(app: App, user: string): Promise<string> {
  const text = replyText(await say(app, '/web', user));
  const token = /\/login\?token=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no link in: ${text}`);
  return token;
}

type Web = ReturnType<typeof consoleApp>['web'];

export const postForm = (web: Web, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  web.request(path, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

/** Signs in with `token`: the session cookie (`hx_session=…`) and the page's CSRF token. */
export async function signIn(web: Web, token: string): Promise<{ cookie: string; csrf: string }> {
  const res = await postForm(web, '/login', { token });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const home = await (await web.request('/', { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(home)?.[1] ?? '';
  return { cookie, csrf };
}

/** Binds chat user `user` as the operator of station `stationId` with /bind, as `admin -- station` invites one; their person key. */
export async function bindOperator(app: App, user: string, stationId: number, name = `operator-${user}`): Promise<string> {
  await say(app, `/bind ${app.staff.invite('operator', name, null, new Date(START), stationId)}`, user);
  return app.staff.all().find((s) => s.name === name)!.person;
}

/** A console user for page tests (no sign-in): `person` is `p-KEY`. */
export const webUser = (key: string, role: WebUser['role'], extra: Partial<WebUser> = {}): WebUser => ({
  person: `p-${key}`,
  role,
  name: key,
  county: null,
  stationId: null,
  mentorId: null,
  ...extra,
});

/** One user of each kind: sample mentors 1 and 2, operators of sample stations 1 and 2, the 洪湖 office. */
export const PAGE_USERS = {
  admin: webUser('admin', 'admin'),
  mentorA: webUser('mentorA', 'mentor', { mentorId: 1 }),
  mentorB: webUser('mentorB', 'mentor', { mentorId: 2 }),
  operator1: webUser('operator1', 'operator', { stationId: 1 }),
  operator2: webUser('operator2', 'operator', { stationId: 2 }),
  county: webUser('county', 'county', { county: '洪湖市' }),
} as const;
export type PageUser = keyof typeof PAGE_USERS;
export const PAGE_CSRF = 'test-csrf-token';

/**
 * A page on its own Hono app, in the console's Layout, as whichever of `PAGE_USERS` a request names (sign-in and the
 * CSRF check are the server's: the page is tested alone). POSTs carry the CSRF field.
 */
export function pageAs(page: WebPage, app: App, now: number) {
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    c.set('user', PAGE_USERS[(c.req.header('x-test-user') ?? 'admin') as PageUser]);
    c.set('csrf', PAGE_CSRF);
    await next();
  });
  web.use(
    '*',
    jsxRenderer(({ children, title }, c) => jsx(Layout, { title, user: c.get('user'), csrf: PAGE_CSRF }, children), { docType: true }),
  );
  page.register(web, { app, now: () => new Date(now), publicUrl: 'http://127.0.0.1:8090' });
  const get = (who: PageUser, path: string) => web.request(path, { headers: { 'x-test-user': who } });
  const post = (who: PageUser, path: string, fields: Record<string, string> = {}) =>
    web.request(path, { method: 'POST', body: new URLSearchParams({ _csrf: PAGE_CSRF, ...fields }), headers: { 'x-test-user': who } });
  return { web, get, post };
}

/** A booking of sample mentor `mentorId` on a day of the week of START (Monday 4 March 2030), as the chat form stores it. */
export function book(app: App, mentorId: number, day: number, hour: number, topic: string) {
  const start = fromLocal(2030, 3, day, hour * 60);
  const m = app.booking.mentors.get(mentorId)!;
  return app.booking.bookings.create(
    {
      person: `booker-${mentorId}`,
      platform: 'test',
      userId: `b${mentorId}`,
      chatId: `b${mentorId}`,
      slot: { mentorId, start, end: start + m.sessionMinutes * MINUTE_MS, blockUntil: start + m.sessionMinutes * MINUTE_MS },
      topic,
      specialty: m.specialties[0]!,
      mode: 'online',
      phone: '13812345678',
    },
    new Date(START - 86_400_000),
  );
}
