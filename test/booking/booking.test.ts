import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.ts';
import { collectReminders, scheduleReminders } from '../../src/booking/reminders.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { HOUR_MS } from '../../src/booking/time.ts';
import type { Inbound, Outbound, Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { makeApp, ROOT, tempDir, press } from '../helpers.ts';
import { startRacers } from '../support/racers.ts';

/** Saturday 28 November 2026, 10:00 in Jingzhou; moved by hand. */
function clock(start = Date.parse('2026-11-28T10:00:00+08:00')) {
  let now = start;
  return { now: () => new Date(now), set: (ms: number) => (now = ms), get: () => now };
}

function user(app: App, userId: string, platform = 'wechat') {
  const me = { platform, userId, chatId: userId };
  return {
    me,
    async say(text: string): Promise<Turn> {
      const inbound: Inbound = { ...me, chatType: 'direct', text, time: new Date() };
      return app.core.handle(inbound);
    },
  };
}
const mine = (turn: Turn, userId: string) => turn.messages.filter((m) => m.to.userId === userId);
const seen = (turn: Turn, userId: string) =>
  mine(turn, userId)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');
const others = (turn: Turn, userId: string): Outbound[] => turn.messages.filter((m) => m.to.userId !== userId);

/** Binds a chat account to the sample mentor `mentorId` through an invite code, as a mentor would. */
async function bindMentor(app: App, mentorId: number, account: ReturnType<typeof user>) {
  const code = app.booking.mentors.invite(mentorId, new Date());
  const turn = await account.say(`/bind ${code}`);
  expect(seen(turn, account.me.userId)).toContain('绑定成功');
}

describe('booking a mentor in chat', () => {
  it('prefills from the first message, answers a side question, then books with a phone and a confirmation', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const u = user(app, 'wx_amy');

    const first = await u.say('想约个懂电商的老师 线上聊 下周二下午');
    expect(first.intent).toBe('consult.book');
    // Topic, way and time were in the message: the form goes straight to slots, on Tuesday afternoon.
    const slots = mine(first, 'wx_amy')[0]!;
    expect(slots.text).toContain('请选一个时间');
    expect(slots.choices!.length).toBeGreaterThanOrEqual(2);
    expect(slots.choices![0]!.label).toMatch(/^12月1日\(周二\) 1[4-7]:\d\d /);

    const aside = await u.say('贴息贷款最多能贷多少?');
    expect(seen(aside, 'wx_amy')).toMatch(/万/);
    expect(seen(aside, 'wx_amy')).toContain('继续刚才的预约');

    const phoneAsk = await u.say('1');
    expect(seen(phoneAsk, 'wx_amy')).toContain('手机号');
    const wrong = await u.say('1381234567');
    expect(seen(wrong, 'wx_amy')).toContain('11位');
    const confirm = await u.say('138-1234-5678');
    expect(seen(confirm, 'wx_amy')).toContain('138****5678');
    expect(seen(confirm, 'wx_amy')).toContain('确认预约吗');

    const done = await u.say('确认');
    const reply = seen(done, 'wx_amy');
    expect(reply).toMatch(/预约已提交,编号 YY\d{7}/);
    const [booking] = app.booking.bookings.upcomingOf('wechat:wx_amy', t.get());
    expect(booking).toMatchObject({ status: 'pending', phone: '13812345678', specialty: '电商直播', mode: 'online' });
    // The sample mentor has no chat account bound: the user is told staff pass it on.
    expect(reply).toContain('工作人员会转告');
  });

  it('survives a restart mid-form (state in the SQLite file)', async () => {
    const t = clock();
    const dbPath = join(tempDir(), 'form.sqlite');
    const before = makeApp({ dbPath, now: t.now });
    const asked = await user(before, 'tg_1', 'telegram').say('预约导师');
    expect(seen(asked, 'tg_1')).toContain('想请导师在哪方面帮您');
    before.close();

    const after = makeApp({ dbPath, now: t.now });
    const next = await user(after, 'tg_1', 'telegram').say('6');
    expect(next.intent).toBe('consult.book');
    expect(seen(next, 'tg_1')).toContain('线上还是线下');
  });

  it('re-prompts wrong answers with the valid choices and ends politely after three misses', async () => {
    const app = makeApp({ now: clock().now });
    const u = user(app, 'wx_bob');
    await u.say('我想预约创业导师');
    const miss1 = await u.say('12');
    expect(seen(miss1, 'wx_bob')).toContain('没有这个选项');
    expect(mine(miss1, 'wx_bob')[0]!.choices!.length).toBe(11);
    await u.say('蓝色的');
    const third = await u.say('啊');
    expect(seen(third, 'wx_bob')).toContain('这次预约先结束了');
    // The form is gone: the next message is understood on its own.
    expect((await u.say('你好')).intent).toBe('greet');
  });

  it('"算了" leaves the form and books nothing', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const u = user(app, 'wx_cat');
    await u.say('约个导师聊聊养小龙虾');
    const left = await u.say('算了');
    expect(seen(left, 'wx_cat')).toContain('已取消这次预约');
    expect(app.booking.bookings.upcomingOf('wechat:wx_cat', t.get())).toEqual([]);
  });

  it('refuses impossible and past dates with a clear reply', async () => {
    const app = makeApp({ now: clock().now });
    const u = user(app, 'wx_dan');
    await u.say('想约个电商导师 线上');
    expect(seen(await u.say('2月30号'), 'wx_dan')).toContain('没有这个日期');
  });
});

