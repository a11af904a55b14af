import type { Booking, BookingEdit } from '../booking/bookings.ts';
import { STATUS_LABEL, STATUS_LABEL_EN } from '../booking/bookings.ts';
import { isSpecialty, SPECIALTY_EN } from '../booking/vocabulary.ts';
import { DAY_MS, formatSlot, formatSlotEn, startOfLocalDay, toLocal } from '../booking/time.ts';
import { parseWhen, type When } from '../booking/when.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { maskPersonal } from '../core/logger.ts';
import { badPhoneText, editOf } from '../dialogue/booking-edit.ts';
import { startBooking } from './booking-form.ts';
import { handoffHuman } from './handoff-human.ts';
import { NOBODY_CAME } from '../intent/rules.ts';
import type { Handler } from './handler.ts';
import { mentorName, modeText } from './mentor-notify.ts';

/** Calling a booking off, in the words users type ("帮我取消掉", "明天那个不去了", "那个预约不要了"). */
const CANCEL = /取消|退掉|退了|不去了|去不了|来不了|去不成|不约了|不要了|cancel/i;
/** Changing its time ("改期", "换个时间", "往后推一天"). */
const MOVE = /改|换|推迟|推到|推[一两二三1-9]|往后|往前|提前|延后|延期|挪|reschedule|\bmove\b|\bpostpone\b/i;
/** Where the wished new time begins: "改到下周五下午", "推到下礼拜", "下午3点那个换成上午10点". */
const MOVE_TO = /(?:改|推|挪|换|延|调|移)(?:到|成)|\b(?:move|reschedule|postpone|push|change)\b[^.?!]{0,16}\bto\b/i;
/** Keeping it after all ("不取消了", "先不改"). */
const KEEP = /(?:不|别|不用|不要|先不)(?:取消|退|改)了?/;
const REF = /YY\d{7}/i;
const confirmValue = (ref: string) => `manage:cancel-yes:${ref}`;
/** A booking by its number in the list ("取消1", "改期1", "第二个"); not a date or hour ("取消3号那个"). */
const NUMBER = /(?:取消|退掉|改期|改时间|换时间|改|第|move|reschedule|postpone)\s*([1-9])(?![\d点:：号日月])|第([一二三四五])/i;
const CN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
/** A day named to tell one booking from another ("明天那个", "周四的", "12月2日那次"). */
const DAY =
  /(?:大后天|后天|明天|今天|(?:下下|下|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}[日号])(?:\s*(?:上午|早上|中午|下午|晚上))?/;
const PART = /上午|早上|中午|下午|晚上/;
const HOUR = /(上午|早上|中午|下午|晚上)?\s*(\d{1,2})\s*[点:：]/;
/** Words after a day or time that make it the booking's ("明天那个", "周五的预约"), not a reason or a wish. */
const MARKER = /^\s*(?:的|那个|那次|那场|约的|预约)/;
/** A typed yes to "确认取消 … 吗?" ("确认取消", "对 取消吧"); a number or "确认" alone is the choice itself. */
const CONFIRMS = /^(?:确认|确定|是的?|对的?|嗯|好的?)?[,，\s]*要?取消(?:吧|掉|了)?[。!！]*$/;
/** How many turns back "the booking just made" is looked for. */
const JUST_MADE_TURNS = 3;

/** The bookings are shown in English to an English speaker; the refs and values are the same. */
const en = (ctx: Context): boolean => ctx.language === 'en';

function line(ctx: Context, b: Booking): string {
  if (en(ctx))
    return `${formatSlotEn(b.start)} ${mentorOf(ctx, b)} ${isSpecialty(b.specialty) ? SPECIALTY_EN[b.specialty] : b.specialty} [${STATUS_LABEL_EN[b.status]}] ref ${b.ref}`;
  return `${formatSlot(b.start)} ${mentorOf(ctx, b)} ${b.specialty} [${STATUS_LABEL[b.status]}] 编号${b.ref}`;
}

