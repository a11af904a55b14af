import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { isLeaving, pickLoosely } from '../dialogue/form-turn.ts';
import { checkNotice, type Draft } from '../notices/compose.ts';
import { NOTICE_MAX_CHARS } from '../notices/service.ts';
import { interestIn } from './notice-subscribe.ts';
import { senderStaff } from './staff.ts';

export type NoticeStep = 'text' | 'audience' | 'when' | 'confirm';

/** A notice being composed in chat by an operator or admin (`/notice`). */
export interface NoticeForm {
  kind: 'notice';
  step: NoticeStep;
  draft: Omit<Draft, 'author'>;
  misses: number;
  choices?: Choice[];
}

const LEAVE = /^(取消|算了|不发了|退出|cancel|quit)[了吧。!！]*$/i;
const MAX_MISSES = 3;
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

/** `/notice`: starts composing, for station operators and admins only. */
export function startNotice(ctx: Context): void {
  ctx.intent = 'notice.subscribe';
  const staff = senderStaff(ctx);
  if (!staff) return;
  if (staff.role !== 'admin' && staff.role !== 'operator') {
    ctx.reply('只有联络站运营和管理员可以发活动通知。');
    return;
  }
  const form: NoticeForm = { kind: 'notice', step: 'text', draft: { text: '' }, misses: 0 };
  ctx.session.form = form;
  ctx.reply(`请发送通知内容(${NOTICE_MAX_CHARS}字以内,每条通知末尾会自动加上退订方法)。随时回复"取消"可退出。`);
}

function ask(ctx: Context, form: NoticeForm, lead = ''): void {
  const prefix = lead ? `${lead}\n` : '';
  const staff = ctx.deps.staff.of(ctx.person)!;
  if (form.step === 'audience') {
    form.choices = staff.role === 'operator' ? [OWN] : [ALL];
    ctx.reply(`${prefix}发给谁?${staff.role === 'operator' ? '' : '也可以直接回复地区或县市区,如"上海""长三角""洪湖"。'}`, form.choices);
  } else if (form.step === 'when') {
    form.choices = WHEN_CHOICES;
    ctx.reply(
      `${prefix}什么时候发?也可以回复时间,如"2026-12-12 10:00";定期发送回复"定时 0 10 * * 1"(每周一10点)。晚上10点到早上8点不发普通通知。`,
      form.choices,
    );
  } else if (form.step === 'confirm') {
    const checked = check(ctx, form);
    if (!checked.ok) return;
    form.choices = CONFIRM_CHOICES;
    const when = form.draft.cron
      ? `定时 ${form.draft.cron}(北京时间)`
      : form.draft.at
        ? form.draft.at
        : form.draft.urgent
          ? '现在(紧急)'
          : '现在';
    const scope = [form.draft.region, form.draft.county].filter(Boolean).join('、') || (staff.role === 'operator' ? '本站地区' : '全部');
    ctx.reply(
      `${prefix}预览:\n——\n${form.draft.text}\n——\n范围:${scope},共 ${checked.recipients} 人;时间:${when}。确认发送吗?`,
      form.choices,
    );
  }
}

function check(ctx: Context, form: NoticeForm) {
  const staff = ctx.deps.staff.of(ctx.person)!;
  const checked = checkNotice(
    { ...form.draft, author: ctx.person },
    { stations: ctx.deps.stations, subscriptions: ctx.deps.subscriptions, now: ctx.deps.now(), staff },
  );
  if (!checked.ok) {
    delete ctx.session.form;
    ctx.reply(`${checked.error}\n通知没有发送。需要时重新发送 /notice。`);
  }
  return checked;
}

/** One answer to the notice form. */
export async function continueNotice(ctx: Context, form: NoticeForm): Promise<void> {
  ctx.intent = 'notice.subscribe';
  const raw = ctx.analysis.raw.trim();
  // The notice's own text may say "取消" or "算了"; only the later steps read leaving in free word order.
  if (LEAVE.test(raw) || (form.step !== 'text' && isLeaving(raw))) {
    delete ctx.session.form;
    ctx.reply('好的,通知没有发送。');
    return;
  }
  const picked = pickLoosely(raw, form.choices);
  const miss = (why: string) => {
    form.misses++;
    if (form.misses >= MAX_MISSES) {
      delete ctx.session.form;
      ctx.reply(`${why}\n多次没能识别,先退出了。需要时重新发送 /notice。`);
      return;
    }
    ask(ctx, form, why);
  };

  switch (form.step) {
    case 'text':
      if (!raw) return miss('通知内容是空的,请发送要通知的文字。');
      form.draft.text = raw;
      break;
    case 'audience': {
      if (picked) break;
      const interest = interestIn(raw);
      if (!interest.region && !interest.county) return miss('没认出这个范围。');
      if (interest.region) form.draft.region = interest.region;
      if (interest.county) form.draft.county = interest.county;
      break;
    }
    case 'when': {
      if (picked?.value === 'notice:when:urgent') form.draft.urgent = true;
      else if (!picked) {
        const cronExpr = /^(?:定时|cron)\s*(.+)$/i.exec(raw)?.[1];
        if (cronExpr) form.draft.cron = cronExpr.trim();
        else if (/^\d{4}-\d{1,2}-\d{1,2}/.test(raw)) form.draft.at = raw;
        else return miss('没认出时间。');
      }
      break;
    }
    case 'confirm': {
      if (picked?.value === 'notice:confirm:no' || /^(不|否|no)/i.test(raw)) {
        delete ctx.session.form;
        ctx.reply('好的,通知没有发送。');
        return;
      }
      if (picked?.value !== 'notice:confirm:yes' && !/^(确认|发送|是|好|yes|ok)/i.test(raw)) return miss('请回复 1 确认发送,或 2 不发了。');
      const checked = check(ctx, form);
      if (!checked.ok) return;
      delete ctx.session.form;
      const notice = ctx.deps.notices.create(checked.notice, ctx.deps.now());
      ctx.deps.noticeCreated(notice);
      const when = notice.cron
        ? `按"${notice.cron}"定时发送`
        : notice.sendAt! > ctx.deps.now().getTime() + 60_000
          ? `将在${formatSlot(notice.sendAt!)}发送`
          : '正在发送';
      ctx.reply(`通知 #${notice.id} 已保存,${when},共 ${checked.recipients} 人。发完后会把结果发给您。取消:/notice 取消 ${notice.id}`);
      return;
    }
  }
  form.misses = 0;
  const order: NoticeStep[] = ['text', 'audience', 'when', 'confirm'];
  form.step = order[order.indexOf(form.step) + 1]!;
  ask(ctx, form);
}

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
