import type { Context } from '../core/context.ts';
import { ASKS_IF_PHONE_REQUIRED } from '../text/phone.ts';
import type { Choice } from '../core/message.ts';
import { maskPersonal, maskPhone } from '../core/logger.ts';
import {
  extractAmount,
  extractCompany,
  extractIndustry,
  extractName,
  extractPhone,
  readPhoneStep,
  givesPhone,
  extractPlaces,
  extractProject,
  extractYesNo,
  MOBILE_NUMBER,
} from '../dialogue/extract.ts';
import { type Answer, type FormSpec, type FormState, type SlotSpec, speaksEnglish, startForm } from '../dialogue/form.ts';
import { asksOutright } from '../dialogue/form-turn.ts';
import { soundsLikeQuestion } from '../dialogue/question.ts';
import { refOf, type LeadFields, type LeadKind } from '../leads/leads.ts';
import { notifyStaffOfLead } from './staff.ts';
import { contactsEn } from './handler.ts';

/** What a lead form holds: the lead's fields, and whether the person consented (nothing is stored before). */
export type LeadValues = LeadFields & { consented: boolean };
export type LeadForm = FormState<LeadValues>;

/** Kind of lead: bringing investment home (楚商回乡) or starting one's own business (返乡创业). */
function leadKindOf(text: string, amountWan?: number | null): LeadKind {
  if (/投资|建厂|办厂|设厂|工厂|企业|公司|总部|分厂|亿|千万|招商/.test(text) || (amountWan ?? 0) >= 1000) return '楚商回乡';
  return '返乡创业';
}

const SITE = /用地|土地|块地|地皮|[0-9一二两三四五六七八九十百千]+\s*亩|厂房|标准厂房|场地|仓库|门面|店面|办公室|车间/;
const SUPPORT = /资金|贷|融资|政策|补贴|补助|扶持|支持|钱|人才|用工|招工|审批|手续|办证|税|电价|水电|配套/;

