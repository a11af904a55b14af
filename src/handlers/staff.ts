import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import { isStage, mayHandleLead, refOf, STAGES, type Lead } from '../leads/leads.ts';
import { ROLE_LABEL, type StaffMember } from '../leads/staff.ts';
import { maskPhone } from '../core/logger.ts';
import { maskAccount } from '../identity/identity.ts';
import { readCode, STAFF_PREFIX } from '../security/codes.ts';
import { BIND_CODE_INVALID, CODE_FORMAT, codeFailed, linkedAccountsNote, mayTryCode } from './codes.ts';

/** A lead's reference (L000012). */
export const leadRef = refOf;
const leadId = (ref: string): number | undefined => {
  const m = /^L?0*(\d{1,9})$/i.exec(ref.trim());
  return m ? Number(m[1]) : undefined;
};

/** One line per lead for staff: who, where from, what, how big, stage. Phones in full: staff follow leads up. */
function leadLine(lead: Lead): string {
  const amount = typeof lead.amountWan === 'number' ? ` ${lead.amountWan}万元` : '';
  const duplicate = lead.duplicateOf === null ? '' : ` 可能与 ${leadRef(lead.duplicateOf)} 重复`;
  return `${leadRef(lead.id)} ${lead.kind} ${lead.name ?? '(未留称呼)'} ${lead.hometown ?? lead.outsideJingzhou ?? '老家未知'}→${lead.project ?? lead.industry ?? ''}${amount} [${lead.stage}]${duplicate}`;
}

/**
 * Where a possible duplicate stands, for one staff member: which lead it may repeat (with how to merge, if they may
 * handle both), and which later leads they may handle may repeat it.
 */
function duplicateLines(ctx: Context, staff: StaffMember, lead: Lead): string[] {
  const lines: string[] = [];
  if (lead.duplicateOf !== null) {
    const original = ctx.deps.leads.get(lead.duplicateOf);
    const [from, into] = [leadRef(lead.id), leadRef(lead.duplicateOf)];
    const how = original && mayHandleLead(staff, original) ? `核实是同一项目后合并:/merge ${from} ${into}` : '如是同一项目,请管理员合并';
    lines.push(`可能与 ${into} 重复(电话相同,另一人登记)。${how}`);
  }
  const later = ctx.deps.leads
    .duplicatesOf(lead.id)
    .map((id) => ctx.deps.leads.get(id))
    .filter((l): l is Lead => !!l && mayHandleLead(staff, l))
    .map((l) => leadRef(l.id));
  if (later.length) lines.push(`可能重复的登记:${later.join('、')}`);
  return lines;
}

function leadCard(ctx: Context, staff: StaffMember, lead: Lead): string {
  return [
    `【${lead.kind}线索 ${leadRef(lead.id)}】`,
    `称呼:${lead.name ?? '未留'}  老家:${lead.hometown ?? (lead.outsideJingzhou ? `${lead.outsideJingzhou}(荆州以外,请核实)` : '未知')}`,
    `现在:${lead.city ?? '未知'}  公司:${lead.company ?? '未留'}  行业:${lead.industry ?? '未知'}`,
    `项目:${lead.project ?? '未说明'}`,
    typeof lead.amountWan === 'number' ? `规模:约${lead.amountWan}万元(原话"${lead.amountText ?? ''}")` : '规模:未说明',
    `电话:${lead.phone ?? '未留,请在平台内联系'}  负责:${lead.ownerOffice}`,
    ...duplicateLines(ctx, staff, lead),
  ].join('\n');
}

/**
 * Tells the staff who may handle a new (or updated) lead about it, at once, in their chat: every admin and the
 * hometown county's office (`StaffRepo.forLead`, the same rule as `mayHandleLead`).
 */
export function notifyStaffOfLead(ctx: Context, lead: Lead, updated: boolean): void {
  for (const staff of ctx.deps.staff.forLead(lead.hometown)) {
    if (!mayHandleLead(staff, lead)) continue;
    const to = ctx.deps.booking.reach(staff.person);
    if (!to) continue;
    ctx.notify(
      to,
      `${updated ? '线索有更新' : '新线索'},请在1个工作日内确认跟进(/ack ${leadRef(lead.id)}):\n${leadCard(ctx, staff, lead)}`,
    );
  }
}

/** The staff member behind the sender, or a polite refusal that changes nothing. */
export function senderStaff(ctx: Context): StaffMember | undefined {
  const staff = ctx.deps.staff.of(ctx.person);
  if (!staff) ctx.reply('这个操作只对已绑定的工作人员开放。');
  return staff;
}

/** A staff member who may work on leads (admins, county offices with a county), or a polite refusal. */
function leadStaff(ctx: Context): StaffMember | undefined {
  const staff = senderStaff(ctx);
  if (!staff) return undefined;
  if (staff.role === 'admin' || (staff.role === 'county' && staff.county)) return staff;
  ctx.reply(
    staff.role === 'operator'
      ? '联络站运营账号不查看线索;线索由管理员和县市区招商部门跟进。'
      : '您的账号没有设定所属县市区,暂时不能查看线索。请联系管理员。',
  );
  return undefined;
}

