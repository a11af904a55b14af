import {
  ScanStatus,
  types,
  WechatyBuilder,
  type Contact,
  type Friendship,
  type Message,
  type OfficialPuppetNpmName,
  type Wechaty,
  type WechatyOptions,
} from 'wechaty';
import type { Adapter, Delivery } from '../../src/core/adapter.ts';
import type { Core } from '../../src/core/message.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { Outbound, Recipient } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import type { PersonalData } from '../../src/privacy/personal-data.ts';
import type { Db } from '../../src/store/db.ts';
import { createWechatIds, type WechatIds } from './ids.ts';
import { createInFlight, createLanes, splitText, UNREADABLE_REPLY } from '../common.ts';
import { nativeContact, readMessage } from './inbound.ts';
import { createReconnector, showLoginQr } from './login.ts';
import { wechatPersonalData } from './personal-data.ts';
import { createSendQueue, realSleep, type Sleep } from './send-queue.ts';

/** Characters per WeChat message: longer texts are split at line breaks (about two phone screens each). */
export const WECHAT_TEXT_LIMIT = 1000;

/** A puppet object (the official mock in tests, or one built by the caller). */
export type PuppetInstance = Exclude<NonNullable<WechatyOptions['puppet']>, string>;

export interface WechatSettings {
  /** Puppet package name, e.g. wechaty-puppet-service; ignored when a puppet instance is given. */
  puppet?: string;
  puppetToken?: string;
  /** Names Wechaty's login session file. */
  name: string;
  /** Where the login QR code is saved as a PNG. */
  qrPng: string;
  /** Said to every new contact after their friend request is accepted. */
  welcome: string;
  minGapMs: number;
  switchGapMinMs: number;
  switchGapMaxMs: number;
  perMinute: number;
  perDay: number;
}

export interface WechatAdapterOptions {
  core: Core;
  /** Where a turn's messages go (the router); it calls back `deliver` for WeChat recipients. */
  delivery: Delivery;
  db: Db;
  /** Where the adapter registers what it keeps of people (queued messages, contact names), for deletion. */
  personalData: Pick<PersonalData, 'register'>;
  logger: Logger;
  settings: WechatSettings;
  puppetInstance?: PuppetInstance;
  now?: () => Date;
  /** Used for send pacing and reconnection back-off. */
  sleep?: Sleep;
  random?: () => number;
  /** Where the login QR code is drawn; standard output by default. */
  terminal?: (text: string) => void;
}

/** One queued message, addressed with our stable ids (native ids may change before it is sent). */
interface QueuedMessage {
  userId: string;
  chatId: string;
  text: string;
}

/** A queued message whose contact or room the puppet cannot find; retrying later may help after it speaks again. */
export class WechatRecipientUnknown extends Error {
  readonly code = 'WECHAT.RECIPIENT_UNKNOWN';
  constructor(ourId: string) {
    super(
      `no WeChat contact or room is known for ${ourId}: the bot has not seen it under its current native id ` +
        '(web puppets change ids at each login); it becomes reachable again once it messages the bot',
    );
    this.name = 'WechatRecipientUnknown';
  }
}

function buildBot(settings: WechatSettings, puppetInstance: PuppetInstance | undefined): Wechaty {
  if (puppetInstance) return WechatyBuilder.build({ name: settings.name, puppet: puppetInstance });
  return WechatyBuilder.build({
    name: settings.name,
    // The configuration validated the package name; Wechaty's type lists only the official ones.
    puppet: settings.puppet as OfficialPuppetNpmName | undefined,
    puppetOptions: settings.puppetToken ? { token: settings.puppetToken } : {},
  });
}

/** Sends one queued message: to the contact, or in the room mentioning the user. */
async function sendNow(bot: Wechaty, ids: WechatIds, message: QueuedMessage): Promise<void> {
  const find = async <T>(ourId: string, lookup: (id: string) => Promise<T | undefined>): Promise<T> => {
    const nativeId = ids.nativeOf(ourId);
    const found = nativeId === undefined ? undefined : await lookup(nativeId);
    if (!found) throw new WechatRecipientUnknown(ourId);
    return found;
  };
  const contact = await find(message.userId, (id) => bot.Contact.find({ id }));
  if (message.chatId === message.userId) {
    await contact.say(message.text);
    return;
  }
  const room = await find(message.chatId, (id) => bot.Room.find({ id }));
  await room.say(message.text, contact);
}

/**
 * The WeChat adapter: a Wechaty bot whose messages go to the core and whose replies go out through one persistent,
 * paced queue, because a personal account that answers too fast or too much gets restricted.
 */