function mentorOf(ctx: Context, b: Booking): string {
  const mentor = ctx.deps.booking.mentors.get(b.mentorId);
  return mentor ? mentorName(mentor) : en(ctx) ? 'mentor' : '导师';
}

/** What the user wants done: a move when a new time is wished ("不去了 改到下周五"), else a cancel, a move, a look. */
function wantOf(text: string): 'cancel' | 'move' | 'view' {
  if (MOVE_TO.test(text)) return 'move';
  const rest = text.replace(new RegExp(KEEP.source, 'g'), '');
  if (KEEP.test(text) && !CANCEL.test(rest) && !MOVE.test(rest)) return 'view';
  if (CANCEL.test(rest)) return 'cancel';
  return MOVE.test(rest) ? 'move' : 'view';
}

/**
 * The message in two: what names the booking, and (for a move) the new time wished. "改期1 改到下周五下午" →
 * "改期1" / "改到下周五下午"; "明天那个改个时间" → "明天那个" / "改个时间"; "改期 下周三" names none, wishes Wednesday.
 */
function partsOf(text: string, want: 'cancel' | 'move'): { naming: string; wish: string; dayNaming: string } {
  if (want === 'cancel') return { naming: text, wish: '', dayNaming: text };
  const to = MOVE_TO.exec(text);
  if (to) return { naming: text.slice(0, to.index), wish: text.slice(to.index), dayNaming: text.slice(0, to.index) };
  const day = DAY.exec(text);
  const marked = day && MARKER.test(text.slice(day.index + day[0].length));
  if (!day || !marked) return { naming: text, wish: text, dayNaming: '' };
  const end = day.index + day[0].length;
  return { naming: text, wish: text.slice(end), dayNaming: text.slice(0, end) };
}

/** The bookings a day, part of day or hour named in `text` fits; undefined when it names none. */
function byNamedTime(ctx: Context, list: Booking[], text: string): { fits: Booking[]; marked: boolean } | undefined {
  const day = DAY.exec(text);
  const hour = HOUR.exec(text);
  const part = PART.exec(text)?.[0];
  if (!day && !hour && !part) return undefined;
  const when = day ? parseWhen(day[0], ctx.deps.now().getTime()) : undefined;
  const partOfDay = part && parseWhen(part, ctx.deps.now().getTime())?.partOfDay;
  let h = hour ? Number(hour[2]) : undefined;
  if (h !== undefined && h < 12 && (/下午|晚上/.test(hour![1] ?? '') || (!hour![1] && h < 8))) h += 12;
  const fits = list.filter((b) => {
    const minutes = toLocal(b.start).minutes;
    const midnight = startOfLocalDay(b.start);
    if (when?.from !== undefined && (midnight < when.from || midnight > (when.until ?? when.from))) return false;
    if (h !== undefined && Math.floor(minutes / 60) !== h) return false;
    if (partOfDay === 'morning' && minutes >= 12 * 60) return false;
    if (partOfDay === 'afternoon' && (minutes < 12 * 60 || minutes >= 18 * 60)) return false;
    if (partOfDay === 'evening' && minutes < 18 * 60) return false;
    return true;
  });
  const named = day ?? hour;
  const marked = Boolean(named && MARKER.test(text.slice(named.index + named[0].length)));
  return { fits, marked };
}

/**
 * The booking the bot confirmed a few turns ago ("预约已提交,编号 YY…", "已改到 …(编号 YY…)"), when no list of
 * bookings was shown since: "帮我取消掉" right after booking means that one.
 */
function justMade(ctx: Context, list: Booking[]): Booking | undefined {
  for (const turn of (ctx.session.recent ?? []).slice(-JUST_MADE_TURNS).reverse()) {
    if (turn.b.startsWith('您的预约')) return undefined;
    const ref = /编号 ?(YY\d{7})/.exec(turn.b)?.[1];
    if (ref) return list.find((b) => b.ref === ref);
  }
  return undefined;
}

