import type { Middleware } from '../core/compose.ts';
import type { Context } from '../core/context.ts';
import { runCommand } from './commands.ts';

/**
 * A bound staff member's plain words for their own work, in their own chat: "我要发个活动通知" starts a notice (not a
 * subscription), "看下新线索" lists the leads, "L000012 怎么样了" shows one, "看下发过的通知" lists the notices.
 * Each goes through the same command as the slash form, which checks the role (an operator asking for leads is told
 * whose they are); anything else, and anyone who is not
 * bound staff, goes down the chain untouched.
 */

/** Sending a notice ("我要发个活动通知", "帮我群发一条推介会消息", "发布活动"). */
const SENDS_NOTICE =
  /^(?:我要|我想|帮我|给我|要|想|麻烦)?(?:发|群发|推送|推|发布)(?:个|一个|一条|条|一下|下)?(?:新的?)?(?:活动|推介会|恳谈会|节日)?(?:的)?(?:通知|消息|公告|活动)(?:给(?:大家|订阅的人|用户|老乡))?[吧。!！\s]*$/;
/** The notices sent, asked for ("看下发过的通知", "已发的通知有哪些"). */
const LISTS_NOTICES = /(?:发过|已发|已经发|发出去)的?(?:活动)?通知|通知(?:发送)?(?:记录|列表|情况)/;
/** The leads asked for ("看下新线索", "有几条线索没跟进", "线索列表"). */
const LISTS_LEADS =
  /(?:看|查|列)(?:下|一下|看|出)?(?:新|最新|我的|待跟进|没跟进|未跟进)?的?线索|(?:几条|多少|有没有)(?:新)?线索|线索(?:列表|情况|有哪些)|(?:新|待跟进|没跟进|未跟进)的?线索/;
/** Leads not yet taken up ("新线索", "没跟进的"). */
const NEW_LEADS = /新|待跟进|没跟进|未跟进|没人跟/;
/** One lead by its reference ("L000012 怎么样了", "看下L000012"). */
const LEAD_REF = /\bL\d{6}\b/i;

export const staffWords: Middleware<Context> = async (ctx, next) => {
  if (ctx.inbound.chatType === 'group' || ctx.session.form) return next();
  const text = ctx.analysis.raw.trim();
  const words = LEAD_REF.test(text) || LISTS_LEADS.test(text) || LISTS_NOTICES.test(text) || SENDS_NOTICE.test(text);
  if (!words || !ctx.deps.staff.of(ctx.person)) return next();
  const lead = LEAD_REF.exec(text)?.[0];
  if (lead && [...text].length <= 24) return runCommand(ctx, 'lead', lead.toUpperCase());
  if (LISTS_LEADS.test(text)) return runCommand(ctx, 'leads', NEW_LEADS.test(text) ? '线索' : '');
  if (LISTS_NOTICES.test(text)) return runCommand(ctx, 'notices', '');
  if (SENDS_NOTICE.test(text)) return runCommand(ctx, 'notice', '');
  return next();
};
