import type { Context } from '../core/context.ts';
import { OFFICE_EN } from '../kb/answer-en.ts';
import type { Entry } from '../kb/schema.ts';

/** One intent's action: reads the context, adds replies. */
export type Handler = (ctx: Context) => void | Promise<void>;

/** The entry the knowledge base ranks first for a phrase; for handlers that point to the plan's own clause. */
export function entryAbout(ctx: Context, phrase: string): Entry | undefined {
  return ctx.deps.retriever.search(ctx.deps.analyzer.analyze(phrase), 1)[0]?.entry;
}

/** The document's own contacts, in one line. */
export function contacts(ctx: Context): string {
  const c = ctx.deps.knowledge.service.contacts;
  return `${c.office}(设在${c.location}):电话${c.phone},邮箱${c.email}`;
}

/** The office and its telephone in English, for English replies that point to it. */
export function contactsEn(ctx: Context): string {
  return `${OFFICE_EN}, tel. ${ctx.deps.knowledge.service.contacts.phone}`;
}

export const CAPABILITIES =
  '我可以:解答返乡创业、楚商回乡政策(贷款、补贴、园区、培训、用地、人才),告诉您找哪个单位、打什么电话,预约创业导师,登记回乡投资或创业项目,介绍活动安排,转人工。';