describe('mentors in their own chat', () => {
  it('gets each new booking at once, accepts it, and the user is told; /schedule lists it', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const accounts = new Map<number, ReturnType<typeof user>>();
    for (const m of app.booking.mentors.list()) {
      const account = user(app, `tg_m${m.id}`, 'telegram');
      await bindMentor(app, m.id, account);
      accounts.set(m.id, account);
    }
    const u = user(app, 'wx_eve');
    await u.say('想约个懂电商的老师 线上');
    await u.say('1');
    const confirm = await u.say('跳过');
    expect(seen(confirm, 'wx_eve')).toContain('在本平台联系');
    const booked = await u.say('1');
    const ref = /编号 (YY\d{7})/.exec(seen(booked, 'wx_eve'))![1]!;
    expect(seen(booked, 'wx_eve')).toContain('已通知导师');
    const booking = app.booking.bookings.byRef(ref)!;
    const mentor = accounts.get(booking.mentorId)!;

    const mentorGot = others(booked, 'wx_eve');
    expect(mentorGot).toHaveLength(1);
    expect(mentorGot[0]!.to).toEqual(mentor.me);
    expect(mentorGot[0]!.text).toContain(`新预约 ${ref}`);
    expect(mentorGot[0]!.text).toContain('电商直播');
    expect(mentorGot[0]!.choices!.map((c) => c.label)).toEqual(['接受', '婉拒']);

    const accepted = await mentor.say('1');
    expect(seen(accepted, mentor.me.userId)).toContain(`已接受 ${ref}`);
    expect(others(accepted, mentor.me.userId)[0]).toMatchObject({ to: { userId: 'wx_eve' } });
    expect(others(accepted, mentor.me.userId)[0]!.text).toContain('已确认');
    expect(app.booking.bookings.byRef(ref)!.status).toBe('confirmed');
    expect(seen(await mentor.say('/schedule'), mentor.me.userId)).toContain(ref);
  });

  it('a decline tells the user and offers slots with another mentor; picking one rebooks', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const accounts = new Map<number, ReturnType<typeof user>>();
    for (const m of app.booking.mentors.list()) {
      const account = user(app, `tg_m${m.id}`, 'telegram');
      await bindMentor(app, m.id, account);
      accounts.set(m.id, account);
    }
    const u = user(app, 'wx_fay');
    await u.say('约个电商直播的导师 线上');
    await u.say('1');
    await u.say('跳过');
    const booked = await u.say('确认');
    const ref = /编号 (YY\d{7})/.exec(seen(booked, 'wx_fay'))![1]!;
    const first = app.booking.bookings.byRef(ref)!;

    const declined = await accounts.get(first.mentorId)!.say(`/decline ${ref} 那天出差`);
    const toUser = others(declined, `tg_m${first.mentorId}`).find((m) => m.to.userId === 'wx_fay')!;
    expect(toUser.text).toContain('不方便');
    expect(toUser.choices!.length).toBeGreaterThanOrEqual(2);
    expect(app.booking.bookings.byRef(ref)!.status).toBe('declined');

    await u.say('1');
    const rebooked = await u.say('确认');
    const ref2 = /编号 (YY\d{7})/.exec(seen(rebooked, 'wx_fay'))![1]!;
    expect(app.booking.bookings.byRef(ref2)!.mentorId).not.toBe(first.mentorId);
  });

  it('refuses mentor commands from plain users, and unknown or reused bind codes', async () => {
    const app = makeApp({ now: clock().now });
    const u = user(app, 'wx_gus');
    expect(seen(await u.say('/schedule'), 'wx_gus')).toContain('只对已绑定的创业导师开放');
    expect(seen(await u.say('/accept YY1201123'), 'wx_gus')).toContain('只对已绑定的创业导师开放');
    expect(seen(await press(app, 'booking:accept:YY1201123', 'wx_gus', 'wechat'), 'wx_gus')).toContain('只对已绑定的创业导师开放');
    expect(seen(await u.say('/bind ABC-DEF-GHJ'), 'wx_gus')).toContain('绑定码无效或已失效');
    const code = app.booking.mentors.invite(1, new Date());
    await u.say(`/bind ${code}`);
    expect(seen(await user(app, 'wx_hal').say(`/bind ${code}`), 'wx_hal')).toContain('绑定码无效或已失效');
  });
});

