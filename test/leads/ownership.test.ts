/**
 * Issue 10, finding 4: a lead belongs to the person who registered it. Another person registering the same phone
 * learns nothing and takes nothing over; staff see the possible duplicate and merge by hand (chat and CLI).
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leads as leadsArea } from '../../src/cli/admin/leads.ts';
import { UsageError } from '../../src/cli/startup.ts';
import { CRASH_SIGNS, makeApp, tempDir } from '../helpers.ts';
import { account, bindStaff, idOf, refIn, registerLead, seen, to } from './lead-helpers.ts';

const PHONE = '13912345678';
const A_FIRST = '我老家洪湖 想回去投资建个厂 大概两千万 请招商部门联系我';
const B_FIRST = '我老家监利 想回去开个农家乐 请人联系我';

/** A registers a Honghu lead; B then registers a Jianli one with A's phone. */
async function victimAndCopycat(app: App) {
  const admin = await bindStaff(app, 'admin', 'boss');
  const honghu = await bindStaff(app, 'county', 'honghu', '洪湖市');
  const jianli = await bindStaff(app, 'county', 'jianli', '监利市');
  const a = account(app, 'wx_victim');
  const aRef = refIn(seen(await registerLead(a, A_FIRST, '王先生', PHONE), 'wx_victim'));
  const aBefore = app.leads.get(idOf(aRef))!;
  const aHistory = app.leads.history(aBefore.id);
  const b = account(app, 'wx_copycat');
  const bTurn = await registerLead(b, B_FIRST, '李某', PHONE);
  return { admin, honghu, jianli, a, aRef, aBefore, aHistory, b, bTurn, bReply: seen(bTurn, 'wx_copycat') };
}

describe('registering with a phone someone else registered (finding 4)', () => {
  it("B's reply reveals nothing about A's registration; A's lead is unchanged and still A's; B gets a new lead marked as a possible duplicate", async () => {
    const app = makeApp();
    const { aRef, aBefore, aHistory, bReply } = await victimAndCopycat(app);

    expect(bReply).toMatch(/^登记成功,编号 L\d{6}。/);
    const bRef = refIn(bReply);
    expect(bRef).not.toBe(aRef);
    expect(bReply).not.toContain(aRef);
    expect(bReply).not.toMatch(/更新|之前|已登记|重复|洪湖/);
    // it may name the office that follows up this lead (B's own county)
    expect(bReply).toContain('监利市招商部门');

    expect(app.leads.get(aBefore.id)).toEqual(aBefore);
    expect(app.leads.history(aBefore.id)).toEqual(aHistory);
    const bLead = app.leads.get(idOf(bRef))!;
    expect(bLead).toMatchObject({ person: 'wechat:wx_copycat', phone: PHONE, hometown: '监利市', name: '李某', duplicateOf: aBefore.id });
    expect(app.leads.get(aBefore.id)!.duplicateOf).toBeNull();
  });

  it("B's deletion of their data leaves A's lead", async () => {
    const app = makeApp();
    const { aBefore, b } = await victimAndCopycat(app);
    expect(await b.ask('删除我的信息')).toContain('确认删除吗');
    expect(await b.ask('1')).toContain('线索1条');
    expect(app.leads.ofPerson('wechat:wx_copycat')).toEqual([]);
    expect(app.leads.get(aBefore.id)).toEqual(aBefore);
  });

  it("A's deletion leaves B's lead, no longer pointing at a lead that is gone", async () => {
    const app = makeApp();
    const { a, bReply } = await victimAndCopycat(app);
    await a.ask('删除我的信息');
    await a.ask('1');
    expect(app.leads.get(idOf(refIn(bReply)))).toMatchObject({ person: 'wechat:wx_copycat', duplicateOf: null });
  });

  it('the owner registering the same phone again updates their own lead, with dated history', async () => {
    const app = makeApp();
    const a = account(app, 'wx_again');
    const first = refIn(seen(await registerLead(a, A_FIRST, '王先生', PHONE), 'wx_again'));
    const again = seen(await registerLead(a, '我老家洪湖 想回去开个服装厂 投资五千万 请招商部门联系我', '王总', PHONE), 'wx_again');
    expect(again).toContain(`已更新您的登记,编号 ${first}`);
    expect(app.leads.list()).toHaveLength(1);
    expect(app.leads.get(idOf(first))).toMatchObject({ name: '王总', amountWan: 5000, person: 'wechat:wx_again', duplicateOf: null });
    expect(app.leads.history(idOf(first)).map((h) => h.note)).toEqual(['新线索', '本人再次登记,已更新']);
  });
});