/** /leads [阶段]: the latest leads this staff member may handle (admins all; a county office its county's). */
export function staffLeads(ctx: Context, args: string): void {
  const staff = leadStaff(ctx);
  if (!staff) return;
  const wanted = args.trim();
  const stage = isStage(wanted) ? wanted : undefined;
  if (wanted && !stage) {
    ctx.reply(`没有"${wanted}"这个阶段。阶段:${STAGES.join('、')}。`);
    return;
  }
  const leads = ctx.deps.leads
    .list({ ...(stage ? { stage } : {}), ...(staff.role === 'county' ? { county: staff.county! } : {}) })
    .filter((lead) => mayHandleLead(staff, lead))
    .slice(-20);
  ctx.reply(leads.length ? [`线索(最近${leads.length}条):`, ...leads.map(leadLine)].join('\n') : '暂无线索。');
}

/** The lead `ref` if this staff member may handle it; otherwise one answer whether or not it exists. */
function staffLead(ctx: Context, staff: StaffMember, ref: string): Lead | undefined {
  const id = leadId(ref);
  const lead = id === undefined ? undefined : ctx.deps.leads.get(id);
  if (!lead || !mayHandleLead(staff, lead)) {
    ctx.reply(`没有找到您能查看的线索 ${ref || '(空)'}。发送 /leads 查看。`);
    return undefined;
  }
  return lead;
}

export function staffLeadShow(ctx: Context, args: string): void {
  const staff = leadStaff(ctx);
  if (!staff) return;
  const lead = staffLead(ctx, staff, args);
  if (!lead) return;
  const history = ctx.deps.leads
    .history(lead.id)
    .map((h) => `· ${formatSlot(h.at)} ${h.actor} ${h.stageFrom ? `${h.stageFrom}→` : ''}${h.stageTo ?? ''} ${h.note ?? ''}`);
  ctx.replyAbout(lead.person, [leadCard(ctx, staff, lead), '记录:', ...history].join('\n'));
}

export function staffStage(ctx: Context, args: string): void {
  const staff = leadStaff(ctx);
  if (!staff) return;
  const [ref = '', stage = '', ...note] = args.trim().split(/\s+/);
  const lead = staffLead(ctx, staff, ref);
  if (!lead) return;
  if (!isStage(stage)) {
    ctx.reply(`用法:/stage 编号 阶段 备注。阶段:${STAGES.join('、')}。`);
    return;
  }
  ctx.deps.leads.setStage(lead.id, stage, staff.name, note.join(' ') || null, ctx.deps.now().getTime());
  ctx.reply(`${leadRef(lead.id)} 已改为"${stage}"。`);
}

export function staffAck(ctx: Context, args: string): void {
  const staff = leadStaff(ctx);
  const lead = staff && staffLead(ctx, staff, args);
  if (!lead) return;
  const done = ctx.deps.leads.acknowledge(lead.id, ctx.deps.now().getTime());
  ctx.reply(
    done ? `已确认跟进 ${leadRef(lead.id)}(${lead.phone ? maskPhone(lead.phone) : '平台内联系'})。` : `${leadRef(lead.id)} 之前已确认过。`,
  );
}

/**
 * /merge L000002 L000001: after checking by hand that two leads are the same person's project, staff merge the
 * first into the second, which keeps its owner; both histories are kept. Admins, or a county office both are of.
 */
export function staffMerge(ctx: Context, args: string): void {
  const staff = leadStaff(ctx);
  if (!staff) return;
  const [fromRef = '', intoRef = '', ...rest] = args.trim().split(/\s+/).filter(Boolean);
  if (!fromRef || !intoRef || rest.length) {
    ctx.reply('用法:/merge 被合并的编号 保留的编号(如 /merge L000002 L000001)。保留的线索保持原登记人,两条的记录都保留。');
    return;
  }
  const from = staffLead(ctx, staff, fromRef);
  const into = from && staffLead(ctx, staff, intoRef);
  if (!from || !into) return;
  if (from.id === into.id) {
    ctx.reply('不能合并到自己。用法:/merge 被合并的编号 保留的编号');
    return;
  }
  const result = ctx.deps.leads.merge(from.id, into.id, staff.name, ctx.deps.now().getTime());
  if (!result.ok) {
    ctx.reply(`没有找到您能查看的线索 ${result.reason === 'missing-into' ? intoRef : fromRef}。发送 /leads 查看。`);
    return;
  }
  ctx.deps.audit('lead.merge', { from: leadRef(from.id), into: leadRef(into.id), by: staff.role });
  ctx.reply(
    `已把 ${leadRef(from.id)} 合并到 ${leadRef(into.id)}(登记人不变,两条的记录都保留${result.filled.length ? `,补充了${result.filled.length}项信息` : ''})。发送 /lead ${leadRef(into.id)} 查看。`,
  );
}

/** /bind S-K7M-4PX-Q2R: a staff member binds this chat account with the code from the admin CLI. */
export function staffBind(ctx: Context, typed: string): void {
  const code = readCode(typed, STAFF_PREFIX);
  if (!code) {
    ctx.reply(`${CODE_FORMAT}请向工作人员索取后发送:/bind 绑定码`);
    return;
  }
  if (!mayTryCode(ctx, 'bind')) return;
  const result = ctx.deps.staff.bind(code, ctx.person, ctx.deps.now());
  if (!result.ok) {
    codeFailed(ctx, 'bind', `staff-${result.reason}`);
    ctx.reply(BIND_CODE_INVALID);
    return;
  }
  const { staff } = result;
  ctx.deps.logger.info('staff.bound', { role: staff.role, account: maskAccount(ctx.inbound) });
  ctx.reply(
    `绑定成功:${staff.name}(${ROLE_LABEL[staff.role]}${staff.county ? `·${staff.county}` : ''})。新线索会直接发到这里;发送 /leads 查看线索。${linkedAccountsNote(ctx)}`,
  );
}
