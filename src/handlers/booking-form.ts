import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { maskPersonal } from '../core/logger.ts';
import type { Slot } from '../booking/slots.ts';
import { formatSlot } from '../booking/time.ts';
import {
  countyOf,
  COUNTY_NAMES,
  GENERAL,
  isCounty,
  isSpecialty,
  MODE_LABEL,
  specialtyOf,
  type County,
  type Specialty,
} from '../booking/vocabulary.ts';
import { parseWhen, type When } from '../booking/when.ts';
import { answerAside, asksOutright, isLeaving, pickLoosely, sideQuestion, soundsLikeQuestion } from '../dialogue/form-turn.ts';
import { DAY_MS, startOfLocalDay, toLocal } from '../booking/time.ts';
import { cancelBooking } from './consult-manage.ts';
import { HANDLERS } from './index.ts';
import { notifyMentorOfBooking } from './mentor.ts';

export type FormStep = 'topic' | 'mode' | 'county' | 'slot' | 'phone' | 'confirm';

/** A booking being filled in, kept in the user's dialogue state (SQLite) so it survives restarts. */
export interface BookingForm {
  kind: 'booking';
  step: FormStep;
  topic?: string;
  specialty?: Specialty;
  mode?: 'online' | 'in_person' | 'any';
  county?: County | 'any';
  when?: When;
  /** The slots last offered, in the order shown. */
  offered?: Slot[];
  slot?: Slot;
  /** A mainland mobile number, or null when the user chose to be reached on this platform. */
  phone?: string | null;
  misses: number;
  /** Mentors not to offer again (one who declined). */
  excludeMentors?: number[];
  /** The choices of the current prompt (numbers and button values map to them). */
  choices?: Choice[];
  /** Moving an existing booking (by reference) instead of making a new one. */
  moving?: string;
  /** Prefer this mentor (rescheduling keeps the same mentor when possible). */
  preferMentor?: number;
}

const MAX_MISSES = 3;
const MOBILE = /^1[3-9]\d{9}$/;
const SKIP = /^(跳过|不留|不用|不方便|不想留|算了不留|就在这联系|在这里联系|这里联系|平台联系|skip)/i;
const YES = /^(?:(?:1|确认|确定|好|好的|可以|行|是|对|没问题|ok|yes|提交|预约)[了的吧啊呀。!！,，\s]*)+$/i;
const NO = /^(2|不|不对|不是|改|重新|否|no)[了的吧啊。!！]*$/i;

const TOPIC_CHOICES: Choice[] = (
  ['种植养殖', '农产品加工', '电商直播', '餐饮', '制造', '融资贷款', '财税法律', '政策申报', '营销品牌', '文旅民宿', '综合创业'] as const
).map((s) => ({ label: s, value: `form:topic:${s}` }));
const MODE_CHOICES: Choice[] = [
  { label: '线上(电话或视频)', value: 'form:mode:online' },
  { label: '线下(在荆州当面)', value: 'form:mode:in_person' },
  { label: '都可以', value: 'form:mode:any' },
];
const COUNTY_CHOICES: Choice[] = [
  ...COUNTY_NAMES.map((c) => ({ label: c, value: `form:county:${c}` })),
  { label: '不限', value: 'form:county:any' },
];
const CONFIRM_CHOICES: Choice[] = [
  { label: '确认预约', value: 'form:confirm:yes' },
  { label: '不约了', value: 'form:confirm:no' },
];
const PHONE_CHOICES: Choice[] = [{ label: '不留电话,在这里联系我', value: 'form:phone:skip' }];

/** Normalises a phone number as typed ("138 1234 5678", "+86-138…"); undefined when it has no digits. */
export function mobileOf(text: string): string | undefined {
  const compact = text.replace(/[\s\-()（）.·]/g, '');
  // "我的手机号码是 139-1234-5678", "电话:13912345678。": the digits after a lead-in.
  const digits = compact
    .replace(/^(我的|俺的)?(手机号码|手机号|手机|电话号码|电话|号码|联系方式|tel|phone)?(是|为|[:：])?/i, '')
    .replace(/[。!！~]+$/, '')
    .replace(/^\+?86/, '');
  if (/^\d+$/.test(digits)) return digits;
  return /(?<!\d)(?:\+?86)?(1[3-9]\d{9})(?!\d)/.exec(compact)?.[1];
}

