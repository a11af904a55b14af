/**
 * A mentor pauses new bookings themselves ("/pause 7天", "我下周都出差 不接预约了", "恢复接预约"). Before, the bot told
 * them to ask staff, and staff could only take them out of the pool altogether. Slots in the pause are not offered,
 * a slot offered before the pause cannot be booked after it, bookings already made stay, and nobody else can pause
 * a mentor.
 */
import { describe, expect, it } from 'vitest';
import { readAway } from '../../src/booking/away.ts';
import { DAY_MS, formatDay } from '../../src/booking/time.ts';
import { bookedMentor, MONDAY, sayAs, seen } from './booked-mentor.ts';

const NEXT_MONDAY = Date.parse('2026-12-07T00:00:00+08:00');

/** The booked mentor, and the starts of their slots offered between two times. */
async function pausable() {
  const booked = await bookedMentor();
  const offered = (from: number, until: number) =>
    booked.app.booking.findSlots({ specialty: '电商直播', from, until, onlyMentor: booked.mentorId }, MONDAY).map((s) => s.start);
  return { ...booked, offered };
}

describe('reading how long a mentor pauses', () => {
  const day = (ms: number) => formatDay(ms);
  it.each([
    ['7天', '11月30日(周一)', '12月7日(周一)'],
    ['两周', '11月30日(周一)', '12月14日(周一)'],
    ['到12月20日', '11月30日(周一)', '12月20日(周日)'],
    ['12月20日前', '11月30日(周一)', '12月19日(周六)'],
    ['下周', '12月7日(周一)', '12月13日(周日)'],
    ['我下周都出差 不接预约了', '12月7日(周一)', '12月13日(周日)'],
    ['12月10日到12月15日', '12月10日(周四)', '12月15日(周二)'],
    ['暂停到下周五', '11月30日(周一)', '12月11日(周五)'],
    ['到月底', '11月30日(周一)', '11月30日(周一)'],
    ['明天', '12月1日(周二)', '12月1日(周二)'],
    ['到2026-12-20', '11月30日(周一)', '12月20日(周日)'],
    ['2026/12/10-2026/12/15', '12月10日(周四)', '12月15日(周二)'],
    ['12/10-12/15', '12月10日(周四)', '12月15日(周二)'],
  ])('"%s" is from %s to the end of %s', (words, first, last) => {
    const r = readAway(words, MONDAY);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(day(r.from)).toBe(first);
    expect(day(r.until - 1)).toBe(last);
    expect(r.from).toBeGreaterThanOrEqual(MONDAY);
  });

  it.each([
    ['2月30日', 'impossible'],
    ['100天', 'too-long'],
    ['到明年6月1日', 'too-long'],
    ['0天', 'impossible'],
    ['12月1日到11月30日', 'backwards'],
    ['2025-12-20', 'past'],
    ['2026-02-30', 'impossible'],
  ])('"%s" is refused (%s)', (words, why) => {
    expect(readAway(words, MONDAY)).toEqual({ ok: false, why });
  });

  it('words without a time are no reading at all', () => {
    for (const words of ['帮我暂停接单', '不接预约了', '']) expect(readAway(words, MONDAY)).toBeUndefined();
  });
});

