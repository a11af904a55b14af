// One of several processes opening the same new SQLite files at once: for each of `count` files, waits at the start
// line with the others (test/support/racers.ts), opens the file (which migrates) and prints "ok <user_version>" or
// "failed <message>".
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { waitForStart } from '../support/racers.ts';

const [dir, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  waitForStart();
  try {
    const db = openDatabase(join(dir!, `race-${i}`, 'huixiang.sqlite'));
    process.stdout.write(`ok ${String(db.pragma('user_version', { simple: true }))}\n`);
    db.close();
  } catch (error) {
    process.stdout.write(`failed ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
