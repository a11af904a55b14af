import { BackupError, backupDatabase, defaultBackupDir, newBackupFile, restoreDatabase } from '../../store/backup.ts';
import { SCHEMA_VERSION } from '../../store/db.ts';
import { RunLockBusy } from '../../store/run-lock.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea } from './area.ts';

/** BACKUP_DIR (read from .env by the admin CLI's configuration), or backups/ next to the database. */
const backupDirFor = (dbPath: string, env: NodeJS.ProcessEnv = process.env): string => env['BACKUP_DIR'] || defaultBackupDir(dbPath);

/** Refusals the operator can act on are printed as one line, like usage errors, without a stack. */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof RunLockBusy) throw new UsageError(error.message);
    throw error;
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * `backup [FILE]`: an online copy of the database (safe while the bot runs), to FILE or to
 * BACKUP_DIR/huixiang-YYYYMMDD-HHmm.sqlite. The copy is checked and made 0600.
 */
export const backup: AdminArea = {
  // With no FILE the CLI passes its default command name ('list') here.
  '*': ({ app, args, out }) =>
    plainly(async () => {
      const given = args[0] === undefined || args[0] === 'list' ? undefined : args[0];
      const file = given ?? newBackupFile(backupDirFor(app.db.name), new Date());
      const result = await backupDatabase(app.db, file);
      out.json(result);
      out.text(`backup written: ${result.file} (${mib(result.bytes)}, ${result.ms} ms, integrity ok, mode 0600)`);
    }),
};

/**
 * `restore FILE`: replaces the database with a backup. Refused while the bot runs on it; the backup is checked
 * first (SQLite, integrity_check, schema not newer) and the database it replaces is kept in BACKUP_DIR.
 */
export const restore: AdminArea = {
  '*': ({ app, args, out }) =>
    plainly(async () => {
      const from = args[0];
      if (from === undefined || from === 'list')
        throw new UsageError('usage: npm run --silent admin -- restore FILE   (stop the bot first; ls ./data/backups)');
      const dbPath = app.db.name;
      // This command's own connection must not outlive the file it points to.
      app.close();
      const result = await restoreDatabase({ from, dbPath, keepDir: backupDirFor(dbPath), now: new Date() });
      out.json({ restored: from, db: dbPath, ...result });
      const older = result.schemaVersion < SCHEMA_VERSION ? `; the next start brings it up to date (${SCHEMA_VERSION})` : '';
      out.text(`restored ${from} into ${dbPath} (schema version ${result.schemaVersion}${older})`);
      if (result.replaced) out.text(`the database it replaced is kept as ${result.replaced}`);
    }),
};