/** What the first message already says: topic, way of meeting, county, wished time, phone. */
function prefill(ctx: Context, form: BookingForm): void {
  const text = ctx.analysis.text;
  const specialty = specialtyOf(text.replace(/创业导师|导师|专家|辅导员|联络员|老师|预约|咨询/g, ''));
  if (specialty && specialty !== GENERAL) {
    form.specialty = specialty;
    form.topic = maskPersonal(ctx.inbound.text.trim()).slice(0, 200);
  }
  if (/线上|视频|电话里|网上|远程|online|video/.test(text)) form.mode = 'online';
  else if (/线下|当面|见面|面谈|上门|面对面/.test(text)) form.mode = 'in_person';
  const county = countyOf(text);
  if (county) form.county = county;
  const when = wishedTime(ctx, text);
  if (when && !when.invalid) form.when = when;
  // Bounded by non-digits: the middle of an ID number is not a phone.
  const phone = /(?<!\d)(?:\+?86)?(1[3-9]\d{9})(?!\d)/.exec(text.replace(/[\s-]/g, ''))?.[1];
  if (phone) form.phone = phone;
}

/** Starts a booking form from the user's first message, asking only what it does not already say. */
export function startBooking(ctx: Context, seed: Partial<BookingForm> = {}): void {
  const form: BookingForm = { kind: 'booking', step: 'topic', misses: 0, ...seed };
  if (!seed.moving) prefill(ctx, form);
  advance(ctx, form);
}

function nextStep(form: BookingForm): FormStep {
  if (!form.specialty) return 'topic';
  if (!form.mode) return 'mode';
  if (form.mode === 'in_person' && !form.county) return 'county';
  if (!form.slot) return 'slot';
  if (form.phone === undefined && !form.moving) return 'phone';
  return 'confirm';
}

/** Moves the form to its next unanswered step and asks it. */
function advance(ctx: Context, form: BookingForm, lead = ''): void {
  form.step = nextStep(form);
  form.misses = 0;
  if (form.step === 'slot') {
    if (!offerSlots(ctx, form, lead)) return;
  } else {
    ask(ctx, form, lead);
  }
  ctx.session.form = form;
}

function ask(ctx: Context, form: BookingForm, lead = ''): void {
  const prefix = lead ? `${lead}\n` : '';
  switch (form.step) {
    case 'topic':
      form.choices = TOPIC_CHOICES;
      ctx.reply(`${prefix}想请导师在哪方面帮您?请回复数字,或直接说说您的项目:`, form.choices);
      return;
    case 'mode':
      form.choices = MODE_CHOICES;
      ctx.reply(`${prefix}线上还是线下见面?`, form.choices);
      return;
    case 'county':
      form.choices = COUNTY_CHOICES;
      ctx.reply(`${prefix}您想在哪个县市区当面咨询?`, form.choices);
      return;
    case 'slot':
      ctx.reply(`${prefix}请选一个时间:`, form.choices);
      return;
    case 'phone':
      form.choices = PHONE_CHOICES;
      ctx.reply(`${prefix}请留一个手机号,方便导师联系您(只给您预约的导师看,可随时删除);不想留也可以选1,导师在这里联系您。`, form.choices);
      return;
    case 'confirm':
      form.choices = CONFIRM_CHOICES;
      ctx.reply(`${prefix}${summary(ctx, form)}\n确认预约吗?`, form.choices);
      return;
  }
}

function mentorLabel(ctx: Context, mentorId: number): string {
  const m = ctx.deps.booking.mentors.get(mentorId);
  return m ? `${m.name}${m.role === '导师' ? '老师' : m.role}` : '导师';
}

