/**
 * A mentor answers a booking in plain words at any time (issue 13, item 4): "接受", "婉拒 YY1202932", "这个时间不行"...
 * The booking is the one named, else the one last put before them (a notice, /schedule), else the only one waiting.
 * Words act only for a bound mentor, only in a private chat, and only on the mentor's own bookings.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Inbound, Outbound, Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { makeApp } from '../helpers.ts';

/** Saturday 28 November 2026, 10:00 in Jingzhou. */
const NOW = Date.parse('2026-11-28T10:00:00+08:00');

function account(app: App, userId: string, platform = 'wechat') {
  const handle = (text: string, chatType: 'direct' | 'group', pressed = false) => {
    const chatId = chatType === 'group' ? 'room-1' : userId;
    const inbound: Inbound = { platform, userId, chatId, chatType, text, time: new Date(NOW), ...(pressed ? { pressed } : {}) };
    return app.core.handle(inbound);
  };
  return {
    userId,
    say: (text: string): Promise<Turn> => handle(text, 'direct'),
    /** A Telegram button press: the choice's value arrives as is. */
    press: (value: string): Promise<Turn> => handle(value, 'direct', true),
    group: (text: string): Promise<Turn> => handle(text, 'group'),
  };
}
type Account = ReturnType<typeof account>;

const seen = (turn: Turn, who: Account) =>
  turn.messages
    .filter((m) => m.to.userId === who.userId)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');
const choicesOf = (turn: Turn, who: Account) => turn.messages.findLast((m) => m.to.userId === who.userId && m.choices)?.choices ?? [];
const toOthers = (turn: Turn, who: Account): Outbound[] => turn.messages.filter((m) => m.to.userId !== who.userId);

/**
 * Two bound mentors: A, the only active one who does e-commerce (every booking below goes to A), and B, who does
 * financing. All other sample mentors are set aside.
 */
async function setUp() {
  const app = makeApp({ now: () => new Date(NOW) });
  const all = app.booking.mentors.list();
  const a = all.find((m) => m.specialties.includes('电商直播'))!;
  const b = all.find((m) => m.specialties.includes('融资贷款') && !m.specialties.includes('电商直播'))!;
  for (const m of all) if (m.id !== a.id && m.id !== b.id) app.booking.mentors.setActive(m.id, false);
  const mentorA = account(app, 'tg_mentor_a', 'telegram');
  const mentorB = account(app, 'tg_mentor_b', 'telegram');
  for (const [m, acc] of [
    [a, mentorA],
    [b, mentorB],
  ] as const) {
    expect(seen(await acc.say(`/bind ${app.booking.mentors.invite(m.id, new Date(NOW))}`), acc)).toContain('绑定成功');
  }
  return { app, mentorA, mentorB, mentorAId: a.id };
}

/** A user books an e-commerce mentor (A) online; returns the reference. The mentor is notified in the same turn. */
async function book(app: App, user: Account, slot = '1'): Promise<string> {
  await user.say('想约个懂电商的老师 线上');
  await user.say(slot);
  await user.say('跳过');
  const booked = seen(await user.say('确认'), user);
  const ref = /编号 (YY\d{7})/.exec(booked)?.[1];
  expect(ref, booked).toBeDefined();
  expect(app.booking.bookings.byRef(ref!)!.status).toBe('pending');
  return ref!;
}

const statusOf = (app: App, ref: string) => app.booking.bookings.byRef(ref)!.status;

describe('mentor words: who may act', () => {
  it("refuses mentor B's '接受' or '婉拒' of mentor A's booking, and a plain user's; nothing changes", async () => {
    const { app, mentorA, mentorB } = await setUp();
    const user = account(app, 'wx_amy');
    const ref = await book(app, user);

    for (const text of [`接受 ${ref}`, `婉拒 ${ref}`, `婉拒 ${ref} 没空`, `可以 ${ref}`]) {
      const turn = await mentorB.say(text);
      expect(seen(turn, mentorB), text).toContain(`没有找到您名下编号为 ${ref} 的预约`);
      expect(toOthers(turn, mentorB), text).toEqual([]);
    }
    // B has nothing waiting: a bare word does not reach A's booking either.
    for (const text of ['接受', '婉拒']) {
      const turn = await mentorB.say(text);
      expect(seen(turn, mentorB), text).not.toContain(ref);
      expect(toOthers(turn, mentorB), text).toEqual([]);
    }
    expect(statusOf(app, ref)).toBe('pending');

    const stranger = account(app, 'wx_bob');
    for (const text of [`接受 ${ref}`, `婉拒 ${ref}`, '接受', '确认']) {
      const turn = await stranger.say(text);
      expect(turn.intent, text).not.toBe('consult.manage');
      expect(toOthers(turn, stranger), text).toEqual([]);
    }
    // The user who booked cannot accept on the mentor's behalf either.
    expect(toOthers(await user.say(`接受 ${ref}`), user)).toEqual([]);
    expect(statusOf(app, ref)).toBe('pending');

    // Only in a private chat: A's own words in a group act on nothing.
    for (const text of [`接受 ${ref}`, '接受', `婉拒 ${ref} 出差`]) {
      const turn = await mentorA.group(text);
      expect(
        turn.messages.some((m) => m.to.userId === user.userId),
        text,
      ).toBe(false);
    }
    expect(statusOf(app, ref)).toBe('pending');
  });

  it('a deactivated mentor is told so and changes nothing', async () => {
    const { app, mentorA, mentorAId } = await setUp();
    const ref = await book(app, account(app, 'wx_amy'));
    app.booking.mentors.setActive(mentorAId, false);
    expect(seen(await mentorA.say(`接受 ${ref}`), mentorA)).toContain('导师身份已停用');
    expect(seen(await mentorA.say('接受'), mentorA)).toContain('导师身份已停用');
    expect(statusOf(app, ref)).toBe('pending');
  });
});