describe('my bookings', () => {
  async function bookOne(app: App, who: string) {
    const u = user(app, who);
    await u.say('想约个导师 聊聊融资贷款 线上');
    await u.say('1');
    await u.say('跳过');
    const booked = await u.say('确认');
    return { u, ref: /编号 (YY\d{7})/.exec(seen(booked, who))![1]! };
  }

  it('lists, cancels (mentor told) and refuses changes within two hours of the start', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const { u, ref } = await bookOne(app, 'wx_ivy');
    expect(seen(await u.say('我的预约'), 'wx_ivy')).toContain(ref);

    const start = app.booking.bookings.byRef(ref)!.start;
    t.set(start - HOUR_MS);
    expect(seen(await u.say('取消预约'), 'wx_ivy')).toContain('不能在这里取消或改期');
    expect(app.booking.bookings.byRef(ref)!.status).toBe('pending');

    t.set(start - 5 * HOUR_MS);
    expect(seen(await u.say('帮我取消我的预约'), 'wx_ivy')).toContain('确认取消');
    expect(app.booking.bookings.byRef(ref)!.status).toBe('pending');
    expect(seen(await u.say('1'), 'wx_ivy')).toContain(`已取消预约 ${ref}`);
    expect(app.booking.bookings.byRef(ref)!.status).toBe('cancelled');
    expect(seen(await u.say('我的预约'), 'wx_ivy')).toContain('没有待进行的预约');
  });

  it('reschedules, keeping the same mentor when possible', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const { u, ref } = await bookOne(app, 'wx_jon');
    const before = app.booking.bookings.byRef(ref)!;
    const offered = await u.say('我的预约改个时间');
    expect(seen(offered, 'wx_jon')).toContain('请选一个时间');
    await u.say('1');
    const moved = await u.say('确认');
    expect(seen(moved, 'wx_jon')).toContain('已改到');
    const after = app.booking.bookings.byRef(ref)!;
    expect(after.start).not.toBe(before.start);
    expect(after.mentorId).toBe(before.mentorId);
  });
});

