import type { Outbound, Recipient } from '../core/message.ts';
import { DAY_MS, toLocal } from '../booking/time.ts';
import { mayHandleLead, type Lead, type LeadRepo } from './leads.ts';
import type { StaffRepo } from './staff.ts';

/**
 * The moment one working day before `now` (Monday–Friday; public holidays are not modelled): a lead created before it
 * and still unacknowledged is overdue, in the digest and on the console's Leads page alike.
 */
export function oneWorkingDayBefore(now: number): number {
  let t = now - DAY_MS;
  while (toLocal(t).weekday > 5) t -= DAY_MS;
  return t;
}

const line = (l: Lead) =>
  `· L${String(l.id).padStart(6, '0')} ${l.kind} ${l.hometown ?? l.outsideJingzhou ?? '老家未知'} ${l.project ?? l.industry ?? ''}${typeof l.amountWan === 'number' ? ` ${l.amountWan}万元` : ''}`;

/** Digest messages: each admin gets all overdue leads, each county office its own; nobody gets an empty one. */
export function overdueDigest(
  leads: LeadRepo,
  staff: StaffRepo,
  reach: (person: string) => Recipient | undefined,
  now: number,
): Outbound[] {
  const overdue = leads.waiting(oneWorkingDayBefore(now));
  if (!overdue.length) return [];
  const out: Outbound[] = [];
  for (const member of staff.all()) {
    const mine = overdue.filter((l) => mayHandleLead(member, l));
    const to = mine.length ? reach(member.person) : undefined;
    if (!to) continue;
    out.push({
      to,
      text: [`超过1个工作日未确认跟进的线索 ${mine.length} 条:`, ...mine.slice(0, 30).map(line), '确认跟进:/ack 编号'].join('\n'),
    });
  }
  return out;
}
