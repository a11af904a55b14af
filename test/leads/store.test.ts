import { describe, expect, it } from 'vitest';
import { createLeadRepo } from '../../src/leads/leads.ts';
import { openDatabase } from '../../src/store/db.ts';

const owner = (id: string) => ({ person: `wechat:${id}`, platform: 'wechat', userId: id, chatId: id });

describe('lead store', () => {
  it("updates a person's own lead when they register the same phone again: new details change it, history kept", () => {
    const leads = createLeadRepo(openDatabase(':memory:'));
    const first = leads.save(
      owner('a'),
      { kind: '返乡创业', name: '王先生', hometown: '洪湖市', phone: '13912345678', amountWan: 500 },
      'user',
      1000,
    );
    expect(first.updated).toBe(false);
    expect(first.lead.ownerOffice).toBe('洪湖市招商部门');

    const again = { ...owner('a'), platform: 'telegram', userId: 'a-tg', chatId: 'a-tg' };
    const second = leads.save(again, { kind: '楚商回乡', company: '荆楚服饰', amountWan: 20000, phone: '13912345678' }, 'user', 2000);
    expect(second.updated).toBe(true);
    expect(second.lead.id).toBe(first.lead.id);
    expect(second.lead).toMatchObject({
      name: '王先生',
      company: '荆楚服饰',
      amountWan: 20000,
      kind: '楚商回乡',
      person: 'wechat:a',
      userId: 'a-tg',
      duplicateOf: null,
    });
    expect(leads.list()).toHaveLength(1);

    const history = leads.history(first.lead.id);
    expect(history.map((h) => h.note)).toEqual(['新线索', '本人再次登记,已更新']);
    expect(history[1]!.changes).toMatchObject({
      amountWan: { from: 500, to: 20000 },
      company: { from: null, to: '荆楚服饰' },
      kind: { from: '返乡创业', to: '楚商回乡' },
    });
  });

  it("never updates another person's lead: the same phone from someone else is a new lead marked as a possible duplicate", () => {
    const leads = createLeadRepo(openDatabase(':memory:'));
    const a = leads.save(owner('a'), { kind: '返乡创业', name: '王先生', hometown: '洪湖市', phone: '13912345678' }, 'user', 1000).lead;
    const b = leads.save(owner('b'), { kind: '楚商回乡', name: '李某', hometown: '监利市', phone: '13912345678' }, 'user', 2000);
    expect(b.updated).toBe(false);
    expect(b.lead).toMatchObject({ person: 'wechat:b', duplicateOf: a.id, hometown: '监利市' });
    expect(leads.get(a.id)).toEqual(a);
    // a third person's copy points at the original, not at the other copy
    const c = leads.save(owner('c'), { kind: '楚商回乡', phone: '13912345678' }, 'user', 3000).lead;
    expect(c.duplicateOf).toBe(a.id);
    expect(leads.duplicatesOf(a.id)).toEqual([b.lead.id, c.id]);
    expect(leads.history(b.lead.id)[0]!.note).toContain('可能重复');
  });

  it('merges by hand: the lead kept keeps its owner and details, gains what it lacked, and both histories', () => {
    const leads = createLeadRepo(openDatabase(':memory:'));
    const a = leads.save(owner('a'), { kind: '返乡创业', name: '王先生', hometown: '洪湖市', phone: '13912345678' }, 'user', 1000).lead;
    const b = leads.save(owner('b'), { kind: '楚商回乡', name: '李某', company: '荆楚农庄', phone: '13912345678' }, 'user', 2000).lead;
    const c = leads.save(owner('c'), { kind: '楚商回乡', phone: '13912345678' }, 'user', 2500).lead;
    leads.setStage(b.id, '考察', '张科长', null, 2600);
    expect(leads.merge(a.id, a.id, 'x', 3000)).toEqual({ ok: false, reason: 'same' });
    expect(leads.merge(99, a.id, 'x', 3000)).toEqual({ ok: false, reason: 'missing-from' });
    expect(leads.merge(a.id, 99, 'x', 3000)).toEqual({ ok: false, reason: 'missing-into' });

    const merged = leads.merge(a.id, b.id, '张科长', 3000);
    expect(merged).toMatchObject({ ok: true, filled: ['hometown'] });
    expect(leads.get(a.id)).toBeUndefined();
    expect(leads.get(b.id)).toMatchObject({
      person: 'wechat:b',
      name: '李某',
      company: '荆楚农庄',
      hometown: '洪湖市',
      ownerOffice: '洪湖市招商部门',
      stage: '考察',
      duplicateOf: null,
    });
    // the other copy now points at the lead that is kept
    expect(leads.get(c.id)!.duplicateOf).toBe(b.id);
    const history = leads.history(b.id);
    expect(history.map((h) => [h.at, h.note])).toEqual([
      [1000, '[L000001] 新线索'],
      [2000, '新线索(电话与 L000001 相同,可能重复)'],
      [2600, null],
      [3000, '合并 L000001(返乡创业);未采用其不同信息:称呼'],
    ]);
  });

  it('records every stage change with date, actor and note, and filters by county, stage and kind', () => {
    const leads = createLeadRepo(openDatabase(':memory:'));
    const { lead } = leads.save(owner('b'), { kind: '楚商回乡', hometown: '监利市', phone: '13700000001' }, 'user', 1000);
    leads.save(owner('c'), { kind: '返乡创业', hometown: '松滋市' }, 'user', 1500);
    expect(leads.setStage(lead.id, '考察', '张科长', '下周来考察', 2000)).toBe(true);
    expect(leads.setStage(999, '考察', '张科长', null, 2000)).toBe(false);
    expect(leads.get(lead.id)!.stage).toBe('考察');
    expect(leads.get(lead.id)!.acknowledgedAt).toBe(2000);
    expect(leads.history(lead.id).at(-1)).toMatchObject({
      at: 2000,
      actor: '张科长',
      stageFrom: '线索',
      stageTo: '考察',
      note: '下周来考察',
    });
    expect(leads.list({ county: '监利市' }).map((l) => l.id)).toEqual([lead.id]);
    expect(leads.list({ stage: '线索' })).toHaveLength(1);
    expect(leads.list({ kind: '返乡创业' })).toHaveLength(1);
    expect(leads.list({ from: 1200 })).toHaveLength(1);
  });

  it("lists new leads nobody acknowledged past the limit, and deletes a person's leads with their history", () => {
    const db = openDatabase(':memory:');
    const leads = createLeadRepo(db);
    const { lead } = leads.save(owner('d'), { kind: '返乡创业' }, 'user', 1000);
    expect(leads.waiting(5000).map((l) => l.id)).toEqual([lead.id]);
    leads.acknowledge(lead.id, 6000);
    expect(leads.waiting(7000)).toEqual([]);
    expect(leads.deleteOfPerson('wechat:d')).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM lead_history').get()).toEqual({ n: 0 });
  });
});
