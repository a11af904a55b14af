/**
 * A booking's details changed in place, its time kept: the phone left for the mentor ("电话打错了 改成139…", "电话不留了"),
 * the topic ("主题改成直播带货") and how they meet ("改成线上"). Before, each of these started a move (new times were
 * offered) or was read as a question ("电话…" answered with the office's phone). The mentor is told of each change.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Inbound, Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { makeApp, press, replyText } from '../helpers.ts';

/** Monday 30 November 2026, 10:00 in Jingzhou. */
const MONDAY = Date.parse('2026-11-30T10:00:00+08:00');

function user(app: App, userId: string, chatType: Inbound['chatType'] = 'direct', chatId = userId) {
  return (text: string): Promise<Turn> => app.core.handle({ platform: 'wechat', userId, chatId, chatType, text, time: new Date(MONDAY) });
}
const seen = (turn: Turn, userId: string) =>
  turn.messages
    .filter((m) => m.to.userId === userId)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');
const toOthers = (turn: Turn, userId: string) =>
  turn.messages
    .filter((m) => m.to.userId !== userId)
    .map((m) => m.text)
    .join('\n');

/** Books in chat with a phone, as a user would; returns the app, the user's voice and the booking's ref. */
async function booked(userId = 'wx_ann') {
  const app = makeApp({ now: () => new Date(MONDAY) });
  const says = user(app, userId);
  await says('想约个懂电商的老师 明天下午');
  await says('3');
  await says('1');
  await says('13886012345');
  const done = seen(await says('确认'), userId);
  const ref = /编号 (YY\d{7})/.exec(done)?.[1];
  expect(ref, done).toBeDefined();
  // The booked mentor comes on messaging, so changes reach them.
  const mentorId = app.booking.bookings.byRef(ref!)!.mentorId;
  await user(app, 'wx_mentor')(`/bind ${app.booking.mentors.invite(mentorId, new Date(MONDAY))}`);
  return { app, says, ref: ref!, byRef: () => app.booking.bookings.byRef(ref!)! };
}

describe('changing a detail of the booking just made', () => {
  it('changes the phone in place, keeps the time, tells the mentor, and masks the number to the user', async () => {
    const { says, byRef } = await booked();
    const before = byRef();
    const turn = await says('电话打错了 改成13986012345');
    expect(turn.intent).toBe('consult.manage');
    const reply = seen(turn, 'wx_ann');
    expect(reply).toContain('时间不变');
    expect(reply).toContain('139****2345');
    expect(reply).not.toContain('8514460');
    expect(reply).not.toContain('请选一个时间');
    expect(byRef().phone).toBe('13986012345');
    expect(byRef().start).toBe(before.start);
    expect(byRef().status).toBe(before.status);
    expect(toOthers(turn, 'wx_ann')).toContain('联系电话改为:13986012345');
  });

  it('drops the phone when the user no longer wants to leave one', async () => {
    const { says, byRef } = await booked();
    const turn = await says('电话还是不留了');
    expect(turn.intent).toBe('consult.manage');
    expect(seen(turn, 'wx_ann')).toContain('不再留电话');
    expect(byRef().phone).toBeNull();
    expect(toOthers(turn, 'wx_ann')).toContain('用户不再留电话');
  });

  it('refuses a number that is no mainland mobile and changes nothing', async () => {
    const { says, byRef } = await booked();
    expect(seen(await says('电话改成12345'), 'wx_ann')).toContain('这个号码是5位');
    expect(seen(await says('手机号改成 +1 604 555 0148'), 'wx_ann')).toContain('只能留中国大陆手机号');
    expect(byRef().phone).toBe('13886012345');
  });

  it('changes the topic and the way of meeting, each in place', async () => {
    const { says, byRef } = await booked();
    const start = byRef().start;
    const topic = await says('主题改成直播带货');
    expect(topic.intent).toBe('consult.manage');
    expect(seen(topic, 'wx_ann')).toContain('主题改为"直播带货"');
    expect(byRef().topic).toBe('直播带货');
    expect(toOthers(topic, 'wx_ann')).toContain('主题改为:直播带货');
    // "改成线上" said after another reply still means the booking (its ref was shown within the last turns).
    const online = await says('改成线上吧');
    expect(online.intent).toBe('consult.manage');
    expect(seen(online, 'wx_ann')).toContain('改为线上见面');
    expect(byRef().mode).toBe('online');
    expect(byRef().start).toBe(start);
  });

  it('asks what the topic should be when none is said', async () => {
    const { says, byRef } = await booked();
    expect(seen(await says('主题改一下'), 'wx_ann')).toContain('想改成聊什么');
    expect(byRef().topic).not.toBe('一下');
  });

  it('still moves the booking when a new time is named with the way', async () => {
    const { says } = await booked();
    const turn = await says('改到下周三下午 线上吧');
    expect(turn.intent).toBe('consult.manage');
    expect(seen(turn, 'wx_ann')).toContain('请选一个时间');
  });
});

