import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/** Schema changes in order; each runs once, recorded in `user_version`. */
const MIGRATIONS: string[] = [
  `CREATE TABLE sessions (
     user_key   TEXT PRIMARY KEY,
     state      TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT;`,
  // Accounts on several platforms that belong to one person (linked with /link); unlinked accounts have no row.
  `CREATE TABLE identities (
     platform  TEXT NOT NULL,
     user_id   TEXT NOT NULL,
     person    TEXT NOT NULL,
     linked_at INTEGER NOT NULL,
     PRIMARY KEY (platform, user_id)
   ) STRICT;
   CREATE INDEX identities_person ON identities (person);
   CREATE TABLE link_codes (
     code       TEXT PRIMARY KEY,
     person     TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;`,
  // Outgoing messages of paced platforms (WeChat): one row per message, sent in id order, survives restarts.
  `CREATE TABLE send_queue (
     id         INTEGER PRIMARY KEY,
     platform   TEXT NOT NULL,
     chat_id    TEXT NOT NULL,
     payload    TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     not_before INTEGER NOT NULL DEFAULT 0,
     attempts   INTEGER NOT NULL DEFAULT 0,
     sent_at    INTEGER,
     failed_at  INTEGER,
     last_error TEXT
   ) STRICT;
   CREATE INDEX send_queue_pending ON send_queue (platform, id) WHERE sent_at IS NULL AND failed_at IS NULL;
   CREATE INDEX send_queue_sent ON send_queue (platform, sent_at) WHERE sent_at IS NOT NULL;`,
  // Platform-native ids (a Wechaty contact or room id, which can change between logins) mapped to our stable user ids.
  `CREATE TABLE platform_ids (
     platform   TEXT NOT NULL,
     native_id  TEXT NOT NULL,
     user_id    TEXT NOT NULL,
     kind       TEXT NOT NULL CHECK (kind IN ('contact', 'room')),
     name       TEXT,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (platform, native_id)
   ) STRICT;
   CREATE INDEX platform_ids_user ON platform_ids (platform, user_id);`,
];

/** Opens (creating if needed) the SQLite database and brings its schema up to date. `:memory:` for a throwaway one. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
