import type { Booking } from '../booking/bookings.ts';
import type { Mentor } from '../booking/mentors.ts';
import { formatSlot, startOfLocalDay } from '../booking/time.ts';
import { parseWhen } from '../booking/when.ts';
import type { Middleware } from '../core/compose.ts';
import type { Context } from '../core/context.ts';
import type { Choice, Recipient } from '../core/message.ts';
import { pickChoice } from '../dialogue/choice.ts';
import type { DialogueState } from '../dialogue/session.ts';
import { startBooking, type BookingForm } from './booking-form.ts';
import { mentorName } from './mentor-notify.ts';
import { maskAccount } from '../identity/identity.ts';
import { readCode } from '../security/codes.ts';
import { answerAwayQuestion, awayLine, PAUSES, pauseFromWords, RESUMES, resume } from './mentor-away.ts';
import { BIND_CODE_INVALID, CODE_FORMAT, codeFailed, linkedAccountsNote, mayTryCode } from './codes.ts';

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
        "回复'接受 编号'或'婉拒 编号'答复预约。",
      ]
    : [`${mentorName(mentor)},您目前没有待进行的咨询。`];
  // What a plain "接受" or "婉拒" after this list means: the bookings in it that wait for an answer.
  const waiting = upcoming.filter((b) => b.status === 'pending').map((b) => b.ref);
  if (waiting.length) ctx.session.mentorShown = waiting;
  else delete ctx.session.mentorShown;
  const away = awayLine(mentor, now);
  if (away) lines.push(away);
  if (open.length) lines.push(`已结束待记录:${open.map((b) => b.ref).join('、')}。发送 /done 编号 备注 记下咨询结果。`);
  ctx.reply(lines.join('\n'));
}

/** /pause 7天, /pause 到12月20日: the mentor takes no new bookings for a while; /pause alone asks until when. */
export function mentorPause(ctx: Context, args: string): void {
  const mentor = senderMentor(ctx);
  if (mentor) pauseFromWords(ctx, mentor, args);
}