function summary(ctx: Context, form: BookingForm): string {
  const slot = form.slot!;
  const lines = [
    `时间:${formatSlot(slot.start)}`,
    `导师:${mentorLabel(ctx, slot.mentorId)}`,
    `主题:${form.specialty}${form.topic && form.topic !== form.specialty ? `(${clip(form.topic, 30)})` : ''}`,
    `方式:${form.mode === 'in_person' ? `线下${form.county && form.county !== 'any' ? `·${form.county}` : ''}` : form.mode === 'online' ? '线上' : '线上或线下,导师会和您商定'}`,
  ];
  if (!form.moving) lines.push(`联系:${form.phone ? maskPhone(form.phone) : '在本平台联系'}`);
  return lines.join('\n');
}

const clip = (text: string, n: number) => ([...text].length > n ? `${[...text].slice(0, n).join('')}…` : text);
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** Offers the earliest slots for the form; false (form ended, user told whom to call) when there are none. */
function offerSlots(ctx: Context, form: BookingForm, lead = ''): boolean {
  const { booking, now } = ctx.deps;
  const t = now().getTime();
  const mode = form.mode === 'any' ? undefined : form.mode;
  const county = form.county && form.county !== 'any' ? form.county : undefined;
  const base = { specialty: form.specialty!, mode, county, excludeMentors: form.excludeMentors ?? [] };
  const window = form.when
    ? {
        from: form.when.from,
        until: form.when.until === undefined ? undefined : form.when.until + 86_399_999,
        partOfDay: form.when.partOfDay,
      }
    : {};
  const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  let slots: Slot[] = [];
  const notes: string[] = [];
  if (form.preferMentor !== undefined) slots = booking.findSlots(clean({ ...base, ...window, onlyMentor: form.preferMentor }), t);
  if (!slots.length) slots = booking.findSlots(clean({ ...base, ...window }), t);
  if (!slots.length && form.when) {
    slots = booking.findSlots(clean(base), t);
    if (slots.length) notes.push('您说的时间没有空档,下面是最早的几个:');
  }
  if (!slots.length && form.specialty !== GENERAL) {
    slots = booking.findSlots(clean({ ...base, specialty: GENERAL }), t);
    if (slots.length) notes.push(`暂时没有专做"${form.specialty}"的导师有空,可以先约综合创业导师:`);
  }
  if (!slots.length) {
    delete ctx.session.form;
    const c = ctx.deps.knowledge.service.contacts;
    ctx.reply(
      `${lead ? `${lead}\n` : ''}抱歉,未来${Math.round(booking.settings.horizonMs / 86_400_000)}天内没有合适的导师空档。您可以联系${c.office}(电话${c.phone})请工作人员安排,或过几天再来约。`,
    );
    return false;
  }
  form.offered = slots;
  form.choices = slots.map((s, i) => ({
    label: `${formatSlot(s.start)} ${mentorLabel(ctx, s.mentorId)}`,
    value: `form:slot:${i}`,
    detail: ctx.deps.booking.mentors.get(s.mentorId)?.specialties.slice(0, 2).join('、') ?? '',
  }));
  form.choices.push({ label: '换个时间', value: 'form:slot:later' });
  const text = [lead, ...notes, '请选一个时间(回复数字,也可以说"下周三下午"):'].filter(Boolean).join('\n');
  ctx.reply(text, form.choices);
  return true;
}

const SIDE_REQUESTS = /我的预约|人工|客服|删除|订阅|退订/;

/** True when the text is a plausible answer to the step the form is on (never taken for a side question). */
function answersStep(ctx: Context, form: BookingForm, text: string): boolean {
  switch (form.step) {
    case 'topic':
      // "种小龙虾要不要技术" names its topic; "先问一下 …" asks on the side.
      return !asksOutright(ctx.analysis.raw) && (Boolean(specialtyOf(text)) || !soundsLikeQuestion(ctx.analysis.raw));
    case 'mode':
      return /线上|线下|视频|电话|网上|远程|当面|见面|面谈|都可以|都行|随便|无所谓/.test(text) || Boolean(countyOf(text));
    case 'county':
      return Boolean(countyOf(text)) || /不限|都行|都可以|随便/.test(text);
    case 'slot':
      return Boolean(wishedTime(ctx, text)) || /换|其他|别的|都不行|都不合适|再晚|晚一点|更多/.test(text);
    case 'phone':
      return Boolean(mobileOf(text)) || SKIP.test(text);
    case 'confirm':
      return YES.test(ctx.analysis.raw.trim()) || NO.test(ctx.analysis.raw.trim());
  }
}

