import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backup, restore } from '../../src/cli/admin/backup.ts';
import type { Output } from '../../src/cli/admin/area.ts';
import { UsageError } from '../../src/cli/startup.ts';
import { scheduleBackups } from '../../src/runtime/jobs.ts';
import { BackupError, backupDatabase, checkBackup, newBackupFile, pruneBackups, restoreDatabase } from '../../src/store/backup.ts';
import { openDatabase, SCHEMA_VERSION } from '../../src/store/db.ts';
import { holdWhileRunning, RunLockBusy, runLockFile } from '../../src/store/run-lock.ts';
import { makeApp, ROOT, tempDir } from '../helpers.ts';
import { captureLogger } from '../adapters/wechat-helpers.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A plain node process (no tsx) running `code` with better-sqlite3; resolves once it prints `ready`. */
async function startProcess(code: string, ...args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', code, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (exitCode) => reject(new Error(`child exited with ${exitCode}`)));
  });
  return child;
}

/** Commits one row at a time into `load` as fast as it can, like a busy bot on the same database. */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { timeout: 5000 });
const insert = db.prepare('INSERT INTO load (payload) VALUES (?)');
const payload = 'x'.repeat(200);
insert.run(payload);
console.log('ready');
for (;;) insert.run(payload);
`;

/** Holds the bot's run lock the way a running bot does, until killed. */
const LOCK_HOLDER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { timeout: 0 });
db.exec('BEGIN');
db.prepare('SELECT count(*) FROM sqlite_master').get();
console.log('ready');
setInterval(() => {}, 1000);
`;

/** A huixiang database with a `load` table of `rows` rows of 200 bytes. */
function loadedDatabase(rows: number) {
  const path = join(tempDir(), 'huixiang.sqlite');
  const db = openDatabase(path);
  db.exec('CREATE TABLE load (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO load (payload) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('y'.repeat(200));
  })();
  return { path, db };
}

const rowsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) AS n, max(id) AS max FROM load').get() as { n: number; max: number };
  } finally {
    db.close();
  }
};

const capture = (): Output & { lines: string[]; values: unknown[] } => {
  const lines: string[] = [];
  const values: unknown[] = [];
  return { lines, values, text: (line) => void lines.push(line), json: (value) => void values.push(value) };
};

describe('backup', () => {
  it('copies the database while another process writes continuously: every row committed before it started is in it', async () => {
    const { path, db } = loadedDatabase(100_000);
    const writer = await startProcess(WRITER, path);
    const before = db.prepare('SELECT max(id) AS max FROM load').get() as { max: number };
    const file = join(tempDir(), 'nested', 'copy.sqlite');
    const result = await backupDatabase(db, file);
    const after = db.prepare('SELECT max(id) AS max FROM load').get() as { max: number };
    writer.kill('SIGKILL');

    expect(after.max).toBeGreaterThan(before.max); // the writer was not blocked
    const copied = rowsIn(file);
    expect(copied.n).toBe(copied.max); // no gaps
    expect(copied.max).toBeGreaterThanOrEqual(before.max);
    expect(checkBackup(file).schemaVersion).toBe(SCHEMA_VERSION);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(result.bytes).toBe(statSync(file).size);
    // One self-contained file: no -wal or leftovers beside it.
    expect(readdirSync(join(file, '..'))).toEqual(['copy.sqlite']);
    db.close();
  });

  it('never overwrites a file, and names default backups by the Shanghai minute', async () => {
    const { db } = loadedDatabase(10);
    const dir = tempDir();
    const at = new Date('2026-11-30T19:15:00Z'); // 03:15 on 1 December in Shanghai
    const first = newBackupFile(dir, at);
    expect(first).toBe(join(dir, 'huixiang-20261201-0315.sqlite'));
    await backupDatabase(db, first);
    expect(newBackupFile(dir, at)).toBe(join(dir, 'huixiang-20261201-0315-2.sqlite'));
    await expect(backupDatabase(db, first)).rejects.toMatchObject({ code: 'BACKUP.EXISTS' });
    db.close();
  });
});