describe('several bookings', () => {
  it('asks which one, then changes the one picked and keeps the other', async () => {
    const { says, ref, app } = await booked();
    for (const text of ['想约个懂电商的老师 后天下午', '3', '1', '1', '确认']) await says(text);
    const [first, second] = app.booking.bookings.upcomingOf('wechat:wx_ann', MONDAY);
    expect(first!.ref).toBe(ref);
    // (With the list just shown, the booking just made is no longer the one meant.)
    await says('我的预约');
    const asked = await says('预约的电话改成13986012345');
    expect(seen(asked, 'wx_ann')).toContain('改哪一个预约');
    const done = await says('2');
    expect(seen(done, 'wx_ann')).toContain(`已修改预约 ${second!.ref}`);
    expect(app.booking.bookings.byRef(second!.ref)!.phone).toBe('13986012345');
    expect(app.booking.bookings.byRef(ref)!.phone).toBe('13886012345');
  });
});

describe('attacks on the booking details', () => {
  it("a forged press naming someone else's booking changes nothing", async () => {
    const { app, ref, byRef } = await booked('wx_victim');
    const turn = await press(app, `manage:edit:${ref}`, 'wx_thief');
    expect(replyText(turn)).not.toContain('已修改');
    expect(byRef().phone).toBe('13886012345');
  });

  it('a topic written as SQL is kept as words, the case kept, and every booking stays', async () => {
    const { app, says, byRef } = await booked();
    const before = app.booking.bookings.all().length;
    expect(seen(await says("主题改成'; DROP TABLE bookings; --"), 'wx_ann')).toContain('DROP TABLE');
    expect(byRef().topic).toBe("'; DROP TABLE bookings; --");
    expect(app.booking.bookings.all()).toHaveLength(before);
  });

  it("never changes someone else's booking by naming its ref", async () => {
    const { app, ref, byRef } = await booked('wx_victim');
    const thief = user(app, 'wx_thief');
    // With no booking of their own, and with one: either way the victim's ref names nothing of theirs.
    const none = await thief(`${ref} 电话改成13900001111`);
    expect(seen(none, 'wx_thief')).not.toContain('138****');
    for (const text of ['想约个懂电商的老师 后天下午', '3', '1', '1', '确认']) await thief(text);
    expect(app.booking.bookings.upcomingOf('wechat:wx_thief', MONDAY)).toHaveLength(1);
    const turn = await thief(`${ref} 电话改成13900001111`);
    expect(seen(turn, 'wx_thief')).toContain(`没有找到您编号为 ${ref} 的有效预约`);
    expect(seen(turn, 'wx_thief')).not.toContain('138****');
    expect(byRef().phone).toBe('13886012345');
  });

  it('a phone typed by someone without a booking is not taken for a booking change', async () => {
    const app = makeApp({ now: () => new Date(MONDAY) });
    const turn = await user(app, 'wx_new')('电话改成13900001111');
    expect(turn.intent).not.toBe('consult.manage');
    expect(app.booking.bookings.all()).toEqual([]);
  });
});
