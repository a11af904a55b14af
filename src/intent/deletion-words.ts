/** How people confirm or turn down deleting their data, read by the deletion handler and by follow-ups. */

/** A typed confirmation ("确认删除吧", "好 确定"), as opposed to a new request to delete ("全部给我删掉"). */
const CONFIRMS =
  /^(?:(?:那|那就)?算了[\s,，]*)?(?:好的?|嗯|对|是的?|可以|行|ok)?[\s,，]*(?:确认|确定|同意|(?:都|全部|全)?(?:删|删掉|删了|删除|删光)(?:[了吧啊。!！\s]*$|[\s,，]*(?:including|包括|连同|连)\s*.{0,16}$))|^(?:yes|confirm)\b|^(?:全部|全都|都|全|所有)(?:的|吧|都删)?[。!！\s]*$/i;
const DECLINES = /不删|别删|不要删|莫删|先不|算了(?![\s,，]*(?:那就)?(?:全|都|全部)删)|不用|取消|\bno\b|don'?t/i;

/** A typed "yes, delete" to the confirmation question, not turning it down. */
export const confirmsDeletion = (text: string): boolean => CONFIRMS.test(text) && !DECLINES.test(text);
/** Turning a deletion down ("先不删", "算了"). */
export const declinesDeletion = (text: string): boolean => DECLINES.test(text);

/** How long one's data is kept, asked ("你们会存多久", "how long will you keep my number"): read by the rule and the reply. */
export const ASKS_HOW_LONG_KEPT =
  /(存|保存|保留|留)(多久|多长时间|多长|几年|几个月|到什么时候|到啥时候|到么时候)|\bhow long (?:do|will|would) (?:you|u) (?:keep|store|hold)\b/i;
