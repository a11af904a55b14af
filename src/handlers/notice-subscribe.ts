import type { Handler } from './handler.ts';
import { contacts } from './handler.ts';

/** Until subscriptions exist (issue 6): says plainly that nothing is subscribed, and how to stay informed. */
export const noticeSubscribe: Handler = (ctx) => {
  ctx.reply(`我现在还不能为您订阅活动推送,所以您不会收到推送消息。想了解活动,随时问我"最近有什么活动",或联系${contacts(ctx)}。`);
};