describe('mentor words: accepting', () => {
  it('after the notice and a look at /schedule, "接受" accepts it and the user is told (issue 13)', async () => {
    const { app, mentorA } = await setUp();
    const user = account(app, 'wx_amy');
    const ref = await book(app, user);

    const schedule = seen(await mentorA.say('/schedule'), mentorA);
    expect(schedule).toContain(ref);
    expect(schedule).toContain("回复'接受 编号'或'婉拒 编号'");

    const turn = await mentorA.say('接受');
    expect(turn.intent).toBe('consult.manage');
    expect(seen(turn, mentorA)).toContain(`已接受 ${ref}`);
    expect(toOthers(turn, mentorA)[0]).toMatchObject({ to: { userId: user.userId } });
    expect(toOthers(turn, mentorA)[0]!.text).toContain('已确认');
    expect(statusOf(app, ref)).toBe('confirmed');
    // Said again, it says there is nothing left to answer.
    expect(seen(await mentorA.say('接受'), mentorA)).toContain('没有等您答复的预约');
  });

  it.each(['接受', '同意', '确认', '可以', '可以的', 'accept', 'Accept.', '我接受'])(
    '"%s" accepts the booking just notified',
    async (word) => {
      const { app, mentorA } = await setUp();
      const ref = await book(app, account(app, 'wx_amy'));
      await mentorA.say('你好'); // the numbered notice question is gone; the words still work
      expect(seen(await mentorA.say(word), mentorA)).toContain(`已接受 ${ref}`);
      expect(statusOf(app, ref)).toBe('confirmed');
    },
  );

  it('a reference picks the booking, in either order and either case', async () => {
    const { app, mentorA } = await setUp();
    const first = await book(app, account(app, 'wx_amy'), '1');
    const second = await book(app, account(app, 'wx_ben'), '2');
    expect(seen(await mentorA.say(`接受 ${first}`), mentorA)).toContain(`已接受 ${first}`);
    expect(seen(await mentorA.say(`${second.toLowerCase()} 确认`), mentorA)).toContain(`已接受 ${second}`);
    expect(seen(await mentorA.say(`accept ${second}`), mentorA)).toContain('无需再确认');
  });

  it('the last notice wins; once it is answered, the only booking still waiting is meant', async () => {
    const { app, mentorA } = await setUp();
    const first = await book(app, account(app, 'wx_amy'), '1');
    const second = await book(app, account(app, 'wx_ben'), '2');
    expect(seen(await mentorA.say('接受'), mentorA)).toContain(`已接受 ${second}`);
    expect(statusOf(app, first)).toBe('pending');
    expect(seen(await mentorA.say('可以'), mentorA)).toContain(`已接受 ${first}`);
  });

  it('several waiting and none named: asks which one, with references and times', async () => {
    const { app, mentorA } = await setUp();
    const first = await book(app, account(app, 'wx_amy'), '1');
    const second = await book(app, account(app, 'wx_ben'), '2');
    await mentorA.say('/schedule');

    const asked = await mentorA.say('接受');
    const text = seen(asked, mentorA);
    expect(text).toContain('要接受哪一个');
    expect(text).toMatch(new RegExp(`1\\. ${first} \\d+月\\d+日`));
    expect(text).toMatch(new RegExp(`2\\. ${second} \\d+月\\d+日`));
    expect(statusOf(app, first)).toBe('pending');
    expect(statusOf(app, second)).toBe('pending');

    expect(seen(await mentorA.say('5'), mentorA)).toContain('请回复 1 到 2 之间的数字');
    expect(seen(await mentorA.say('2'), mentorA)).toContain(`已接受 ${second}`);
    expect(statusOf(app, first)).toBe('pending');
  });

  it('a pressed button of the "which one" question answers too', async () => {
    const { app, mentorA } = await setUp();
    const first = await book(app, account(app, 'wx_amy'), '1');
    await book(app, account(app, 'wx_ben'), '2');
    await mentorA.say('/schedule');
    const [button] = choicesOf(await mentorA.say('接受'), mentorA);
    expect(Buffer.byteLength(button!.value)).toBeLessThanOrEqual(64); // Telegram's callback data
    expect(seen(await mentorA.press(button!.value), mentorA)).toContain(`已接受 ${first}`);
  });

  it('a plain "可以" with nothing waiting, or a question that starts with it, is not an answer', async () => {
    const { app, mentorA } = await setUp();
    expect((await mentorA.say('可以')).intent).not.toBe('consult.manage');
    const ref = await book(app, account(app, 'wx_amy'));
    for (const text of ['可以贷多少钱', '确认删除', '接受吗', '拒绝贷款怎么办']) {
      expect((await mentorA.say(text)).intent, text).not.toBe('consult.manage');
    }
    expect(statusOf(app, ref)).toBe('pending');
  });

  it('"确认" after a deletion offer is not taken for accepting a booking', async () => {
    const { app, mentorA } = await setUp();
    const ref = await book(app, account(app, 'wx_amy'));
    expect(seen(await mentorA.say('删除我的信息'), mentorA)).toContain('删除');
    expect((await mentorA.say('确认')).intent).not.toBe('consult.manage');
    expect(statusOf(app, ref)).toBe('pending');
  });
});

