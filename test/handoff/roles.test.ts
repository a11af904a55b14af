/**
 * Issue 10, findings 6 and 8 (relay): a hand-off ticket is claimed by one staff member; others cannot answer or
 * close it (an admin may take it over explicitly, and the one who had it is told). Only admins get ticket cards.
 * What the user types is relayed masked to everyone but the staff member who claimed the ticket.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { makeApp } from '../helpers.ts';
import { account, bindStaff, to } from '../leads/lead-helpers.ts';

const ID = '420102199001011234';
const PHONE = '13812345678';

async function openTicket(app: App) {
  const staff1 = await bindStaff(app, 'admin', 'staff1');
  const staff2 = await bindStaff(app, 'admin', 'staff2');
  const operator = await bindStaff(app, 'operator', 'op');
  const county = await bindStaff(app, 'county', 'hh', '洪湖市');
  const user = account(app, 'wx_user');
  await user.say(`我的电话是${PHONE},创业担保贷款最多多少`);
  const opened = await user.say('转人工');
  expect(opened.intent).toBe('handoff.human');
  const ref = /工单 (T\d{6})/.exec(to(opened, 'wx_user')[0]!.text)![1]!;
  return { staff1, staff2, operator, county, user, opened, ref, id: Number(ref.slice(1)) };
}

describe('who gets a ticket (finding 6)', () => {
  it('admins get the card, with phone numbers masked; operators and county offices do not', async () => {
    const app = makeApp();
    const { opened } = await openTicket(app);
    expect(
      opened.messages
        .filter((m) => m.to.userId !== 'wx_user')
        .map((m) => m.to.userId)
        .sort(),
    ).toEqual(['staff1', 'staff2']);
    const card = to(opened, 'staff1')[0]!.text;
    expect(card).toContain('创业担保贷款最多多少');
    expect(card).not.toContain(PHONE);
    expect(card).toContain('/claim');
  });

  it('operators and county offices can neither claim, answer nor close a ticket', async () => {
    const app = makeApp();
    const { operator, county, ref, id } = await openTicket(app);
    for (const staff of [operator, county]) {
      const replied = await staff.say(`/reply ${ref} 我来回答`);
      expect(to(replied, 'wx_user')).toEqual([]);
      expect(await staff.ask(`/claim ${ref}`)).toContain('人工工单由管理员处理');
      expect(await staff.ask(`/close ${ref}`)).toContain('人工工单由管理员处理');
    }
    expect(app.tickets.get(id)).toMatchObject({ status: 'open', staff: null });
  });
});

describe('a ticket is claimed by one staff member (finding 6)', () => {
  it("the first /reply claims it; staff 2 can neither /reply to nor /close it; the user sees staff 1's name", async () => {
    const app = makeApp();
    const { staff1, staff2, ref, id } = await openTicket(app);
    const first = await staff1.say(`/reply ${ref} 您好,个人最高30万`);
    expect(to(first, 'wx_user')[0]!.text).toContain('工作人员admin-staff1回复');
    expect(app.tickets.get(id)!.staff).toBe('telegram:staff1');

    const intrusion = await staff2.say(`/reply ${ref} 别听他的,加我微信`);
    expect(to(intrusion, 'wx_user')).toEqual([]);
    expect(seenBy(intrusion, 'staff2')).toContain('已由admin-staff1处理');
    const closing = await staff2.say(`/close ${ref}`);
    expect(to(closing, 'wx_user')).toEqual([]);
    expect(app.tickets.get(id)!.status).toBe('open');

    expect(await staff1.ask(`/close ${ref}`)).toContain('已结束');
    expect(app.tickets.get(id)!.status).toBe('closed');
  });

  it('/claim claims a ticket before answering; an admin takes it over only explicitly, and the one who had it is told', async () => {
    const app = makeApp();
    const { staff1, staff2, user, ref, id } = await openTicket(app);
    expect(await staff1.ask(`/claim ${ref}`)).toContain(`已接手工单 ${ref}`);
    expect(await staff1.ask(`/claim ${ref}`)).toContain('已经由您处理');
    expect(await staff2.ask(`/claim ${ref}`)).toContain(`/claim ${ref} 接手`);
    expect(app.tickets.get(id)!.staff).toBe('telegram:staff1');

    const takeover = await staff2.say(`/claim ${ref} 接手`);
    expect(to(takeover, 'staff1')[0]!.text).toContain(`工单 ${ref} 已由admin-staff2接手`);
    expect(app.tickets.get(id)!.staff).toBe('telegram:staff2');
    expect(to(await staff1.say(`/reply ${ref} 我还在`), 'wx_user')).toEqual([]);
    const answer = await staff2.say(`/reply ${ref} 我来跟进`);
    expect(to(answer, 'wx_user')[0]!.text).toContain('工作人员admin-staff2回复');
    // asking for a person again reaches the holder only
    const again = await user.say('转人工');
    expect(again.messages.filter((m) => m.to.userId !== 'wx_user').map((m) => m.to.userId)).toEqual(['staff2']);
    // the user's follow-up now reaches staff 2 only
    const follow = await user.say('好的谢谢 需要带什么材料');
    expect(
      to(follow, 'staff2')
        .map((m) => m.text)
        .join('\n'),
    ).toContain('需要带什么材料');
    expect(to(follow, 'staff1')).toEqual([]);
  });
});

const seenBy = (turn: Awaited<ReturnType<ReturnType<typeof account>['say']>>, userId: string) =>
  to(turn, userId)
    .map((m) => m.text)
    .join('\n');

describe('a holder who lost the role holds nothing (finding 6)', () => {
  it("once staff 1 is no longer staff, the user's words stop reaching them and staff 2 can answer", async () => {
    const app = makeApp();
    const { staff1, staff2, user, ref, id } = await openTicket(app);
    await staff1.say(`/claim ${ref}`);
    expect(app.staff.remove('telegram:staff1')).toBe(true);
    const follow = await user.say(`还在吗 我电话${PHONE}`);
    expect(to(follow, 'staff1')).toEqual([]);
    expect(seenBy(follow, 'staff2')).not.toContain(PHONE);
    const answer = await staff2.say(`/reply ${ref} 我来跟进`);
    expect(to(answer, 'wx_user')[0]!.text).toContain('工作人员admin-staff2回复');
    expect(app.tickets.get(id)!.staff).toBe('telegram:staff2');
  });
});

describe('relayed text is masked except to the claimed staff member (finding 8, relay)', () => {
  it("before a claim, admins get the user's follow-up with the ID and phone masked", async () => {
    const app = makeApp();
    const { user, ref } = await openTicket(app);
    const follow = await user.say(`我的身份证号是${ID},手机${PHONE},请帮我查一下`);
    for (const staff of ['staff1', 'staff2']) {
      const text = seenBy(follow, staff);
      expect(text).toContain(`[${ref} 用户]`);
      expect(text).toContain('请帮我查一下');
      expect(text).not.toContain(ID);
      expect(text).not.toContain(PHONE);
    }
    expect(to(follow, 'op')).toEqual([]);
    expect(to(follow, 'hh')).toEqual([]);
  });

  it('after a claim, the claimed staff member sees what the user typed; nobody else gets it', async () => {
    const app = makeApp();
    const { staff1, user, ref } = await openTicket(app);
    await staff1.say(`/reply ${ref} 请把身份证号发给我核实`);
    const follow = await user.say(`身份证号${ID}`);
    expect(seenBy(follow, 'staff1')).toContain(ID);
    expect(to(follow, 'staff2')).toEqual([]);
    expect(to(follow, 'op')).toEqual([]);
    // commands to the bot are not relayed (a /link code is a secret, even to the holder)
    expect(to(await user.say('/link ABCD-EFGH-JKMN'), 'staff1')).toEqual([]);
  });
});
