import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SCHEMA_VERSION, type Db } from './db.ts';
import { holdExclusively } from './run-lock.ts';

/** Why a backup or a restore was refused: `code` is stable, the message says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code:
      | 'BACKUP.EXISTS'
      | 'BACKUP.NOT_FOUND'
      | 'BACKUP.NOT_SQLITE'
      | 'BACKUP.IN_USE'
      | 'BACKUP.CORRUPT'
      | 'BACKUP.NEWER_SCHEMA'
      | 'BACKUP.NOT_HUIXIANG'
      | 'BACKUP.SAME_FILE',
    message: string,
  ) {
    super(message);
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

/** Nightly and default backups are named huixiang-YYYYMMDD-HHmm.sqlite (Asia/Shanghai); retention touches only these. */
const BACKUP_NAME = /^huixiang-\d{8}-\d{4}(-\d+)?\.sqlite$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const stamp = (now: Date, seconds = false): string => {
  const iso = new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString(); // 2026-11-30T15:07:09.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${seconds ? iso.slice(17, 19) : ''}`;
};

/** Where backups go when BACKUP_DIR is not set: `backups/` next to the database (./data/backups). */
export const defaultBackupDir = (dbPath: string): string => join(dirname(dbPath), 'backups');

/** A new file name for a backup taken at `now` in `dir`: huixiang-YYYYMMDD-HHmm.sqlite, -2, -3 ... if taken. */
export function newBackupFile(dir: string, now: Date): string {
  const base = `huixiang-${stamp(now)}`;
  let file = join(dir, `${base}.sqlite`);
  for (let n = 2; existsSync(file); n++) file = join(dir, `${base}-${n}.sqlite`);
  return file;
}

/**
 * Copies the database with SQLite's online backup API while the bot keeps running. The copy is made in one step
 * (one read transaction: a consistent snapshot that contains every transaction committed before it began); in WAL
 * mode writers carry on meanwhile. Small steps would restart each time another process writes, possibly for ever.
 * The copy is written beside the target, checked, switched to a self-contained rollback journal, made 0600 and
 * only then renamed into place, so a file under the backup name is always a whole, checked backup.
 */
export async function backupDatabase(db: Db, file: string, clock: () => number = Date.now): Promise<BackupResult> {
  const started = clock();
  const target = resolve(file);
  if (existsSync(target))
    throw new BackupError('BACKUP.EXISTS', `${file} already exists: give another file name (backups are never overwritten)`);
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  try {
    await db.backup(partial, { progress: () => 0x7fffffff });
    finishCopy(partial, db.name);
    renameSync(partial, target);
  } finally {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      if (existsSync(leftover)) unlinkSync(leftover);
  }
  return { file: target, bytes: statSync(target).size, ms: clock() - started };
}

/** Deletes the backups in `dir` (only files named like ours) last written more than `keepDays` days ago. */
export function pruneBackups(dir: string, keepDays: number, now: Date): string[] {
  if (!existsSync(dir)) return [];
  const cutoff = now.getTime() - keepDays * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!BACKUP_NAME.test(name)) continue;
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isFile() && stats.mtimeMs < cutoff) {
      unlinkSync(path);
      removed.push(name);
    }
  }
  return removed.sort();
}

/**
 * Makes a fresh copy one self-contained file (rollback journal, no -wal beside it) and 0600; checks it first when
 * asked (the copy of a database about to be replaced is kept even if damaged: it may be why a restore is needed).
 */