/** /resume: the pause ends at once. */
export function mentorResume(ctx: Context): void {
  const mentor = senderMentor(ctx);
  if (mentor) resume(ctx, mentor);
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

/** What a mentor's plain words ask: accept or decline a booking, the one named if any, and a reason if given. */
interface MentorWords {
  verb: 'accept' | 'decline';
  ref?: string;
  reason?: string;
  /** Everyday words ("可以", "确认", "同意") with no reference: an answer only when a booking is waiting for one. */
  weak: boolean;
}

const WORDS = /^(?:(YY\d{7})\s*)?(我?接受|accept|同意|确认|可以|婉拒|拒绝|(?:这个|那个|这|那)?时间不行|去不了|来不了|decline)([\s\S]*)$/i;
const WEAK = /^(?:同意|确认|可以)$/;
const DECLINE = /婉拒|拒绝|不行|不了|decline/i;
/** A reference right after the words ("婉拒 YY1202932 ..."), and what follows it. */
const TAIL_REF = /^[\s,，:：]*(YY\d{7})([\s\S]*)$/i;
/** Nothing but particles and punctuation: "可以的", "接受。". */
const ONLY_PARTICLES = /^[吧了的啊呀哈嘛\s,，。.!！~～、]*$/;
/** What sets a reason off from the words ("去不了,那天出差"); without it "拒绝贷款怎么办" is a question, not an answer. */
const SEPARATOR = /^[\s,，。.;；:：!！、]+/;
/** Changing one's mind while asked for the reason of a decline. */
const CHANGED_MIND = /^(?:算了|取消|不婉拒了?|不拒绝了?|先不(?:婉拒|拒绝)?了?)[吧了。.!！]*$/;
const REASON_CHARS = 200;

/**
 * Reads "接受", "可以的", "接受 YY1202932", "YY1202932 确认", "婉拒", "这个时间不行,那天出差", "decline YY1202932 ill".
 * Undefined for anything else, such as a question that starts with one of the words ("可以贷多少", "确认删除").
 */
function readMentorWords(text: string): MentorWords | undefined {
  const m = WORDS.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const [, before, word = '', after = ''] = m;
  const tail = TAIL_REF.exec(after);
  const ref = (before ?? tail?.[1])?.toUpperCase();
  const rest = tail ? tail[2]! : after;
  const verb = DECLINE.test(word) ? 'decline' : 'accept';
  const words: MentorWords = { verb, weak: !ref && WEAK.test(word), ...(ref ? { ref } : {}) };
  if (ONLY_PARTICLES.test(rest)) return words;
  if (verb === 'accept' || (!tail && !SEPARATOR.test(rest))) return undefined;
  return { ...words, reason: rest.replace(SEPARATOR, '').trim().slice(0, REASON_CHARS) };
}

type Pending = NonNullable<DialogueState['pending']>;

/** The reference of the booking whose decline waits for a reason (`askReason`), if that is the question pending. */
function awaitingReason(pending: Pending | undefined): string | undefined {
  if (pending?.kind !== 'choose-action' || pending.choices.length !== 1) return undefined;
  return /^booking:decline:(YY\d{7})$/.exec(pending.choices[0]!.value)?.[1];
}

/** Whether the question pending is "which booking?" (`askWhich`): each choice's value is the words with a reference. */
const asksWhich = (pending: Pending | undefined): pending is Pending =>
  pending?.kind === 'choose-action' && pending.choices.length > 0 && pending.choices.every((c) => readMentorWords(c.value)?.ref);

/** Whether something else waits for a yes (a deletion to confirm, a link to approve): "确认" answers that, not a booking. */
function askedSomethingElse(ctx: Context): boolean {
  const { pending, context } = ctx.session;
  if (context?.shown === 'deletion-offer') return true;
  return pending?.kind === 'choose-action' && !pending.choices.some((c) => c.value.startsWith('booking:') || readMentorWords(c.value));
}

/** The bookings a reference-less answer may mean: those last shown that still wait, else all that wait. */
function waitingFor(ctx: Context, mentor: Mentor): Booking[] {
  const waiting = ctx.deps.booking.bookings.upcomingOfMentor(mentor.id, ctx.deps.now().getTime()).filter((b) => b.status === 'pending');
  const shown = waiting.filter((b) => ctx.session.mentorShown?.includes(b.ref));
  return shown.length ? shown : waiting;
}

/** Asks for an optional reason before declining; replying 1 declines without one (the numbered action). */
function askReason(ctx: Context, mentor: Mentor, ref: string, asked: string): void {
  const b = mentorBooking(ctx, mentor, ref);
  if (!b) return;
  if (b.status !== 'pending' && b.status !== 'confirmed') {
    declineBooking(ctx, b.ref); // says why it cannot be declined
    return;
  }
  const choices: Choice[] = [{ label: '直接婉拒', value: `booking:decline:${b.ref}` }];
  ctx.reply(`要婉拒 ${b.ref}(${formatSlot(b.start)})。请说一句原因(只做记录,不发给用户),或回复 1 直接婉拒;回复"算了"则不婉拒:`, choices);
  ctx.session.pending = { kind: 'choose-action', choices, asked };
}

/** Asks which of several waiting bookings the answer is about; the picked choice's value is the words with its reference. */
function askWhich(ctx: Context, verb: MentorWords['verb'], waiting: Booking[], asked: string): void {
  const word = verb === 'accept' ? '接受' : '婉拒';
  const choices: Choice[] = waiting.map((b) => ({
    label: `${b.ref} ${formatSlot(b.start)}`,
    value: `${word} ${b.ref}`,
    detail: b.specialty,
  }));
  ctx.reply(`有 ${waiting.length} 个预约等您答复,要${word}哪一个?`, choices);
  ctx.session.pending = { kind: 'choose-action', choices, asked };
}

/** Accepts or declines the named booking through the same paths as /accept and /decline. */
function answer(ctx: Context, mentor: Mentor, words: MentorWords & { ref: string }, asked: string): void {
  if (words.verb === 'accept') acceptBooking(ctx, words.ref);
  else if (words.reason) declineBooking(ctx, words.ref, words.reason);
  else askReason(ctx, mentor, words.ref, asked);
}

/** A mentor asking for their own bookings ("我的预约", "我这周有几个预约", "看下我的预约安排"). */
const OWN_SCHEDULE =
  /^(?:帮我|给我)?(?:看下?|查下?|看看|查查|查一下|看一下)?(?:我的)?(?:预约|咨询|安排|日程)(?:安排|情况|列表)?[吧呢。?？\s]*$|(?:我|我这周|这周|下周|今天|明天|最近|这几天)[^。?？]{0,6}(?:有)?(?:几个|哪些|多少|什么)?(?:预约|咨询)(?:安排)?|(?:预约|咨询)安排|(?:看|查)(?:下|一下|看)?(?:我的)?(?:预约|咨询|日程)/;
/** A day's booking the mentor cannot make ("明天那个我去不了了", "周三的来不了", "后天下午那个不行 有事"). */
const CANNOT_MAKE = /(?:去不了|来不了|赶不上|不行了?|有事|没空|冇空|出差)/;
const DAY_NAMED =
  /(?:大后天|后天|明天|今天|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}[日号])(?:\s*(?:上午|早上|中午|下午|晚上))?/;
const OF_A_BOOKING = /那个|那场|那次|的(?:预约|咨询)?|预约|咨询/;
/** Whether a message may be a mentor's own words at all (checked before anyone is looked up). */
const mayBeMentorsOwn = (raw: string): boolean =>
  OWN_SCHEDULE.test(raw) || PAUSES.test(raw) || RESUMES.test(raw) || (CANNOT_MAKE.test(raw) && DAY_NAMED.test(raw));

/**
 * A bound mentor's words about their own bookings, in their own chat: the schedule asked for, a day's booking they
 * cannot make (declined with their words as the reason, after the usual question), stopping new bookings for a
 * while or taking them again (mentor-away.ts). False for anything else.
 */
