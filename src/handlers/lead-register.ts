import type { Handler } from './handler.ts';
import { startLead } from './lead-form.ts';
import { OWN_LEAD, ownLead } from './own-lead.ts';
import { CHANGES_REGISTRATION } from '../dialogue/follow-up.ts';

/** Asking to register (another) project, not to look at the one registered ("帮我登记", "再登记一个"). */
const REGISTERS =
  /(?:帮我|给我|我要|我想|想|再|另外|重新|新)(?:帮我)?登记|登记一下|登个记|\b(?:register|log|record|submit) (?:my|our|a|the) (?:lead|project|interest)\b|登记 my (?:lead|project)/i;

/**
 * Registers an investment or project lead as a form in chat, consent first; the first message prefills it. One's
 * own registration named ("我登记的信息看一下", "登记的电话改成…") is shown or changed instead.
 */
export const leadRegister: Handler = (ctx) => {
  const text = ctx.analysis.text;
  const ofOwn = ctx.classification?.reason === CHANGES_REGISTRATION || (OWN_LEAD.test(text) && !REGISTERS.test(text));
  if (ofOwn) {
    const own = ctx.deps.leads.ofPerson(ctx.person);
    if (own.length) return ownLead(ctx, own);
    ctx.reply('您在这里还没有登记过。要登记回乡投资或创业项目,直接说"帮我登记"。');
    return;
  }
  startLead(ctx);
};
