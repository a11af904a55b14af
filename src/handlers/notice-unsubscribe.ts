import type { Handler } from './handler.ts';

/** No subscriptions are stored yet (issue 6), so there is nothing to stop; say so. */
export const noticeUnsubscribe: Handler = (ctx) => {
  ctx.reply('好的。您目前没有订阅任何通知,我不会给您推送消息。');
};
