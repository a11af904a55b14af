import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, GrammyError, HttpError, webhookCallback, type Api } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdapterStartError, RecipientGone, type Adapter, type Delivery } from '../../src/core/adapter.ts';
import type { Core } from '../../src/core/message.ts';
import type { Logger } from '../../src/core/logger.ts';
import { sameRecipient, type Outbound } from '../../src/core/message.ts';
import { createInFlight, createLanes, UNREADABLE_REPLY } from '../common.ts';
import { createOutageLog } from '../outage.ts';
import { readUpdate, type Incoming } from './inbound.ts';
import { renderWithButtons, splitText, TEXT_LIMIT } from './render.ts';

/** The commands shown in Telegram's menu, described in Chinese. */
export const BOT_COMMANDS = [
  { command: 'start', description: '开始使用回乡通' },
  { command: 'help', description: '能问什么、怎么用' },
  { command: 'menu', description: '主菜单:政策、预约导师、活动、找人工' },
] as const;

/** The update kinds the bot reads; Telegram does not send the others. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** A webhook body larger than this is not an update (Telegram's are a few KB): 413, and the rest is not read. */
const WEBHOOK_BODY_LIMIT = 256 * 1024;
/** How long a webhook request may take to send its headers, and then its body; slower ones are dropped. */
const WEBHOOK_READ_TIMEOUT_MS = 10_000;

export interface TelegramWebhook {
  /** The public https URL Telegram posts to; its path is the path the server listens on. */
  url: string;
  /** Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
  /** The local port (0 picks a free one). */
  port: number;
  host?: string;
  /** Headers, and then the body, must arrive within this (default 10 s); tests shorten it. */
  readTimeoutMs?: number;
}

export interface TelegramAdapterOptions {
  core: Core;
  /** Where a turn's messages go (the router); it calls back `deliver` for Telegram recipients. */
  delivery: Delivery;
  logger: Logger;
  token: string;
  /** https://api.telegram.org, or a local Bot API server (tests use a fake one on 127.0.0.1). */
  apiRoot?: string;
  /** Long polling when absent. */
  webhook?: TelegramWebhook;
  /** Skips the getMe call (tests). */
  botInfo?: UserFromGetMe;
  /** Long-poll timeout in seconds (tests shorten it). */
  pollTimeoutSeconds?: number;
  /** Told when a user blocks the bot (true) or unblocks it; subscriptions use it. */
  onReachability?: (userId: string, reachable: boolean) => void;
}

export interface TelegramAdapter extends Adapter {
  /** The webhook server's local address once started (tests post to it). */
  webhookAddress(): AddressInfo | undefined;
}

/** The calls that show whether Telegram can be reached at all (sends have their own retries and logs). */
const CONNECTION_METHODS = new Set(['getMe', 'getUpdates', 'setMyCommands', 'deleteWebhook', 'setWebhook']);
/** auto-retry's waits after a failed call: 3 s, doubling, at most an hour. */
const FIRST_RETRY_MS = 3000;
const MAX_RETRY_MS = 3_600_000;

