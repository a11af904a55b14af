import type { Booking } from '../booking/bookings.ts';
import type { Mentor } from '../booking/mentors.ts';
import { formatSlot } from '../booking/time.ts';
import { MODE_LABEL } from '../booking/vocabulary.ts';
import type { Context } from '../core/context.ts';
import type { Choice, Recipient } from '../core/message.ts';
import type { DialogueState } from '../dialogue/session.ts';
import { startBooking, type BookingForm } from './booking-form.ts';
import { maskAccount } from '../identity/identity.ts';
import { readCode } from '../security/codes.ts';
import { BIND_CODE_INVALID, CODE_FORMAT, codeFailed, linkedAccountsNote, mayTryCode } from './codes.ts';

export const mentorName = (m: Mentor) => `${m.name}${m.role === '导师' ? '老师' : m.role}`;

const modeText = (b: Booking) => (b.mode === 'online' || b.mode === 'in_person' ? MODE_LABEL[b.mode] : '线上或线下(请与用户商定)');

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
  });
  return true;
}

const userOf = (b: Booking): Recipient => ({ platform: b.platform, userId: b.userId, chatId: b.chatId });

/** The mentor behind the sender, or a polite refusal for anyone else. */
function senderMentor(ctx: Context): Mentor | undefined {
  const mentor = ctx.deps.booking.mentors.ofPerson(ctx.person);
  if (!mentor) ctx.reply('这个操作只对已绑定的创业导师开放。导师请先向工作人员索取绑定码,再发送 /bind 绑定码。');
  // A deactivated mentor keeps the binding (they may come back) but no longer sees or handles bookings.
  else if (!mentor.active) ctx.reply('您的导师身份已停用,不能再查看或处理预约。如有疑问请联系工作人员。');
  return mentor?.active ? mentor : undefined;
}

/** The mentor's own booking by reference, or a reply saying why not. */
function mentorBooking(ctx: Context, mentor: Mentor, ref: string): Booking | undefined {
  const b = ctx.deps.booking.bookings.byRef(ref.trim());
  if (!b || b.mentorId !== mentor.id) {
    ctx.reply(`没有找到您名下编号为 ${ref || '(空)'} 的预约。发送 /schedule 查看您的预约。`);
    return undefined;
  }
  return b;
}

export function acceptBooking(ctx: Context, ref: string): void {
  const mentor = senderMentor(ctx);
  const b = mentor && mentorBooking(ctx, mentor, ref);
  if (!mentor || !b) return;
  if (b.status !== 'pending') {
    ctx.reply(`预约 ${b.ref} 当前状态是"${statusText(b)}",无需再确认。`);
    return;
  }
  ctx.deps.booking.bookings.setStatus(b.id, 'confirmed', ctx.deps.now());
  ctx.reply(`已接受 ${b.ref}:${formatSlot(b.start)}。开始前24小时和1小时会提醒您。`);
  ctx.notify(
    userOf(b),
    `好消息:${mentorName(mentor)}已确认您 ${formatSlot(b.start)} 的咨询(编号 ${b.ref})。${b.phone ? '导师会按您留的电话联系您。' : '导师会在这里联系您。'}`,
  );
}

export function declineBooking(ctx: Context, ref: string, reason = ''): void {
  const mentor = senderMentor(ctx);
  const b = mentor && mentorBooking(ctx, mentor, ref);
  if (!mentor || !b) return;
  if (b.status !== 'pending' && b.status !== 'confirmed') {
    ctx.reply(`预约 ${b.ref} 当前状态是"${statusText(b)}",不能婉拒。`);
    return;
  }
  const { booking, now } = ctx.deps;
  booking.bookings.setStatus(b.id, 'declined', now(), reason || undefined);
  ctx.reply(`已婉拒 ${b.ref},会为用户另约其他导师。`);
  // Offer the user new slots with another mentor, as a form waiting in their own chat.
  const user = userOf(b);
  const seed: Partial<BookingForm> = {
    specialty: b.specialty as BookingForm['specialty'],
    topic: b.topic,
    mode: b.mode as BookingForm['mode'],
    ...(b.county ? { county: b.county as BookingForm['county'] } : {}),
    phone: b.phone,
    excludeMentors: [mentor.id],
  };
  const sub = subContext(ctx, b.person, user);
  startBooking(sub.ctx, seed);
  const offer = sub.finish();
  ctx.notify(user, `抱歉,${mentorName(mentor)}${formatSlot(b.start)}不方便(编号 ${b.ref} 已取消)。${offer.text}`, offer.choices);
}

