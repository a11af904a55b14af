import { isAnswerable } from '../intent/classify.ts';
import { ASKS_OFFICE_HOURS } from '../intent/rules.ts';
import { composeAnswer, unitsLine } from '../kb/answer.ts';
import { askedAttributes, ASKS_IN_CHARGE_EN, type Attribute } from '../kb/attribute.ts';
import type { Context } from '../core/context.ts';
import { composeAnswerEn, OFFICE_EN, sourceEn, unitsLineEn } from '../kb/answer-en.ts';
import { referencedEntry } from '../kb/refs.ts';
import type { Entry } from '../kb/schema.ts';
import { sayEnglishNames } from './english-name.ts';
import type { Handler } from './handler.ts';
import { contacts } from './handler.ts';
import { unitsAskedFirst } from '../kb/unit-order.ts';

const ASKS_NUMBER = /电话|座机|手机|号码|热线|一号通/;
const ASKS_UNSET_LINE = /热线|一号通|专线/;
/** An explicit request for a way to reach someone: a number, an e-mail, the office itself. */
const ASKS_CONTACT = /电话|座机|手机|号码|热线|一号通|专线|邮箱|email|联系方式|怎么联系|如何联系|联系谁|办公室|地址|办公地点/i;
/** Asking whom to ask, about what was just talked about (in English below). */
const ASKS_WHOM = /找谁|问谁|联系谁|报给谁|交给谁|找哪个|问哪个|联系哪个|谁管|归谁|哪个(?:部门|单位|局)/;
/** "去哪个窗口办", "哪个单位管的", "服务点去哪找": where or who handles a topic, answered from the topic's entry. */
const ASKS_WHERE_OR_WHO = new RegExp(
  `哪个窗口|窗口|服务点|服务站|去哪|到哪|在哪|哪里|${ASKS_WHOM.source}|哪些(?:部门|单位)|什么(?:部门|单位)`,
);
const ASKS_WHOM_EN = new RegExp(
  `\\bwho (?:do|can|should|would) (?:i|we) (?:ask|contact|talk to|speak to|call|apply to|go to|turn to|write to|reach out to|see)\\b|\\bto whom\\b|${ASKS_IN_CHARGE_EN.source}`,
  'i',
);

/** English asking where or how to apply, or whether it can be done online. */
const ASKS_WHERE_EN = /\bwhere (?:do|can|should) (?:i|we)\b|\bhow (?:do|can) (?:i|we) apply\b|\bonline\b/i;
/** English asking for a way to reach someone. */
const ASKS_CONTACT_EN = /\b(?:phone|telephone|number|e-?mail|address|hotline|call)\b/i;

/** Who handles a topic and how to reach them: the entry's units plus the contacts the document gives. */
export const contactAsk: Handler = (ctx) => {
  // "whats the english name for 市招商中心": the unit's name in English, not its contacts.
  if (sayEnglishNames(ctx)) return;
  const hits = ctx.classification?.hits ?? [];
  // "那贷款这块具体问哪个单位": a topic named by one of its words is the topic, however few words the message has.
  const named = hits[0]?.entry.synonyms.some((s) => [...s].length >= 2 && ctx.analysis.tokens.includes(s));
  // "返乡创业方案第七条 牵头的是哪个部门": the article named by its number is the topic.
  const numbered = referencedEntry(ctx.analysis.text, ctx.deps.retriever.entries);
  const found = numbered ?? (isAnswerable(hits, ctx.analysis) || named ? hits[0]!.entry : undefined);
  // "那具体金额找谁问", "Who do I ask for the exact amount then?": the topic talked about, whose units are asked for.
  const current = ctx.session.context?.entries[0];
  // (Not when only a number or an address is asked for: those are the office's. "这个找哪个部门 有冇得电话" asks
  // both: the topic's units, then that the plan gives only the office's number.)
  const asksWhom = ASKS_WHOM.test(ctx.analysis.text) || (ASKS_WHOM_EN.test(ctx.inbound.text) && !ASKS_CONTACT_EN.test(ctx.inbound.text));
  const talkedAbout = (!found || found.category === '联系方式') && current && asksWhom ? ctx.deps.retriever.get(current) : undefined;
  const entry = talkedAbout?.category === '联系方式' ? found : (talkedAbout ?? found);
  if (ctx.language === 'en') return contactEnglish(ctx, entry);
  if (entry && entry.category !== '联系方式' && !ASKS_CONTACT.test(ctx.analysis.text) && ASKS_WHERE_OR_WHO.test(ctx.analysis.text)) {
    // The topic's own units and its facts about where answer it; the office's contacts are for explicit requests.
    const asked = askedAttributes(ctx.analysis.text);
    const kinds: Attribute[] = asked.includes('unit') || asked.includes('where') ? asked : ['where', ...asked];
    ctx.reply(composeAnswer(entry, ctx.analysis, ctx.deps.retriever, ctx.deps.knowledge.service, kinds));
    ctx.cite(entry.id);
    return;
  }
  const lines: string[] = [];
  // "孩子上学归哪个部门": the unit the question is about is named first.
  const units = entry && entry.category !== '联系方式' ? unitsLine(unitsAskedFirst(entry, ctx.analysis.text), 5) : '';
  if (entry && units) {
    lines.push(`【${entry.title}】负责单位:${units}`);
    ctx.cite(entry.id);
  } else if (entry && entry.category !== '联系方式' && entry.facts[0]) {
    // "季度报送的材料发到哪个邮箱": a topic naming no unit (the reporting rules) is said first, and stays the topic.
    lines.push(`【${entry.title}】${entry.facts[0]}`);
    ctx.cite(entry.id);
  }
  const asksNumber = ASKS_NUMBER.test(ctx.analysis.text);
  if (ASKS_UNSET_LINE.test(ctx.analysis.text)) {
    lines.push('文件只要求设立返乡创业热线和招商服务专线"一号通",没有公布号码。');
  }
  if (units && !asksNumber) {
    // The office's phone and e-mail are for member units' reporting, not a public hotline: the units come first.
    lines.push(`具体办理请直接找以上单位;统筹协调的是${contacts(ctx)}。`);
  } else {
    lines.push(`${units ? '文件没有公布以上单位的电话。' : ''}文件列出的联系方式是${contacts(ctx)}。`);
    if (asksNumber) lines.push('文件公布的电话只有这一个,没有写区号和办公时间。');
    else if (ASKS_OFFICE_HOURS.test(ctx.analysis.text)) lines.push('文件没有写明办公时间。');
  }
  const official = ctx.deps.retriever.entries.find((e) => e.category === '联系方式');
  lines.push(`依据:${ctx.deps.knowledge.service.contacts.source}`);
  if (official) ctx.cite(official.id);
  ctx.reply(lines.join('\n'));
};

