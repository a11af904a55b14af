import type { Context } from '../core/context.ts';
import type { Intent } from '../intent/intents.ts';
import type { Handler } from './handler.ts';
import type { StaffRole } from '../leads/staff.ts';
import { greet } from './greet.ts';
import { declineBooking, acceptBooking, mentorBind, mentorDone, mentorPause, mentorResume, mentorSchedule } from './mentor.ts';
import { linkCommand } from './link.ts';
import { readCode, STAFF_PREFIX } from '../security/codes.ts';
import { staffAck, staffBind, staffLeadShow, staffLeads, staffMerge, staffStage } from './staff.ts';
import { staffClaim, staffClose, staffReply, staffTickets } from './handoff-human.ts';
import { CAPABILITIES } from './handler.ts';
import { showMenu } from './menu.ts';
import { eventAsk } from './event-ask.ts';
import { noticeSubscribe } from './notice-subscribe.ts';
import { noticeUnsubscribe } from './notice-unsubscribe.ts';
import { startNotice } from './notice-form.ts';
import { manageNotices } from './notice-manage.ts';

export interface Command {
  /** Shown by /help and registered with the platforms that list commands (Telegram's menu). */
  description: string;
  /** Who /help lists it for: everyone (default), bound active mentors, bound staff of these roles, or both. */
  for?: 'mentor' | 'mentor-or-staff' | readonly StaffRole[];
  /**
   * Shows or changes personal data or a secret (a code, a phone, someone's booking): refused in group chats
   * (pipeline/private-only.ts). Required, so that every new command is a decision, not a default.
   */
  private: boolean;
  run(ctx: Context, args: string): void | Promise<void>;
}

/** Who works on leads (operators do not see them), who answers hand-offs, who sends notices. */
const LEAD_STAFF: readonly StaffRole[] = ['admin', 'county'];
const TICKET_STAFF: readonly StaffRole[] = ['admin'];
const NOTICE_STAFF: readonly StaffRole[] = ['admin', 'operator'];

const EXAMPLES = '直接打字提问即可,比如:\n· 返乡创业贴息贷款最多多少\n· 楚商联络站在哪些地方\n· 联席会议办公室电话';

const link: Command = { description: '绑定另一个平台的账号', private: true, run: linkCommand };

/** `/web`: a single-use link (10 minutes) that signs a staff member or an active mentor in to the web console. */
function webSignIn(ctx: Context): void {
  const mentor = ctx.deps.booking.mentors.ofPerson(ctx.person)?.active === true;
  if (!ctx.deps.staff.of(ctx.person) && !mentor) {
    ctx.reply('网页工作台只对已绑定的工作人员和导师开放。工作人员或导师请先用 /bind 绑定码 绑定账号。');
    return;
  }
  const url = ctx.deps.webSignIn?.(ctx.person);
  if (!url) {
    ctx.reply('网页工作台还没有开启,请联系管理员。');
    return;
  }
  ctx.reply(`网页工作台登录链接(10分钟内有效,只能用一次,请勿转发):\n${url}`);
}

/** A command that does what a message would: handled as if `said` had been typed, under its intent. */
const saying =
  (intent: Intent, said: string, handler: Handler): Command['run'] =>
  (ctx) => {
    ctx.intent = intent;
    ctx.restate(said);
    return handler(ctx);
  };

/**
 * Slash commands, the same on every platform (WeChat users type them, Telegram shows them in its menu).
 * Later features (mentors' /bind and /schedule, staff's /reply, operators' /notice) add theirs here.
 */
