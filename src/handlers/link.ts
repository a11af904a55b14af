import type { Context } from '../core/context.ts';
import type { Choice, Recipient } from '../core/message.ts';
import { LINK_CODE_TTL_MS, LINK_REQUEST_TTL_MS, maskAccount, ownPerson, type Account } from '../identity/identity.ts';
import { readCode } from '../security/codes.ts';
import { CODE_FORMAT, codeFailed, mayTryCode } from './codes.ts';

/** The one answer to a wrong, used, expired or revoked /link code. */
const LINK_CODE_INVALID = '这个绑定码无效或已过期。请在另一个平台重新发送 /link 获取新的绑定码。';

/** Staff, operators and mentors: linking an account to them would hand it their role, so they approve each link. */
const privileged = (ctx: Context, person: string): boolean =>
  ctx.deps.staff.of(person) !== undefined || ctx.deps.booking.mentors.ofPerson(person) !== undefined;

/** A direct message to a platform account. */
const direct = (account: Account): Recipient => ({ platform: account.platform, userId: account.userId, chatId: account.userId });

/** /link: a code for this account; /link CODE: joins this account to the person who asked for the code. */
export function linkCommand(ctx: Context, args: string): void {
  const { identities, now } = ctx.deps;
  if (!args.trim()) {
    const issued = identities.issueCode(ctx.person, ctx.inbound, now());
    const minutes = Math.round(LINK_CODE_TTL_MS / 60_000);
    const confirm = privileged(ctx, ctx.person) ? '\n您是工作人员或导师:对方用码后,需要您在这里回复"同意"才会绑定。' : '';
    ctx.reply(
      `您的绑定码是 ${issued}(${minutes}分钟内有效,只能用一次,不要告诉别人)。\n请在另一个平台(微信或Telegram)上给我发送:/link ${issued}\n绑定后两边的咨询记录、预约和订阅互通。${confirm}`,
    );
    return;
  }
  const code = readCode(args);
  if (!code) {
    ctx.reply(`${CODE_FORMAT}请在另一个平台发送 /link 获取绑定码,再在这里发送 /link 加绑定码。`);
    return;
  }
  // An account that carries a role would leave it behind (and its person) by joining someone else.
  if (privileged(ctx, ctx.person)) {
    ctx.reply('这个账号已绑定工作人员或导师身份,不能并入其他账号。请在这个账号上发送 /link 获取绑定码,到另一个账号上使用。');
    return;
  }
  if (!mayTryCode(ctx, 'link')) return;
  const claimed = identities.claim(code, ctx.inbound, now());
  if (!claimed.ok) {
    if (claimed.reason === 'same-account') ctx.reply('这个绑定码就是这个账号生成的。请到另一个平台(微信或Telegram)上发送它。');
    else {
      codeFailed(ctx, 'link', 'invalid');
      ctx.reply(LINK_CODE_INVALID);
    }
    return;
  }
  const requester = maskAccount(ctx.inbound);
  if (privileged(ctx, claimed.person)) {
    // A code alone never grants a role: the account that asked for it must say 同意.
    const id = identities.requestLink(claimed.person, claimed.from, ctx.inbound, now());
    const choices: Choice[] = [
      { label: '同意', value: `link:approve:${id}` },
      { label: '拒绝', value: `link:reject:${id}` },
    ];
    const minutes = Math.round(LINK_REQUEST_TTL_MS / 60_000);
    ctx.notify(
      direct(claimed.from),
      `账号 ${requester} 想与您关联,回复 同意 / 拒绝(${minutes}分钟内有效)。不认识这个账号请拒绝。`,
      choices,
    );
    const state = ctx.deps.sessions.load(claimed.person);
    state.pending = { kind: 'choose-action', choices, asked: '' };
    ctx.deps.sessions.save(claimed.person, state, now());
    ctx.deps.logger.info('link.requested', { account: requester });
    ctx.reply('已请对方确认。对方在原来的账号上回复"同意"后,两个账号就绑定了。');
    return;
  }
  joinTo(ctx, ctx.inbound, claimed.person);
  ctx.person = claimed.person;
  ctx.session = ctx.deps.sessions.load(claimed.person);
  ctx.reply('绑定成功。两个平台的账号已经互通,以后在哪边问都可以。');
  // The person who asked for the code learns of every account that joins them.
  ctx.notify(direct(claimed.from), `账号 ${requester} 已用您的绑定码与您关联。如果不是您本人操作,请联系工作人员。`);
}

/** Links `account` to `person`, dropping the dialogue state the account had on its own. */
function joinTo(ctx: Context, account: Account, person: string): void {
  const before = ctx.deps.identities.personOf(account);
  ctx.deps.identities.link(account, person, ctx.deps.now());
  if (before === ownPerson(account)) ctx.deps.sessions.delete(before);
}

/** 同意 / 拒绝 on a link request, from the account it was sent to (any other sender changes nothing). */
export function answerLinkRequest(ctx: Context, approve: boolean, id: number): void {
  const request = ctx.deps.identities.takeRequest(id, ctx.person, ctx.deps.now());
  if (!request) {
    ctx.reply('这个关联请求已失效(已处理或已超时)。');
    return;
  }
  const who = maskAccount(request.account);
  if (!approve) {
    ctx.reply(`已拒绝,账号 ${who} 没有与您关联。`);
    ctx.notify(direct(request.account), '对方没有同意绑定。');
    return;
  }
  // The requesting account may have taken a role of its own since it asked; it would lose it by joining.
  if (privileged(ctx, ctx.deps.identities.personOf(request.account))) {
    ctx.reply(`账号 ${who} 现在有自己的工作人员或导师身份,不能并入。`);
    return;
  }
  joinTo(ctx, request.account, ctx.person);
  ctx.reply(`已同意,账号 ${who} 已与您关联。`);
  ctx.notify(direct(request.account), '对方已同意,绑定成功。两个平台的账号已经互通,以后在哪边问都可以。');
}
