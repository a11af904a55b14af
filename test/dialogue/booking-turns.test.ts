/**
 * The booking form as people really type: a wished time with no free slot (the nearest are offered, and "可以 同意"
 * takes the first), choices picked with words around them, "往后挪几天", questions about the booking being made, and
 * changes of a time already said. Each case goes through the core with the sample mentors, on a fixed clock.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Slot } from '../../src/booking/slots.ts';
import { choicesOf, makeApp, replyText, say } from '../helpers.ts';

/** Monday 30 November 2026, 10:00 in Jingzhou. The 餐饮 sample mentor (刘洋) is free Tuesday 15–18 and Saturday 14–17. */
const monday = () => new Date(Date.parse('2026-11-30T10:00:00+08:00'));

function talk(user: string, app: App = makeApp({ now: monday })) {
  const session = () => app.sessions.load(`test:${user}`);
  return {
    app,
    say: async (text: string) => replyText(await say(app, text, user)),
    turn: (text: string) => say(app, text, user),
    values: () => (session().form?.values ?? {}) as { slot?: Slot; offered?: Slot[]; phone?: string | null },
    step: () => session().form?.step,
    labels: async (text: string) => choicesOf(await say(app, text, user)).map((c) => c.label),
  };
}

/** A user who wants a 餐饮 mentor online on Thursday afternoon, when nobody 餐饮 is free. */
async function thursdayAfternoon(user: string, phone = true) {
  const u = talk(user);
  await u.say('帮我约个懂餐饮的导师');
  await u.say('线上');
  const offer = await u.say('礼拜四下午');
  if (phone) await u.say('姓陈 电话13872345618');
  return { u, offer };
}

describe('booking: a wished time with no free slot', () => {
  it('offers the slots nearest to it (that day or after first), not the earliest overall', async () => {
    const { u, offer } = await thursdayAfternoon('n1', false);
    expect(offer).toContain('下面是最接近的几个');
    expect(offer).not.toContain('12月1日');
    expect(offer).toMatch(/1\. 12月5日\(周六\) 14:00 .*\n2\. 12月5日\(周六\) 15:15 .*\n3\. 12月8日\(周二\) 15:00/);
    expect(u.values().offered?.length).toBe(3);
  });

  it('offers the latest ones before it when nothing is free from that day on', async () => {
    const u = talk('n2');
    await u.say('帮我约个懂餐饮的导师 线上');
    // 31 December is past the four weeks searched: the last free times before it are offered.
    const offer = await u.say('12月31号下午');
    expect(offer).toContain('下面是最接近的几个');
    expect(offer).toMatch(/1\. 12月22日\(周二\) 16:15 .*\n2\. 12月26日\(周六\) 14:00 .*\n3\. 12月26日\(周六\) 15:15/);
  });

  it.each(['可以 同意', '对 确认', '没问题 就这样定了', '行 就这个', '好'])(
    '"%s" after name and phone takes the first time offered, and the summary asks to confirm',
    async (yes) => {
      const { u } = await thursdayAfternoon(`y-${yes}`);
      const first = u.values().offered![0]!;
      const reply = await u.say(yes);
      expect(reply).toMatch(/^好的,就约第一个时间:12月5日\(周六\) 14:00 示例·刘洋/);
      expect(reply).toContain('确认预约吗');
      expect(reply).toContain('138****5618');
      expect(reply).not.toContain('没看懂');
      expect(u.values().slot).toEqual(first);
      expect(u.app.booking.bookings.all()).toEqual([]);
    },
  );

  it('a yes without a phone given asks the phone next; the booking is made only on confirming', async () => {
    const { u } = await thursdayAfternoon('y2', false);
    const reply = await u.say('可以');
    expect(reply).toContain('好的,就约第一个时间');
    expect(reply).toContain('手机号');
    expect(await u.say('13872345618')).toContain('确认预约吗');
    expect(await u.say('确认')).toContain('预约已提交');
    expect(u.app.booking.bookings.all()).toHaveLength(1);
  });
});

describe('booking: a time picked with words around it', () => {
  it.each([
    ['就选第二个时间', 1],
    ['我要第3个', 2],
    ['那就约第一个吧', 0],
    ['选2', 1],
    ['第二个那个时间可以', 1],
  ])('"%s" picks that time', async (text, index) => {
    const { u } = await thursdayAfternoon(`p-${text}`);
    const offered = u.values().offered!;
    const reply = await u.say(text);
    expect(reply).not.toContain('没看懂');
    expect(reply).toContain('确认预约吗');
    expect(u.values().slot).toEqual(offered[index]);
  });

  it('a number out of range is still answered with the range', async () => {
    const { u } = await thursdayAfternoon('p-out');
    expect(await u.say('我要第6个')).toContain('没有这个选项,请回复 1 到 4 之间的数字');
    expect(u.values().slot).toBeUndefined();
  });

  it('"约2号" is no pick of the second time', async () => {
    const { u } = await thursdayAfternoon('p-date');
    await u.say('约2号');
    expect(u.values().slot).toBeUndefined();
  });
});