export const COMMANDS: Record<string, Command> = {
  start: { private: false, description: '开始使用', run: greet },
  help: { private: false, description: '怎么用', run: (ctx) => ctx.reply(`${CAPABILITIES}\n${EXAMPLES}\n可用命令:${commandList(ctx)}`) },
  menu: { private: false, description: '功能菜单', run: (ctx) => showMenu(ctx, '请选择您要办的事:') },
  events: { private: false, description: '近期活动', run: saying('event.ask', '近期有什么活动', eventAsk) },
  subscribe: { private: true, description: '订阅活动通知', run: saying('notice.subscribe', '订阅活动通知', noticeSubscribe) },
  stop: { private: true, description: '退订活动通知', run: saying('notice.unsubscribe', '退订活动通知', noticeUnsubscribe) },
  link,
  // Staff codes are S and nine characters, mentors' nine characters: the length tells them apart.
  bind: {
    private: true,
    description: '导师或工作人员绑定账号(/bind 绑定码)',
    run: (ctx, args) => (readCode(args, STAFF_PREFIX) ? staffBind(ctx, args) : mentorBind(ctx, args)),
  },
  schedule: { private: true, for: 'mentor', description: '导师查看预约', run: (ctx) => mentorSchedule(ctx) },
  accept: {
    private: true,
    for: 'mentor',
    description: '导师接受预约(/accept 编号)',
    run: (ctx, args) => acceptBooking(ctx, args.trim().toUpperCase()),
  },
  decline: {
    private: true,
    for: 'mentor',
    description: '导师婉拒预约(/decline 编号 原因)',
    run: (ctx, args) => {
      const [ref = '', ...reason] = args.trim().split(/\s+/);
      declineBooking(ctx, ref.toUpperCase(), reason.join(' '));
    },
  },
  done: { private: true, for: 'mentor', description: '导师记录咨询完成(/done 编号 备注)', run: (ctx, args) => mentorDone(ctx, args) },
  pause: {
    private: true,
    for: 'mentor',
    description: '导师暂停接新预约(/pause 7天 或 /pause 到12月20日)',
    run: (ctx, args) => mentorPause(ctx, args),
  },
  resume: { private: true, for: 'mentor', description: '导师恢复接预约', run: (ctx) => mentorResume(ctx) },
  leads: { private: true, for: LEAD_STAFF, description: '工作人员查看线索(/leads 阶段)', run: (ctx, args) => staffLeads(ctx, args) },
  lead: { private: true, for: LEAD_STAFF, description: '工作人员查看一条线索(/lead 编号)', run: (ctx, args) => staffLeadShow(ctx, args) },
  stage: {
    private: true,
    for: LEAD_STAFF,
    description: '工作人员更新线索阶段(/stage 编号 阶段 备注)',
    run: (ctx, args) => staffStage(ctx, args),
  },
  ack: { private: true, for: LEAD_STAFF, description: '工作人员确认跟进线索(/ack 编号)', run: (ctx, args) => staffAck(ctx, args) },
  merge: {
    private: true,
    for: LEAD_STAFF,
    description: '工作人员合并重复线索(/merge 被合并的编号 保留的编号)',
    run: (ctx, args) => staffMerge(ctx, args),
  },
  tickets: { private: true, for: TICKET_STAFF, description: '管理员查看待处理的人工工单', run: (ctx) => staffTickets(ctx) },
  claim: { private: true, for: TICKET_STAFF, description: '管理员接手人工工单(/claim 工单号)', run: (ctx, args) => staffClaim(ctx, args) },
  reply: {
    private: true,
    for: TICKET_STAFF,
    description: '工作人员回复人工工单(/reply 工单号 内容)',
    run: (ctx, args) => staffReply(ctx, args),
  },
  close: { private: true, for: TICKET_STAFF, description: '工作人员结束工单(/close 工单号)', run: (ctx, args) => staffClose(ctx, args) },
  notice: {
    private: true,
    for: NOTICE_STAFF,
    description: '联络站运营发活动通知(/notice;/notice 取消 编号)',
    run: (ctx, args) => (args.trim() ? manageNotices(ctx, args) : startNotice(ctx)),
  },
  web: { private: true, for: 'mentor-or-staff', description: '工作人员和导师登录网页工作台', run: webSignIn },
  notices: { private: true, for: NOTICE_STAFF, description: '查看已发的活动通知', run: (ctx) => manageNotices(ctx, '') },
};

/**
 * The commands this sender can use: everyone's, and a mentor's or staff member's own once bound. A group is shown
 * only those that work there, which also keeps who is staff or a mentor out of the room.
 */
function commandList(ctx: Context): string {
  const inGroup = ctx.inbound.chatType === 'group';
  const mentor = !inGroup && ctx.deps.booking.mentors.ofPerson(ctx.person)?.active === true;
  const role = inGroup ? undefined : ctx.deps.staff.of(ctx.person)?.role;
  return Object.entries(COMMANDS)
    .filter(([, c]) => !(inGroup && c.private))
    .filter(([, c]) => {
      if (!c.for) return true;
      if (c.for === 'mentor') return mentor;
      if (c.for === 'mentor-or-staff') return mentor || !!role;
      return !!role && c.for.includes(role);
    })
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
