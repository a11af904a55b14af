/** The console's Bookings page, driven in-process with `app.request()` as each role: who sees whose schedule, and the mentor pool. */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Booking } from '../../src/booking/bookings.ts';
import { fromLocal, HOUR_MS, MINUTE_MS } from '../../src/booking/time.ts';
import { bookingsPage } from '../../src/web/pages/bookings.tsx';
import { makeApp } from '../helpers.ts';
import { PAGE_CSRF, pageAs } from './support.ts';

/** Friday 11 December 2026, 12:00 in Jingzhou; the week runs Monday 7th to Sunday 13th. */
const NOW = fromLocal(2026, 12, 11, 12 * 60);
const WEEK = '2026-12-07';
const CSRF = PAGE_CSRF;
const PHONE_A = '13812345678';
const PHONE_B = '13987654321';

/** Sample mentors 1 (示例·李明: Tue/Thu 14–17, Sat 9–11:30) and 2 (示例·王芳). */

/** A booking of `mentorId` at a local day and hour of the week, as the chat form would store it. */
function book(app: App, mentorId: number, day: number, hour: number, phone: string, topic: string): Booking {
  const start = fromLocal(2026, 12, day, hour * 60);
  const m = app.booking.mentors.get(mentorId)!;
  return app.booking.bookings.create(
    {
      person: `user-${day}-${hour}`,
      platform: 'test',
      userId: `u${day}${hour}`,
      chatId: `u${day}${hour}`,
      slot: {
        mentorId,
        start,
        end: start + m.sessionMinutes * MINUTE_MS,
        blockUntil: start + (m.sessionMinutes + m.bufferMinutes) * MINUTE_MS,
      },
      topic,
      specialty: m.specialties[0]!,
      mode: 'online',
      phone,
    },
    new Date(NOW - 7 * 24 * HOUR_MS),
  );
}

function setup() {
  const app = makeApp({ now: () => new Date(NOW) });
  const now = new Date(NOW);
  const a1 = book(app, 1, 8, 14, PHONE_A, '直播选品');
  app.booking.bookings.setStatus(a1.id, 'confirmed', now);
  const a2 = book(app, 1, 10, 14, PHONE_A, '网店运营');
  app.booking.bookings.setStatus(a2.id, 'done', now, '已讲清直播选品和起号节奏');
  const a3 = book(app, 1, 12, 9, PHONE_A, `想做抖音带货,电话${PHONE_A}`);
  const b1 = book(app, 2, 9, 9, PHONE_B, '稻虾共作');
  app.booking.bookings.setStatus(b1.id, 'confirmed', now);

  const { web, get, post } = pageAs(bookingsPage, app, NOW);
  return { app, web, get, post, a1, a2, a3, b1 };
}

const CSV = [
  'name,role,specialties,counties,mode,availability',
  '赵老师,导师,电商直播|营销品牌,,online,2 09:00-12:00',
  '钱辅导员,辅导员,政策申报,洪湖市,both,3 14:00-17:00|5 09:00-11:00',
].join('\n');

