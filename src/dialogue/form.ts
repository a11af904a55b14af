/**
 * The form engine: a declarative form (in the manner of Rasa's forms, written for our core). A form declares its
 * slots — how each is asked, read when asked, extracted from any message, validated, skipped, corrected — and its
 * summary and submit. The engine owns the conversation around them: prefill from the opening message and from every
 * later one (nothing given is asked again), corrections at any point and on the summary, filler around answers,
 * side questions answered through an injected dispatcher, leaving, misses, and persistence in the dialogue state.
 */
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { type Classification, classify, NEAREST } from '../intent/classify.ts';
import { ANSWERED_INTENTS, type Intent, REQUEST_INTENTS } from '../intent/intents.ts';
import { stripFiller } from './extract.ts';
import { soundsLikeQuestion } from './question.ts';
import { THANKS_ABROAD } from '../text/thanks.ts';
import { asksOnlyForLanguage, lengthInChars } from '../text/language.ts';
import { toSimplified } from '../text/normalize.ts';
import {
  answerAside,
  correctionOf,
  englishFormAnswer,
  isLeaving,
  askedWhileLeaving,
  pickLoosely,
  saysGoodbye,
  sideQuestion,
} from './form-turn.ts';

/** A form being filled in, as kept in the dialogue state (SQLite): plain data only. */
export interface FormState<V extends object = Record<string, unknown>> {
  kind: string;
  /** The slot being asked, or `confirm` on the summary. */
  step: string;
  values: Partial<V>;
  /** Slots the user chose to skip. */
  skipped: string[];
  misses: number;
  /** The choices of the current prompt (numbers and button values map to them). */
  choices?: Choice[];
  /** Slots holding the default they took when passed over: a later answer for them replaces it. */
  defaulted?: string[];
  /** The last message was a question on the side, answered: the next may follow it up ("要是两个人合伙呢"). */
  afterAside?: boolean;
}

/** What is shown to ask a slot or the summary. */
export interface Prompt {
  text: string;
  choices?: Choice[];
}

/** One message as a form reads it: as typed (filler around it removed) and normalised, with the choice it picks. */
export interface Answer {
  raw: string;
  text: string;
  /** The choice picked by number, value or label, if any. */
  picked?: Choice;
}

/**
 * What reading an answer did: values to set (`again`: ask the same slot once more, e.g. new times to pick from), a
 * retry with what is wrong, a miss, or `ended` (the slot itself replied and closed or re-asked the form).
 */
export type Reading<V> = { set: Partial<V>; again?: boolean; note?: string } | { retry: string } | 'miss' | 'ended';

export interface SlotSpec<V extends object> {
  name: string;
  /** The prompt; `ended` when asking itself ended the form (no mentor free: the user is told whom to call). */
  ask(ctx: Context, form: FormState<V>): Prompt | 'ended';
  /** Reads an answer while this slot is asked. */
  read(ctx: Context, form: FormState<V>, answer: Answer): Reading<V>;
  /** What any message says for this slot (the opening message, an answer to another slot); never guesses. */
  extract?(ctx: Context, answer: Answer, form: FormState<V>): Partial<V> | undefined;
  /** A plausible answer to this slot is never taken for a question on the side. */
  plausible?(ctx: Context, answer: Answer, form: FormState<V>): boolean;
  /** Free text in the person's words (a project, the support wanted): finding some in a question does not make it an answer. */
  freeText?: true;
  /** Whether the slot is asked at all given what is known (the county only for meeting in person). */
  applies?(values: Partial<V>): boolean;
  /** Whether the slot has its value (default: `values[name]` is set). */
  filled?(values: Partial<V>): boolean;
  /** Skippable: the choice offered, and what a skip stores (default nothing). */
  skip?: { label: string; labelEn?: string; set?: Partial<V> };
  /** Words naming the slot in a correction ("称呼不对 是何建国", "电话改成…", "公司写错了"), or the value given ("不是种植养殖"). */
  named?: RegExp | ((values: Partial<V>) => RegExp);
  /** What a correction clears (default: `values[name]`). */
  clear?(values: Partial<V>): void;
  /**
   * What the slot takes when the user passes it over, answering later slots instead ("下个礼拜二下午" when asked
   * 线上还是线下): a default that the summary shows and a correction changes. Without one, the slot is asked again.
   */
  passedOver?: Partial<V>;
  /** A gate (consent): nothing is corrected or prefilled past it until it is answered. */
  gate?: boolean;
  /** What a plain yes ("可以", "就这样定了") means while this slot is asked (the first time offered is taken). */
  yes?(ctx: Context, form: FormState<V>): Reading<V> | undefined;
  /**
   * A change relative to the value held, named by no new value ("推迟两天", "往后挪几天" once a time is chosen): the
   * values the slot takes instead, read before it is cleared; undefined when the message shifts nothing.
   */
  shift?(ctx: Context, form: FormState<V>, answer: Answer): Partial<V> | undefined;
}

export interface FormSpec<V extends object> {
  kind: string;
  intent: Intent;
  slots: readonly SlotSpec<V>[];
  /** The summary and its choices (yes first, no second); `ended` when the form cannot go on (a check failed). */
  confirm(ctx: Context, form: FormState<V>): Prompt | 'ended';
  /** Acts on a confirmed form; the form is already closed, and may be reopened (`ctx.session.form = form`). */
  submit(ctx: Context, form: FormState<V>): void;
  /**
   * The reply on leaving ("算了", "不约了 下次再说"); or a request to hand over to once the form is closed (leaving a
   * move with "帮我取消掉" cancels the booking, which the booking manager confirms).
   */
  leave(ctx: Context, form: FormState<V>): HandOff | undefined;
  /** The reply on "no" at the summary. */
  decline(ctx: Context, form: FormState<V>): void;
  /** The reply after too many misses. */
  giveUp(ctx: Context, form: FormState<V>): string;
  /** The line before the prompt when the form resumes after a side question. */
  resume: string;
  /**
   * The same line in English, for a form whose prompts speak English to an English speaker (its slots' `ask` read
   * `ctx.language`); a form without it asks in Chinese, with a note saying so.
   */
  resumeEn?: string;
  /** Leaving in this form's words (default: `isLeaving`). */
  leaving?(raw: string, form: FormState<V>): boolean;
  /** Requests that are side questions even without question wording (人工, 我的预约 …). */
  sideRequests?: RegExp;
  /** Whether side questions are answered at this step (default: yes). */
  asides?(form: FormState<V>): boolean;
  /** A question about the form itself, answered from it ("多久有人联系我"); the prompt follows. */
  aboutForm?(ctx: Context, form: FormState<V>, raw: string): string | undefined;
  /**
   * The intent of changing or calling off what the form already holds as made ("改到礼拜五上午" once a time is
   * chosen: the booking is being changed, `consult.manage`); undefined while nothing is made yet.
   */
  revising?(form: FormState<V>): Intent | undefined;
  /** The intent of every turn of this form when not the spec's own (moving a booking is `consult.manage` throughout). */
  intentOf?(form: FormState<V>): Intent;
}