/** What the operator should do when Telegram will not let the bot in. */
function startError(error: unknown, apiRoot: string, port?: number): Error {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    return new AdapterStartError(
      `Telegram refused TELEGRAM_BOT_TOKEN (${error.error_code} ${error.description}): check the token @BotFather gave (send /token to @BotFather), or remove it from .env`,
    );
  }
  if (error instanceof GrammyError) {
    return new AdapterStartError(
      `Telegram answered ${error.method} with ${error.error_code} ${error.description}; ` +
        'try again later, or check TELEGRAM_WEBHOOK_URL if it names the webhook',
    );
  }
  if (error instanceof HttpError) {
    return new AdapterStartError(
      `cannot reach Telegram at ${apiRoot} (TELEGRAM_API_ROOT): ${String((error.error as Error | undefined)?.message ?? error.message)}; check the network or proxy`,
    );
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (port !== undefined && (code === 'EADDRINUSE' || code === 'EACCES')) {
    return new AdapterStartError(
      `cannot listen on port ${port} (TELEGRAM_WEBHOOK_PORT): ${code}; stop what uses it or choose another port`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Reads a request body up to `limit` bytes within `timeoutMs`; stops reading (pauses) when either is passed. */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<{ body: string } | { refused: 408 | 413 }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (status: 408 | 413) => {
      clearTimeout(timer);
      req.pause();
      req.removeAllListeners('data');
      resolve({ refused: status });
    };
    const timer = setTimeout(() => stop(408), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) stop(413);
      else chunks.push(chunk);
    });
    req.once('end', () => {
      clearTimeout(timer);
      resolve({ body: Buffer.concat(chunks).toString('utf8') });
    });
    // The client broke off: answered like a slow one, not logged as our failure (a flood of these is an attack).
    req.once('error', () => stop(408));
  });
}

/** Answers and closes the connection, so that whatever the client still sends is never read. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, text = ''): void {
  if (req.socket.destroyed) return;
  res.shouldKeepAlive = false;
  res.writeHead(status, { 'Content-Type': 'text/plain', Connection: 'close' }).end(text, () => req.socket.destroy());
}

/** Compares the secret header in constant time (both sides hashed, so their lengths do not show either). */
function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  const given = Array.isArray(header) ? header[0] : header;
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

const isUpdate = (value: unknown): value is Update =>
  typeof value === 'object' && value !== null && Number.isInteger((value as { update_id?: unknown }).update_id);

