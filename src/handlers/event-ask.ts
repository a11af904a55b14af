import { isAnswerable } from '../intent/classify.ts';
import type { Handler } from './handler.ts';
import { contacts, entryAbout } from './handler.ts';

const EVENT_CATEGORIES = new Set(['节日招商', '品牌活动', '中省平台', '任务清单', '创业培训']);

/** Until the event calendar exists (issue 6): what the plan schedules, honestly without dates it does not give. */
export const eventAsk: Handler = (ctx) => {
  const hits = ctx.classification?.hits ?? [];
  const named = isAnswerable(hits, ctx.analysis) && EVENT_CATEGORIES.has(hits[0]!.entry.category) ? hits[0]!.entry : undefined;
  const entry = named ?? entryAbout(ctx, '春节 清明节 端午节 国庆节 中秋节 黄金时期 节日团拜会 招商恳谈会');
  const lines = ['目前还没有录入具体的活动日程,文件也没有写各场活动的具体日期。'];
  if (entry) {
    lines.push(`文件的安排(${entry.title}):`);
    for (const fact of ctx.deps.retriever.rankFacts(entry, ctx.analysis).slice(0, 2)) lines.push(`· ${fact.fact}`);
    lines.push(`依据:${entry.source}`);
    ctx.cite(entry.id);
  }
  lines.push(`具体时间地点请问市招商中心,或${contacts(ctx)}。`);
  ctx.reply(lines.join('\n'));
};
