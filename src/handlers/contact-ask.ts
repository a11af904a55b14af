import { isAnswerable } from '../intent/classify.ts';
import { unitsLine } from '../kb/answer.ts';
import type { Handler } from './handler.ts';
import { contacts } from './handler.ts';

const ASKS_NUMBER = /电话|座机|手机|号码|热线|一号通/;
const ASKS_UNSET_LINE = /热线|一号通|专线/;

/** Who handles a topic and how to reach them: the entry's units plus the contacts the document gives. */
export const contactAsk: Handler = (ctx) => {
  const hits = ctx.classification?.hits ?? [];
  const entry = isAnswerable(hits, ctx.analysis) ? hits[0]!.entry : undefined;
  const lines: string[] = [];
  if (entry && entry.category !== '联系方式') {
    lines.push(`【${entry.title}】负责单位:${unitsLine(entry, 5)}`);
    ctx.cite(entry.id);
  }
  if (ASKS_UNSET_LINE.test(ctx.analysis.text)) {
    lines.push('文件只要求设立返乡创业热线和招商服务专线"一号通",没有公布号码。');
  }
  lines.push(`咨询可联系${contacts(ctx)}。`);
  if (ASKS_NUMBER.test(ctx.analysis.text)) lines.push('文件公布的电话只有这一个,没有写区号和办公时间。');
  const official = ctx.deps.retriever.entries.find((e) => e.category === '联系方式');
  lines.push(`依据:${ctx.deps.knowledge.service.contacts.source}`);
  if (official) ctx.cite(official.id);
  ctx.reply(lines.join('\n'));
};
