import type { Message, Update, UserFromGetMe } from 'grammy/types';
import type { Inbound, Recipient } from '../../src/core/message.ts';
import { choiceText } from './render.ts';

/** What a Telegram update means for the bot. */
export type Incoming =
  | {
      kind: 'text';
      inbound: Inbound;
      /** The message to reply to in a group, so the asker is notified. */
      replyTo?: number;
    }
  /** A pressed inline button: its choice goes to the core; the button's spinner must be stopped. */
  | { kind: 'button'; inbound: Inbound; queryId: string; message?: { chatId: number; messageId: number } }
  /** A picture, voice message, sticker or file sent to the bot directly: the sender gets a short hint. */
  | { kind: 'unreadable'; to: Recipient }
  /** The user blocked the bot (or unblocked it). */
  | { kind: 'membership'; userId: string; reachable: boolean }
  | { kind: 'ignored'; reason: IgnoreReason };

export type IgnoreReason = 'edited' | 'channel' | 'bot' | 'not-addressed' | 'other-bot' | 'service' | 'unknown-update' | 'malformed';

const toInbound = (from: { id: number }, chat: { id: number; type: string }, text: string, date: number): Inbound => ({
  platform: 'telegram',
  userId: String(from.id),
  chatId: String(chat.id),
  chatType: chat.type === 'private' ? 'direct' : 'group',
  text,
  time: new Date(date * 1000),
});

/** The text with the bot's @username (and a command's @username suffix) removed. */
const withoutMention = (text: string, username: string): string =>
  text
    .replace(new RegExp(`@${username}\\b`, 'gi'), ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * In a group the bot speaks only when addressed: a command (to it, not to another bot), an @-mention, or a reply
 * to one of its messages. Returns the text for the core, or why the message is not for the bot.
 */
function addressedText(message: Message & { text: string }, me: UserFromGetMe): string | 'other-bot' | 'not-addressed' {
  const { text } = message;
  const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
  if (command) {
    if (command[1] && command[1].toLowerCase() !== me.username.toLowerCase()) return 'other-bot';
    return withoutMention(text, me.username);
  }
  const mentioned = (message.entities ?? []).some(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username.toLowerCase()}`) ||
      (e.type === 'text_mention' && e.user.id === me.id),
  );
  const repliedToBot = message.reply_to_message?.from?.id === me.id;
  return mentioned || repliedToBot ? withoutMention(text, me.username) : 'not-addressed';
}

/** Turns one update into what the bot should do with it. Anything it does not understand is ignored, not fatal. */
export function readUpdate(update: Update, me: UserFromGetMe): Incoming {
  if (update.edited_message || update.edited_channel_post) return { kind: 'ignored', reason: 'edited' };
  if (update.channel_post) return { kind: 'ignored', reason: 'channel' };

  if (update.callback_query) {
    const query = update.callback_query;
    const where = query.message;
    // A button under a message too old for Telegram to return it still belongs to the user's own chat.
    const chat = where?.chat ?? { id: query.from.id, type: 'private' };
    if (typeof query.data !== 'string' || query.from.is_bot) return { kind: 'ignored', reason: 'malformed' };
    return {
      kind: 'button',
      inbound: { ...toInbound(query.from, chat, choiceText(query.data), Math.floor(Date.now() / 1000)), pressed: true },
      queryId: query.id,
      ...(where ? { message: { chatId: where.chat.id, messageId: where.message_id } } : {}),
    };
  }

  if (update.my_chat_member) {
    const change = update.my_chat_member;
    if (change.chat.type !== 'private') return { kind: 'ignored', reason: 'service' };
    return { kind: 'membership', userId: String(change.from.id), reachable: change.new_chat_member.status !== 'kicked' };
  }

  const message = update.message;
  if (!message) return { kind: 'ignored', reason: 'unknown-update' };
  if (!message.from || message.from.is_bot || message.sender_chat)
    return { kind: 'ignored', reason: message.from?.is_bot ? 'bot' : 'channel' };
  const group = message.chat.type !== 'private';

  if (typeof message.text !== 'string') {
    // Joins, leaves, pins and title changes carry no content; pictures and voice do, but cannot be read.
    const content =
      message.photo ??
      message.voice ??
      message.audio ??
      message.video ??
      message.video_note ??
      message.document ??
      message.sticker ??
      message.location ??
      message.contact ??
      message.animation;
    if (!content || group) return { kind: 'ignored', reason: content ? 'not-addressed' : 'service' };
    return { kind: 'unreadable', to: { platform: 'telegram', userId: String(message.from.id), chatId: String(message.chat.id) } };
  }
  if (!group) return { kind: 'text', inbound: toInbound(message.from, message.chat, message.text, message.date) };

  const text = addressedText(message as Message & { text: string }, me);
  if (text === 'other-bot' || text === 'not-addressed') return { kind: 'ignored', reason: text };
  return { kind: 'text', inbound: toInbound(message.from, message.chat, text, message.date), replyTo: message.message_id };
}
