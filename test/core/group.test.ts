/**
 * Group chats (issue 10, finding 3): in a WeChat room or a Telegram group everything the bot says is read by every
 * member. Nothing personal or secret is shown there and nothing of a person's is changed from there; the asker is
 * told to write privately. Public questions keep working.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { makeApp } from '../helpers.ts';

const ROOM = 'room-chushang';
const PHONE = '13912345678';

/** Everything a turn sends, to anyone, as text. */
const everything = (turn: Turn) => turn.messages.map((m) => renderNumbered(m.text, m.choices)).join('\n');

/** One chat account that can write to the bot directly and in the group `ROOM`. */
function account(app: App, userId: string, platform = 'wechat') {
  const handle = (text: string, chatId: string, chatType: 'direct' | 'group') =>
    app.core.handle({ platform, userId, chatId, chatType, text, time: new Date() });
  return {
    userId,
    person: () => app.identities.personOf({ platform, userId }),
    /** What this account sees in its own chat. */
    dm: async (text: string): Promise<string> => {
      const turn = await handle(text, userId, 'direct');
      return turn.messages
        .filter((m) => m.to.chatId === userId && m.to.userId === userId)
        .map((m) => renderNumbered(m.text, m.choices))
        .join('\n');
    },
    /** The whole turn of a message said in the group. */
    group: (text: string): Promise<Turn> => handle(text, ROOM, 'group'),
  };
}
type Account = ReturnType<typeof account>;

/** A group turn that only told the asker, in the room, to write privately. */
function expectRefused(turn: Turn, who: Account): void {
  expect(turn.messages, everything(turn)).toHaveLength(1);
  const [refusal] = turn.messages;
  expect(refusal!.to).toMatchObject({ userId: who.userId, chatId: ROOM });
  expect(refusal!.text).toMatch(/^请私聊我/);
  expect(refusal!.choices ?? []).toEqual([]);
}

async function bindAdmin(app: App, userId: string): Promise<Account> {
  const admin = account(app, userId, 'telegram');
  expect(await admin.dm(`/bind ${app.staff.invite('admin', '市招商中心', null, new Date())}`)).toContain('绑定成功');
  return admin;
}

/** A merchant registers a lead in a direct chat; returns its reference (L000001). */
async function registerLead(merchant: Account): Promise<string> {
  let asked = await merchant.dm('我老家洪湖的 在上海做服装二十年了 想回去投资建个厂 大概两个亿');
  expect(asked).toContain('同意登记吗');
  asked = await merchant.dm('同意');
  for (let i = 0; i < 12 && !asked.includes('提交吗'); i++) {
    asked = await merchant.dm(asked.includes('称呼') ? '王建国' : asked.includes('手机号') ? PHONE : '跳过');
  }
  const done = await merchant.dm('确认');
  const ref = /编号 (L\d{6})/.exec(done)?.[1];
  expect(ref, done).toBeDefined();
  return ref!;
}

/** A user books a mentor in a direct chat; returns the booking reference. */
async function bookMentor(user: Account): Promise<string> {
  expect(await user.dm('我想预约创业导师 聊聊开网店')).toContain('线上还是线下');
  await user.dm('1');
  expect(await user.dm('1')).toContain('手机号');
  expect(await user.dm(PHONE)).toContain('139****5678');
  const booked = await user.dm('1');
  const ref = /编号 (YY\d{7})/.exec(booked)?.[1];
  expect(ref, booked).toBeDefined();
  return ref!;
}

const leadNumber = (ref: string) => Number(ref.slice(1));

