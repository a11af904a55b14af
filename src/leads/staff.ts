import { randomInt } from 'node:crypto';
import type { Db } from '../store/db.ts';

export const STAFF_ROLES = ['admin', 'county', 'operator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const ROLE_LABEL: Record<StaffRole, string> = { admin: '管理员', county: '县市区招商部门', operator: '联络站运营' };

export interface StaffMember {
  person: string;
  role: StaffRole;
  /** The county office a `county` member works for. */
  county: string | null;
  name: string;
  /** The liaison station an `operator` runs. */
  stationId: number | null;
}

export const STAFF_INVITE_TTL_MS = 7 * 24 * 3600_000;

export type StaffBind = { ok: true; staff: StaffMember } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Staff accounts: bound once with a code from the admin CLI; their role decides what they may do in chat. */
export function createStaffRepo(db: Db) {
  const insertInvite = db.prepare<[string, string, string | null, string, number, number | null]>(
    'INSERT INTO staff_invites (code, role, county, name, expires_at, station_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectInvite = db.prepare<[string], { role: string; county: string | null; name: string; expires_at: number; used_at: number | null; station_id: number | null }>(
    'SELECT role, county, name, expires_at, used_at, station_id FROM staff_invites WHERE code = ?',
  );
  const useInvite = db.prepare<[number, string]>('UPDATE staff_invites SET used_at = ? WHERE code = ?');
  const upsert = db.prepare<[string, string, string | null, string, number, number | null]>(
    `INSERT INTO staff (person, role, county, name, bound_at, station_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (person) DO UPDATE SET role = excluded.role, county = excluded.county, name = excluded.name,
       bound_at = excluded.bound_at, station_id = excluded.station_id`,
  );
  const COLUMNS = 'person, role, county, name, station_id AS stationId';
  const byPerson = db.prepare<[string], StaffMember>(`SELECT ${COLUMNS} FROM staff WHERE person = ?`);
  const all = db.prepare<[], StaffMember>(`SELECT ${COLUMNS} FROM staff ORDER BY bound_at`);
  const remove = db.prepare<[string]>('DELETE FROM staff WHERE person = ?');

  return {
    /** A one-time code; the staff member sends `/bind CODE` from their own chat account. */
    invite(role: StaffRole, name: string, county: string | null, now: Date, stationId: number | null = null): string {
      for (;;) {
        const code = `S${randomInt(1_000_000, 10_000_000)}`;
        if (selectInvite.get(code)) continue;
        insertInvite.run(code, role, county, name, now.getTime() + STAFF_INVITE_TTL_MS, stationId);
        return code;
      }
    },
    bind: db.transaction((code: string, person: string, now: Date): StaffBind => {
      const invite = selectInvite.get(code.toUpperCase());
      if (!invite) return { ok: false, reason: 'unknown' };
      if (invite.used_at !== null) return { ok: false, reason: 'used' };
      if (invite.expires_at < now.getTime()) return { ok: false, reason: 'expired' };
      useInvite.run(now.getTime(), code.toUpperCase());
      upsert.run(person, invite.role, invite.county, invite.name, now.getTime(), invite.station_id);
      return { ok: true, staff: byPerson.get(person)! };
    }),
    of: (person: string): StaffMember | undefined => byPerson.get(person),
    all: (): StaffMember[] => all.all(),
    /** Who gets a new lead at once: every admin, and the county office of the lead's hometown. */
    forLead: (hometown: string | null | undefined): StaffMember[] =>
      all.all().filter((s) => s.role === 'admin' || (s.role === 'county' && !!hometown && s.county === hometown)),
    remove: (person: string) => remove.run(person).changes > 0,
  };
}

export type StaffRepo = ReturnType<typeof createStaffRepo>;
