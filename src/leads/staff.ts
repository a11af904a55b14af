import type { Db } from '../store/db.ts';
import { codeKey as hash, displayCode, newCode, readCode, STAFF_PREFIX } from '../security/codes.ts';
import { DEFAULT_LIMITS } from '../security/limits.ts';

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

/** Why a code did not bind; the sender is told the same for each (no hint which codes exist). */
export type StaffBind = { ok: true; staff: StaffMember } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' };

const HOUR_MS = 3_600_000;
/** What the database keeps of a staff code, as printed or typed. */
const codeKey = (code: string) => hash(readCode(code, STAFF_PREFIX) ?? code);

/** Staff accounts: bound once with a code from the admin CLI; their role decides what they may do in chat. */
export function createStaffRepo(db: Db) {
  const insertInvite = db.prepare<[string, string, string | null, string, number, number | null]>(
    'INSERT INTO staff_invites (code, role, county, name, expires_at, station_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectInvite = db.prepare<
    [string],
    {
      role: string;
      county: string | null;
      name: string;
      expires_at: number;
      used_at: number | null;
      revoked_at: number | null;
      station_id: number | null;
    }
  >('SELECT role, county, name, expires_at, used_at, revoked_at, station_id FROM staff_invites WHERE code = ?');
  const useInvite = db.prepare<[number, string]>('UPDATE staff_invites SET used_at = ? WHERE code = ?');
  const revokeInvite = db.prepare<[number, string]>(
    'UPDATE staff_invites SET revoked_at = ? WHERE code = ? AND used_at IS NULL AND revoked_at IS NULL',
  );
  const revokeInvitesNamed = db.prepare<[number, string]>(
    'UPDATE staff_invites SET revoked_at = ? WHERE name = ? AND used_at IS NULL AND revoked_at IS NULL',
  );
  const revokeStationInvites = db.prepare<[number, number, string | null, string | null]>(
    "UPDATE staff_invites SET revoked_at = ? WHERE station_id = ? AND role = 'operator' AND (? IS NULL OR name = ?) AND used_at IS NULL AND revoked_at IS NULL",
  );
  const upsert = db.prepare<[string, string, string | null, string, number, number | null]>(
    `INSERT INTO staff (person, role, county, name, bound_at, station_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (person) DO UPDATE SET role = excluded.role, county = excluded.county, name = excluded.name,
       bound_at = excluded.bound_at, station_id = excluded.station_id`,
  );
  const COLUMNS = 'person, role, county, name, station_id AS stationId';
  const byPerson = db.prepare<[string], StaffMember>(`SELECT ${COLUMNS} FROM staff WHERE person = ?`);
  const all = db.prepare<[], StaffMember>(`SELECT ${COLUMNS} FROM staff ORDER BY bound_at`);
  const operatorsOf = db.prepare<[number], StaffMember>(
    `SELECT ${COLUMNS} FROM staff WHERE role = 'operator' AND station_id = ? ORDER BY bound_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM staff WHERE person = ?');

  const revoke = (person: string, now: Date): { staff: StaffMember; codes: number } | undefined => {
    const member = byPerson.get(person);
    if (!member) return undefined;
    remove.run(person);
    return { staff: member, codes: revokeInvitesNamed.run(now.getTime(), member.name).changes };
  };

  return {
    /**
     * A one-time code (`S-K7M-4PX-Q2R`) valid for `ttlHours`; the staff member sends `/bind CODE` from their own chat
     * account.
     */
    invite(
      role: StaffRole,
      name: string,
      county: string | null,
      now: Date,
      stationId: number | null = null,
      ttlHours = DEFAULT_LIMITS.staffCodeTtlHours,
    ): string {
      for (;;) {
        const code = newCode(STAFF_PREFIX);
        if (selectInvite.get(codeKey(code))) continue;
        insertInvite.run(codeKey(code), role, county, name, now.getTime() + ttlHours * HOUR_MS, stationId);
        return displayCode(code);
      }
    },
    /** Binds `person` with `code` (as printed or typed). */
    bind: db.transaction((code: string, person: string, now: Date): StaffBind => {
      const key = codeKey(code);
      const invite = selectInvite.get(key);
      if (!invite) return { ok: false, reason: 'unknown' };
      if (invite.used_at !== null) return { ok: false, reason: 'used' };
      if (invite.revoked_at !== null) return { ok: false, reason: 'revoked' };
      if (invite.expires_at < now.getTime()) return { ok: false, reason: 'expired' };
      useInvite.run(now.getTime(), key);
      upsert.run(person, invite.role, invite.county, invite.name, now.getTime(), invite.station_id);
      return { ok: true, staff: byPerson.get(person)! };
    }),
    of: (person: string): StaffMember | undefined => byPerson.get(person),
    all: (): StaffMember[] => all.all(),
    /** Who gets a new lead at once: every admin, and the county office of the lead's hometown. */
    forLead: (hometown: string | null | undefined): StaffMember[] =>
      all.all().filter((s) => s.role === 'admin' || (s.role === 'county' && !!hometown && s.county === hometown)),
    remove: (person: string) => remove.run(person).changes > 0,
    /** Takes the role from `person` at once, and revokes the unused codes issued under their name. */
    revoke: db.transaction(revoke),
    /** Revokes the unused codes issued under `name` (someone invited who should not bind after all); how many. */
    revokeNamed: (name: string, now: Date): number => revokeInvitesNamed.run(now.getTime(), name).changes,
    /** Revokes one unused code (as printed or typed); false when no such unused code exists. */
    revokeCode: (code: string, now: Date): boolean => revokeInvite.run(now.getTime(), codeKey(code)).changes > 0,
    /** Removes the operators of station `stationId` (only the one named `name`, if given) and its unused operator codes. */
    removeOperators: db.transaction((stationId: number, name: string | undefined, now: Date) => {
      const removed = operatorsOf.all(stationId).filter((s) => !name || s.name === name);
      for (const s of removed) remove.run(s.person);
      const codes = revokeStationInvites.run(now.getTime(), stationId, name ?? null, name ?? null).changes;
      return { removed, codes };
    }),
  };
}

export type StaffRepo = ReturnType<typeof createStaffRepo>;
