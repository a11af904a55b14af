/**
 * Words about event notices that both a wording rule and the notice handler read, so that what the rule recognises
 * and what the reply answers stay one pattern.
 */

/** Whether the subscription took ("你确定订上了 不会是骗我的吧", "订好了冇", "am I really subscribed"). */
export const ASKS_IF_SUBSCRIBED =
  /(订上|订阅上|订好|订到|订成功)了?(吗|冇|没有|没|不|么|嘛)|(你确定|真的|到底)(订|订阅)(上|好|了)|\b(?:am i|was i|is it) (?:really )?subscribed\b/i;
