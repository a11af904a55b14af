/**
 * A subscription is the sender's own: it is made or ended by the person in their own chat, never by a phone number
 * or a name given for someone else ("把我老婆的号也加上 151…", "把隔壁老李的订阅给退了"). A number proves nothing
 * about who owns it.
 */
const OTHER_PERSON =
  '(?:他|她|别人|人家|隔壁|邻居|朋友|同事|亲戚|老[王李张刘陈赵黄周吴杨孙]|我(?:老婆|老公|爱人|媳妇|爸|妈|哥|姐|弟|妹|儿子|女儿|朋友|同事))';

/** Subscribing or unsubscribing someone else, by their number or their name. */
export const FOR_SOMEONE_ELSE = new RegExp(
  `(?:把|帮|给|替)${OTHER_PERSON}(?:的|家)?[^。?？]{0,8}(?:加上|加进去|也加|订阅|订上|也发|也推|退订|退了|退掉|取消|停了|停掉)|${OTHER_PERSON}(?:也)?想收|\\b(?:subscribe|unsubscribe|add|remove) (?:my (?:wife|husband|friend|colleague|neighbou?r)|him|her)\\b`,
  'i',
);

/** Someone else's number given ("他电话是138…", "我儿子的手机号 139…"): theirs to subscribe with, not kept. */
export const NUMBER_OF_SOMEONE_ELSE = new RegExp(`${OTHER_PERSON}(?:的)?(?:电话|号码|手机号?|微信)`);

/** The reply: only the person can, in their own chat, and how. */
export function onlyTheirOwn(english: boolean, subscribing: boolean): string {
  if (english)
    return subscribing
      ? 'A subscription can only be made by the person themselves, in their own chat: ask them to send "subscribe" to this service. No phone number given for someone else is kept.'
      : 'A subscription can only be ended by the person themselves, in their own chat: ask them to send "unsubscribe". Nothing was changed.';
  return subscribing
    ? '订阅只能本人在自己的聊天里开通:请对方自己给本服务发"订阅活动通知"。替别人留的手机号不会保存。'
    : '订阅只能本人退订:请对方自己给本服务发"退订"。这次没有做任何改动。';
}
