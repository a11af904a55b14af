import { randomInt } from 'node:crypto';
import type { Db } from '../store/db.ts';

/** How long a /link code may be used. */
export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
const CODE_DIGITS = 6;

export interface Account {
  platform: string;
  userId: string;
}

export type Redeemed =
  | { ok: true; person: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'same-account' };

/**
 * Port: who a platform account belongs to. An account that was never linked is a person of its own
 * (`platform:userId`); after /link on one platform and the code on another, both accounts share one person,
 * and with it dialogue state, bookings and subscriptions.
 */
export interface IdentityStore {
  personOf(account: Account): string;
  accountsOf(person: string): Account[];
  /** A fresh one-time code for `person`; earlier codes of that person stop working. */
  issueCode(person: string, now: Date): string;
  /** Joins `account` to the person who asked for `code`. */
  redeem(code: string, account: Account, now: Date): Redeemed;
  /** Forgets every link of `person` (data deletion). */
  forget(person: string): void;
}

export const ownPerson = (account: Account): string => `${account.platform}:${account.userId}`;

/** Identities in SQLite (tables `identities` and `link_codes`). */
export function createSqliteIdentityStore(db: Db): IdentityStore {
  const selectPerson = db.prepare<[string, string], { person: string }>('SELECT person FROM identities WHERE platform = ? AND user_id = ?');
  const selectAccounts = db.prepare<[string], { platform: string; user_id: string }>(
    'SELECT platform, user_id FROM identities WHERE person = ? ORDER BY linked_at, platform',
  );
  const upsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO identities (platform, user_id, person, linked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, user_id) DO UPDATE SET person = excluded.person, linked_at = excluded.linked_at`,
  );
  const deleteCodesOf = db.prepare<[string]>('DELETE FROM link_codes WHERE person = ?');
  const insertCode = db.prepare<[string, string, number]>('INSERT INTO link_codes (code, person, expires_at) VALUES (?, ?, ?)');
  const selectCode = db.prepare<[string], { person: string; expires_at: number }>('SELECT person, expires_at FROM link_codes WHERE code = ?');
  const deleteCode = db.prepare<[string]>('DELETE FROM link_codes WHERE code = ?');
  const deleteExpired = db.prepare<[number]>('DELETE FROM link_codes WHERE expires_at < ?');
  const deleteIdentities = db.prepare<[string]>('DELETE FROM identities WHERE person = ?');

  const personOf = (account: Account) => selectPerson.get(account.platform, account.userId)?.person ?? ownPerson(account);

  return {
    personOf,
    accountsOf(person) {
      const rows = selectAccounts.all(person).map((r) => ({ platform: r.platform, userId: r.user_id }));
      if (rows.length) return rows;
      const [platform, ...rest] = person.split(':');
      return platform && rest.length ? [{ platform, userId: rest.join(':') }] : [];
    },
    issueCode: db.transaction((person: string, now: Date) => {
      deleteExpired.run(now.getTime());
      deleteCodesOf.run(person);
      for (;;) {
        const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
        if (selectCode.get(code)) continue;
        insertCode.run(code, person, now.getTime() + LINK_CODE_TTL_MS);
        return code;
      }
    }),
    redeem: db.transaction((code: string, account: Account, now: Date): Redeemed => {
      const row = selectCode.get(code);
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.expires_at < now.getTime()) {
        deleteCode.run(code);
        return { ok: false, reason: 'expired' };
      }
      if (personOf(account) === row.person) return { ok: false, reason: 'same-account' };
      deleteCode.run(code);
      // The person who asked for the code keeps their identity; make sure their first account is on record too.
      for (const own of selectAccounts.all(row.person).length ? [] : [row.person]) {
        const [platform, ...rest] = own.split(':');
        if (platform && rest.length) upsert.run(platform, rest.join(':'), row.person, now.getTime());
      }
      upsert.run(account.platform, account.userId, row.person, now.getTime());
      return { ok: true, person: row.person };
    }),
    forget(person) {
      deleteIdentities.run(person);
      deleteCodesOf.run(person);
    },
  };
}