describe('restore', () => {
  it('brings a backup back, keeps the database it replaced, and the bot opens it', async () => {
    const { path, db } = loadedDatabase(1000);
    const dir = tempDir();
    const file = join(dir, 'good.sqlite');
    await backupDatabase(db, file);
    db.exec('DELETE FROM load WHERE id > 10');
    db.close();

    const result = await restoreDatabase({ from: file, dbPath: path, keepDir: dir, now: new Date('2026-11-30T01:02:03Z') });

    expect(result.replaced).toBe(join(dir, 'huixiang-before-restore-20261130-090203.sqlite'));
    expect(rowsIn(result.replaced!).n).toBe(10);
    expect(rowsIn(path).n).toBe(1000);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(file)).toBe(true);
    const reopened = openDatabase(path);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((reopened.prepare('SELECT count(*) AS n FROM load').get() as { n: number }).n).toBe(1000);
    reopened.close();
  });

  it('is refused while a bot holds the run lock (another process, then this one), and works once it is gone', async () => {
    const { path, db } = loadedDatabase(10);
    const file = join(tempDir(), 'b.sqlite');
    await backupDatabase(db, file);
    db.exec('DELETE FROM load');
    db.close();
    const restoreIt = () => restoreDatabase({ from: file, dbPath: path, keepDir: tempDir(), now: new Date() });

    const bot = await startProcess(LOCK_HOLDER, runLockFile(path));
    await expect(restoreIt()).rejects.toThrow(RunLockBusy);
    await expect(restoreIt()).rejects.toThrow(/a huixiang bot is running on .*stop it first/);
    // SIGKILL: no clean-up ran, yet the kernel dropped the lock with the process (no stale lock, no pid to check).
    bot.kill('SIGKILL');
    await new Promise((resolve) => bot.once('exit', resolve));

    const inProcess = holdWhileRunning(path);
    await expect(restoreIt()).rejects.toThrow(RunLockBusy);
    expect(rowsIn(path).n).toBe(0);
    inProcess.release();

    await restoreIt();
    expect(rowsIn(path).n).toBe(10);
    // While a restore holds the lock, a bot does not start.
    const { holdExclusively } = await import('../../src/store/run-lock.ts');
    const restoring = holdExclusively(path);
    expect(() => holdWhileRunning(path)).toThrow(/a restore of .* is in progress/);
    restoring.release();
  });

  it('checks the file first and leaves the database alone when it is not a good huixiang backup', async () => {
    const { path, db } = loadedDatabase(10);
    const dir = tempDir();
    const good = join(dir, 'good.sqlite');
    await backupDatabase(db, good);
    db.close();
    const attempt = (from: string) => restoreDatabase({ from, dbPath: path, keepDir: dir, now: new Date() });

    writeFileSync(join(dir, 'notes.txt'), 'hello, not a database '.repeat(100));
    await expect(attempt(join(dir, 'notes.txt'))).rejects.toMatchObject({ code: 'BACKUP.NOT_SQLITE' });
    await expect(attempt(join(dir, 'missing.sqlite'))).rejects.toMatchObject({ code: 'BACKUP.NOT_FOUND' });

    const newer = join(dir, 'newer.sqlite');
    await backupDatabase(openDatabase(path), newer);
    const raise = new Database(newer);
    raise.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raise.close();
    await expect(attempt(newer)).rejects.toMatchObject({ code: 'BACKUP.NEWER_SCHEMA' });

    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    await expect(attempt(foreign)).rejects.toMatchObject({ code: 'BACKUP.NOT_HUIXIANG' });

    // Damage a page of the load table's b-tree (past the header and the schema page).
    const corrupt = join(dir, 'corrupt.sqlite');
    const source = new Database(good, { readonly: true });
    await source.backup(corrupt);
    const pageSize = source.pragma('page_size', { simple: true }) as number;
    const rootpage = (source.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'load'").get() as { rootpage: number }).rootpage;
    source.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(corrupt, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize);
    closeSync(fd);
    await expect(attempt(corrupt)).rejects.toThrow(BackupError);
    await expect(attempt(corrupt)).rejects.toMatchObject({ code: expect.stringMatching(/BACKUP\.(CORRUPT|NOT_SQLITE)/) });

    await expect(attempt(path)).rejects.toMatchObject({ code: 'BACKUP.SAME_FILE' });
    expect(rowsIn(path).n).toBe(10);
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('restoring'))).toEqual([]);
  });
});

