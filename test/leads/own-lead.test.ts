/**
 * One's own registration, looked at and changed in chat ("我的登记", "电话留错了 改成139…", "称呼改成王建国",
 * "投资规模写错了 是800万"). Before, these were read as questions (the office's phone, the talent database) or
 * started a second registration. Only the sender's own leads are ever shown or changed.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { makeApp } from '../helpers.ts';
import { account, bindStaff, idOf, refIn, registerLead, seen, to } from './lead-helpers.ts';

const FIRST = '我老家洪湖 在广州做物流 想回去投个冷库 大概两千万 请招商部门联系我';

async function registered(app: App, userId = 'wx_owner') {
  const u = account(app, userId);
  const ref = refIn(seen(await registerLead(u, FIRST, '王先生', '13886012345'), userId));
  return { u, ref, lead: () => app.leads.get(idOf(ref))! };
}

describe("the owner's registration", () => {
  it('is shown to its owner, the phone masked, with who follows it up', async () => {
    const app = makeApp();
    const { u, ref } = await registered(app);
    const turn = await u.say('我登记的信息帮我看一下');
    expect(turn.intent).toBe('lead.register');
    const reply = seen(turn, 'wx_owner');
    expect(reply).toContain(`登记 ${ref}`);
    expect(reply).toContain('138****2345');
    expect(reply).not.toContain('13886012345');
    expect(reply).toContain('洪湖市招商部门');
    expect(await u.ask('我的登记')).toContain(`登记 ${ref}`);
  });

  it('changes the phone right after registering, records it, and tells the county office', async () => {
    const app = makeApp();
    const honghu = await bindStaff(app, 'county', 'honghu', '洪湖市');
    const { u, ref, lead } = await registered(app);
    const turn = await u.say('电话留错了 改成13986012345');
    expect(turn.intent).toBe('lead.register');
    expect(seen(turn, 'wx_owner')).toContain(`已修改登记 ${ref}:电话改为 139****2345`);
    expect(lead().phone).toBe('13986012345');
    expect(app.leads.history(lead().id).at(-1)!.note).toBe('本人修改登记');
    expect(
      to(turn, honghu.me.userId)
        .map((m) => m.text)
        .join('\n'),
    ).toContain('线索有更新');
    // Still one registration, not a second.
    expect(app.leads.ofPerson(lead().person)).toHaveLength(1);
  });

  it('changes the name and the amount, and refuses a phone that is no mainland mobile', async () => {
    const app = makeApp();
    const { u, lead } = await registered(app);
    expect(await u.ask('称呼改成王建国')).toContain('称呼改为 王建国');
    expect(lead().name).toBe('王建国');
    expect(await u.ask('投资规模写错了 是800万')).toContain('投资规模改为约800万元');
    expect(lead().amountWan).toBe(800);
    expect(await u.ask('登记的电话改成12345')).toContain('这个号码是5位');
    expect(lead().phone).toBe('13886012345');
    expect(app.leads.ofPerson(lead().person)).toHaveLength(1);
  });

  it('changes the project in words, and tells the county office', async () => {
    const app = makeApp();
    await bindStaff(app, 'county', 'honghu', '洪湖市');
    const { u, ref, lead } = await registered(app);
    const turn = await u.say('项目写错了 应该是冷链仓储和农产品加工');
    expect(turn.intent).toBe('lead.register');
    expect(seen(turn, 'wx_owner')).toContain(`已修改登记 ${ref}:项目改为"冷链仓储和农产品加工"`);
    expect(lead().project).toBe('冷链仓储和农产品加工');
    expect(seen(turn, 'honghu')).toContain('线索有更新');
    expect(app.leads.ofPerson(lead().person)).toHaveLength(1);
  });

  it('someone with no registration is told so, not shown anything', async () => {
    const app = makeApp();
    await registered(app);
    const other = account(app, 'wx_nobody');
    const reply = await other.ask('我登记的信息帮我看一下');
    expect(reply).toContain('还没有登记过');
    expect(reply).not.toMatch(/L\d{6}|138\*/);
  });
});

describe('attacks on registrations', () => {
  it("another person's ref shows and changes nothing of theirs", async () => {
    const app = makeApp();
    const victim = await registered(app, 'wx_victim');
    const thief = await registered(app, 'wx_thief');
    const reply = await thief.u.ask(`${victim.ref}的电话改成13900001111`);
    expect(reply).toContain(`没有找到您编号为 ${victim.ref} 的登记`);
    expect(victim.lead().phone).toBe('13886012345');
    expect(thief.lead().phone).toBe('13886012345');
    expect(await thief.u.ask(`查一下我的登记 ${victim.ref}`)).not.toContain('洪湖市招商部门(线索)\n登记');
  });

  it('in a group chat the registration is not shown', async () => {
    const app = makeApp();
    await registered(app);
    const turn = await app.core.handle({
      platform: 'wechat',
      userId: 'wx_owner',
      chatId: 'group-1',
      chatType: 'group',
      text: '@回乡通 我的登记',
      time: new Date(),
    });
    const text = turn.messages.map((m) => m.text).join('\n');
    expect(text).not.toContain('138****');
    expect(text).not.toMatch(/登记 L\d{6}/);
  });
});

describe('deleting after changing', () => {
  it('removes the old and the new phone and the changed name from every table', async () => {
    const app = makeApp();
    const { u } = await registered(app, 'wx_changer');
    await u.ask('电话留错了 改成13986012345');
    await u.ask('称呼改成王建国');
    expect(await u.ask('删除我的信息')).toContain('确认删除吗');
    await u.ask('1');
    const tables = (app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (t) => t.name,
    );
    for (const table of tables) {
      const rows = JSON.stringify(app.db.prepare(`SELECT * FROM "${table}"`).all());
      for (const trace of ['wx_changer', '13886012345', '13986012345', '王建国'])
        expect(rows, `${table} still holds ${trace}`).not.toContain(trace);
    }
  });
});
