/**
 * Issue 10, finding 10: opening the database. Several processes creating it at once, a file from a newer version,
 * paths that are not a database, and the file modes of the database and of lead exports.
 */
import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExportFile } from '../../src/leads/export.ts';
import { DatabaseOpenError, openDatabase } from '../../src/store/db.ts';
import { ROOT, runCli, tempDir, type CliResult } from '../helpers.ts';
import { adminCli } from '../support/admin.ts';
import { startRacers } from '../support/racers.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const schemaVersion = () => {
  const db = openDatabase(':memory:');
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  return version;
};

/** What openDatabase threw, for asserting on the type and the one-line message. */
function openError(path: string): DatabaseOpenError {
  const started = performance.now();
  try {
    openDatabase(path).close();
  } catch (error) {
    expect(performance.now() - started, 'no waiting on a bad path').toBeLessThan(3_000);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).not.toContain('\n');
    return error as DatabaseOpenError;
  }
  throw new Error(`opening ${JSON.stringify(path)} succeeded`);
}

describe('openDatabase', () => {
  it('lets 6 processes create and migrate a new database at the same moment (5 databases in a row)', async () => {
    // The race is a matter of milliseconds; five files per start of node make a lost race very likely to show.
    const dir = tempDir();
    const files = 5;
    const results = await startRacers(6, [join(ROOT, 'test/store/open-worker.ts'), dir, String(files)], ROOT).race(files);
    const version = schemaVersion();
    for (const r of results) expect(r, r.out).toMatchObject({ code: 0, out: `ok ${version}\n`.repeat(files) });
  });

  it('refuses a database made by a newer version, and leaves it as it was', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE from_the_future (x TEXT)');
    raw.pragma(`user_version = ${schemaVersion() + 3}`);
    raw.close();
    const error = openError(path);
    expect(error.code).toBe('DB.NEWER_SCHEMA');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/newer/);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(schemaVersion() + 3);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete'); // not even switched to WAL
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'sessions'").get()).toBeUndefined();
    check.close();
  });

  it('gives one clear line, quickly, for an empty path, a directory, a file that is not SQLite, a parent that is a file and a path under /proc', () => {
    expect(openError('').code).toBe('DB.NO_PATH');
    expect(openError('   ').code).toBe('DB.NO_PATH');

    const dir = tempDir();
    const asDir = openError(dir);
    expect(asDir.code).toBe('DB.NOT_A_FILE');
    expect(asDir.message).toContain(dir);

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some notes\n'.repeat(100));
    expect(openError(text).code).toBe('DB.NOT_SQLITE');
    expect(readFileSync(text, 'utf8')).toContain('just some notes'); // untouched

    const underFile = join(text, 'sub', 'huixiang.sqlite');
    const parent = openError(underFile);
    expect(parent.code).toBe('DB.UNREACHABLE');
    expect(parent.message).toContain(text);

    for (const proc of [
      '/proc/self/status',
      '/proc/self/new-dir/huixiang.sqlite',
      '/proc/kmsg',
      '/sys/kernel/huixiang.sqlite',
      '/dev/stdin',
    ]) {
      expect(['DB.UNREACHABLE', 'DB.NOT_A_FILE']).toContain(openError(proc).code);
    }
  });

  it('creates the database, its -wal and -shm files with mode 0600, and tightens an existing database', () => {
    const dir = tempDir();
    const path = join(dir, 'data', 'huixiang.sqlite');
    const db = openDatabase(path);
    db.prepare('INSERT INTO sessions (user_key, state, updated_at) VALUES (?, ?, ?)').run('u', '{}', 1);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file).toString(8), file).toBe('600');
    expect(modeOf(join(dir, 'data')) & 0o077).toBe(0);
    db.close();

    const old = join(dir, 'old.sqlite');
    new Database(old).close();
    chmodSync(old, 0o644);
    openDatabase(old).close();
    expect(modeOf(old).toString(8)).toBe('600');
  });

  it('writes lead exports with mode 0600, also over an existing file', () => {
    const dir = tempDir();
    const fresh = join(dir, 'leads.csv');
    writeExportFile(fresh, 'a,b\r\n');
    expect(modeOf(fresh).toString(8)).toBe('600');
    const existing = join(dir, 'old.csv');
    writeFileSync(existing, 'old', { mode: 0o644 });
    writeExportFile(existing, Buffer.from('new'));
    expect(modeOf(existing).toString(8)).toBe('600');
    expect(readFileSync(existing, 'utf8')).toBe('new');
  });
});

describe('bad database paths on the command line', () => {
  const oneLine = (r: CliResult) => {
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at |Error:|node_modules/m);
    return lines[0]!;
  };

  it('chat, admin and npm start print one line and exit 1; an export is written 0600', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'adir'));
    const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      runCli(process.execPath, ['--import', 'tsx', script, ...args], '', env);
    // Two starts of node; the admin CLI runs in this process (its entry point is started in test/cli/admin.test.ts).
    // A directory and a parent that is a file are covered in-process above.
    const [empty, start, proc, exported] = await Promise.all([
      tsx('src/cli/chat.ts', ['--jsonl', '--db', '']),
      tsx('src/main.ts', [], { HUIXIANG_DB: join(dir, 'adir'), HUIXIANG_CONSOLE: 'off' }),
      adminCli(['leads', 'list', '--db', '/proc/self/huixiang.sqlite', '--create']),
      adminCli(['leads', 'export', '--out', join(dir, 'leads.csv'), '--db', join(dir, 'ok.sqlite'), '--create']),
    ]);
    expect(oneLine(empty)).toMatch(/^huixiang: .*empty/);
    expect(oneLine(proc)).toContain('/proc/self/huixiang.sqlite');
    expect(oneLine(start)).toContain(join(dir, 'adir'));
    expect(exported.code, exported.stderr).toBe(0);
    expect(modeOf(join(dir, 'leads.csv')).toString(8)).toBe('600');
    expect(modeOf(join(dir, 'ok.sqlite')).toString(8)).toBe('600');
  });
});
