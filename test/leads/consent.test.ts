/**
 * Issue 10, finding 6: the consent and privacy texts say what the system does. Who they name as seeing a lead is
 * who the code notifies; nothing promises a response time the plan never makes; deletion is offered.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_LABEL } from '../../src/leads/staff.ts';
import { makeApp } from '../helpers.ts';
import { account, bindStaff, registerLead, seen } from './lead-helpers.ts';

/** Promises of a reply within some time: none is in the plan. */
const RESPONSE_TIME = /\d+个?(工作日|小时|天)内|尽快|马上|立即联系/;

describe('the lead consent text names who really gets the lead (finding 6)', () => {
  it('names admins and the hometown county office, the roles the code notifies; not two city departments; offers deletion', async () => {
    const app = makeApp();
    const staff = {
      boss: { role: 'admin', county: null },
      hh: { role: 'county', county: '洪湖市' },
      jl: { role: 'county', county: '监利市' },
      op: { role: 'operator', county: null },
    } as const;
    for (const [id, s] of Object.entries(staff)) await bindStaff(app, s.role, id, s.county);
    const u = account(app, 'wx_c');
    const consent = await u.ask('我老家洪湖 想回去投资建个厂 请招商部门联系我');
    expect(consent).toContain('同意登记吗');
    expect(consent).not.toMatch(/市招商中心|市人社局|这两个部门/);
    expect(consent).toContain('删除我的信息');
    expect(consent).not.toMatch(RESPONSE_TIME);

    // Whom the code actually told about the lead, and that the consent text names each of them
    const done = await registerLead(u, '我老家洪湖 想回去投资建个厂 请招商部门联系我', '王先生', '13912345678');
    const told = [...new Set(done.messages.filter((m) => m.to.userId !== 'wx_c').map((m) => m.to.userId))] as Array<keyof typeof staff>;
    expect(told.sort()).toEqual(['boss', 'hh']);
    for (const id of told) {
      const s = staff[id];
      expect(consent).toContain(s.role === 'admin' ? ROLE_LABEL.admin : '老家所在县市区的招商部门');
    }
    // and says that station operators, who are not told, do not see it
    expect(consent).not.toContain(ROLE_LABEL.operator);
  });

  it('the submit reply names the office of this lead and promises no response time', async () => {
    const app = makeApp();
    const reply = seen(
      await registerLead(account(app, 'wx_s'), '我老家洪湖 想回去投资建个厂 请招商部门联系我', '王先生', '13912345678'),
      'wx_s',
    );
    expect(reply).toMatch(/登记成功,编号 L\d{6}/);
    expect(reply).toContain('洪湖市招商部门');
    expect(reply).not.toMatch(RESPONSE_TIME);
    expect(reply).toContain('删除我的信息');

    const outside = seen(await registerLead(account(app, 'wx_o'), '老家是宜昌的 想来荆州投资开个厂 请联系我', '李总'), 'wx_o');
    expect(outside).not.toMatch(RESPONSE_TIME);
    expect(outside).not.toContain('宜昌招商部门');
    expect(outside).toContain('管理员');
  });
});

describe('the privacy worry reply (finding 6)', () => {
  it('says who sees what as the code routes it, that deletion is possible, and promises nothing else', async () => {
    const app = makeApp();
    const reply = await account(app, 'wx_w').ask('我的信息会不会泄露 谁能看到');
    expect(reply).not.toMatch(/市招商中心和市人社局|不会出售/);
    expect(reply).toContain('管理员');
    expect(reply).toContain('老家所在县市区的招商部门');
    expect(reply).toContain('删除我的信息');
    expect(reply).not.toMatch(RESPONSE_TIME);
  });
});
