import type { Context } from '../core/context.ts';
import { LINK_CODE_TTL_MS } from '../identity/identity.ts';
import { greet } from './greet.ts';
import { declineBooking, acceptBooking, mentorBind, mentorDone, mentorSchedule } from './mentor.ts';
import { staffAck, staffBind, staffLeadShow, staffLeads, staffStage } from './staff.ts';
import { staffClose, staffReply } from './handoff-human.ts';
import { CAPABILITIES } from './handler.ts';
import { showMenu } from './menu.ts';
import { manageNotices, startNotice } from './notice-form.ts';

export interface Command {
  /** Shown by /help and registered with the platforms that list commands (Telegram's menu). */
  description: string;
  /** Who /help lists it for: everyone (default), bound mentors, or bound staff. */
  for?: 'mentor' | 'staff';
  run(ctx: Context, args: string): void | Promise<void>;
}

const EXAMPLES = '直接打字提问即可,比如:\n· 返乡创业贴息贷款最多多少\n· 楚商联络站在哪些地方\n· 联席会议办公室电话';

const link: Command = {
  description: '绑定另一个平台的账号',
  run(ctx, args) {
    const { identities, now } = ctx.deps;
    const code = args.trim();
    if (!code) {
      const issued = identities.issueCode(ctx.person, now());
      const minutes = Math.round(LINK_CODE_TTL_MS / 60_000);
      ctx.reply(`您的绑定码是 ${issued}(${minutes}分钟内有效,只能用一次)。\n请在另一个平台(微信或Telegram)上给我发送:/link ${issued}\n绑定后两边的咨询记录、预约和订阅互通。`);
      return;
    }
    if (!/^\d{6}$/.test(code)) {
      ctx.reply('绑定码是6位数字。请在另一个平台发送 /link 获取绑定码,再在这里发送 /link 加绑定码。');
      return;
    }
    const result = identities.redeem(code, ctx.inbound, now());
    if (result.ok) {
      ctx.deps.sessions.delete(ctx.person);
      ctx.person = result.person;
      ctx.session = ctx.deps.sessions.load(result.person);
      ctx.reply('绑定成功。两个平台的账号已经互通,以后在哪边问都可以。');
      return;
    }
    const why = {
      unknown: '这个绑定码不对。请在另一个平台重新发送 /link 获取新的绑定码。',
      expired: '这个绑定码已过期。请在另一个平台重新发送 /link 获取新的绑定码。',
      'same-account': '这个绑定码就是这个账号生成的。请到另一个平台(微信或Telegram)上发送它。',
    } as const;
    ctx.reply(why[result.reason]);
  },
};

/**
 * Slash commands, the same on every platform (WeChat users type them, Telegram shows them in its menu).
 * Later features (mentors' /bind and /schedule, staff's /reply, operators' /notice) add theirs here.
 */
export const COMMANDS: Record<string, Command> = {
  start: { description: '开始使用', run: greet },
  help: { description: '怎么用', run: (ctx) => ctx.reply(`${CAPABILITIES}\n${EXAMPLES}\n可用命令:${commandList(ctx)}`) },
  menu: { description: '功能菜单', run: (ctx) => showMenu(ctx, '请选择您要办的事:') },
  link,
  bind: { description: '导师或工作人员绑定账号(/bind 绑定码)', run: (ctx, args) => (/^\s*S\d{7}\s*$/i.test(args) ? staffBind(ctx, args) : mentorBind(ctx, args)) },
  schedule: { for: 'mentor', description: '导师查看预约', run: (ctx) => mentorSchedule(ctx) },
  accept: { for: 'mentor', description: '导师接受预约(/accept 编号)', run: (ctx, args) => acceptBooking(ctx, args.trim().toUpperCase()) },
  decline: {
    for: 'mentor',
    description: '导师婉拒预约(/decline 编号 原因)',
    run: (ctx, args) => {
      const [ref = '', ...reason] = args.trim().split(/\s+/);
      declineBooking(ctx, ref.toUpperCase(), reason.join(' '));
    },
  },
  done: { for: 'mentor', description: '导师记录咨询完成(/done 编号 备注)', run: (ctx, args) => mentorDone(ctx, args) },
  leads: { for: 'staff', description: '工作人员查看线索(/leads 阶段)', run: (ctx, args) => staffLeads(ctx, args) },
  lead: { for: 'staff', description: '工作人员查看一条线索(/lead 编号)', run: (ctx, args) => staffLeadShow(ctx, args) },
  stage: { for: 'staff', description: '工作人员更新线索阶段(/stage 编号 阶段 备注)', run: (ctx, args) => staffStage(ctx, args) },
  ack: { for: 'staff', description: '工作人员确认跟进线索(/ack 编号)', run: (ctx, args) => staffAck(ctx, args) },
  reply: { for: 'staff', description: '工作人员回复人工工单(/reply 工单号 内容)', run: (ctx, args) => staffReply(ctx, args) },
  close: { for: 'staff', description: '工作人员结束工单(/close 工单号)', run: (ctx, args) => staffClose(ctx, args) },
  notice: {
    for: 'staff',
    description: '联络站运营发活动通知(/notice;/notice 取消 编号)',
    run: (ctx, args) => (args.trim() ? manageNotices(ctx, args) : startNotice(ctx)),
  },
  notices: { for: 'staff', description: '查看已发的活动通知', run: (ctx) => manageNotices(ctx, '') },
};

/** The commands this sender can use: everyone's, and a mentor's or staff member's own once bound. */
function commandList(ctx: Context): string {
  const mentor = ctx.deps.booking.mentors.ofPerson(ctx.person) !== undefined;
  const staff = ctx.deps.staff.of(ctx.person) !== undefined;
  return Object.entries(COMMANDS)
    .filter(([, c]) => !c.for || (c.for === 'mentor' && mentor) || (c.for === 'staff' && staff))
    .map(([name, c]) => `/${name} ${c.description}`)
    .join(';');
}

/** `/name args` (also `/name@botname args`, as Telegram sends in groups); undefined for ordinary text. */
export function parseCommand(text: string): { name: string; args: string } | undefined {
  const m = /^\/([a-z_]{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return m ? { name: m[1]!.toLowerCase(), args: m[2] ?? '' } : undefined;
}

/** Runs a command; an unknown one gets the list of those that exist. */
export async function runCommand(ctx: Context, name: string, args: string): Promise<void> {
  const command = COMMANDS[name];
  if (!command) {
    ctx.intent = 'out_of_scope';
    ctx.reply(`没有 /${name} 这个命令。可用命令:${commandList(ctx)}。也可以直接打字提问。`);
    return;
  }
  ctx.intent = 'greet';
  await command.run(ctx, args);
}