/**
 * The Telegram adapter: a grammY bot by long polling (or a webhook when configured) whose messages go to the core,
 * choices shown as inline buttons. Updates of one chat are handled in order, different chats side by side; 429
 * answers are retried after `retry_after` (auto-retry), never dropped.
 */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { core, delivery, logger, webhook } = options;
  const bot = new Bot(options.token, {
    client: { apiRoot: options.apiRoot ?? 'https://api.telegram.org' },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // The connection's trouble, seen below auto-retry (which retries a network error after 3 s, 6 s, 12 s ... up to
  // an hour, and a 5xx five times, telling only DEBUG=grammy:auto-retry): one line per retry, a summary when a call
  // gets through again. Without it a start without network hangs without a word.
  const outage = createOutageLog({ platform: 'telegram', logger });
  let retryInMs = FIRST_RETRY_MS;
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (!CONNECTION_METHODS.has(method)) return prev(method, payload, signal);
    const failed = (error: unknown) => {
      if (stopping || signal?.aborted) return;
      // grammY's HttpError says "Network request for 'getMe' failed!"; the cause says why (ENOTFOUND, ECONNREFUSED).
      const cause = error instanceof HttpError && error.error instanceof Error ? error.error.message : undefined;
      outage.failed(error, cause ? `${(error as Error).message} (${cause})` : undefined);
      outage.step(retryInMs, method);
      retryInMs = Math.min(MAX_RETRY_MS, retryInMs * 2);
    };
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && result.error_code >= 500) {
        failed(new Error(`${method}: ${result.error_code} ${result.description}`));
        return result;
      }
      retryInMs = FIRST_RETRY_MS;
      if (outage.state.down) outage.recovered();
      return result;
    } catch (error) {
      failed(error);
      throw error;
    }
  });
  // Flood waits are short in practice; a message that would wait longer than 10 minutes has lost its point.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 600 }));
  const lane = createLanes();
  const inFlight = createInFlight();
  let server: Server | undefined;
  let stopping: Promise<void> | undefined;
  let polling: Promise<void> | undefined;

  const send = async (api: Api, message: Outbound, replyTo?: number): Promise<void> => {
    const { text, keyboard } = renderWithButtons(message.text, message.choices);
    const parts = splitText(text, TEXT_LIMIT);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      await api.sendMessage(message.to.chatId, part, {
        ...(last && keyboard ? { reply_markup: keyboard } : {}),
        ...(i === 0 && replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      });
    }
  };

  const handle = async (incoming: Incoming): Promise<void> => {
    switch (incoming.kind) {
      case 'ignored':
        return;
      case 'membership':
        logger.info('telegram.reachability', { userId: incoming.userId, reachable: incoming.reachable });
        options.onReachability?.(incoming.userId, incoming.reachable);
        return;
      case 'unreadable':
        await send(bot.api, { to: incoming.to, text: UNREADABLE_REPLY });
        return;
      case 'button':
        // Stop the button's spinner and take the buttons away, so an old choice cannot be pressed twice.
        await bot.api
          .answerCallbackQuery(incoming.queryId)
          .catch((error: unknown) => logger.warn('telegram.answer_query_failed', { error }));
        if (incoming.message) {
          await bot.api
            .editMessageReplyMarkup(incoming.message.chatId, incoming.message.messageId, { reply_markup: { inline_keyboard: [] } })
            .catch((error: unknown) => logger.warn('telegram.edit_markup_failed', { error }));
        }
        break;
      case 'text':
        break;
    }
    const turn = await core.handle(incoming.inbound);
    const asker = { platform: 'telegram', userId: incoming.inbound.userId, chatId: incoming.inbound.chatId };
    const replyTo = incoming.kind === 'text' ? incoming.replyTo : undefined;
    // Replies in a group answer the asker's message; everything else goes the way all deliveries go.
    for (const message of turn.messages) {
      if (replyTo && sameRecipient(message.to, asker))
        await send(bot.api, message, replyTo).catch((error: unknown) =>
          logger.error('telegram.send_failed', { error, chatId: message.to.chatId }),
        );
      else await delivery.deliver([message]);
    }
  };

  bot.use((ctx) => {
    const incoming = readUpdate(ctx.update, ctx.me);
    if (incoming.kind === 'ignored') {
      if (incoming.reason !== 'not-addressed') logger.info('telegram.ignored', { reason: incoming.reason, update: ctx.update.update_id });
      return;
    }
    const key =
      incoming.kind === 'text' || incoming.kind === 'button'
        ? incoming.inbound.chatId
        : incoming.kind === 'unreadable'
          ? incoming.to.chatId
          : incoming.userId;
    // Not awaited: the update is acknowledged at once and the chat's lane keeps its order.
    inFlight.track(
      lane(key, () =>
        handle(incoming).catch((error: unknown) => logger.error('telegram.update_failed', { error, update: ctx.update.update_id })),
      ),
    );
  });
  bot.catch((error) => logger.error('telegram.middleware_failed', { error: error.error }));

  const startWebhook = async (hook: TelegramWebhook): Promise<void> => {
    const callback = webhookCallback(bot, 'callback', { secretToken: hook.secret, onTimeout: 'return' });
    const path = new URL(hook.url).pathname;
    const readTimeoutMs = hook.readTimeoutMs ?? WEBHOOK_READ_TIMEOUT_MS;
    // Everything that costs nothing is checked before a byte of the body is read: path, secret, declared size.
    // Slow senders are dropped: headers within readTimeoutMs (checked every second), the body within it again.
    const serverOptions = {
      headersTimeout: readTimeoutMs,
      requestTimeout: readTimeoutMs * 2,
      connectionsCheckingInterval: Math.min(1000, readTimeoutMs),
    };
    server = createServer(serverOptions, (req, res) => {
      void (async () => {
        if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== path) {
          refuse(req, res, 404);
          return;
        }
        const header = req.headers['x-telegram-bot-api-secret-token'];
        if (!secretMatches(header, hook.secret)) {
          logger.warn('telegram.webhook_unauthorized', { ip: req.socket.remoteAddress });
          refuse(req, res, 401, 'unauthorized');
          return;
        }
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > WEBHOOK_BODY_LIMIT) {
          logger.warn('telegram.webhook_too_large', { bytes: declared });
          refuse(req, res, 413, 'too large');
          return;
        }
        const read = await readBody(req, WEBHOOK_BODY_LIMIT, readTimeoutMs);
        if ('refused' in read) {
          logger.warn(read.refused === 413 ? 'telegram.webhook_too_large' : 'telegram.webhook_too_slow', { ip: req.socket.remoteAddress });
          refuse(req, res, read.refused, read.refused === 413 ? 'too large' : 'too slow');
          return;
        }
        let update: unknown;
        try {
          update = JSON.parse(read.body);
        } catch {
          update = undefined;
        }
        if (!isUpdate(update)) {
          logger.warn('telegram.webhook_not_an_update', { bytes: read.body.length });
          res.writeHead(400).end('not an update');
          return;
        }
        await callback(
          update,
          (json: string) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(json),
          Array.isArray(header) ? header[0] : header,
          () => {
            logger.warn('telegram.webhook_unauthorized', { ip: req.socket.remoteAddress });
            res.writeHead(401).end('unauthorized');
          },
        );
        if (!res.writableEnded) res.writeHead(200).end();
      })().catch((error: unknown) => {
        logger.error('telegram.webhook_failed', { error });
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(hook.port, hook.host ?? '0.0.0.0', () => resolve());
    });
    await bot.api.setWebhook(hook.url, { secret_token: hook.secret, allowed_updates: ALLOWED_UPDATES });
  };

  const startPolling = async (): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      polling = bot
        .start({
          allowed_updates: ALLOWED_UPDATES,
          timeout: options.pollTimeoutSeconds ?? 30,
          onStart: () => resolve(),
        })
        .catch((error: unknown) => {
          // Before onStart this fails the start (a wrong token); afterwards polling has given up (another
          // instance took over the token): say so loudly, the process keeps serving the other platforms.
          logger.error('telegram.polling_stopped', { error });
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  };

  const shutdown = async (): Promise<void> => {
    outage.stopped();
    if (bot.isRunning()) await bot.stop().catch((error: unknown) => logger.warn('telegram.stop_failed', { error }));
    await polling?.catch(() => {});
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await inFlight.settled();
    logger.info('telegram.stopped', {});
  };

  return {
    platform: 'telegram',
    async start() {
      stopping = undefined;
      // Every start failure is one line for the operator (exitOnStartupError prints AdapterStartError without a stack).
      try {
        await bot.init();
        await bot.api.setMyCommands(BOT_COMMANDS);
        if (webhook) await startWebhook(webhook);
        else await startPolling();
      } catch (error) {
        throw startError(error, options.apiRoot ?? 'https://api.telegram.org', webhook?.port);
      }
      logger.info('telegram.started', { bot: bot.botInfo.username, mode: webhook ? 'webhook' : 'polling' });
    },
    async deliver(message) {
      try {
        await send(bot.api, message);
      } catch (error) {
        // 403: blocked by the user or removed from the group; 400 chat not found: the chat is gone.
        if (error instanceof GrammyError && (error.error_code === 403 || /chat not found/i.test(error.description))) {
          throw new RecipientGone(`telegram ${message.to.chatId}: ${error.description}`);
        }
        throw error;
      }
    },
    stop() {
      stopping ??= shutdown();
      return stopping;
    },
    webhookAddress: () => (server?.address() as AddressInfo | null) ?? undefined,
    health: () => {
      if (stopping) return { up: false, state: 'stopped' };
      if (webhook) return server?.listening ? { up: true, state: 'webhook' } : { up: false, state: 'starting' };
      if (!polling) return { up: false, state: 'starting' };
      // grammY's polling loop ends when Telegram refuses it (another instance took the token).
      return bot.isRunning() ? { up: true, state: 'polling' } : { up: false, state: 'polling_stopped' };
    },
  };
}
