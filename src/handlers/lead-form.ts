import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { maskPersonal } from '../core/logger.ts';
import { parseInvestment } from '../leads/amount.ts';
import { refOf, type LeadFields, type LeadKind } from '../leads/leads.ts';
import { currentCityOf, hometownOf } from '../leads/places.ts';
import {
  answerAside,
  asksOutright,
  correctionOf,
  isLeaving,
  pickLoosely,
  sideQuestion,
  soundsLikeQuestion,
} from '../dialogue/form-turn.ts';
import { maskPhone, mobileOf } from './booking-form.ts';
import { HANDLERS } from './index.ts';
import { notifyStaffOfLead } from './staff.ts';

export type LeadStep =
  | 'consent'
  | 'name'
  | 'hometown'
  | 'city'
  | 'company'
  | 'industry'
  | 'project'
  | 'needs'
  | 'amount'
  | 'phone'
  | 'confirm';

/** A lead being registered, kept in the user's dialogue state; nothing reaches the lead table before consent. */
export interface LeadForm {
  kind: 'lead';
  step: LeadStep;
  consented: boolean;
  fields: Partial<LeadFields>;
  /** Steps the user chose to skip. */
  skipped: LeadStep[];
  misses: number;
  choices?: Choice[];
}

const ORDER: LeadStep[] = ['name', 'hometown', 'city', 'company', 'industry', 'project', 'needs', 'amount', 'phone'];
const FIELD_OF: Partial<Record<LeadStep, keyof LeadFields>> = {
  name: 'name',
  hometown: 'hometown',
  city: 'city',
  company: 'company',
  industry: 'industry',
  project: 'project',
  needs: 'supportWanted',
  amount: 'amountWan',
  phone: 'phone',
};
const MAX_MISSES = 3;
const SKIP = /^(跳过|不填|不方便|不想说|不说|没有|暂无|无|skip|保密|不留)[了吧。!！]*$/i;
const MOBILE = /^1[3-9]\d{9}$/;
const INDUSTRY =
  /服装|纺织|餐饮|湘菜|川菜|火锅|饭店|酒店|建材|装修|电子|机械|装备|化工|医药|物流|电商|直播|农业|种植|养殖|水产|小龙虾|莲藕|食品|加工|汽车|零部件|家具|包装|新能源|光伏|文旅|民宿|旅游|房地产|教育|培训|软件|互联网|贸易|五金|模具|印刷/;

const CONSENT_CHOICES: Choice[] = [
  { label: '同意', value: 'lead:consent:yes' },
  { label: '不同意', value: 'lead:consent:no' },
];
const CONFIRM_CHOICES: Choice[] = [
  { label: '确认提交', value: 'lead:confirm:yes' },
  { label: '不提交', value: 'lead:confirm:no' },
];
const SKIP_CHOICE: Choice = { label: '跳过', value: 'lead:skip' };

/** Kind of lead: bringing investment home (楚商回乡) or starting one's own business (返乡创业). */
function leadKindOf(text: string, amountWan?: number | null): LeadKind {
  if (/投资|建厂|办厂|设厂|工厂|企业|公司|总部|分厂|亿|千万|招商/.test(text) || (amountWan ?? 0) >= 1000) return '楚商回乡';
  return '返乡创业';
}

const SITE = /用地|土地|块地|地皮|[0-9一二两三四五六七八九十百千]+\s*亩|厂房|标准厂房|场地|仓库|门面|店面|办公室|车间/;
const SUPPORT = /资金|贷款|融资|政策|补贴|人才|用工|招工|审批|手续|办证|税|电价|水电|配套|物流/;

/** The site needs and the support wanted named in a text: each sentence goes where its words point. */
function needsOf(text: string): Pick<LeadFields, 'siteNeeds' | 'supportWanted'> | Record<string, never> {
  const parts = text.split(/[,，。;；!！\s]+/).filter(Boolean);
  const site = parts
    .filter((p) => SITE.test(p))
    .join(',')
    .slice(0, 200);
  const support = parts
    .filter((p) => SUPPORT.test(p))
    .join(',')
    .slice(0, 200);
  return { ...(site ? { siteNeeds: site } : {}), ...(support ? { supportWanted: support } : {}) };
}

