import type { Handler } from './handler.ts';
import { FOR_SOMEONE_ELSE, onlyTheirOwn } from '../notices/someone-else.ts';

/** `notice.unsubscribe`: ends the subscription at once. */
export const noticeUnsubscribe: Handler = (ctx) => {
  const en = ctx.language === 'en';
  // "把隔壁老李的订阅给退了 他号码139…": only the person ends their own.
  if (FOR_SOMEONE_ELSE.test(ctx.analysis.text)) return ctx.reply(onlyTheirOwn(en, false));
  if (ctx.deps.subscriptions.unsubscribe(ctx.person)) {
    ctx.reply(
      en
        ? 'Unsubscribed: you will get no more event notices. To get them again, say "subscribe".'
        : '已退订,不会再给您推送活动通知。想再收,回复"订阅活动通知"。',
    );
  } else {
    ctx.reply(en ? 'You are not subscribed to event notices, so nothing is sent to you.' : '您目前没有订阅活动通知,我不会给您推送消息。');
  }
};
