/**
 * A user booked with a mentor who has bound their chat: the set-up of the tests of a mentor's own words and pause.
 * The clock stands at a Monday 10:00 (Beijing time); the user books tomorrow afternoon.
 */
import type { App } from '../../src/app.ts';
import type { Inbound, Turn } from '../../src/core/message.ts';
import { makeApp } from '../helpers.ts';

export const MONDAY = Date.parse('2026-11-30T10:00:00+08:00');

/** Sends as one chat account, at MONDAY; in a group chat when asked. */
export const sayAs =
  (app: App, userId: string, chatType: 'direct' | 'group' = 'direct') =>
  (text: string): Promise<Turn> =>
    app.core.handle({
      platform: 'wechat',
      userId,
      chatId: chatType === 'group' ? 'room@chatroom' : userId,
      chatType,
      text,
      time: new Date(MONDAY),
    } satisfies Inbound);

/** What one person was sent: the texts and the choices' labels. */
export const seen = (turn: Turn, userId: string): string =>
  turn.messages
    .filter((m) => m.to.userId === userId)
    .flatMap((m) => [m.text, ...(m.choices ?? []).map((c) => c.label)])
    .join('\n');

/** A user books tomorrow afternoon; the booked mentor binds their chat. */
export async function bookedMentor() {
  const app = makeApp({ now: () => new Date(MONDAY) });
  const user = sayAs(app, 'wx_user');
  for (const text of ['想约个懂电商的老师 明天下午', '3', '1', '13886012345']) await user(text);
  const ref = /YY\d{7}/.exec(seen(await user('确认'), 'wx_user'))![0];
  const mentorId = app.booking.bookings.byRef(ref)!.mentorId;
  const mentor = sayAs(app, 'wx_mentor');
  await mentor(`/bind ${app.booking.mentors.invite(mentorId, new Date(MONDAY))}`);
  return { app, user, mentor, ref, mentorId };
}
