import type { IdentityStore } from '../identity/identity.ts';
import type { Db } from '../store/db.ts';
import type { PersonalDataHolder, Subject } from './personal-data.ts';

/**
 * A holder for core tables whose rows carry a person key (`person`) and, for rows made from one account, that
 * account (`platform`, `user_id`): a row is the subject's if either is theirs.
 */
function rowsOf(
  db: Db,
  name: string,
  table: string,
  options: { byAccount: boolean; personColumn?: string; also?: string[] },
): PersonalDataHolder {
  const column = options.personColumn ?? 'person';
  const byKey = db.prepare<[string]>(`DELETE FROM ${table} WHERE ${column} = ?`);
  const byAccount = options.byAccount ? db.prepare<[string, string]>(`DELETE FROM ${table} WHERE platform = ? AND user_id = ?`) : undefined;
  return {
    name,
    tables: [table, ...(options.also ?? [])],
    forget(subject: Subject) {
      let removed = 0;
      for (const key of subject.keys) removed += byKey.run(key).changes;
      if (byAccount) for (const a of subject.accounts) removed += byAccount.run(a.platform, a.userId).changes;
      return removed;
    },
  };
}

/** The core's own personal data: leads, bookings, hand-off tickets, ratings, subscriptions, dialogues and links. */
export function coreHolders(db: Db, identities: IdentityStore): PersonalDataHolder[] {
  return [
    // A lead's dated history goes with it (ON DELETE CASCADE); another lead marked a duplicate of it is unmarked.
    rowsOf(db, 'leads', 'leads', { byAccount: true, also: ['lead_history'] }),
    rowsOf(db, 'bookings', 'bookings', { byAccount: true }),
    rowsOf(db, 'tickets', 'tickets', { byAccount: true }),
    rowsOf(db, 'feedback', 'feedback', { byAccount: false }),
    rowsOf(db, 'subscriptions', 'subscriptions', { byAccount: false }),
    rowsOf(db, 'outbox', 'outbox', { byAccount: true }),
    rowsOf(db, 'sessions', 'sessions', { byAccount: false, personColumn: 'user_key' }),
    {
      name: 'identities',
      tables: ['identities', 'link_codes', 'link_requests'],
      forget(subject) {
        for (const key of subject.keys) identities.forget(key);
        return subject.accounts.length;
      },
    },
  ];
}