/** A wished time, with "周末" (the coming Saturday and Sunday, or next week's) read as well. */
function wishedTime(ctx: Context, text: string): When | undefined {
  const now = ctx.deps.now().getTime();
  const when = parseWhen(text, now);
  const weekend = /(下下|下|这|本)?(?:个)?(?:周末|礼拜六礼拜天|星期六星期天|周六周日)|weekend/i.exec(text);
  // parseWhen reads "这个周末" as "这个周" (the whole week): the weekend is what was meant.
  if (!weekend || when?.invalid) return when;
  const today = startOfLocalDay(now);
  const weekday = toLocal(now).weekday;
  const weeks = weekend[1] === '下下' ? 2 : weekend[1] === '下' ? 1 : 0;
  const saturday = today + (6 - weekday + weeks * 7) * DAY_MS;
  return { ...(when?.partOfDay ? { partOfDay: when.partOfDay } : {}), from: Math.max(saturday, today), until: saturday + DAY_MS };
}

/**
 * A correction of an earlier answer ("不是种植养殖", "线上不对 要线下", "电话错了 是139…"): the field is cleared (or
 * set when the message gives the new value) and what depends on it is asked again. False when nothing is corrected.
 */
function correct(ctx: Context, form: BookingForm): boolean {
  const text = ctx.analysis.text;
  if (!/不是|不对|错了|搞错|说错|修改|改一下|重新选/.test(text)) return false;
  const dropSlot = () => {
    delete form.slot;
    delete form.offered;
  };
  if (form.specialty && (text.includes(form.specialty) || /主题|方面|领域|方向/.test(text))) {
    const other = specialtyOf(text.replace(form.specialty, '').replace(/不是|不对|错了|搞错了?|说错了?/g, ''));
    delete form.specialty;
    delete form.topic;
    if (other) {
      form.specialty = other;
      form.topic = other;
    }
    dropSlot();
    return true;
  }
  if (form.mode && /线上|线下|方式|视频|当面/.test(text)) {
    const wanted = /(?:是|要|改成|换成)\s*(线上|线下|视频|当面)/.exec(text)?.[1];
    delete form.mode;
    delete form.county;
    if (wanted) form.mode = /线上|视频/.test(wanted) ? 'online' : 'in_person';
    dropSlot();
    return true;
  }
  if (form.phone !== undefined && /电话|手机|号码/.test(text)) {
    const digits = mobileOf(text.replace(/^.*?(?:是|改成|换成)/, ''));
    if (digits && MOBILE.test(digits)) form.phone = digits;
    else delete form.phone;
    return true;
  }
  if (form.slot && /时间/.test(text)) {
    dropSlot();
    return true;
  }
  return false;
}

/** Handles a message while a form is open: an answer, a way out, a correction, or a question asked on the side. */
export async function continueBooking(ctx: Context, form: BookingForm): Promise<void> {
  ctx.intent = 'consult.book';
  const raw = ctx.analysis.raw.trim();
  if (isLeaving(raw) && pickLoosely(raw, form.choices) === undefined) {
    delete ctx.session.form;
    // "算了 还是帮我取消掉" while moving a booking: the booking itself is cancelled, as asked.
    if (form.moving && /取消/.test(ctx.analysis.text)) return cancelBooking(ctx, form.moving);
    ctx.reply(form.moving ? '好的,不改了,原预约保持不变。' : '好的,已取消这次预约填写。需要时说"预约导师"就行。');
    return;
  }
  const aside = sideQuestion(ctx, {
    choices: form.choices,
    answers: (text) => answersStep(ctx, form, text),
    own: ['consult.book'],
    requests: SIDE_REQUESTS,
  });
  if (aside) {
    // Back to the form: its prompt again, and its numbers (not the side answer's) are what "1" means now.
    return answerAside(
      ctx,
      aside,
      (c) => HANDLERS[c.intent](c),
      () => ask(ctx, form, '——继续刚才的预约——'),
    );
  }
  if (pickLoosely(raw, form.choices) === undefined && correct(ctx, form)) return advance(ctx, form, '好的,已改。');
  const outcome = applyAnswer(ctx, form);
  if (outcome === 'answered') {
    fillFromAnswer(ctx, form);
    return advance(ctx, form);
  }
  if (outcome === 'handled') return;
  form.misses += 1;
  if (form.misses >= MAX_MISSES) {
    delete ctx.session.form;
    const c = ctx.deps.knowledge.service.contacts;
    ctx.reply(`几次都没能看懂您的回复,这次预约先结束了。需要时再说"预约导师",或致电${c.office} ${c.phone}。`);
    return;
  }
  ask(ctx, form, outcome === 'miss' ? '没看懂这个回复。' : outcome.retry);
  ctx.session.form = form;
}