/** The same answer in English: the entry's units, the unset lines, and the office's contacts as the document gives them. */
function contactEnglish(ctx: Context, entry: Entry | undefined): void {
  const c = ctx.deps.knowledge.service.contacts;
  // "Where do I apply, and can it be done online?" of a topic (named, or the one talked about): what the topic's
  // entry says, as in Chinese.
  const current = ctx.session.context?.entries[0];
  const topic = entry ?? (current ? ctx.deps.retriever.get(current) : undefined);
  // "Who's in charge of the talent policy?" of a topic not talked about yet: its facts with its units, as in Chinese;
  // of the topic just answered, its units and the office's contacts (below).
  const fresh =
    entry !== undefined &&
    entry.id !== current &&
    ASKS_IN_CHARGE_EN.test(ctx.inbound.text) &&
    // ("Which department should I apply to?" asks whom to go to: the units and the office's contacts, below.)
    !/\b(?:this|that|it|them|these|those|i|we)\b/i.test(ctx.inbound.text);
  if (
    topic &&
    topic.category !== '联系方式' &&
    !ASKS_CONTACT_EN.test(ctx.inbound.text) &&
    (ASKS_WHERE_EN.test(ctx.inbound.text) || fresh)
  ) {
    ctx.reply(composeAnswerEn(topic, ctx.analysis, ctx.deps.retriever, ctx.deps.knowledge));
    ctx.cite(topic.id);
    return;
  }
  const lines: string[] = [];
  let unitsShown = false;
  if (entry && entry.category !== '联系方式') {
    // (An entry naming no unit, the joint-meeting office's own, is shown by its title alone: no empty "Responsible:".)
    // ("Does the city help with housing and healthcare?" then "which departments handle that?": the units of the
    // question that led to the topic come first, as two are shown.)
    const context = ctx.session.context;
    const asked = context?.entries[0] === entry.id ? `${ctx.analysis.text} ${context.question}` : ctx.analysis.text;
    const units = unitsLineEn(unitsAskedFirst(entry, asked), 2, true);
    lines.push(units ? `[${entry.en.title}] Responsible: ${units}` : `[${entry.en.title}]`);
    unitsShown = Boolean(units);
    ctx.cite(entry.id);
  }
  if (/hotline|yihaotong|service line/i.test(ctx.inbound.text) || ASKS_UNSET_LINE.test(ctx.analysis.text))
    lines.push('The plan only says a returnee hotline and the "Yihaotong" investment service line are to be set up; it gives no numbers.');
  const asksNumber = /phone|number|call/i.test(ctx.inbound.text);
  // The office's phone and e-mail are for member units' reporting, not a public hotline: the units come first.
  if (unitsShown && !asksNumber)
    lines.push(
      `For the matter itself, go to the units above; the work is coordinated by ${OFFICE_EN}: telephone ${c.phone}, email ${c.email}.`,
    );
  else lines.push(`Contact: ${OFFICE_EN}, telephone ${c.phone}, email ${c.email}.`);
  if (asksNumber) lines.push('This is the only telephone number the documents give; they give no area code or office hours.');
  const official = ctx.deps.retriever.entries.find((e) => e.category === '联系方式');
  if (official) {
    lines.push(`Source: ${sourceEn(official)}`);
    ctx.cite(official.id);
  }
  ctx.reply(lines.join('\n'));
}