/** A request the core handles after a form closes, as if the user had typed `text`. */
export interface HandOff {
  intent: Intent;
  text: string;
}

/** Answers a side question (the handler table, injected by the core). */
export type Dispatch = (ctx: Context) => Promise<void> | void;

const MAX_MISSES = 3;
/** Starting the form over ("重来", "重新填", "start over"), not leaving it. */
// (Said first, as a command: "想回荆州重新开始" in a story restarts nothing.)
const RESTARTS =
  /^[^,，。\s]{0,6}[\s,，]*(?:重来|重新来|从头来|重新(?:填|登记|约|预约)(?:一下|一遍|一次)?)(?:吧|过)?(?=$|[\s,，。!！])|^(?:ok,? |okay,? |sorry,? )?(?:let'?s |let me |can we )?(?:start over|start again|restart)\b/i;
/** The words of starting over, with what leads them ("算了 重来吧"), taken out of the answer that follows. */
const RESTART_WORDS =
  /(?:算了|那|好吧|不对)?[\s,，]*(?:重来|重新来|从头来|重新(?:填|登记|约|预约|开始)|\bstart (?:over|again)\b|\brestart\b)(?:一下|一遍|一次|吧|过)?/gi;
export const CONFIRM = 'confirm';
const SKIP_VALUE = 'form:skip';
/** Declining one slot ("不留电话了", "就在这里联系", "没有"): the slot is skipped, the form goes on. */
const SKIP_WORDS =
  /^(?:跳过|不填|不方便|不想说|不说|没有|暂无|无|skip|保密|算了|不用)[了吧啊。!！\s]*$|^(?:那就?)?不给(?:了|算了)?(?=[\s,，。!！]|$)|不留|不想留|(?:就|直接)?在这(?:里|儿)?联系|(?:就|直接)?(?:用|在)?微信(?:上|里)?联系|(?:用|在|留|加|通过)(?:这个|我的?|我这个)?微信(?!.{0,3}[\d一二三四五六七八九零]{11})|(?:留|用|就用)这个(?:号|账号)(?!码是)|(?:phone|number) (?:on|of|from) this account|这里联系|平台联系|不用(?:留|填)|不方便(?:说|留|填)|(?:电话|号码|手机号?|联系方式)(?:能不能|可不可以|可以)?(?:先|就|暂时)?(?:不给|不留)/i;
const YES =
  /^(?:嗯+[\s,，]*)?(?:(?:确认|确定|提交|好|好的|好嘞|可以|行|是|是的|对|没问题|冇问题|没得问题|要得|同意|就这样|就这么|那就这样|那就|定|就定|就这个|就它|到时候?见|不见不散|(?:准时|按时|一定)(?:到|去|来|参加)|ok|okay|yes)[了的吧啊呀嘛。!！,，\s]*)+(?:快点|快些|赶紧)?[了的吧啊呀嘛。!！,，\s]*$/i;
const NO = /^(?:不|不对|不是|否|不提交|不要|no)[了的吧啊。!！]*$/i;

/** A form kind and its declaration, as the core finds it. */
export class FormRegistry {
  readonly #specs = new Map<string, FormSpec<object>>();
  constructor(private readonly dispatch: Dispatch) {}

  register<V extends object>(spec: FormSpec<V>): this {
    this.#specs.set(spec.kind, spec as unknown as FormSpec<object>);
    return this;
  }

  /** Handles a message while the sender's form is open; false when no registered form is open. */
  async continue(ctx: Context): Promise<boolean> {
    const form = ctx.session.form;
    const spec = form && this.#specs.get(form.kind);
    if (!form || !spec || !('values' in form)) {
      // A form from before an upgrade (another shape) is dropped rather than misread.
      if (form) delete ctx.session.form;
      return false;
    }
    await continueForm(ctx, spec, form as FormState<object>, this.dispatch);
    return true;
  }
}

/** Opens a form: takes what the opening message says, then asks the first slot still missing. */
export function startForm<V extends object>(ctx: Context, spec: FormSpec<V>, seed: Partial<V> = {}, prefill = true): void {
  const form: FormState<V> = { kind: spec.kind, step: '', values: { ...seed }, skipped: [], misses: 0 };
  if (prefill) absorb(ctx, spec, form, answerOf(ctx, undefined), undefined);
  advance(ctx, spec, form);
}

/** The last clause of a message, after what came before it ("要我同意么事 存个人信息？那不同意"). */
const LAST_CLAUSE = /[?？。!！,，\s]+(?:那|那就|就|还是)?([^?？。!！,，\s]{1,8})[。!！\s]*$/;

function answerOf(ctx: Context, choices: Choice[] | undefined): Answer {
  const raw = ctx.analysis.raw.trim();
  const said = toSimplified(raw);
  let picked = pickLoosely(raw, choices) ?? undefined;
  // A question, then one of the choices by its label as the last word: the question was thought aloud, the choice
  // is the answer.
  const last = !picked && choices ? LAST_CLAUSE.exec(said) : null;
  if (last && soundsLikeQuestion(said.slice(0, last.index))) picked = choices!.find((c) => c.label === last[1]);
  // Steps read and keep the answer in simplified characters, as the bot and the staff write ("確認", "陳先生").
  const stripped = stripFiller(said);
  return {
    raw: stripped || said,
    text: stripped && stripped !== said ? ctx.deps.analyzer.normalize(stripped) : ctx.analysis.text,
    ...(picked ? { picked } : {}),
  };
}

const isFilled = <V extends object>(slot: SlotSpec<V>, values: Partial<V>) =>
  slot.filled ? slot.filled(values) : (values as Record<string, unknown>)[slot.name] !== undefined;
const applies = <V extends object>(slot: SlotSpec<V>, values: Partial<V>) => slot.applies?.(values) ?? true;

/** What another step says is wrong with a message meant for it (a mobile number with 12 digits), if any. */
function otherRetry<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, answer: Answer, current: SlotSpec<V>) {
  for (const s of spec.slots) {
    if (s === current || s.gate || !s.plausible || !applies(s, form.values) || !s.plausible(ctx, answer, form)) continue;
    const reading = s.read(ctx, { ...form, step: s.name, values: structuredClone(form.values) }, answer);
    // (Said at another step, its choices are not on screen: "境外号码请选1" would pick the county shown.)
    if (typeof reading === 'object' && 'retry' in reading) return reading.retry.replace(PICKS_A_CHOICE, '');
  }
  return undefined;
}