export function createWechatAdapter(options: WechatAdapterOptions): Adapter {
  const { core, delivery, db, logger, settings } = options;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const terminal = options.terminal ?? ((text: string) => process.stdout.write(`${text}\n`));
  const ids = createWechatIds(db, now);
  for (const holder of wechatPersonalData(db)) options.personalData.register(holder);
  const bot = buildBot(settings, options.puppetInstance);
  const queue = createSendQueue<QueuedMessage>({
    db,
    platform: 'wechat',
    pacing: settings,
    send: (message) => sendNow(bot, ids, message),
    logger,
    now,
    sleep,
    ...(options.random ? { random: options.random } : {}),
  });
  const reconnector = createReconnector({
    restart: async () => {
      await bot.stop();
      await bot.start();
    },
    sleep,
    logger,
    now: () => now().getTime(),
  });
  const lane = createLanes();
  const inFlight = createInFlight();
  let loginAt: Date | undefined;
  let stopping: Promise<void> | undefined;

  const enqueue = (to: Recipient, text: string, about?: string) =>
    queue.enqueue(to.chatId, { userId: to.userId, chatId: to.chatId, text }, about);

  /** Runs an event handler so that its failure is logged and never reaches Wechaty or the process. */
  const guard = (event: string, task: () => Promise<void>): Promise<void> =>
    task().catch((error: unknown) => logger.error(event, { error }));

  const onMessage = async (message: Message): Promise<void> => {
    const incoming = await readMessage(message, ids, loginAt);
    if (incoming.kind === 'ignored') {
      if (incoming.reason === 'history' || incoming.reason === 'official') logger.info('wechat.ignored', { reason: incoming.reason });
      return;
    }
    if (incoming.kind === 'unreadable') {
      enqueue(incoming.to, UNREADABLE_REPLY);
      return;
    }
    const turn = await core.handle(incoming.inbound);
    await delivery.deliver(turn.messages);
  };

  const onFriendship = async (friendship: Friendship): Promise<void> => {
    if (friendship.type() !== types.Friendship.Receive) return;
    await friendship.accept();
    const userId = ids.contact(nativeContact(friendship.contact()));
    enqueue({ platform: 'wechat', userId, chatId: userId }, settings.welcome);
    logger.info('wechat.friend_accepted', { userId });
  };

  /** Sending pauses while logged out, so queued messages wait instead of using up their attempts. */
  const connectionLost = (reason: 'logout' | 'error', error?: unknown) => {
    loginAt = undefined;
    void queue.stop();
    if (stopping) return;
    if (error === undefined) reconnector.schedule(reason);
    else reconnector.failed(error);
  };

  bot.on('scan', (qrcode: string, status: ScanStatus) => {
    const fresh = qrcode && (status === ScanStatus.Waiting || status === ScanStatus.Timeout);
    if (!fresh) {
      logger.info('wechat.scan_status', { status: ScanStatus[status] });
      return;
    }
    void guard('wechat.qr_failed', () => showLoginQr(qrcode, settings.qrPng, terminal, logger));
  });
  bot.on('login', (user: Contact) => {
    if (stopping) return;
    loginAt = now();
    reconnector.reset();
    queue.start();
    logger.info('wechat.login', { account: user.name() });
  });
  bot.on('logout', (user: Contact, reason?: string) => {
    logger.warn('wechat.logout', { account: user.name(), reason });
    connectionLost('logout');
  });
  bot.on('error', (error: Error) => {
    // Wechaty also reports passing trouble (a contact it could not load); only a lost login needs a restart. While
    // logged out a puppet may repeat one failure many times a second: the reconnector counts those.
    if (bot.isLoggedIn) logger.error('wechat.error', { error });
    else connectionLost('error', error);
  });
  bot.on('message', (message: Message) => {
    if (stopping) return;
    inFlight.track(lane(message.payload?.talkerId ?? '', () => guard('wechat.message_failed', () => onMessage(message))));
  });
  bot.on('friendship', (friendship: Friendship) => {
    if (!stopping) inFlight.track(guard('wechat.friendship_failed', () => onFriendship(friendship)));
  });

  /** Into the persistent send queue (in the bot's database), synchronously; long texts as a few messages. */
  const enqueueDurably = (message: Outbound): void => {
    for (const part of splitText(renderNumbered(message.text, message.choices), WECHAT_TEXT_LIMIT))
      enqueue(message.to, part, message.about);
  };

  const shutdown = async (): Promise<void> => {
    await reconnector.cancel();
    await inFlight.settled();
    await queue.stop();
    await bot.stop().catch((error: unknown) => logger.error('wechat.stop_failed', { error }));
  };

  return {
    platform: 'wechat',
    async start() {
      stopping = undefined;
      await bot.start();
      logger.info('wechat.started', { puppet: options.puppetInstance ? 'instance' : (settings.puppet ?? 'default') });
    },
    async deliver(message) {
      enqueueDurably(message);
    },
    enqueueDurably,
    // Logged out covers waiting for a scan and reconnecting: nothing is sent then, the queue waits.
    health: () => {
      if (stopping) return { up: false, state: 'stopped' };
      return loginAt ? { up: true, state: 'logged_in' } : { up: false, state: 'logged_out' };
    },
    stop() {
      stopping ??= shutdown();
      return stopping;
    },
  };
}
