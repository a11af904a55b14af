import type { Db } from '../store/db.ts';
import { codeKey as hash, displayCode, newCode, readCode } from '../security/codes.ts';

/** How long a /link code may be used. */
export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
/** How long a request to link with a staff member's or mentor's account waits for their 同意. */
export const LINK_REQUEST_TTL_MS = 30 * 60 * 1000;

export interface Account {
  platform: string;
  userId: string;
}

/** A /link code used up: the person who asked for it, and the account they asked from. */
export type Claimed = { ok: true; person: string; from: Account } | { ok: false; reason: 'invalid' | 'same-account' };

/** A request to join `account` to `person`, waiting for the account `to` (which asked for the code) to approve. */
export interface LinkRequest {
  id: number;
  person: string;
  to: Account;
  account: Account;
}

/**
 * Port: who a platform account belongs to. An account that was never linked is a person of its own
 * (`platform:userId`); after /link on one platform and the code on another, both accounts share one person,
 * and with it dialogue state, bookings and subscriptions.
 */
export interface IdentityStore {
  personOf(account: Account): string;
  accountsOf(person: string): Account[];
  /** A fresh one-time code (display form) for `person`, asked for from account `from`; earlier codes of that person stop working. */
  issueCode(person: string, from: Account, now: Date): string;
  /**
   * Uses up `code` (as printed or typed) for `account`: who asked for it. Wrong, used and expired codes are all 'invalid';
   * a code asked for by the account's own person is 'same-account' and stays valid.
   */
  claim(code: string, account: Account, now: Date): Claimed;
  /** Joins `account` to `person` (the person who asked for the code keeps their identity). */
  link(account: Account, person: string, now: Date): void;
  /** Records a request to join `account` to `person`, to be approved from `to`; returns its id. */
  requestLink(person: string, to: Account, account: Account, now: Date): number;
  /** Takes request `id` of `person` if it is still open (it cannot be answered twice). */
  takeRequest(id: number, person: string, now: Date): LinkRequest | undefined;
  /** Forgets every link, code and link request of `person` (data deletion). */
  forget(person: string): void;
}

/** What the database keeps of a code, as printed or typed. */
const codeKey = (code: string) => hash(readCode(code) ?? code);

export const ownPerson = (account: Account): string => `${account.platform}:${account.userId}`;

const PLATFORM_LABEL: Record<string, string> = { wechat: '微信', telegram: 'Telegram' };

/** An account as it may be shown or logged: platform, and the user id with its middle hidden (`Telegram 12****89`). */
export function maskAccount(account: Account): string {
  const id = account.userId;
  const shown = id.length > 6 ? `${id.slice(0, 2)}****${id.slice(-2)}` : `${id.slice(0, 1)}****`;
  return `${PLATFORM_LABEL[account.platform] ?? account.platform} ${shown}`;
}

/** Identities in SQLite (tables `identities`, `link_codes` and `link_requests`). */
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
  const insertCode = db.prepare<[string, string, number, string, string]>(
    'INSERT INTO link_codes (code, person, expires_at, platform, user_id) VALUES (?, ?, ?, ?, ?)',
  );
  const selectCode = db.prepare<[string], { person: string; expires_at: number; platform: string; user_id: string }>(
    'SELECT person, expires_at, platform, user_id FROM link_codes WHERE code = ?',
  );
  const deleteCode = db.prepare<[string]>('DELETE FROM link_codes WHERE code = ?');
  const deleteExpired = db.prepare<[number]>('DELETE FROM link_codes WHERE expires_at < ?');
  const deleteIdentities = db.prepare<[string]>('DELETE FROM identities WHERE person = ?');
  const insertRequest = db.prepare<[string, string, string, string, string, number, number]>(
    'INSERT INTO link_requests (person, to_platform, to_user_id, platform, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectRequest = db.prepare<
    [number, string, number],
    { id: number; person: string; to_platform: string; to_user_id: string; platform: string; user_id: string }
  >('SELECT id, person, to_platform, to_user_id, platform, user_id FROM link_requests WHERE id = ? AND person = ? AND expires_at >= ?');
  const deleteRequest = db.prepare<[number]>('DELETE FROM link_requests WHERE id = ?');
  const deleteExpiredRequests = db.prepare<[number]>('DELETE FROM link_requests WHERE expires_at < ?');
  const deleteRequestsOf = db.prepare<[string, string, string]>(
    'DELETE FROM link_requests WHERE person = ? OR (platform = ? AND user_id = ?)',
  );

  const personOf = (account: Account) => selectPerson.get(account.platform, account.userId)?.person ?? ownPerson(account);
  const splitPerson = (person: string): Account | undefined => {
    const [platform, ...rest] = person.split(':');
    return platform && rest.length ? { platform, userId: rest.join(':') } : undefined;
  };

  const link = (account: Account, person: string, now: Date) => {
    // The person who asked for the code keeps their identity; make sure their first account is on record too.
    const own = selectAccounts.all(person).length ? undefined : splitPerson(person);
    if (own) upsert.run(own.platform, own.userId, person, now.getTime());
    upsert.run(account.platform, account.userId, person, now.getTime());
  };

  return {
    personOf,
    accountsOf(person) {
      const rows = selectAccounts.all(person).map((r) => ({ platform: r.platform, userId: r.user_id }));
      if (rows.length) return rows;
      const own = splitPerson(person);
      return own ? [own] : [];
    },
    issueCode: db.transaction((person: string, from: Account, now: Date) => {
      deleteExpired.run(now.getTime());
      deleteCodesOf.run(person);
      for (;;) {
        const code = newCode();
        if (selectCode.get(codeKey(code))) continue;
        insertCode.run(codeKey(code), person, now.getTime() + LINK_CODE_TTL_MS, from.platform, from.userId);
        return displayCode(code);
      }
    }),
    claim: db.transaction((code: string, account: Account, now: Date): Claimed => {
      const key = codeKey(code);
      const row = selectCode.get(key);
      if (!row || row.expires_at < now.getTime()) {
        if (row) deleteCode.run(key);
        return { ok: false, reason: 'invalid' };
      }
      if (personOf(account) === row.person) return { ok: false, reason: 'same-account' };
      deleteCode.run(key);
      const from = row.platform ? { platform: row.platform, userId: row.user_id } : (splitPerson(row.person) ?? account);
      return { ok: true, person: row.person, from };
    }),
    link: db.transaction(link),
    requestLink(person, to, account, now) {
      deleteExpiredRequests.run(now.getTime());
      const { lastInsertRowid } = insertRequest.run(
        person,
        to.platform,
        to.userId,
        account.platform,
        account.userId,
        now.getTime(),
        now.getTime() + LINK_REQUEST_TTL_MS,
      );
      return Number(lastInsertRowid);
    },
    takeRequest: db.transaction((id: number, person: string, now: Date): LinkRequest | undefined => {
      const row = selectRequest.get(id, person, now.getTime());
      if (!row) return undefined;
      deleteRequest.run(id);
      return {
        id: row.id,
        person: row.person,
        to: { platform: row.to_platform, userId: row.to_user_id },
        account: { platform: row.platform, userId: row.user_id },
      };
    }),
    forget: db.transaction((person: string) => {
      const accounts = selectAccounts.all(person).map((r) => ({ platform: r.platform, userId: r.user_id }));
      const own = splitPerson(person);
      for (const a of accounts.length ? accounts : own ? [own] : []) deleteRequestsOf.run(person, a.platform, a.userId);
      deleteIdentities.run(person);
      deleteCodesOf.run(person);
    }),
  };
}
