/** The console's page frame: header, role-filtered navigation, who is signed in, sign-out; and the CSRF field for forms. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { WEB_ROLE_LABEL } from './auth.ts';
import type { WebEnv, WebUser } from './env.ts';

/** The hidden field every console form carries (`<form method="post"><Csrf token={c.get('csrf')} />…`). */
/** A full page of the console: `body` in the Layout (through the server's renderer), with its status. */
export function renderPage(c: Context<WebEnv>, title: string, body: Child, status: 200 | 400 | 403 | 404 | 409 = 200) {
  c.status(status);
  return c.render(body, { title });
}

export const Csrf = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

export interface NavItem {
  path: string;
  label: string;
}

export interface LayoutProps {
  title: string;
  /** The signed-in user; without one (the sign-in pages) there is no navigation. */
  user?: WebUser | undefined;
  csrf?: string | undefined;
  /** The pages this user may open. */
  nav?: readonly NavItem[];
  /** The path being shown, to mark its navigation entry. */
  current?: string;
  children?: Child;
}

const isCurrent = (item: NavItem, current: string) =>
  item.path === '/' ? current === '/' : current === item.path || current.startsWith(`${item.path}/`);

/** A whole page (`<html>`; the DOCTYPE is added by the renderer). */
export function Layout({ title, user, csrf, nav = [], current = '', children }: LayoutProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorStyles": false, "allowScriptTags": false, "allowEval": false}' />
        <title>{`${title} · 回乡通工作台`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer />
      </head>
      <body hx-headers={csrf ? JSON.stringify({ 'x-csrf-token': csrf }) : undefined}>
        <header class="top">
          <a class="brand" href="/">
            回乡通工作台
          </a>
          {user && (
            <div class="who">
              <span>{user.name}</span>
              <span class="role">{WEB_ROLE_LABEL[user.role]}</span>
              <form method="post" action="/logout" class="inline">
                {csrf && <Csrf token={csrf} />}
                <button type="submit" class="link">
                  退出
                </button>
              </form>
            </div>
          )}
        </header>
        {nav.length > 0 && (
          <nav class="nav">
            {nav.map((item) => (
              <a href={item.path} aria-current={isCurrent(item, current) ? 'page' : undefined}>
                {item.label}
              </a>
            ))}
          </nav>
        )}
        <main>
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}
