import type { Context } from '../core/context.ts';
import type { Choice, Recipient } from '../core/message.ts';
import { ticketId, ticketRef, type Ticket } from '../handoff/tickets.ts';
import type { Handler } from './handler.ts';
import { contacts } from './handler.ts';
import { senderStaff } from './staff.ts';

/** Staff who take hand-offs: admins first; the operators of liaison stations too. */
function onDuty(ctx: Context): Recipient[] {
  return ctx.deps.staff
    .all()
    .filter((s) => s.role === 'admin' || s.role === 'operator')
    .map((s) => ctx.deps.booking.reach(s.person))
    .filter((r): r is Recipient => !!r);
}

function ticketCard(t: Ticket): string {
  const lines = t.transcript.slice(-6).map((x) => `用户:${x.u.slice(0, 80)}${x.b ? `\n  机器人:${x.b.slice(0, 40)}` : ''}`);
  return [`【人工工单 ${ticketRef(t.id)}】最近的对话:`, ...lines, `回复用户:/reply ${ticketRef(t.id)} 回复内容;结束:/close ${ticketRef(t.id)}`].join('\n');
}

/** Opens a ticket carrying the recent conversation; on-duty staff get it at once and answer with /reply. */
export const handoffHuman: Handler = (ctx) => {
  const { tickets, now } = ctx.deps;
  const recent = [...(ctx.session.recent ?? []), { u: ctx.inbound.text.slice(0, 200), b: '' }];
  const ticket =
    tickets.openOf(ctx.person) ??
    tickets.open({ person: ctx.person, platform: ctx.inbound.platform, userId: ctx.inbound.userId, chatId: ctx.inbound.chatId }, recent, now().getTime());
  const staff = onDuty(ctx);
  for (const to of staff) ctx.notify(to, ticketCard(ticket));
  ctx.reply(
    [
      `已为您转人工(工单 ${ticketRef(ticket.id)})。`,
      staff.length ? '工作人员会在这里回复您。' : '值班人员上线后会在这里回复您。',
      `着急的话也可以直接联系${contacts(ctx)}。`,
    ].join('\n'),
  );
};

const RATE: Choice[] = [
  { label: '满意', value: 'ticket:rate:good' },
  { label: '不满意', value: 'ticket:rate:bad' },
];

/** /reply T000123 text: a staff member answers a ticket; the user gets it here and can rate it. */
export function staffReply(ctx: Context, args: string): void {
  const staff = senderStaff(ctx);
  if (!staff) return;
  const [ref = '', ...words] = args.trim().split(/\s+/);
  const id = ticketId(ref);
  const ticket = id === undefined ? undefined : ctx.deps.tickets.get(id);
  const text = words.join(' ').trim();
  if (!ticket) {
    ctx.reply(`没有工单 ${ref || '(空)'}。用法:/reply 工单号 回复内容`);
    return;
  }
  if (!text) {
    ctx.reply(`回复内容不能为空。用法:/reply ${ticketRef(ticket.id)} 回复内容`);
    return;
  }
  if (ticket.status !== 'open') {
    ctx.reply(`工单 ${ticketRef(ticket.id)} 已结束。`);
    return;
  }
  ctx.deps.tickets.answered(ticket.id, staff.person, ctx.deps.now().getTime());
  const user: Recipient = { platform: ticket.platform, userId: ticket.userId, chatId: ticket.chatId };
  const choices = RATE.map((c) => ({ ...c, value: `${c.value}:${ticketRef(ticket.id)}` }));
  ctx.notify(user, `工作人员${staff.name}回复(工单 ${ticketRef(ticket.id)}):\n${text.slice(0, 1000)}\n您可以直接在这里继续说;对这次服务满意吗?`, choices);
  const state = ctx.deps.sessions.load(ticket.person);
  state.pending = { kind: 'choose-action', choices, asked: '' };
  ctx.deps.sessions.save(ticket.person, state, ctx.deps.now());
  ctx.reply(`已转给用户(工单 ${ticketRef(ticket.id)})。`);
}

/** /close T000123: the ticket is done; the user is told. */
export function staffClose(ctx: Context, args: string): void {
  const staff = senderStaff(ctx);
  if (!staff) return;
  const id = ticketId(args);
  const ticket = id === undefined ? undefined : ctx.deps.tickets.get(id);
  if (!ticket || !ctx.deps.tickets.close(ticket.id, ctx.deps.now().getTime())) {
    ctx.reply(`没有工单 ${args.trim() || '(空)'}。`);
    return;
  }
  ctx.notify({ platform: ticket.platform, userId: ticket.userId, chatId: ticket.chatId }, `工单 ${ticketRef(ticket.id)} 已结束。还有问题随时问我,或再说"转人工"。`);
  ctx.reply(`工单 ${ticketRef(ticket.id)} 已结束。`);
}

/** A user's rating of a staff answer. */
export function rateTicket(ctx: Context, rating: 'good' | 'bad', ref: string): void {
  const id = ticketId(ref);
  const ticket = id === undefined ? undefined : ctx.deps.tickets.get(id);
  if (!ticket || ticket.person !== ctx.person) {
    ctx.reply('没有找到这个工单。');
    return;
  }
  ctx.deps.tickets.rate(ticket.id, rating);
  ctx.reply(rating === 'good' ? '谢谢您的评价!' : '抱歉没能帮上忙,我们会改进。还可以继续在这里说明情况。');
}

/** While a ticket is open and a staff member has answered, what the user says also reaches that staff member. */
export function relayToStaff(ctx: Context): void {
  const ticket = ctx.deps.tickets.openOf(ctx.person);
  if (!ticket?.staff || ctx.intent === 'handoff.human') return;
  const to = ctx.deps.booking.reach(ticket.staff);
  if (to) ctx.notify(to, `[${ticketRef(ticket.id)} 用户] ${ctx.inbound.text.slice(0, 500)}`);
}