/** An answer may say more than its step asked ("线下 在沙市"): the later slots it names are kept too. */
function fillFromAnswer(ctx: Context, form: BookingForm): void {
  const text = ctx.analysis.text;
  if (!form.mode) {
    if (/线上|视频|网上|远程|online|video/.test(text)) form.mode = 'online';
    else if (/线下|当面|见面|面谈|上门|面对面/.test(text)) form.mode = 'in_person';
  }
  const county = countyOf(text);
  if (county && !form.county) {
    form.county = county;
    form.mode ??= 'in_person';
  }
  if (!form.when && !form.slot) {
    const when = wishedTime(ctx, text);
    if (when && !when.invalid) form.when = when;
  }
}

/**
 * What a reply did to the form: answered its step (go on), handled (a reply is already sent: new slots, the
 * booking made, the form left), a miss, or a retry with a message saying what is wrong.
 */
type Outcome = 'answered' | 'handled' | 'miss' | { retry: string };

function applyAnswer(ctx: Context, form: BookingForm): Outcome {
  const raw = ctx.analysis.raw.trim();
  const text = ctx.analysis.text;
  const picked = pickLoosely(raw, form.choices);
  if (picked === null) return { retry: `没有这个选项,请回复 1 到 ${form.choices!.length} 之间的数字。` };
  const value = picked?.value.split(':').slice(2).join(':');
  switch (form.step) {
    case 'topic': {
      const specialty = value && isSpecialty(value) ? value : specialtyOf(text);
      if (specialty) {
        form.specialty = specialty;
        form.topic ??= value ? specialty : maskPersonal(raw).slice(0, 200);
        return 'answered';
      }
      if ([...text.replace(/\s/g, '')].length >= 4) {
        form.specialty = GENERAL;
        form.topic = maskPersonal(raw).slice(0, 200);
        return 'answered';
      }
      return 'miss';
    }
    case 'mode': {
      const mode =
        value ??
        (/线上|视频|电话|网上|远程/.test(text)
          ? 'online'
          : /线下|当面|见面|面谈/.test(text)
            ? 'in_person'
            : /都|随便|无所谓|均可/.test(text)
              ? 'any'
              : countyOf(text)
                ? 'in_person'
                : undefined);
      if (mode !== 'online' && mode !== 'in_person' && mode !== 'any') return 'miss';
      form.mode = mode;
      return 'answered';
    }
    case 'county': {
      const county = value ?? countyOf(text) ?? (/不限|都行|都可以|随便/.test(text) ? 'any' : undefined);
      if (county !== 'any' && !(county && isCounty(county))) return 'miss';
      form.county = county;
      return 'answered';
    }
    case 'slot':
      return applySlot(ctx, form, value, text);
    case 'phone': {
      if (value === 'skip' || SKIP.test(text)) {
        form.phone = null;
        return 'answered';
      }
      const digits = mobileOf(text);
      if (digits && MOBILE.test(digits)) {
        form.phone = digits;
        return 'answered';
      }
      if (digits) return { retry: `这个号码不对:手机号是11位数字,以1开头(您发的是${digits.length}位)。请重新输入,或选1不留电话。` };
      return 'miss';
    }
    case 'confirm':
      if (value === 'yes' || YES.test(raw)) {
        finish(ctx, form);
        return 'handled';
      }
      if (value === 'no' || NO.test(raw)) {
        delete ctx.session.form;
        ctx.reply(form.moving ? '好的,不改了,原预约保持不变。' : '好的,这次先不约。需要时说"预约导师"就行。');
        return 'handled';
      }
      return 'miss';
  }
}