/**
 * A turn on behalf of another person (the user whose booking a mentor declined): runs form code against their
 * state and collects what it would say to them.
 */
function subContext(ctx: Context, person: string, user: Recipient) {
  const state = ctx.deps.sessions.load(person);
  const sub = Object.create(ctx) as Context;
  const said: Array<{ text: string; choices?: Choice[] }> = [];
  Object.defineProperties(sub, {
    session: { value: state, writable: true },
    person: { value: person },
    sender: { get: () => user },
    reply: { value: (text: string, choices?: Choice[]) => said.push(choices ? { text, choices } : { text }) },
  });
  return {
    ctx: sub,
    finish() {
      ctx.deps.sessions.save(person, sub.session, ctx.deps.now());
      const last = said.at(-1);
      return { text: said.map((m) => m.text).join('\n'), choices: last?.choices };
    },
  };
}

const statusText = (b: Booking) =>
  ({ pending: '待确认', confirmed: '已确认', declined: '已婉拒', cancelled: '已取消', done: '已完成' })[b.status];

/** /schedule: the mentor's upcoming sessions. */
export function mentorSchedule(ctx: Context): void {
  const mentor = senderMentor(ctx);
  if (!mentor) return;
  const now = ctx.deps.now().getTime();
  const upcoming = ctx.deps.booking.bookings.upcomingOfMentor(mentor.id, now);
  const open = ctx.deps.booking.bookings.pastConfirmedOfMentor(mentor.id, now);
  const lines = upcoming.length
    ? [
        `${mentorName(mentor)},您接下来的咨询:`,
        ...upcoming.map((b) => `· ${formatSlot(b.start)} ${b.specialty} [${statusText(b)}] ${b.ref}`),
      ]
    : [`${mentorName(mentor)},您目前没有待进行的咨询。`];
  if (open.length) lines.push(`已结束待记录:${open.map((b) => b.ref).join('、')}。发送 /done 编号 备注 记下咨询结果。`);
  ctx.reply(lines.join('\n'));
}

/** /done REF note: the mentor records that a session took place, with a short note. */
export function mentorDone(ctx: Context, args: string): void {
  const mentor = senderMentor(ctx);
  if (!mentor) return;
  const [ref = '', ...rest] = args.trim().split(/\s+/);
  const b = mentorBooking(ctx, mentor, ref);
  if (!b) return;
  if (b.status !== 'confirmed') {
    ctx.reply(`预约 ${b.ref} 当前状态是"${statusText(b)}",只有已确认的咨询可以记为完成。`);
    return;
  }
  if (b.start > ctx.deps.now().getTime()) {
    ctx.reply(`预约 ${b.ref} 还没开始(${formatSlot(b.start)}),结束后再记录。`);
    return;
  }
  const note = rest.join(' ').slice(0, 500);
  ctx.deps.booking.bookings.setStatus(b.id, 'done', ctx.deps.now(), note || undefined);
  ctx.reply(`已记录 ${b.ref} 完成${note ? `,备注:${note}` : ''}。谢谢您!`);
}

/** /bind K7M-4PX-Q2R: a mentor binds this chat account with the code staff gave them. */
export function mentorBind(ctx: Context, typed: string): void {
  const code = readCode(typed);
  if (!code) {
    ctx.reply(`${CODE_FORMAT}工作人员的绑定码前面还有一个S。请向工作人员索取后发送:/bind 绑定码`);
    return;
  }
  if (!mayTryCode(ctx, 'bind')) return;
  const result = ctx.deps.booking.mentors.bind(code, ctx.person, ctx.deps.now());
  if (!result.ok) {
    codeFailed(ctx, 'bind', `mentor-${result.reason}`);
    ctx.reply(BIND_CODE_INVALID);
    return;
  }
  ctx.deps.logger.info('mentor.bound', { mentorId: result.mentor.id, account: maskAccount(ctx.inbound) });
  ctx.reply(`绑定成功:${mentorName(result.mentor)}。以后新的预约会直接发到这里。发送 /schedule 查看您的预约。${linkedAccountsNote(ctx)}`);
}