describe('no double booking', () => {
  it('two processes racing for one slot on one SQLite file: exactly one wins', async () => {
    const t = clock();
    const dbPath = join(tempDir(), 'race.sqlite');
    const app = makeApp({ dbPath, now: t.now });
    const [slot] = app.booking.findSlots({ specialty: '电商直播' }, Date.now());
    expect(slot).toBeDefined();
    app.close();

    // Each racer opens the file first; then both book at the same moment.
    const people = ['racer-a', 'racer-b'];
    const raced = await startRacers(
      2,
      (i) => [join(ROOT, 'test/booking/race-worker.ts'), dbPath, JSON.stringify(slot), people[i]!],
      ROOT,
    ).race();
    const results = raced.map((r) => r.out.trim());
    expect(results.filter((r) => r.startsWith('won'))).toHaveLength(1);
    expect(results.filter((r) => r === 'lost')).toHaveLength(1);

    const check = makeApp({ dbPath, now: t.now });
    expect(check.booking.bookings.all().filter((b) => b.mentorId === slot!.mentorId && b.start === slot!.start)).toHaveLength(1);
  });

  it('the loser of a race in chat is offered the next slots', async () => {
    const t = clock();
    const app = makeApp({ now: t.now });
    const a = user(app, 'wx_kim');
    const b = user(app, 'wx_lee');
    for (const u of [a, b]) {
      await u.say('约个电商直播导师 线上');
      await u.say('1');
      await u.say('跳过');
    }
    expect(seen(await a.say('确认'), 'wx_kim')).toContain('预约已提交');
    const lost = await b.say('确认');
    expect(seen(lost, 'wx_lee')).toContain('刚被别人约走了');
    expect(mine(lost, 'wx_lee')[0]!.choices!.length).toBeGreaterThan(1);
  });
});

describe('reminders', () => {
  it('go to both sides 24 h and 1 h before, exactly once each, across a restart', async () => {
    const t = clock();
    const dbPath = join(tempDir(), 'remind.sqlite');
    const app = makeApp({ dbPath, now: t.now });
    const mentorId = app.booking.mentors.list().find((m) => m.specialties.includes('融资贷款'))!.id;
    await bindMentor(app, mentorId, user(app, 'tg_rem', 'telegram'));
    const [slot] = app.booking.findSlots({ specialty: '融资贷款', onlyMentor: mentorId }, t.get());
    const r = app.booking.book(
      {
        person: 'wechat:wx_mo',
        platform: 'wechat',
        userId: 'wx_mo',
        chatId: 'wx_mo',
        slot: slot!,
        topic: '贷款',
        specialty: '融资贷款',
        mode: 'online',
      },
      t.now(),
    );
    expect(r.ok).toBe(true);

    const sent: Outbound[] = [];
    const tick = (at: number, svc = app.booking) => sent.push(...collectReminders(svc, at));
    tick(slot!.start - 25 * HOUR_MS);
    expect(sent).toHaveLength(0);
    tick(slot!.start - 24 * HOUR_MS + 60_000);
    tick(slot!.start - 23 * HOUR_MS);
    expect(sent.map((m) => m.to.userId).sort()).toEqual(['tg_rem', 'wx_mo']);
    expect(sent[0]!.text).toContain('约24小时');
    app.close();

    const again = makeApp({ dbPath, now: t.now });
    tick(slot!.start - 2 * HOUR_MS, again.booking);
    tick(slot!.start - HOUR_MS + 60_000, again.booking);
    tick(slot!.start - 30 * 60_000, again.booking);
    expect(sent).toHaveLength(4);
    expect(sent.slice(2).every((m) => m.text.includes('约1小时'))).toBe(true);
  });
});

describe('the reminder schedule (node-cron)', () => {
  afterEach(() => vi.useRealTimers());

  it('fires every minute on the virtual clock and delivers each reminder once', async () => {
    const app = makeApp();
    const [slot] = app.booking.findSlots({ specialty: '融资贷款' }, Date.now());
    app.booking.book(
      {
        person: 'wechat:wx_cron',
        platform: 'wechat',
        userId: 'wx_cron',
        chatId: 'wx_cron',
        slot: slot!,
        topic: '贷款',
        specialty: '融资贷款',
        mode: 'online',
      },
      new Date(),
    );

    vi.useFakeTimers();
    vi.setSystemTime(slot!.start - 24 * HOUR_MS - 90_000);
    const delivered: Outbound[] = [];
    const task = scheduleReminders({
      service: app.booking,
      delivery: { deliver: async (m) => void delivered.push(...m) },
      logger: silentLogger,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(delivered).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(delivered.map((m) => m.to.userId)).toEqual(['wx_cron']);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(delivered).toHaveLength(1);
    await task.stop();
  });
});
