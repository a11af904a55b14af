/**
 * Telling a mentor of a new or moved booking, in their own chat, with accept / decline. Apart from the rest of the
 * mentor's side so that the booking form can notify without depending on it.
 */
import type { Booking } from '../booking/bookings.ts';
import { mentorName } from '../booking/mentors.ts';
import { formatSlot } from '../booking/time.ts';
import { MODE_LABEL } from '../booking/vocabulary.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import type { DialogueState } from '../dialogue/session.ts';

export { mentorName };

export const modeText = (b: Booking) => (b.mode === 'online' || b.mode === 'in_person' ? MODE_LABEL[b.mode] : '线上或线下(请与用户商定)');

/** Changes another person's dialogue state (a mentor's pending choice, a user's form) from this turn. */
function withState(ctx: Context, person: string, change: (state: DialogueState) => void): void {
  const { sessions } = ctx.deps;
  if (person === ctx.person) {
    change(ctx.session);
    return;
  }
  const state = sessions.load(person);
  change(state);
  sessions.save(person, state, ctx.deps.now());
}

/**
 * Tells the booking's mentor at once, in their own chat, with accept / decline choices. False when the mentor has
 * not bound a chat account (staff pass it on; the user is told so).
 */
export function notifyMentorOfBooking(ctx: Context, b: Booking, note?: string): boolean {
  const { booking } = ctx.deps;
  const mentor = booking.mentors.get(b.mentorId);
  const to = mentor && booking.mentorReach(mentor);
  if (!mentor || !to || !mentor.person) {
    ctx.deps.logger.warn('booking.mentor_unbound', { ref: b.ref, mentorId: b.mentorId });
    return false;
  }
  const choices: Choice[] = [
    { label: '接受', value: `booking:accept:${b.ref}` },
    { label: '婉拒', value: `booking:decline:${b.ref}` },
  ];
  const lines = [
    `【新预约 ${b.ref}】${note ? `(${note})` : ''}`,
    `时间:${formatSlot(b.start)}`,
    `主题:${b.specialty}${b.topic !== b.specialty ? `:${b.topic.slice(0, 60)}` : ''}`,
    `方式:${modeText(b)}${b.county ? ` · ${b.county}` : ''}`,
    `联系:${b.phone ?? `通过${b.platform === 'telegram' ? 'Telegram' : b.platform === 'wechat' ? '微信' : '本平台'}联系`}`,
    '请回复 1 接受,或 2 婉拒:',
  ];
  ctx.notify(to, lines.join('\n'), choices);
  withState(ctx, mentor.person, (state) => {
    state.pending = { kind: 'choose-action', choices, asked: '' };
    state.mentorShown = [b.ref];
  });
  return true;
}
