/** A mainland mobile number inside a text ("…电话138…", "手机号是159…"). One spelling for the rules, the forms and the log masking. */
export const MOBILE_NUMBER = /1[3-9]\d{9}/;
/** A mobile number as typed, digits grouped by spaces or dashes ("136 2716 0098", "136-2716-0098"). */
export const MOBILE_AS_TYPED = /(?<!\d)1[3-9]\d(?:[\s-]?\d){8}(?!\d)/;

/** Whether a phone must be given, or why it is asked ("电话一定要留吗", "为什么要留电话", "不留电话行不行"). */
export const ASKS_IF_PHONE_REQUIRED =
  /(?:电话|手机|号码)[^。,，]{0,4}(?:一定|必须|非得|非要|必需|要不要|可以不|能不)|(?:为什么|为么|为啥|干嘛|干么|凭什么|干啥)(?:(?:要|得|一定要)(?:留|填|给)?|留|填|给)[^。]{0,3}(?:电话|手机|号码)|不留(?:电话|手机|号码)?(?:行不行|可以吗|行吗|可不可以|能行吗|也行吗|行不)|不想接[^。,，]{0,4}电话[^。]{0,8}(?:微信|这里|这儿)[^。]{0,6}(?:行不|行吗|可以吗|可不可以|能不能|行不行|中不中)|\b(?:do|must) i (?:have to )?(?:give|leave|provide) (?:a |my )?(?:phone|number)\b/i;
