import { valuesOf } from '../notices/field-values.ts';
import { regionNameEn } from '../notices/regions.ts';
import { FOR_SOMEONE_ELSE, NUMBER_OF_SOMEONE_ELSE, onlyTheirOwn } from '../notices/someone-else.ts';
import type { Interest } from '../notices/subscriptions.ts';
import { TOPIC_LIST, TOPIC_LIST_EN, topicsEn } from '../notices/topics.ts';
import type { Context } from '../core/context.ts';
import type { Handler } from './handler.ts';
import { type NoticeChange, readNoticeChange, stopsNotices } from './notice-change.ts';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
/** Notices asked for by text message or phone, or with a number given. */
const SMS_OR_PHONE = /短信|电话|号码|手机|1[3-9]\d{9}|\+\d{1,3}[\d\s-]{6,}|\b(?:sms|text me|phone|number)\b/i;

const describe = (i: Partial<Interest>) => [i.region && `${i.region}地区`, i.county].filter(Boolean).join('、');
const describeEn = (i: Partial<Interest>) => [...valuesOf(i.region), ...valuesOf(i.county)].map(regionNameEn).join(' and ');
const namesEn = (places: readonly string[]) => places.map(regionNameEn).join(' and ');

/** What a subscription sends, said in full: "洪湖市和全市的创业培训类活动通知", "全部活动通知". */
function what(i: Partial<Interest>): string {
  const scope = describe(i);
  const kinds = valuesOf(i.topic);
  const kind = kinds.length ? `${kinds.join('、')}类` : '';
  return scope ? `${scope}和全市的${kind}活动通知` : kind ? `${kind}活动通知` : '全部活动通知';
}
function whatEn(i: Partial<Interest>): string {
  const kinds = valuesOf(i.topic);
  const places = describe(i) ? ` for ${describeEn(i)} and city-wide ones` : '';
  // ("notices of festival events", not "festival events event notices".)
  return `${kinds.length ? `notices of ${topicsEn(kinds)}` : 'event notices'}${places}`;
}

/** How the message came: in English or not, in a group chat (notices then go privately) or not. */
interface Said {
  en: boolean;
  group: boolean;
  /** The message as typed and as read, for the notes a reply adds (an e-mail or a phone number given). */
  typed: string;
  text: string;
}

/** The reply to a change, in the sender's language. */
function replyTo(change: NoticeChange, said: Said): string {
  const { en } = said;
  switch (change.kind) {
    case 'not-kept':
      return en
        ? `${namesEn(change.named)} ${change.named.length > 1 ? 'are' : 'is'} not in your subscription, so nothing was taken off: ${whatEn(change.holds)} come to this chat. To stop them all, say "unsubscribe".`
        : `您订的没有${change.named.join('、')},不用去掉:现在是${what(change.holds)}会发到这里。全部不想收了,回复"退订"即可。`;
    case 'ended':
      if (!change.dropped.length)
        return en
          ? 'Those were the only kinds you had, so you are unsubscribed: no more event notices. To get them again, say "subscribe".'
          : '您订的类别都去掉了,就退订了,不会再给您推送活动通知。想再收,回复"订阅活动通知"。';
      return en
        ? `${namesEn(change.dropped)} ${change.dropped.length > 1 ? 'were the only places' : 'was the only place'} you had, so you are unsubscribed: no more event notices. To get them again, say "subscribe".`
        : `您只订了${change.dropped.join('、')}的,去掉后就退订了,不会再给您推送活动通知。想再收,回复"订阅活动通知"。`;
    case 'narrowed':
      return en
        ? `${namesEn(change.dropped)} taken off${change.put.length ? `, ${namesEn(change.put)} added` : ''}: ${whatEn(change.left)} will still come to this chat. To stop them all, say "unsubscribe".`
        : `已去掉${change.dropped.join('、')}${change.put.length ? `,加上${change.put.join('、')}` : ''}:以后有${what(change.left)}还会发到这里。全部不想收了,回复"退订"即可。`;
    case 'status':
      if (!change.holds)
        return en
          ? 'You are not subscribed to event notices. To get them, say "subscribe".'
          : '您目前没有订阅活动通知。想收,回复"订阅活动通知";只想收某个地方的,可以说"只要上海的"。';
      return en
        ? `Yes, you are subscribed: ${whatEn(change.holds)} come to this chat.${SMS_OR_PHONE.test(said.text) ? ' No phone number is needed or kept for them.' : ''} To stop them, say "unsubscribe".`
        : `已经订上了:以后有${what(change.holds)}会发到这里。${SMS_OR_PHONE.test(said.text) ? '通知只发在这个对话里,不发短信、不打电话,也不用留电话,号码没有保存。' : ''}不想收了,回复"退订"即可。`;
    case 'how-often':
      return en
        ? `Event notices are sent only when staff have an event to announce, not on a fixed daily schedule, and none between 10 pm and 8 am except urgent ones. ${change.subscribed ? 'You are subscribed; to stop them, say "unsubscribe".' : 'You are not subscribed; to get them, say "subscribe".'}`
        : `活动通知只在工作人员有活动要告知时才发,不是每天固定推送;晚上10点到早上8点不打扰(紧急通知除外)。${change.subscribed ? '您已订阅,不想收了随时回复"退订"。' : '您目前没有订阅,想收回复"订阅活动通知"。'}`;
    case 'nothing-refused':
      return en ? 'You are not subscribed to event notices, so nothing is sent to you.' : '您目前没有订阅活动通知,我不会给您推送消息。';
    case 'which-kind':
      return en
        ? `Notices can be narrowed by place (e.g. "only Wuhan") or by kind: ${TOPIC_LIST_EN}. Nothing was subscribed yet: say which you want, or "subscribe" for all.`
        : `活动通知可以按地方筛选(比如"只要武汉的"),也可以按类别:${TOPIC_LIST}。还没有给您订阅,说一下要哪类,或回复"订阅活动通知"收全部。`;
    case 'kept':
      return en
        ? `Yes, only ${whatEn(change.holds)} come to this chat. To stop them, say "unsubscribe".`
        : `好的,只发${what(change.holds)},别的不发。不想收了,回复"退订"即可。`;
    case 'subscribed':
      return subscribedReply(change, said);
  }
}

