// One contender in the double-booking race: opens the SQLite file on its own connection, waits for the start
// signal time, then tries to book the given slot. Prints "won <ref>" or "lost".
import { createBookingService } from '../../src/booking/service.ts';
import { createSqliteIdentityStore } from '../../src/identity/identity.ts';
import { openDatabase } from '../../src/store/db.ts';

const [dbPath, slotJson, person, startAt] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const service = createBookingService(db, createSqliteIdentityStore(db));
const slot = JSON.parse(slotJson!) as { mentorId: number; start: number; end: number; blockUntil: number };
while (Date.now() < Number(startAt)) {
  // busy-wait to the shared start instant, so both processes write at the same moment
}
const result = service.book({ person: person!, platform: 'test', userId: person!, chatId: person!, slot, topic: '电商直播', specialty: '电商直播', mode: 'online' }, new Date());
process.stdout.write(result.ok ? `won ${result.booking.ref}\n` : 'lost\n');
db.close();
