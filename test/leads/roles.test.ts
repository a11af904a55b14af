/**
 * Issue 10, finding 6: who sees leads. Station operators see none; a county office sees its own county's; leads
 * whose hometown is unknown or outside Jingzhou are for admins only. Chat commands and notifications alike.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { leadRef } from '../../src/handlers/staff.ts';
import { overdueDigest } from '../../src/leads/digest.ts';
import type { LeadFields } from '../../src/leads/leads.ts';
import { makeApp } from '../helpers.ts';
import { account, bindStaff, registerLead, to } from './lead-helpers.ts';

const owner = (id: string) => ({ person: `wechat:${id}`, platform: 'wechat', userId: id, chatId: id });

/** Four leads: Honghu, Jianli, outside Jingzhou, nothing known; each with its own phone. */
function seedLeads(app: App) {
  const make = (id: string, fields: Omit<LeadFields, 'kind'>, phone: string) =>
    app.leads.save(owner(id), { kind: '楚商回乡', ...fields, phone }, 'user', Date.parse('2026-11-20T10:00:00+08:00')).lead;
  return {
    honghu: make('h', { hometown: '洪湖市', name: '洪先生' }, '13900000001'),
    jianli: make('j', { hometown: '监利市', name: '监女士' }, '13900000002'),
    outside: make('o', { outsideJingzhou: '宜昌', name: '宜先生' }, '13900000003'),
    unknown: make('u', { name: '无名' }, '13900000004'),
  };
}

async function staffOf(app: App) {
  const admin = await bindStaff(app, 'admin', 'boss');
  const honghu = await bindStaff(app, 'county', 'hh', '洪湖市');
  const operator = await bindStaff(app, 'operator', 'op');
  return { admin, honghu, operator };
}

describe('station operators see no leads (finding 6)', () => {
  it('/leads, /lead, /stage and /ack are refused to an operator and change nothing', async () => {
    const app = makeApp();
    const leads = seedLeads(app);
    const { operator } = await staffOf(app);
    const list = await operator.ask('/leads');
    expect(list).toContain('联络站运营');
    for (const lead of Object.values(leads)) {
      expect(list).not.toContain(leadRef(lead.id));
      const shown = await operator.ask(`/lead ${leadRef(lead.id)}`);
      expect(shown).not.toContain(lead.phone!);
      expect(shown).not.toContain(lead.name!);
      expect(await operator.ask(`/stage ${leadRef(lead.id)} 签约`)).not.toContain('已改为');
      expect(await operator.ask(`/ack ${leadRef(lead.id)}`)).not.toContain('已确认');
      expect(app.leads.get(lead.id)).toMatchObject({ stage: '线索', acknowledgedAt: null });
    }
    expect(await operator.ask('/leads 线索')).not.toMatch(/L\d{6}/);
  });
});

describe('a county office sees its own county only (finding 6)', () => {
  it("lists, shows, moves and acknowledges its county's leads, and no others (outside Jingzhou and unknown: admins only)", async () => {
    const app = makeApp();
    const leads = seedLeads(app);
    const { admin, honghu } = await staffOf(app);

    const list = await honghu.ask('/leads');
    expect(list).toContain(leadRef(leads.honghu.id));
    for (const other of [leads.jianli, leads.outside, leads.unknown]) {
      expect(list).not.toContain(leadRef(other.id));
      const ref = leadRef(other.id);
      expect(await honghu.ask(`/lead ${ref}`)).toContain(`没有找到您能查看的线索 ${ref}`);
      expect(await honghu.ask(`/stage ${ref} 考察`)).toContain(`没有找到您能查看的线索 ${ref}`);
      expect(await honghu.ask(`/ack ${ref}`)).toContain(`没有找到您能查看的线索 ${ref}`);
      expect(app.leads.get(other.id)).toMatchObject({ stage: '线索', acknowledgedAt: null });
    }
    expect(await honghu.ask(`/lead ${leadRef(leads.honghu.id)}`)).toContain('13900000001');
    expect(await honghu.ask(`/stage ${leadRef(leads.honghu.id)} 考察`)).toContain('已改为"考察"');

    const all = await admin.ask('/leads');
    for (const lead of Object.values(leads)) expect(all).toContain(leadRef(lead.id));
    expect(await admin.ask(`/lead ${leadRef(leads.outside.id)}`)).toContain('13900000003');
  });

  it('a county account without a county sees nothing, not everything', async () => {
    const app = makeApp();
    const leads = seedLeads(app);
    const nowhere = await bindStaff(app, 'county', 'nowhere', null);
    const list = await nowhere.ask('/leads');
    for (const lead of Object.values(leads)) {
      expect(list).not.toContain(leadRef(lead.id));
      expect(await nowhere.ask(`/lead ${leadRef(lead.id)}`)).not.toContain(lead.phone!);
    }
  });
});

