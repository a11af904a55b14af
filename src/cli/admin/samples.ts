import { removeSamples } from '../../booking/sample.ts';
import { formatSlot } from '../../booking/time.ts';
import type { AdminArea } from './area.ts';

export const SAMPLES_USAGE =
  'samples  list | remove                 the 示例 mentors, stations and events of the quick start; remove cancels their bookings (users are told)';

/**
 * `samples list | remove`: the sample data (示例) a quick-start database was filled with, and taking it out before
 * real use. Users who booked a sample mentor get a notice through the outbox, which the running bot sends.
 */
export const samples: AdminArea = {
  list({ app, out }) {
    const mentors = app.booking.mentors.list().filter((m) => m.sample);
    const stations = app.stations.list().filter((s) => s.sample);
    const events = app.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events WHERE sample = 1').get()!.n;
    out.json({
      mentors: mentors.map((m) => ({ id: m.id, name: m.name, active: m.active })),
      stations: stations.map((s) => ({ id: s.id, name: s.name, active: s.active })),
      events,
    });
    out.text(
      `sample mentors: ${mentors.filter((m) => m.active).length} active of ${mentors.length}; sample stations: ${stations.length}; sample events: ${events}`,
    );
    if (mentors.some((m) => m.active)) out.text('take them out before real use: npm run --silent admin -- samples remove');
  },
  remove({ app, out }) {
    const done = removeSamples({ db: app.db, booking: app.booking, stations: app.stations }, new Date());
    out.json(done);
    out.text(
      `sample mentors deactivated: ${done.mentors}; bookings cancelled: ${done.bookings.length}; stations removed: ${done.stationsRemoved}` +
        `${done.stationsDeactivated ? ` (${done.stationsDeactivated} deactivated: staff or notices refer to them)` : ''}; events removed: ${done.events}`,
    );
    for (const b of done.bookings) out.text(`  ${b.ref} ${formatSlot(b.start)}: cancelled, notice ${b.notice} queued for the user`);
    if (done.bookings.length)
      out.text(
        'the running bot sends the notices within a minute (22:00–08:00 they wait for the morning); if it is stopped, at its next start',
      );
  },
};