function subscribedReply(change: Extract<NoticeChange, { kind: 'subscribed' }>, said: Said): string {
  const { chosen, was, byKind, kinds, added, goneKinds, under } = change;
  if (said.en)
    return [
      byKind ? `Notices can be narrowed by place or by kind: ${TOPIC_LIST_EN}.` : '',
      `${was ? (byKind ? 'Subscription unchanged' : added.length ? `${namesEn(added)} added` : goneKinds.length ? `${topicsEn(goneKinds)} taken off` : 'Subscription updated') : 'Subscribed'}: ${whatEn(chosen)} will be sent ${said.group ? 'to you privately' : 'to this chat'} (in Chinese, as staff write them; none between 10 pm and 8 am except urgent ones).`,
      kinds.length ? 'Important notices marked with no kind come too.' : '',
      EMAIL.test(said.typed) ? 'Notices come only through this chat; your e-mail address is not kept.' : '',
      'To stop them, say "unsubscribe".',
    ]
      .filter(Boolean)
      .join('\n');
  return [
    byKind ? `活动通知可以按地方筛选,也可以按类别:${TOPIC_LIST}。` : '',
    `${was ? (byKind ? '订阅没有变' : added.length ? `已加上${added.join('、')}` : goneKinds.length ? `已去掉${goneKinds.join('、')}类` : '已更新订阅') : '订阅成功'}:以后有${what(chosen)}会${said.group ? '私聊发给您' : '发到这里'}(晚上10点到早上8点不打扰,紧急通知除外)。`,
    kinds.length ? `${under.length ? `按类别订阅:${under.join(',')}。` : ''}没有标类别的重要通知也会发给您。` : '',
    // ("我号码159… 有活动发短信给我": notices come here only; the number is not kept for them.)
    SMS_OR_PHONE.test(said.text) ? '通知只发在这个对话里,不发短信、不打电话,也不用留电话。' : '',
    describe(chosen) || valuesOf(chosen.topic).length || byKind ? '' : '只想收某个地方或某类活动的,可以说"只要洪湖的"或"只要培训的"。',
    '不想收了,回复"退订"即可。',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * `notice.subscribe`: reads what the message changes in the sender's subscription (narrowed to places or kinds,
 * places added or taken off, asked about), stores it and says it, with how to stop. Taking a place or a kind off is
 * reported as `notice.unsubscribe`.
 */
/** Asking whether one will be reminded ("到时候会提醒我不", "will you remind me"), not asking to be. */
const ASKS_IF_REMINDED =
  /(?:会|会不会|能|能不能)(?:提前)?(?:提醒|通知)我?(?:一下|下)?(?:不|吗|么|没|冇)|提醒我?(?:吗|不)\s*$|\bwill (?:you|u) remind me\b|\b(?:do|will) i get (?:a )?reminders?\b/i;

/** Whether the sender has a booking coming, or is making one. */
function hasBooking(ctx: Context): boolean {
  if (ctx.session.form?.kind === 'booking') return true;
  return ctx.deps.booking.bookings.upcomingOf(ctx.person, ctx.deps.now().getTime()).length > 0;
}

export const noticeSubscribe: Handler = (ctx) => {
  if (FOR_SOMEONE_ELSE.test(ctx.analysis.text) || NUMBER_OF_SOMEONE_ELSE.test(ctx.analysis.said))
    return ctx.reply(onlyTheirOwn(ctx.language === 'en', true));
  // "到时候会提醒我不" from someone with a booking (or booking now): its reminders asked about; nothing is subscribed.
  if (ASKS_IF_REMINDED.test(ctx.analysis.text) && hasBooking(ctx)) {
    const making = ctx.session.form?.kind === 'booking';
    ctx.intent = making ? 'consult.book' : 'consult.manage';
    ctx.reply(
      ctx.language === 'en'
        ? `Yes: you are reminded here 24 hours and 1 hour before a booking starts.${making ? ' (Once it is confirmed.)' : ' To see, move or cancel it, send "my bookings".'}`
        : making
          ? '会的:预约确认后,开始前24小时和1小时会在这里提醒您。'
          : '会的:预约开始前24小时和1小时会在这里提醒您。查看、改期或取消:发送"我的预约"。',
    );
    return;
  }
  const before = ctx.deps.subscriptions.get(ctx.person);
  const change = readNoticeChange({ text: ctx.analysis.text, said: ctx.analysis.said, typed: ctx.inbound.text }, before);
  if (stopsNotices(change)) ctx.intent = 'notice.unsubscribe';
  if (change.kind === 'ended') ctx.deps.subscriptions.unsubscribe(ctx.person);
  if (change.kind === 'narrowed') ctx.deps.subscriptions.subscribe(ctx.person, change.left, ctx.deps.now());
  if (change.kind === 'subscribed') ctx.deps.subscriptions.subscribe(ctx.person, change.chosen, ctx.deps.now());
  ctx.reply(
    replyTo(change, {
      en: ctx.language === 'en',
      group: ctx.inbound.chatType === 'group',
      typed: ctx.inbound.text,
      text: ctx.analysis.text,
    }),
  );
};