describe('in a group chat nothing personal is shown or changed', () => {
  it('every command that reveals personal data or secrets is refused with "请私聊我"; /help, /start and /menu still work', async () => {
    const app = makeApp();
    const admin = await bindAdmin(app, 'boss');
    const ref = await registerLead(account(app, 'wx_merchant'));
    const commands = [
      '/link',
      '/link ABCD2345',
      '/bind S1234567',
      '/leads',
      `/lead ${ref}`,
      `/stage ${ref} 签约`,
      `/ack ${ref}`,
      '/reply T000001 您好',
      '/close T000001',
      '/schedule',
      '/accept YY0101123',
      '/decline YY0101123 没空',
      '/done YY0101123 聊得很好',
      '/notice',
      '/notices',
      '/lead@huixiang_bot L000001',
    ];
    for (const command of commands) {
      const turn = await admin.group(command);
      expectRefused(turn, admin);
      expect(everything(turn), command).not.toMatch(/139|王建国|绑定码是|L\d{6} /);
    }
    expect(app.leads.get(leadNumber(ref))).toMatchObject({ stage: '线索' });
    expect(app.leads.history(leadNumber(ref)).filter((h) => h.stageTo === '签约')).toEqual([]);

    for (const command of ['/help', '/start', '/menu']) {
      const turn = await admin.group(command);
      expect(everything(turn), command).not.toMatch(/^请私聊我/);
      expect(turn.messages.every((m) => m.to.chatId === ROOM)).toBe(true);
    }
    // /help in the group lists what works there, which does not tell the room who is staff.
    const help = everything(await admin.group('/help'));
    expect(help).toContain('/menu');
    expect(help).not.toMatch(/\/lead|\/link|\/bind/);
    expect(await admin.dm('/help')).toContain('/lead');
  });

  it('/link in a group shows no code, and a code cannot be redeemed from a group', async () => {
    const app = makeApp();
    const alice = account(app, 'wx_alice');
    const asked = await alice.group('/link');
    expectRefused(asked, alice);
    expect(everything(asked)).not.toMatch(/绑定码是|\/link \S/);

    // A code issued in a private chat, typed in a group (a member saw it over someone's shoulder): nothing links.
    const code = app.identities.issueCode(alice.person(), { platform: 'wechat', userId: alice.userId }, new Date());
    const bob = account(app, '777', 'telegram');
    expectRefused(await bob.group(`/link ${code}`), bob);
    expect(bob.person()).toBe('telegram:777');
    // The code was not used up by the group message: it still works where it belongs.
    expect(await bob.dm(`/link ${code}`)).toContain('绑定成功');
    expect(bob.person()).toBe(alice.person());
  });

  it('a /bind code typed in a group binds nobody and stays usable in a private chat', async () => {
    const app = makeApp();
    const code = app.staff.invite('admin', '市招商中心', null, new Date());
    const member = account(app, 'wx_member');
    expectRefused(await member.group(`/bind ${code}`), member);
    expect(app.staff.of(member.person())).toBeUndefined();
    expect(await member.dm(`/bind ${code}`)).toContain('绑定成功');
  });

  it("a staff member's /lead and /leads in a group show no phone or name; the same in private do", async () => {
    const app = makeApp();
    const admin = await bindAdmin(app, 'boss');
    const ref = await registerLead(account(app, 'wx_merchant'));
    // The attack from the review: the same command in private shows the full phone.
    expect(await admin.dm(`/lead ${ref}`)).toContain(PHONE);

    for (const command of [`/lead ${ref}`, '/leads', `/leads 线索`]) {
      const turn = await admin.group(command);
      expectRefused(turn, admin);
      expect(everything(turn)).not.toMatch(/139|5678|王建国|洪湖/);
    }
  });

  it('"我的预约", cancelling, booking and lead forms are refused in a group and start or change nothing', async () => {
    const app = makeApp();
    const user = account(app, 'wx_amy');
    const booking = await bookMentor(user);

    for (const text of ['我的预约', '取消预约', `取消预约 ${booking}`]) {
      const turn = await user.group(text);
      expectRefused(turn, user);
      expect(everything(turn)).not.toContain(booking);
    }
    expect(app.booking.bookings.byRef(booking)?.status).toBe('pending');

    const book = await user.group('我想预约创业导师 聊聊开网店');
    expectRefused(book, user);
    expect(book.intent).toBe('consult.book');
    const lead = await user.group('我老家洪湖的 想回去投资建个厂 大概两个亿 请招商部门联系我');
    expectRefused(lead, user);
    expect(lead.intent).toBe('lead.register');
    // Neither form was opened: the private chat goes on as if nothing had been said in the group.
    expect(await user.dm('同意')).not.toMatch(/称呼|线上还是线下/);
    expect(app.leads.list()).toEqual([]);
    expect(await user.dm('我的预约')).toContain(booking);
  });

  it('deletion is refused in a group, and a confirmation asked in private cannot be given from a group', async () => {
    const app = makeApp();
    const merchant = account(app, 'wx_merchant');
    const ref = await registerLead(merchant);

    const asked = await merchant.group('删除我的信息');
    expectRefused(asked, merchant);
    expect(asked.intent).toBe('privacy.delete');

    expect(await merchant.dm('删除我的信息')).toContain('确认删除吗');
    for (const text of ['1', '确认删除', 'privacy:delete:yes', '确认']) {
      const turn = await merchant.group(text);
      expect(everything(turn), text).not.toContain('已删除');
      expect(app.leads.get(leadNumber(ref)), text).toBeDefined();
    }
    // The question is still open in private, where the answer belongs.
    expect(await merchant.dm('1')).toContain('已删除');
    expect(app.leads.get(leadNumber(ref))).toBeUndefined();
  });

  it('a form open in private does not take a group message, and its summary is never shown in the group', async () => {
    const app = makeApp();
    const merchant = account(app, 'wx_merchant');
    let asked = await merchant.dm('我老家洪湖的 在上海做服装二十年了 想回去投资建个厂 大概两个亿');
    asked = await merchant.dm('同意');
    for (let i = 0; i < 12 && !asked.includes('手机号'); i++) asked = await merchant.dm(asked.includes('称呼') ? '王建国' : '跳过');
    expect(asked).toContain('手机号');

    for (const text of [PHONE, '跳过', '确认', '1', '取消']) {
      const turn = await merchant.group(text);
      expect(everything(turn), text).not.toMatch(/139\*|老家:|王建国|提交吗|登记成功|已取消登记/);
    }
    // A public question in the group is answered there; the form waits in private.
    const side = await merchant.group('返乡创业贴息贷款最多多少');
    expect(side.intent).toBe('policy.ask');
    expect(everything(side)).toMatch(/万元/);
    expect(app.leads.list()).toEqual([]);

    const summary = await merchant.dm(PHONE);
    expect(summary).toMatch(/老家:洪湖市[\s\S]*139\*\*\*\*5678/);
    expect(await merchant.dm('确认')).toMatch(/登记成功/);
  });

  it('a hand-off is refused in a group: staff replies would be posted in the room', async () => {
    const app = makeApp();
    await bindAdmin(app, 'boss');
    const user = account(app, 'wx_user');
    const turn = await user.group('转人工');
    expectRefused(turn, user);
    expect(turn.intent).toBe('handoff.human');
    expect(app.tickets.openOf(user.person())).toBeUndefined();
  });

  it('a booking action sent from a group (a pressed button, a typed value) acts on nothing', async () => {
    const app = makeApp();
    const mentors = app.booking.mentors.active();
    const mentor = mentors.find((m) => m.specialties.includes('电商直播'))!;
    for (const m of mentors) if (m.id !== mentor.id) app.booking.mentors.setActive(m.id, false);
    const bound = account(app, 'mentor-1', 'telegram');
    expect(await bound.dm(`/bind ${app.booking.mentors.invite(mentor.id, new Date())}`)).toContain('绑定成功');
    const user = account(app, 'wx_amy');
    const ref = await bookMentor(user);

    for (const action of [`booking:accept:${ref}`, `booking:decline:${ref}`, `/accept ${ref}`]) {
      const turn = await bound.group(action);
      expectRefused(turn, bound);
    }
    for (const action of [`manage:cancel:${ref}`, 'privacy:delete:yes']) expectRefused(await user.group(action), user);
    expect(app.booking.bookings.byRef(ref)?.status).toBe('pending');
  });

  it('public questions, events and contacts are answered in the group, to the room', async () => {
    const app = makeApp();
    const user = account(app, 'wx_user');
    const cases: Array<[string, string, RegExp]> = [
      ['返乡创业贴息贷款最多多少', 'policy.ask', /万元/],
      ['最近有什么活动', 'event.ask', /活动/],
      ['联席会议办公室电话多少', 'contact.ask', /8514460/],
    ];
    for (const [text, intent, answer] of cases) {
      const turn = await user.group(text);
      expect(turn.intent, text).toBe(intent);
      expect(everything(turn), text).toMatch(answer);
      expect(everything(turn), text).not.toMatch(/^请私聊我/);
      expect(turn.messages.every((m) => m.to.chatId === ROOM)).toBe(true);
    }
  });

  it('subscribing in a group says that notices come privately, not into the room', async () => {
    const app = makeApp();
    const turn = await account(app, 'wx_user').group('订阅活动通知');
    expect(turn.intent).toBe('notice.subscribe');
    expect(everything(turn)).toContain('私聊发给您');
    expect(everything(turn)).not.toContain('发到这里');
  });
});
