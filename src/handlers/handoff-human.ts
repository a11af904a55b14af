import type { Context } from '../core/context.ts';
import type { Middleware } from '../core/compose.ts';
import { type Intent, REQUEST_INTENTS } from '../intent/intents.ts';
import { HANDOFF_WITHDRAWN, INTENT_RULES, RULE_NAMES } from '../intent/rules.ts';
import { classify, NEAREST } from '../intent/classify.ts';
import { soundsLikeQuestion } from '../dialogue/question.ts';
import { maskPersonal } from '../core/logger.ts';
import { extractPhone } from '../dialogue/extract.ts';
import type { Choice, Recipient } from '../core/message.ts';
import { ticketAbout, ticketId, ticketRef, type Ticket } from '../handoff/tickets.ts';
import type { StaffMember } from '../leads/staff.ts';
import type { Handler } from './handler.ts';
import { contacts, contactsEn } from './handler.ts';
import { senderStaff } from './staff.ts';

/**
 * Who handles hand-off tickets: admins only. A ticket carries what any user said, on any topic, so it goes to the
 * fewest people who can answer it; station operators and county offices do not get them (the privacy text says so).
 */
const handlesTickets = (staff: StaffMember | undefined): staff is StaffMember => staff?.role === 'admin';

/** The staff member holding a ticket, while they still may (a revoked or demoted holder holds nothing). */
function holderOf(ctx: Context, ticket: Ticket): StaffMember | undefined {
  const staff = ticket.staff ? ctx.deps.staff.of(ticket.staff) : undefined;
  return handlesTickets(staff) ? staff : undefined;
}

/** Where each ticket handler can be reached now. */
function onDuty(ctx: Context): Recipient[] {
  return ctx.deps.staff
    .all()
    .filter(handlesTickets)
    .map((s) => ctx.deps.booking.reach(s.person))
    .filter((r): r is Recipient => !!r);
}

/** The recent conversation for staff, phone and ID numbers masked (as stored; masked again for older rows). */
function ticketCard(t: Ticket): string {
  const lines = t.transcript.slice(-6).map((x) => `用户:${maskPersonal(x.u).slice(0, 80)}${x.b ? `\n  机器人:${x.b.slice(0, 40)}` : ''}`);
  const ref = ticketRef(t.id);
  return [
    `【人工工单 ${ref}】最近的对话:`,
    ...lines,
    `接手:/claim ${ref};回复用户(同时接手):/reply ${ref} 回复内容;结束:/close ${ref}`,
  ].join('\n');
}

