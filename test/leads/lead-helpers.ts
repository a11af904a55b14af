/** People for lead and hand-off tests: a chat account that talks to the real app, staff bound with real codes. */
import { expect } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Inbound, Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import type { StaffRole } from '../../src/leads/staff.ts';

export interface Account {
  me: { platform: string; userId: string; chatId: string };
  say(text: string): Promise<Turn>;
  /** Says `text` and returns what this account sees of the answer. */
  ask(text: string): Promise<string>;
}

/** A direct chat account on `platform`. */
export function account(app: App, userId: string, platform = 'wechat'): Account {
  const me = { platform, userId, chatId: userId };
  const say = (text: string): Promise<Turn> => app.core.handle({ ...me, chatType: 'direct', text, time: new Date() } satisfies Inbound);
  return { me, say, ask: async (text) => seen(await say(text), userId) };
}

/** What `userId` sees of a turn, choices numbered as on WeChat. */
export const seen = (turn: Turn, userId: string): string =>
  turn.messages
    .filter((m) => m.to.userId === userId)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');

/** The messages of a turn addressed to `userId`. */
export const to = (turn: Turn, userId: string) => turn.messages.filter((m) => m.to.userId === userId);

/** A staff member bound in chat with the code the admin CLI would hand out (whatever its format). */
export async function bindStaff(app: App, role: StaffRole, userId: string, county: string | null = null): Promise<Account> {
  const code = app.staff.invite(role, `${role}-${userId}`, county, new Date());
  const staff = account(app, userId, 'telegram');
  expect(await staff.ask(`/bind ${code}`)).toContain('绑定成功');
  return staff;
}

/**
 * Registers a lead in chat: `first` opens the form, then consent, `name` when asked for a name, `phone` when asked
 * for the phone, "跳过" otherwise, and confirmation. Returns the last turn (the submit reply and notifications).
 */
export async function registerLead(u: Account, first: string, name: string, phone?: string): Promise<Turn> {
  expect(await u.ask(first)).toContain('同意登记吗');
  let turn = await u.say('同意');
  for (let i = 0; i < 12; i++) {
    const asked = seen(turn, u.me.userId);
    if (asked.includes('提交吗')) return u.say('确认');
    turn = await u.say(asked.includes('称呼') ? name : asked.includes('手机号') && phone ? phone : '跳过');
  }
  throw new Error(`the lead form did not reach its confirmation: ${seen(turn, u.me.userId)}`);
}

/** The reference of the lead a submit reply names (L000012). */
export const refIn = (text: string): string => {
  const m = /L\d{6}/.exec(text);
  if (!m) throw new Error(`no lead reference in: ${text}`);
  return m[0];
};

export const idOf = (ref: string) => Number(ref.slice(1));
