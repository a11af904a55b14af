import { types, type Contact, type Message } from 'wechaty';
import type { Inbound, Recipient } from '../../src/core/message.ts';
import type { WechatIds } from './ids.ts';

/** What a WeChat message means for the bot. */
export type Incoming =
  | { kind: 'text'; inbound: Inbound }
  /** Something we cannot read (a picture, a voice message, a red packet...): the sender gets a short hint. */
  | { kind: 'unreadable'; to: Recipient }
  | { kind: 'ignored'; reason: 'self' | 'history' | 'official' | 'not-addressed' | 'notice' };

/**
 * Types that are not something a person said to the bot: system notices (pats, "you added X"), recalls, group
 * notes. Answering them would only confuse.
 */
const NOTICES: ReadonlySet<types.Message> = new Set([types.Message.Unknown, types.Message.Recalled, types.Message.GroupNote]);

/** The contact fields our id map keeps. */
export const nativeContact = (contact: Contact) => ({ id: contact.id, name: contact.name(), handle: contact.handle() });

/** In a group, the bot speaks only when @-mentioned or given a command, so it never joins in uninvited. */
async function addressedInRoom(message: Message): Promise<boolean> {
  return message.type() === types.Message.Text && (message.text().trim().startsWith('/') || (await message.mentionSelf()));
}

/** Why a message is not for the core, if it is not. */
async function ignoreReason(
  message: Message,
  loginAt: Date | undefined,
): Promise<Extract<Incoming, { kind: 'ignored' }>['reason'] | undefined> {
  if (message.self()) return 'self';
  // After a login the puppet may replay the recent history; those were answered (or missed) by an earlier run.
  if (!loginAt || message.date() < loginAt) return 'history';
  if (message.talker().type() === types.Contact.Official) return 'official';
  if (message.room() && !(await addressedInRoom(message))) return 'not-addressed';
  if (NOTICES.has(message.type())) return 'notice';
  return undefined;
}

/** Turns one Wechaty message into what the bot should do with it, mapping native ids to ours. */
export async function readMessage(message: Message, ids: WechatIds, loginAt: Date | undefined): Promise<Incoming> {
  const reason = await ignoreReason(message, loginAt);
  if (reason) return { kind: 'ignored', reason };
  const userId = ids.contact(nativeContact(message.talker()));
  const room = message.room();
  const chatId = room ? ids.room({ id: room.id, topic: await room.topic() }) : userId;
  if (message.type() !== types.Message.Text) return { kind: 'unreadable', to: { platform: 'wechat', userId, chatId } };
  const text = room ? await message.mentionText() : message.text();
  return {
    kind: 'text',
    inbound: { platform: 'wechat', userId, chatId, chatType: room ? 'group' : 'direct', text: text.trim(), time: message.date() },
  };
}