/** A sentence of a retry that picks one of its step's choices ("境外号码请选1,导师会在这里联系您。"). */
const PICKS_A_CHOICE = /[^。.]*(?:选\d|pick \d)[^。.]*[。.]?/gi;

/** The step holds the value it takes when passed over ("any" way of meeting): no preference was said. */
const noPreference = <V extends object>(slot: SlotSpec<V>, values: Partial<V>): boolean =>
  Boolean(slot.passedOver) &&
  isFilled(slot, values) &&
  Object.entries(slot.passedOver!).every(([k, v]) => (values as Record<string, unknown>)[k] === v);

/** A step passed over for another takes its default, if it has one; a later answer for it replaces the default. */
function passOver<V extends object>(slot: SlotSpec<V>, form: FormState<V>): void {
  if (!slot.passedOver || slot.gate || isFilled(slot, form.values)) return;
  Object.assign(form.values, slot.passedOver);
  form.defaulted = [...(form.defaulted ?? []), slot.name];
}

/** The message gives something for a step other than `slot` (one that reads more than free text). */
const givesFor = <V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, answer: Answer, slot: SlotSpec<V> | undefined) =>
  spec.slots.some(
    (s) =>
      s !== slot &&
      !s.freeText &&
      s.extract &&
      applies(s, form.values) &&
      // (A step already answered is given nothing new by a word of its topic: "企业贷款…" once the topic is loans.)
      (!isFilled(s, form.values) || form.defaulted?.includes(s.name) || noPreference(s, form.values)) &&
      Object.keys(s.extract(ctx, answer, form) ?? {}).length > 0,
  );

/** The slot to ask next, or undefined when the summary is next. */
function nextSlot<V extends object>(spec: FormSpec<V>, form: FormState<V>): SlotSpec<V> | undefined {
  return spec.slots.find((s) => applies(s, form.values) && !isFilled(s, form.values) && !form.skipped.includes(s.name));
}

/** The slots not yet filled take what the message says for them; true when anything new was taken. */
function absorb<V extends object>(
  ctx: Context,
  spec: FormSpec<V>,
  form: FormState<V>,
  answer: Answer,
  except: string | undefined,
): boolean {
  // Nothing is taken past an unanswered gate... except to keep it for after (the lead's consent keeps the first message).
  let took = false;
  for (const slot of spec.slots) {
    // (A step answered "随便" holds its no-preference value, which a later plain answer also replaces.)
    const defaulted = (form.defaulted?.includes(slot.name) ?? false) || noPreference(slot, form.values);
    if (slot.name === except || !slot.extract || (isFilled(slot, form.values) && !defaulted)) continue;
    const found = slot.extract(ctx, answer, form);
    if (!found || !Object.keys(found).length) continue;
    // "线上" said after the mode was passed over for a time: the answer replaces the default (and what hung on it).
    if (defaulted) {
      clearSlot(slot, form.values);
      form.defaulted = form.defaulted?.filter((s) => s !== slot.name);
    }
    Object.assign(form.values, found);
    form.skipped = form.skipped.filter((s) => s !== slot.name);
    took = true;
  }
  return took;
}

/** Reopens a form after its submit could not complete (the slot was taken meanwhile): the next missing slot is asked. */
export function resumeForm<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, lead = ''): void {
  advance(ctx, spec, form, lead);
}

/** Asks the next missing slot, or shows the summary. */
function advance<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, lead = ''): void {
  const slot = nextSlot(spec, form);
  form.step = slot?.name ?? CONFIRM;
  form.misses = 0;
  ask(ctx, spec, form, lead);
}

function ask<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, lead = ''): void {
  const slot = spec.slots.find((s) => s.name === form.step);
  const prompt = slot ? slot.ask(ctx, form) : spec.confirm(ctx, form);
  if (prompt === 'ended') return;
  const english = speaksEnglish(ctx, spec);
  const choices = [...(prompt.choices ?? [])];
  if (slot?.skip) choices.push({ label: (english && slot.skip.labelEn) || slot.skip.label, value: SKIP_VALUE });
  form.choices = choices.length ? choices : undefined;
  if (!form.choices) delete form.choices;
  const said = english ? inEnglish(lead) : lead;
  ctx.reply(said ? `${said}\n${prompt.text}` : prompt.text, form.choices);
  ctx.session.form = form as FormState;
}

/** Whether this form talks to this user in English. */
export const speaksEnglish = (ctx: Context, spec: { resumeEn?: string }): boolean => ctx.language === 'en' && spec.resumeEn !== undefined;

/** A lead line of the engine in English; a form's own line (already English) as it is. */
/** What a switch of language asked during a form is told: English steps, or that this form's steps are Chinese. */
function switchedTo<V extends object>(ctx: Context, spec: FormSpec<V>): string {
  if (ctx.language !== 'en') return '好的,我用中文回答。';
  return speaksEnglish(ctx, spec)
    ? 'Sure, I will answer in English.'
    : 'Sure. This form is only in Chinese for now: reply with the option numbers, or say "cancel" to leave.';
}

function inEnglish(lead: string): string {
  return ENGINE_EN[lead] ?? lead;
}

/** The words naming a slot ("电话", "称呼"), given what the form holds. */
function namedBy<V extends object>(slot: SlotSpec<V>, values: Partial<V>): RegExp {
  return typeof slot.named === 'function' ? slot.named(values) : (slot.named ?? /(?!)/);
}

