import { describe, expect, it } from 'vitest';
import { runAdmin } from '../../src/cli/admin/run.ts';
import { replyText, say } from '../helpers.ts';
import { bindMentor, bindStaff, consoleApp, linkFor, postForm, PUBLIC_URL, signIn } from './support.ts';

describe('/web sign-in links (issue 15)', () => {
  it('gives a staff member and an active mentor a full single-use link, valid 10 minutes', async () => {
    const { app } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    await bindMentor(app, 'mentor1');
    for (const user of ['admin1', 'mentor1']) {
      const text = replyText(await say(app, '/web', user));
      expect(text).toMatch(new RegExp(`${PUBLIC_URL}/login\\?token=[\\w-]{43}`));
      expect(text).toContain('10分钟');
    }
    const stored = app.db.prepare('SELECT token_hash FROM web_sign_ins').all() as Array<{ token_hash: string }>;
    expect(stored).toHaveLength(2);
    const token = await linkFor(app, 'admin1');
    expect(stored.some((s) => s.token_hash === token)).toBe(false);
  });

  it('refuses plain users, and groups', async () => {
    const { app } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    expect(replyText(await say(app, '/web', 'someone'))).not.toContain('token=');
    expect(replyText(await say(app, '/web', 'someone'))).toContain('只对已绑定的工作人员和导师开放');
    const group = await app.core.handle({
      platform: 'test',
      userId: 'admin1',
      chatId: 'g1',
      chatType: 'group',
      text: '/web',
      time: new Date(),
    });
    const text = group.messages.map((m) => m.text).join('\n');
    expect(text).toContain('请私聊');
    expect(text).not.toContain('token=');
  });

  it('says the console is not open when no public URL is configured', async () => {
    const { app } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    app.webPublicUrl = undefined;
    expect(replyText(await say(app, '/web', 'admin1'))).toContain('还没有开启');
  });

  it('a link works once; a used, expired or wrong one gets the same answer', async () => {
    const { app, web, advance } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    const token = await linkFor(app, 'admin1');
    expect((await postForm(web, '/login', { token })).status).toBe(303);
    const used = await postForm(web, '/login', { token });
    const expired = await linkFor(app, 'admin1');
    advance(10 * 60_000 + 1);
    const late = await postForm(web, '/login', { token: expired });
    const wrong = await postForm(web, '/login', { token: 'x'.repeat(43) });
    const bodies = await Promise.all([used, late, wrong].map(async (r) => [r.status, (await r.text()).replace(/\s+/g, ' ')]));
    expect(bodies.map((b) => b[0])).toEqual([400, 400, 400]);
    expect(new Set(bodies.map((b) => b[1])).size).toBe(1);
    expect([used, late, wrong].some((r) => r.headers.get('set-cookie'))).toBe(false);
  });

  it('a link still valid at 9:59 signs in', async () => {
    const { app, web, advance } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    const token = await linkFor(app, 'admin1');
    advance(10 * 60_000 - 1000);
    expect((await postForm(web, '/login', { token })).status).toBe(303);
  });

  it('GET /login only shows a button (link previews do not use it up); POST signs in with a strict cookie', async () => {
    const { app, web } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    const token = await linkFor(app, 'admin1');
    const preview = await web.request(`/login?token=${token}`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('set-cookie')).toBeNull();
    expect(await preview.text()).toContain('<form method="post" action="/login">');
    const res = await postForm(web, '/login', { token });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hx_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('the cookie is Secure behind https', async () => {
    const { createWebApp } = await import('../../src/web/server.tsx');
    const { app, now } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    const web = createWebApp({ app, now, publicUrl: 'https://hx.example.cn' });
    const res = await postForm(web, '/login', { token: await linkFor(app, 'admin1') });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('limits failed sign-ins: after 10 wrong tokens from one address even a good link is refused for 10 minutes', async () => {
    const { app, web, advance } = consoleApp();
    await bindStaff(app, 'admin1', 'admin');
    for (let i = 0; i < 10; i++) expect((await postForm(web, '/login', { token: `wrong${i}` })).status).toBe(400);
    const good = await linkFor(app, 'admin1');
    expect((await postForm(web, '/login', { token: good })).status).toBe(429);
    advance(10 * 60_000 + 1);
    expect((await postForm(web, '/login', { token: good })).status).toBe(400); // expired meanwhile, but tried
    expect((await postForm(web, '/login', { token: await linkFor(app, 'admin1') })).status).toBe(303);
  });

  it('a global ceiling stops guessing spread over addresses', async () => {
    const { app, web } = consoleApp({ signInFailures: { perIp: 10, overall: 3 } });
    await bindStaff(app, 'admin1', 'admin');
    for (let i = 0; i < 3; i++) await postForm(web, '/login', { token: `wrong${i}` });
    expect((await postForm(web, '/login', { token: await linkFor(app, 'admin1') })).status).toBe(429);
  });

  it('admin -- staff web-login prints a link for a staff member (by name or account) and a mentor (by id)', async () => {
    const { createWebApp } = await import('../../src/web/server.tsx');
    const { app } = consoleApp();
    // the admin CLI reads the real clock
    const web = createWebApp({ app, now: () => new Date(), publicUrl: 'https://hx.example.cn' });
    const person = await bindStaff(app, 'admin1', 'admin', '小李');
    const mentorId = await bindMentor(app, 'mentor1');
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const dbPath = app.db.name;
    const run = async (who: string) => {
      let stdout = '';
      let stderr = '';
      const code = await runAdmin(['staff', 'web-login', who, '--db', dbPath], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        env: { WEB_PUBLIC_URL: 'https://hx.example.cn' },
      });
      return { code, stdout, stderr };
    };
    for (const who of ['小李', person, String(mentorId)]) {
      const out = await run(who);
      expect(out.code, out.stderr).toBe(0);
      const token = /https:\/\/hx\.example\.cn\/login\?token=([\w-]{43})/.exec(out.stdout)?.[1];
      expect(token).toBeDefined();
      expect((await postForm(web, '/login', { token: token! })).status).toBe(303);
    }
    expect((await run('nobody')).code).toBe(1);
  });

  it('signIn helper sanity: the home page greets the user', async () => {
    const { app, web } = consoleApp();
    await bindStaff(app, 'admin1', 'admin', '小李');
    const { cookie, csrf } = await signIn(web, await linkFor(app, 'admin1'));
    expect(csrf).toMatch(/^[\w-]{43}$/);
    expect(await (await web.request('/', { headers: { cookie } })).text()).toContain('小李');
  });
});
