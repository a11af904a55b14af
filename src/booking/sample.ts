import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DIRECT_AUTHOR, queueDirectNotice } from '../notices/direct.ts';
import type { StationRepo } from '../notices/stations.ts';
import type { Db } from '../store/db.ts';
import type { Booking } from './bookings.ts';
import type { MentorInput, MentorRepo } from './mentors.ts';
import type { BookingService } from './service.ts';
import { formatSlot } from './time.ts';

export const SAMPLE_FILE = 'mentors.sample.yaml';

/** Reads a mentor file (YAML `mentors: [...]` or a bare list); entries are validated when added. */
export function readMentorYaml(text: string): MentorInput[] {
  const doc: unknown = parse(text);
  const list = z.union([z.strictObject({ mentors: z.array(z.unknown()) }).transform((d) => d.mentors), z.array(z.unknown())]).parse(doc);
  return list as MentorInput[];
}

/**
 * Loads the clearly marked sample pool into an empty mentor table, so booking works on a new database.
 * Returns how many were added (0 when the pool already has mentors or there is no sample file).
 */
export function loadSampleMentors(repo: MentorRepo, knowledgeDir: string, now: Date): number {
  const file = join(knowledgeDir, SAMPLE_FILE);
  if (repo.count() > 0 || !existsSync(file)) return 0;
  const mentors = readMentorYaml(readFileSync(file, 'utf8'));
  for (const m of mentors) repo.add(m, now, { sample: true });
  return mentors.length;
}

/** The audit event that records `admin -- samples remove`; once there, samples never fill that database again. */
const SAMPLES_REMOVED = 'samples.removed';

/** Whether the samples were taken out of this database (an emptied table must not be refilled at the next start). */
export function samplesRemoved(db: Db): boolean {
  return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM audit WHERE event = ?').get(SAMPLES_REMOVED)!.n > 0;
}

interface SampleRemovalPorts {
  db: Db;
  booking: BookingService;
  stations: StationRepo;
}

interface SampleRemoval {
  /** Sample mentors deactivated (and unbound from any chat account that tried them out). */
  mentors: number;
  /** Future bookings with them, cancelled; each user gets a notice through the outbox. */
  bookings: Array<{ ref: string; start: number; notice: number }>;
  stationsRemoved: number;
  /** Sample stations that staff or notices still refer to: deactivated instead (no longer offered). */
  stationsDeactivated: number;
  events: number;
}

/** What a user whose booking with a sample mentor is cancelled reads. */
function sampleCancellationText(booking: Booking, mentorName: string): string {
  return (
    `您预约的${formatSlot(booking.start)}创业咨询(编号 ${booking.ref},${mentorName})已取消:这位是系统演示用的示例导师,` +
    '不是真实导师,给您添麻烦了。需要咨询请发送"预约导师",我们为您安排真实导师。'
  );
}

/**
 * Takes the sample data out of a database in real use, in one transaction: sample mentors are deactivated (kept, as
 * bookings refer to them) and unbound; their pending and confirmed bookings that have not started are cancelled,
 * each user told through the notice outbox (the running bot sends it, see `queueDirectNotice`); sample events are
 * deleted, sample stations deleted or, when still referred to, deactivated. Recorded in the audit log, so the
 * samples do not come back at the next start. Running it again finds nothing more to do.
 */
export function removeSamples(ports: SampleRemovalPorts, now: Date): SampleRemoval {
  const { db, booking } = ports;
  return db.transaction((): SampleRemoval => {
    const result: SampleRemoval = { mentors: 0, bookings: [], stationsRemoved: 0, stationsDeactivated: 0, events: 0 };
    for (const mentor of booking.mentors.list().filter((m) => m.sample)) {
      for (const b of booking.bookings.upcomingOfMentor(mentor.id, now.getTime()).filter((b) => b.start > now.getTime())) {
        booking.bookings.setStatus(b.id, 'cancelled', now, 'sample mentor removed');
        const notice = queueDirectNotice(
          db,
          {
            author: `${DIRECT_AUTHOR}samples`,
            person: b.person,
            to: { platform: b.platform, userId: b.userId, chatId: b.chatId },
            text: sampleCancellationText(b, mentor.name),
          },
          now,
        );
        result.bookings.push({ ref: b.ref, start: b.start, notice });
      }
      if (mentor.active || mentor.person) result.mentors++;
      booking.mentors.setActive(mentor.id, false);
      booking.mentors.unbind(mentor.id, now);
    }
    result.events = db.prepare('DELETE FROM events WHERE sample = 1').run().changes;
    const referred = db.prepare<[number, number, number], { n: number }>(
      `SELECT (SELECT COUNT(*) FROM staff WHERE station_id = ?) + (SELECT COUNT(*) FROM notices WHERE station_id = ?)
            + (SELECT COUNT(*) FROM events WHERE station_id = ?) AS n`,
    );
    const remove = db.prepare<[number]>('DELETE FROM stations WHERE id = ? AND sample = 1');
    for (const station of ports.stations.list().filter((s) => s.sample)) {
      if (referred.get(station.id, station.id, station.id)!.n === 0) {
        result.stationsRemoved += remove.run(station.id).changes;
      } else if (station.active) {
        ports.stations.setActive(station.id, false);
        result.stationsDeactivated++;
      }
    }
    db.prepare('INSERT INTO audit (at, event, detail) VALUES (?, ?, ?)').run(
      now.getTime(),
      SAMPLES_REMOVED,
      JSON.stringify({
        mentors: result.mentors,
        bookings: result.bookings.map((b) => b.ref),
        stations: result.stationsRemoved,
        events: result.events,
      }),
    );
    return result;
  })();
}
