/** A console on a real SQLite file, with a clock the test moves, and staff and mentors bound as in chat. */
import { join } from 'node:path';
import type { App } from '../../src/app.ts';
import type { StaffRole } from '../../src/leads/staff.ts';
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
