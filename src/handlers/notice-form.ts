import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { type FormSpec, type FormState, type Prompt, type SlotSpec, startForm } from '../dialogue/form.ts';
import { isLeaving } from '../dialogue/form-turn.ts';
import { checkNotice, type Draft } from '../notices/compose.ts';
import { NOTICE_MAX_CHARS } from '../notices/service.ts';
import { interestIn } from './notice-change.ts';
import { valuesField } from '../notices/field-values.ts';
import { topicsIn } from '../notices/topics.ts';
import { senderStaff } from './staff.ts';

/** A notice being composed: the draft, and which of its questions were answered (an audience or a time may be "default"). */
export type NoticeValues = Omit<Draft, 'author'> & { audienceSet: true; whenSet: true };
export type NoticeForm = FormState<NoticeValues>;

const LEAVE = /^(取消|算了|不发了|退出|cancel|quit)[了吧。!！]*$/i;
const ALL: Choice = { label: '全部订阅用户', value: 'notice:audience:all' };
const OWN: Choice = { label: '本站订阅用户', value: 'notice:audience:own' };
const WHEN_CHOICES: Choice[] = [
  { label: '现在发送', value: 'notice:when:now' },
  { label: '紧急,现在发送(夜间也发)', value: 'notice:when:urgent' },
];
const CONFIRM_CHOICES: Choice[] = [
  { label: '确认发送', value: 'notice:confirm:yes' },
  { label: '不发了', value: 'notice:confirm:no' },
];

type Slot = SlotSpec<NoticeValues>;
const draftOf = ({ audienceSet: _a, whenSet: _w, ...draft }: Partial<NoticeValues>): Omit<Draft, 'author'> => ({
  ...draft,
  text: draft.text ?? '',
});

// The notice's own text is taken as written: it is never a correction, a side question or a source of other answers.
const text: Slot = {
  name: 'text',
  gate: true,
  ask: () => ({ text: `请发送通知内容(${NOTICE_MAX_CHARS}字以内,每条通知末尾会自动加上退订方法)。随时回复"取消"可退出。` }),
  read: (ctx) => {
    const raw = ctx.analysis.raw.trim();
    return raw ? { set: { text: raw } } : { retry: '通知内容是空的,请发送要通知的文字。' };
  },
};

const audience: Slot = {
  name: 'audience',
  named: /范围|发给|对象/,
  filled: (v) => v.audienceSet === true,
  clear: (v) => {
    delete v.audienceSet;
    delete v.region;
    delete v.county;
    delete v.topic;
  },
  ask: (ctx) => {
    const operator = ctx.deps.staff.of(ctx.person)?.role === 'operator';
    return {
      text: `发给谁?${operator ? '' : '也可以直接回复地区或县市区,如"上海""长三角""洪湖"。'}只发给订了某类活动的,加上类别,如"培训""节日"${operator ? '' : '(如"洪湖 培训")'}。`,
      choices: [operator ? OWN : ALL],
    };
  },
  plausible: (_ctx, a) => Boolean(a.picked) || Object.keys(interestIn(a.raw)).length > 0 || topicsIn(a.raw).length > 0,
  read: (_ctx, _form, a) => {
    if (a.picked) return { set: { audienceSet: true } };
    const interest = interestIn(a.raw);
    const topic = valuesField(topicsIn(a.raw));
    if (!interest.region && !interest.county && !topic) return { retry: '没认出这个范围。' };
    return {
      set: {
        audienceSet: true,
        ...(interest.region ? { region: interest.region } : {}),
        ...(interest.county ? { county: interest.county } : {}),
        ...(topic ? { topic } : {}),
      },
    };
  },
};

const CRON = /^(?:定时|cron)\s*(.+)$/i;
const AT = /^\d{4}-\d{1,2}-\d{1,2}/;