/** The site needs and the support wanted named in a text: each sentence goes where its words point. */
function needsOf(text: string): Pick<LeadFields, 'siteNeeds' | 'supportWanted'> {
  const parts = maskPersonal(text)
    .split(/[,，。;；!！\s]+/)
    .filter(Boolean);
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

/** Free text as kept: one line, phone and ID numbers masked (the phone slot keeps its number whole: staff call it). */
const clean = (raw: string, max = 200) => maskPersonal(raw.replace(/\s+/g, ' ')).slice(0, max);
const ASK_SKIP = '(不方便说可以选1跳过)';
const ASK_SKIP_EN = ' (pick 1 to skip)';

/** Whether the registration talks to this user in English. */
const english = (ctx: Context): boolean => speaksEnglish(ctx, LEAD_FORM);
/** A prompt in the user's language; the English one ends with how to skip where the Chinese one does. */
const say = (ctx: Context, zh: string, en: string): string => (english(ctx) ? en : zh);
const SKIP = { label: '跳过', labelEn: 'Skip' };

/**
 * Who gets a lead, as `notifyStaffOfLead` and the staff commands route it (`mayHandleLead`): every admin, and the
 * office of the hometown county if it is in Jingzhou. Change this text with that rule.
 */
const LEAD_CONSENT =
  '我们会记录您的称呼、老家、所在城市、公司和行业、项目情况、投资规模和手机号,用于联系对接您的项目。能看到这些信息的是本服务的管理员和您老家所在县市区的招商部门(老家不在荆州的,只有管理员)。随时发送"删除我的信息"即可全部删除。';
/** Asking what the details are for or who sees them ("你们要我这些信息干嘛用", "why do you need my number"). */
const ASKS_PURPOSE =
  /(信息|资料|电话|手机号?|号码|名字|这些)[^。?？]{0,6}(干嘛|干什么|干啥|做什么|做啥|搞么事|有什么用|有啥用|用来|拿去|给谁看|谁能看|谁看|给哪些人看|哪些人(?:能|会)?看|哪个看得到|谁看得到)|(为什么|为啥|凭什么)要(我的?)?(信息|资料|电话|手机号?|号码|名字)|\bwhy do you need\b|\bwhat (?:is|are) (?:it|they|my (?:data|details|number)) (?:for|used for)\b|\bwho (?:can )?sees? (?:it|them|my)\b/i;
/** Asking what consenting means or takes ("同意是什么意思", "要签字吗", "do I have to sign anything"). */
const ASKS_WHAT_CONSENT_IS =
  /同意(是|指)(什么|么|啥|么子)意思|同意了?(会|要)(怎样|怎么样|干嘛)|(要|需要|得)(签字|签名|盖章|按手印)|\b(?:sign|signature)\b|what does (?:agree|agreeing|consent) mean/i;
/** The consent notice in English: the same facts as `LEAD_CONSENT` (change both together). */
const LEAD_CONSENT_EN =
  'We will record your name, hometown, current city, company and industry, project, investment scale and mobile number, to contact you about your project. They are seen by this service\'s administrators and the investment office of your home county, city or district (only the administrators if your hometown is outside Jingzhou). Send "delete my data" any time to delete it all.';
const CONSENT_CHOICES: Choice[] = [
  { label: '同意', value: 'lead:consent:yes' },
  { label: '不同意', value: 'lead:consent:no' },
];
const CONSENT_CHOICES_EN: Choice[] = [
  { label: 'I agree', value: 'lead:consent:yes' },
  { label: 'I do not agree', value: 'lead:consent:no' },
];
const CONFIRM_CHOICES: Choice[] = [
  { label: '确认提交', value: 'lead:confirm:yes' },
  { label: '不提交', value: 'lead:confirm:no' },
];
const CONFIRM_CHOICES_EN: Choice[] = [
  { label: 'Submit', value: 'lead:confirm:yes' },
  { label: 'Do not submit', value: 'lead:confirm:no' },
];

type Slot = SlotSpec<LeadValues>;
/** A name of two or three characters followed by a mobile number ("周晓梅 电话13871234567"). */
const NAME_THEN_PHONE =
  /^(?!电话|手机|号码|我的|联系|微信|座机)([\u4e00-\u9fa5]{2,3})[\s,，]+(?:电话|手机|手机号|号码)?[\s:：]*1[3-9]\d{9}[\s。!！]*$/;

const NAME_LIKE = /^(?!.*\p{Script=Han}\s+\p{Script=Han})(?!.*[吧了啊呢吗哈嘛]$)[\p{L}·\s]{1,12}$/u;
const has = (v: unknown) => v !== undefined && v !== null && v !== '';
/** A free-text answer: anything but an explicit question. */
const freeText = (_ctx: Context, a: Answer) => !soundsLikeQuestion(a.raw);

/**
 * Consent said in English ("yes, I consent", "I agree to this", "use my China number instead: 139…. And yes, I
 * consent."), not in a question ("If I agree, who sees it?"), besides the yes and no of `extractYesNo`.
 */
const CONSENTS =
  /^(?:yes|ok|okay|sure|fine|alright|all right|then)?[.,，\s]*i (?:agree|consent)\b|^(?![^?？]*[?？])(?!\s*if\b).*(?:^|[.,;!]\s*|\band\s+)(?:yes|ok|okay|sure)?[,\s]*i (?:agree|consent)\b|^(?!.*(?:不同意|不确认|不要|不行|拒绝|别))(?=.*(?:同意|确认|没问题|冇问题|要得)).{1,20}$/i;
/** Refusing, also inside a longer message ("信息要转给招商部门是吧 这个我不同意 只想先了解了解"). */
const REFUSES = /\bi (?:do not|don't) (?:agree|consent)\b|不同意|不想登记|不要登记|不愿意登记|拒绝登记/i;

/**
 * A question about the consent itself ("这个同意是同意么事啊 你们会不会把我信息卖了") is no consent, though it says
 * 同意: it is answered, and the consent asked again. Agreeing first, then asking ("同意 你们会给谁看"), agrees.
 */
const AGREES_FIRST = /^(?:好的?|行|可以|嗯+|ok)?[\s,，]*(?:我)?(?:同意|确认)(?![是么什啥的])/i;
const asksAboutConsent = (raw: string): boolean => soundsLikeQuestion(raw) && !AGREES_FIRST.test(raw.trim());

const consent: Slot = {
  name: 'consent',
  gate: true,
  filled: (v) => v.consented === true,
  ask: (ctx) =>
    english(ctx)
      ? { text: `Before registering, please note: ${LEAD_CONSENT_EN} Do you agree?`, choices: CONSENT_CHOICES_EN }
      : { text: `登记前请先知悉:${LEAD_CONSENT}同意登记吗?`, choices: CONSENT_CHOICES },
  plausible: (_ctx, a) => !asksAboutConsent(a.raw) && (Boolean(extractYesNo(a.raw)) || CONSENTS.test(a.raw) || REFUSES.test(a.raw)),
  read(ctx, _form, a) {
    if (!a.picked && asksAboutConsent(a.raw) && !REFUSES.test(a.raw)) return 'miss';
    const said =
      a.picked?.value === 'lead:consent:yes' || CONSENTS.test(a.raw)
        ? 'yes'
        : a.picked?.value === 'lead:consent:no' || REFUSES.test(a.raw)
          ? 'no'
          : extractYesNo(a.raw);
    if (said === 'yes') return { set: { consented: true } };
    if (said !== 'no') return 'miss';
    delete ctx.session.form;
    const c = ctx.deps.knowledge.service.contacts;
    ctx.reply(
      say(
        ctx,
        `好的,不登记,您的信息没有保存。也可以直接联系${c.office}(设在${c.location}),电话${c.phone}。`,
        `OK, nothing is registered and nothing of yours was saved. You can also contact ${contactsEn(ctx)}.`,
      ),
    );
    return 'ended';
  },
};

const name: Slot = {
  name: 'name',
  named: /称呼|名字|姓名|叫什么/,
  skip: SKIP,
  ask: (ctx) => ({
    text: say(ctx, `怎么称呼您?(姓名或"王先生"都可以)${ASK_SKIP}`, `How should we address you? (a name, or e.g. "Mr Wang")${ASK_SKIP_EN}`),
  }),
  extract: (_ctx, a) => {
    // "周晓梅 电话13871234567" before the name is asked: a name and the phone beside it.
    const found = extractName(a.raw, { whole: false }) ?? NAME_THEN_PHONE.exec(a.raw.trim())?.[1];
    return found ? { name: found } : undefined;
  },
  plausible: (_ctx, a) => Boolean(extractName(a.raw, { whole: true })),
  read(ctx, _form, a) {
    const found = extractName(a.raw, { whole: true });
    if (found) return { set: { name: clean(found, 20) } };
    // "my name is Tom Li" (read as 我叫 Tom Li): the name after it.
    const named = /^(?:我叫|我是)\s*([\p{L}·\s]{1,20})$/u.exec(a.text.trim());
    if (named) return { set: { name: clean(named[1]!.trim(), 20) } };
    if ([...a.raw].length > 20)
      return { retry: say(ctx, '称呼请用20个字以内,如"王先生"。', 'Please keep the name within 20 characters, e.g. "Mr Wang".') };
    // A rare surname, a nickname, a name in Latin letters ("阿强", "John"): letters only, and nothing else it could be.
    const places = extractPlaces(a.text);
    if (NAME_LIKE.test(a.raw) && !soundsLikeQuestion(a.raw) && !extractYesNo(a.raw) && !places.hometown && !places.city)
      return { set: { name: clean(a.raw, 20) } };
    return 'miss';
  },
};

const hometown: Slot = {
  name: 'hometown',
  named: /老家/,
  skip: SKIP,
  filled: (v) => has(v.hometown) || has(v.outsideJingzhou),
  clear: (v) => {
    delete v.hometown;
    delete v.outsideJingzhou;
  },
  ask: (ctx) => ({
    text: say(
      ctx,
      `您老家是荆州哪里的?(如 洪湖、监利、沙市)${ASK_SKIP}`,
      `Where in Jingzhou is your hometown? (e.g. Honghu, Jianli, Shashi)${ASK_SKIP_EN}`,
    ),
  }),
  extract: (_ctx, a) => {
    const p = extractPlaces(a.text);
    return p.hometown ? { hometown: p.hometown } : p.outside ? { outsideJingzhou: p.outside } : undefined;
  },
  plausible: (_ctx, a) => Boolean(extractPlaces(a.text).hometown || extractPlaces(a.text).outside),
  read(ctx, _form, a) {
    const p = extractPlaces(a.text);
    if (p.hometown) return { set: { hometown: p.hometown } };
    if (p.outside) return { set: { outsideJingzhou: p.outside } };
    return {
      retry: say(
        ctx,
        '没认出是荆州哪个县市区,请说如"洪湖""监利""沙市"。',
        'I did not recognise the place; please name a county, city or district, e.g. "Honghu", "Jianli", "Shashi".',
      ),
    };
  },
};

const city: Slot = {
  name: 'city',
  named: /所在城市|现在在|城市/,
  skip: SKIP,
  ask: (ctx) => ({ text: say(ctx, `您现在在哪个城市?${ASK_SKIP}`, `Which city are you in now?${ASK_SKIP_EN}`) }),
  extract: (_ctx, a) => {
    const found = extractPlaces(a.text).city;
    return found ? { city: found } : undefined;
  },
  plausible: (_ctx, a) => Boolean(extractPlaces(a.text).city),
  read(_ctx, _form, a) {
    const found = extractPlaces(a.text).city;
    if (found) return { set: { city: found } };
    // A phone number, a company or a long story is not a city.
    if (extractPhone(a.raw) || /\d{3,}/.test(a.raw) || [...a.raw].length > 12 || soundsLikeQuestion(a.raw)) return 'miss';
    return { set: { city: clean(a.raw, 20) } };
  },
};

const NAMES_ONESELF = /^(?:我|本人)?(?:姓|叫)[\u4e00-\u9fff]{1,3}[。!！\s]*$/;
/** A company name in Latin letters ( "Li Trading Pte Ltd", "A&B Foods Co."). */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9&.,'()\s-]{1,59}$/;

const company: Slot = {
  name: 'company',
  freeText: true,
  named: /公司|店名/,
  skip: SKIP,
  ask: (ctx) => ({ text: say(ctx, `您的公司或店名叫什么?${ASK_SKIP}`, `What is your company or shop called?${ASK_SKIP_EN}`) }),
  extract: (_ctx, a) => {
    const found = extractCompany(a.raw, { whole: false });
    return found ? { company: found } : undefined;
  },
  plausible: freeText,
  read(ctx, _form, a) {
    // "姓吴" is the name, given late; the name slot takes it.
    if (NAMES_ONESELF.test(a.raw.trim())) return 'miss';
    const found = extractCompany(a.raw, { whole: true });
    if (found) return { set: { company: clean(found, 60) } };
    // An English name as written ("Li Trading Pte Ltd"): the Chinese company words do not apply.
    if (english(ctx) && LATIN_NAME.test(a.raw.trim()) && !soundsLikeQuestion(a.raw)) return { set: { company: clean(a.raw.trim(), 60) } };
    return 'miss';
  },
};

const industry: Slot = {
  name: 'industry',
  freeText: true,
  named: /行业/,
  skip: SKIP,
  ask: (ctx) => ({ text: say(ctx, `做的是哪个行业?${ASK_SKIP}`, `Which industry are you in?${ASK_SKIP_EN}`) }),
  extract: (_ctx, a) => {
    const found = extractIndustry(a.text);
    return found ? { industry: found } : undefined;
  },
  plausible: freeText,
  read(_ctx, _form, a) {
    if (extractPhone(a.raw)) return 'miss';
    return { set: { industry: extractIndustry(a.text) ?? clean(a.raw, 30) } };
  },
};

const project: Slot = {
  name: 'project',
  freeText: true,
  named: /项目/,
  skip: SKIP,
  ask: (ctx) => ({ text: say(ctx, `想回来做什么项目?${ASK_SKIP}`, `What project would you like to bring home?${ASK_SKIP_EN}`) }),
  extract: (ctx, a) => {
    const found = extractProject(a.text) ?? (english(ctx) ? projectEn(a.raw) : undefined);
    return found ? { project: clean(found) } : undefined;
  },
  // A project is often described with question words ("搞个么加工厂好"): only an explicit question is one.
  plausible: (_ctx, a) => !asksOutright(a.raw),
  read(_ctx, form, a) {
    if (onlyPhone(a.raw)) return 'miss';
    const kind = form.values.kind === '楚商回乡' ? form.values.kind : leadKindOf(a.text, form.values.amountWan);
    return { set: { project: clean(a.raw), kind, ...needsOf(a.raw) } };
  },
};

/**
 * The project in an English request ("register my interest: a cold-chain park in Jingzhou, around 80 million RMB",
 * "I want to invest in a central kitchen back home"): what follows the colon or the verb, up to the next clause.
 */
const PROJECT_EN =
  /(?::\s*|\b(?:invest(?:ing)? in|set(?:ting)? up|build(?:ing)?|open(?:ing)?|start(?:ing)?|bring(?:ing)? back|move|moving)\s+)((?:an?|the|my|our)\s+[^,.;!?:]{3,80})/i;
const projectEn = (raw: string): string | undefined => PROJECT_EN.exec(raw)?.[1]?.trim();

/** A phone number and little else: the phone slot's answer, never a free-text one. */
const onlyPhone = (raw: string): boolean => Boolean(extractPhone(raw)) && [...raw.replace(/[\d\s+-]/g, '')].length < 2;

const needs: Slot = {
  name: 'needs',
  freeText: true,
  skip: SKIP,
  filled: (v) => has(v.siteNeeds) || has(v.supportWanted),
  clear: (v) => {
    delete v.siteNeeds;
    delete v.supportWanted;
  },
  ask: (ctx) => ({
    text: say(
      ctx,
      `项目需要多少用地或厂房?希望得到哪些支持(资金、贷款、审批、人才等)?${ASK_SKIP}`,
      `How much land or factory space does the project need, and what support would you like (funding, loans, approvals, talent …)?${ASK_SKIP_EN}`,
    ),
  }),
  extract: (_ctx, a) => needsOf(a.raw),
  // ("能不能帮忙贷点款" answers it; "监利今年搞不搞小龙虾节" is a question of its own, answered on the side.)
  plausible: (_ctx, a) => !asksOutright(a.raw) && (!soundsLikeQuestion(a.raw) || SITE.test(a.raw) || SUPPORT.test(a.raw)),
  read(_ctx, _form, a) {
    if (onlyPhone(a.raw)) return 'miss';
    const found = needsOf(a.raw);
    // An answer that names neither (e.g. "都需要") is kept as the support wanted, in the person's words.
    return { set: found.siteNeeds || found.supportWanted ? found : { supportWanted: clean(a.raw) } };
  },
};

const amount: Slot = {
  name: 'amount',
  // A new amount names the slot it corrects ("说错了 是八千万 不是五千万").
  named: /规模|金额|投资额|[\d一二两三四五六七八九十百千]+(?:万|亿)/,
  skip: SKIP,
  filled: (v) => v.amountWan !== undefined,
  clear: (v) => {
    delete v.amountWan;
    delete v.amountText;
  },
  ask: (ctx) => ({
    text: say(
      ctx,
      `计划投资规模大概多少?(如"五百万""两个亿")${ASK_SKIP}`,
      `About how much do you plan to invest? (e.g. "5 million", "200 million")${ASK_SKIP_EN}`,
    ),
  }),
  extract: (_ctx, a) => {
    const found = extractAmount(a.text);
    return found && 'wan' in found
      ? { amountWan: found.wan, amountText: found.text, ...(found.wan >= 1000 ? { kind: '楚商回乡' as const } : {}) }
      : undefined;
  },
  plausible: (_ctx, a) => Boolean(extractAmount(a.text)),
  read(ctx, _form, a) {
    const found = extractAmount(a.text);
    if (!found)
      return {
        retry: say(
          ctx,
          '没认出金额,请说如"五百万""两个亿",不方便说可以选1跳过。',
          'I did not recognise the amount; say e.g. "5 million", or pick 1 to skip.',
        ),
      };
    if ('invalid' in found)
      return {
        retry: say(
          ctx,
          '这个金额不太对,请再说一次,如"五百万""两个亿"。',
          'That amount does not look right; please say it again, e.g. "5 million".',
        ),
      };
    return { set: { amountWan: found.wan, amountText: found.text, ...(found.wan >= 1000 ? { kind: '楚商回乡' as const } : {}) } };
  },
};

const phone: Slot = {
  name: 'phone',
  // A new number names the slot it corrects ("搞错了 是13545108872").
  named: new RegExp(`手机|电话|号码|微信|联系方式|${MOBILE_NUMBER.source}`),
  skip: SKIP,
  ask: (ctx) => ({
    text: say(
      ctx,
      `请留一个手机号,方便招商部门联系您:(不留也可以,选1,工作人员在这里联系您;或致电${ctx.deps.knowledge.service.contacts.phone})`,
      `Please leave a mobile number for the investment office to reach you (or pick 1: staff will contact you in this chat; or call ${ctx.deps.knowledge.service.contacts.phone}).`,
    ),
  }),
  // (A relative's number, with nothing said of their agreeing, is not kept: see `readPhoneStep`.)
  extract: (_ctx, a) => {
    const step = readPhoneStep(a.raw, STAFF_CONTACTS);
    return step && 'phone' in step ? step : undefined;
  },
  plausible: (_ctx, a) => givesPhone(a.raw),
  read(ctx, _form, a) {
    const step = readPhoneStep(a.raw, STAFF_CONTACTS);
    if (!step) return 'miss';
    if ('phone' in step) return { set: step };
    return { retry: say(ctx, step.retry.zh, step.retry.en) };
  },
};
const STAFF_CONTACTS = { zh: '工作人员', en: 'staff' };

/** The summary in English: the same fields; what the person typed is shown as typed. */
function summaryEn(v: Partial<LeadValues>): string {
  const kind = v.kind ?? leadKindOf('', v.amountWan);
  const lines = [
    `Type: ${kind === '楚商回乡' ? 'investing back home (楚商回乡)' : 'starting a business back home (返乡创业)'}`,
    v.name && `Name: ${v.name}`,
    (v.hometown || v.outsideJingzhou) && `Hometown: ${v.hometown ?? `${v.outsideJingzhou} (outside Jingzhou)`}`,
    v.city && `Now in: ${v.city}`,
    v.company && `Company: ${v.company}`,
    v.industry && `Industry: ${v.industry}`,
    v.project && `Project: ${v.project.slice(0, 80)}`,
    v.siteNeeds && `Land or premises: ${v.siteNeeds.slice(0, 60)}`,
    v.supportWanted && `Support wanted: ${v.supportWanted.slice(0, 60)}`,
    typeof v.amountWan === 'number' && `Scale: about ${(v.amountWan * 10_000).toLocaleString('en-US')} yuan`,
    `Contact: ${v.phone ? maskPhone(v.phone) : 'in this chat'}`,
  ];
  return lines.filter(Boolean).join('\n');
}

function summary(v: Partial<LeadValues>): string {
  const lines = [
    `类型:${v.kind ?? leadKindOf('', v.amountWan)}`,
    v.name && `称呼:${v.name}`,
    (v.hometown || v.outsideJingzhou) && `老家:${v.hometown ?? `${v.outsideJingzhou}(荆州以外)`}`,
    v.city && `现在:${v.city}`,
    v.company && `公司:${v.company}`,
    v.industry && `行业:${v.industry}`,
    v.project && `项目:${v.project.slice(0, 60)}`,
    v.siteNeeds && `用地/厂房:${v.siteNeeds.slice(0, 60)}`,
    v.supportWanted && `希望支持:${v.supportWanted.slice(0, 60)}`,
    typeof v.amountWan === 'number' && `规模:约${v.amountWan}万元`,
    `联系:${v.phone ? maskPhone(v.phone) : '在本平台联系'}`,
  ];
  return lines.filter(Boolean).join('\n');
}

const ABOUT_THE_LEAD =
  /(?:多久|多长时间|什么时候|么时候|啥时候|几天|谁|哪个单位|哪个部门|哪家|哪个).{0,6}(?:联系|回复|回我|回话|对接|打电话|跟进|找我)|你们(?:么样|怎么|怎样|如何|咋)(?:样|个)?(?:联系|对接|跟进|找)我/;
const ABOUT_THE_LEAD_EN = /\b(?:when|how soon|how long|who)\b.{0,24}\b(?:contact|call|reach|get back|follow)/i;

/** Registering a lead: consent first; what the first message says is kept in the form, stored only on submit. */
export const LEAD_FORM: FormSpec<LeadValues> = {
  kind: 'lead',
  intent: 'lead.register',
  slots: [consent, name, hometown, city, company, industry, project, needs, amount, phone],
  resume: '——继续刚才的登记——',
  resumeEn: '— back to your registration —',
  confirm: (ctx, form) =>
    english(ctx)
      ? {
          text: `${summaryEn(form.values)}\nSubmit it? To change something, just say so, e.g. "phone is 139…".`,
          choices: CONFIRM_CHOICES_EN,
        }
      : { text: `${summary(form.values)}\n信息无误就提交吗?改哪项直接说,如"电话改成139…"。`, choices: CONFIRM_CHOICES },
  submit,
  leave: (ctx) => {
    ctx.reply(say(ctx, '好的,已取消登记,没有保存您的任何信息。', 'OK, the registration is cancelled; nothing of yours was saved.'));
    return undefined;
  },
  decline: (ctx) => ctx.reply(say(ctx, '好的,没有提交,信息已丢弃。', 'OK, not submitted; the details were discarded.')),
  giveUp: (ctx) =>
    say(
      ctx,
      '几次都没能看懂您的回复,这次登记先结束了,没有保存任何信息。需要时再说"我想登记投资意向"。',
      'I could not understand the replies, so this registration has ended and nothing was saved. Say "register my interest" again when you like.',
    ),
  // "大概多久有人联系我", "谁会看到": a question about this registration is answered from the form, not the plan.
  aboutForm: (ctx, form, raw) => {
    // "同意是什么意思 要签字吗": what consenting is, before it is given.
    if (!form.values.consented && ASKS_WHAT_CONSENT_IS.test(raw))
      return english(ctx)
        ? 'Replying "agree" means you agree that the details are recorded and used as the note below says; a reply here is enough, nothing to sign.'
        : '回复"同意"就是同意按下面的说明记录和使用您的信息,在这里回复就行,不用签字。';
    // "你们要我这些信息干嘛用": what the details are for and who sees them, as the consent notice says.
    if (ASKS_PURPOSE.test(raw)) {
      // A question about one's data, whatever form it is asked in (the registration goes on after the answer).
      ctx.intent = 'privacy.delete';
      if (english(ctx))
        return form.values.consented
          ? `${LEAD_CONSENT_EN}\n— back to your registration —`
          : 'What the details are for and who sees them is in the note below:';
      return form.values.consented ? `${LEAD_CONSENT}\n——继续刚才的登记——` : '这些信息做什么用、谁能看到,见下面的说明:';
    }
    // "电话一定要留吗": not required; who sees it, as the consent notice says. (Asked before its step, the same,
    // for when it comes.)
    if (ASKS_IF_PHONE_REQUIRED.test(raw)) {
      const now = form.step === 'phone';
      return english(ctx)
        ? `Not required: without a phone, staff will contact you in this chat${now ? ' (choose 1)' : ''}. A phone is seen only by the administrators and the investment office of your home county.`
        : `不是必须的:${now ? '不留电话' : '问到电话时可以不留'},工作人员就在这里联系您${now ? '(选1)' : ''}。留的电话只有本服务的管理员和您老家所在县市区的招商部门能看到。`;
    }
    if (!(ABOUT_THE_LEAD.test(raw) || ABOUT_THE_LEAD_EN.test(raw))) return undefined;
    // ("登记了是哪个部门跟他联系" before agreeing: the same answer, and the consent asked again after it.)
    const home = form.values.hometown;
    if (english(ctx))
      return `Once submitted, it goes to ${home ? `the investment office of ${home}` : "the investment office of your home county (or, if your home is outside Jingzhou, this service's administrators)"}, who will contact you; the plan sets no time limit for this.${form.values.consented ? '\n— back to your registration —' : ''}`;
    return `提交后转给${home ? `${home}的招商部门` : '您老家所在县市区的招商部门(老家不在荆州的,转给本服务的管理员)'}跟进,由他们联系您;文件没有规定联系的时限。${form.values.consented ? '\n——继续刚才的登记——' : ''}`;
  },
};

/** Starts registering a lead: first the consent notice; what the message says is kept for after consent. */
export function startLead(ctx: Context): void {
  startForm(ctx, LEAD_FORM, { kind: leadKindOf(ctx.analysis.text) });
}

/**
 * Stores the lead and tells the staff who follow it up. The sender's own earlier lead with this phone is updated;
 * a phone someone else registered makes a new lead (staff see the possible duplicate). The reply says nothing about
 * other registrations, and promises no time: it names who follows this lead up.
 */
function submit(ctx: Context, form: LeadForm): void {
  const { consented: _consented, ...values } = form.values;
  const fields: LeadFields = { ...values, kind: values.kind ?? leadKindOf('', values.amountWan) };
  const { lead, updated } = ctx.deps.leads.save(
    { person: ctx.person, platform: ctx.inbound.platform, userId: ctx.inbound.userId, chatId: ctx.inbound.chatId },
    fields,
    'user',
    ctx.deps.now().getTime(),
  );
  const ref = refOf(lead.id);
  if (english(ctx))
    ctx.reply(
      [
        updated ? `Your registration is updated, reference ${ref}.` : `Registered, reference ${ref}.`,
        lead.hometown
          ? `It has been passed to ${lead.ownerOffice} to follow up.`
          : "It has been passed to this service's administrators to follow up.",
        'To delete these details, send "delete my data" any time.',
      ].join('\n'),
    );
  else
    ctx.reply(
      [
        updated ? `已更新您的登记,编号 ${ref}。` : `登记成功,编号 ${ref}。`,
        lead.hometown ? `已转给${lead.ownerOffice}跟进。` : '已转给本服务的管理员跟进。',
        '想删除这些信息,随时发送"删除我的信息"。',
      ].join('\n'),
    );
  notifyStaffOfLead(ctx, lead, updated);
}
