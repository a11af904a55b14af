/**
 * The twelve intents: a public contract used by the evaluation, the JSONL mode and later features.
 * Declared once; the `Intent` type and runtime checks derive from this table.
 */
export const INTENTS = {
  'policy.ask': '政策咨询',
  'consult.book': '预约创业导师',
  'consult.manage': '查看或修改我的预约',
  'lead.register': '登记投资或创业意向',
  'event.ask': '活动安排',
  'notice.subscribe': '订阅活动通知',
  'notice.unsubscribe': '退订通知',
  'contact.ask': '联系方式和办理单位',
  'handoff.human': '转人工',
  'privacy.delete': '删除个人信息',
  greet: '问候',
  out_of_scope: '超出服务范围',
} as const satisfies Record<string, string>;

export type Intent = keyof typeof INTENTS;

export const INTENT_NAMES = Object.keys(INTENTS) as Intent[];

/** The intents answered from the plan or the directory (a topic, its facts and units), not forms or actions. */
export const ANSWERED_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['policy.ask', 'contact.ask', 'event.ask']);

/** The intents that ask the bot to do something for the user (book, register, subscribe, a person, delete ...). */
export const REQUEST_INTENTS: ReadonlySet<Intent> = new Set([
  'consult.book',
  'consult.manage',
  'lead.register',
  'notice.subscribe',
  'notice.unsubscribe',
  'privacy.delete',
  'handoff.human',
]);

/** Whether a name from outside the code (a file, a label) is one of the twelve intents. @public */
export function isIntent(name: string): name is Intent {
  return Object.hasOwn(INTENTS, name);
}

/** Fails loudly (at start-up) when a table refers to an intent that does not exist. @public */
export function assertIntent(name: string, where: string): Intent {
  if (!isIntent(name)) {
    throw new Error(`${where}: unknown intent "${name}"; valid intents are: ${INTENT_NAMES.join(', ')}`);
  }
  return name;
}
