import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import { senderStaff } from './staff.ts';

/** `/notice 取消 ID`, `/notices`: an operator's or admin's own notices. */
export function manageNotices(ctx: Context, args: string): void {
  ctx.intent = 'notice.subscribe';
  const staff = senderStaff(ctx);
  if (!staff) return;
  const cancel = /^(?:取消|cancel)\s*#?(\d+)$/i.exec(args.trim());
  const mine = ctx.deps.notices.list().filter((n) => staff.role === 'admin' || n.author === ctx.person);
  if (cancel) {
    const notice = mine.find((n) => n.id === Number(cancel[1]));
    if (!notice || notice.status === 'cancelled') {
      ctx.reply(`没有可以取消的通知 #${cancel[1]}。`);
      return;
    }
    ctx.deps.notices.cancel(notice.id);
    ctx.reply(`通知 #${notice.id} 已取消,没发出的不会再发。`);
    return;
  }
  if (!mine.length) {
    ctx.reply('还没有通知。发送 /notice 开始写一条。');
    return;
  }
  const lines = mine.slice(0, 5).map((n) => {
    const runs = ctx.deps.notices.runsOf(n.id);
    const progress = runs.length ? `,已发 ${runs.reduce((s, r) => s + r.sent, 0)}` : '';
    const status = { scheduled: '待发', done: '已发', cancelled: '已取消', missed: '错过' }[n.status];
    return `#${n.id} [${status}${progress}] ${n.cron ? `定时 ${n.cron}` : n.sendAt ? formatSlot(n.sendAt) : ''} ${n.text.slice(0, 16)}`;
  });
  ctx.reply(['最近的通知:', ...lines, '取消:/notice 取消 编号'].join('\n'));
}