/**
 * A correction of an earlier answer, at any point: the slot is set to the new value, or cleared and asked again.
 * With `withValue`, only a correction giving a new value the slot reads ("不是种植养殖 我想问电商直播") is made.
 */
function correct<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, raw: string, withValue = false): boolean {
  const current = spec.slots.find((s) => s.name === form.step);
  if (current?.gate) return false;
  const named = spec.slots.filter((s) => s.named && applies(s, form.values));
  const fix = correctionOf(
    raw,
    named.map((s) => ({ field: s.name, words: namedBy(s, form.values) })),
  );
  if (!fix) return false;
  const slot = spec.slots.find((s) => s.name === fix.field)!;
  const cleared: FormState<V> = { ...form, step: slot.name, values: structuredClone(form.values) };
  clearSlot(slot, cleared.values);
  const value = fix.value && (stripFiller(fix.value) || fix.value);
  const reading = value && slot.read(ctx, cleared, { raw: value, text: ctx.deps.analyzer.normalize(value) });
  // "搞错了 是13545108872 最后两位打反了": the new value is said in the middle; the slot finds it in the whole message.
  const set =
    (typeof reading === 'object' && 'set' in reading ? reading.set : undefined) ??
    slot.extract?.(ctx, { raw, text: ctx.deps.analyzer.normalize(raw) }, cleared);
  if (withValue && !set) return false;
  clearSlot(slot, form.values);
  form.skipped = form.skipped.filter((s) => s !== slot.name);
  if (set) Object.assign(form.values, set);
  return true;
}

/** Words that start a question on the side after a step's answer ("老家江陵的 另外问下…", "确认 对了…"). */
const ASIDE_AFTER =
  /[\s,，。.!！;；]+(?:另外|顺便(?:问一?下|问个|说一?下)?|对了|还想问一?下?|再问一?下|先问一?下|问一?下|请问|by the way|btw)[\s,，:：]*/i;

/** Words that only hold the conversation ("等一下", "嗯"), said before a question. */
const PAUSE = /^(?:等一?下|等等|等哈|稍等|等一等|嗯+|哦+|额|那个|先)[,，。.!！\s]*$/;

/** The step's answer and a question said after it on the side, when the message is that; undefined otherwise. */
function answerThenQuestion(raw: string): [string, string] | undefined {
  const at = ASIDE_AFTER.exec(raw);
  if (!at || at.index === 0) return undefined;
  const head = raw.slice(0, at.index).trim();
  const tail = raw.slice(at.index + at[0].length).trim();
  return head && tail && !soundsLikeQuestion(head) && soundsLikeQuestion(tail) ? [head, tail] : undefined;
}

/**
 * "老家江陵的 现在人在温州 另外问下今年引进亿元项目的目标是好多个", "确认 对了要是跟我老表合伙搞 能贷好多": the step is
 * answered with what comes first, and the question after it is answered on the side. The question's answer comes
 * before the form's next prompt (or after the form's last word, when the answer finished it). False, with nothing
 * changed, when the first part does not answer the step: the message is then read whole.
 */
async function answerThenAside<V extends object>(
  ctx: Context,
  spec: FormSpec<V>,
  form: FormState<V>,
  dispatch: Dispatch,
): Promise<boolean> {
  const parts = answerThenQuestion(ctx.analysis.raw);
  if (!parts) return false;
  // "等一下 另外问下贷款最多多少": a pause first answers nothing; the rest is read without it ("另外问下…" still asks).
  if (PAUSE.test(parts[0])) {
    ctx.restate(ctx.analysis.raw.trim().slice(parts[0].length).trim());
    return false;
  }
  // ("转人工 另外问下…": a request of its own first is no step's answer; the message is read whole, as before.)
  const headIntent = classify(ctx.deps.analyzer.analyze(parts[0]), ctx.deps.retriever, ctx.deps.intents).intent;
  if (headIntent !== spec.intent && REQUEST_INTENTS.has(headIntent)) return false;
  const whole = ctx.analysis;
  const snapshot = structuredClone(form);
  const misses = form.misses;
  // Only this turn's replies are set aside and reordered; any said before it (a note) stay first.
  const before = ctx.messages.length;
  ctx.restate(parts[0]);
  await continueForm(ctx, spec, form, dispatch, true);
  const open = ctx.session.form === form;
  if (form.misses > misses || (ctx.intent !== spec.intent && ctx.intent !== spec.revising?.(form))) {
    // Not the step's answer (or it left the form): undone, and the message read whole.
    for (const key of Object.keys(form)) delete (form as unknown as Record<string, unknown>)[key];
    Object.assign(form, snapshot);
    ctx.session.form = form as FormState<object>;
    ctx.messages.splice(before);
    ctx.analysis = whole;
    return false;
  }
  const intent = ctx.intent;
  const formMessages = ctx.messages.splice(before);
  ctx.restate(parts[1]);
  const c = classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents);
  // (Matching nothing, or read as the form's own request: the nearest entries, as for any question on the side.)
  const unread = (c.intent === 'out_of_scope' && c.reason === 'fallback') || c.intent === spec.intent;
  const aside: Classification = unread ? { ...c, intent: 'policy.ask', reason: NEAREST } : c;
  ctx.classification = aside;
  ctx.intent = aside.intent;
  await dispatch(ctx);
  const asideMessages = ctx.messages.splice(before);
  if (open && ctx.session.form === form) {
    delete ctx.session.pending;
    if (ANSWERED_INTENTS.has(ctx.intent)) form.afterAside = true;
    const [first, ...rest] = formMessages;
    ctx.messages.push(...asideMessages);
    if (first) ctx.messages.push({ ...first, text: `${speaksEnglish(ctx, spec) ? spec.resumeEn! : spec.resume}\n${first.text}` }, ...rest);
  } else ctx.messages.push(...formMessages, ...asideMessages);
  ctx.intent = intent;
  return true;
}