/** Opens a ticket carrying the recent conversation; admins get it at once (its holder only, once claimed). */
export const handoffHuman: Handler = (ctx) => {
  const { tickets, now } = ctx.deps;
  const waiting = tickets.openOf(ctx.person);
  if (waiting) {
    relayText(ctx, waiting);
    ctx.reply(ticketStatus(ctx, waiting));
    return;
  }
  const recent = [...(ctx.session.recent ?? []), { u: ctx.inbound.text.slice(0, 200), b: '' }];
  const ticket = tickets.open(
    { person: ctx.person, platform: ctx.inbound.platform, userId: ctx.inbound.userId, chatId: ctx.inbound.chatId },
    recent,
    now().getTime(),
  );
  const holder = holderOf(ctx, ticket);
  const held = holder && ctx.deps.booking.reach(holder.person);
  const staff = held ? [held] : onDuty(ctx);
  for (const to of staff) ctx.notify(to, ticketCard(ticket));
  if (ctx.language === 'en') {
    ctx.reply(
      [
        `I have passed you to our staff (ticket ${ticketRef(ticket.id)}).`,
        staff.length
          ? 'A staff member will reply here (in Chinese, as staff write).'
          : 'The staff on duty will reply here once online (in Chinese, as staff write).',
        `If it is urgent, you can also contact ${contactsEn(ctx)}.`,
      ].join('\n'),
    );
    return;
  }
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

/** The sender if they handle tickets, or a polite refusal (bound staff of other roles are told who does). */
function ticketStaff(ctx: Context): StaffMember | undefined {
  const staff = senderStaff(ctx);
  if (!staff) return undefined;
  if (handlesTickets(staff)) return staff;
  ctx.reply('人工工单由管理员处理。');
  return undefined;
}

/** The open ticket `ref`, or a reply saying why not. */
function openTicket(ctx: Context, ref: string, usage: string): Ticket | undefined {
  const id = ticketId(ref);
  const ticket = id === undefined ? undefined : ctx.deps.tickets.get(id);
  if (!ticket) {
    ctx.reply(`没有工单 ${ref || '(空)'}。用法:${usage}`);
    return undefined;
  }
  if (ticket.status !== 'open') {
    ctx.reply(`工单 ${ticketRef(ticket.id)} 已结束。`);
    return undefined;
  }
  return ticket;
}

/**
 * Makes `staff` the holder of an open ticket: an unclaimed one (or one whose holder may no longer handle tickets)
 * is claimed; one held by someone else is refused. False after a refusal, which has been replied.
 */
function holdTicket(ctx: Context, staff: StaffMember, ticket: Ticket): boolean {
  const holder = holderOf(ctx, ticket);
  if (holder?.person === staff.person) return true;
  const ref = ticketRef(ticket.id);
  if (holder) {
    ctx.reply(`工单 ${ref} 已由${holder.name}处理,您不能回复或结束它。确需接手请发送 /claim ${ref} 接手(${holder.name}会收到通知)。`);
    return false;
  }
  if (ctx.deps.tickets.claim(ticket.id, staff.person, ticket.staff, ctx.deps.now().getTime())) return true;
  ctx.reply(`工单 ${ref} 刚被其他工作人员接手。`);
  return false;
}

/** /claim T000123 [接手]: an admin claims a ticket before answering it, or takes over another admin's, who is told. */
export function staffClaim(ctx: Context, args: string): void {
  const staff = ticketStaff(ctx);
  if (!staff) return;
  const [ref = '', ...rest] = args.trim().split(/\s+/);
  const ticket = openTicket(ctx, ref, '/claim 工单号');
  if (!ticket) return;
  const tref = ticketRef(ticket.id);
  const holder = holderOf(ctx, ticket);
  if (holder?.person === staff.person) {
    ctx.reply(`工单 ${tref} 已经由您处理。回复用户:/reply ${tref} 内容`);
    return;
  }
  if (holder && rest.join('') === '接手') {
    if (!ctx.deps.tickets.claim(ticket.id, staff.person, holder.person, ctx.deps.now().getTime())) {
      ctx.reply(`工单 ${tref} 刚有变化,请再试一次。`);
      return;
    }
    const was = ctx.deps.booking.reach(holder.person);
    if (was) ctx.notify(was, `工单 ${tref} 已由${staff.name}接手,之后用户的消息不再转给您。`);
    ctx.deps.audit('ticket.takeover', { ticket: tref });
    ctx.reply(`已接手工单 ${tref}(原由${holder.name}处理,已通知)。回复用户:/reply ${tref} 内容`);
    return;
  }
  if (!holdTicket(ctx, staff, ticket)) return;
  ctx.reply(`已接手工单 ${tref}。用户接下来说的话会转给您;回复用户:/reply ${tref} 内容;结束:/close ${tref}`);
}

/** How many open tickets /tickets lists (the oldest first); the total is said besides. */
const TICKETS_LISTED = 15;
/** How much of the user's last words a ticket's line shows. */
const LAST_WORDS_CHARS = 30;

/** "35分钟", "3小时20分钟", "2天": how long a ticket has waited. */
function waited(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes}分钟`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}小时${minutes % 60 ? `${minutes % 60}分钟` : ''}`;
  return `${Math.floor(minutes / (24 * 60))}天`;
}

/**
 * /tickets: the open hand-off tickets, oldest first: how long each has waited, who holds it, and the user's words
 * that opened it (phone and ID numbers masked, as in the ticket).
 */
export function staffTickets(ctx: Context): void {
  const staff = ticketStaff(ctx);
  if (!staff) return;
  const { tickets, total } = ctx.deps.tickets.listOpen(TICKETS_LISTED);
  if (!tickets.length) {
    ctx.reply('目前没有待处理的人工工单。');
    return;
  }
  const now = ctx.deps.now().getTime();
  const lines = tickets.map((t) => {
    const holder = holderOf(ctx, t);
    const words = ticketAbout(t);
    const said = words ? `:${[...words].length > LAST_WORDS_CHARS ? `${[...words].slice(0, LAST_WORDS_CHARS).join('')}…` : words}` : '';
    return `· ${ticketRef(t.id)} 已等${waited(now - t.createdAt)},${holder ? (holder.person === staff.person ? '您在处理' : `${holder.name}在处理`) : '未接手'}${said}`;
  });
  ctx.reply(
    [
      `待处理的人工工单 ${total} 个${total > tickets.length ? `(列出最早的 ${tickets.length} 个)` : ''}:`,
      ...lines,
      '接手:/claim 工单号;回复:/reply 工单号 内容;结束:/close 工单号',
    ].join('\n'),
  );
}

