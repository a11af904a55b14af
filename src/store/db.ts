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
  // The mentor pool and consultation bookings. Two bookings of one mentor that overlap (buffer included) cannot
  // both be pending or confirmed: the triggers refuse the second inside the writer's transaction.
  `CREATE TABLE mentors (
     id              INTEGER PRIMARY KEY,
     name            TEXT NOT NULL,
     role            TEXT NOT NULL CHECK (role IN ('导师', '辅导员', '联络员')),
     specialties     TEXT NOT NULL,
     counties        TEXT NOT NULL,
     mode            TEXT NOT NULL CHECK (mode IN ('online', 'in_person', 'both')),
     availability    TEXT NOT NULL,
     session_minutes INTEGER NOT NULL CHECK (session_minutes BETWEEN 15 AND 240),
     buffer_minutes  INTEGER NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 120),
     daily_cap       INTEGER NOT NULL CHECK (daily_cap BETWEEN 1 AND 20),
     active          INTEGER NOT NULL DEFAULT 1,
     person          TEXT,
     sample          INTEGER NOT NULL DEFAULT 0,
     created_at      INTEGER NOT NULL
   ) STRICT;
   CREATE UNIQUE INDEX mentors_person ON mentors (person) WHERE person IS NOT NULL;
   CREATE TABLE mentor_invites (
     code       TEXT PRIMARY KEY,
     mentor_id  INTEGER NOT NULL REFERENCES mentors (id),
     expires_at INTEGER NOT NULL,
     used_at    INTEGER
   ) STRICT;
   CREATE TABLE bookings (
     id              INTEGER PRIMARY KEY,
     ref             TEXT NOT NULL UNIQUE,
     person          TEXT NOT NULL,
     platform        TEXT NOT NULL,
     user_id         TEXT NOT NULL,
     chat_id         TEXT NOT NULL,
     mentor_id       INTEGER NOT NULL REFERENCES mentors (id),
     start_at        INTEGER NOT NULL,
     end_at          INTEGER NOT NULL,
     block_until     INTEGER NOT NULL,
     topic           TEXT NOT NULL,
     specialty       TEXT NOT NULL,
     mode            TEXT NOT NULL,
     county          TEXT,
     phone           TEXT,
     status          TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'declined', 'cancelled', 'done')),
     note            TEXT,
     created_at      INTEGER NOT NULL,
     updated_at      INTEGER NOT NULL,
     reminded_24h_at INTEGER,
     reminded_1h_at  INTEGER
   ) STRICT;
   CREATE INDEX bookings_mentor_time ON bookings (mentor_id, start_at) WHERE status IN ('pending', 'confirmed');
   CREATE INDEX bookings_person ON bookings (person, start_at);
   CREATE INDEX bookings_upcoming ON bookings (start_at) WHERE status IN ('pending', 'confirmed');
   CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings
     WHEN NEW.status IN ('pending', 'confirmed') AND EXISTS (
       SELECT 1 FROM bookings b WHERE b.mentor_id = NEW.mentor_id AND b.status IN ('pending', 'confirmed')
         AND b.start_at < NEW.block_until AND NEW.start_at < b.block_until)
   BEGIN SELECT RAISE(ABORT, 'slot_taken'); END;
   CREATE TRIGGER bookings_no_overlap_update BEFORE UPDATE OF mentor_id, start_at, block_until, status ON bookings
     WHEN NEW.status IN ('pending', 'confirmed') AND EXISTS (
       SELECT 1 FROM bookings b WHERE b.id <> NEW.id AND b.mentor_id = NEW.mentor_id AND b.status IN ('pending', 'confirmed')
         AND b.start_at < NEW.block_until AND NEW.start_at < b.block_until)
   BEGIN SELECT RAISE(ABORT, 'slot_taken'); END;`,
  // Investment and project leads (楚商回乡 / 返乡创业) with their dated stage history; staff accounts and roles.
  `CREATE TABLE leads (
     id              INTEGER PRIMARY KEY,
     person          TEXT NOT NULL,
     platform        TEXT NOT NULL,
     user_id         TEXT NOT NULL,
     chat_id         TEXT NOT NULL,
     kind            TEXT NOT NULL CHECK (kind IN ('楚商回乡', '返乡创业')),
     name            TEXT,
     hometown        TEXT,
     outside_jingzhou TEXT,
     city            TEXT,
     company         TEXT,
     industry        TEXT,
     project         TEXT,
     site_needs      TEXT,
     support_wanted  TEXT,
     amount_wan      REAL,
     amount_text     TEXT,
     phone           TEXT,
     stage           TEXT NOT NULL CHECK (stage IN ('线索', '意向研判', '考察', '接待洽谈', '签约', '落地', '流失')),
     owner_office    TEXT NOT NULL,
     consent_at      INTEGER NOT NULL,
     created_at      INTEGER NOT NULL,
     updated_at      INTEGER NOT NULL,
     acknowledged_at INTEGER
   ) STRICT;
   CREATE UNIQUE INDEX leads_phone ON leads (phone) WHERE phone IS NOT NULL;
   CREATE INDEX leads_person ON leads (person);
   CREATE INDEX leads_stage ON leads (stage, created_at);
   CREATE TABLE lead_history (
     id         INTEGER PRIMARY KEY,
     lead_id    INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
     at         INTEGER NOT NULL,
     actor      TEXT NOT NULL,
     stage_from TEXT,
     stage_to   TEXT,
     note       TEXT,
     changes    TEXT
   ) STRICT;
   CREATE INDEX lead_history_lead ON lead_history (lead_id, at);
   CREATE TABLE staff (
     person   TEXT PRIMARY KEY,
     role     TEXT NOT NULL CHECK (role IN ('admin', 'county', 'operator')),
     county   TEXT,
     name     TEXT NOT NULL,
     bound_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE staff_invites (
     code       TEXT PRIMARY KEY,
     role       TEXT NOT NULL,
     county     TEXT,
     name       TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     used_at    INTEGER
   ) STRICT;
   CREATE TABLE audit (
     id     INTEGER PRIMARY KEY,
     at     INTEGER NOT NULL,
     event  TEXT NOT NULL,
     detail TEXT NOT NULL
   ) STRICT;`,
  // Hand-off to staff (tickets carrying the recent conversation) and answer ratings / unanswered questions.
  `CREATE TABLE tickets (
     id          INTEGER PRIMARY KEY,
     person      TEXT NOT NULL,
     platform    TEXT NOT NULL,
     user_id     TEXT NOT NULL,
     chat_id     TEXT NOT NULL,
     status      TEXT NOT NULL CHECK (status IN ('open', 'closed')),
     transcript  TEXT NOT NULL,
     staff       TEXT,
     rating      TEXT CHECK (rating IN ('good', 'bad')),
     created_at  INTEGER NOT NULL,
     answered_at INTEGER,
     closed_at   INTEGER
   ) STRICT;
   CREATE INDEX tickets_person ON tickets (person, status);
   CREATE TABLE feedback (
     id       INTEGER PRIMARY KEY,
     person   TEXT NOT NULL,
     at       INTEGER NOT NULL,
     kind     TEXT NOT NULL CHECK (kind IN ('helpful', 'unhelpful', 'unanswered')),
     question TEXT NOT NULL,
     sources  TEXT NOT NULL
   ) STRICT;
   CREATE INDEX feedback_kind ON feedback (kind, at);`,
  // Liaison stations, events, subscriptions, notices and their outbox (issue 6); durable timed jobs.
  `CREATE TABLE stations (
     id         INTEGER PRIMARY KEY,
     name       TEXT NOT NULL UNIQUE,
     kind       TEXT NOT NULL CHECK (kind IN ('楚商联络站', '返乡创业驻外推介服务站')),
     city       TEXT NOT NULL,
     region     TEXT NOT NULL,
     county     TEXT NOT NULL,
     active     INTEGER NOT NULL DEFAULT 1,
     sample     INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   ) STRICT;
   ALTER TABLE staff ADD COLUMN station_id INTEGER REFERENCES stations (id);
   ALTER TABLE staff_invites ADD COLUMN station_id INTEGER;
   CREATE TABLE events (
     id          INTEGER PRIMARY KEY,
     title       TEXT NOT NULL,
     kind        TEXT NOT NULL,
     starts_at   INTEGER NOT NULL,
     place       TEXT NOT NULL,
     city        TEXT,
     region      TEXT,
     county      TEXT,
     organiser   TEXT NOT NULL,
     station_id  INTEGER REFERENCES stations (id),
     description TEXT NOT NULL DEFAULT '',
     signup      TEXT NOT NULL DEFAULT '',
     sample      INTEGER NOT NULL DEFAULT 0,
     created_at  INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX events_start ON events (starts_at);
   CREATE TABLE subscriptions (
     person     TEXT PRIMARY KEY,
     region     TEXT,
     county     TEXT,
     topic      TEXT,
     active     INTEGER NOT NULL DEFAULT 1,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE notices (
     id         INTEGER PRIMARY KEY,
     author     TEXT NOT NULL,
     station_id INTEGER REFERENCES stations (id),
     audience   TEXT NOT NULL,
     text       TEXT NOT NULL,
     urgent     INTEGER NOT NULL DEFAULT 0,
     send_at    INTEGER,
     cron       TEXT,
     status     TEXT NOT NULL CHECK (status IN ('scheduled', 'done', 'cancelled', 'missed')),
     created_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE notice_runs (
     id          INTEGER PRIMARY KEY,
     notice_id   INTEGER NOT NULL REFERENCES notices (id),
     due_at      INTEGER NOT NULL,
     created_at  INTEGER NOT NULL,
     recipients  INTEGER NOT NULL,
     reported_at INTEGER,
     UNIQUE (notice_id, due_at)
   ) STRICT;
   CREATE TABLE outbox (
     id       INTEGER PRIMARY KEY,
     run_id   INTEGER NOT NULL REFERENCES notice_runs (id),
     person   TEXT NOT NULL,
     platform TEXT NOT NULL,
     user_id  TEXT NOT NULL,
     chat_id  TEXT NOT NULL,
     urgent   INTEGER NOT NULL DEFAULT 0,
     status   TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'uncertain')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_at  INTEGER NOT NULL,
     sent_at  INTEGER,
     error    TEXT,
     UNIQUE (run_id, person)
   ) STRICT;
   CREATE INDEX outbox_due ON outbox (status, next_at);
   CREATE INDEX outbox_person ON outbox (person);
   CREATE TABLE job_runs (
     job    TEXT NOT NULL,
     due_at INTEGER NOT NULL,
     ran_at INTEGER NOT NULL,
     PRIMARY KEY (job, due_at)
   ) STRICT;`,
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
