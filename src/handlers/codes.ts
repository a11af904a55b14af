import type { Context } from '../core/context.ts';
import { maskAccount } from '../identity/identity.ts';
import { CODE_EXAMPLE } from '../security/codes.ts';

/** What a code is for, in logs. */
export type CodeUse = 'link' | 'bind';

/** The format of a code, for a sender who typed something that cannot be one (says nothing about which codes exist). */
export const CODE_FORMAT = `绑定码是9位字母和数字,如 ${CODE_EXAMPLE}(不分大小写,横线可不输;没有0、O、1、I、L)。`;

/**
 * Whether the sender may try a code now. Over their hourly limit, or while everyone's failures this minute are over
 * the ceiling, the answer is a polite no (even for the right code), and the refusal is logged.
 */
export function mayTryCode(ctx: Context, use: CodeUse): boolean {
  const gate = ctx.deps.attempts.check(ctx.person, ctx.deps.now());
  if (gate === 'ok') return true;
  ctx.deps.logger.warn('code.refused', { use, limit: gate, account: maskAccount(ctx.inbound) });
  ctx.reply(gate === 'account' ? '绑定码输错次数太多,请1小时后再试。' : '现在尝试绑定的人太多,请1分钟后再试。');
  return false;
}

/**
 * Records a wrong, used, expired or revoked code (the log says which, never the code), and tells every admin once
 * when the failures of all accounts together reach the ceiling for this minute.
 */
export function codeFailed(ctx: Context, use: CodeUse, reason: string): void {
  const { attempts, logger, limits, staff, booking, now } = ctx.deps;
  const account = maskAccount(ctx.inbound);
  const { tripped, failuresThisMinute } = attempts.fail(ctx.person, now());
  logger.warn('code.failed', { use, reason, account });
  if (!tripped) return;
  logger.warn('code.ceiling', { failuresThisMinute, limit: limits.codeFailuresPerMinute });
  const alert = `【安全提醒】1分钟内有${failuresThisMinute}次绑定码输错(上限${limits.codeFailuresPerMinute}),本分钟内暂停所有绑定。最近一次来自 ${account}。如持续出现,可能有人在猜绑定码。`;
  for (const admin of staff.all().filter((s) => s.role === 'admin')) {
    const to = booking.reach(admin.person);
    // Not marked as about the sender (as ctx.notify would): the guesser deleting their data must not drop the alert.
    if (to) ctx.messages.push({ to, text: alert });
  }
}

/** The one answer to a wrong, used, expired or revoked /bind code, and to an inactive mentor's. */
export const BIND_CODE_INVALID = '这个绑定码无效或已失效。请向工作人员重新索取。';

/**
 * A role binds to the person, so every account linked to them gets it too: the new staff member or mentor is told
 * which, so that an account linked without their knowledge does not quietly share it.
 */
export function linkedAccountsNote(ctx: Context): string {
  const others = ctx.deps.identities
    .accountsOf(ctx.person)
    .filter((a) => a.platform !== ctx.inbound.platform || a.userId !== ctx.inbound.userId);
  return others.length ? `\n注意:与您关联的账号 ${others.map(maskAccount).join('、')} 也有同样的权限;如有不认识的,请立即联系管理员。` : '';
}
