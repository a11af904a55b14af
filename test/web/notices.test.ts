/** The console's Notices page, driven in-process with `app.request()` as each role: compose, preview, schedule, cancel, progress. */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { fromLocal } from '../../src/booking/time.ts';
import { checkNotice } from '../../src/notices/compose.ts';
import type { Notice } from '../../src/notices/notices.ts';
import { noticesPage } from '../../src/web/pages/notices.tsx';
import { makeApp } from '../helpers.ts';
import { PAGE_CSRF, PAGE_USERS, type PageUser, pageAs } from './support.ts';

/** Thursday 10 December 2026, 10:00 in Jingzhou. */
const NOW = fromLocal(2026, 12, 10, 10 * 60);
const CSRF = PAGE_CSRF;

/** Sample stations 1 (示例·上海楚商联络站, region 上海) and 2 (示例·苏州楚商联络站, region 苏州). */
const USERS = PAGE_USERS;
type Who = PageUser;

/** Subscribers: 上海 2 on Telegram and 1 on WeChat, 苏州 2 on Telegram, and 1 on WeChat who wants everything. */
function subscribe(app: App): void {
  const add = (platform: string, userId: string, region: string | null) =>
    app.subscriptions.subscribe(app.identities.personOf({ platform, userId }), { region }, new Date(NOW));
  add('telegram', 'sh1', '上海');
  add('telegram', 'sh2', '上海');
  add('wechat', 'sh3', '上海');
  add('telegram', 'sz1', '苏州');
  add('telegram', 'sz2', '苏州');
  add('wechat', 'all1', null);
}

function setup() {
  const app = makeApp({ now: () => new Date(NOW) });
  subscribe(app);
  const created: Notice[] = [];
  app.onNotice = (n) => void created.push(n);
  const schedule = (who: Who, text: string, at = '2026-12-12 10:00') => {
    const checked = checkNotice(
      { author: USERS[who].person, text, at, ...(USERS[who].stationId ? { station: String(USERS[who].stationId) } : {}) },
      { stations: app.stations, subscriptions: app.subscriptions, now: new Date(NOW) },
    );
    if (!checked.ok) throw new Error(checked.error);
    return app.notices.create(checked.notice, new Date(NOW));
  };
  const shanghai = schedule('operator1', '上海站周六座谈会');
  const suzhou = schedule('operator2', '苏州站周日招聘会');

  const { get, post } = pageAs(noticesPage, app, NOW);
  return { app, get, post, shanghai, suzhou, created };
}

const link = (n: Notice) => `href="/notices/${n.id}"`;