async function continueForm<V extends object>(
  ctx: Context,
  spec: FormSpec<V>,
  form: FormState<V>,
  dispatch: Dispatch,
  nested = false,
): Promise<void> {
  ctx.intent = spec.intentOf?.(form) ?? spec.intent;
  const english = englishFormAnswer(ctx.analysis.raw);
  if (english) ctx.restate(english);
  const answer = answerOf(ctx, form.choices);
  const raw = ctx.analysis.raw.trim();
  // The wording is read in simplified characters, Cantonese as Mandarin ("確認", "係 取消"), as the answer is (`answerOf`).
  const said = toSimplified(raw);
  const slot = spec.slots.find((s) => s.name === form.step);
  const afterAside = form.afterAside === true;
  delete form.afterAside;
  // "算了 重来 项目是做预制菜": the form started over, nothing said before kept; what the message says is taken.
  // (Not while a booking made is being moved: "重新约" there is no new form.)
  if (!answer.picked && RESTARTS.test(said) && (spec.intentOf?.(form) ?? spec.intent) === spec.intent) {
    const rest = raw.replace(RESTART_WORDS, ' ').replace(/^[\s,，。!！]+|[\s,，。!！]+$/g, '');
    Object.assign(form, { values: {}, skipped: [], misses: 0 });
    delete form.defaulted;
    delete form.choices;
    if (rest) {
      ctx.restate(rest);
      absorb(ctx, spec, form, answerOf(ctx, undefined), undefined);
    }
    return advance(
      ctx,
      spec,
      form,
      speaksEnglish(ctx, spec) ? 'Starting over: nothing said before is kept.' : '好的,重新开始,之前填的都不算。',
    );
  }
  // "Oh wait, can we do this in English? I'm arranging it for him": the same step again, in the language asked for.
  if (!answer.picked && asksOnlyForLanguage(raw, (clause) => ctx.deps.analyzer.analyze(clause).onTopic))
    return ask(ctx, spec, form, switchedTo(ctx, spec));
  if ((spec.leaving ?? ((r: string) => isLeaving(r)))(raw, form) && !answer.picked) {
    // Leaving with thanks ("好 我再想想 多谢") is a goodbye.
    ctx.intent = /谢|拜拜|再见|\bbye\b/i.test(said) ? 'greet' : (spec.revising?.(form) ?? ctx.intent);
    delete ctx.session.form;
    const handOff = spec.leave(ctx, form);
    if (handOff) {
      ctx.restate(handOff.text);
      ctx.intent = handOff.intent;
      await dispatch(ctx);
      return;
    }
    // "算了 都不要了 你给我找个真人", "算了不登记了 给我个电话我自己打": leaving, and something asked in the same breath.
    const asked = askedWhileLeaving(ctx, form.kind);
    if (asked) await answerAside(ctx, asked, dispatch, () => {});
    return;
  }
  // "好 先这样 拜拜": a goodbye leaves the form (nothing unfinished is stored) and is answered as one.
  if (!answer.picked && (spec.asides?.(form) ?? true) && saysGoodbye(said)) {
    delete ctx.session.form;
    // The forms' own words are Chinese; an English goodbye is answered in English.
    if (ctx.language === 'en') ctx.reply('OK, goodbye. This form was not finished, so nothing from it was saved.');
    else spec.leave(ctx, form);
    ctx.intent = 'greet';
    return;
  }
  if (!nested && (spec.asides?.(form) ?? true) && !answer.picked && (await answerThenAside(ctx, spec, form, dispatch))) return;
  // ("你們大概多久會聯繫我": asked in the simplified words the form's questions know.)
  const about = spec.aboutForm?.(ctx, form, said);
  if (about) return ask(ctx, spec, form, about);
  // "能不能改到礼拜四上午" while the form is open changes what was given, it is no request to move a booking.
  // A change or correction of what is already made (a chosen time) is in the form's revising intent; after a
  // correction the rest of the message is taken too; then the next missing step is asked.
  const revising = spec.revising?.(form);
  const revised = (takeRest: boolean): void => {
    if (revising) ctx.intent = revising;
    if (takeRest) absorb(ctx, spec, form, answer, undefined);
    advance(ctx, spec, form, CHANGED);
  };
  // (What else the message gives is taken too: "那还是约线上的吧，周末可以吗" keeps the weekend.)
  if (!answer.picked && change(ctx, spec, form, answer)) return revised(true);
  // A correction with its new value ("不是种植养殖 我想问电商直播") is no question on the side, however it is worded.
  if (!answer.picked && correct(ctx, spec, form, raw, true)) return revised(true);
  // "项目就是电子元器件 投资五千万" while the company is asked: an answer labelled for another step goes there.
  if (!answer.picked && labelled(ctx, spec, form, answer)) {
    absorb(ctx, spec, form, answer, undefined);
    if (slot) passOver(slot, form);
    return advance(ctx, spec, form, NOTED);
  }
  if ((spec.asides?.(form) ?? true) && !answer.picked) {
    const aside = sideQuestion(ctx, {
      choices: form.choices,
      answers: () =>
        Boolean(answer.picked) ||
        (slot?.plausible?.(ctx, answer, form) ?? false) ||
        (!slot && (YES.test(said) || NO.test(said))) ||
        Boolean(slot?.yes && YES.test(said)),
      own: [spec.intent],
      afterAside,
      givesOther: () => givesFor(ctx, spec, form, answer, slot),
      ...(spec.sideRequests ? { requests: spec.sideRequests } : {}),
    });
    if (aside)
      return answerAside(ctx, aside, dispatch, () => ask(ctx, spec, form, speaksEnglish(ctx, spec) ? spec.resumeEn! : spec.resume));
  }
  if (!answer.picked && correct(ctx, spec, form, said)) return revised(true);
  if (pickLoosely(raw, form.choices) === null)
    return miss(
      ctx,
      spec,
      form,
      speaksEnglish(ctx, spec)
        ? `There is no such option; reply with a number from 1 to ${form.choices!.length}.`
        : `没有这个选项,请回复 1 到 ${form.choices!.length} 之间的数字。`,
    );
  if (!slot) return confirmStep(ctx, spec, form, answer, said);
  // "联系方式就留微信吧" while the name is asked declines the phone, not the name (below).
  const declinesAnother = (): boolean =>
    !namedBy(slot, form.values).test(said) &&
    spec.slots.some((s) => s !== slot && s.skip && s.named && !isFilled(s, form.values) && namedBy(s, form.values).test(said));
  if (slot.skip && (answer.picked?.value === SKIP_VALUE || (SKIP_WORDS.test(said) && !declinesAnother()))) {
    form.skipped.push(slot.name);
    if (slot.skip.set) Object.assign(form.values, slot.skip.set);
    return advance(ctx, spec, form);
  }
  // A yes to what is offered ("可以 同意", "行 就这个") takes it, where the slot says what a yes means.
  const yes = !answer.picked && YES.test(said) ? slot.yes?.(ctx, form) : undefined;
  // Thanks while a question is open answers nothing: the question again, no miss, nothing stored.
  if (!yes && !slot.gate && !answer.picked && thanks(ctx, COURTESY)) return courtesy(ctx, spec, form);
  // "多谢 回去请你们喝酒哈" while the name is asked: thanks and a remark in which no step's reading finds anything
  // ("好的，谢谢您。那我选周三下午那个时间" while the mode is asked gives the time).
  if (
    !yes &&
    !slot.gate &&
    !answer.picked &&
    slot.extract &&
    thanks(ctx, THANKS_FIRST) &&
    !slot.extract(ctx, answer, form) &&
    !givesFor(ctx, spec, form, answer, slot)
  )
    return courtesy(ctx, spec, form);
  // "确认 多谢哈" while a choice is still to make: that step first; it is not the step's free-text answer.
  // (Wanting to confirm is understood: no miss is counted for it.)
  if (!yes && !slot.gate && !answer.picked && form.choices?.length && CONFIRMS.test(said)) return ask(ctx, spec, form, CHOICE_FIRST);
  const reading = yes ?? slot.read(ctx, form, answer);
  if (reading === 'ended') return;
  if (typeof reading === 'object' && 'set' in reading) {
    Object.assign(form.values, reading.set);
    // Details given with the consent ("同意 姓周 电话139…") are taken with it.
    absorb(ctx, spec, form, answer, slot.name);
    if (reading.again) {
      form.misses = 0;
      return ask(ctx, spec, form, reading.note ?? '');
    }
    return advance(ctx, spec, form, reading.note ?? '');
  }
  // Not an answer to this slot, but given for others ("13900001111" asked for the city): kept, and the slot asked again.
  // Before a gate is answered (consent) they are kept in the form like the opening message, stored only after it.
  if (absorb(ctx, spec, form, answer, slot.name)) {
    passOver(slot, form);
    // ("联系人姓黄 电话187123456789": the name kept, and what is wrong with the number said, not passed over.)
    const wrong = otherRetry(ctx, spec, form, answer, slot);
    const noted = slot.gate ? GATE_FIRST : NOTED;
    return advance(ctx, spec, form, wrong ? `${speaksEnglish(ctx, spec) ? inEnglish(noted) : noted}\n${wrong}` : noted);
  }
  // A later slot declined ahead of time ("电话就不留了" while the time is asked): skipped, this slot asked again.
  // ("电话先不给 你们能不能先把项目记着": the phone, named in the clause that declines, not the project.)
  const declining = raw.split(/[\s,，。;；!！]+/).find((clause) => SKIP_WORDS.test(clause)) ?? raw;
  // ("不留" alone while the way to meet is asked: leaving out what is left, when only one step still to come may be.)
  const skippable = spec.slots.filter((s) => s !== slot && s.skip && s.named && !isFilled(s, form.values) && applies(s, form.values));
  const declined =
    skippable.find((s) => namedBy(s, form.values).test(declining)) ??
    (BARE_LEAVE_OUT.test(said) && skippable.length === 1 ? skippable[0] : undefined);
  if (declined && SKIP_WORDS.test(said)) {
    form.skipped.push(declined.name);
    if (declined.skip?.set) Object.assign(form.values, declined.skip.set);
    // ("电话先不给 你们能不能先把项目记着" before consent: that step will not be asked; consent still comes first.)
    return slot.gate ? ask(ctx, spec, form, LEFT_OUT) : advance(ctx, spec, form, NOTED);
  }
  if (reading !== 'miss') return miss(ctx, spec, form, reading.retry);
  // "138712345678" while the time is asked: a wrong answer for another step is told what is wrong with it.
  const wrongForAnother = otherRetry(ctx, spec, form, answer, slot);
  if (wrongForAnother) return miss(ctx, spec, form, wrongForAnother);
  // "线上就行 我还在东莞" when the mode is already online: what was given, said again; the step is asked again.
  if (restates(ctx, spec, form, answer, slot)) return ask(ctx, spec, form, OK);
  // "对" while a choice is still to make: that step first, not "没看懂".
  if (!slot.gate && form.choices?.length && YES.test(said)) return ask(ctx, spec, form, CHOICE_FIRST);
  // "没事 那就保留吧 谢了" while the name is asked: a few words ending in thanks, not an answer; no miss.
  if (!slot.gate && !answer.picked && thanksOnly(ctx)) return courtesy(ctx, spec, form);
  // "好 我跟他说一声", "I'll check with my son" while a step waits: the form waits too; no miss.
  if (WAITS_ON_SOMEONE.test(said) && lengthInChars(raw) <= WAITING_CHARS) return ask(ctx, spec, form, WAITING);
  return miss(ctx, spec, form, slot.gate ? GATE_MISS : MISSED);
}

