import { describe, expect, it } from 'vitest';
import { createLeadRepo } from '../../src/leads/leads.ts';
import { openDatabase } from '../../src/store/db.ts';

const owner = (id: string) => ({ person: `wechat:${id}`, platform: 'wechat', userId: id, chatId: id });

describe('lead store', () => {
  it('merges a second registration with the same phone: new details update the lead, history kept', () => {
    const leads = createLeadRepo(openDatabase(':memory:'));
    const first = leads.save(owner('a'), { kind: '返乡创业', name: '王先生', hometown: '洪湖市', phone: '13912345678', amountWan: 500 }, 'user', 1000);
    expect(first.merged).toBe(false);
    expect(first.lead.ownerOffice).toBe('洪湖市招商部门');

    const second = leads.save(owner('a2'), { kind: '楚商回乡', company: '荆楚服饰', amountWan: 20000, phone: '13912345678' }, 'user', 2000);
    expect(second.merged).toBe(true);
    expect(second.lead.id).toBe(first.lead.id);
    expect(second.lead).toMatchObject({ name: '王先生', company: '荆楚服饰', amountWan: 20000, kind: '楚商回乡', userId: 'a2' });
    expect(leads.list()).toHaveLength(1);

    const history = leads.history(first.lead.id);
    expect(history.map((h) => h.note)).toEqual(['新线索', '重复登记,已合并新信息']);
    expect(history[1]!.changes).toMatchObject({ amountWan: { from: 500, to: 20000 }, company: { from: null, to: '荆楚服饰' }, kind: { from: '返乡创业', to: '楚商回乡' } });
  });

  it('records every stage change with date, actor and note, and filters by county, stage and kind', () => {
    const leads = createLeadRepo(openDatabase(':memory:'));
    const { lead } = leads.save(owner('b'), { kind: '楚商回乡', hometown: '监利市', phone: '13700000001' }, 'user', 1000);
    leads.save(owner('c'), { kind: '返乡创业', hometown: '松滋市' }, 'user', 1500);
    expect(leads.setStage(lead.id, '考察', '张科长', '下周来考察', 2000)).toBe(true);
    expect(leads.setStage(999, '考察', '张科长', null, 2000)).toBe(false);
    expect(leads.get(lead.id)!.stage).toBe('考察');
    expect(leads.get(lead.id)!.acknowledgedAt).toBe(2000);
    expect(leads.history(lead.id).at(-1)).toMatchObject({ at: 2000, actor: '张科长', stageFrom: '线索', stageTo: '考察', note: '下周来考察' });
    expect(leads.list({ county: '监利市' }).map((l) => l.id)).toEqual([lead.id]);
    expect(leads.list({ stage: '线索' })).toHaveLength(1);
    expect(leads.list({ kind: '返乡创业' })).toHaveLength(1);
    expect(leads.list({ from: 1200 })).toHaveLength(1);
  });

  it('lists new leads nobody acknowledged past the limit, and deletes a person\'s leads with their history', () => {
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
