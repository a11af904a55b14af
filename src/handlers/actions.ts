import type { Context } from '../core/context.ts';
import { cancelBooking, moveBooking } from './consult-manage.ts';
import { acceptBooking, declineBooking } from './mentor.ts';
import { deleteEverything } from './privacy-delete.ts';
import { rateTicket } from './handoff-human.ts';
import { rateAnswer } from './policy-ask.ts';

/** Values of choices that do something (rather than pick a knowledge entry); Telegram buttons send them as is. */
const ACTION = /^(booking|manage):(accept|decline|cancel|move):(YY\d{7})$|^privacy:delete:(yes|no)$|^ticket:rate:(good|bad):(T\d{6})$|^feedback:(good|bad)$/i;

export const isAction = (text: string): boolean => ACTION.test(text.trim());

/** Runs an action choice. Each action checks that the sender may do it (a mentor's own booking, a user's own). */
export function runAction(ctx: Context, value: string): boolean {
  const m = ACTION.exec(value.trim());
  if (!m) return false;
  const [, area, verb, ref, privacy, rating, ticket, feedback] = m;
  if (privacy) {
    ctx.intent = 'privacy.delete';
    if (privacy.toLowerCase() === 'yes') deleteEverything(ctx);
    else ctx.reply('好的,没有删除任何信息。');
    return true;
  }
  if (rating) {
    ctx.intent = 'handoff.human';
    rateTicket(ctx, rating.toLowerCase() as 'good' | 'bad', ticket!);
    return true;
  }
  if (feedback) {
    ctx.intent = 'policy.ask';
    rateAnswer(ctx, feedback.toLowerCase() === 'good');
    return true;
  }
  const key = `${area!.toLowerCase()}:${verb!.toLowerCase()}`;
  ctx.intent = 'consult.manage';
  if (key === 'booking:accept') acceptBooking(ctx, ref!);
  else if (key === 'booking:decline') declineBooking(ctx, ref!);
  else if (key === 'manage:cancel') cancelBooking(ctx, ref!);
  else if (key === 'manage:move') moveBooking(ctx, ref!);
  else return false;
  return true;
}
