import { mentorName } from './mentors.ts';
import cron, { type ScheduledTask } from 'node-cron';
import type { Delivery } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { Outbound } from '../core/message.ts';
import type { Booking, Reminder } from './bookings.ts';
import type { BookingService } from './service.ts';
import { formatSlot } from './time.ts';

const AHEAD: Record<Reminder, string> = { '24h': '约24小时', '1h': '约1小时' };

function messages(service: BookingService, b: Booking, kind: Reminder): Outbound[] {
  const out: Outbound[] = [];
  const mentor = service.mentors.get(b.mentorId);
  const mentorLabel = mentor ? mentorName(mentor) : '导师';
  out.push({
    to: { platform: b.platform, userId: b.userId, chatId: b.chatId },
    text: `提醒:您预约的创业咨询将在${formatSlot(b.start)}开始(还有${AHEAD[kind]}),导师:${mentorLabel},编号 ${b.ref}。有变化请发送"我的预约"。`,
  });
  const to = mentor && service.mentorReach(mentor);
  if (to) {
    const pending = b.status === 'pending' ? '(您还没有确认,请回复接受或婉拒)' : '';
    out.push({
      to,
      text: `提醒:您在${formatSlot(b.start)}有一场咨询(还有${AHEAD[kind]}),编号 ${b.ref},主题:${b.specialty},联系:${b.phone ?? '在平台内联系用户'}${pending}。`,
      // It quotes the user's phone: deleting the user's data removes it from the send queue too.
      about: b.person,
    });
  }
  return out;
}

/**
 * The reminders due at `now` (24 h and 1 h before each live booking), each recorded as sent before it is
 * returned, so that it goes out exactly once however often this runs and across restarts.
 */
export function collectReminders(service: BookingService, now: number): Outbound[] {
  const out: Outbound[] = [];
  for (const kind of ['1h', '24h'] as const) {
    for (const b of service.bookings.dueReminders(kind, now)) {
      // A booking an hour away gets its 1-hour reminder only; the 24-hour one would say the same thing late.
      if (kind === '24h' && b.reminded1h) continue;
      if (!service.bookings.markReminded(b.id, kind, now)) continue;
      if (kind === '1h') service.bookings.markReminded(b.id, '24h', now);
      out.push(...messages(service, b, kind));
    }
  }
  return out;
}

export interface ReminderOptions {
  service: BookingService;
  delivery: Delivery;
  logger: Logger;
  now?: () => Date;
  /** cron expression, Asia/Shanghai; every minute by default. */
  schedule?: string;
}

/** Checks for due reminders every minute with node-cron and delivers them. Returns the task (stop it on shutdown). */
export function scheduleReminders(options: ReminderOptions): ScheduledTask {
  const now = options.now ?? (() => new Date());
  return cron.schedule(
    options.schedule ?? '* * * * *',
    async () => {
      try {
        const due = collectReminders(options.service, now().getTime());
        if (due.length) options.logger.info('reminders.sent', { count: due.length });
        await options.delivery.deliver(due);
      } catch (error) {
        options.logger.error('reminders.failed', { error });
      }
    },
    { timezone: 'Asia/Shanghai', name: 'booking-reminders', noOverlap: true },
  );
}
