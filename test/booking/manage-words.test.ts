/**
 * Issue 13 (item 2): a user's own bookings cancelled or moved in their own words ("帮我取消掉", "明天那个不去了",
 * "改期1 改到下周五下午", "能不能推到下礼拜"). The booking meant is read from the conversation (the one just made, the
 * list just shown, a ref, a day named), asked for when unclear, and a cancellation is always confirmed first.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Booking } from '../../src/booking/bookings.ts';
import { choicesOf, makeApp, press, replyText, say } from '../helpers.ts';

/** Monday 30 November 2026, 10:00 in Jingzhou: "明天" is Tuesday 1 December, "下周五" Friday 11 December. */
const MONDAY = Date.parse('2026-11-30T10:00:00+08:00');
const DAY = 86_400_000;
const at = (dayOffset: number) => MONDAY - 10 * 3_600_000 + dayOffset * DAY;

function appAt(now = MONDAY): App {
  return makeApp({ now: () => new Date(now) });
}

/** Books `user` an e-commerce mentor on the day `dayOffset` days from Monday, straight in the service. */
function bookOn(app: App, user: string, dayOffset: number): Booking {
  const [slot] = app.booking.findSlots({ specialty: '电商直播', from: at(dayOffset), until: at(dayOffset) + DAY - 1 }, MONDAY);
  expect(slot, `a free e-commerce slot on day +${dayOffset}`).toBeDefined();
  const r = app.booking.book(
    {
      person: `test:${user}`,
      platform: 'test',
      userId: user,
      chatId: user,
      slot: slot!,
      topic: '开网店',
      specialty: '电商直播',
      mode: 'online',
    },
    new Date(MONDAY),
  );
  if (!r.ok) throw new Error('slot taken');
  return r.booking;
}

/** Books in chat, as a user would; returns the booking's reference. */
async function bookInChat(app: App, user: string, wish = '明天下午'): Promise<string> {
  await say(app, `想约个懂电商的老师 线上聊 ${wish}`, user);
  await say(app, '1', user);
  await say(app, '跳过', user);
  const done = replyText(await say(app, '确认', user));
  const ref = /编号 (YY\d{7})/.exec(done)?.[1];
  expect(ref, done).toBeDefined();
  return ref!;
}