/** What the first message already says (kept in the form, not stored as a lead until consent). */
function prefillLead(text: string): Partial<LeadFields> {
  const fields: Partial<LeadFields> = {};
  const home = hometownOf(text);
  if (home && 'hometown' in home && home.hometown) fields.hometown = home.hometown;
  if (home && 'outside' in home) fields.outsideJingzhou = home.outside;
  const city = currentCityOf(text);
  if (city) fields.city = city;
  const industry = INDUSTRY.exec(text)?.[0];
  if (industry) fields.industry = industry;
  // "想回去投资建个厂", "想回松滋老家开个农家乐": the verb phrase after the way home.
  const project = /(?:想|打算|准备|计划|要)(?:回[^,，。!！?？\s]{0,6}?)?(?:投资)?((?:搞|做|办|开|建|投|种|养)[^,，。!！?？\s]{1,30})/.exec(
    text,
  )?.[1];
  if (project) fields.project = maskPersonal(project);
  const amount = parseInvestment(text);
  if (amount && 'wan' in amount) {
    fields.amountWan = amount.wan;
    fields.amountText = amount.text;
  }
  const phone = /(?<!\d)(?:\+?86)?(1[3-9]\d{9})(?!\d)/.exec(text.replace(/[\s-]/g, ''))?.[1];
  if (phone) fields.phone = phone;
  Object.assign(fields, needsOf(maskPersonal(text)));
  fields.kind = leadKindOf(text, fields.amountWan);
  return fields;
}

/** Starts registering a lead: first the consent notice; what the message says is kept for after consent. */
export function startLead(ctx: Context): void {
  const form: LeadForm = {
    kind: 'lead',
    step: 'consent',
    consented: false,
    fields: prefillLead(ctx.analysis.text),
    skipped: [],
    misses: 0,
  };
  ask(ctx, form);
  ctx.session.form = form;
}

function nextStep(form: LeadForm): LeadStep {
  if (!form.consented) return 'consent';
  for (const step of ORDER) {
    if (form.skipped.includes(step)) continue;
    const field = FIELD_OF[step]!;
    if (step === 'hometown' && (form.fields.hometown || form.fields.outsideJingzhou)) continue;
    if (step === 'needs' && (form.fields.siteNeeds || form.fields.supportWanted)) continue;
    if (form.fields[field] === undefined || form.fields[field] === null) return step;
  }
  return 'confirm';
}

const PROMPTS: Record<Exclude<LeadStep, 'consent' | 'confirm'>, string> = {
  name: '怎么称呼您?(姓名或"王先生"都可以)',
  hometown: '您老家是荆州哪里的?(如 洪湖、监利、沙市)',
  city: '您现在在哪个城市?',
  company: '您的公司或店名叫什么?',
  industry: '做的是哪个行业?',
  project: '想回来做什么项目?',
  needs: '项目需要多少用地或厂房?希望得到哪些支持(资金、贷款、审批、人才等)?',
  amount: '计划投资规模大概多少?(如"五百万""两个亿")',
  phone: '请留一个手机号,方便招商部门联系您:',
};

/**
 * Who gets a lead, as `notifyStaffOfLead` and the staff commands route it (`mayHandleLead`): every admin, and the
 * office of the hometown county if it is in Jingzhou. Change this text with that rule.
 */
const LEAD_CONSENT =
  '我们会记录您的称呼、老家、所在城市、公司和行业、项目情况、投资规模和手机号,用于联系对接您的项目。能看到这些信息的是本服务的管理员和您老家所在县市区的招商部门(老家不在荆州的,只有管理员)。随时发送"删除我的信息"即可全部删除。';

