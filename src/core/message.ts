/** The platform-neutral message types: adapters build an `Inbound` and deliver the `Outbound`s the core returns. */

export type Platform = 'console' | 'jsonl' | 'wechat' | 'telegram' | (string & {});

export interface Inbound {
  platform: Platform;
  /** The sender's id on that platform. */
  userId: string;
  /** Where the message was said: the user's own chat for direct messages, the room or group otherwise. */
  chatId: string;
  chatType: 'direct' | 'group';
  text: string;
  /** When the platform received it. */
  time: Date;
  /**
   * True when `text` is the value of a button the sender pressed (a Telegram inline button), not typed. Only a
   * pressed button, or a numbered pick of a choice offered to the sender, may run an action (accept a booking,
   * delete my data): typing an action's value does nothing.
   */
  pressed?: boolean;
}

/** Someone a message is addressed to, in platform terms. */
export interface Recipient {
  platform: Platform;
  userId: string;
  chatId: string;
}

export interface Choice {
  /** What the user sees, e.g. "返乡创业贷款". Rendered "1. 返乡创业贷款" on WeChat, a button on Telegram. */
  label: string;
  /** What the core receives back when the choice is picked (also accepted: its number). */
  value: string;
  /** One line that helps to choose, shown after the label in text (not on buttons). */
  detail?: string;
  /** A small optional choice (rating an answer): text platforms show all such choices on one short line. */
  minor?: boolean;
}

export interface Outbound {
  to: Recipient;
  text: string;
  choices?: Choice[];
  /** The person (identity key) a message to someone else is about: deleting that person's data removes it too. */
  about?: string;
}

/** What the core did with one inbound message; adapters deliver `messages`, tools read the rest. */
export interface Turn {
  intent: string;
  messages: Outbound[];
  /** Knowledge entry ids the answer is based on. */
  sources: string[];
}

export const senderOf = (inbound: Inbound): Recipient => ({
  platform: inbound.platform,
  userId: inbound.userId,
  chatId: inbound.chatId,
});

export const sameRecipient = (a: Recipient, b: Recipient): boolean =>
  a.platform === b.platform && a.userId === b.userId && a.chatId === b.chatId;

/** The platform-neutral core as adapters see it (built by `createCore` in src/pipeline/bot.ts). */
export interface Core {
  /** Handles one message and returns what to send, to whom, and why. Never throws. */
  handle(inbound: Inbound): Promise<Turn>;
}
