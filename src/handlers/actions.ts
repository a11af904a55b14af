import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { cancelBooking, confirmCancel, editPicked, keepBooking, moveBooking } from './consult-manage.ts';
import { acceptBooking, declineBooking } from './mentor.ts';
import { deleteEverything, deletionOffered } from './privacy-delete.ts';
import { rateTicket } from './handoff-human.ts';
import { rateAnswer } from './policy-ask.ts';
import { answerLinkRequest } from './link.ts';

/** Values of choices that do something (rather than pick a knowledge entry); Telegram buttons send them as is. */
const ACTION =
  /^(booking|manage):(accept|decline|cancel-yes|cancel-no|cancel|move|edit):(YY\d{7})$|^privacy:delete:(yes|no)$|^ticket:rate:(good|bad):(T\d{6})$|^feedback:(good|bad)$|^link:(approve|reject):(\d{1,9})$/i;

export const isAction = (text: string): boolean => ACTION.test(text.trim());

/**
 * Runs an action choice: a pressed button, or a numbered pick of a choice offered to the sender (never typed text:
 * see the `actions` middleware). Each action checks that the sender may do it (a mentor's own booking, a user's
 * own ticket); a deletion only when the sender was just asked to confirm it (`offered`: the choices they had).
 */
export function runAction(ctx: Context, value: string, offered: readonly Choice[] = []): boolean {
  const m = ACTION.exec(value.trim());
  if (!m) return false;
  const [, area, verb, ref, privacy, rating, ticket, feedback, linkAnswer, linkRequest] = m;
  if (linkAnswer) {
    ctx.intent = 'greet';
    answerLinkRequest(ctx, linkAnswer.toLowerCase() === 'approve', Number(linkRequest));
    return true;
  }
  if (privacy) {
    ctx.intent = 'privacy.delete';
    if (privacy.toLowerCase() !== 'yes')
      ctx.reply(
        ctx.language === 'en'
          ? `OK, nothing was deleted.${ctx.session.form ? ' The question before is still open; please answer it.' : ''}`
          : `好的,没有删除任何信息。${ctx.session.form ? '刚才的问题还在,请接着回答。' : ''}`,
      );
    else if (deletionOffered(ctx, offered)) deleteEverything(ctx);
    else ctx.reply('这个确认已失效,没有删除任何信息。如需删除,请重新发送"删除我的信息"。');
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
  else if (key === 'manage:cancel-yes') confirmCancel(ctx, ref!, offered);
  else if (key === 'manage:cancel-no') keepBooking(ctx);
  else if (key === 'manage:move') moveBooking(ctx, ref!);
  else if (key === 'manage:edit') editPicked(ctx, ref!);
  else return false;
  return true;
}
