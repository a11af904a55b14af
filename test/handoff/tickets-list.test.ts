/**
 * /tickets: an admin sees the open hand-off tickets, oldest first, with how long each has waited, who holds it and the
 * user's words (masked). Before, staff learnt of a ticket only from the card sent when it opened.
 */
import { describe, expect, it } from 'vitest';
import { makeApp } from '../helpers.ts';
import { account, bindStaff } from '../leads/lead-helpers.ts';

const PHONE = '13812345678';

async function twoTickets() {
  let now = Date.parse('2026-12-03T10:00:00+08:00');
  const app = makeApp({ now: () => new Date(now) });
  const staff1 = await bindStaff(app, 'admin', 'staff1');
  const staff2 = await bindStaff(app, 'admin', 'staff2');
  const first = account(app, 'wx_first');
  await first.say(`我的电话是${PHONE},创业担保贷款批不下来`);
  await first.say('转人工');
  now += 50 * 60_000;
  const second = account(app, 'wx_second');
  await second.say('人工客服');
  now += 25 * 60_000;
  const [a, b] = app.tickets.listOpen().tickets.map((t) => `T${String(t.id).padStart(6, '0')}`);
  return { app, staff1, staff2, first, second, refs: [a!, b!] as const, later: (minutes: number) => (now += minutes * 60_000) };
}

describe('/tickets', () => {
  it('lists the open tickets oldest first: waiting time, not claimed, the words before "转人工" with the phone masked', async () => {
    const { staff1, refs } = await twoTickets();
    const list = await staff1.ask('/tickets');
    expect(list).toContain('待处理的人工工单 2 个');
    expect(list.indexOf(refs[0])).toBeLessThan(list.indexOf(refs[1]));
    expect(list).toMatch(new RegExp(`${refs[0]} 已等1小时15分钟,未接手:.*创业担保贷款批不下来`));
    expect(list).toMatch(new RegExp(`${refs[1]} 已等25分钟,未接手`));
    expect(list).not.toContain(PHONE);
    expect(list).toContain('/claim 工单号');
  });

  it('says who holds a claimed ticket, to the holder and to the other admins; a closed ticket is gone', async () => {
    const { staff1, staff2, refs } = await twoTickets();
    await staff1.say(`/claim ${refs[0]}`);
    expect(await staff1.ask('/tickets')).toContain(`${refs[0]} 已等1小时15分钟,您在处理`);
    expect(await staff2.ask('/tickets')).toMatch(new RegExp(`${refs[0]} 已等1小时15分钟,\\S+在处理`));
    await staff1.say(`/close ${refs[0]}`);
    const after = await staff2.ask('/tickets');
    expect(after).toContain('待处理的人工工单 1 个');
    expect(after).not.toContain(refs[0]);
  });

  it('with nothing open, says so', async () => {
    const app = makeApp();
    const admin = await bindStaff(app, 'admin', 'staff1');
    expect(await admin.ask('/tickets')).toContain('目前没有待处理的人工工单');
  });

  it('is refused to operators, county offices and plain users, and shows them no ticket', async () => {
    const { app, refs } = await twoTickets();
    const operator = await bindStaff(app, 'operator', 'op');
    const county = await bindStaff(app, 'county', 'hh', '洪湖市');
    for (const who of [operator, county]) {
      const reply = await who.ask('/tickets');
      expect(reply).toContain('人工工单由管理员处理');
      expect(reply).not.toContain(refs[0]);
    }
    const user = account(app, 'wx_plain');
    const reply = await user.ask('/tickets');
    expect(reply).toContain('只对已绑定的工作人员开放');
    expect(reply).not.toContain(refs[0]);
  });

  it('is listed in /help for admins only', async () => {
    const { staff1, first } = await twoTickets();
    expect(await staff1.ask('/help')).toContain('/tickets');
    expect(await first.ask('/help')).not.toContain('/tickets');
  });
});