describe('mentor words: declining', () => {
  it('"婉拒" asks for an optional reason, then declines as /decline does: the user is offered other mentors', async () => {
    const { app, mentorA } = await setUp();
    const user = account(app, 'wx_amy');
    const ref = await book(app, user);

    const asked = seen(await mentorA.say('婉拒'), mentorA);
    expect(asked).toContain(`婉拒 ${ref}`);
    expect(asked).toContain('原因');
    expect(statusOf(app, ref)).toBe('pending');

    const turn = await mentorA.say('那天要出差');
    expect(seen(turn, mentorA)).toContain(`已婉拒 ${ref}`);
    const toUser = toOthers(turn, mentorA).find((m) => m.to.userId === user.userId)!;
    expect(toUser.text).toContain('不方便');
    expect(app.booking.bookings.byRef(ref)).toMatchObject({ status: 'declined', note: '那天要出差' });
  });

  it('replying 1 declines without a reason; "算了" keeps the booking', async () => {
    const { app, mentorA } = await setUp();
    const ref = await book(app, account(app, 'wx_amy'));
    expect(seen(await mentorA.say('这个时间不行'), mentorA)).toContain('原因');
    expect(seen(await mentorA.say('算了'), mentorA)).toContain(`没有婉拒 ${ref}`);
    expect(statusOf(app, ref)).toBe('pending');

    expect(seen(await mentorA.say('decline'), mentorA)).toContain('原因');
    expect(seen(await mentorA.say('1'), mentorA)).toContain(`已婉拒 ${ref}`);
    expect(app.booking.bookings.byRef(ref)).toMatchObject({ status: 'declined', note: null });
  });

  it('a reason given with the words declines at once', async () => {
    const { app, mentorA } = await setUp();
    const first = await book(app, account(app, 'wx_amy'), '1');
    const second = await book(app, account(app, 'wx_ben'), '2');
    expect(seen(await mentorA.say('去不了,那天要出差'), mentorA)).toContain(`已婉拒 ${second}`);
    expect(app.booking.bookings.byRef(second)).toMatchObject({ status: 'declined', note: '那天要出差' });
    expect(seen(await mentorA.say(`拒绝 ${first} 临时有会`), mentorA)).toContain(`已婉拒 ${first}`);
    expect(app.booking.bookings.byRef(first)).toMatchObject({ status: 'declined', note: '临时有会' });
  });

  it('several waiting: asks which one, then the reason', async () => {
    const { app, mentorA } = await setUp();
    const first = await book(app, account(app, 'wx_amy'), '1');
    const second = await book(app, account(app, 'wx_ben'), '2');
    await mentorA.say('/schedule');
    expect(seen(await mentorA.say('婉拒'), mentorA)).toContain('要婉拒哪一个');
    expect(seen(await mentorA.say('1'), mentorA)).toContain('原因');
    expect(seen(await mentorA.say('1'), mentorA)).toContain(`已婉拒 ${first}`);
    expect(statusOf(app, second)).toBe('pending');
  });
});