/** /reply T000123 text: the ticket's holder (or the first to reply, who claims it) answers; the user can rate it. */
export function staffReply(ctx: Context, args: string): void {
  const staff = ticketStaff(ctx);
  if (!staff) return;
  const [ref = '', ...words] = args.trim().split(/\s+/);
  const ticket = openTicket(ctx, ref, '/reply 工单号 回复内容');
  if (!ticket) return;
  const text = words.join(' ').trim();
  if (!text) {
    ctx.reply(`回复内容不能为空。用法:/reply ${ticketRef(ticket.id)} 回复内容`);
    return;
  }
  if (!holdTicket(ctx, staff, ticket)) return;
  ctx.deps.tickets.answered(ticket.id, ctx.deps.now().getTime());
  const user: Recipient = { platform: ticket.platform, userId: ticket.userId, chatId: ticket.chatId };
  const choices = RATE.map((c) => ({ ...c, value: `${c.value}:${ticketRef(ticket.id)}` }));
  ctx.notify(
    user,
    `工作人员${staff.name}回复(工单 ${ticketRef(ticket.id)}):\n${text.slice(0, 1000)}\n您可以直接在这里继续说;对这次服务满意吗?`,
    choices,
  );
  const state = ctx.deps.sessions.load(ticket.person);
  state.pending = { kind: 'choose-action', choices, asked: '' };
  ctx.deps.sessions.save(ticket.person, state, ctx.deps.now());
  ctx.reply(`已转给用户(工单 ${ticketRef(ticket.id)})。`);
}

/** /close T000123: the ticket's holder (or any ticket handler, while unclaimed) ends it; the user is told. */
export function staffClose(ctx: Context, args: string): void {
  const staff = ticketStaff(ctx);
  if (!staff) return;
  const ticket = openTicket(ctx, args.trim(), '/close 工单号');
  if (!ticket || !holdTicket(ctx, staff, ticket)) return;
  if (!ctx.deps.tickets.close(ticket.id, ctx.deps.now().getTime())) {
    ctx.reply(`没有工单 ${args.trim() || '(空)'}。`);
    return;
  }
  ctx.notify(
    { platform: ticket.platform, userId: ticket.userId, chatId: ticket.chatId },
    `工单 ${ticketRef(ticket.id)} 已结束。还有问题随时问我,或再说"转人工"。`,
  );
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
  if (ctx.language === 'en')
    ctx.reply(
      rating === 'good' ? 'Thank you for your rating!' : 'Sorry we could not help; we will do better. You can go on explaining here.',
    );
  else ctx.reply(rating === 'good' ? '谢谢您的评价!' : '抱歉没能帮上忙,我们会改进。还可以继续在这里说明情况。');
}

/**
 * Turns whose text is not relayed: the hand-off itself, lead form answers (they go to staff as a lead, under its
 * consent), a deletion request, and commands to the bot (`/link CODE` carries a secret).
 */
const NOT_RELAYED = new Set(['handoff.human', 'lead.register', 'privacy.delete']);
const COMMAND = /^\s*\//;

/**
 * While a ticket is open, what the user says reaches staff: whole to the staff member holding the ticket (the user is
 * talking to them), and with phone and ID numbers masked to the ticket handlers while nobody holds it.
 */
export function relayToStaff(ctx: Context): void {
  if (NOT_RELAYED.has(ctx.intent) || COMMAND.test(ctx.inbound.text)) return;
  const ticket = ctx.deps.tickets.openOf(ctx.person);
  if (ticket) relayText(ctx, ticket);
}

/** Passes what the user just said to whoever handles their open ticket. */
function relayText(ctx: Context, ticket: Ticket): void {
  const ref = ticketRef(ticket.id);
  const holder = holderOf(ctx, ticket);
  if (holder) {
    const to = ctx.deps.booking.reach(holder.person);
    if (to) ctx.notify(to, `[${ref} 用户] ${ctx.inbound.text.slice(0, 500)}`);
    return;
  }
  // Masked before cutting, so that a number at the cut is not half shown.
  const masked = maskPersonal(ctx.inbound.text).slice(0, 500);
  for (const to of onDuty(ctx)) ctx.notify(to, `[${ref} 用户] ${masked}\n(尚无人接手:/claim ${ref})`);
}

