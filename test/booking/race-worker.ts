// One contender in the double-booking race: opens the SQLite file on its own connection, waits at the start line
// with the other (test/support/racers.ts), then tries to book the given slot. Prints "won <ref>" or "lost".
import { createBookingService } from '../../src/booking/service.ts';
import { createSqliteIdentityStore } from '../../src/identity/identity.ts';
import { openDatabase } from '../../src/store/db.ts';
import { waitForStart } from '../support/racers.ts';

const [dbPath, slotJson, person] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const service = createBookingService(db, createSqliteIdentityStore(db));
const slot = JSON.parse(slotJson!) as { mentorId: number; start: number; end: number; blockUntil: number };
waitForStart();
const result = service.book(
  { person: person!, platform: 'test', userId: person!, chatId: person!, slot, topic: '电商直播', specialty: '电商直播', mode: 'online' },
  new Date(),
);
process.stdout.write(result.ok ? `won ${result.booking.ref}\n` : 'lost\n');
db.close();