/** The booking the last reply asked to confirm cancelling ("确认取消 … 吗?(编号 YY…)"), if it did. */
function confirmationAsked(ctx: Context): string | undefined {
  const last = ctx.session.recent?.at(-1)?.b ?? '';
  return last.startsWith('确认取消') || last.startsWith('Cancel the booking') ? /(?:编号|ref) (YY\d{7})/.exec(last)?.[1] : undefined;
}

type Target = { booking: Booking } | { among: Booking[] } | { missing: string };

/**
 * Which of the user's bookings the message means: its ref (only among their own), its number in the list, a day
 * said of it ("明天那个"), the booking just made, a day mentioned in passing, the only one; else the user is asked.
 */
function target(ctx: Context, list: Booking[], naming: string, dayNaming: string): Target {
  const ref = REF.exec(ctx.analysis.raw)?.[0]?.toUpperCase();
  if (ref) {
    const own = list.find((b) => b.ref === ref);
    return own ? { booking: own } : { missing: ref };
  }
  const n = NUMBER.exec(naming.replace(new RegExp(REF.source, 'gi'), ''));
  const index = n ? (n[1] ? Number(n[1]) : CN_NUMBER[n[2]!]!) : undefined;
  if (index !== undefined && list[index - 1]) return { booking: list[index - 1]! };
  const named = dayNaming ? byNamedTime(ctx, list, dayNaming) : undefined;
  if (named?.marked && named.fits.length === 1) return { booking: named.fits[0]! };
  const made = justMade(ctx, list);
  if (made) return { booking: made };
  if (named?.fits.length === 1) return { booking: named.fits[0]! };
  if (list.length === 1) return { booking: list[0]! };
  return { among: named && named.fits.length > 1 ? named.fits : list };
}

/** A time named in a message: a day, a part of the day or an hour (then it is a move, not a detail changed). */
const namesTime = (text: string): boolean => DAY.test(text) || HOUR.test(text) || PART.test(text);

/** Asks for a booking made anew ("重新约一个", "再约个别的导师", "那另外约一个"), not to move one. */
const BOOKS_ANEW = /(?:重新|再|另外?|新)(?:预约|约)(?:一个|一次|个|一下)|(?:重新|另外)(?:预约|约)(?!.{0,4}(?:时间|到|成))/;

/**
 * Changes a detail of the user's booking `ref` in place and tells the mentor. A meeting the booked mentor does not
 * hold that way ("改成线下" with an online-only mentor) is a move: the booking form offers times of mentors who do.
 */
export function editBooking(ctx: Context, ref: string, edit: BookingEdit): void {
  ctx.intent = 'consult.manage';
  const b = ownBooking(ctx, ref);
  if (!b) return;
  const mentor = ctx.deps.booking.mentors.get(b.mentorId);
  if (edit.mode && mentor && mentor.mode !== 'both' && mentor.mode !== edit.mode) {
    startBooking(ctx, {
      moving: b.ref,
      specialty: b.specialty as never,
      topic: b.topic,
      mode: edit.mode,
      ...(b.county ? { county: b.county as never } : {}),
      phone: b.phone,
    });
    return;
  }
  const edited = ctx.deps.booking.bookings.edit(b.id, edit, ctx.deps.now());
  const to = mentor && ctx.deps.booking.mentorReach(mentor);
  const what = en(ctx)
    ? edit.phone === null
      ? 'no phone is left with it any more; you will be contacted here'
      : edit.phone
        ? `the phone for the mentor is now ${maskPersonal(edit.phone)}`
        : edit.topic
          ? `the topic is now "${edit.topic}"`
          : `it is now ${edit.mode === 'online' ? 'online' : 'in person'}`
    : edit.phone === null
      ? '不再留电话,改在这里联系您'
      : edit.phone
        ? `留给导师的电话改为 ${maskPersonal(edit.phone)}`
        : edit.topic
          ? `主题改为"${edit.topic}"`
          : `改为${edit.mode === 'online' ? '线上' : '线下'}见面`;
  ctx.reply(
    en(ctx)
      ? `Done: booking ${edited.ref} (${formatSlotEn(edited.start)}) is kept at its time; ${what}.${to ? ' The mentor has been told.' : ' Staff will pass it on to the mentor.'}`
      : `已修改预约 ${edited.ref}(${formatSlot(edited.start)}),时间不变:${what}。${to ? '已告诉导师。' : '工作人员会转告导师。'}`,
  );
  if (!to) return;
  const change =
    edit.phone === null
      ? '联系:用户不再留电话,请通过平台消息联系'
      : edit.phone
        ? `联系电话改为:${edit.phone}`
        : edit.topic
          ? `主题改为:${edit.topic}`
          : `方式改为:${modeText(edited)}`;
  ctx.notify(to, `预约 ${edited.ref}(${formatSlot(edited.start)})有修改,时间不变。\n${change}`);
}