/** Going to ask or tell someone else first (one is filling the form for a relative). */
const WAITS_ON_SOMEONE =
  /(?:跟|和|同|问)(?:他|她|他们|她们|我?老公|我?老婆|我?爱人|我?儿子|我?女儿|我?爸|我?妈|家里人?|屋里人)(?:说一声|说下|说一下|讲一声|讲下|商量(?:一?下)?|问问|问一下|问下|确认一?下)|\b(?:i'?ll|i will|let me) (?:ask|check with|talk to|tell) (?:him|her|them|my (?:son|daughter|husband|wife|father|mother|dad|mum|mom|family))\b/i;
/** Such a message is a few words; a longer one says more, and is read as such. */
const WAITING_CHARS = 16;

/** "不留", "不给了": leaving something out, without naming it. */
const BARE_LEAVE_OUT = /^(?:我)?(?:就|先)?(?:不留|不给|不想留|不想给|不方便留)[了吧啊。!！\s]*$/;

/** Confirming before a choice is made: the choice is asked for first. */
const CHOICE_FIRST = '还差这一步:请先回复数字选一项。';

/** "确认预约", "对的 确认预约", "好 继续 确认预约", "确认 多谢哈", "嗯 就这样定了": confirming, said before the last choice is made. */
const CONFIRMS =
  /^(?:(?:对|是|好|行|可以|没问题|冇问题|嗯+)的?[\s,，]*)?(?:继续[\s,，]*)?(?:确认|确定|就这样定|就这么定|就这样|定了)(?:预约|登记|提交)?(?:无误|没错|没问题)?[了的吧啊哈。!！\s]*(?:(?:多谢|谢谢|谢了|感谢)[了啊哈呀。!！\s]*)?$/;

/** An answer to the gate that is neither yes nor no: what is needed first, not "没看懂". */
const GATE_MISS = '请先回复同意或不同意,同意后再接着说您的情况。';
/** The gate asked again once more than a miss or two went by: how to answer, and how to leave. */
const GATE_STILL = '还没开始登记,您说的暂时都没有保存。请回复1同意、2不同意;不想登记了说"算了"。';

function confirmStep<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, answer: Answer, raw: string): void {
  const [yes, no] = form.choices ?? [];
  if ((yes && answer.picked?.value === yes.value) || YES.test(raw)) {
    delete ctx.session.form;
    spec.submit(ctx, form);
    return;
  }
  if ((no && answer.picked?.value === no.value) || NO.test(raw)) {
    delete ctx.session.form;
    spec.decline(ctx, form);
    return;
  }
  // Details added on the summary ("电话 139…") are taken; the summary is shown again.
  if (absorb(ctx, spec, form, answer, undefined)) advance(ctx, spec, form, NOTED);
  else miss(ctx, spec, form, MISSED);
}

