/** A mainland mobile number inside a text ("…电话138…", "手机号是159…"). One spelling for the rules, the forms and the log masking. */
export const MOBILE_NUMBER = /1[3-9]\d{9}/;