function applySlot(ctx: Context, form: BookingForm, value: string | undefined, text: string): Outcome {
  if (value === 'later' || /换|其他|别的|都不行|都不合适|再晚|晚一点|更多/.test(text)) {
    const last = form.offered?.at(-1)?.start;
    form.when = last ? { from: last + 60_000 } : {};
    return offerAgain(ctx, form);
  }
  if (value !== undefined) {
    const slot = form.offered?.[Number(value)];
    if (!slot) return 'miss';
    form.slot = slot;
    return 'answered';
  }
  const when = wishedTime(ctx, text);
  if (when?.invalid) return { retry: when.invalid === 'past' ? '这个时间已经过去了,请换一个以后的时间。' : '没有这个日期,请换一个时间。' };
  if (when) {
    form.when = when;
    return offerAgain(ctx, form);
  }
  return 'miss';
}

/** Offers slots again for a new wish (or ends the form with the contacts when there are none). */
function offerAgain(ctx: Context, form: BookingForm): Outcome {
  form.misses = 0;
  if (offerSlots(ctx, form)) ctx.session.form = form;
  return 'handled';
}

/** Books (or moves) the chosen slot; when it was taken meanwhile, offers the next ones. */
function finish(ctx: Context, form: BookingForm): void {
  const { booking, now } = ctx.deps;
  const at = now();
  if (form.moving) {
    const existing = booking.bookings.byRef(form.moving);
    if (!existing || !booking.move(existing, form.slot!, at)) {
      slotGone(ctx, form);
      return;
    }
    delete ctx.session.form;
    const moved = booking.bookings.get(existing.id)!;
    ctx.reply(`已改到 ${formatSlot(moved.start)},${mentorLabel(ctx, moved.mentorId)}(编号 ${moved.ref}),等待导师确认。`);
    notifyMentorOfBooking(ctx, moved, `改期:原时间 ${formatSlot(existing.start)}`);
    return;
  }
  const result = booking.book(
    {
      person: ctx.person,
      platform: ctx.inbound.platform,
      userId: ctx.inbound.userId,
      chatId: ctx.inbound.chatId,
      slot: form.slot!,
      topic: form.topic ?? form.specialty!,
      specialty: form.specialty!,
      mode: form.mode ?? 'any',
      county: form.county && form.county !== 'any' ? form.county : undefined,
      phone: form.phone ?? undefined,
    },
    at,
  );
  if (!result.ok) {
    slotGone(ctx, form);
    return;
  }
  delete ctx.session.form;
  const b = result.booking;
  const mentor = booking.mentors.get(b.mentorId)!;
  const reached = notifyMentorOfBooking(ctx, b);
  const c = ctx.deps.knowledge.service.contacts;
  ctx.reply(
    [
      `预约已提交,编号 ${b.ref}。`,
      `${formatSlot(b.start)} ${mentorLabel(ctx, b.mentorId)}(${form.specialty},${MODE_LABEL[form.mode === 'online' || form.mode === 'in_person' ? form.mode : mentor.mode]})`,
      reached ? '已通知导师,导师确认后会告诉您。' : `这位导师还没开通消息,工作人员会转告并与您联系(${c.office} ${c.phone})。`,
      '开始前24小时和1小时会提醒您。查看、改期或取消:发送"我的预约"。',
    ].join('\n'),
  );
}

function slotGone(ctx: Context, form: BookingForm): void {
  delete form.slot;
  form.step = 'slot';
  offerSlots(ctx, form, '抱歉,这个时间刚被别人约走了。');
  if (ctx.session.form) ctx.session.form = form;
}