function ask(ctx: Context, form: LeadForm, lead = ''): void {
  form.step = nextStep(form);
  const prefix = lead ? `${lead}\n` : '';
  const c = ctx.deps.knowledge.service.contacts;
  if (form.step === 'consent') {
    form.choices = CONSENT_CHOICES;
    ctx.reply(`${prefix}登记前请先知悉:${LEAD_CONSENT}同意登记吗?`, form.choices);
    return;
  }
  if (form.step === 'confirm') {
    form.choices = CONFIRM_CHOICES;
    ctx.reply(`${prefix}${summary(form)}\n信息无误就提交吗?`, form.choices);
    return;
  }
  form.choices = [SKIP_CHOICE];
  ctx.reply(
    `${prefix}${PROMPTS[form.step]}${form.step === 'phone' ? `(不留也可以,选1,工作人员在这里联系您;或致电${c.phone})` : '(不方便说可以选1跳过)'}`,
    form.choices,
  );
}

function summary(form: LeadForm): string {
  const f = form.fields;
  const lines = [
    `类型:${f.kind ?? leadKindOf('', f.amountWan)}`,
    f.name && `称呼:${f.name}`,
    (f.hometown || f.outsideJingzhou) && `老家:${f.hometown ?? `${f.outsideJingzhou}(荆州以外)`}`,
    f.city && `现在:${f.city}`,
    f.company && `公司:${f.company}`,
    f.industry && `行业:${f.industry}`,
    f.project && `项目:${f.project.slice(0, 60)}`,
    f.siteNeeds && `用地/厂房:${f.siteNeeds.slice(0, 60)}`,
    f.supportWanted && `希望支持:${f.supportWanted.slice(0, 60)}`,
    typeof f.amountWan === 'number' && `规模:约${f.amountWan}万元`,
    `联系:${f.phone ? maskPhone(f.phone) : '在本平台联系'}`,
  ];
  return lines.filter(Boolean).join('\n');
}

const YES_CONSENT =
  /^(?:同意|好|好的|可以|行|是|是的|ok|okay|yes|sure|agree|i agree|i consent)[的了吧啊,，.。!！\s]*$|^(?:yes|ok|sure)?[,，\s]*i (?:agree|consent)\b/i;
