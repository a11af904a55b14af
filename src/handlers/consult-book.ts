import type { Handler } from './handler.ts';
import { contacts, entryAbout } from './handler.ts';

/** Until chat booking exists (issue 4): says honestly what the plan offers and whom to call. */
export const consultBook: Handler = (ctx) => {
  const entry = entryAbout(ctx, '创业导师 创业辅导员 创业联络员 创业指导专家库 义诊');
  if (entry) ctx.cite(entry.id);
  ctx.reply(
    [
      '我现在还不能在聊天里直接帮您预约导师。',
      '全市在建"创业导师+创业辅导员+创业联络员"服务机制和创业指导专家库,开展创业专家"义诊"、创业沙龙(市人社局、市招商中心负责)。',
      `想约导师,请联系${contacts(ctx)}。`,
    ].join('\n'),
  );
};
