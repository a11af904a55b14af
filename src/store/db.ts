import Database from 'better-sqlite3';
import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
  // issue 10: codes. Codes are kept as SHA-256 (the old short ones, guessable, stop working); a /link code remembers
  // the account that asked for it; /bind codes can be revoked; linking to staff or a mentor waits for their 同意;
  // wrong codes are counted (per person and per minute) across restarts.
  `DELETE FROM link_codes;
   ALTER TABLE link_codes ADD COLUMN platform TEXT NOT NULL DEFAULT '';
   ALTER TABLE link_codes ADD COLUMN user_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE staff_invites ADD COLUMN revoked_at INTEGER;
   ALTER TABLE mentor_invites ADD COLUMN revoked_at INTEGER;
   UPDATE staff_invites SET revoked_at = unixepoch() * 1000 WHERE used_at IS NULL;
   UPDATE mentor_invites SET revoked_at = unixepoch() * 1000 WHERE used_at IS NULL;
   CREATE INDEX mentor_invites_mentor ON mentor_invites (mentor_id);
   CREATE TABLE link_requests (
     id           INTEGER PRIMARY KEY,
     person       TEXT NOT NULL,
     to_platform  TEXT NOT NULL,
     to_user_id   TEXT NOT NULL,
     platform     TEXT NOT NULL,
     user_id      TEXT NOT NULL,
     created_at   INTEGER NOT NULL,
     expires_at   INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX link_requests_person ON link_requests (person);
   CREATE TABLE code_failures (
     id     INTEGER PRIMARY KEY,
     person TEXT NOT NULL,
     at     INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX code_failures_person ON code_failures (person, at);
   CREATE INDEX code_failures_at ON code_failures (at);
   CREATE TABLE code_alerts (
     minute INTEGER PRIMARY KEY
   ) STRICT;`,
  // issue 10: leads and tickets. A lead is only updated by its owner: the same phone from another person is a new
  // lead marked as a possible duplicate of the earlier one (staff merge by hand), so the phone is no longer unique.
  // A ticket's `staff` is the one staff member who claimed it; `claimed_at` dates the claim (or a take-over).
  `DROP INDEX leads_phone;
   CREATE INDEX leads_phone ON leads (phone) WHERE phone IS NOT NULL;
   ALTER TABLE leads ADD COLUMN duplicate_of INTEGER REFERENCES leads (id) ON DELETE SET NULL;
   CREATE INDEX leads_duplicate_of ON leads (duplicate_of) WHERE duplicate_of IS NOT NULL;
   ALTER TABLE tickets ADD COLUMN claimed_at INTEGER;
   UPDATE tickets SET claimed_at = answered_at WHERE staff IS NOT NULL;`,
  // issue 10: deletion. A queued message to someone else names the person it is about (`subject`), so that deleting
  // that person's data finds it (a staff notification quoting their phone).
  `ALTER TABLE send_queue ADD COLUMN subject TEXT;
   CREATE INDEX send_queue_subject ON send_queue (subject) WHERE subject IS NOT NULL;`,
  // issue 15: the web console. Sign-in links (single use, 10 minutes) and sessions keep only the SHA-256 of their
  // secret; the audit log of console changes names the person and role, its detail holds no personal data.
  `CREATE TABLE web_sign_ins (
     token_hash TEXT PRIMARY KEY,
     person     TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     used_at    INTEGER
   ) STRICT;
   CREATE INDEX web_sign_ins_person ON web_sign_ins (person);
   CREATE TABLE web_sessions (
     id_hash    TEXT PRIMARY KEY,
     person     TEXT NOT NULL,
     csrf       TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX web_sessions_person ON web_sessions (person);
   CREATE TABLE web_audit (
     id     INTEGER PRIMARY KEY,
     at     INTEGER NOT NULL,
     person TEXT NOT NULL,
     role   TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL
   ) STRICT;
   CREATE INDEX web_audit_person ON web_audit (person);
   CREATE INDEX web_audit_at ON web_audit (at);`,
  // A mentor's own pause (`/pause`): no new bookings offered for slots starting in [away_from, away_until).
  `ALTER TABLE mentors ADD COLUMN away_from INTEGER;
   ALTER TABLE mentors ADD COLUMN away_until INTEGER;`,
];

/** The schema version this huixiang writes (`user_version` after every migration). */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Why a database could not be opened: `code` is stable, the message is one line that says what to change. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
  constructor(
    readonly code: 'DB.NO_PATH' | 'DB.UNREACHABLE' | 'DB.NOT_A_FILE' | 'DB.NOT_SQLITE' | 'DB.NEWER_SCHEMA' | 'DB.CANNOT_OPEN',
    message: string,
  ) {
    super(message);
  }
}

const SETTING = '--db / HUIXIANG_DB';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Kernel file systems: nothing there is a database, and reading some files blocks for ever (/proc/kmsg). */
const KERNEL_FS = /^\/(proc|sys|dev(?!\/shm(\/|$)))(\/|$)/;

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The stats of `path`, or undefined when it does not exist (also when a parent is a file: ENOTDIR). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
    throw new DatabaseOpenError(
      'DB.UNREACHABLE',
      `cannot reach the database ${path} (${errnoOf(error) ?? String(error)}): check ${SETTING}`,
    );
  }
}

/**
 * Checks a database path before SQLite sees it, so that a wrong one gets one plain line instead of a stack or a
 * hang: an existing file must be a readable, writable SQLite file; a new one must have a directory (or a place to
 * make one) to go in. A new file is created here with mode 0600, its new directories 0700.
 */
