/**
 * Group chats: in a WeChat room or a Telegram group every member reads what the bot says, so nothing personal or
 * secret is said there and nothing of a person's is changed from there. The asker is told to write privately.
 */
import { COMMANDS, parseCommand } from '../handlers/commands.ts';
import { isAction } from '../handlers/actions.ts';
import { INTENTS, type Intent } from '../intent/intents.ts';
import type { Middleware } from '../core/compose.ts';
import type { Context } from '../core/context.ts';

/**
 * Intents whose answers show or change a person's own data: their bookings, a lead (name, phone), a deletion, and a
 * hand-off (staff replies go back to the chat it was asked in). Commands are marked `private` in `COMMANDS`.
 */
const PRIVATE_INTENTS = [
  'consult.book',
  'consult.manage',
  'lead.register',
  'privacy.delete',
  'handoff.human',
] as const satisfies readonly Intent[];

/** The one action that is no one's private business: rating an answer ("有帮助 / 没帮助" under a public answer). */
const PUBLIC_ACTION = /^feedback:/i;

const privateIntents: ReadonlySet<Intent> = new Set(PRIVATE_INTENTS);
const inGroup = (ctx: Context) => ctx.inbound.chatType === 'group';

function refuse(ctx: Context, what: string): void {
  ctx.reply(`请私聊我${what}:涉及个人信息的事不在群里办理。`);
}

/**
 * Before anything acts on a group message: private commands and actions (a typed `/lead`, a pressed "确认删除") are
 * refused, and the sender's open form and pending action choice, which belong to their private chat, are set aside
 * for the turn, so that a group message neither fills them in nor shows their summary in the room.
 */
export const privateCommandsOutOfGroups: Middleware<Context> = async (ctx, next) => {
  if (!inGroup(ctx)) return next();
  const raw = ctx.analysis.raw.trim();
  const command = parseCommand(raw);
  if (command && COMMANDS[command.name]?.private) {
    ctx.intent = 'greet';
    refuse(ctx, `发送 /${command.name}`);
    return;
  }
  if (!command && isAction(raw) && !PUBLIC_ACTION.test(raw)) {
    refuse(ctx, '操作');
    return;
  }
  const { form, pending } = ctx.session;
  const action = pending?.kind === 'choose-action' ? pending : undefined;
  delete ctx.session.form;
  if (action) delete ctx.session.pending;
  await next();
  // A group turn opens no form (those that do are private) and a newer question replaces an old one, as in private.
  if (form && !ctx.session.form) ctx.session.form = form;
  if (action && !ctx.session.pending) ctx.session.pending = action;
};

/** After the message is understood, before it is handled: a private intent said in a group is refused. */
export const privateIntentsOutOfGroups: Middleware<Context> = async (ctx, next) => {
  if (inGroup(ctx) && privateIntents.has(ctx.intent)) {
    refuse(ctx, INTENTS[ctx.intent]);
    return;
  }
  await next();
};