describe('bookings page', () => {
  it('shows an admin every mentor’s week with masked phones, utilisation, unrecorded sessions and /done notes', async () => {
    const { get, a1, a2, a3, b1 } = setup();
    const res = await get('admin', `/bookings?week=${WEEK}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const b of [a1, a2, a3, b1]) expect(html).toContain(b.ref);
    expect(html).toContain('138****5678');
    expect(html).toContain('139****4321');
    expect(html).not.toContain(PHONE_A);
    expect(html).not.toContain(PHONE_B);
    expect(html).toContain('已结束未记录');
    expect(html).toContain('咨询记录:已讲清直播选品和起号节奏');
    // 李明 offers 2 slots on each of Tue, Thu and Sat; 3 are booked, so 3 remain free.
    expect(html).toContain('利用率 50%(已约 3,空闲 3)');
    expect(html).toContain('<svg');
    expect(html).toContain('导师库');
    expect(html).toContain(`name="_csrf" value="${CSRF}"`);
  });

  it('defaults to the current week and moves by ?week=', async () => {
    const { get, a3 } = setup();
    expect(await (await get('admin', '/bookings')).text()).toContain(a3.ref);
    expect(await (await get('admin', '/bookings?week=2026-12-14')).text()).not.toContain(a3.ref);
    expect(await (await get('admin', '/bookings?week=2026-12-09')).text()).toContain(a3.ref);
  });

  it('shows a mentor only their own schedule, with their own users’ phones in full', async () => {
    const { get, a3, b1 } = setup();
    const a = await (await get('mentorA', `/bookings?week=${WEEK}&mentor=2`)).text();
    expect(a).toContain(a3.ref);
    expect(a).toContain(PHONE_A);
    expect(a).not.toContain(b1.ref);
    expect(a).not.toContain(PHONE_B);
    expect(a).not.toContain('139****4321');
    expect(a).not.toContain('示例·王芳');
    expect(a).not.toContain('导师库');
    // The phone written into a topic stays masked even for the mentor: the field for it is the phone column.
    expect(a).toContain('想做抖音带货,电话138****5678');

    const b = await (await get('mentorB', `/bookings?week=${WEEK}`)).text();
    expect(b).toContain(b1.ref);
    expect(b).toContain(PHONE_B);
    expect(b).not.toContain(a3.ref);
    expect(b).not.toContain(PHONE_A);
    expect(b).not.toContain('138****5678');
  });

  it('refuses a mentor whose mentor record is deactivated', async () => {
    const { app, get } = setup();
    app.booking.mentors.setActive(2, false);
    expect((await get('mentorB', '/bookings')).status).toBe(403);
  });

  const ADMIN_ACTIONS: Array<[string, Record<string, string>]> = [
    ['/bookings/mentors/3/deactivate', {}],
    ['/bookings/mentors/3/invite', {}],
    ['/bookings/mentors', { name: '孙老师', role: '导师', specialties: '餐饮', counties: '', mode: 'both', availability: '1 09:00-12:00' }],
    ['/bookings/mentors/import', { format: 'csv', text: CSV }],
  ];

  it('refuses county staff and operators every route, and mentors every pool action', async () => {
    const { app, get, post } = setup();
    const before = app.booking.mentors.list();
    for (const who of ['county', 'operator1', 'operator2'] as const) {
      const res = await get(who, `/bookings?week=${WEEK}`);
      expect(res.status, who).toBe(403);
      expect(await res.text()).not.toContain('138****5678');
    }
    for (const who of ['county', 'operator1', 'operator2', 'mentorA', 'mentorB'] as const)
      for (const [path, fields] of ADMIN_ACTIONS) expect((await post(who, path, fields)).status, `${who} ${path}`).toBe(403);
    expect(app.booking.mentors.list()).toEqual(before);
  });

  it('lets an admin deactivate a mentor', async () => {
    const { app, post } = setup();
    const res = await post('admin', '/bookings/mentors/3/deactivate');
    expect(res.status).toBe(303);
    expect(app.booking.mentors.get(3)!.active).toBe(false);
    expect((await post('admin', '/bookings/mentors/999/deactivate')).status).toBe(404);
    const audit = app.db.prepare("SELECT action, detail FROM web_audit WHERE action = 'mentor.deactivate'").all();
    expect(audit).toEqual([{ action: 'mentor.deactivate', detail: '{"mentor":3}' }]);
  });

  it('shows an invite code once, and it binds the mentor in chat', async () => {
    const { app, post } = setup();
    const res = await post('admin', '/bookings/mentors/4/invite');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const code = /\/bind ([A-Z0-9-]+)/.exec(await res.text())?.[1];
    expect(code).toBeDefined();
    const bound = app.booking.mentors.bind(code!, 'new-mentor', new Date(NOW));
    expect(bound.ok).toBe(true);
    app.booking.mentors.setActive(5, false);
    expect((await post('admin', '/bookings/mentors/5/invite')).status).toBe(409);
    expect((await post('admin', '/bookings/mentors/999/invite')).status).toBe(404);
  });

  it('adds a mentor through the admin CLI’s checks', async () => {
    const { app, post } = setup();
    const count = app.booking.mentors.count();
    const [, fields] = ADMIN_ACTIONS[2]!;
    expect((await post('admin', '/bookings/mentors', fields)).status).toBe(303);
    const added = app.booking.mentors.list().at(-1)!;
    expect(added).toMatchObject({ name: '孙老师', role: '导师', specialties: ['餐饮'], mode: 'both', active: true });
    expect(added.availability).toEqual([{ weekday: 1, start: '09:00', end: '12:00' }]);

    const bad = await post('admin', '/bookings/mentors', { ...fields, name: '李老师', availability: '周一上午' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('availability &quot;周一上午&quot; should look like');
    const badRole = await post('admin', '/bookings/mentors', { ...fields, name: '周老师', role: '专家' });
    expect(badRole.status).toBe(400);
    expect(app.booking.mentors.count()).toBe(count + 1);
  });

  it('imports pasted CSV or YAML whole or not at all', async () => {
    const { app, post } = setup();
    const count = app.booking.mentors.count();
    const ok = await post('admin', '/bookings/mentors/import', { format: 'csv', text: CSV });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('已导入 2 位导师');
    expect(
      app.booking.mentors
        .list()
        .slice(-2)
        .map((m) => m.name),
    ).toEqual(['赵老师', '钱辅导员']);

    const broken = await post('admin', '/bookings/mentors/import', {
      format: 'csv',
      text: `${CSV}\n孙老师,导师,不存在的专长,,online,1 09:00-10:00`,
    });
    expect(broken.status).toBe(400);
    const said = await broken.text();
    expect(said).toContain('粘贴的内容 row 4');
    expect(said).toContain('nothing imported');
    expect(said).not.toContain('huixiang-web-import');

    const yaml =
      'mentors:\n  - name: 吴老师\n    role: 联络员\n    specialties: [综合创业]\n    availability: [{ weekday: 6, start: "10:00", end: "12:00" }]\n';
    expect((await post('admin', '/bookings/mentors/import', { format: 'yaml', text: yaml })).status).toBe(200);
    expect(app.booking.mentors.count()).toBe(count + 3);
    expect((await post('admin', '/bookings/mentors/import', { format: 'yaml', text: 'just: text' })).status).toBe(400);
  });
});
