import type { Handler } from './handler.ts';
import { contacts } from './handler.ts';

/** Until tickets exist (issue 5): the human contacts the document gives. */
export const handoffHuman: Handler = (ctx) => {
  ctx.reply(`好的,请直接联系工作人员:${contacts(ctx)}。我暂时不能在聊天里为您接通人工。`);
};
