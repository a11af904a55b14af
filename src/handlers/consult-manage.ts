import type { Handler } from './handler.ts';
import { contacts } from './handler.ts';

/** Until chat booking exists (issue 4): no booking is stored here yet, so point to the people who hold them. */
export const consultManage: Handler = (ctx) => {
  ctx.reply(`我这里还没有您的预约记录,也不能改约或取消。要查看、改期或取消已有预约,请联系${contacts(ctx)}。`);
};
