/**
 * A bound mentor's own words about their bookings: the schedule asked for ("我这周有几个预约"), a day's booking they
 * cannot make ("明天那个我去不了了 临时出差"), stopping bookings for a while. Before, "我的预约" told a mentor they had
 * none (it looked for bookings they made as a user) and "我这周有几个预约" opened a booking form for them.
 */
import { describe, expect, it } from 'vitest';
import { bookedMentor, sayAs, seen } from './booked-mentor.ts';

describe("a mentor's own words", () => {
  it.each(['我的预约', '我这周有几个预约', '看下我的预约安排'])('"%s" shows the mentor their schedule, no form opens', async (text) => {
    const { app, mentor, ref } = await bookedMentor();
    const turn = await mentor(text);
    expect(turn.intent).toBe('consult.manage');
    expect(seen(turn, 'wx_mentor')).toContain('您接下来的咨询');
    expect(seen(turn, 'wx_mentor')).toContain(ref);
    expect(app.sessions.load('wechat:wx_mentor').form).toBeUndefined();
  });

  it('"明天那个我去不了了 临时出差" declines that day\'s booking with the reason, and the user is offered other times', async () => {
    const { app, mentor, ref } = await bookedMentor();
    const turn = await mentor('明天那个我去不了了 临时出差');
    expect(seen(turn, 'wx_mentor')).toContain(`已婉拒 ${ref}`);
    expect(app.booking.bookings.byRef(ref)!.status).toBe('declined');
    expect(app.booking.bookings.byRef(ref)!.note).toContain('临时出差');
    expect(seen(turn, 'wx_user')).toContain('请选一个时间');
  });

  it('a day with nothing booked is said to have nothing, and nothing changes', async () => {
    const { app, mentor, ref } = await bookedMentor();
    expect(seen(await mentor('后天那个我来不了'), 'wx_mentor')).toContain('没有待进行的咨询');
    expect(app.booking.bookings.byRef(ref)!.status).toBe('pending');
  });

  it('stopping bookings for a while pauses new ones and keeps what is booked (mentor-pause.test.ts has the rest)', async () => {
    const { app, mentor, ref } = await bookedMentor();
    const reply = seen(await mentor('我下周都出差 不接预约了'), 'wx_mentor');
    expect(reply).toContain('已暂停接新预约');
    expect(app.booking.bookings.byRef(ref)!.status).toBe('pending');
  });

  it('a plain user saying the same words gets their own bookings, and a question in passing is answered', async () => {
    const { user, mentor, ref } = await bookedMentor();
    expect(seen(await user('我的预约'), 'wx_user')).toContain(ref);
    const turn = await mentor('明天有事 贴息贷款最多能贷多少');
    expect(turn.intent).toBe('policy.ask');
  });

  it('someone who is not a bound mentor cannot decline by naming a day', async () => {
    const { app, ref } = await bookedMentor();
    const stranger = sayAs(app, 'wx_stranger');
    await stranger('明天那个我去不了了');
    expect(app.booking.bookings.byRef(ref)!.status).toBe('pending');
  });
});