const NO_CONSENT = /^(?:不同意|不|不要|拒绝|no|i (?:do not|don't) (?:agree|consent))[的了吧。!！.\s]*$/i;
const ABOUT_THE_LEAD = /(?:多久|多长时间|什么时候|么时候|啥时候|几天|谁).{0,6}(?:联系|回复|对接|打电话)/;
const NAME_LIKE = /^[\p{L}·\s]{1,12}$/u;

/** True when the text is a plausible answer to the step the form is on (never taken for a side question). */
function answersStep(form: LeadForm, raw: string, text: string): boolean {
  switch (form.step) {
    case 'consent':
      return YES_CONSENT.test(raw) || NO_CONSENT.test(raw);
    case 'name':
      return NAME_LIKE.test(raw) && !soundsLikeQuestion(raw);
    case 'hometown':
    case 'city':
      return Boolean(hometownOf(text) || currentCityOf(text)) && [...raw].length <= 20;
    case 'phone':
      return Boolean(mobileOf(raw));
    case 'amount':
      return Boolean(parseInvestment(text));
    case 'confirm':
      return /^(确认|确定|提交|好|好的|可以|是|对|没问题|ok|yes|不|不提交|no)[的了吧。!！]*$/i.test(raw);
    case 'project':
    case 'needs':
      // A project is often described with question words ("搞个么加工厂好"): only an explicit question is one.
      return !asksOutright(raw);
    default:
      // Free text (company, industry, project, needs): only a message worded as a question is a question.
      return !soundsLikeQuestion(raw);
  }
}

const CORRECTABLE = [
  { field: 'name', words: /称呼|名字|姓名|叫什么/ },
  { field: 'hometown', words: /老家/ },
  { field: 'city', words: /所在城市|现在在|城市/ },
  { field: 'company', words: /公司|店名/ },
  { field: 'industry', words: /行业/ },
  { field: 'project', words: /项目/ },
  { field: 'amount', words: /规模|金额|投资额/ },
  { field: 'phone', words: /手机|电话|号码/ },
] as const satisfies readonly { field: LeadStep; words: RegExp }[];

/**
 * "称呼不对 是何建国", "修改称呼": the named field is set to the new value, or cleared and asked again. The form goes
 * back to where it was afterwards (nextStep asks the first empty field). False when nothing is corrected.
 */
function correct(ctx: Context, form: LeadForm): boolean {
  if (!form.consented) return false;
  const fix = correctionOf(ctx.analysis.raw.trim(), CORRECTABLE);
  if (!fix) return false;
  const step = fix.field;
  const f = form.fields;
  form.skipped = form.skipped.filter((s) => s !== step);
  if (step === 'hometown') {
    delete f.hometown;
    delete f.outsideJingzhou;
  } else if (step === 'amount') {
    delete f.amountWan;
    delete f.amountText;
  } else delete f[FIELD_OF[step]!];
  if (fix.value) {
    form.step = step;
    if (applyField(form, fix.value, fix.value) !== 'answered') delete f[FIELD_OF[step]!];
  }
  return true;
}

/** Handles a message while a lead form is open. */
export async function continueLead(ctx: Context, form: LeadForm): Promise<void> {
  ctx.intent = 'lead.register';
  const raw = ctx.analysis.raw.trim();
  if (isLeaving(raw) && pickLoosely(raw, form.choices) === undefined) {
    delete ctx.session.form;
    ctx.reply('好的,已取消登记,没有保存您的任何信息。');
    return;
  }
  // "大概多久有人联系我", "谁会看到": a question about this registration is answered from the form, not the plan.
  if (form.consented && ABOUT_THE_LEAD.test(raw)) {
    ask(
      ctx,
      form,
      `提交后转给${form.fields.hometown ? `${form.fields.hometown}的招商部门` : '本服务的管理员'}跟进,由他们联系您;文件没有规定联系的时限。\n——继续刚才的登记——`,
    );
    ctx.session.form = form;
    return;
  }
  const aside = sideQuestion(ctx, {
    choices: form.choices,
    answers: (text) => answersStep(form, raw, text),
    own: ['lead.register'],
  });
  if (aside) {
    return answerAside(
      ctx,
      aside,
      (c) => HANDLERS[c.intent](c),
      () => ask(ctx, form, '——继续刚才的登记——'),
    );
  }
  if (correct(ctx, form)) {
    form.misses = 0;
    ask(ctx, form, '好的,已改。');
    ctx.session.form = form;
    return;
  }
  const outcome = apply(ctx, form);
  if (outcome === 'handled') return;
  if (outcome === 'answered') {
    form.misses = 0;
    ask(ctx, form);
    ctx.session.form = form;
    return;
  }
  form.misses += 1;
  if (form.misses >= MAX_MISSES) {
    delete ctx.session.form;
    ctx.reply('几次都没能看懂您的回复,这次登记先结束了,没有保存任何信息。需要时再说"我想登记投资意向"。');
    return;
  }
  ask(ctx, form, outcome === 'miss' ? '没看懂这个回复。' : outcome.retry);
  ctx.session.form = form;
}

type Outcome = 'answered' | 'handled' | 'miss' | { retry: string };

function apply(ctx: Context, form: LeadForm): Outcome {
  const raw = ctx.analysis.raw.trim();
  const text = ctx.analysis.text;
  const picked = pickLoosely(raw, form.choices);
  if (picked === null) return { retry: `没有这个选项,请回复 1 到 ${form.choices!.length} 之间的数字。` };
  const value = picked?.value;
  if (form.step === 'consent') {
    if (value === 'lead:consent:yes' || YES_CONSENT.test(raw)) {
      form.consented = true;
      return 'answered';
    }
    if (value === 'lead:consent:no' || NO_CONSENT.test(raw)) {
      delete ctx.session.form;
      const c = ctx.deps.knowledge.service.contacts;
      ctx.reply(`好的,不登记,您的信息没有保存。也可以直接联系${c.office}(设在${c.location}),电话${c.phone}。`);
      return 'handled';
    }
    return 'miss';
  }
  if (form.step === 'confirm') {
    if (value === 'lead:confirm:yes' || /^(确认|确定|提交|好|好的|可以|是|对|没问题|ok|yes)[的了吧。!！]*$/i.test(raw)) {
      submit(ctx, form);
      return 'handled';
    }
    if (value === 'lead:confirm:no' || /^(不|不提交|算了|no)[了吧。!！]*$/i.test(raw)) {
      delete ctx.session.form;
      ctx.reply('好的,没有提交,信息已丢弃。');
      return 'handled';
    }
    return 'miss';
  }
  if (value === 'lead:skip' || SKIP.test(raw)) {
    form.skipped.push(form.step);
    return 'answered';
  }
  return applyField(form, raw, text);
}

function applyField(form: LeadForm, raw: string, text: string): Outcome {
  const f = form.fields;
  // Free text is kept with phone and ID numbers masked; the phone step keeps its number whole (staff call it).
  const clean = maskPersonal(raw.replace(/\s+/g, ' ')).slice(0, 200);
  switch (form.step) {
    case 'name':
      if (!/[\p{L}]/u.test(raw) || [...raw].length > 20) return { retry: '称呼请用20个字以内,如"王先生"。' };
      f.name = clean;
      return 'answered';
    case 'hometown': {
      const home = hometownOf(text);
      if (home && 'hometown' in home && home.hometown) f.hometown = home.hometown;
      else if (home && 'outside' in home) f.outsideJingzhou = home.outside;
      else return { retry: '没认出是荆州哪个县市区,请说如"洪湖""监利""沙市"。' };
      return 'answered';
    }
    case 'city':
      f.city = currentCityOf(text) ?? clean.slice(0, 20);
      return 'answered';
    case 'company':
      f.company = clean.slice(0, 60);
      return 'answered';
    case 'industry':
      f.industry = INDUSTRY.exec(text)?.[0] ?? clean.slice(0, 30);
      return 'answered';
    case 'project':
      f.project = clean;
      if (/用地|土地|厂房|标准厂房|场地/.test(text)) f.siteNeeds = clean;
      if (/资金|贷款|政策|补贴|人才|审批|手续/.test(text)) f.supportWanted = clean;
      f.kind = f.kind === '楚商回乡' ? f.kind : leadKindOf(text, f.amountWan);
      return 'answered';
    case 'needs':
      Object.assign(f, needsOf(maskPersonal(raw)));
      // An answer that names neither (e.g. "都需要") is kept as the support wanted, in the person's words.
      if (!f.siteNeeds && !f.supportWanted) f.supportWanted = clean;
      return 'answered';
    case 'amount': {
      const amount = parseInvestment(text);
      if (!amount) return { retry: '没认出金额,请说如"五百万""两个亿",不方便说可以选1跳过。' };
      if ('invalid' in amount) return { retry: '这个金额不太对,请再说一次,如"五百万""两个亿"。' };
      f.amountWan = amount.wan;
      f.amountText = amount.text;
      if (amount.wan >= 1000) f.kind = '楚商回乡';
      return 'answered';
    }
    case 'phone': {
      const digits = mobileOf(raw);
      if (digits && MOBILE.test(digits)) {
        f.phone = digits;
        return 'answered';
      }
      if (digits) return { retry: `这个号码不对:手机号是11位数字,以1开头(您发的是${digits.length}位)。` };
      return 'miss';
    }
    default:
      return 'miss';
  }
}

/**
 * Stores the lead and tells the staff who follow it up. The sender's own earlier lead with this phone is updated;
 * a phone someone else registered makes a new lead (staff see the possible duplicate). The reply says nothing about
 * other registrations, and promises no time: it names who follows this lead up.
 */
function submit(ctx: Context, form: LeadForm): void {
  const fields: LeadFields = { ...form.fields, kind: form.fields.kind ?? leadKindOf('', form.fields.amountWan) };
  const { lead, updated } = ctx.deps.leads.save(
    { person: ctx.person, platform: ctx.inbound.platform, userId: ctx.inbound.userId, chatId: ctx.inbound.chatId },
    fields,
    'user',
    ctx.deps.now().getTime(),
  );
  delete ctx.session.form;
  const ref = refOf(lead.id);
  ctx.reply(
    [
      updated ? `已更新您的登记,编号 ${ref}。` : `登记成功,编号 ${ref}。`,
      lead.hometown ? `已转给${lead.ownerOffice}跟进。` : '已转给本服务的管理员跟进。',
      '想删除这些信息,随时发送"删除我的信息"。',
    ].join('\n'),
  );
  notifyStaffOfLead(ctx, lead, updated);
}
