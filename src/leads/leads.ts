import type { Db } from '../store/db.ts';
import { maskPersonal } from '../core/logger.ts';

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
  /** An earlier lead of another person with the same phone: possibly the same project, for staff to merge by hand. */
  duplicateOf: number | null;
}

export interface HistoryEntry {
  at: number;
  actor: string;
  stageFrom: string | null;
  stageTo: string | null;
  note: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

/** A lead's reference as staff and users see it (L000012). */
export const refOf = (id: number) => `L${String(id).padStart(6, '0')}`;

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

/** Field names in staff's words (history notes). */
const FIELD_LABEL: Record<keyof typeof COLUMNS, string> = {
  name: '称呼',
  hometown: '老家',
  outsideJingzhou: '老家(荆州以外)',
  city: '现在',
  company: '公司',
  industry: '行业',
  project: '项目',
  siteNeeds: '用地/厂房',
  supportWanted: '希望支持',
  amountWan: '规模(万元)',
  amountText: '规模原话',
  phone: '电话',
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
  duplicateOf: (r['duplicate_of'] as number | null) ?? null,
});

/** Who may see and work on a lead: admins all; a county office its own county's; nobody else (operators none). */
export const mayHandleLead = (staff: { role: string; county: string | null }, lead: Pick<Lead, 'hometown'>): boolean =>
  staff.role === 'admin' || (staff.role === 'county' && !!staff.county && staff.county === lead.hometown);

/** The office that follows a lead up: the hometown county's, else the city investment-promotion centre. */
const ownerOfficeFor = (hometown: string | null | undefined): string => (hometown ? `${hometown}招商部门` : '市招商中心');

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

/** What a staff merge did: the lead kept, and the fields the merged one filled in. */
export type MergeResult = { ok: true; lead: Lead; filled: string[] } | { ok: false; reason: 'missing-from' | 'missing-into' | 'same' };

/**
 * Leads in SQLite: one row per lead, every change dated in `lead_history`. A person registering their own phone
 * again updates their lead; another person with that phone gets a new lead marked `duplicateOf` the earlier one.
 */
