/**
 * The web console's HTTP app (issue 15): security headers, the static files, sign-in and sign-out, then every page of
 * `PAGES` behind the session check, CSRF and the page's roles. Pages render with `c.render(content, { title })`,
 * which wraps them in the `Layout` with this user's navigation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Child } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';
import { audit, createSignInLimiter, createWebAuth, SESSION_COOKIE, webUserOf } from './auth.ts';
import type { Logger } from '../core/logger.ts';
import type { WebDeps, WebEnv, WebUser } from './env.ts';
import { Layout } from './layout.tsx';
import { PAGES, type WebPage } from './pages/index.ts';

declare module 'hono' {
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: augments Hono's interface
    (content: Child, props: { title: string }): Response | Promise<Response>;
  }
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

const require = createRequire(import.meta.url);
const STATIC: Record<string, { type: string; body: () => string }> = {
  '/static/app.css': { type: 'text/css; charset=utf-8', body: () => readFileSync(new URL('./static/app.css', import.meta.url), 'utf8') },
  '/static/htmx.min.js': {
    type: 'text/javascript; charset=utf-8',
    body: () => readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8'),
  },
};

export interface WebOptions {
  logger?: Logger;
  /** How long a session lasts (WEB_SESSION_HOURS). */
  sessionHours?: number;
  /** Failed sign-ins allowed per address and in all, within 10 minutes. */
  signInFailures?: { perIp: number; overall: number };
}

/** The page that owns `path`: the one with the longest matching `path` ('/' only for itself). */
export function pageOf(pages: readonly WebPage[], path: string): WebPage | undefined {
  const owns = (p: WebPage) => (p.path === '/' ? path === '/' : path === p.path || path.startsWith(`${p.path}/`));
  return pages.filter(owns).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The client's address as the Node server saw it ('local' in tests, which have no socket). */
function ipOf(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

const HELP = (
  <section class="card">
    <p>请在微信或 Telegram 里私聊"回乡通"机器人,发送 /web,点收到的链接登录。</p>
    <p class="muted">链接10分钟内有效,只能用一次。只有已绑定的工作人员和导师可以登录。</p>
  </section>
);

/** The console app for `deps`; pages come from `PAGES` unless `pages` is given (tests). */
export function createWebApp(deps: WebDeps, options: WebOptions = {}, pages: readonly WebPage[] = PAGES): Hono<WebEnv> {
  const sessionHours = options.sessionHours ?? 8;
  const auth = createWebAuth(deps.app.db, deps.now);
  const limiter = createSignInLimiter(deps.now, { perIp: 10, overall: 100, ...options.signInFailures, windowMs: 10 * 60_000 });
  const secure = deps.publicUrl.startsWith('https:');
  const web = new Hono<WebEnv>();

  web.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  web.use(
    '*',
    jsxRenderer(
      ({ children, title }, c) => {
        const user = c.get('user') as WebUser | undefined;
        const nav = user ? pages.filter((p) => p.roles.includes(user.role)).map(({ path, label }) => ({ path, label })) : [];
        return (
          <Layout title={title} user={user} csrf={c.get('csrf')} nav={nav} current={c.req.path}>
            {children}
          </Layout>
        );
      },
      { docType: true },
    ),
  );
  const page = (c: Context, status: 200 | 400 | 401 | 403 | 404 | 429, title: string, body: Child) => {
    c.status(status);
    return c.render(body, { title });
  };
  const refuse = (c: Context, status: 400 | 401 | 403 | 404 | 429, title: string, text: string) =>
    page(
      c,
      status,
      title,
      <section class="card">
        <p>{text}</p>
        <p>
          <a href="/">返回首页</a>
        </p>
      </section>,
    );

  for (const [path, file] of Object.entries(STATIC)) {
    const body = file.body();
    web.get(path, (c) => c.body(body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600' }));
  }

  // GET only shows a button: link previews (WeChat, Telegram) fetch the link and must not use it up.
  web.get('/login', (c) => {
    const token = c.req.query('token');
    if (!token) return page(c, 200, '登录', HELP);
    return page(
      c,
      200,
      '登录',
      <section class="card">
        <p>点下面的按钮登录回乡通工作台。</p>
        <form method="post" action="/login">
          <input type="hidden" name="token" value={token} />
          <button type="submit">登录</button>
        </form>
      </section>,
    );
  });

  web.post('/login', async (c) => {
    const ip = ipOf(c);
    if (limiter.blocked(ip)) return refuse(c, 429, '请稍后再试', '登录尝试太多,请10分钟后再试。');
    const form = await c.req.parseBody();
    const token = typeof form['token'] === 'string' ? form['token'] : '';
    const person = token ? auth.redeem(token) : undefined;
    const user = person ? webUserOf(deps.app, person) : undefined;
    if (!person || !user) {
      limiter.failed(ip);
      return refuse(c, 400, '链接无效', '这个登录链接无效、已用过或已过期。请在聊天中重新发送 /web 获取新链接。');
    }
    const session = auth.startSession(person, sessionHours);
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: sessionHours * 3600 });
    audit(deps, user, 'sign_in');
    return c.redirect('/', 303);
  });

  // Everything below needs a live session whose person still has a role.
  web.use('*', async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    const session = id ? auth.session(id) : undefined;
    const user = session ? webUserOf(deps.app, session.person) : undefined;
    if (!id || !session || !user) {
      if (id) {
        auth.endSession(id);
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
      }
      if (c.req.method === 'GET' && !c.req.header('hx-request')) return c.redirect('/login', 303);
      c.header('HX-Redirect', '/login');
      return refuse(c, 401, '请先登录', '请先登录:在聊天中发送 /web 获取登录链接。');
    }
    c.set('user', user);
    c.set('csrf', session.csrf);
    return next();
  });

  const csrf: MiddlewareHandler<WebEnv> = async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    let sent = c.req.header('x-csrf-token');
    if (!sent) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const field = (await c.req.parseBody())['_csrf'];
        sent = typeof field === 'string' ? field : undefined;
      }
    }
    if (sent !== c.get('csrf')) return refuse(c, 403, '请求无效', '页面已过期或请求无效,请刷新页面后重试。');
    return next();
  };
  web.use('*', csrf);

  web.post('/logout', (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) auth.endSession(id);
    audit(deps, c.get('user'), 'sign_out');
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure });
    return c.redirect('/login', 303);
  });

  web.use('*', async (c, next) => {
    const owner = pageOf(pages, c.req.path);
    if (owner && !owner.roles.includes(c.get('user').role)) return refuse(c, 403, '无权访问', '您的身份不能查看这个页面。');
    return next();
  });
  for (const p of pages) p.register(web, deps);
  web.notFound((c) => refuse(c, 404, '找不到页面', '没有这个页面。'));
  web.onError((error, c) => {
    options.logger?.error('web.error', { error, path: c.req.path });
    return c.text('服务器出错了,请稍后再试。', 500);
  });
  return web;
}
