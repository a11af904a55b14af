import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Tells whether a bot is running on a database, for `admin -- restore`. The lock is an empty SQLite file next to
 * the database (`<db>.run-lock`): a running bot holds a read lock on it, a restore needs the exclusive lock. These
 * are the kernel's POSIX record locks (through SQLite), released by the kernel however the process ends (SIGKILL,
 * a crash, a reboot), so a stale lock or a reused pid (pid 1 in every container) can never block or fool a restore.
 * Several bots on one database (each platform in its own process) can all hold the read lock at once.
 */
export interface RunLock {
  readonly file: string;
  release(): void;
}

/** Another process holds the lock the caller needs. */
export class RunLockBusy extends Error {
  override name = 'RunLockBusy';
  readonly code = 'RUN_LOCK.BUSY';
}

export const runLockFile = (dbPath: string): string => `${dbPath}.run-lock`;

function take(dbPath: string, mode: 'running' | 'exclusive'): RunLock {
  const file = runLockFile(dbPath);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  // timeout 0: a busy lock answers at once instead of waiting for it.
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    if (mode === 'exclusive') db.exec('BEGIN EXCLUSIVE');
    else {
      db.exec('BEGIN');
      // A deferred transaction takes its read lock with its first read.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    }
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY')) {
      throw new RunLockBusy(
        mode === 'exclusive'
          ? `a huixiang bot is running on ${dbPath} (it holds ${file}): stop it first (systemctl stop huixiang, docker stop ...)`
          : `a restore of ${dbPath} is in progress (it holds ${file}): start the bot when it has finished`,
      );
    }
    throw error;
  }
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}

/** Held by `npm start` for its whole life. Throws `RunLockBusy` while a restore holds the database. */
export const holdWhileRunning = (dbPath: string): RunLock => take(dbPath, 'running');

/** Held by a restore. Throws `RunLockBusy` while any bot runs on the database. */
export const holdExclusively = (dbPath: string): RunLock => take(dbPath, 'exclusive');
