import type { Db } from '../store/db.ts';

export const STAGES = ['线索', '意向研判', '考察', '接待洽谈', '签约', '落地', '流失'] as const;
export type Stage = (typeof STAGES)[number];
export const KINDS = ['楚商回乡', '返乡创业'] as const;
export type LeadKind = (typeof KINDS)[number];
export const isStage = (s: string): s is Stage => (STAGES as readonly string[]).includes(s);

/** The fields a lead carries; all optional but kind (a form may stop early, a merge brings only some). */
export interface LeadFields {
  kind: LeadKind;
  name?: string | null;
  hometown?: string | null;
  outsideJingzhou?: string | null;
  city?: string | null;
  company?: string | null;
  industry?: string | null;
  project?: string | null;
  siteNeeds?: string | null;
  supportWanted?: string | null;
  amountWan?: number | null;
  amountText?: string | null;
  phone?: string | null;
}

export interface Lead extends LeadFields {
  id: number;
  person: string;
  platform: string;
  userId: string;
  chatId: string;
  stage: Stage;
  ownerOffice: string;
  consentAt: number;
  createdAt: number;
  updatedAt: number;
  acknowledgedAt: number | null;
}

export interface HistoryEntry {
  at: number;
  actor: string;
  stageFrom: string | null;
  stageTo: string | null;
  note: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

const COLUMNS: Record<keyof Omit<LeadFields, 'kind'>, string> = {
  name: 'name',
  hometown: 'hometown',
  outsideJingzhou: 'outside_jingzhou',
  city: 'city',
  company: 'company',
  industry: 'industry',
  project: 'project',
  siteNeeds: 'site_needs',
  supportWanted: 'support_wanted',
  amountWan: 'amount_wan',
  amountText: 'amount_text',
  phone: 'phone',
};

type Row = Record<string, unknown> & { id: number };

const fromRow = (r: Row): Lead => ({
  id: r.id,
  person: r['person'] as string,
  platform: r['platform'] as string,
  userId: r['user_id'] as string,
  chatId: r['chat_id'] as string,
  kind: r['kind'] as LeadKind,
  ...Object.fromEntries(Object.entries(COLUMNS).map(([key, col]) => [key, r[col] ?? null])),
  stage: r['stage'] as Stage,
  ownerOffice: r['owner_office'] as string,
  consentAt: r['consent_at'] as number,
  createdAt: r['created_at'] as number,
  updatedAt: r['updated_at'] as number,
  acknowledgedAt: (r['acknowledged_at'] as number | null) ?? null,
});

/** The office that follows a lead up: the hometown county's, else the city investment-promotion centre. */
export const ownerOfficeFor = (hometown: string | null | undefined): string => (hometown ? `${hometown}招商部门` : '市招商中心');

export interface LeadFilter {
  county?: string;
  stage?: Stage;
  kind?: LeadKind;
  /** Created at or after (epoch ms). */
  from?: number;
  until?: number;
}

export interface Owner {
  person: string;
  platform: string;
  userId: string;
  chatId: string;
}

/** Leads in SQLite: one row per lead, merged on phone, every change dated in `lead_history`. */
export function createLeadRepo(db: Db) {
  const byId = db.prepare<[number], Row>('SELECT * FROM leads WHERE id = ?');
  const byPhone = db.prepare<[string], Row>('SELECT * FROM leads WHERE phone = ?');
  const history = db.prepare<[number], Record<string, unknown>>('SELECT * FROM lead_history WHERE lead_id = ? ORDER BY at, id');
  const addHistory = db.prepare<[number, number, string, string | null, string | null, string | null, string | null]>(
    'INSERT INTO lead_history (lead_id, at, actor, stage_from, stage_to, note, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setStage = db.prepare<[string, number, number]>('UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?');
  const ack = db.prepare<[number, number]>('UPDATE leads SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');
  const ofPerson = db.prepare<[string], Row>('SELECT * FROM leads WHERE person = ? ORDER BY id');
  const deleteOfPerson = db.prepare<[string]>('DELETE FROM leads WHERE person = ?');
  const waiting = db.prepare<[number], Row>('SELECT * FROM leads WHERE acknowledged_at IS NULL AND stage = \'线索\' AND created_at <= ? ORDER BY created_at');

  function insert(owner: Owner, fields: LeadFields, actor: string, now: number): Lead {
    const cols = Object.entries(COLUMNS).filter(([key]) => fields[key as keyof LeadFields] !== undefined);
    const names = ['person', 'platform', 'user_id', 'chat_id', 'kind', 'stage', 'owner_office', 'consent_at', 'created_at', 'updated_at', ...cols.map(([, c]) => c)];
    const values = [owner.person, owner.platform, owner.userId, owner.chatId, fields.kind, '线索', ownerOfficeFor(fields.hometown), now, now, now, ...cols.map(([k]) => fields[k as keyof LeadFields] ?? null)];
    const { lastInsertRowid } = db.prepare(`INSERT INTO leads (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...values);
    const id = Number(lastInsertRowid);
    addHistory.run(id, now, actor, null, '线索', '新线索', null);
    return fromRow(byId.get(id)!);
  }

  /** New details for an existing lead: only given fields change; each change is recorded. */
  function merge(existing: Lead, owner: Owner, fields: LeadFields, actor: string, now: number): Lead {
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, col] of Object.entries(COLUMNS)) {
      const next = fields[key as keyof LeadFields];
      const prev = existing[key as keyof Lead];
      if (next === undefined || next === null || next === prev) continue;
      changes[key] = { from: prev ?? null, to: next };
      sets.push(`${col} = ?`);
      values.push(next);
    }
    if (fields.kind !== existing.kind) {
      changes['kind'] = { from: existing.kind, to: fields.kind };
      sets.push('kind = ?');
      values.push(fields.kind);
    }
    if (changes['hometown']) {
      sets.push('owner_office = ?');
      values.push(ownerOfficeFor(fields.hometown));
    }
    sets.push('person = ?', 'platform = ?', 'user_id = ?', 'chat_id = ?', 'updated_at = ?');
    values.push(owner.person, owner.platform, owner.userId, owner.chatId, now, existing.id);
    db.prepare(`UPDATE leads SET ${sets.join(', ')} WHERE id = ?`).run(...values);
    addHistory.run(existing.id, now, actor, null, null, '重复登记,已合并新信息', Object.keys(changes).length ? JSON.stringify(changes) : null);
    return fromRow(byId.get(existing.id)!);
  }

  return {
    /** Stores a lead, or merges it into the lead with the same phone (history kept). */
    save: db.transaction((owner: Owner, fields: LeadFields, actor: string, now: number): { lead: Lead; merged: boolean } => {
      const existing = fields.phone ? byPhone.get(fields.phone) : undefined;
      if (existing) return { lead: merge(fromRow(existing), owner, fields, actor, now), merged: true };
      return { lead: insert(owner, fields, actor, now), merged: false };
    }),
    get: (id: number) => {
      const r = byId.get(id);
      return r ? fromRow(r) : undefined;
    },
    history: (id: number): HistoryEntry[] =>
      history.all(id).map((h) => ({
        at: h['at'] as number,
        actor: h['actor'] as string,
        stageFrom: (h['stage_from'] as string | null) ?? null,
        stageTo: (h['stage_to'] as string | null) ?? null,
        note: (h['note'] as string | null) ?? null,
        changes: h['changes'] ? (JSON.parse(h['changes'] as string) as HistoryEntry['changes']) : null,
      })),
    /** Moves a lead to a stage, dated, with who and why; false when the lead does not exist. */
    setStage: db.transaction((id: number, stage: Stage, actor: string, note: string | null, now: number): boolean => {
      const r = byId.get(id);
      if (!r) return false;
      setStage.run(stage, now, id);
      ack.run(now, id);
      addHistory.run(id, now, actor, r['stage'] as string, stage, note, null);
      return true;
    }),
    acknowledge(id: number, now: number): boolean {
      return ack.run(now, id).changes > 0;
    },
    list(filter: LeadFilter = {}): Lead[] {
      const conditions: Array<[string, unknown]> = [];
      if (filter.county) conditions.push(['hometown = ?', filter.county]);
      if (filter.stage) conditions.push(['stage = ?', filter.stage]);
      if (filter.kind) conditions.push(['kind = ?', filter.kind]);
      if (filter.from !== undefined) conditions.push(['created_at >= ?', filter.from]);
      if (filter.until !== undefined) conditions.push(['created_at < ?', filter.until]);
      const where = conditions.length ? `WHERE ${conditions.map(([c]) => c).join(' AND ')}` : '';
      return (db.prepare(`SELECT * FROM leads ${where} ORDER BY created_at, id`).all(...conditions.map(([, v]) => v)) as Row[]).map(fromRow);
    },
    ofPerson: (person: string) => ofPerson.all(person).map(fromRow),
    /** New leads nobody has acknowledged, created at or before `before`. */
    waiting: (before: number) => waiting.all(before).map(fromRow),
    deleteOfPerson: (person: string): number => deleteOfPerson.run(person).changes,
  };
}

export type LeadRepo = ReturnType<typeof createLeadRepo>;