/** Thanks and acknowledgements ("好的 谢谢", "嗯嗯"): not an answer, but not a miss either. */
const COURTESY = new RegExp(
  String.raw`^(?:(?:好+(?:的|了吧?)?[\s,，]*){1,3}|好滴|好嘞|行|要得|嗯+|哦+|噢|谢谢(?:你们?|您|了|啦)?|谢了|谢|3q|3x|thx|tks|感恩|多谢(?:了|啦)?|感谢(?:你们?|您)?|辛苦(?:你们?|您)?了?|麻烦(?:你们?|您)?了|晓得了|知道了|收到|ok|okay|yes|yeah|good|great|cool|perfect|thanks?(?: a lot| so much)?|thank you(?: so much| very much)?|${THANKS_ABROAD})(?:[\s,，。.!！~]*(?:${THANKS_ABROAD}|谢谢(?:你们?|您)?|感谢你们?|ありがとう|arigato|谢了|多谢|感谢|(?:好|真|蛮|很)?耐心|你真好|太好了|辛苦(?:你们?|您)?了?|麻烦(?:你们?|您)?了|thanks?(?: a lot)?|thank you|thx|good|great|cool|bye|goodbye|see you|再见|拜拜|啊|哈|呀|啦|了|谢|我?等(?:你们?的?)?(?:电话|消息|回复|联系|通知)))*[\s,，。!！~]*$`,
  'i',
);

/** Details given before the gate (consent) is answered: kept with the form, and the gate asked again. */
const GATE_FIRST = '好的,先记在这里,您同意后才会保存。';

/** The engine's own lines: a detail taken, a correction made, an acknowledgement, a reply not understood. */
const NOTED = '好的,已记下。';
const CHANGED = '好的,已改。';
const OK = '好的。';
const NOT_SUBMITTED = '不客气。还没提交,再几步就好:';
const LEFT_OUT = '好的,这一项可以不留。';
const WAITING = '好的,不急。还没提交,问好了接着回复就行(不想继续了说"算了"):';
const MISSED = '没看懂这个回复。';

/** The engine's own lines in English (a form's prompts are its own), by their Chinese wording. */
const ENGINE_EN: Record<string, string> = {
  [NOTED]: 'OK, noted.',
  [CHANGED]: 'OK, changed.',
  [OK]: 'OK.',
  [NOT_SUBMITTED]: "You're welcome. It is not submitted yet; a few more steps:",
  [LEFT_OUT]: 'OK, you can leave that out.',
  [WAITING]: 'OK, take your time. Nothing is submitted yet; reply when you are ready (say "cancel" to stop):',
  [MISSED]: "Sorry, I didn't understand that reply.",
  [CHOICE_FIRST]: 'One step first: please reply with the number of an option.',
  [GATE_MISS]: 'Please answer agree or disagree first; then go on.',
  [GATE_STILL]: 'Nothing is registered or kept yet. Reply 1 to agree or 2 to disagree; say "cancel" to stop.',
  [GATE_FIRST]: 'OK, kept here for now; it is saved only once you agree.',
};

/** Words changing a value already given ("改到礼拜四上午", "换成线下"). */
const CHANGE =
  /改到|改成|改为|改在|换到|换成|换在|调到|挪到|推到|推迟到|提前到|(?:改|换)(?:用|做)?(?=视频|线上|线下|电话|当面)|还是(?:约|用|走|搞)?(?=视频|线上|线下|电话|当面)|^(?:那|我想|我要|能不能|帮我)?(?:改|换|调)(?:个|一下|下)?时间|时间(?:改|换|调)(?:一下|下)?/;

/**
 * A change of something already given, worded as a change and naming a new value a slot can read ("能不能改到礼拜四
 * 上午" after "下个礼拜二下午"), or shifting what a slot holds ("推迟两天"): that slot is cleared and takes the new
 * value. Nothing changes past a gate.
 */
function change<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, answer: Answer): boolean {
  const current = spec.slots.find((s) => s.name === form.step);
  if (current?.gate) return false;
  // "推迟两天" once the time is chosen: relative to what is held, so read before the slot is cleared.
  for (const slot of spec.slots) {
    if (!slot.shift || !applies(slot, form.values) || !isFilled(slot, form.values)) continue;
    const shifted = slot.shift(ctx, form, answer);
    if (!shifted) continue;
    clearSlot(slot, form.values);
    Object.assign(form.values, shifted);
    form.skipped = form.skipped.filter((s) => s !== slot.name);
    return true;
  }
  if (!CHANGE.test(answer.raw)) return false;
  for (const slot of spec.slots) {
    if (!slot.extract || !applies(slot, form.values) || !isFilledOrGiven(slot, form)) continue;
    const cleared: FormState<V> = { ...form, values: structuredClone(form.values) };
    clearSlot(slot, cleared.values);
    const found = slot.extract(ctx, answer, cleared);
    if (!found || !Object.keys(found).length) continue;
    clearSlot(slot, form.values);
    Object.assign(form.values, found);
    form.skipped = form.skipped.filter((s) => s !== slot.name);
    return true;
  }
  return false;
}

