import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import type { Handler } from './handler.ts';

export const PRIVACY_CHOICES: Choice[] = [
  { label: '确认删除', value: 'privacy:delete:yes' },
  { label: '不删除', value: 'privacy:delete:no' },
];

/** A question about how data is treated, rather than a request to delete it. */
const WORRY = /(会不会|会|是否|能不能|有没有|不会).{0,8}(卖|泄露|泄漏|外泄|给别人|乱用|拿去)|安全吗|安不安全|保密吗|怎么保护|谁能看|给谁看|谁看得到/;
const DELETE = /删|销毁|清除|清空|抹掉|注销|不要.{0,2}(存|保存|保留|记录)|delete|remove|erase/i;

/** Asks for confirmation first: deletion cannot be undone. A worry about the data gets how it is used instead. */
export const privacyDelete: Handler = (ctx) => {
  if (WORRY.test(ctx.analysis.text) && !DELETE.test(ctx.analysis.text)) {
    ctx.reply(
      '放心:您留下的称呼、电话和项目信息只在您同意后保存,只给市招商中心和市人社局联系对接您时使用,不会出售或提供给其他人;日志里的手机号会打码。想删除,随时发送"删除我的信息"。',
    );
    return;
  }
  ctx.session.pending = { kind: 'choose-action', choices: PRIVACY_CHOICES, asked: ctx.inbound.text };
  ctx.reply('将删除您在本服务留下的全部个人信息:登记的线索、预约(未来的预约会取消并通知导师)、人工咨询记录、对话记录和账号绑定。删除后无法恢复。确认删除吗?', PRIVACY_CHOICES);
};

/**
 * Deletes the sender's personal data from every table, cancelling future bookings (their mentors are told), and
 * keeps only an anonymous audit record of what was deleted.
 */
export function deleteEverything(ctx: Context): void {
  const { booking, leads, identities, sessions, db, now } = { ...ctx.deps, db: ctx.deps.booking.bookings };
  const at = now();
  const person = ctx.person;
  const upcoming = booking.bookings.upcomingOf(person, at.getTime());
  for (const b of upcoming) {
    const mentor = booking.mentors.get(b.mentorId);
    const to = mentor && booking.mentorReach(mentor);
    if (to) ctx.notify(to, `预约 ${b.ref}(${formatSlot(b.start)})已取消:用户删除了个人信息。这个时间空出来了。`);
  }
  const counts = {
    bookings: db.deleteOfPerson(person),
    cancelledBookings: upcoming.length,
    leads: leads.deleteOfPerson(person),
    tickets: ctx.deps.tickets.deleteOfPerson(person),
    feedback: ctx.deps.tickets.deleteFeedbackOf(person),
    subscriptions: ctx.deps.subscriptions.deleteOfPerson(person),
  };
  for (const account of identities.accountsOf(person)) ctx.deps.tickets.forgetAccount(account.platform, account.userId);
  identities.forget(person);
  sessions.delete(person);
  ctx.session = {};
  ctx.deps.audit('privacy.delete', counts);
  const parts = [
    counts.leads && `线索${counts.leads}条`,
    counts.bookings && `预约${counts.bookings}个${counts.cancelledBookings ? `(其中${counts.cancelledBookings}个未来预约已取消并通知导师)` : ''}`,
    counts.tickets && `人工咨询${counts.tickets}次`,
    counts.subscriptions && '活动通知订阅',
  ].filter(Boolean);
  ctx.reply(`已删除:${parts.length ? `${parts.join('、')},以及` : ''}对话记录和账号绑定。我们只保留一条不含个人信息的删除记录。`);
}