/** Where the user's open ticket stands: its number, how long they have waited, who has it. Promises no time. */
function ticketStatus(ctx: Context, ticket: Ticket): string {
  const minutes = Math.max(0, Math.round((ctx.inbound.time.getTime() - ticket.createdAt) / 60_000));
  const holder = holderOf(ctx, ticket);
  if (ctx.language === 'en')
    return [
      `Passed to our staff (ticket ${ticketRef(ticket.id)}), waiting ${minutes} min; ${holder ? `${holder.name} is on it, and ` : ''}what you just said has been passed on too.`,
      'Staff will reply here; you can also ask me about the policies.',
      `If it is urgent, you can also contact ${contactsEn(ctx)}.`,
    ].join('\n');
  return [
    `已转给工作人员(工单 ${ticketRef(ticket.id)}),已等 ${minutes} 分钟;${holder ? `${holder.name}正在处理,` : ''}您刚才说的也已转给工作人员。`,
    '工作人员会在这里回复您;政策问题也可以直接问我。',
    `着急的话也可以直接联系${contacts(ctx)}。`,
  ].join('\n');
}

/** "有人冇", "人呢", "还在吗": someone waiting on staff, not a new question. */
/** A message this short that asks whether anyone is there ("人呢") is not a question, whatever words it shares. */
const WAITING_CHARS = 12;
/** Their own number given to be reached on ("留我的电话", "打我这个号", "我手机是"). */
const OWN_NUMBER = /留[^。?？]{0,3}(?:电话|手机|号码?)|我的?(?:电话|手机号?|号码)|打(?:给)?我|联系我|回我电话/;
/** Intents a waiting message may be mistaken for; actions (booking, deletion, registering) keep theirs. */
const WAITABLE = new Set<Intent>(['greet', 'out_of_scope', 'policy.ask', 'contact.ask', 'event.ask']);
// ("召集人呢" after the conveners asks of the topic: only a person asked after by itself is waited for, "人呢".)
const WAITING =
  /有人|(?:^|[\s,，。!！?？]|工作|真|客服)人呢|客服呢|还在|在不在|在吗|等了|等半天|等好久|(?:要|还要|得)?等多久|多久(?:才|能|会)?(?:回|有人|理|联系)|^多久[?？啊呀]*$|怎么还|咋还|还没|冇人|没人|回我|理我|喂|\bany(?:one|body) (?:there|here|around)\b|\b(?:still|are you) there\b|\bhello\?|\b(?:been )?waiting\b|\bwaited\b|\bhow long\b/i;

/** Agreeing to wait ("好 我等你们回话", "好的 等你们消息", "行 不急"): short, no question, nobody asked for. */
const ACK_WAIT =
  /^(?:好的?|行|嗯+|要得|可以|ok|OK|好嘞|收到|知道了|晓得了|谢谢?)?[\s,，。!！~～]*(?:我)?(?:等(?:你们|您|着|一下|下|消息|回话|回复|通知)?|不急|不着急|慢慢来|没事|冇得事|好的?|行|收到|知道了|晓得了|谢谢?).{0,8}$/;