/**
 * A booking picked after "改哪一个预约?": the change kept while the question waited is made to it; nothing changes
 * when none is kept (a stale or forged press).
 */
export function editPicked(ctx: Context, ref: string): void {
  ctx.intent = 'consult.manage';
  const edit = ctx.session.bookingEdit;
  delete ctx.session.bookingEdit;
  if (!edit) {
    ctx.reply(en(ctx) ? 'Say what to change, e.g. "change the topic to loans".' : '请说要改什么,如"主题改成直播带货"。');
    return;
  }
  editBooking(ctx, ref, edit);
}

/** A reminder of a booking asked for ("预约前一天提醒我", "remind me the day before"). */
const REMINDS = /提醒|\bremind/i;

/** "我的预约": lists the user's bookings; cancels (once confirmed) or moves one, never within the cut-off. */
/** A booking made by someone else, spoken of ("我儿子约了个导师", "he booked a mentor"). */
const SOMEONE_ELSE =
  /(?:儿子|女儿|姑娘|伢|孙|老公|老婆|爱人|家里人|亲戚|朋友|他|她)[^。?？]{0,20}(?:约|预约)|\b(?:he|she|my (?:son|daughter|husband|wife))\b.{0,20}\bbook/i;

/** The phone left for a booking said to have changed, without the new number ("换号了", "电话不用了"). */
const PHONE_CHANGED =
  /(?:电话|手机号?|号码|号)[^。?？]{0,8}(?:换号|换了|变了|不用了|停机|停用)|换号了|换了号|\b(?:changed|new) (?:my )?(?:phone|number)\b/i;

