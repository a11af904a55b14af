import type { Context } from '../core/context.ts';
import { ASKS_IF_PHONE_REQUIRED } from '../text/phone.ts';
import type { Choice } from '../core/message.ts';
import { maskPersonal, maskPhone } from '../core/logger.ts';
import type { BookingService } from '../booking/service.ts';
import type { Slot } from '../booking/slots.ts';
import { DAY_MS, formatSlot, formatSlotEn, startOfLocalDay } from '../booking/time.ts';
import {
  countyOf,
  COUNTY_NAMES,
  GENERAL,
  isCounty,
  isSpecialty,
  MODE_LABEL,
  MODE_LABEL_EN,
  SPECIALTY_EN,
  SPECIALTY_NAMES,
  specialtyOf,
  type County,
  type Specialty,
} from '../booking/vocabulary.ts';
import type { When } from '../booking/when.ts';
import {
  extractName,
  extractPhone,
  readPhoneStep,
  extractSpecialties,
  extractWhen,
  givesPhone,
  MOBILE_NUMBER,
} from '../dialogue/extract.ts';
import {
  type Answer,
  CONFIRM,
  type FormSpec,
  type FormState,
  type Prompt,
  resumeForm,
  type SlotSpec,
  speaksEnglish,
  startForm,
} from '../dialogue/form.ts';
import { ASKS_ANY_TOPIC, asksOutright } from '../dialogue/form-turn.ts';
import { soundsLikeQuestion } from '../dialogue/question.ts';
import { mentorName, notifyMentorOfBooking } from './mentor-notify.ts';
import { contactsEn } from './handler.ts';

/**
 * What a booking form holds (the form's values; `FormState<BookingForm>` is the form): topic, way of meeting, county,
 * the wished time and the slots offered for it, the chosen slot, the phone, and when moving a booking, which one.
 */
export interface BookingForm {
  topic: string;
  specialty: Specialty;
  /** Specialties a topic fits when it fits several ("小龙虾馆子": 餐饮 or 种植养殖): the user is asked which. */
  options: Specialty[];
  mode: 'online' | 'in_person' | 'any';
  county: County | 'any';
  when: When;
  /** The slots last offered, in the order shown. */
  offered: Slot[];
  slot: Slot;
  /** A mainland mobile number, or null when the user chose to be reached on this platform. */
  phone: string | null;
  /** Mentors not to offer again (one who declined). */
  excludeMentors: number[];
  /** Moving an existing booking (by reference) instead of making a new one. */
  moving: string;
  /** Prefer this mentor (rescheduling keeps the same mentor when possible). */
  preferMentor: number;
}
export type BookingState = FormState<BookingForm>;
type Slotted = SlotSpec<BookingForm>;

const TOPIC_CHOICES: Choice[] = SPECIALTY_NAMES.map((s) => ({ label: s, value: `form:topic:${s}` }));
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

/** The same choices in English: the values are the same, so a pick reads alike in either language. */
const topicChoiceEn = (s: Specialty): Choice => ({ label: `${SPECIALTY_EN[s]} (${s})`, value: `form:topic:${s}` });
const TOPIC_CHOICES_EN: Choice[] = SPECIALTY_NAMES.map(topicChoiceEn);
const MODE_CHOICES_EN: Choice[] = [
  { label: 'Online (phone or video)', value: 'form:mode:online' },
  { label: 'In person (in Jingzhou)', value: 'form:mode:in_person' },
  { label: 'Either', value: 'form:mode:any' },
];
const COUNTY_CHOICES_EN: Choice[] = [
  ...COUNTY_NAMES.map((c) => ({ label: c, value: `form:county:${c}` })),
  { label: 'Any', value: 'form:county:any' },
];
const CONFIRM_CHOICES_EN: Choice[] = [
  { label: 'Confirm the booking', value: 'form:confirm:yes' },
  { label: 'Cancel', value: 'form:confirm:no' },
];

/** Whether the booking talks to this user in English. */
const english = (ctx: Context): boolean => speaksEnglish(ctx, BOOKING_FORM);
/** A time in the user's language. */
const slotTime = (ctx: Context, ms: number): string => (english(ctx) ? formatSlotEn(ms) : formatSlot(ms));
/** The value of a picked choice ("form:mode:online" → "online"). */
const pickedValue = (a: Answer) => a.picked?.value.split(':').slice(2).join(':');
const ONLINE = /线上|视频|电话里|电话(?:聊|谈|沟通|咨询)|网上|远程|online|video/i;
const IN_PERSON = /线下|当面|见面|面谈|上门|面对面|in person/i;
const MENTOR_WORDS = /创业导师|导师|专家|辅导员|联络员|老师|预约|咨询/g;

