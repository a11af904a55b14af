import type { Booking } from '../booking/bookings.ts';
import { STATUS_LABEL } from '../booking/bookings.ts';
import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { parseWhen } from '../booking/when.ts';
import { startBooking } from './booking-form.ts';
import type { Handler } from './handler.ts';
import { mentorName } from './mentor.ts';

const CANCEL = /取消|退掉|退了|不去了|不约了|cancel/i;
const MOVE = /改|换|推迟|提前|延后|延期|往后|往前|reschedule/i;
const REF = /YY\d{7}/i;

function line(ctx: Context, b: Booking): string {
  const mentor = ctx.deps.booking.mentors.get(b.mentorId);
  return `${formatSlot(b.start)} ${mentor ? mentorName(mentor) : '导师'} ${b.specialty} [${STATUS_LABEL[b.status]}] 编号${b.ref}`;
}

/** Which of the user's bookings the message means: by reference, by its number in the list, or the only one. */
function target(ctx: Context, list: Booking[]): Booking | undefined {
  const ref = REF.exec(ctx.analysis.raw)?.[0]?.toUpperCase();
  if (ref) return list.find((b) => b.ref === ref);
  const n = /(?:第)?([1-9])(?:个|条|号)?/.exec(ctx.analysis.text.replace(REF, ''))?.[1];
  if (n && list.length > 1) return list[Number(n) - 1];
  return list.length === 1 ? list[0] : undefined;
}

/** "我的预约": lists the user's bookings; cancels or moves one, never within the cut-off before its start. */
export const consultManage: Handler = (ctx) => {
  const { booking, now } = ctx.deps;
  const t = now().getTime();
  const list = booking.bookings.upcomingOf(ctx.person, t);
  if (!list.length) {
    ctx.reply('您目前没有待进行的预约。想约导师,直接说"预约导师"或"想约个懂电商的老师"。');
    return;
  }
  const wantsCancel = CANCEL.test(ctx.analysis.text);
  const wantsMove = !wantsCancel && MOVE.test(ctx.analysis.text);
  if (!wantsCancel && !wantsMove) {
    ctx.reply(['您的预约:', ...list.map((b, i) => `${i + 1}. ${line(ctx, b)}`), '要取消或改期,回复如"取消1"或"改期1"。'].join('\n'));
    return;
  }
  const b = target(ctx, list);
  if (!b) {
    const verb = wantsCancel ? 'cancel' : 'move';
    const choices: Choice[] = list.map((x) => ({ label: line(ctx, x), value: `manage:${verb}:${x.ref}` }));
    ctx.session.pending = { kind: 'choose-action', choices, asked: ctx.inbound.text };
    ctx.reply(`要${wantsCancel ? '取消' : '改期'}哪一个?`, choices);
    return;
  }
  if (wantsCancel) cancelBooking(ctx, b.ref);
  else moveBooking(ctx, b.ref);
};

function ownBooking(ctx: Context, ref: string): Booking | undefined {
  const b = ctx.deps.booking.bookings.byRef(ref);
  if (!b || b.person !== ctx.person || (b.status !== 'pending' && b.status !== 'confirmed')) {
    ctx.reply(`没有找到您编号为 ${ref} 的有效预约。发送"我的预约"查看。`);
    return undefined;
  }
  if (!ctx.deps.booking.changeable(b, ctx.deps.now().getTime())) {
    const hours = Math.round(ctx.deps.booking.settings.changeCutoffMs / 3_600_000);
    const c = ctx.deps.knowledge.service.contacts;
    ctx.reply(`预约 ${b.ref}(${formatSlot(b.start)})开始前${hours}小时内不能在这里取消或改期。确有急事请联系${c.office} ${c.phone}。`);
    return undefined;
  }
  return b;
}

export function cancelBooking(ctx: Context, ref: string): void {
  ctx.intent = 'consult.manage';
  const b = ownBooking(ctx, ref);
  if (!b) return;
  ctx.deps.booking.bookings.setStatus(b.id, 'cancelled', ctx.deps.now(), '用户取消');
  ctx.reply(`已取消预约 ${b.ref}(${formatSlot(b.start)})。需要时可以重新预约。`);
  const mentor = ctx.deps.booking.mentors.get(b.mentorId);
  const to = mentor && ctx.deps.booking.mentorReach(mentor);
  if (to) ctx.notify(to, `用户已取消预约 ${b.ref}(${formatSlot(b.start)},${b.specialty}),这个时间空出来了。`);
}

export function moveBooking(ctx: Context, ref: string): void {
  ctx.intent = 'consult.manage';
  const b = ownBooking(ctx, ref);
  if (!b) return;
  const when = parseWhen(ctx.analysis.text, ctx.deps.now().getTime());
  startBooking(ctx, {
    ...(when && !when.invalid ? { when } : {}),
    moving: b.ref,
    preferMentor: b.mentorId,
    specialty: b.specialty as never,
    topic: b.topic,
    mode: b.mode as never,
    ...(b.county ? { county: b.county as never } : {}),
    phone: b.phone,
  });
}
