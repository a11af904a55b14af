import { formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';
import { isStage, STAGES, type Lead } from '../leads/leads.ts';
import { ROLE_LABEL, type StaffMember } from '../leads/staff.ts';
import { maskPhone } from './booking-form.ts';

export const leadRef = (id: number) => `L${String(id).padStart(6, '0')}`;
const leadId = (ref: string): number | undefined => {
  const m = /^L?0*(\d{1,9})$/i.exec(ref.trim());
  return m ? Number(m[1]) : undefined;
};

/** One line per lead for staff: who, where from, what, how big, stage. Phones in full: staff follow leads up. */
export function leadLine(lead: Lead): string {
  const amount = typeof lead.amountWan === 'number' ? ` ${lead.amountWan}万元` : '';
  return `${leadRef(lead.id)} ${lead.kind} ${lead.name ?? '(未留称呼)'} ${lead.hometown ?? lead.outsideJingzhou ?? '老家未知'}→${lead.project ?? lead.industry ?? ''}${amount} [${lead.stage}]`;
}

function leadCard(lead: Lead): string {
  return [
    `【${lead.kind}线索 ${leadRef(lead.id)}】`,
    `称呼:${lead.name ?? '未留'}  老家:${lead.hometown ?? (lead.outsideJingzhou ? `${lead.outsideJingzhou}(荆州以外,请核实)` : '未知')}`,
    `现在:${lead.city ?? '未知'}  公司:${lead.company ?? '未留'}  行业:${lead.industry ?? '未知'}`,
    `项目:${lead.project ?? '未说明'}`,
    typeof lead.amountWan === 'number' ? `规模:约${lead.amountWan}万元(原话"${lead.amountText ?? ''}")` : '规模:未说明',
    `电话:${lead.phone ?? '未留,请在平台内联系'}  负责:${lead.ownerOffice}`,
  ].join('\n');
}

/** Tells every admin and the hometown county's office about a new (or merged) lead, at once, in their chat. */
export function notifyStaffOfLead(ctx: Context, lead: Lead, merged: boolean): void {
  for (const staff of ctx.deps.staff.forLead(lead.hometown)) {
    const to = ctx.deps.booking.reach(staff.person);
    if (!to) continue;
    ctx.notify(to, `${merged ? '线索有更新' : '新线索'},请在1个工作日内确认跟进(/ack ${leadRef(lead.id)}):\n${leadCard(lead)}`);
  }
}

/** The staff member behind the sender, or a polite refusal that changes nothing. */
export function senderStaff(ctx: Context): StaffMember | undefined {
  const staff = ctx.deps.staff.of(ctx.person);
  if (!staff) ctx.reply('这个操作只对已绑定的工作人员开放。');
  return staff;
}

/** A county office sees the leads of its county; admins see all. */
const mayHandle = (staff: StaffMember, lead: Lead) => staff.role === 'admin' || (staff.role === 'county' && staff.county === lead.hometown);

export function staffLeads(ctx: Context, args: string): void {
  const staff = senderStaff(ctx);
  if (!staff) return;
  const wanted = args.trim();
  const stage = isStage(wanted) ? wanted : undefined;
  if (wanted && !stage) {
    ctx.reply(`没有"${wanted}"这个阶段。阶段:${STAGES.join('、')}。`);
    return;
  }
  const leads = ctx.deps.leads
    .list({ ...(stage ? { stage } : {}), ...(staff.role === 'county' && staff.county ? { county: staff.county } : {}) })
    .slice(-20);
  ctx.reply(leads.length ? [`线索(最近${leads.length}条):`, ...leads.map(leadLine)].join('\n') : '暂无线索。');
}

function staffLead(ctx: Context, staff: StaffMember, ref: string): Lead | undefined {
  const id = leadId(ref);
  const lead = id === undefined ? undefined : ctx.deps.leads.get(id);
  if (!lead || !mayHandle(staff, lead)) {
    ctx.reply(`没有找到您能查看的线索 ${ref || '(空)'}。发送 /leads 查看。`);
    return undefined;
  }
  return lead;
}

export function staffLeadShow(ctx: Context, args: string): void {
  const staff = senderStaff(ctx);
  const lead = staff && staffLead(ctx, staff, args);
  if (!lead) return;
  const history = ctx.deps.leads.history(lead.id).map((h) => `· ${formatSlot(h.at)} ${h.actor} ${h.stageFrom ? `${h.stageFrom}→` : ''}${h.stageTo ?? ''} ${h.note ?? ''}`);
  ctx.reply([leadCard(lead), '记录:', ...history].join('\n'));
}

export function staffStage(ctx: Context, args: string): void {
  const staff = senderStaff(ctx);
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
  const staff = senderStaff(ctx);
  const lead = staff && staffLead(ctx, staff, args);
  if (!lead) return;
  const done = ctx.deps.leads.acknowledge(lead.id, ctx.deps.now().getTime());
  ctx.reply(done ? `已确认跟进 ${leadRef(lead.id)}(${lead.phone ? maskPhone(lead.phone) : '平台内联系'})。` : `${leadRef(lead.id)} 之前已确认过。`);
}

/** /bind S1234567: a staff member binds this chat account with the code from the admin CLI. */
export function staffBind(ctx: Context, code: string): void {
  const result = ctx.deps.staff.bind(code.trim(), ctx.person, ctx.deps.now());
  if (result.ok) {
    ctx.reply(`绑定成功:${result.staff.name}(${ROLE_LABEL[result.staff.role]}${result.staff.county ? `·${result.staff.county}` : ''})。新线索会直接发到这里;发送 /leads 查看线索。`);
    return;
  }
  const why = { unknown: '这个绑定码不对', used: '这个绑定码已经用过了', expired: '这个绑定码已过期' }[result.reason];
  ctx.reply(`${why}。请向管理员重新索取。`);
}
