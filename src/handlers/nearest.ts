import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { freshContext } from '../dialogue/context.ts';
import type { Entry } from '../kb/schema.ts';
import { NEAR_RATIO } from '../intent/classify.ts';
import { ATTRIBUTES, askedAttributes } from '../kb/attribute.ts';

const NEAR_MAX = 3;
/** Below this the nearest entry is too far to offer: the plan does not speak to the question. */
const NEAR_MIN_SCORE = 2.5;
const DETAIL_CHARS = 30;
/** A message no longer than this, near nothing, right after an answer on one topic, is asked of that topic. */
const TOPIC_FOLLOW_UP_CHARS = 16;

/**
 * Everyday words and the plan's word for the same thing, to find the nearest entries of a message that matched none
 * (the plan says 机场 and 闲置厂房; people say 坐飞机 and 厂子空着). Only used to look; the intent is already decided.
 */
const PLAN_WORDS: Array<[RegExp, string]> = [
  [/飞机|航班/, '机场 绿色通道'],
  [/高铁|火车|动车/, '火车站 绿色通道'],
  [/优待|礼遇|好处/, '待遇'],
  [/空着|空起|闲着|荒着|荒起|荒废|废弃|空置/, '闲置'],
  [/厂子|[砖加工]厂/, '厂房'],
  [/租/, '租赁'],
  [/包.{0,4}地|地.{0,4}包/, '承包地 流转'],
  [/保险|兜底/, '政府+银行+保险'],
];

const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);
const LABEL_CHARS = 16;
const shortTitle = (title: string) => clip(title.split(/[((::]/)[0]!, LABEL_CHARS);

/**
 * A message on the programme's domain that no entry matches well: the nearest two or three entries as numbered
 * choices (answered by `pendingChoice` like any clarification), one entry answered when only one is near, or an honest
 * "the plan does not say" with where to go next. Never a refusal. `answerEntry` is policy-ask's, passed in so that
 * the two modules do not import each other.
 */
export function offerNearest(ctx: Context, answerEntry: (ctx: Context, entry: Entry, question: string) => void): void {
  const related = PLAN_WORDS.filter(([everyday]) => everyday.test(ctx.analysis.text)).map(([, plan]) => plan);
  // The plan's words also rank the facts of the entry answered or picked.
  const question = related.length ? `${ctx.inbound.text} ${related.join(' ')}` : ctx.inbound.text;
  const query = related.length ? ctx.deps.analyzer.analyze(question) : ctx.analysis;
  const found = related.length ? ctx.deps.retriever.search(query) : (ctx.classification?.hits ?? ctx.deps.retriever.search(query));
  const hits = found.filter((h) => h.score >= NEAR_MIN_SCORE);
  const top = hits[0];
  const near = top ? hits.filter((h) => h.score >= top.score * NEAR_RATIO).slice(0, NEAR_MAX) : [];
  // "我五十几了 能去不" after the training: nothing of the plan is near the words, yet a short message right after an
  // answer asks about what was answered; it is asked of that topic, the question that opened it with it.
  const topic = freshContext(ctx.session.context, ctx.inbound.time);
  const current = topic?.entries.length === 1 ? ctx.deps.retriever.get(topic.entries[0]!) : undefined;
  if (!top && current && [...ctx.analysis.text].length <= TOPIC_FOLLOW_UP_CHARS) {
    answerEntry(ctx, current, `${topic?.question ?? ''} ${ctx.inbound.text}`);
    return;
  }
  if (!top) {
    ctx.deps.tickets.feedback(ctx.person, 'unanswered', ctx.inbound.text, [], ctx.deps.now().getTime());
    ctx.reply(
      ctx.language === 'en'
        ? 'Jingzhou\'s returnee entrepreneurship and Chushang homecoming documents do not say this. Tell me what you want to do and in which county, and I will tell you the plan\'s loans, subsidies, parks and land; or say "human" to ask staff.'
        : '这一点荆州的返乡创业和楚商回乡文件没有写明。您可以说说想做什么、在哪个县市区,我按文件告诉您相关的贷款、补贴、园区和用地政策;也可以说"转人工"请工作人员解答。',
    );
    return;
  }
  if (near.length === 1) {
    answerEntry(ctx, top.entry, question);
    return;
  }
  // "三个人合伙 想搞个农家乐 能贷款好多": of the near entries (the loans, the land), only one gives the kind asked (an
  // amount); it is the answer.
  const giving = givesAsked(
    near.map((h) => h.entry),
    query.text,
  );
  if (giving) {
    answerEntry(ctx, giving, question);
    return;
  }
  // No entry answers it exactly: knowledge maintainers see it among `admin -- misses`, whichever choice is picked.
  ctx.deps.tickets.feedback(ctx.person, 'unanswered', ctx.inbound.text, [], ctx.deps.now().getTime());
  const choices: Choice[] = near.map(({ entry }) => ({
    label: ctx.language === 'en' ? entry.en.title : shortTitle(entry.title),
    value: `kb:${entry.id}`,
    ...(ctx.language === 'en' ? {} : { detail: clip(entry.summary, DETAIL_CHARS) }),
  }));
  // In an open form, numbers would clash with the form's own: the nearest entries are named as lines to ask by name.
  if (ctx.session.form) {
    const lines = choices.map((c) => `· ${c.label}${c.detail ? `:${c.detail}` : ''}`);
    ctx.reply(
      [
        ctx.language === 'en'
          ? 'Nothing in the plan matches exactly; the closest parts (ask about one by name):'
          : '文件里没有正好对应的条文,最接近的是下面几项(想了解哪项直接说名字):',
        ...lines,
      ].join('\n'),
    );
    ctx.cite(...near.map((h) => h.entry.id));
    return;
  }
  ctx.session.pending = { kind: 'choose-entry', choices, asked: question.slice(0, 300) };
  ctx.reply(
    ctx.language === 'en'
      ? 'Nothing in the plan matches exactly; these parts are closest. Which one do you want? Reply with its number:'
      : '文件里没有和这句话正好对应的条文,和您说的最接近的是下面几项。您想了解哪一项?请回复数字:',
    choices,
  );
  ctx.cite(...near.map((h) => h.entry.id));
}

/** The one entry among `near` whose facts give the kind of thing asked (an amount, a count), when only one does. */
function givesAsked(near: readonly Entry[], question: string): Entry | undefined {
  for (const kind of askedAttributes(question)) {
    const spec = ATTRIBUTES[kind];
    const gives = 'gives' in spec ? spec.gives : undefined;
    if (!gives) continue;
    const giving = near.filter((e) => e.facts.some((f) => gives.test(f)));
    if (giving.length === 1) return giving[0];
  }
  return undefined;
}