describe('notices page', () => {
  it('shows an admin every notice with outbox counts and all subscribers', async () => {
    const { get, shanghai, suzhou } = setup();
    const res = await get('admin', '/notices');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(link(shanghai));
    expect(html).toContain(link(suzhou));
    expect(html).toContain('订阅用户:<strong>6</strong> 人(Telegram 4,微信 2)');
    expect(html).toContain('已发 0 · 失败 0 · 待发 0');
    expect(html).toContain('hx-post="/notices/preview"');
    expect(html).toContain(`name="_csrf" value="${CSRF}"`);
  });

  it('shows an operator only their own station’s notices and subscribers', async () => {
    const { get, shanghai, suzhou } = setup();
    const html = await (await get('operator1', '/notices')).text();
    expect(html).toContain(link(shanghai));
    expect(html).not.toContain(link(suzhou));
    expect(html).not.toContain('苏州站周日招聘会');
    // 上海's three and the one who wants everything.
    expect(html).toContain('的订阅用户:<strong>4</strong> 人(Telegram 2,微信 2)');
    for (const path of [`/notices/${suzhou.id}`, `/notices/${suzhou.id}/progress`])
      expect((await get('operator1', path)).status, path).toBe(404);
    expect((await get('operator1', `/notices/${shanghai.id}`)).status).toBe(200);
  });

  it('lets an operator cancel only their own station’s notices', async () => {
    const { app, post, shanghai, suzhou } = setup();
    expect((await post('operator1', `/notices/${suzhou.id}/cancel`)).status).toBe(404);
    expect(app.notices.get(suzhou.id)!.status).toBe('scheduled');
    const res = await post('operator1', `/notices/${shanghai.id}/cancel`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/notices/${shanghai.id}`);
    expect(app.notices.get(shanghai.id)!.status).toBe('cancelled');
    expect((await post('operator1', `/notices/${shanghai.id}/cancel`)).status).toBe(409);
    expect((await post('admin', `/notices/${suzhou.id}/cancel`)).status).toBe(303);
    expect((await post('admin', '/notices/999/cancel')).status).toBe(404);
  });

  it('refuses county staff and mentors every route', async () => {
    const { app, get, post, shanghai } = setup();
    const before = app.notices.list();
    for (const who of ['county', 'mentorA', 'mentorB'] as const) {
      for (const path of ['/notices', `/notices/${shanghai.id}`, `/notices/${shanghai.id}/progress`])
        expect((await get(who, path)).status, `${who} ${path}`).toBe(403);
      for (const path of ['/notices', '/notices/preview', `/notices/${shanghai.id}/cancel`])
        expect((await post(who, path, { text: '测试', when: 'now' })).status, `${who} ${path}`).toBe(403);
    }
    expect(app.notices.list()).toEqual(before);
  });

  it('previews the audience per platform with the same count as checkNotice', async () => {
    const { app, post } = setup();
    const fields = { text: '上海老乡座谈会', region: '上海', when: 'now' };
    const html = await (await post('admin', '/notices/preview', fields)).text();
    const checked = checkNotice(
      { author: 'p-admin', text: fields.text, region: '上海' },
      { stations: app.stations, subscriptions: app.subscriptions, now: new Date(NOW) },
    );
    expect(checked.ok && checked.recipients).toBe(4);
    expect(html).toContain('共 <strong class="recipients">4</strong> 人');
    expect(html).toContain('<li data-platform="telegram">Telegram:2 人</li>');
    expect(html).toContain('<li data-platform="wechat">微信:2 人</li>');
    expect(html).not.toContain('<html');

    const all = await (await post('admin', '/notices/preview', { text: '全体通知', when: 'now' })).text();
    expect(all).toContain('<strong class="recipients">6</strong>');

    // An operator's audience is their station's, whatever region the form sends.
    const own = await (await post('operator2', '/notices/preview', { text: '苏州通知', region: '上海', when: 'now' })).text();
    expect(own).toContain('<strong class="recipients">3</strong>');
    expect(own).toContain('范围:苏州');

    const wrong = await (await post('admin', '/notices/preview', { text: '', when: 'now' })).text();
    expect(wrong).toContain('通知内容是空的');
    const noTime = await (await post('admin', '/notices/preview', { text: '有内容', when: 'at', at: '' })).text();
    expect(noTime).toContain('请填写发送时间');
  });

  it('creates a scheduled notice, tells the broadcaster and audits it', async () => {
    const { app, post, created } = setup();
    const res = await post('operator1', '/notices', { text: '上海站新年联谊', when: 'at', at: '2026-12-20 15:00' });
    expect(res.status).toBe(303);
    const notice = app.notices.list()[0]!;
    expect(res.headers.get('location')).toBe(`/notices/${notice.id}`);
    expect(notice).toMatchObject({
      text: '上海站新年联谊',
      stationId: 1,
      audience: { region: '上海' },
      sendAt: fromLocal(2026, 12, 20, 15 * 60),
      status: 'scheduled',
      author: 'p-operator1',
    });
    expect(created.map((n) => n.id)).toEqual([notice.id]);
    expect(app.db.prepare("SELECT action, detail FROM web_audit WHERE action = 'notice.create'").get()).toEqual({
      action: 'notice.create',
      detail: JSON.stringify({ notice: notice.id, recipients: 4 }),
    });

    const repeating = await post('admin', '/notices', { text: '每周一政策速递', when: 'cron', cron: '0 10 * * 1', county: '洪湖市' });
    expect(repeating.status).toBe(303);
    expect(app.notices.list()[0]).toMatchObject({ cron: '0 10 * * 1', sendAt: null, audience: { county: '洪湖市' } });

    const count = app.notices.list().length;
    const past = await post('admin', '/notices', { text: '过去的通知', when: 'at', at: '2026-12-01 10:00' });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain('这个时间已经过去了');
    expect((await post('admin', '/notices', { text: '坏的定时', when: 'cron', cron: 'every day' })).status).toBe(400);
    expect(app.notices.list().length).toBe(count);
  });

  it('shows a running broadcast’s progress from the outbox, refreshing itself until it is done', async () => {
    const { app, get, post } = setup();
    await post('admin', '/notices', { text: '上海紧急通知', region: '上海', when: 'urgent' });
    const notice = app.notices.list()[0]!;
    const run = app.notices.startRun(notice, NOW, new Date(NOW))!;
    expect(run.recipients).toBe(4);
    const rows = app.db.prepare<[number], { id: number }>('SELECT id FROM outbox WHERE run_id = ? ORDER BY id').all(run.runId);
    const mark = app.db.prepare<[string, number | null, number]>('UPDATE outbox SET status = ?, sent_at = ? WHERE id = ?');
    mark.run('sent', NOW - 30_000, rows[0]!.id);
    mark.run('sent', NOW - 90_000, rows[1]!.id);
    mark.run('failed', null, rows[2]!.id);

    const page = await (await get('admin', `/notices/${notice.id}`)).text();
    expect(page).toContain(`hx-get="/notices/${notice.id}/progress"`);
    expect(page).toContain('hx-trigger="every 2s"');
    // htmx itself comes from /static; no inline script (the CSP would block one).
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);

    const fragment = await (await get('admin', `/notices/${notice.id}/progress`)).text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('已发 <strong class="sent">2</strong>');
    expect(fragment).toContain('<strong class="failed">1</strong>');
    expect(fragment).toContain('<strong class="pending">1</strong>');
    expect(fragment).toContain('<strong class="rate">1</strong> 条/分钟');
    expect(fragment).toContain('<progress class="progress" max="4" value="3">');
    expect(fragment).toContain('hx-trigger="every 2s"');

    mark.run('sent', NOW - 10_000, rows[3]!.id);
    const finished = await (await get('admin', `/notices/${notice.id}/progress`)).text();
    expect(finished).toContain('已发 <strong class="sent">3</strong>');
    expect(finished).not.toContain('hx-trigger');

    // Cancelling a running broadcast stops what is still pending.
    mark.run('pending', null, rows[3]!.id);
    expect((await post('admin', `/notices/${notice.id}/cancel`)).status).toBe(303);
    const cancelled = await (await get('admin', `/notices/${notice.id}/progress`)).text();
    expect(cancelled).toContain('<strong class="pending">0</strong>');
    expect(cancelled).toContain('<strong class="failed">2</strong>');
  });
});