/** Greetings and the asking itself, which say nothing of the topic: "你好 我想约个创业导师 聊聊…". */
const NOT_TOPIC =
  /^(?:你好|您好|喂|哈喽|hello|hi)[,，。!！\s]*|(?:我|俺)?(?:想|要|能不能|可以)?(?:帮我)?(?:约|预约|找|请)(?:个|一个|一位|一下)?(?:创业)?(?:导师|专家|老师|辅导员)?[,，\s]*|^(?:聊聊|问问|咨询一下|咨询|说说|讲讲|谈谈)|^(?:i'?d like to |i want to |i would like to |can i |could i |please )?(?:book|get|have|find|talk to|see)\s+(?:me\s+)?(?:a\s+)?(?:session with\s+)?(?:an?\s+)?(?:startup\s+|business\s+)?(?:mentor|adviser|advisor|coach)\s*(?:for|about|on)?\s*/gi;

/** The topic in the user's words, for the mentor: what they said minus greetings and the asking, personal data masked. */
function topicOf(raw: string): string {
  const words = raw.replace(NOT_TOPIC, '').replace(NOT_TOPIC, '').trim();
  return maskPersonal(words || raw).slice(0, 200);
}

/** The specialties a topic names (the mentor words themselves name none). */
const specialtiesIn = (text: string) => extractSpecialties(text.replace(MENTOR_WORDS, '')).filter((s) => s !== GENERAL);

/** Asking which office handles something ("哪个部门在管", "归谁管", "找谁办"). */
const ASKS_WHO_HANDLES = /哪个(?:部门|单位|局)|谁(?:在)?管|归谁|找谁|哪里办|去哪里?办/;

/** Saying what the talk is to be about ("就是…", "主要是…", "想聊聊…"). */
/** "么主题都可以吗", "什么都能问吗": whether any topic will do, as a clause of its own. */
const ASKS_ANY_TOPIC_CLAUSE = new RegExp(`${ASKS_ANY_TOPIC.source}[^\\s,，。]{0,6}[\\s,，。]*`);
const TELLS_TOPIC = /^(?:我)?(?:就是|主要是|主要想|想聊聊?|想问问|想问下?|想问一下|想咨询|关于|是关于)/;

const topic: Slotted = {
  name: 'topic',
  named: (v) => new RegExp(`主题|题目|话题|方面|领域|方向|内容${v.specialty ? `|${v.specialty}` : ''}`),
  filled: (v) => v.specialty !== undefined,
  clear: (v) => {
    delete v.specialty;
    delete v.topic;
    delete v.options;
    delete v.slot;
    delete v.offered;
  },
  ask: (ctx, form) => {
    const options = form.values.options;
    if (english(ctx))
      return options?.length
        ? { text: 'What you said fits several of these. Which one?', choices: options.map(topicChoiceEn) }
        : {
            text: 'What would you like the mentor to help with? Reply with a number, or describe your project:',
            choices: TOPIC_CHOICES_EN,
          };
    if (options?.length)
      return { text: '您说的可以归到下面几类,是哪一类?', choices: options.map((s) => ({ label: s, value: `form:topic:${s}` })) };
    return { text: '想请导师在哪方面帮您?请回复数字,或直接说说您的项目:', choices: TOPIC_CHOICES };
  },
  extract: (_ctx, a) => {
    const found = specialtiesIn(a.text);
    const topicText = topicOf(a.raw);
    // Several fit ("办个服装厂 要贷款"): kept as the options to ask between, not guessed.
    if (found.length > 1) return { topic: topicText, options: found };
    return found.length === 1 ? { specialty: found[0]!, topic: topicText } : undefined;
  },
  // "种小龙虾要不要技术" names its topic; "先问一下 …" asks on the side.
  // "就是防水这块 怎么找货源跑业务" says what to talk about, worded as the question for the mentor.
  // "贷款这块是哪个部门在管啊" names a topic, yet asks who handles it: a question on the side.
  // ("主要想问开奶茶店的事 选址跟成本" tells what to ask the mentor about, though it says 想问.)
  // ("么主题都可以吗 我想问开网店": whether any topic will do, asked before the topic told.)
  plausible: (_ctx, a) => {
    const raw = a.raw.replace(ASKS_ANY_TOPIC_CLAUSE, '').trim() || a.raw;
    return (
      (!asksOutright(raw) || (TELLS_TOPIC.test(raw) && !/[?？]/.test(raw))) &&
      !ASKS_WHO_HANDLES.test(raw) &&
      (specialtiesIn(a.text).length > 0 || !soundsLikeQuestion(raw) || TELLS_TOPIC.test(raw))
    );
  },
  read: (ctx, form, a) => {
    const picked = pickedValue(a);
    if (picked && isSpecialty(picked)) return { set: { specialty: picked, topic: form.values.topic ?? picked, options: [] } };
    const found = specialtiesIn(a.text);
    const topicText = topicOf(a.raw);
    if (found.length === 1) return { set: { specialty: found[0]!, topic: topicText, options: [] } };
    if (found.length > 1) return { set: { topic: topicText, options: found }, again: true };
    // "下个礼拜二下午" when asked what about: a time, not a topic; a general mentor, and the time is kept.
    if (extractWhen(a.text, ctx.deps.now().getTime())) return { set: { specialty: GENERAL, topic: '', options: [] } };
    if (specialtyOf(a.text) === GENERAL || [...a.text.replace(/\s/g, '')].length >= 4)
      return { set: { specialty: GENERAL, topic: topicText, options: [] } };
    return 'miss';
  },
};

const mode: Slotted = {
  name: 'mode',
  named: /线上|线下|方式|视频|当面/,
  clear: (v) => {
    // "改视频吧" once a time is chosen: the times are offered again from the chosen one, so it comes first if it
    // still fits the new way of meeting.
    if (v.slot) v.when = { ...(v.when?.partOfDay ? { partOfDay: v.when.partOfDay } : {}), from: v.slot.start };
    delete v.mode;
    delete v.county;
    delete v.slot;
    delete v.offered;
  },
  ask: (ctx) =>
    english(ctx) ? { text: 'Online or in person?', choices: MODE_CHOICES_EN } : { text: '线上还是线下见面?', choices: MODE_CHOICES },
  // Passed over for a time ("下个礼拜二下午"): either way, settled with the mentor; the summary says so.
  passedOver: { mode: 'any' },
  extract: (_ctx, a) => (ONLINE.test(a.text) ? { mode: 'online' } : IN_PERSON.test(a.text) ? { mode: 'in_person' } : undefined),
  plausible: (_ctx, a) =>
    ONLINE.test(a.text) ||
    IN_PERSON.test(a.text) ||
    /都可以|都行|随便|无所谓|\b(?:either|any|both)\b/i.test(a.text) ||
    Boolean(countyOf(a.text)),
  read: (_ctx, _form, a) => {
    const picked = pickedValue(a);
    const said =
      ONLINE.test(a.text) || /电话/.test(a.text)
        ? 'online'
        : IN_PERSON.test(a.text) || countyOf(a.text)
          ? 'in_person'
          : /都|随便|无所谓|均可|\b(?:either|any|both)\b/i.test(a.text)
            ? 'any'
            : undefined;
    const chosen = picked ?? said;
    if (chosen !== 'online' && chosen !== 'in_person' && chosen !== 'any') return 'miss';
    return { set: { mode: chosen } };
  },
};

const county: Slotted = {
  name: 'county',
  named: /县|地点|在哪/,
  applies: (v) => v.mode === 'in_person',
  clear: (v) => {
    delete v.county;
    delete v.slot;
    delete v.offered;
  },
  ask: (ctx) =>
    english(ctx)
      ? { text: 'In which county, city or district would you like to meet?', choices: COUNTY_CHOICES_EN }
      : { text: '您想在哪个县市区当面咨询?', choices: COUNTY_CHOICES },
  // Passed over for another step ("我的手机是159…"): any county, as "不限".
  passedOver: { county: 'any' },
  extract: (_ctx, a) => {
    const found = countyOf(a.text);
    return found ? { county: found } : undefined;
  },
  plausible: (_ctx, a) => Boolean(countyOf(a.text)) || /不限|都行|都可以|随便|\b(?:any|anywhere)\b/i.test(a.text),
  read: (_ctx, _form, a) => {
    const chosen = pickedValue(a) ?? countyOf(a.text) ?? (/不限|都行|都可以|随便|\b(?:any|anywhere)\b/i.test(a.text) ? 'any' : undefined);
    if (chosen !== 'any' && !(chosen && isCounty(chosen))) return 'miss';
    return { set: { county: chosen } };
  },
};

const MORE = /换|其他|别的|都不行|都不合适|再晚|晚一点|更多/;
/** The time asked to be changed, with no new one given ("改时间", "时间换一下"). */
const CHANGES_TIME = /^(?:那|我想|我要|能不能|帮我)?(?:改|换|调)(?:个|一下|下)?时间|时间(?:改|换|调)(?:一下|下)?/;
/** Keeping the time already chosen, once it is offered again after a change. */
const KEEPS_TIME = /时间不变|还是(?:这个|原来的?|那个|刚才的?)时间|原来(?:的|那个)?时间|确认|确定|都对|没错|\b(?:same time|confirm)\b/i;
/** The earliest time, whenever it is ("约最早那个", "越快越好"). */
const EARLIEST =
  /最早|第[一1]个?\s*(?:时间|时段)|头一个(?:时间|时段)|越早越好|尽早|尽快|越快越好|最快|最近的?那个|earliest|asap|as soon as/i;
/** Later by some days: "推迟两天", "往后挪几天", "晚几天", "往后推一个礼拜", "过几天". */
const LATER_DAYS =
  /(?:往后|推迟|推后|延后|延期|晚|挪|过)[^,，。\d一二两三四五六七八九十几]{0,3}(几|\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:个)?(天|日|周|星期|礼拜)/;
/** Later, without saying how much: "再往后点", "往后一点", "晚一点", "改到后面一个时间". */
const LATER = /往后|推迟|推后|延后|再晚|晚一?点|靠后|后面(?:一|的)?个|(?<![上前])下一个|后一个/;
const DAY_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The wished time a "later" asks for, from the chosen time or else the times offered: some days later ("推迟两天"
 * from that day; "往后挪几天" from the day after the last offered), or just after ("再往后点"). Undefined when the
 * message asks for nothing later, or names a time itself ("推迟到下周一" is a change to that day).
 */
function laterWhen(ctx: Context, v: Partial<BookingForm>, a: Answer): When | undefined {
  const days = LATER_DAYS.exec(a.raw);
  // A day named only as the reason ("后天要带伢去打预防针 能不能往后推两天") does not undo a shift by days; a day
  // the shift goes to ("推到周五") is a new time, read as one.
  const named = extractWhen(a.text, ctx.deps.now().getTime());
  if (named && !(days && days[1] !== '几' && !/[到至]/.test(a.raw.slice(days.index)))) return undefined;
  if (!days && !LATER.test(a.raw)) return undefined;
  const part = v.when?.partOfDay ? { partOfDay: v.when.partOfDay } : {};
  if (days && days[1] !== '几') {
    const n = (/\d/.test(days[1]!) ? Number(days[1]) : (DAY_COUNT[days[1]!] ?? 1)) * (days[2] === '天' || days[2] === '日' ? 1 : 7);
    const from = v.slot?.start ?? v.offered?.[0]?.start;
    return from === undefined ? {} : { from: startOfLocalDay(from) + n * DAY_MS, ...part };
  }
  const last = v.slot?.start ?? v.offered?.at(-1)?.start;
  if (last === undefined) return {};
  return days ? { from: startOfLocalDay(last) + DAY_MS, ...part } : { from: last + 60_000 };
}

const time: Slotted = {
  name: 'slot',
  named: /时间/,
  filled: (v) => v.slot !== undefined,
  clear: (v) => {
    delete v.slot;
    delete v.offered;
    delete v.when;
  },
  ask: (ctx, form) => offerSlots(ctx, form),
  extract: (ctx, a, form) => {
    if (form.values.slot) return undefined;
    const when = extractWhen(a.text, ctx.deps.now().getTime());
    if (!when && EARLIEST.test(a.raw)) return { when: {} };
    // "改时间" once a time is chosen (the change reads a copy with it cleared): the times offered again.
    if (!when && CHANGES_TIME.test(a.raw)) return { when: {} };
    if (!when || when.invalid) return undefined;
    // "周六" then "下午": the part of the day said later narrows the day said before.
    const held = form.values.when;
    if (held?.from !== undefined && when.from === undefined && when.until === undefined && when.partOfDay)
      return { when: { ...held, partOfDay: when.partOfDay } };
    return { when };
  },
  plausible: (ctx, a) =>
    Boolean(extractWhen(a.text, ctx.deps.now().getTime())) ||
    MORE.test(a.text) ||
    EARLIEST.test(a.raw) ||
    LATER.test(a.raw) ||
    LATER_DAYS.test(a.raw),
  // "可以 同意", "行 就这个" when times are offered: the first one, said so (the summary is still to confirm).
  yes: (ctx, form) => {
    const first = form.values.offered?.[0];
    return first
      ? {
          set: { slot: first },
          note: english(ctx)
            ? `OK, the first time then: ${formatSlotEn(first.start)} ${mentorLabel(ctx, first.mentorId)}.`
            : `好的,就约第一个时间:${formatSlot(first.start)} ${mentorLabel(ctx, first.mentorId)}。`,
        }
      : undefined;
  },
  // "推迟两天" once a time is chosen: later times are offered.
  shift: (ctx, form, a) => {
    const when = laterWhen(ctx, form.values, a);
    return when ? { when } : undefined;
  },
  read: (ctx, form, a) => {
    const picked = pickedValue(a);
    const first = form.values.offered?.[0];
    if (picked === undefined && first && EARLIEST.test(a.raw) && !extractWhen(a.text, ctx.deps.now().getTime()))
      return { set: { slot: first } };
    // After a change of the way to meet, the time chosen before is offered first: "信息都对的 确认预约", "时间不变"
    // keeps it.
    if (picked === undefined && first && first.start === form.values.when?.from && KEEPS_TIME.test(a.raw))
      return {
        set: { slot: first },
        note: english(ctx)
          ? `OK, the same time: ${formatSlotEn(first.start)} ${mentorLabel(ctx, first.mentorId)}.`
          : `好的,时间不变:${formatSlot(first.start)} ${mentorLabel(ctx, first.mentorId)}。`,
      };
    const later = picked === undefined ? laterWhen(ctx, form.values, a) : undefined;
    if (later) return { set: { when: later }, again: true };
    if (picked === 'later' || (!picked && MORE.test(a.text) && !extractWhen(a.text, ctx.deps.now().getTime()))) {
      const last = form.values.offered?.at(-1)?.start;
      return { set: { when: last ? { from: last + 60_000 } : {} }, again: true };
    }
    if (picked !== undefined) {
      const slot = form.values.offered?.[Number(picked)];
      return slot ? { set: { slot } } : 'miss';
    }
    const when = extractWhen(a.text, ctx.deps.now().getTime());
    if (when?.invalid && english(ctx))
      return {
        retry:
          when.invalid === 'past' ? 'That time has passed; please pick a later one.' : 'There is no such date; please pick another time.',
      };
    if (when?.invalid)
      return { retry: when.invalid === 'past' ? '这个时间已经过去了,请换一个以后的时间。' : '没有这个日期,请换一个时间。' };
    return when ? { set: { when }, again: true } : 'miss';
  },
};

const phone: Slotted = {
  name: 'phone',
  // A new number names the slot it corrects ("搞错了 是13545108872").
  named: new RegExp(`电话|手机|号码|微信|联系方式|${MOBILE_NUMBER.source}`),
  applies: (v) => !v.moving,
  skip: { label: '不留电话,在这里联系我', labelEn: 'No phone, contact me in this chat', set: { phone: null } },
  ask: (ctx) => ({
    text: english(ctx)
      ? 'Please leave a mobile number so the mentor can reach you (only your mentor sees it; you can delete it any time), or pick 1 to be contacted in this chat.'
      : '请留一个手机号,方便导师联系您(只给您预约的导师看,可随时删除);不想留也可以选1,导师在这里联系您。',
  }),
  // (A relative's number, with nothing said of their agreeing, is not kept: see `readPhoneStep`.)
  extract: (_ctx, a) => {
    const step = readPhoneStep(a.raw, MENTOR_CONTACTS);
    return step && 'phone' in step ? step : undefined;
  },
  plausible: (_ctx, a) => givesPhone(a.raw),
  read: (ctx, _form, a) => {
    const step = readPhoneStep(a.raw, MENTOR_CONTACTS);
    if (!step) return 'miss';
    if ('phone' in step) return { set: step };
    return { retry: english(ctx) ? step.retry.en : step.retry.zh };
  },
};
const MENTOR_CONTACTS = { zh: '导师', en: 'your mentor' };

function mentorLabel(ctx: Context, mentorId: number): string {
  const m = ctx.deps.booking.mentors.get(mentorId);
  return m ? mentorName(m) : english(ctx) ? 'mentor' : '导师';
}

function summary(ctx: Context, v: Partial<BookingForm>): string {
  const slot = v.slot!;
  if (english(ctx)) {
    const lines = [
      `Time: ${formatSlotEn(slot.start)} (Beijing time)`,
      `Mentor: ${mentorLabel(ctx, slot.mentorId)}`,
      `Topic: ${v.specialty ? SPECIALTY_EN[v.specialty] : ''}${v.topic && v.topic !== v.specialty ? ` (${clip(v.topic, 40)})` : ''}`,
      `Meeting: ${v.mode === 'in_person' ? `in person${v.county && v.county !== 'any' ? ` · ${v.county}` : ''}` : v.mode === 'online' ? 'online' : 'online or in person, to agree with the mentor'}`,
    ];
    if (!v.moving) lines.push(`Contact: ${v.phone ? maskPhone(v.phone) : 'in this chat'}`);
    return lines.join('\n');
  }
  const lines = [
    `时间:${formatSlot(slot.start)}`,
    `导师:${mentorLabel(ctx, slot.mentorId)}`,
    `主题:${v.specialty}${v.topic && v.topic !== v.specialty ? `(${clip(v.topic, 30)})` : ''}`,
    `方式:${v.mode === 'in_person' ? `线下${v.county && v.county !== 'any' ? `·${v.county}` : ''}` : v.mode === 'online' ? '线上' : '线上或线下,导师会和您商定'}`,
  ];
  if (!v.moving) lines.push(`联系:${v.phone ? maskPhone(v.phone) : '在本平台联系'}`);
  return lines.join('\n');
}

const clip = (text: string, n: number) => ([...text].length > n ? `${[...text].slice(0, n).join('')}…` : text);

/**
 * The slots for the form, as a prompt: at the wished time, else the nearest to it, else the earliest; `ended` (form
 * closed, user told whom to call) when there are none.
 */
function offerSlots(ctx: Context, form: BookingState): Prompt | 'ended' {
  const { booking, now } = ctx.deps;
  const v = form.values;
  const t = now().getTime();
  const mode = v.mode === 'any' ? undefined : v.mode;
  const where = v.county && v.county !== 'any' ? v.county : undefined;
  const base = { specialty: v.specialty!, mode, county: where, excludeMentors: v.excludeMentors ?? [] };
  const window = v.when
    ? { from: v.when.from, until: v.when.until === undefined ? undefined : v.when.until + 86_399_999, partOfDay: v.when.partOfDay }
    : {};
  let slots: Slot[] = [];
  const notes: string[] = [];
  if (v.preferMentor !== undefined) slots = booking.findSlots(clean({ ...base, ...window, onlyMentor: v.preferMentor }), t);
  if (!slots.length) slots = booking.findSlots(clean({ ...base, ...window }), t);
  if (!slots.length && v.when) {
    slots = nearestSlots(ctx, base, v.when);
    if (slots.length)
      notes.push(
        english(ctx)
          ? `Nothing is free at the time you said; here are the ${v.when.from === undefined ? 'earliest' : 'nearest'}:`
          : `您说的时间没有空档,下面是${v.when.from === undefined ? '最早' : '最接近'}的几个:`,
      );
  }
  if (!slots.length && v.specialty !== GENERAL) {
    slots = booking.findSlots(clean({ ...base, specialty: GENERAL }), t);
    if (slots.length)
      notes.push(
        english(ctx)
          ? `No mentor for "${SPECIALTY_EN[v.specialty!]}" is free for now; you can book a general business mentor first:`
          : `暂时没有专做"${v.specialty}"的导师有空,可以先约综合创业导师:`,
      );
  }
  if (!slots.length) {
    delete ctx.session.form;
    const c = ctx.deps.knowledge.service.contacts;
    const days = Math.round(booking.settings.horizonMs / 86_400_000);
    ctx.reply(
      english(ctx)
        ? `Sorry, no suitable mentor is free in the next ${days} days. You can contact ${contactsEn(ctx)} to ask staff to arrange one, or try again in a few days.`
        : `抱歉,未来${days}天内没有合适的导师空档。您可以联系${c.office}(电话${c.phone})请工作人员安排,或过几天再来约。`,
    );
    return 'ended';
  }
  v.offered = slots;
  const en = english(ctx);
  const choices: Choice[] = slots.map((s, i) => {
    const specialties = booking.mentors.get(s.mentorId)?.specialties.slice(0, 2) ?? [];
    return {
      label: `${slotTime(ctx, s.start)} ${mentorLabel(ctx, s.mentorId)}`,
      value: `form:slot:${i}`,
      detail: en ? specialties.map((x) => (isSpecialty(x) ? SPECIALTY_EN[x] : x)).join(', ') : specialties.join('、'),
    };
  });
  choices.push({ label: en ? 'Another time' : '换个时间', value: 'form:slot:later' });
  const asked = en
    ? 'Pick a time, Beijing time (reply with its number, or say e.g. "next Wednesday afternoon"):'
    : '请选一个时间(回复数字,也可以说"下周三下午""周六上午"):';
  return { text: [...notes, asked].join('\n'), choices };
}

/** How many times are offered at once (as many as `findSlots` gives). */
const OFFERED = 3;
const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as T;
type SlotBase = Omit<Parameters<BookingService['findSlots']>[0], 'from' | 'until'>;

/**
 * The free slots nearest a wished time that has none: from that day on (any time of day) first, else the latest
 * ones before it, back to today; the earliest when no day was wished.
 */
function nearestSlots(ctx: Context, base: SlotBase, when: When): Slot[] {
  const { booking, now } = ctx.deps;
  const t = now().getTime();
  const after = booking.findSlots(clean({ ...base, from: when.from }), t);
  if (after.length || when.from === undefined) return after;
  const before: Slot[] = [];
  const lastDay = Math.min(startOfLocalDay(when.from - 1), startOfLocalDay(t + booking.settings.horizonMs));
  for (let day = lastDay; day >= startOfLocalDay(t) && before.length < OFFERED; day -= DAY_MS) {
    const found = booking.findSlots(clean({ ...base, from: day, until: Math.min(day + DAY_MS - 1, when.from - 1) }), t);
    before.unshift(...found.slice(-(OFFERED - before.length)));
  }
  return before;
}

const SIDE_REQUESTS = /我的预约|人工|客服|删除|订阅|退订/;

/** A question about the booking being made: "我约的是几点来着", "我刚约好的是哪天", "约上了没有". */
const ABOUT_THE_BOOKING =
  /(?:我|刚才|刚刚)[^,，。]{0,4}(?:约|预约|定|订)(?:的|好的|上的|了的)[^,，。]{0,12}(?:几点|哪天|哪一天|几号|星期几|周几|礼拜几|什么时候|啥时候|什么时间|啥时间|哪个时间|哪位|谁|在哪里?见面?|什么地方|么地方|地点)|(?:约|预约|定|订)(?:(?:上|好|成|成功)了?|到了)(?:没有?|冇|吗|么|嘛)|(?:预约|约)(?:成功|好)?了没|^(?:查|看)(?:一?下|看)?\s*(?:我的|一下)?\s*(?:预约|约的)[?？]?$/;

/** Where a meeting happens, asked while booking ("在哪里见面啊 要跑到市里去吗", "where do we meet?"). */
const ASKS_WHERE_TO_MEET =
  /(?:在|去|到)?(?:哪里|哪儿|哪个地方|哪边|什么地方|么地方|啥地方|哪)(?:里)?(?:见面|见|碰面|碰头|面谈|谈)|见面.{0,4}(?:在哪|哪里|什么地方|么地方|地点)|(?:要|得)(?:跑|去)(?:到)?(?:市里|城里|县里|荆州)(?:去)?(?:吗|不|么|嘛|[?？])|\bwhere (?:do|will|would|shall|can) (?:we|i) meet\b|\bwhere is the meeting\b/i;

/** Where the meeting is: the way chosen so far, and who agrees the place (the booking records a county, not a venue). */
function whereToMeet(form: BookingState, en: boolean): string {
  const { mode, county } = form.values;
  const where = county && county !== 'any' ? county : undefined;
  if (mode === 'online')
    return en
      ? 'Online, no travel: at the time booked the mentor contacts you by your phone or in this chat.'
      : '线上咨询,不用跑:到约定时间,导师通过您留的电话或在这里联系您。';
  if (mode === 'in_person')
    return en
      ? `In person${where ? ` in ${where}` : ''}; the mentor agrees the exact place with you once the booking is made. Say "make it online" if you would rather not travel.`
      : `当面谈,在您选的${where ?? '县市区'};具体地点约好后由导师和您商定。不想跑的话,说"改成线上"就行。`;
  return en
    ? 'Either way: online (video or phone, no travel), or in person in the county you choose, at a place the mentor agrees with you.'
    : '两种都可以:线上(视频或电话),不用跑;或者在您选的县市区当面谈,具体地点由导师和您商定。';
}

/** Asking whether the booking can be moved or called off later ("要是到时候有事去不了 能改不"). */
const CHANGE_LATER =
  /(?:到时候?|万一|要是|如果|假如|临时).{0,12}(?:去不了|来不了|有事|赶不上|走不开).{0,10}(?:能|可以|好)?(?:改|换|取消|退|推)|(?:约好|约了|预约)(?:了|后|以后|之后).{0,6}(?:能|可以)(?:改|换|取消|退)/;

/** A message this short that gives a name gives only that ("我叫张敏", "叫我老王就行"). */
const NAME_ALONE_CHARS = 8;
/** A name offered by its label ("名字 张敏", "姓名:张敏", "名字 👍"). */
const NAME_GIVEN = /^(?:我的)?(?:名字|姓名|称呼)(?:是|叫|[:：])?\s*\S{0,6}$/;

function aboutTheBooking(ctx: Context, form: BookingState, raw: string): string | undefined {
  const en = english(ctx);
  if (CHANGE_LATER.test(raw) && !form.values.moving) {
    ctx.intent = 'consult.manage';
    return en
      ? 'Yes. Once booked, say "change the time" or "cancel my booking" any time; the mentor is told.'
      : '可以。约好后随时说"改时间"或"取消预约",导师会收到通知。';
  }
  // "电话一定要留吗", "为什么要留电话", "不留电话行不行": the phone is asked, and not required. (Asked before its
  // step, the same, for when it comes.)
  if (ASKS_IF_PHONE_REQUIRED.test(raw)) {
    if (form.step === 'phone')
      return en
        ? 'Not required: the mentor can reach you in this chat instead (choose 1). A phone is seen only by your mentor.'
        : '不是必须的:不留电话,导师就在这里联系您(选1)。留的电话只给您预约的导师看。';
    return en
      ? 'Not required: when the phone is asked, choose not to leave one and the mentor reaches you in this chat. A phone is seen only by your mentor.'
      : '不是必须的:问到电话时可以不留,导师就在这里联系您。留的电话只给您预约的导师看。';
  }
  // "昨天下午" while the topic or the way to meet is asked: a time that has passed (or no such date) is said so now,
  // not noted as given; the step asked stays.
  if (form.step !== 'slot' && !form.values.slot) {
    const invalid = extractWhen(raw, ctx.deps.now().getTime())?.invalid;
    if (invalid === 'past')
      return en
        ? 'That time has passed; when the time is asked, please give a later one.'
        : '这个时间已经过去了,等选时间时请说以后的时间。';
    if (invalid) return en ? 'There is no such date; when the time is asked, please give another.' : '没有这个日期,等选时间时请换一个。';
  }
  // "张敏", "我叫张敏" while a time is offered: a booking asks no name; said so, nothing missed, the step stays.
  if (
    form.step !== 'phone' &&
    form.step !== CONFIRM &&
    !extractPhone(raw) &&
    // (A name said alone, "我叫张敏"; "我是老王 想问电商" at the topic step tells the topic.)
    ((extractName(raw, { whole: false }) && [...raw.trim()].length <= NAME_ALONE_CHARS) ||
      NAME_GIVEN.test(raw) ||
      (form.step !== 'topic' && /^[\u4e00-\u9fff]{2,3}$/.test(raw.trim()) && extractName(raw)))
  )
    return en
      ? 'A booking needs no name: the mentor sees only your booking (and a phone, if you leave one).'
      : '预约不用留姓名,导师只看到预约内容(留了电话的话还有电话)。';
  // "在哪里见面啊 要跑到市里去吗": where a meeting in person happens is agreed with the mentor, in the county chosen.
  if (ASKS_WHERE_TO_MEET.test(raw) && !ABOUT_THE_BOOKING.test(raw)) return whereToMeet(form, en);
  if (!ABOUT_THE_BOOKING.test(raw)) return undefined;
  // Asking after one's own booking ("我刚才约的是几点来着") is looking at it, even while it is still being made.
  ctx.intent = 'consult.manage';
  const slot = form.values.slot;
  if (!slot) return en ? 'Not booked yet: a time is still to be chosen.' : '预约还没完成:还差选时间。';
  if (en)
    return `Not booked yet: ${formatSlotEn(slot.start)} ${mentorLabel(ctx, slot.mentorId)} is chosen; ${form.step === 'phone' ? 'the phone and the confirmation are still to come' : 'it is submitted once you confirm'}.`;
  const chosen = `已选${formatSlot(slot.start)} ${mentorLabel(ctx, slot.mentorId)}`;
  return `预约还没完成:${chosen},${form.step === 'phone' ? '还差留电话和确认' : '确认后才提交'}。`;
}

/** Booking a mentor: topic, way of meeting, county when in person, a slot, a phone (or this chat), then confirm. */
export const BOOKING_FORM: FormSpec<BookingForm> = {
  kind: 'booking',
  intent: 'consult.book',
  slots: [topic, mode, county, time, phone],
  resume: '——继续刚才的预约——',
  resumeEn: '— back to your booking —',
  sideRequests: SIDE_REQUESTS,
  aboutForm: aboutTheBooking,
  // Once a time is chosen, changing or calling it off is changing the booking being made.
  revising: (form) => (form.values.slot || form.values.moving ? 'consult.manage' : undefined),
  intentOf: (form) => (form.values.moving ? 'consult.manage' : 'consult.book'),
  confirm: (ctx, form) =>
    english(ctx)
      ? { text: `${summary(ctx, form.values)}\nConfirm the booking?`, choices: CONFIRM_CHOICES_EN }
      : { text: `${summary(ctx, form.values)}\n确认预约吗?`, choices: CONFIRM_CHOICES },
  submit: finish,
  leave: (ctx, form) => {
    // "算了 还是帮我取消掉" while moving a booking: the booking itself is to be cancelled, as asked (confirmed there).
    if (form.values.moving && /取消/.test(ctx.analysis.text)) return { intent: 'consult.manage', text: `取消预约 ${form.values.moving}` };
    // "还是取消吧" cancels the booking being made: a change of booking, in the user's eyes.
    if (/取消|退|cancel/i.test(ctx.analysis.text)) ctx.intent = 'consult.manage';
    if (english(ctx))
      ctx.reply(
        form.values.moving
          ? 'OK, not moved: your booking stays as it was.'
          : 'OK, this booking is called off. Say "book a mentor" whenever you need one.',
      );
    else ctx.reply(form.values.moving ? '好的,不改了,原预约保持不变。' : '好的,已取消这次预约填写。需要时说"预约导师"就行。');
    return undefined;
  },
  decline: (ctx, form) => {
    if (english(ctx))
      ctx.reply(
        form.values.moving
          ? 'OK, not moved: your booking stays as it was.'
          : 'OK, no booking this time. Say "book a mentor" whenever you need one.',
      );
    else ctx.reply(form.values.moving ? '好的,不改了,原预约保持不变。' : '好的,这次先不约。需要时说"预约导师"就行。');
  },
  giveUp: (ctx) => {
    const c = ctx.deps.knowledge.service.contacts;
    if (english(ctx))
      return `I could not understand the replies, so this booking has ended. Say "book a mentor" again, or call ${contactsEn(ctx)}.`;
    return `几次都没能看懂您的回复,这次预约先结束了。需要时再说"预约导师",或致电${c.office} ${c.phone}。`;
  },
};

/** Starts a booking form from the user's first message, asking only what it does not already say. */
export function startBooking(ctx: Context, seed: Partial<BookingForm> = {}): void {
  startForm(ctx, BOOKING_FORM, seed, !seed.moving);
}

/** Books (or moves) the chosen slot; when it was taken meanwhile, offers the next ones. */
function finish(ctx: Context, form: BookingState): void {
  const { booking, now } = ctx.deps;
  const at = now();
  const v = form.values;
  if (v.moving) {
    const existing = booking.bookings.byRef(v.moving);
    if (!existing || !booking.move(existing, v.slot!, at)) {
      slotGone(ctx, form);
      return;
    }
    const moved = booking.bookings.get(existing.id)!;
    ctx.reply(
      english(ctx)
        ? `Moved to ${formatSlotEn(moved.start)}, ${mentorLabel(ctx, moved.mentorId)} (ref ${moved.ref}), waiting for the mentor to confirm.`
        : `已改到 ${formatSlot(moved.start)},${mentorLabel(ctx, moved.mentorId)}(编号 ${moved.ref}),等待导师确认。`,
    );
    notifyMentorOfBooking(ctx, moved, `改期:原时间 ${formatSlot(existing.start)}`);
    return;
  }
  const result = booking.book(
    {
      person: ctx.person,
      platform: ctx.inbound.platform,
      userId: ctx.inbound.userId,
      chatId: ctx.inbound.chatId,
      slot: v.slot!,
      topic: v.topic ?? v.specialty!,
      specialty: v.specialty!,
      mode: v.mode ?? 'any',
      county: v.county && v.county !== 'any' ? v.county : undefined,
      phone: v.phone ?? undefined,
    },
    at,
  );
  if (!result.ok) {
    slotGone(ctx, form);
    return;
  }
  const b = result.booking;
  const mentor = booking.mentors.get(b.mentorId)!;
  const reached = notifyMentorOfBooking(ctx, b);
  const c = ctx.deps.knowledge.service.contacts;
  const mode = v.mode === 'online' || v.mode === 'in_person' ? v.mode : mentor.mode;
  if (english(ctx)) {
    ctx.reply(
      [
        `Booking submitted, reference ${b.ref}.`,
        `${formatSlotEn(b.start)} (Beijing time) ${mentorLabel(ctx, b.mentorId)} (${SPECIALTY_EN[v.specialty!]}, ${MODE_LABEL_EN[mode]})`,
        reached
          ? 'The mentor has been told and will confirm; I will let you know.'
          : `This mentor is not on messaging yet; staff will pass it on and contact you (${contactsEn(ctx)}).`,
        'You will be reminded 24 hours and 1 hour before. To view, move or cancel it, send "my booking".',
      ].join('\n'),
    );
    return;
  }
  ctx.reply(
    [
      `预约已提交,编号 ${b.ref}。`,
      `${formatSlot(b.start)} ${mentorLabel(ctx, b.mentorId)}(${v.specialty},${MODE_LABEL[mode]})`,
      reached ? '已通知导师,导师确认后会告诉您。' : `这位导师还没开通消息,工作人员会转告并与您联系(${c.office} ${c.phone})。`,
      '开始前24小时和1小时会提醒您。查看、改期或取消:发送"我的预约"。',
    ].join('\n'),
  );
}

function slotGone(ctx: Context, form: BookingState): void {
  delete form.values.slot;
  resumeForm(ctx, BOOKING_FORM, form, english(ctx) ? 'Sorry, that time was just taken by someone else.' : '抱歉,这个时间刚被别人约走了。');
}