function mentorOwnWords(ctx: Context, mentor: Mentor, raw: string): boolean {
  if (RESUMES.test(raw)) {
    ctx.intent = 'consult.manage';
    resume(ctx, mentor);
    return true;
  }
  if (OWN_SCHEDULE.test(raw) && !CANNOT_MAKE.test(raw) && !PAUSES.test(raw)) {
    ctx.intent = 'consult.manage';
    mentorSchedule(ctx);
    return true;
  }
  if (PAUSES.test(raw)) {
    ctx.intent = 'consult.manage';
    pauseFromWords(ctx, mentor, raw);
    return true;
  }
  const day = DAY_NAMED.exec(raw);
  // (Of a booking: "明天那个", "周三的预约", or said in a few words; not "明天有事 培训补贴咋领" asked in passing.)
  if (!day || !CANNOT_MAKE.test(raw) || !(OF_A_BOOKING.test(raw) || [...raw].length <= 12)) return false;
  const when = parseWhen(day[0], ctx.deps.now().getTime());
  if (when?.from === undefined) return false;
  const until = when.until ?? when.from;
  const onDay = ctx.deps.booking.bookings
    .upcomingOfMentor(mentor.id, ctx.deps.now().getTime())
    .filter((b) => startOfLocalDay(b.start) >= when.from! && startOfLocalDay(b.start) <= until);
  ctx.intent = 'consult.manage';
  if (!onDay.length) {
    ctx.reply(`您${day[0]}没有待进行的咨询。发送 /schedule 查看您的预约。`);
    return true;
  }
  delete ctx.session.pending;
  if (onDay.length > 1) askWhich(ctx, 'decline', onDay, raw);
  else declineBooking(ctx, onDay[0]!.ref, raw.slice(0, REASON_CHARS));
  return true;
}

/**
 * A mentor's answer to a booking in plain words, at any time, in their own chat: "接受", "婉拒 YY1202932", "这个时间
 * 不行". The booking is the one named, else the one last put before them (the notice, /schedule), else the only one
 * waiting; with several, it asks which. Also takes the replies to its own questions (which one, the reason). Anyone
 * who is not a bound mentor, and anything said in a group or into an open form, goes down the chain untouched.
 */
export const mentorWords: Middleware<Context> = async (ctx, next) => {
  if (ctx.inbound.chatType === 'group' || ctx.session.form) return next();
  const raw = ctx.analysis.raw.trim();
  if (ctx.session.mentorAsked === 'pause') {
    const own = ctx.deps.booking.mentors.ofPerson(ctx.person);
    if (own?.active && answerAwayQuestion(ctx, own, raw)) {
      ctx.intent = 'consult.manage';
      return;
    }
    delete ctx.session.mentorAsked;
  }
  const { pending } = ctx.session;
  const picked = asksWhich(pending) ? pickChoice(raw, pending.choices) : undefined;
  const declining = awaitingReason(pending);
  // A number out of range, or "1" to decline without a reason: the numbered question's own handling (pendingChoice).
  if (picked === null || (declining && pickChoice(raw, pending!.choices) !== undefined)) return next();
  const words = picked ? readMentorWords(picked.value) : readMentorWords(raw);
  // "我这周有几个预约", "明天那个我去不了了": a bound mentor's own bookings, in their words.
  if (!words && !picked && !declining && mayBeMentorsOwn(raw)) {
    const own = ctx.deps.booking.mentors.ofPerson(ctx.person);
    if (own?.active && mentorOwnWords(ctx, own, raw)) return;
  }
  if (declining && (!words || words.weak)) {
    // Whatever else comes after "请说一句原因" is the reason; a plain "确认" declines without one.
    ctx.intent = 'consult.manage';
    delete ctx.session.pending;
    if (CHANGED_MIND.test(raw)) ctx.reply(`好的,没有婉拒 ${declining}。`);
    else declineBooking(ctx, declining, words ? '' : raw.slice(0, REASON_CHARS));
    return;
  }
  if (!words) return next();
  // The reason given with the first words ("去不了,出差") still counts once the booking is picked.
  if (picked && words.verb === 'decline') {
    const reason = readMentorWords(pending!.asked)?.reason;
    if (reason) words.reason = reason;
  }
  const asked = picked ? pending!.asked : raw;
  const mentor = ctx.deps.booking.mentors.ofPerson(ctx.person);
  const weak = words.weak && !picked;
  if (!mentor?.active) {
    // A plain user's "接受" is theirs to say; a deactivated mentor's answer is refused as /accept would be.
    if (!picked && (!mentor || weak)) return next();
    ctx.intent = 'consult.manage';
    delete ctx.session.pending;
    senderMentor(ctx);
    return;
  }
  const waiting = words.ref ? [] : waitingFor(ctx, mentor);
  if (weak && (!waiting.length || askedSomethingElse(ctx))) return next();
  ctx.intent = 'consult.manage';
  delete ctx.session.pending;
  if (words.ref) answer(ctx, mentor, { ...words, ref: words.ref }, asked);
  else if (!waiting.length) ctx.reply('目前没有等您答复的预约。发送 /schedule 查看您的预约。');
  else if (waiting.length > 1) askWhich(ctx, words.verb, waiting, asked);
  else answer(ctx, mentor, { ...words, ref: waiting[0]!.ref }, asked);
};
