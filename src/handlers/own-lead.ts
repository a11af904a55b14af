import type { Context } from '../core/context.ts';
import { maskPersonal } from '../core/logger.ts';
import { extractAmount, extractName } from '../dialogue/extract.ts';
import { badPhoneText, CHANGES, phoneChangeOf } from '../dialogue/booking-edit.ts';
import type { Lead, LeadFields } from '../leads/leads.ts';
import { refOf } from '../leads/leads.ts';
import { notifyStaffOfLead } from './staff.ts';

/**
 * One's own registration, looked at or changed in chat ("我登记的信息帮我看一下", "登记的电话改成139…", "投资规模改成
 * 500万"). Only the sender's own leads are ever read or changed: a ref of someone else's names nothing of theirs.
 */

/** The registration named as one's own ("我登记的信息", "我的登记", "登记的电话", "修改一下登记"). */
export const OWN_LEAD =
  /我的登记|(?:我|上回|上次)(?:的|之前|刚才|刚刚|上次|已经)?(?:登记|留)(?:的|过的|了的)(?:信息|资料|项目|内容|电话|手机号?|号码|投资|规模|金额|名字|称呼)?|登记(?:的)?(?:信息|资料|电话|手机号?|号码|投资规模|规模|金额|项目|名字|称呼)|(?:改|修改|更新|更正)(?:一下)?(?:我的)?登记|\bmy (?:registration|lead)\b/i;
const AMOUNT_WORD = /投资|规模|金额|多少钱|\d\s*(?:万|亿)|[一二两三四五六七八九十百千]+\s*(?:万|亿)/;
/** The name given after "称呼/名字 改成" ("称呼改成何建国", "名字写错了 是何建国"). */
const NEW_NAME = /(?:称呼|名字|姓名)[^,，。]{0,4}?(?:改成|改为|换成|应该是|是)\s*([^\s,，。!！]{1,12})/;
/** The project given after "项目 改成" ("项目改成冷链仓储", "项目写错了 应该是农产品加工"). */
const NEW_PROJECT = /项目(?:内容|名称)?[^,，。]{0,4}?(?:改成|改为|换成|应该是|是)\s*([^,，。!！?？]{2,40})/;
/** Most characters of a project as changed in chat, as the lead form keeps it. */
const PROJECT_CHARS = 60;
const LEAD_REF = /\bL\d{6}\b/i;

type Edit = Partial<Pick<LeadFields, 'phone' | 'amountWan' | 'amountText' | 'name' | 'project'>>;

/** What the message changes of a registration; `bad` when a phone it gives is no mainland mobile. */
function editOf(ctx: Context): { fields: Edit } | { bad: string } | undefined {
  const raw = ctx.inbound.text;
  if (!CHANGES.test(raw)) return undefined;
  const phone = phoneChangeOf(raw);
  if (phone && 'phone' in phone) return { fields: { phone: phone.phone } };
  if (phone) return { bad: badPhoneText(phone, false) };
  const name = NEW_NAME.exec(raw)?.[1];
  const named = name ? extractName(name, { whole: true }) : undefined;
  if (named) return { fields: { name: named } };
  // (A sum in the new project is the project's words: "项目改成冷链仓储 投800万" changes both, the sum below.)
  const project = NEW_PROJECT.exec(raw)?.[1]?.trim();
  if (project && !AMOUNT_WORD.test(project)) return { fields: { project: maskPersonal(project).slice(0, PROJECT_CHARS) } };
  if (AMOUNT_WORD.test(ctx.analysis.text)) {
    const amount = extractAmount(ctx.analysis.text);
    if (amount && 'wan' in amount) return { fields: { amountWan: amount.wan, amountText: amount.text } };
  }
  return undefined;
}

/** The lead as its owner sees it: their own details, the phone masked, who follows it up. */
function card(lead: Lead): string {
  return [
    `登记 ${refOf(lead.id)}(${lead.kind}):`,
    `称呼:${lead.name ?? '未留'}  老家:${lead.hometown ?? '未说'}  现在:${lead.city ?? '未说'}`,
    `项目:${lead.project ?? '未说明'}${typeof lead.amountWan === 'number' ? `  规模:约${lead.amountWan}万元` : ''}`,
    `电话:${lead.phone ? maskPersonal(lead.phone) : '未留'}  跟进:${lead.ownerOffice}(${lead.stage})`,
  ].join('\n');
}

/**
 * Shows or changes the sender's own registration: a change (phone, name, project, amount) goes to their latest lead (or the
 * one whose ref they name), is recorded in its history and told to the staff who follow it up.
 */
export function ownLead(ctx: Context, leads: readonly Lead[]): void {
  const named = LEAD_REF.exec(ctx.inbound.text)?.[0]?.toUpperCase();
  const lead = named ? leads.find((l) => refOf(l.id) === named) : [...leads].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id)[0];
  if (!lead) {
    ctx.reply(`没有找到您编号为 ${named} 的登记。发送"我的登记"查看您的登记。`);
    return;
  }
  const edit = editOf(ctx);
  if (edit && 'bad' in edit) {
    ctx.reply(`${edit.bad}。登记没有改动。`);
    return;
  }
  if (edit) {
    const owner = { person: ctx.person, platform: ctx.inbound.platform, userId: ctx.inbound.userId, chatId: ctx.inbound.chatId };
    const changed = ctx.deps.leads.editOwn(lead, owner, edit.fields, ctx.deps.now().getTime());
    const what =
      edit.fields.phone !== undefined
        ? `电话改为 ${maskPersonal(edit.fields.phone ?? '')}`
        : edit.fields.name !== undefined
          ? `称呼改为 ${edit.fields.name}`
          : edit.fields.project !== undefined
            ? `项目改为"${edit.fields.project}"`
            : `投资规模改为约${edit.fields.amountWan}万元`;
    ctx.reply(`已修改登记 ${refOf(changed.id)}:${what}。已告知跟进的${changed.ownerOffice}。`);
    notifyStaffOfLead(ctx, changed, true);
    return;
  }
  const asksChange = CHANGES.test(ctx.inbound.text);
  ctx.reply(
    [
      ...(named ? [lead] : leads).map(card),
      asksChange
        ? '要改哪一项?直接说如"登记的电话改成139…""投资规模改成500万""称呼改成王先生""项目改成冷链仓储"。'
        : '要修改,直接说如"登记的电话改成139…";要删除,发送"删除我的信息"。',
    ].join('\n'),
  );
}
