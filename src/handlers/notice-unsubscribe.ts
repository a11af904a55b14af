import type { Handler } from './handler.ts';
import { FOR_SOMEONE_ELSE, onlyTheirOwn } from '../notices/someone-else.ts';

/** Text messages or calls asked to stop ("短信也莫发", "no more SMS"): this service sends neither. */
const BY_SMS_OR_CALL = /短信|打电话|来电|\bsms\b|\btext messages?\b|\bcalls?\b/i;

/** `notice.unsubscribe`: ends the subscription at once. */
export const noticeUnsubscribe: Handler = (ctx) => {
  const en = ctx.language === 'en';
  // "把隔壁老李的订阅给退了 他号码139…": only the person ends their own.
  if (FOR_SOMEONE_ELSE.test(ctx.analysis.text)) return ctx.reply(onlyTheirOwn(en, false));
  const sms = BY_SMS_OR_CALL.test(ctx.analysis.text)
    ? en
      ? ' This service sends notices only in this chat: no text messages, no calls.'
      : '本服务只在这里推送,不发短信、不打电话。'
    : '';
  if (ctx.deps.subscriptions.unsubscribe(ctx.person)) {
    ctx.reply(
      en
        ? `Unsubscribed: you will get no more event notices.${sms} To get them again, say "subscribe".`
        : `已退订,不会再给您推送活动通知。${sms}想再收,回复"订阅活动通知"。`,
    );
  } else {
    ctx.reply(
      en
        ? `You are not subscribed to event notices, so nothing is sent to you.${sms}`
        : `您目前没有订阅活动通知,我不会给您推送消息。${sms}`,
    );
  }
};
