// One of several processes opening the same new SQLite files at once: for each of `count` files, waits for the
// shared start instant of that file, opens it (which migrates) and prints "ok <user_version>" or "failed <message>".
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';

const [dir, startAt, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  while (Date.now() < Number(startAt) + i * 300) {
    // busy-wait to the shared start instant, so the processes migrate at the same moment
  }
  try {
    const db = openDatabase(join(dir!, `race-${i}`, 'huixiang.sqlite'));
    process.stdout.write(`ok ${String(db.pragma('user_version', { simple: true }))}\n`);
    db.close();
  } catch (error) {
    process.stdout.write(`failed ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