/** What follows a label asks instead of giving ("项目是不是…", "公司叫什么都行吗"). */
const ASKS_FIRST = /^(?:不是|否|什么|啥|么|哪|多少|几|怎么|咋|如何|要不要|能不能|可不可以|需不需要|有没有)/;

/**
 * An answer labelled with another step's name ("项目就是…", "公司叫…", "电话是…" while something else is asked): that
 * step reads what follows the label, replacing what it held. Nothing is taken past a gate.
 */
function labelled<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, answer: Answer): boolean {
  const current = spec.slots.find((s) => s.name === form.step);
  if (!current || current.gate) return false;
  for (const slot of spec.slots) {
    if (slot === current || !slot.named || !applies(slot, form.values)) continue;
    const label = new RegExp(
      `^(?:我的?|我们的?|我们家的?)?(?:${namedBy(slot, form.values).source})(?:名称|名字)?\\s*(?:就是|是|叫|为|[:：])\\s*`,
    );
    const m = label.exec(answer.raw);
    const rest = m && answer.raw.slice(m[0].length).trim();
    // ("项目是不是能贷款" asks; it labels nothing. "主题就是跨境电商起步，以及能享受哪些政策" says what to talk about.)
    if (!rest || (soundsLikeQuestion(answer.raw) && !(m[0].includes('就是') && !ASKS_FIRST.test(rest)))) continue;
    const cleared: FormState<V> = { ...form, step: slot.name, values: structuredClone(form.values) };
    clearSlot(slot, cleared.values);
    const reading = slot.read(ctx, cleared, { raw: rest, text: ctx.deps.analyzer.normalize(rest) });
    if (typeof reading !== 'object' || !('set' in reading)) continue;
    clearSlot(slot, form.values);
    Object.assign(form.values, reading.set);
    form.skipped = form.skipped.filter((s) => s !== slot.name);
    form.defaulted = form.defaulted?.filter((s) => s !== slot.name);
    return true;
  }
  return false;
}

/** The message gives again, unchanged, what another slot already holds. */
function restates<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, answer: Answer, current: SlotSpec<V>): boolean {
  return spec.slots.some((s) => {
    if (s === current || !s.extract || !applies(s, form.values) || !isFilled(s, form.values)) return false;
    const found = s.extract(ctx, answer, form);
    const held = form.values as Record<string, unknown>;
    return (
      Boolean(found && Object.keys(found).length) && Object.entries(found!).every(([k, v]) => JSON.stringify(held[k]) === JSON.stringify(v))
    );
  });
}

/** A slot with its value, or one whose extract already took something (the wished time before a slot is picked). */
function isFilledOrGiven<V extends object>(slot: SlotSpec<V>, form: FormState<V>): boolean {
  if (isFilled(slot, form.values)) return true;
  const cleared = structuredClone(form.values);
  clearSlot(slot, cleared);
  return JSON.stringify(cleared) !== JSON.stringify(form.values);
}

function clearSlot<V extends object>(slot: SlotSpec<V>, values: Partial<V>): void {
  if (slot.clear) slot.clear(values);
  else delete (values as Record<string, unknown>)[slot.name];
}

/** Thanks while the form waits ("好的 谢谢"): a courtesy turn, answered with the question again. */
function courtesy<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>): void {
  ctx.intent = 'greet';
  // Thanks may be meant as the end ("谢谢了" once the phone is given): nothing is kept before the form is submitted.
  ask(ctx, spec, form, NOT_SUBMITTED);
}

/** Thanks as written or as normalised ("謝謝 辛苦了"). */
const thanks = (ctx: Context, words: RegExp): boolean => words.test(ctx.analysis.raw.trim()) || words.test(ctx.analysis.text.trim());

/** A few words ending in thanks ("那我等着 谢谢", "好 辛苦你了 谢谢"). */
const THANKS_AFTER_A_FEW_WORDS = /^[^\d]{0,16}(?:谢谢|谢了|谢啦|多谢|感谢|thanks|thank you|thx)[了啊哈呀你您宝亲哦啦喔噢。!！~\s]*$/i;

/** Thanks first, then a remark that answers nothing ("谢谢 效率还行", "好 谢谢 武汉今天热死了"). */
const THANKS_FIRST = /^(?:(?:好的?|行|嗯+|ok|okay)[\s,，]*)?(?:太|非常|真是?)?(?:谢谢|谢了|谢啦|多谢|感谢|thanks|thank you|thx)/i;

/**
 * A reply that only thanks, however it is put: a courtesy, thanks first then a remark, or a few words ending in thanks
 * ("确认 多谢哈" confirms, and is told the choice comes first). ("这回莫放我鸽子了啊 谢了" at a summary: thanks.)
 */
const thanksOnly = (ctx: Context): boolean =>
  thanks(ctx, COURTESY) || thanks(ctx, THANKS_FIRST) || (!CONFIRM_WORDS.test(ctx.analysis.raw) && thanks(ctx, THANKS_AFTER_A_FEW_WORDS));

/** Words of confirming anywhere in a message ("信息都对的，确认预约，非常感谢！"): not thanks only. */
const CONFIRM_WORDS = /确认|确定|就这样定|就这么定|定了|\bconfirm/i;

function miss<V extends object>(ctx: Context, spec: FormSpec<V>, form: FormState<V>, why: string): void {
  if (thanksOnly(ctx)) {
    courtesy(ctx, spec, form);
    return;
  }
  // At the consent question nothing is kept yet, and nothing is lost by asking again: the form is not ended there
  // ("Tea processing, mostly green tea", "Jason Liu" before "agree"); "算了" still leaves it.
  const atGate = spec.slots.find((s) => s.name === form.step)?.gate;
  if (atGate && form.misses >= MAX_MISSES - 1) {
    ask(ctx, spec, form, GATE_STILL);
    return;
  }
  form.misses += 1;
  if (form.misses >= MAX_MISSES) {
    delete ctx.session.form;
    ctx.reply(spec.giveUp(ctx, form));
    return;
  }
  ask(ctx, spec, form, why);
}