export function createLeadRepo(db: Db) {
  const byId = db.prepare<[number], Row>('SELECT * FROM leads WHERE id = ?');
  const ownByPhone = db.prepare<[string, string], Row>('SELECT * FROM leads WHERE phone = ? AND person = ? ORDER BY id DESC LIMIT 1');
  // The lead a new registration may duplicate: the earliest of another person with that phone that is not itself one.
  const othersByPhone = db.prepare<[string, string], Row>(
    'SELECT * FROM leads WHERE phone = ? AND person <> ? ORDER BY duplicate_of IS NOT NULL, id LIMIT 1',
  );
  const duplicates = db.prepare<[number], { id: number }>('SELECT id FROM leads WHERE duplicate_of = ? ORDER BY id');
  const deleteLead = db.prepare<[number]>('DELETE FROM leads WHERE id = ?');
  const moveHistory = db.prepare<[string, number, number]>(
    "UPDATE lead_history SET note = ? || COALESCE(note, ''), lead_id = ? WHERE lead_id = ?",
  );
  const repointDuplicates = db.prepare<[number, number, number]>('UPDATE leads SET duplicate_of = ? WHERE duplicate_of = ? AND id <> ?');
  const history = db.prepare<[number], Record<string, unknown>>('SELECT * FROM lead_history WHERE lead_id = ? ORDER BY at, id');
  const addHistory = db.prepare<[number, number, string, string | null, string | null, string | null, string | null]>(
    'INSERT INTO lead_history (lead_id, at, actor, stage_from, stage_to, note, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setStage = db.prepare<[string, number, number]>('UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?');
  const ack = db.prepare<[number, number]>('UPDATE leads SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');
  const ofPerson = db.prepare<[string], Row>('SELECT * FROM leads WHERE person = ? ORDER BY id');
  const deleteOfPerson = db.prepare<[string]>('DELETE FROM leads WHERE person = ?');
  const waiting = db.prepare<[number], Row>(
    "SELECT * FROM leads WHERE acknowledged_at IS NULL AND stage = '线索' AND created_at <= ? ORDER BY created_at",
  );

  function insert(owner: Owner, fields: LeadFields, actor: string, now: number, duplicateOf: number | null): Lead {
    const cols = Object.entries(COLUMNS).filter(([key]) => fields[key as keyof LeadFields] !== undefined);
    const names = [
      'person',
      'platform',
      'user_id',
      'chat_id',
      'kind',
      'stage',
      'owner_office',
      'consent_at',
      'created_at',
      'updated_at',
      'duplicate_of',
      ...cols.map(([, c]) => c),
    ];
    const values = [
      owner.person,
      owner.platform,
      owner.userId,
      owner.chatId,
      fields.kind,
      '线索',
      ownerOfficeFor(fields.hometown),
      now,
      now,
      now,
      duplicateOf,
      ...cols.map(([k]) => fields[k as keyof LeadFields] ?? null),
    ];
    const { lastInsertRowid } = db
      .prepare(`INSERT INTO leads (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...values);
    const id = Number(lastInsertRowid);
    addHistory.run(
      id,
      now,
      actor,
      null,
      '线索',
      duplicateOf === null ? '新线索' : `新线索(电话与 ${refOf(duplicateOf)} 相同,可能重复)`,
      null,
    );
    return fromRow(byId.get(id)!);
  }

  /** The owner's new details for their own lead: only given fields change; each change is recorded. */
  function update(existing: Lead, owner: Owner, fields: LeadFields, actor: string, now: number, note = '本人再次登记,已更新'): Lead {
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
    // The same person (linked accounts share one): the account they used last is where staff reach them.
    sets.push('platform = ?', 'user_id = ?', 'chat_id = ?', 'updated_at = ?');
    values.push(owner.platform, owner.userId, owner.chatId, now, existing.id);
    db.prepare(`UPDATE leads SET ${sets.join(', ')} WHERE id = ?`).run(...values);
    addHistory.run(existing.id, now, actor, null, null, note, Object.keys(changes).length ? JSON.stringify(changes) : null);
    return fromRow(byId.get(existing.id)!);
  }

  /**
   * Staff merge `from` into `into`: `into` keeps its owner, stage and details; `from` fills only what `into` lacks.
   * The merge's history note names the fields where `from` said otherwise (not their values: they are the other
   * registrant's data, and `into`'s owner's deletion, not theirs, would remove them). `from`'s history moves over,
   * marked with its number and dated as it was; then `from` is deleted.
   */
  function mergeLeads(fromId: number, intoId: number, actor: string, now: number): MergeResult {
    if (fromId === intoId) return { ok: false, reason: 'same' };
    const fromRowed = byId.get(fromId);
    if (!fromRowed) return { ok: false, reason: 'missing-from' };
    const intoRowed = byId.get(intoId);
    if (!intoRowed) return { ok: false, reason: 'missing-into' };
    const from = fromRow(fromRowed);
    const into = fromRow(intoRowed);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const differing: string[] = [];
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, col] of Object.entries(COLUMNS)) {
      const theirs = from[key as keyof Lead];
      const ours = into[key as keyof Lead];
      if (theirs === null || theirs === undefined || theirs === ours) continue;
      if (ours === null || ours === undefined) {
        changes[key] = { from: null, to: theirs };
        sets.push(`${col} = ?`);
        values.push(theirs);
      } else differing.push(FIELD_LABEL[key as keyof typeof COLUMNS]);
    }
    if (changes['hometown']) {
      sets.push('owner_office = ?');
      values.push(ownerOfficeFor(from.hometown));
    }
    if (into.acknowledgedAt === null && from.acknowledgedAt !== null) {
      sets.push('acknowledged_at = ?');
      values.push(from.acknowledgedAt);
    }
    if (into.duplicateOf === fromId) sets.push('duplicate_of = NULL');
    sets.push('updated_at = ?');
    values.push(now, intoId);
    db.prepare(`UPDATE leads SET ${sets.join(', ')} WHERE id = ?`).run(...values);
    moveHistory.run(`[${refOf(fromId)}] `, intoId, fromId);
    repointDuplicates.run(intoId, fromId, intoId);
    deleteLead.run(fromId);
    const note = `合并 ${refOf(fromId)}(${from.kind}${from.stage === '线索' ? '' : `·${from.stage}`})${differing.length ? `;未采用其不同信息:${differing.join('、')}` : ''}`;
    addHistory.run(intoId, now, actor, null, null, note, Object.keys(changes).length ? JSON.stringify(changes) : null);
    return { ok: true, lead: fromRow(byId.get(intoId)!), filled: Object.keys(changes) };
  }

  return {
    /**
     * Stores a lead. The person's own lead with that phone is updated (history kept); a phone another person
     * registered makes a new lead marked as a possible duplicate of theirs, which stays as it was.
     */
    save: db.transaction((owner: Owner, fields: LeadFields, actor: string, now: number): { lead: Lead; updated: boolean } => {
      const own = fields.phone ? ownByPhone.get(fields.phone, owner.person) : undefined;
      if (own) return { lead: update(fromRow(own), owner, fields, actor, now), updated: true };
      const other = fields.phone ? othersByPhone.get(fields.phone, owner.person) : undefined;
      return { lead: insert(owner, fields, actor, now, other ? other.id : null), updated: false };
    }),
    /** The owner's own change of their lead in chat ("电话改成…"): only given fields change, the change recorded. */
    editOwn: db.transaction(
      (lead: Lead, owner: Owner, fields: Partial<LeadFields>, now: number): Lead =>
        update(lead, owner, { ...fields, kind: fields.kind ?? lead.kind }, 'user', now, '本人修改登记'),
    ),
    merge: db.transaction(mergeLeads),
    /** Leads marked as possible duplicates of this one. */
    duplicatesOf: (id: number): number[] => duplicates.all(id).map((r) => r.id),
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
      addHistory.run(id, now, actor, r['stage'] as string, stage, note === null ? null : maskPersonal(note), null);
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
      return (db.prepare(`SELECT * FROM leads ${where} ORDER BY created_at, id`).all(...conditions.map(([, v]) => v)) as Row[]).map(
        fromRow,
      );
    },
    ofPerson: (person: string) => ofPerson.all(person).map(fromRow),
    /** New leads nobody has acknowledged, created at or before `before`. */
    waiting: (before: number) => waiting.all(before).map(fromRow),
    deleteOfPerson: (person: string): number => deleteOfPerson.run(person).changes,
  };
}

export type LeadRepo = ReturnType<typeof createLeadRepo>;