describe("a mentor's own pause", () => {
  it('"我下周都出差 不接预约了" stops next week\'s slots only, keeps what is booked, and /resume offers them again', async () => {
    const { app, mentor, ref, mentorId, offered } = await pausable();
    const before = offered(NEXT_MONDAY, NEXT_MONDAY + 7 * DAY_MS - 1);
    expect(before.length).toBeGreaterThan(0);

    const turn = await mentor('我下周都出差 不接预约了');
    expect(turn.intent).toBe('consult.manage');
    expect(seen(turn, 'wx_mentor')).toContain('已暂停接新预约:12月7日(周一)起至12月13日(周日)');
    expect(app.booking.mentors.get(mentorId)!.away).toEqual({ from: NEXT_MONDAY, until: NEXT_MONDAY + 7 * DAY_MS });
    expect(offered(NEXT_MONDAY, NEXT_MONDAY + 7 * DAY_MS - 1)).toEqual([]);
    // Tomorrow and the week after are still offered; tomorrow's booking is untouched.
    expect(offered(MONDAY, NEXT_MONDAY - 1).length).toBeGreaterThan(0);
    expect(offered(NEXT_MONDAY + 7 * DAY_MS, NEXT_MONDAY + 14 * DAY_MS).length).toBeGreaterThan(0);
    expect(app.booking.bookings.byRef(ref)!.status).toBe('pending');

    expect(seen(await mentor('/schedule'), 'wx_mentor')).toContain('您已暂停接新预约');
    expect(seen(await mentor('恢复接预约'), 'wx_mentor')).toContain('已恢复接预约');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
    expect(offered(NEXT_MONDAY, NEXT_MONDAY + 7 * DAY_MS - 1)).toEqual(before);
  });

  it('"帮我暂停接单" asks until when; "7天" sets it and lists the bookings in it with how to decline them', async () => {
    const { app, mentor, ref, mentorId } = await pausable();
    const asked = seen(await mentor('帮我暂停接单'), 'wx_mentor');
    expect(asked).toContain('要暂停到哪天');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();

    const reply = seen(await mentor('7天'), 'wx_mentor');
    expect(reply).toContain('即日起至12月7日(周一)');
    expect(reply).toContain(ref);
    expect(reply).toContain('婉拒 编号');
    // A plain "婉拒" now means that booking, as after /schedule.
    expect(seen(await mentor('婉拒 出差'), 'wx_mentor')).toContain(`已婉拒 ${ref}`);
  });

  it('wrong dates get a short reason and change nothing; "算了" drops the question', async () => {
    const { app, mentor, mentorId } = await pausable();
    expect(seen(await mentor('/pause 2月30日'), 'wx_mentor')).toContain('没有这个日期');
    expect(seen(await mentor('/pause 100天'), 'wx_mentor')).toContain('一次最多暂停90天');
    expect(seen(await mentor('/pause 12月1日到11月30日'), 'wx_mentor')).toContain('早于开始');
    expect(seen(await mentor('/pause'), 'wx_mentor')).toContain('要暂停到哪天');
    expect(seen(await mentor('算了'), 'wx_mentor')).toContain('不暂停');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
    // The question is gone: a later "7天" is not a pause.
    await mentor('7天');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
  });

  it('a question in place of the answer is answered, and the pause is not set', async () => {
    const { app, mentor, mentorId } = await pausable();
    await mentor('/pause');
    const turn = await mentor('返乡创业贴息贷款最多能贷多少');
    expect(turn.intent).toBe('policy.ask');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
  });

  it('a slot offered before the pause cannot be booked after it: the user is offered other times', async () => {
    const { app, mentor, mentorId, ref } = await pausable();
    const other = sayAs(app, 'wx_other');
    await other('想约个懂电商的老师 明天下午');
    const offer = await other('3');
    expect(seen(offer, 'wx_other')).toContain('12月1日(周二) 15:15');
    await mentor('/pause 明天');
    await other('1');
    await other('13886012346');
    const turn = await other('确认');
    expect(seen(turn, 'wx_other')).not.toContain('预约已提交');
    const tomorrow = NEXT_MONDAY - 6 * DAY_MS;
    const booked = app.booking.bookings.all().filter((b) => b.mentorId === mentorId && b.start >= tomorrow && b.start < tomorrow + DAY_MS);
    expect(booked.map((b) => b.ref)).toEqual([ref]);
  });

  it('a slot offered before its mentor left the pool cannot be booked after', async () => {
    const { app, mentorId } = await pausable();
    const other = sayAs(app, 'wx_other');
    await other('想约个懂电商的老师 明天下午');
    expect(seen(await other('3'), 'wx_other')).toContain('12月1日(周二) 15:15');
    app.booking.mentors.setActive(mentorId, false);
    for (const text of ['1', '13886012346']) await other(text);
    expect(seen(await other('确认'), 'wx_other')).not.toContain('预约已提交');
    expect(app.booking.bookings.all().filter((b) => b.mentorId === mentorId && b.person !== 'wechat:wx_user')).toEqual([]);
  });
});

describe('attacks on the pause', () => {
  it('someone who is not a bound mentor cannot pause anyone, by command or in words', async () => {
    const { app, mentorId } = await pausable();
    const stranger = sayAs(app, 'wx_stranger');
    expect(seen(await stranger('/pause 7天'), 'wx_stranger')).toContain('只对已绑定的创业导师开放');
    await stranger('我下周都出差 不接预约了');
    await stranger('/resume');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
  });

  it("in a group chat, even the mentor's /pause is refused and nothing changes", async () => {
    const { app, mentorId } = await pausable();
    const inGroup = sayAs(app, 'wx_mentor', 'group');
    const turn = await inGroup('/pause 7天');
    expect(turn.messages.map((m) => m.text).join('\n')).not.toContain('已暂停');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
  });

  it('a deactivated mentor is refused, as for their bookings', async () => {
    const { app, mentor, mentorId } = await pausable();
    app.booking.mentors.setActive(mentorId, false);
    expect(seen(await mentor('/pause 7天'), 'wx_mentor')).toContain('导师身份已停用');
    expect(app.booking.mentors.get(mentorId)!.away).toBeNull();
  });
});