const status = (app: App, ref: string) => app.booking.bookings.byRef(ref)!.status;
const mmdd = (ms: number) => {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

describe("someone else's booking", () => {
  it('can never be cancelled or moved by typing or pressing its ref', async () => {
    const app = appAt();
    const victim = bookOn(app, 'victim', 1);
    const mine = bookOn(app, 'thief', 4);

    for (const text of [`取消${victim.ref}`, `帮我取消 ${victim.ref}`, `${victim.ref} 不去了`, `改期 ${victim.ref} 改到下周五`]) {
      const turn = await say(app, text, 'thief');
      expect(turn.intent, text).toBe('consult.manage');
      const seen = replyText(turn);
      expect(seen, text).toContain(`没有找到您编号为 ${victim.ref} 的有效预约`);
      expect(seen, text).not.toContain(mmdd(victim.start));
      // Nothing to confirm, nothing to pick: "1" afterwards cannot act on any booking.
      expect(choicesOf(turn), text).toEqual([]);
      await say(app, '1', 'thief');
      expect(status(app, victim.ref), text).toBe('pending');
      expect(status(app, mine.ref), text).toBe('pending');
    }
    expect(app.booking.bookings.byRef(victim.ref)!.start).toBe(victim.start);

    // Pressed buttons naming the victim's booking (forged, or someone else's) do nothing either.
    for (const value of [`manage:cancel:${victim.ref}`, `manage:cancel-yes:${victim.ref}`, `manage:move:${victim.ref}`]) {
      const turn = await press(app, value, 'thief');
      expect(replyText(turn), value).toMatch(/没有找到|已失效/);
      await say(app, '1', 'thief');
      expect(status(app, victim.ref), value).toBe('pending');
    }
  });

  it('a confirmation pressed without being asked cancels nothing, even of their own booking', async () => {
    const app = appAt();
    const b = bookOn(app, 'u-stale', 1);
    expect(replyText(await press(app, `manage:cancel-yes:${b.ref}`, 'u-stale'))).toContain('已失效');
    expect(status(app, b.ref)).toBe('pending');
  });
});

describe('cancelling in the user’s own words', () => {
  it('right after booking: the booking just made, confirmed first ("确认取消 … 吗?"), cancelled on "1"', async () => {
    const app = appAt();
    const older = bookOn(app, 'c1', 4);
    const ref = await bookInChat(app, 'c1');
    const asked = await say(app, '哎呀我搞错了 明天上午要上班 帮我取消掉', 'c1');
    expect(asked.intent).toBe('consult.manage');
    const b = app.booking.bookings.byRef(ref)!;
    expect(replyText(asked)).toMatch(new RegExp(`^确认取消 ${mmdd(b.start)}\\(周二\\) \\d\\d:\\d\\d .+的预约吗`));
    expect(choicesOf(asked).map((c) => c.label)).toEqual(['确认', '不取消']);
    expect(status(app, ref)).toBe('pending');
    const done = await say(app, '1', 'c1');
    expect(replyText(done)).toContain(`已取消预约 ${ref}`);
    expect(status(app, ref)).toBe('cancelled');
    expect(status(app, older.ref)).toBe('pending');
  });

  it('"帮我取消掉" then "2 不取消": nothing is cancelled', async () => {
    const app = appAt();
    const ref = await bookInChat(app, 'c2');
    const asked = await say(app, '帮我取消掉', 'c2');
    expect(replyText(asked)).toContain('确认取消');
    const kept = await say(app, '2', 'c2');
    expect(replyText(kept)).toContain('保持不变');
    expect(status(app, ref)).toBe('pending');
  });

  it('answers to the confirmation typed in words: "不取消了" keeps it, "确认取消" cancels it', async () => {
    const app = appAt();
    const b = bookOn(app, 'c7', 1);
    await say(app, '帮我取消掉', 'c7');
    const kept = await say(app, '不取消了', 'c7');
    expect(kept.intent).toBe('consult.manage');
    expect(replyText(kept)).toContain('保持不变');
    expect(status(app, b.ref)).toBe('pending');
    await say(app, '那个预约不要了', 'c7');
    const done = await say(app, '确认取消', 'c7');
    expect(replyText(done)).toContain(`已取消预约 ${b.ref}`);
    expect(status(app, b.ref)).toBe('cancelled');
  });

  it('refuses within two hours of the start before asking anything', async () => {
    let now = MONDAY;
    const app = makeApp({ now: () => new Date(now) });
    const b = bookOn(app, 'c8', 1);
    now = b.start - 3_600_000;
    const turn = await say(app, '帮我取消掉', 'c8');
    expect(replyText(turn)).toContain('不能在这里取消或改期');
    expect(choicesOf(turn)).toEqual([]);
    expect(status(app, b.ref)).toBe('pending');
  });

  it('"明天那个不去了" picks the booking on that day among several', async () => {
    const app = appAt();
    const tomorrow = bookOn(app, 'c3', 1);
    const later = bookOn(app, 'c3', 4);
    await say(app, '返乡创业贴息贷款最多多少', 'c3');
    const asked = await say(app, '明天那个不去了', 'c3');
    expect(asked.intent).toBe('consult.manage');
    expect(replyText(asked)).toContain(`确认取消 ${mmdd(tomorrow.start)}`);
    await say(app, '确认', 'c3');
    expect(status(app, tomorrow.ref)).toBe('cancelled');
    expect(status(app, later.ref)).toBe('pending');
  });

  it('"那个预约不要了" with one booking asks to confirm it', async () => {
    const app = appAt();
    const b = bookOn(app, 'c4', 4);
    const asked = await say(app, '那个预约不要了', 'c4');
    expect(asked.intent).toBe('consult.manage');
    expect(replyText(asked)).toContain(`确认取消 ${mmdd(b.start)}`);
  });

  it('asks which one with numbered choices when it cannot tell, then still confirms', async () => {
    const app = appAt();
    const first = bookOn(app, 'c5', 1);
    const second = bookOn(app, 'c5', 4);
    const which = await say(app, '帮我取消掉', 'c5');
    expect(which.intent).toBe('consult.manage');
    expect(replyText(which)).toContain('要取消哪一个');
    expect(choicesOf(which)).toHaveLength(2);
    const asked = await say(app, '2', 'c5');
    expect(replyText(asked)).toContain(`确认取消 ${mmdd(second.start)}`);
    expect(status(app, second.ref)).toBe('pending');
    await say(app, '1', 'c5');
    expect(status(app, second.ref)).toBe('cancelled');
    expect(status(app, first.ref)).toBe('pending');
  });

  it('a ref of their own names the booking; the list just shown is pointed into by number', async () => {
    const app = appAt();
    const first = bookOn(app, 'c6', 1);
    const second = bookOn(app, 'c6', 4);
    expect(replyText(await say(app, `取消${second.ref}`, 'c6'))).toContain(`确认取消 ${mmdd(second.start)}`);
    await say(app, '2', 'c6');
    await say(app, '我的预约', 'c6');
    const asked = await say(app, '第一个不去了', 'c6');
    expect(replyText(asked)).toContain(`确认取消 ${mmdd(first.start)}`);
    await say(app, '1', 'c6');
    expect(status(app, first.ref)).toBe('cancelled');
    expect(status(app, second.ref)).toBe('pending');
  });
});

describe('moving in the user’s own words', () => {
  it('"改期1 改到下周五下午" after the list goes straight to Friday-afternoon slots', async () => {
    const app = appAt();
    bookOn(app, 'm1', 1);
    bookOn(app, 'm1', 4);
    await say(app, '我的预约', 'm1');
    const offered = await say(app, '改期1 改到下周五下午', 'm1');
    expect(offered.intent).toBe('consult.manage');
    expect(replyText(offered)).toContain('请选一个时间');
    expect(choicesOf(offered)[0]!.label).toMatch(/^12月11日\(周五\) 1[2-7]:\d\d /);
  });

  it('"改到周六上午" after booking offers Saturday-morning slots, and moves the booking once confirmed', async () => {
    const app = appAt();
    const ref = await bookInChat(app, 'm2');
    const offered = await say(app, '改到周六上午', 'm2');
    expect(offered.intent).toBe('consult.manage');
    expect(choicesOf(offered)[0]!.label).toMatch(/^12月5日\(周六\) (0[89]|1[01]):\d\d /);
    await say(app, '1', 'm2');
    expect(replyText(await say(app, '确认', 'm2'))).toContain('已改到 12月5日');
    expect(mmdd(app.booking.bookings.byRef(ref)!.start)).toBe('12月5日');
  });

  it('"能不能推到下礼拜" offers slots in the next week', async () => {
    const app = appAt();
    bookOn(app, 'm3', 1);
    const offered = await say(app, '能不能推到下礼拜', 'm3');
    expect(offered.intent).toBe('consult.manage');
    const first = choicesOf(offered)[0]!.label;
    expect(first).toMatch(/^12月([7-9]|1[0-3])日/);
  });

  it('asks which booking to move when it cannot tell, and keeps the wished time', async () => {
    const app = appAt();
    bookOn(app, 'm4', 1);
    bookOn(app, 'm4', 4);
    const which = await say(app, '改到周六上午', 'm4');
    expect(replyText(which)).toContain('要改期哪一个');
    const offered = await say(app, '1', 'm4');
    expect(choicesOf(offered)[0]!.label).toMatch(/^12月5日\(周六\)/);
  });
});