describe('booking: later, by some days', () => {
  it.each([
    // Offered: 12月5日 14:00, 12月5日 15:15, 12月8日 15:00.
    ['往后挪几天', '12月12日(周六) 14:00'],
    ['晚几天', '12月12日(周六) 14:00'],
    ['推迟两天', '12月8日(周二) 15:00'],
    ['再往后点', '12月8日(周二) 16:15'],
  ])('"%s" while times are offered offers later ones', async (text, first) => {
    const { u } = await thursdayAfternoon(`l-${text}`);
    const turn = await u.turn(text);
    const reply = replyText(turn);
    expect(turn.intent).toBe('consult.book');
    expect(reply).not.toContain('没看懂');
    expect(reply).not.toContain('继续刚才的预约');
    expect(reply).toContain('请选一个时间');
    expect(choicesOf(turn)[0]?.label).toContain(first);
  });

  it.each([
    ['推迟两天', '12月8日(周二) 15:00'],
    ['往后挪几天', '12月8日(周二) 15:00'],
    ['能不能往后推一个礼拜', '12月12日(周六) 14:00'],
  ])('"%s" once a time is chosen offers later times instead', async (text, first) => {
    const { u } = await thursdayAfternoon(`lc-${text}`);
    expect(await u.say('1')).toContain('确认预约吗');
    const turn = await u.turn(text);
    // A time was chosen: moving it changes the booking being made, still done in the open form.
    expect(turn.intent).toBe('consult.manage');
    expect(replyText(turn)).toContain('请选一个时间');
    expect(choicesOf(turn)[0]?.label).toContain(first);
    expect(u.values().slot).toBeUndefined();
    expect(u.values().phone).toBe('13872345618');
  });
});

describe('booking: questions about the booking being made', () => {
  it('"我约的是几点来着" before a time is chosen: not done yet, the times again', async () => {
    const { u } = await thursdayAfternoon('q1', false);
    const turn = await u.turn('我约的是几点来着');
    // Asking after one's own booking is looking at it (consult.manage), while the form stays open.
    expect(turn.intent).toBe('consult.manage');
    const reply = replyText(turn);
    expect(reply).toMatch(/^预约还没完成:还差选时间。/);
    expect(reply).toContain('请选一个时间');
    expect(u.step()).toBe('slot');
  });

  it('"约上了没有" while the phone is asked, "我刚约好的是哪天" on the summary: what is chosen, and what is missing', async () => {
    const u = talk('q2');
    await u.say('帮我约个懂餐饮的导师 线上 礼拜六下午');
    await u.say('1');
    const phone = await u.turn('约上了没有');
    expect(phone.intent).toBe('consult.manage');
    expect(replyText(phone)).toMatch(/^预约还没完成:已选12月5日\(周六\) 14:00 示例·刘洋.*还差留电话和确认。/);
    expect(replyText(phone)).toContain('手机号');
    await u.say('13872345618');
    const summary = await u.say('我刚约好的是哪天');
    expect(summary).toMatch(/^预约还没完成:已选12月5日\(周六\) 14:00.*确认后才提交。/);
    expect(summary).toContain('确认预约吗');
    expect(u.app.booking.bookings.all()).toEqual([]);
  });
});

describe('booking: changing a time already said', () => {
  it('"改到礼拜五上午" on the summary and "能不能换到下周一下午" at the times offer the new day', async () => {
    // 政策申报: 陈静 (Mon/Wed 14–17:30, Fri 9–11:30) and 赵红 (weekdays 9–11:30), online.
    const u = talk('c1');
    await u.say('想约个导师 问问政策申报 线上 下周二下午');
    await u.say('1');
    expect(await u.say('不留电话')).toContain('确认预约吗');
    const friday = await u.turn('改到礼拜五上午');
    expect(friday.intent).toBe('consult.manage');
    expect(replyText(friday)).toMatch(/^好的,已改。/);
    expect(choicesOf(friday)[0]?.label).toMatch(/^12月4日\(周五\) 09:00/);
    const monday = await u.turn('能不能换到下周一下午');
    expect(replyText(monday)).toMatch(/^好的,已改。/);
    expect(choicesOf(monday)[0]?.label).toMatch(/^12月7日\(周一\) 14:00/);
    const summary = await u.say('1');
    expect(summary).toContain('时间:12月7日(周一) 14:00');
    expect(summary).toContain('在本平台联系');
    expect(u.app.booking.bookings.all()).toEqual([]);
  });
});