describe('lead notifications follow the same rule (finding 6)', () => {
  it('a new lead reaches admins and its county office; never an operator, another county, or a county-less account', async () => {
    const app = makeApp();
    await staffOf(app);
    await bindStaff(app, 'county', 'jl', '监利市');
    await bindStaff(app, 'county', 'nowhere', null);

    const inHonghu = await registerLead(account(app, 'wx_h'), '我老家洪湖 想回去投资建个厂 请招商部门联系我', '洪先生', '13900000011');
    expect(
      inHonghu.messages
        .filter((m) => m.to.userId !== 'wx_h')
        .map((m) => m.to.userId)
        .sort(),
    ).toEqual(['boss', 'hh']);

    const outside = await registerLead(account(app, 'wx_o'), '老家是宜昌的 想来荆州投资开个厂 请联系我', '宜先生', '13900000012');
    expect(outside.messages.filter((m) => m.to.userId !== 'wx_o').map((m) => m.to.userId)).toEqual(['boss']);
    expect(to(outside, 'op')).toEqual([]);
  });

  it('the overdue digest: admins all, a county office its own, nobody else', async () => {
    const app = makeApp();
    seedLeads(app);
    await staffOf(app);
    await bindStaff(app, 'county', 'nowhere', null);
    const reach = (person: string) => app.booking.reach(person);
    const digest = overdueDigest(app.leads, app.staff, reach, Date.parse('2026-11-30T10:30:00+08:00'));
    expect(digest.map((m) => m.to.userId).sort()).toEqual(['boss', 'hh']);
    const county = digest.find((m) => m.to.userId === 'hh')!.text;
    expect(county).toContain('洪湖市');
    expect(county).not.toMatch(/监利|宜昌/);
  });
});

describe('/help lists to each role only the commands that role may use (finding 6)', () => {
  it('operators are not offered lead or ticket commands, county offices not ticket commands, admins all', async () => {
    const app = makeApp();
    const { admin, honghu, operator } = await staffOf(app);
    const commandsIn = (help: string) => new Set([...help.matchAll(/\/([a-z]+) /g)].map((m) => m[1]));
    const forOperator = commandsIn(await operator.ask('/help'));
    for (const c of ['leads', 'lead', 'stage', 'ack', 'merge', 'claim', 'reply', 'close']) expect(forOperator.has(c), c).toBe(false);
    expect(forOperator.has('notice')).toBe(true);
    const forCounty = commandsIn(await honghu.ask('/help'));
    for (const c of ['leads', 'lead', 'stage', 'ack', 'merge']) expect(forCounty.has(c), c).toBe(true);
    for (const c of ['claim', 'reply', 'close', 'notice']) expect(forCounty.has(c), c).toBe(false);
    const forAdmin = commandsIn(await admin.ask('/help'));
    for (const c of ['leads', 'lead', 'stage', 'ack', 'merge', 'claim', 'reply', 'close', 'notice', 'notices'])
      expect(forAdmin.has(c), c).toBe(true);
  });
});