describe('staff see and merge possible duplicates (finding 4)', () => {
  it('the notification and /lead say which lead it may duplicate; the original names its possible duplicates', async () => {
    const app = makeApp();
    const { admin, jianli, aRef, bTurn, bReply } = await victimAndCopycat(app);
    const bRef = refIn(bReply);
    const told = to(bTurn, 'boss')
      .map((m) => m.text)
      .join('\n');
    expect(told).toContain(`可能与 ${aRef} 重复`);
    expect(told).toContain(`/merge ${bRef} ${aRef}`);
    // Jianli's office is told too, but cannot merge into a Honghu lead: it is told to ask an admin
    const jianliTold = to(bTurn, 'jianli')
      .map((m) => m.text)
      .join('\n');
    expect(jianliTold).toContain(`可能与 ${aRef} 重复`);
    expect(jianliTold).toContain('请管理员合并');
    expect(jianliTold).not.toContain('/merge');
    // Honghu's office is not told about a Jianli lead
    expect(to(bTurn, 'honghu')).toEqual([]);

    expect(await admin.ask(`/lead ${bRef}`)).toContain(`可能与 ${aRef} 重复`);
    expect(await admin.ask(`/lead ${aRef}`)).toContain(`可能重复的登记:${bRef}`);
    expect(await jianli.ask(`/lead ${bRef}`)).toContain(`可能与 ${aRef} 重复`);
  });

  it('/merge: only admins and a county office that may handle both; keeps both histories and the owner merged into', async () => {
    const app = makeApp();
    const { admin, jianli, honghu, aRef, aBefore, aHistory, bReply } = await victimAndCopycat(app);
    const operator = await bindStaff(app, 'operator', 'station');
    const plain = account(app, 'wx_plain');
    const bRef = refIn(bReply);
    const bId = idOf(bRef);
    const bHistory = app.leads.history(bId);

    expect(await plain.ask(`/merge ${bRef} ${aRef}`)).toContain('只对已绑定的工作人员开放');
    expect(await operator.ask(`/merge ${bRef} ${aRef}`)).toContain('联络站运营账号不查看线索');
    expect(await jianli.ask(`/merge ${bRef} ${aRef}`)).toContain(`没有找到您能查看的线索 ${aRef}`);
    expect(await honghu.ask(`/merge ${bRef} ${aRef}`)).toContain(`没有找到您能查看的线索 ${bRef}`);
    expect(await admin.ask(`/merge ${aRef} ${aRef}`)).toContain('不能合并到自己');
    expect(await admin.ask('/merge')).toContain('用法:/merge');
    expect(app.leads.get(bId)).toBeDefined();

    expect(await admin.ask(`/merge ${bRef} ${aRef}`)).toContain(`已把 ${bRef} 合并到 ${aRef}`);
    expect(app.leads.get(bId)).toBeUndefined();
    const merged = app.leads.get(aBefore.id)!;
    // the lead merged into keeps its owner and its own details; B's only fill what A's lacked
    expect(merged).toMatchObject({
      person: aBefore.person,
      userId: aBefore.userId,
      name: '王先生',
      hometown: '洪湖市',
      ownerOffice: '洪湖市招商部门',
      phone: PHONE,
    });
    const history = app.leads.history(aBefore.id);
    expect(history).toHaveLength(aHistory.length + bHistory.length + 1);
    // A's entries, B's entries (marked with B's number, dated as they were) and the merge itself
    expect(history.filter((h) => h.note?.startsWith(`[${bRef}]`)).map((h) => h.at)).toEqual(bHistory.map((h) => h.at));
    const last = history.at(-1)!;
    expect(last.actor).toBe('admin-boss');
    expect(last.note).toContain(`合并 ${bRef}`);
    // which of B's details differed is named, not B's values (B's data does not outlive B's lead)
    expect(last.note).toContain('未采用其不同信息:称呼、老家');
    expect(last.note).not.toMatch(/李某|监利/);
    expect(await admin.ask(`/lead ${aRef}`)).toContain(`[${bRef}] 新线索`);
    // B's later deletion no longer reaches the merged lead (its owner is A)
    expect(app.leads.ofPerson('wechat:wx_copycat')).toEqual([]);
  });

  it('a county office merges two leads of its own county', async () => {
    const app = makeApp();
    const honghu = await bindStaff(app, 'county', 'hh', '洪湖市');
    const first = refIn(seen(await registerLead(account(app, 'wx_1'), A_FIRST, '王先生', PHONE), 'wx_1'));
    const second = refIn(seen(await registerLead(account(app, 'wx_2'), '老家洪湖 想回去开个饭店 请联系我', '王二', PHONE), 'wx_2'));
    expect(app.leads.get(idOf(second))!.duplicateOf).toBe(idOf(first));
    expect(await honghu.ask(`/merge ${second} ${first}`)).toContain(`已把 ${second} 合并到 ${first}`);
    expect(app.leads.list().map((l) => l.id)).toEqual([idOf(first)]);
  });
});

