import type { DialogueState, SessionStore } from '../dialogue/session.ts';
import type { Db } from './db.ts';

/** Dialogue state as one JSON row per user; survives restarts with a file database. */
export function createSqliteSessionStore(db: Db): SessionStore {
  const select = db.prepare<[string], { state: string }>('SELECT state FROM sessions WHERE user_key = ?');
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO sessions (user_key, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (user_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE user_key = ?');
  const removeOlder = db.prepare<[number]>('DELETE FROM sessions WHERE updated_at < ?');
  return {
    load(userKey) {
      const row = select.get(userKey);
      if (!row) return {};
      try {
        return JSON.parse(row.state) as DialogueState;
      } catch {
        return {}; // a corrupt row must not lock the user out; it is overwritten on the next save
      }
    },
    save(userKey, state, at) {
      upsert.run(userKey, JSON.stringify(state), at.getTime());
    },
    delete(userKey) {
      remove.run(userKey);
    },
    prune(before) {
      return removeOlder.run(before.getTime()).changes;
    },
  };
}