const when: Slot = {
  name: 'when',
  named: /时间|定时|什么时候发/,
  filled: (v) => v.whenSet === true,
  clear: (v) => {
    delete v.whenSet;
    delete v.urgent;
    delete v.cron;
    delete v.at;
  },
  ask: () => ({
    text: '什么时候发?也可以回复时间,如"2026-12-12 10:00";定期发送回复"定时 0 10 * * 1"(每周一10点)。晚上10点到早上8点不发普通通知。',
    choices: WHEN_CHOICES,
  }),
  plausible: (_ctx, a) => Boolean(a.picked) || CRON.test(a.raw) || AT.test(a.raw),
  read: (_ctx, _form, a) => {
    if (a.picked?.value === 'notice:when:urgent') return { set: { whenSet: true, urgent: true } };
    if (a.picked) return { set: { whenSet: true } };
    const cron = CRON.exec(a.raw)?.[1];
    if (cron) return { set: { whenSet: true, cron: cron.trim() } };
    if (AT.test(a.raw)) return { set: { whenSet: true, at: a.raw } };
    return { retry: '没认出时间。' };
  },
};

function check(ctx: Context, form: NoticeForm) {
  const staff = ctx.deps.staff.of(ctx.person)!;
  const checked = checkNotice(
    { ...draftOf(form.values), author: ctx.person },
    { stations: ctx.deps.stations, subscriptions: ctx.deps.subscriptions, now: ctx.deps.now(), staff },
  );
  if (!checked.ok) {
    delete ctx.session.form;
    ctx.reply(`${checked.error}\n通知没有发送。需要时重新发送 /notice。`);
  }
  return checked;
}

function preview(ctx: Context, form: NoticeForm): Prompt | 'ended' {
  const checked = check(ctx, form);
  if (!checked.ok) return 'ended';
  const draft = draftOf(form.values);
  const operator = ctx.deps.staff.of(ctx.person)?.role === 'operator';
  const at = draft.cron ? `定时 ${draft.cron}(北京时间)` : draft.at ? draft.at : draft.urgent ? '现在(紧急)' : '现在';
  const scope = [draft.region, draft.county].filter(Boolean).join('、') || (operator ? '本站地区' : '全部');
  const kinds = draft.topic ? `(${draft.topic}类,及没选类别的订阅用户)` : '';
  return {
    text: `预览:\n——\n${draft.text}\n——\n范围:${scope}${kinds},共 ${checked.recipients} 人;时间:${at}。确认发送吗?`,
    choices: CONFIRM_CHOICES,
  };
}

function send(ctx: Context, form: NoticeForm): void {
  const checked = check(ctx, form);
  if (!checked.ok) return;
  const notice = ctx.deps.notices.create(checked.notice, ctx.deps.now());
  ctx.deps.noticeCreated(notice);
  const at = notice.cron
    ? `按"${notice.cron}"定时发送`
    : notice.sendAt! > ctx.deps.now().getTime() + 60_000
      ? `将在${formatSlot(notice.sendAt!)}发送`
      : '正在发送';
  ctx.reply(`通知 #${notice.id} 已保存,${at},共 ${checked.recipients} 人。发完后会把结果发给您。取消:/notice 取消 ${notice.id}`);
}

const NOT_SENT = '好的,通知没有发送。';

/** Composing a notice in chat (`/notice`): its text, audience and time, a preview with the count of recipients, sending. */
export const NOTICE_FORM: FormSpec<NoticeValues> = {
  kind: 'notice',
  intent: 'notice.subscribe',
  slots: [text, audience, when],
  resume: '——继续刚才的通知——',
  confirm: preview,
  submit: send,
  leave: (ctx) => {
    ctx.reply(NOT_SENT);
    return undefined;
  },
  decline: (ctx) => ctx.reply(NOT_SENT),
  giveUp: () => '多次没能识别,先退出了。需要时重新发送 /notice。',
  // The notice's own text may say "取消" or "算了"; only the later steps read leaving in free word order.
  leaving: (raw, form) => LEAVE.test(raw) || (form.step !== 'text' && isLeaving(raw)),
  asides: (form) => form.step !== 'text',
};

/** `/notice`: starts composing, for station operators and admins only. */
export function startNotice(ctx: Context): void {
  ctx.intent = 'notice.subscribe';
  const staff = senderStaff(ctx);
  if (!staff) return;
  if (staff.role !== 'admin' && staff.role !== 'operator') {
    ctx.reply('只有联络站运营和管理员可以发活动通知。');
    return;
  }
  startForm(ctx, NOTICE_FORM, {}, false);
}