function finishCopy(file: string, of: string, check = true): void {
  chmodSync(file, 0o600);
  const copy = new Database(file, { fileMustExist: true });
  try {
    const problems = check ? integrityProblems(copy) : undefined;
    if (problems)
      throw new BackupError(
        'BACKUP.CORRUPT',
        `the copy of ${of} failed its integrity check (${problems}): the database itself may be damaged`,
      );
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** `PRAGMA integrity_check`'s complaints (first three), or undefined when it says ok. */
function integrityProblems(db: Database.Database): string | undefined {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  const lines = rows.map((r) => r.integrity_check);
  return lines.length === 1 && lines[0] === 'ok' ? undefined : lines.slice(0, 3).join('; ');
}

/**
 * Checks that `file` can replace the database: a SQLite file, not open elsewhere, `integrity_check` ok, a huixiang
 * schema no newer than this version's. Returns its schema version. Throws `BackupError`.
 */
export function checkBackup(file: string): { schemaVersion: number } {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new BackupError('BACKUP.NOT_FOUND', `${file} is not a file: give the path of a backup (ls ./data/backups)`);
  if ((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    throw new BackupError(
      'BACKUP.IN_USE',
      `${file} has a ${basename(file)}-wal beside it: it is in use or was not closed cleanly; restore from a file made by \`admin -- backup\``,
    );
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(
      'BACKUP.NOT_SQLITE',
      `${file} cannot be opened as SQLite (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    let problems: string | undefined;
    try {
      problems = integrityProblems(db);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_NOTADB') throw new BackupError('BACKUP.NOT_SQLITE', `${file} is not a SQLite database`);
      problems = error instanceof Error ? error.message : String(error);
    }
    if (problems) throw new BackupError('BACKUP.CORRUPT', `${file} failed PRAGMA integrity_check (${problems}): pick an older backup`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasSessions = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
    if (version < 1 || !hasSessions)
      throw new BackupError(
        'BACKUP.NOT_HUIXIANG',
        `${file} is a SQLite database but not a huixiang one (no schema version or sessions table)`,
      );
    if (version > SCHEMA_VERSION) {
      throw new BackupError(
        'BACKUP.NEWER_SCHEMA',
        `${file} has schema version ${version}, newer than this huixiang knows (${SCHEMA_VERSION}): update huixiang first`,
      );
    }
    return { schemaVersion: version };
  } finally {
    db.close();
  }
}

export interface RestoreOptions {
  /** The backup to bring back. It is not changed: a copy of it is checked and put in place. */
  from: string;
  /** The bot's database (HUIXIANG_DB). */
  dbPath: string;
  /** Where the database being replaced is kept first (huixiang-before-restore-YYYYMMDD-HHmmss.sqlite). */
  keepDir: string;
  now: Date;
}

export interface RestoreResult {
  schemaVersion: number;
  /** The copy of the replaced database, if there was one. */
  replaced?: string;
}

/**
 * Replaces the database with a backup. Refused (`RunLockBusy`) while a bot runs on the database; the exclusive run
 * lock is held throughout, so no bot starts half-way. The backup is copied beside the database and that copy is
 * checked (`checkBackup`), the current database is kept with the backup API (its WAL included), its `-wal`/`-shm`
 * are removed (they belong to the old file), and the checked copy is renamed over it. A restored older schema is
 * migrated by the next start.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const dbPath = resolve(options.dbPath);
  const from = resolve(options.from);
  if (existsSync(dbPath) && existsSync(from) && realpathSync(dbPath) === realpathSync(from)) {
    throw new BackupError('BACKUP.SAME_FILE', `${options.from} is the database itself: give a backup file`);
  }
  const lock = holdExclusively(dbPath);
  const incoming = `${dbPath}.restoring`;
  try {
    checkBackup(from);
    mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 });
    copyFileSync(from, incoming);
    chmodSync(incoming, 0o600);
    const { schemaVersion } = checkBackup(incoming);
    let replaced: string | undefined;
    if (existsSync(dbPath) && statSync(dbPath).size > 0) {
      mkdirSync(options.keepDir, { recursive: true, mode: 0o700 });
      replaced = join(options.keepDir, `huixiang-before-restore-${stamp(options.now, true)}.sqlite`);
      const current = new Database(dbPath, { fileMustExist: true, timeout: 5000 });
      try {
        await current.backup(replaced, { progress: () => 0x7fffffff });
        current.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        current.close();
      }
      finishCopy(replaced, dbPath, false);
    }
    for (const log of [`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]) if (existsSync(log)) unlinkSync(log);
    renameSync(incoming, dbPath);
    return { schemaVersion, ...(replaced ? { replaced } : {}) };
  } finally {
    for (const leftover of [incoming, `${incoming}-wal`, `${incoming}-shm`, `${incoming}-journal`])
      if (existsSync(leftover)) unlinkSync(leftover);
    lock.release();
  }
}