function prepareFile(given: string): void {
  // better-sqlite3 would quietly open a temporary database for '' and lose everything at exit.
  if (!given.trim())
    throw new DatabaseOpenError(
      'DB.NO_PATH',
      `no database file given (${SETTING} is empty): set it to a file such as ./data/huixiang.sqlite`,
    );
  const path = resolve(given);
  const refuse = (code: DatabaseOpenError['code'], why: string) =>
    new DatabaseOpenError(code, `cannot use ${given} as the database: ${why}; set ${SETTING} to a file such as ./data/huixiang.sqlite`);
  if (KERNEL_FS.test(path)) throw refuse('DB.UNREACHABLE', `/${path.split('/')[1]} is a kernel file system`);
  const stats = statOf(path);
  if (stats) {
    if (!stats.isFile()) throw refuse('DB.NOT_A_FILE', stats.isDirectory() ? 'it is a directory' : 'it is not a regular file');
    if (KERNEL_FS.test(realpathSync(path))) throw refuse('DB.UNREACHABLE', 'it links into a kernel file system');
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch {
      throw refuse('DB.UNREACHABLE', 'no permission to read and write it');
    }
    if (stats.size > 0) {
      const head = Buffer.alloc(SQLITE_HEADER.length);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      // All zeros: another process is creating it this very moment; SQLite's own locking sorts that out.
      if (!head.equals(SQLITE_HEADER) && head.some((byte) => byte !== 0)) throw refuse('DB.NOT_SQLITE', 'it is not a SQLite database');
    }
    // Earlier versions created it with the umask's mode (often 0644): personal data is for this account only.
    if (stats.mode & 0o077) tightenMode(path);
    return;
  }
  // A new file: the nearest existing ancestor must be a directory we may write in.
  let ancestor = dirname(path);
  let ancestorStats = statOf(ancestor);
  while (!ancestorStats && ancestor !== dirname(ancestor)) {
    ancestor = dirname(ancestor);
    ancestorStats = statOf(ancestor);
  }
  if (!ancestorStats?.isDirectory()) throw refuse('DB.UNREACHABLE', `${ancestor} is a file, not a directory`);
  if (KERNEL_FS.test(realpathSync(ancestor))) throw refuse('DB.UNREACHABLE', `${ancestor} links into a kernel file system`);
  try {
    accessSync(ancestor, constants.W_OK);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
  } catch (error) {
    throw refuse('DB.UNREACHABLE', `cannot create it in ${ancestor} (${errnoOf(error) ?? String(error)})`);
  }
}

/** Best effort: chmod 0600 (a file of another owner keeps its mode; SQLite then reports what it cannot do). */
function tightenMode(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch {
    // not ours to change
  }
}

const newerSchema = (path: string, version: number) =>
  new DatabaseOpenError(
    'DB.NEWER_SCHEMA',
    `the database ${path} has schema version ${version}, newer than this huixiang knows (${MIGRATIONS.length}): update huixiang, or set ${SETTING} to another file`,
  );

/** A database written by a newer huixiang is refused before anything (even the journal mode) is changed in it. */
function refuseNewer(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw newerSchema(path, version);
}

/**
 * Brings the schema up to date. Each step reads `user_version` inside a `BEGIN IMMEDIATE` transaction (the write
 * lock is taken first), so processes opening a new database at once migrate it one after the other, never twice.
 */
function migrate(db: Db, path: string): void {
  if ((db.pragma('user_version', { simple: true }) as number) === MIGRATIONS.length) return;
  const step = db.transaction((): boolean => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) throw newerSchema(path, version);
    if (version === MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[version]!);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction, as before
  }
}

/**
 * Runs `work` again while SQLite answers SQLITE_BUSY, up to `timeoutMs`. Switching a new file to WAL needs an
 * exclusive lock and SQLite does not call the busy handler for it, so several processes opening one new database
 * at once can get SQLITE_BUSY there despite busy_timeout (seen: 1 of 30 opens).
 */
function retryWhileBusy<T>(work: () => T, timeoutMs = 5000): T {
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return work();
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 10 + Math.floor(Math.random() * 20));
    }
  }
}

/**
 * Opens (creating if needed) the SQLite database and brings its schema up to date. `:memory:` for a throwaway one.
 * Throws `DatabaseOpenError` (one line, no stack needed) for a path that is not a usable database, and for a
 * database written by a newer version of huixiang, which is never used.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') prepareFile(path);
  let db: Db | undefined;
  try {
    // busy_timeout (the `timeout` option) first: the journal mode change below already needs the lock.
    db = new Database(path, { timeout: 5000 });
    const opened = db;
    retryWhileBusy(() => refuseNewer(opened, path));
    retryWhileBusy(() => opened.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros, so a deleted phone number does not linger in the file's free space.
    db.pragma('secure_delete = ON');
    retryWhileBusy(() => migrate(opened, path));
    if (path !== ':memory:') for (const file of [`${path}-wal`, `${path}-shm`]) if ((statOf(file)?.mode ?? 0) & 0o077) tightenMode(file);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (error instanceof Database.SqliteError) {
      const notSqlite = error.code === 'SQLITE_NOTADB';
      throw new DatabaseOpenError(
        notSqlite ? 'DB.NOT_SQLITE' : 'DB.CANNOT_OPEN',
        `cannot use ${path} as the database: ${notSqlite ? 'it is not a SQLite database' : `${error.message} (${error.code})`}; check ${SETTING}`,
      );
    }
    throw error;
  }
}