export const consultManage: Handler = (ctx) => {
  const { booking, now } = ctx.deps;
  const list = booking.bookings.upcomingOf(ctx.person, now().getTime());
  const text = ctx.analysis.text;
  const want = wantOf(text);
  // Typed instead of picking a number after "确认取消 … 吗?": "确认取消" confirms it, "不取消了" keeps it.
  const asked = confirmationAsked(ctx);
  if (asked && CONFIRMS.test(text.trim())) return confirmCancel(ctx, asked, [{ label: '确认', value: confirmValue(asked) }]);
  if (asked && want === 'view' && KEEP.test(text)) return keepBooking(ctx);
  // "预约前一天提醒我一下": reminders come by themselves, a day and an hour before.
  const reminders = REMINDS.test(text)
    ? en(ctx)
      ? 'Reminders come by themselves here, about 24 hours and about 1 hour before each booking. '
      : '每个预约开始前约24小时和约1小时,会在这里自动提醒您。'
    : '';
  if (reminders && list.length) {
    ctx.reply(`${reminders}${en(ctx) ? 'Your bookings:' : '您的预约:'}\n${list.map((b, i) => `${i + 1}. ${line(ctx, b)}`).join('\n')}`);
    return;
  }
  // "重新约一个 线上就行" with nothing booked (or just cancelled): a new booking.
  if (!list.length && BOOKS_ANEW.test(text) && !reminders) {
    ctx.intent = 'consult.book';
    return startBooking(ctx);
  }
  if (!list.length) {
    // "我孙伢…约了个导师 到现在冇得人跟他联系": booked from someone else's account, which only they can see.
    // "上个礼拜约了导师 …冇得一个人打电话" with nothing booked here (made from another account, or by phone): a
    // complaint no one here can answer from this chat, so staff get it to look into.
    const forAnother = SOMEONE_ELSE.test(text);
    if (NOBODY_CAME.test(text) && !reminders && !forAnother) {
      ctx.reply(en(ctx) ? 'No booking of yours is found here.' : '这里查不到您约的记录。');
      ctx.intent = 'handoff.human';
      return handoffHuman(ctx);
    }
    ctx.reply(
      reminders +
        (en(ctx)
          ? `You have no upcoming bookings. ${forAnother ? 'A booking made from another account is seen there: ask them to send "my booking", or say "human" for staff to check. ' : ''}To book a mentor, say "book a mentor" or "a mentor for e-commerce".`
          : `您目前没有待进行的预约。${forAnother ? '如果是家人用他自己的账号约的,请他本人发"我的预约"查看;也可以回复"转人工"请工作人员查。' : ''}想约导师,直接说"预约导师"或"想约个懂电商的老师"。`),
    );
    return;
  }
  const edit = editOf(ctx.analysis.said, ctx.inbound.text, namesTime(ctx.analysis.text));
  if (edit && 'badPhone' in edit) {
    const wrong = badPhoneText(edit, en(ctx));
    ctx.reply(
      edit.abroad
        ? en(ctx)
          ? `${wrong} for the mentor; or the mentor contacts you here. The booking is unchanged.`
          : `${wrong};不方便的话导师可以在这里联系您。预约没有改动。`
        : en(ctx)
          ? `${wrong}. The booking is unchanged.`
          : `${wrong}。预约没有改动。`,
    );
    return;
  }
  if (edit && 'askTopic' in edit) {
    ctx.reply(
      en(ctx) ? 'What should the talk be about? Say e.g. "change the topic to loans".' : '想改成聊什么?直接说如"主题改成直播带货"。',
    );
    return;
  }
  if (edit) {
    const found = target(ctx, list, text, '');
    if ('missing' in found) return ctx.reply(noSuchBooking(ctx, found.missing));
    if ('among' in found) {
      // The change is read again from the message that asked, once a booking is picked (see `editPicked`).
      const choices: Choice[] = found.among.map((x) => ({ label: line(ctx, x), value: `manage:edit:${x.ref}` }));
      ctx.session.pending = { kind: 'choose-action', choices, asked: ctx.inbound.text };
      ctx.session.bookingEdit = edit;
      ctx.reply(en(ctx) ? 'Which booking should be changed?' : '改哪一个预约?', choices);
      return;
    }
    return editBooking(ctx, found.booking.ref, edit);
  }
  // "电话留的老号 现在换号了" with no new number given: asked for it; nothing else changes.
  if (PHONE_CHANGED.test(text)) {
    ctx.reply(
      en(ctx)
        ? 'Send the new number, e.g. "change my phone to 139 1234 5678", and the mentor will get it; the booking stays as it is.'
        : '请直接发新手机号,如"电话改成139 1234 5678",我会改好并告诉导师;预约的时间不变。',
    );
    return;
  }
  if (want === 'view' && en(ctx)) {
    ctx.reply(
      [
        'Your bookings (Beijing time):',
        ...list.map((b, i) => `${i + 1}. ${line(ctx, b)}`),
        'To cancel or move one, reply e.g. "cancel 1" or "move 1 to next Wednesday afternoon".',
      ].join('\n'),
    );
    return;
  }
  if (want === 'view') {
    const kept = KEEP.test(text) ? '好的,预约保持不变。\n' : '';
    ctx.reply(
      [`${kept}您的预约:`, ...list.map((b, i) => `${i + 1}. ${line(ctx, b)}`), '要取消或改期,回复如"取消1"或"改期1 改到下周三下午"。'].join(
        '\n',
      ),
    );
    return;
  }
  const { naming, dayNaming } = partsOf(text, want);
  const found = target(ctx, list, naming, dayNaming);
  if ('missing' in found) {
    ctx.reply(noSuchBooking(ctx, found.missing));
    return;
  }
  if ('among' in found) {
    const choices: Choice[] = found.among.map((x) => ({ label: line(ctx, x), value: `manage:${want}:${x.ref}` }));
    ctx.session.pending = { kind: 'choose-action', choices, asked: ctx.inbound.text };
    // (The Chinese question's first words are how a later "改到…" finds it: see `movesAsked`.)
    ctx.reply(
      en(ctx) ? `Which one do you want to ${want === 'cancel' ? 'cancel' : 'move'}?` : `要${want === 'cancel' ? '取消' : '改期'}哪一个?`,
      choices,
    );
    return;
  }
  if (want === 'cancel') cancelBooking(ctx, found.booking.ref);
  else moveBooking(ctx, found.booking.ref);
};

