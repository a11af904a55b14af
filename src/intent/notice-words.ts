import { OTHER_PLACES } from '../kb/places.ts';

/**
 * Words about event notices that both a wording rule and the notice handler read, so that what the rule recognises
 * and what the reply answers stay one pattern.
 */

/** Whether the subscription took ("你确定订上了 不会是骗我的吧", "订好了冇", "am I really subscribed"). */
export const ASKS_IF_SUBSCRIBED =
  /(订上|订阅上|订好|订到|订成功)了?(吗|冇|没有|没|不|么|嘛)|(你确定|真的|到底)(订|订阅)(上|好|了)|\b(?:am i|was i|is it) (?:really )?subscribed\b/i;

/**
 * "推的是荆州的吧 莫推荆门的": another place's notices refused while Jingzhou's are still wanted. No unsubscribing, and
 * never the place a subscription is narrowed to.
 */
export const REFUSES_ANOTHER_PLACE = new RegExp(`(?:莫|别|不要|不用)(?:再)?(?:推|发)(?:${[...OTHER_PLACES, '荆门'].join('|')})(?:的|那边)`);