describe('retention', () => {
  it('deletes only nightly backups older than the kept days', () => {
    const dir = tempDir();
    const now = new Date('2026-11-30T12:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    const files = {
      'huixiang-20261101-0315.sqlite': 29,
      'huixiang-20261115-0315-2.sqlite': 15,
      'huixiang-20261120-0315.sqlite': 10,
      'huixiang-20261129-0315.sqlite': 1,
      'huixiang-before-restore-20261101-101010.sqlite': 29,
      'my-copy.sqlite': 29,
      'huixiang-20261101-0315.sqlite.partial': 29,
    };
    for (const [name, age] of Object.entries(files)) {
      const path = join(dir, name);
      writeFileSync(path, '');
      const at = new Date(now.getTime() - age * day);
      utimesSync(path, at, at);
    }
    expect(pruneBackups(dir, 14, now)).toEqual(['huixiang-20261101-0315.sqlite', 'huixiang-20261115-0315-2.sqlite']);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'huixiang-20261120-0315.sqlite',
        'huixiang-20261129-0315.sqlite',
        'huixiang-before-restore-20261101-101010.sqlite',
        'my-copy.sqlite',
        'huixiang-20261101-0315.sqlite.partial',
      ].sort(),
    );
    expect(pruneBackups(join(dir, 'none'), 14, now)).toEqual([]);
  });

  it('the nightly job backs up and prunes, once per night (job_runs)', async () => {
    const dir = tempDir();
    const app = makeApp({ dbPath: join(tempDir(), 'huixiang.sqlite') });
    const old = join(dir, 'huixiang-20261001-0315.sqlite');
    writeFileSync(old, '');
    utimesSync(old, new Date('2026-10-01T00:00:00Z'), new Date('2026-10-01T00:00:00Z'));
    const logger = captureLogger();
    // 03:20 in Shanghai: the 03:15 occurrence was missed a moment ago and runs at start.
    const now = () => new Date('2026-11-30T19:20:00Z');
    const task = scheduleBackups({ app, delivery: { deliver: async () => {} }, logger, now, backup: { dir, keepDays: 14 } });
    await logger.waitFor('backup.done');
    await task.stop();
    expect(readdirSync(dir)).toEqual(['huixiang-20261201-0320.sqlite']);
    expect(checkBackup(join(dir, 'huixiang-20261201-0320.sqlite')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(app.db.prepare("SELECT count(*) AS n FROM job_runs WHERE job = 'backup'").get()).toEqual({ n: 1 });
    // A restart at the same moment does not run it again.
    const again = scheduleBackups({ app, delivery: { deliver: async () => {} }, logger, now, backup: { dir, keepDays: 14 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await again.stop();
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('admin -- backup / restore (in-process)', () => {
  it('backs up to BACKUP_DIR by default and restores, refusing plainly while the bot runs', async () => {
    const dbPath = join(tempDir(), 'huixiang.sqlite');
    const app = makeApp({ dbPath });
    const out = capture();
    await backup['*']!({ app, args: ['list'], flags: {}, out });
    const [made] = readdirSync(join(dbPath, '..', 'backups'));
    expect(made).toMatch(/^huixiang-\d{8}-\d{4}\.sqlite$/);
    expect(out.lines[0]).toMatch(/^backup written: .*huixiang-\d{8}-\d{4}\.sqlite \(\d+\.\d MiB, \d+ ms, integrity ok, mode 0600\)$/);
    const file = join(dbPath, '..', 'backups', made!);
    const staff = app.db.prepare('SELECT count(*) AS n FROM mentors').get();

    const running = holdWhileRunning(dbPath);
    const refused = makeApp({ dbPath });
    await expect(restore['*']!({ app: refused, args: [file], flags: {}, out: capture() })).rejects.toThrow(UsageError);
    running.release();
    refused.close();

    app.db.exec('DELETE FROM mentors');
    app.close();
    const restoring = makeApp({ dbPath });
    const said = capture();
    await restore['*']!({ app: restoring, args: [file], flags: {}, out: said });
    expect(said.lines[0]).toContain(`restored ${file} into ${dbPath}`);
    expect(said.lines[1]).toMatch(/kept as .*huixiang-before-restore-\d{8}-\d{6}\.sqlite$/);
    const after = makeApp({ dbPath });
    expect(after.db.prepare('SELECT count(*) AS n FROM mentors').get()).toEqual(staff);

    await expect(restore['*']!({ app: makeApp({ dbPath }), args: ['list'], flags: {}, out: capture() })).rejects.toThrow(
      /usage: .*restore FILE/,
    );
  });
});

describe('admin CLI wiring', () => {
  it('runAdmin(["backup"]) and runAdmin(["restore", FILE]) reach the area; restore is refused while the bot runs', async () => {
    const { runAdmin } = await import('../../src/cli/admin/run.ts');
    const dir = tempDir();
    const dbPath = join(dir, 'huixiang.sqlite');
    openDatabase(dbPath).close();
    const io = () => {
      const out: string[] = [];
      const err: string[] = [];
      return {
        out,
        err,
        io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: { HUIXIANG_DB: dbPath } },
      };
    };
    const made = io();
    expect(await runAdmin(['backup', join(dir, 'b.sqlite')], made.io)).toBe(0);
    expect(made.out.join('')).toContain(`backup written: ${join(dir, 'b.sqlite')}`);

    const running = holdWhileRunning(dbPath);
    const refused = io();
    expect(await runAdmin(['restore', join(dir, 'b.sqlite')], refused.io)).toBe(1);
    expect(refused.err.join('')).toMatch(/^huixiang: a huixiang bot is running on .*stop it first/);
    running.release();

    const restored = io();
    expect(await runAdmin(['restore', join(dir, 'b.sqlite')], restored.io)).toBe(0);
    expect(restored.out.join('')).toContain('restored');
  });
});