function ownBooking(ctx: Context, ref: string): Booking | undefined {
  const b = ctx.deps.booking.bookings.byRef(ref);
  if (!b || b.person !== ctx.person || (b.status !== 'pending' && b.status !== 'confirmed')) {
    ctx.reply(noSuchBooking(ctx, ref));
    return undefined;
  }
  if (!ctx.deps.booking.changeable(b, ctx.deps.now().getTime())) {
    const hours = Math.round(ctx.deps.booking.settings.changeCutoffMs / 3_600_000);
    const c = ctx.deps.knowledge.service.contacts;
    ctx.reply(
      en(ctx)
        ? `Booking ${b.ref} (${formatSlotEn(b.start)}) cannot be cancelled or moved here within ${hours} hours of its start. If it is urgent, call the joint-meeting office at ${c.phone}.`
        : `预约 ${b.ref}(${formatSlot(b.start)})开始前${hours}小时内不能在这里取消或改期。确有急事请联系${c.office} ${c.phone}。`,
    );
    return undefined;
  }
  return b;
}

/** Asks the user to confirm cancelling their booking `ref`; nothing is cancelled until they do. */
export function cancelBooking(ctx: Context, ref: string): void {
  ctx.intent = 'consult.manage';
  const b = ownBooking(ctx, ref);
  if (!b) return;
  const choices: Choice[] = [
    { label: en(ctx) ? 'Yes, cancel it' : '确认', value: confirmValue(b.ref) },
    { label: en(ctx) ? 'Keep it' : '不取消', value: `manage:cancel-no:${b.ref}` },
  ];
  ctx.session.pending = { kind: 'choose-action', choices, asked: ctx.inbound.text };
  // The ref ends the first line, which the session keeps: "确认取消" typed instead of "1" is read against it.
  ctx.reply(
    en(ctx)
      ? `Cancel the booking of ${formatSlotEn(b.start)} with ${mentorOf(ctx, b)}? (ref ${b.ref})`
      : `确认取消 ${formatSlot(b.start)} ${mentorOf(ctx, b)} 的预约吗?(编号 ${b.ref})`,
    choices,
  );
}

/**
 * Cancels the user's booking `ref` once they confirmed it: only when that confirmation was the question just put to
 * them (`offered`), so a stale or forged press cancels nothing.
 */