const ACK_CHARS = 16;
/** The same in English ("ok I will wait", "no rush"). */
const ACK_WAIT_EN =
  /^(?:ok|okay|sure|fine|alright|thanks|thank you)?[\s,.!]*(?:i(?:'ll| will| can) wait|no (?:rush|hurry)|take your time|i'?m waiting)[\s,.!]*(?:thanks|thank you)?[\s.!]*$/i;
function acknowledgesWaiting(text: string): boolean {
  const t = text.trim();
  if (ACK_WAIT_EN.test(t)) return true;
  const asks = t.replace(/多谢|谢谢/g, '');
  return [...t].length <= ACK_CHARS && ACK_WAIT.test(t) && !WAITING.test(asks) && !/[?？吗么啥哪谁多]|转人工|人工|客服/.test(asks);
}

/** A refusal a wording rule decided (weather, prices, injection), not a message that matched nothing. */
const refusedByRule = (ctx: Context): boolean =>
  ctx.intent === 'out_of_scope' && INTENT_RULES.some((r) => r.intent === 'out_of_scope' && r.name === ctx.classification?.reason);

/**
 * While the user's ticket is open, a message that is not a new clear question (a courtesy asking whether anyone is
 * there, or something the bot cannot place) goes to staff and the user is told the ticket's status, not the menu.
 */
export const waitingForStaff: Middleware<Context> = async (ctx, next) => {
  const open = ctx.inbound.chatType !== 'group' ? ctx.deps.tickets.openOf(ctx.person) : undefined;
  // "算了 人工也不用了 你帮我约个辅导员": the hand-off is withdrawn (the ticket closed); what else was asked goes on.
  if (open && HANDOFF_WITHDRAWN.test(ctx.analysis.text)) {
    ctx.deps.tickets.close(open.id, ctx.deps.now().getTime());
    // Something else asked in the same breath (a booking, a registration) is handled after the note.
    if (ctx.intent !== 'handoff.human' && !WAITABLE.has(ctx.intent)) {
      ctx.reply(
        ctx.language === 'en' ? `OK, ticket ${ticketRef(open.id)} is withdrawn.` : `好的,已撤回转人工(工单 ${ticketRef(open.id)})。`,
      );
      return next();
    }
    // "先不用真人了 马兰花计划是么": withdrawn, and a question asked after it, which is answered.
    const rest = ctx.analysis.text
      .replace(HANDOFF_WITHDRAWN, ' ')
      .replace(/^[\s,，。.!！了吧啊]+/, '')
      .trim();
    // ("算了 人工估计也忙 你帮我约个导师吧": withdrawn, and a booking asked for after it, which is started.)
    if (rest) ctx.restate(rest);
    const c = rest ? classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents) : undefined;
    if (c && (soundsLikeQuestion(rest) || (REQUEST_INTENTS.has(c.intent) && c.intent !== 'handoff.human'))) {
      ctx.reply(
        ctx.language === 'en' ? `OK, ticket ${ticketRef(open.id)} is withdrawn.` : `好的,已撤回转人工(工单 ${ticketRef(open.id)})。`,
      );
      ctx.classification = c.intent === 'out_of_scope' && c.reason === 'fallback' ? { ...c, intent: 'policy.ask', reason: NEAREST } : c;
      ctx.intent = ctx.classification.intent;
      return next();
    }
    ctx.intent = 'greet';
    ctx.reply(
      ctx.language === 'en'
        ? `OK, ticket ${ticketRef(open.id)} is withdrawn. Ask me anything about the policies.`
        : `好的,已撤回转人工(工单 ${ticketRef(open.id)})。有问题可以直接问我。`,
    );
    return;
  }
  if (open && (WAITABLE.has(ctx.intent) || ctx.intent === 'handoff.human') && acknowledgesWaiting(ctx.analysis.text)) {
    // "好 我等你们回话", "行 不急": the user agrees to wait; a short note that the ticket stays open, not a new hand-off.
    ctx.intent = 'greet';
    ctx.reply(
      ctx.language === 'en'
        ? `OK. Ticket ${ticketRef(open.id)} stays open; our staff will reply here. You can ask me about the policies meanwhile.`
        : `好的,工单 ${ticketRef(open.id)} 一直开着,工作人员会在这里回复您;政策问题也可以先问我。`,
    );
    return;
  }
  // As said, not as a follow-up restated it ("要等好久" right after the hand-off is no question about the topic before).
  const said = ctx.inbound.text.trim();
  const asksForStaff = WAITING.test(said) && (ctx.intent === 'greet' || [...said].length <= WAITING_CHARS);
  // "他电话136… 莫搞忘了啊": a number given while waiting is for the staff member, not a question about contacts.
  // ("好 留我的电话 131…": their own number said to be left, whatever retrieval made of 电话.)
  const givesNumber =
    extractPhone(ctx.analysis.raw) !== undefined &&
    ((ctx.intent !== 'policy.ask' && ctx.intent !== 'event.ask') || OWN_NUMBER.test(ctx.analysis.raw));
  // "13986543210 姓周" after asking to be called: details for the staff member, not a registration asked for.
  const givesDetails = ctx.intent === 'lead.register' && ctx.classification?.reason === RULE_NAMES.detailsGiven && !ctx.session.form;
  const waiting =
    ctx.inbound.chatType !== 'group' &&
    (WAITABLE.has(ctx.intent) || givesDetails) &&
    // Something a refusal rule knows ("明天纪南下雨不": the weather) is refused as ever; only what the bot cannot place
    // goes to the staff.
    ((ctx.intent === 'out_of_scope' && !refusedByRule(ctx)) || asksForStaff || givesNumber) &&
    !!ctx.deps.tickets.openOf(ctx.person);
  if (waiting) ctx.intent = 'handoff.human';
  await next();
};