describe('admin CLI: duplicates and merging (finding 4)', () => {
  it('`leads list` marks possible duplicates, the export has a column for it; `leads merge FROM INTO` merges; bad input gets one plain line', async () => {
    // The area's commands run in-process, as the CLI runs them (its process wrapper is tested in test/cli/admin.test.ts).
    const app = makeApp();
    const owner = (id: string) => ({ person: `wechat:${id}`, platform: 'wechat', userId: id, chatId: id });
    const a = app.leads.save(owner('a'), { kind: '楚商回乡', hometown: '洪湖市', name: '王先生', phone: PHONE }, 'user', 1000).lead;
    const b = app.leads.save(owner('b'), { kind: '返乡创业', hometown: '监利市', company: '荆楚农庄', phone: PHONE }, 'user', 2000).lead;
    const run = async (command: string, args: string[], flags: Record<string, string> = {}) => {
      const lines: string[] = [];
      const values: unknown[] = [];
      await leadsArea[command]!({ app, args, flags, out: { text: (l) => void lines.push(l), json: (v) => void values.push(v) } });
      return { text: lines.join('\n'), json: values[0] };
    };

    expect((await run('list', [])).text).toMatch(/L000002.*可能与 L000001 重复/);
    const listed = (await run('list', [], { json: 'true' })).json as Array<{ ref: string; duplicateOf: string | null }>;
    expect(listed.map((l) => [l.ref, l.duplicateOf])).toEqual([
      ['L000001', null],
      ['L000002', 'L000001'],
    ]);
    const out = join(tempDir(), 'leads.csv');
    await run('export', [], { out });
    const [header, , second] = readFileSync(out, 'utf8').split('\r\n');
    expect(header).toContain('可能重复');
    expect(second).toContain('L000001');

    for (const bad of [['L2'], ['L2', 'L2'], ['L9', 'L1']]) {
      const refused = await run('merge', bad).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused, bad.join(' ')).toBeInstanceOf(UsageError);
      expect(String((refused as Error).message).split('\n')[0], bad.join(' ')).not.toMatch(CRASH_SIGNS);
    }
    expect(app.leads.get(b.id)).toBeDefined();

    expect((await run('merge', ['L2', 'L1'], { by: '张科长' })).text).toContain('L000002 → L000001');
    expect(app.leads.get(b.id)).toBeUndefined();
    expect(app.leads.get(a.id)).toMatchObject({ person: 'wechat:a', name: '王先生', company: '荆楚农庄', hometown: '洪湖市' });
    expect(app.leads.history(a.id).at(-1)).toMatchObject({ actor: '张科长', changes: { company: { from: null, to: '荆楚农庄' } } });
  });
});
