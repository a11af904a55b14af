import { BOOKING_STATUSES, STATUS_LABEL, type BookingStatus } from '../../booking/bookings.ts';
import { formatSlot, fromLocal } from '../../booking/time.ts';
import { maskPhone } from '../../core/logger.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea } from './area.ts';
import { table } from './table.ts';

/** "2026-12-03" → local midnight (Asia/Shanghai). */
export function parseDay(text: string | undefined, flag: string): number | undefined {
  if (!text) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new UsageError(`--${flag} must be a date like 2026-12-03`);
  return fromLocal(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const bookings: AdminArea = {
  list({ app, flags, out }) {
    const status = flags['status'];
    if (status && !(BOOKING_STATUSES as readonly string[]).includes(status))
      throw new UsageError(`--status must be one of ${BOOKING_STATUSES.join(', ')}`);
    const from = parseDay(flags['from'], 'from');
    const mentor = flags['mentor'] ? Number(flags['mentor']) : undefined;
    const showPhones = flags['show-phones'] === 'true';
    const list = app.booking.bookings
      .all()
      .filter(
        (b) =>
          (!status || b.status === (status as BookingStatus)) &&
          (from === undefined || b.start >= from) &&
          (mentor === undefined || b.mentorId === mentor),
      );
    const mentorName = (id: number) => app.booking.mentors.get(id)?.name ?? String(id);
    out.json(
      list.map((b) => ({
        ...b,
        phone: b.phone && !showPhones ? maskPhone(b.phone) : b.phone,
        mentor: mentorName(b.mentorId),
        startLocal: formatSlot(b.start),
      })),
    );
    out.text(
      table(
        ['ref', 'start', 'mentor', 'topic', 'status', 'platform', 'phone'],
        list.map((b) => [
          b.ref,
          formatSlot(b.start),
          mentorName(b.mentorId),
          b.specialty,
          STATUS_LABEL[b.status],
          b.platform,
          b.phone ? (showPhones ? b.phone : maskPhone(b.phone)) : '',
        ]),
      ),
    );
  },
};