export function confirmCancel(ctx: Context, ref: string, offered: readonly Choice[]): void {
  ctx.intent = 'consult.manage';
  if (!offered.some((c) => c.value === confirmValue(ref))) {
    ctx.reply(
      en(ctx)
        ? 'That confirmation has expired; the booking was not cancelled. To cancel, say so again, e.g. "cancel my booking".'
        : '这个确认已失效,预约没有取消。要取消,请再说一次,如"取消预约"。',
    );
    return;
  }
  const b = ownBooking(ctx, ref);
  if (!b) return;
  ctx.deps.booking.bookings.setStatus(b.id, 'cancelled', ctx.deps.now(), '用户取消');
  ctx.reply(
    en(ctx)
      ? `Booking ${b.ref} (${formatSlotEn(b.start)}) is cancelled. You can book again any time.`
      : `已取消预约 ${b.ref}(${formatSlot(b.start)})。需要时可以重新预约。`,
  );
  const mentor = ctx.deps.booking.mentors.get(b.mentorId);
  const to = mentor && ctx.deps.booking.mentorReach(mentor);
  if (to) ctx.notify(to, `用户已取消预约 ${b.ref}(${formatSlot(b.start)},${b.specialty}),这个时间空出来了。`);
}

/** "不取消": the booking stays as it is. */
export function keepBooking(ctx: Context): void {
  ctx.intent = 'consult.manage';
  ctx.reply(en(ctx) ? 'OK, not cancelled: the booking stays as it is.' : '好的,没有取消,预约保持不变。');
}

function noSuchBooking(ctx: Context, ref: string): string {
  return en(ctx)
    ? `No active booking of yours has the reference ${ref}. Send "my booking" to see them.`
    : `没有找到您编号为 ${ref} 的有效预约。发送"我的预约"查看。`;
}

/**
 * The new time wished for booking `b`: after "改到/推到" ("改到周六上午", "推到下礼拜"), a shift ("往后推一天"), or any
 * time the message names that does not name the booking. A numbered pick ("1") after "要改期哪一个?" carries the wish
 * of the message that asked.
 */
function wishedTime(ctx: Context, b: Booking): When | undefined {
  const now = ctx.deps.now().getTime();
  const read = (text: string): When | undefined => {
    const shift = /(往后|推迟|延后|推|延|往前|提前)\s*([一两二三四五六七1-7])\s*天/.exec(text);
    if (shift) {
      const days =
        (/\d/.test(shift[2]!) ? Number(shift[2]) : { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7 }[shift[2]!]!) *
        (/往前|提前/.test(shift[1]!) ? -1 : 1);
      const day = startOfLocalDay(b.start) + days * DAY_MS;
      return { from: day, until: day };
    }
    const when = parseWhen(partsOf(text, 'move').wish, now);
    return when && !when.invalid ? when : undefined;
  };
  const own = read(ctx.analysis.text);
  if (own) return own;
  const last = ctx.session.recent?.at(-1);
  return last?.b.startsWith('要改期哪一个') ? read(ctx.deps.analyzer.analyze(last.u).text) : undefined;
}

/** Another mentor wished for ("能换个导师吗", "换一位老师", "a different mentor"). */
const ANOTHER_MENTOR =
  /换(?:个|一个|位|一位|别的)?(?:导师|老师|辅导员|联络员|专家)|别的(?:导师|老师|辅导员)|\b(?:another|a different|other) (?:mentor|advisor|adviser)\b/i;

/** Moves the user's booking `ref`: the booking form, seeded with it, offers slots (in the wished window, if any). */
export function moveBooking(ctx: Context, ref: string): void {
  ctx.intent = 'consult.manage';
  const b = ownBooking(ctx, ref);
  if (!b) return;
  const when = wishedTime(ctx, b);
  // "能换个导师吗": another mentor of the same kind, not the one booked.
  const another = ANOTHER_MENTOR.test(ctx.analysis.text);
  startBooking(ctx, {
    ...(when ? { when } : {}),
    moving: b.ref,
    ...(another ? { excludeMentors: [b.mentorId] } : { preferMentor: b.mentorId }),
    specialty: b.specialty as never,
    topic: b.topic,
    mode: b.mode as never,
    ...(b.county ? { county: b.county as never } : {}),
    phone: b.phone,
  });
}
