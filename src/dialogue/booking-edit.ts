import type { BookingEdit } from '../booking/bookings.ts';
import { maskPersonal } from '../core/logger.ts';
import { extractPhone } from './extract.ts';

/** The phone left for the mentor, named ("电话打错了 改成139…", "预约留的手机换一下"). */
const PHONE_WORD = /电话|手机|号码|联系方式|\b(?:phone|number)\b/i;
/** A change said of it ("改成", "换成", "打错了", "留错了", "写错了"). */
export const CHANGES = /改|换|错了|更正|更新|\b(?:change|update|wrong|correct)\b/i;
/** No phone left any more ("电话不留了", "把我手机号删掉", "don't keep my number"). */
const DROPS_PHONE =
  /(?:不留|删掉?|删除|去掉|撤掉?|不要|不用留?|别留)(?:了)?(?:我的|那个)?(?:电话|手机号?|号码)|(?:电话|手机号?|号码)(?:就|还是)?(?:不留了|删掉?了?|删除|去掉|不要了|别留了|不用了|不给了)|\b(?:remove|delete|drop) my (?:phone|number)\b/i;
/** What the talk is about, changed ("主题改成直播带货", "想问的换成贷款的事", "change the topic to loans"). */
const NEW_TOPIC =
  /(?:主题|话题|想聊的|想问的|要问的|要聊的|咨询的?(?:内容|方向|问题)|聊的内容|内容)(?:也)?(?:改|换)(?:成|为|到|一下)?(?:是)?|(?:改|换)(?:个|一下)?(?:主题|话题)(?:为|成|到)?|\bchange the topic(?: to)?\b/i;
/** How they meet, changed ("改成线上", "换成当面", "线下改线上", "make it online"). */
const NEW_MODE =
  /(?:改|换|调)(?:成|为|到)?(?:线上|线下|视频|当面|见面|电话聊)|(?:线上|线下|当面|视频)(?:就行|就可以|也行|吧)|\b(?:change|switch|make|move)\b.{0,24}\b(?:to|into)?\s*(?:online|in[- ]person|video|face[- ]to[- ]face)\b/i;
const ONLINE = /线上|视频|电话聊|online|video/i;
const IN_PERSON = /线下|当面|见面|in[- ]person|face[- ]to[- ]face/i;

/**
 * A phone given as a change ("电话打错了 改成139…", "手机号换成 139…", "电话改成12345"): the number, or how many
 * digits a number that is no mainland mobile has (and whether it is one abroad). Read of bookings and registrations.
 */
export function phoneChangeOf(raw: string): { phone: string } | { badPhone: number; abroad?: true } | undefined {
  const phone = PHONE_WORD.test(raw) || CHANGES.test(raw) ? extractPhone(raw) : undefined;
  if (phone && 'phone' in phone) return { phone: phone.phone };
  if (!PHONE_WORD.test(raw) || !CHANGES.test(raw)) return undefined;
  if (phone) return { badPhone: phone.invalid, ...(phone.abroad ? { abroad: true as const } : {}) };
  const digits = /\d(?:[\s-]?\d){3,}/.exec(raw)?.[0].replace(/\D/g, '');
  return digits ? { badPhone: digits.length } : undefined;
}

/**
 * What is wrong with a phone given as a change (`phoneChangeOf`'s `badPhone`), in the reply's language; the handler says
 * what stayed unchanged after it.
 */
export function badPhoneText(bad: { badPhone: number; abroad?: true }, english: boolean): string {
  if (bad.abroad) return english ? 'Only a mainland China mobile can be left' : '只能留中国大陆手机号';
  return english
    ? `That number has ${bad.badPhone} digits; a mainland mobile has 11 (e.g. 139 1234 5678)`
    : `这个号码是${bad.badPhone}位,手机号应是11位(如 139 1234 5678)`;
}

export type Edit = BookingEdit | { badPhone: number; abroad?: true } | { askTopic: true };

/**
 * A detail of the booking changed while its time stays: the phone left for the mentor ("电话改成139…", "电话不留了"),
 * the topic ("主题改成直播带货") or how they meet ("改成线上"); `namesTime` when the message names a time (then it is a
 * move, not a change of how they meet). Undefined when the message changes none of them.
 */
export function editOf(text: string, raw: string, namesTime: boolean): Edit | undefined {
  if (DROPS_PHONE.test(raw)) return { phone: null };
  const phone = phoneChangeOf(raw);
  if (phone) return phone;
  const topic = NEW_TOPIC.exec(text);
  if (topic) {
    const words = text
      .slice(topic.index + topic[0].length)
      .replace(/^[\s,，:：]+|[\s,，。.!！吧啊]+$/g, '')
      .trim();
    return [...words].length >= 2 ? { topic: maskPersonal(words).slice(0, 200) } : { askTopic: true };
  }
  if (NEW_MODE.test(text) && !namesTime) {
    if (ONLINE.test(text) && !IN_PERSON.test(text)) return { mode: 'online' };
    if (IN_PERSON.test(text) && !ONLINE.test(text)) return { mode: 'in_person' };
  }
  return undefined;
}
