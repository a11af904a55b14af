/**
 * A small fake of the Telegram Bot API on 127.0.0.1, enough for a real grammY `Bot` to run against it: getMe,
 * deleteWebhook, setWebhook, setMyCommands, getUpdates (held open like the real long poll), sendMessage,
 * answerCallbackQuery, editMessageReplyMarkup. Tests push updates in and read what the bot called.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InlineKeyboardMarkup, Update, UserFromGetMe } from 'grammy/types';

export const FAKE_TOKEN = '123456789:TEST-fake-token-for-local-tests_0123';

export const BOT_INFO = {
  id: 5000,
  is_bot: true,
  first_name: '回乡通',
  username: 'huixiang_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** Milliseconds since the server started. */
  at: number;
}

export interface SentMessage {
  chatId: string;
  text: string;
  messageId: number;
  keyboard?: InlineKeyboardMarkup['inline_keyboard'];
  replyTo?: number;
}

interface Failure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

export interface FakeBotApi {
  apiRoot: string;
  calls: ApiCall[];
  sent: SentMessage[];
  callsOf(method: string): ApiCall[];
  /** A user's text message in their private chat (or in a group when `chat` is given). */
  userSays(
    userId: number,
    text: string,
    extra?: { chat?: { id: number; type: 'group' | 'supergroup'; title: string }; entities?: unknown[]; reply_to_message?: unknown },
  ): void;
  /** A user presses an inline button under one of the bot's messages. */
  userPresses(userId: number, message: SentMessage, data: string): void;
  /** Any update body, valid or not: the bot must cope with what Telegram may send. */
  pushUpdate(update: Record<string, unknown>): void;
  /** The next `count` calls of `method` fail with this answer. */
  failNext(method: string, failure: Failure, count?: number): void;
  /** Waits until `n` messages have been sent to `chatId` (all chats when undefined); returns them. */
  waitForSent(n: number, chatId?: string): Promise<SentMessage[]>;
  close(): Promise<void>;
}

export async function startFakeBotApi(token = FAKE_TOKEN): Promise<FakeBotApi> {
  const started = Date.now();
  const calls: ApiCall[] = [];
  const sent: SentMessage[] = [];
  const updates: Update[] = [];
  const failures = new Map<string, Failure[]>();
  const wakers = new Set<() => void>();
  const openPolls = new Set<ServerResponse>();
  let nextUpdateId = 1;
  let nextMessageId = 100;

  const wakeAll = () => {
    for (const wake of [...wakers]) wake();
  };

  const answer = (res: ServerResponse, body: unknown) => {
    if (!res.writableEnded && !res.destroyed)
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true, result: body }));
  };

  const user = (id: number) => ({ id, is_bot: false, first_name: `用户${id}`, language_code: 'zh-hans' });

  async function getUpdates(res: ServerResponse, payload: Record<string, unknown>) {
    const offset = Number(payload['offset'] ?? 0);
    // Confirming an offset forgets what came before it, as Telegram does.
    while (updates.length && updates[0]!.update_id < offset) updates.shift();
    const deadline = Date.now() + Math.min(Number(payload['timeout'] ?? 0), 2) * 1000;
    openPolls.add(res);
    while (!updates.length && Date.now() < deadline && !res.destroyed) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          wakers.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, deadline - Date.now());
        wakers.add(wake);
      });
    }
    openPolls.delete(res);
    answer(res, updates.slice(0, Number(payload['limit'] ?? 100)));
  }

  function method(name: string, payload: Record<string, unknown>, res: ServerResponse) {
    switch (name) {
      case 'getMe':
        return answer(res, BOT_INFO);
      case 'getUpdates':
        return void getUpdates(res, payload);
      case 'sendMessage': {
        const markup = payload['reply_markup'] as InlineKeyboardMarkup | undefined;
        const replyTo = (payload['reply_parameters'] as { message_id?: number } | undefined)?.message_id;
        const message: SentMessage = {
          chatId: String(payload['chat_id']),
          text: String(payload['text']),
          messageId: nextMessageId++,
          ...(markup?.inline_keyboard ? { keyboard: markup.inline_keyboard } : {}),
          ...(replyTo ? { replyTo } : {}),
        };
        sent.push(message);
        wakeAll();
        return answer(res, {
          message_id: message.messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(message.chatId), type: 'private' },
          text: message.text,
        });
      }
      default:
        // deleteWebhook, setWebhook, setMyCommands, answerCallbackQuery, editMessageReplyMarkup
        return answer(res, true);
    }
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      if (!match || match[1] !== token) {
        res
          .writeHead(401, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
        return;
      }
      const name = match[2]!;
      const raw = Buffer.concat(chunks).toString('utf8');
      const payload = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      calls.push({ method: name, payload, at: Date.now() - started });
      const failure = failures.get(name)?.shift();
      if (failure) {
        res.writeHead(failure.error_code, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: false, ...failure }));
        return;
      }
      method(name, payload, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const push = (update: Record<string, unknown>) => {
    updates.push({ update_id: nextUpdateId++, ...update } as Update);
    wakeAll();
  };

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    sent,
    callsOf: (name) => calls.filter((c) => c.method === name),
    userSays(userId, text, extra = {}) {
      const chat = extra.chat ?? { id: userId, type: 'private', first_name: `用户${userId}` };
      const command = /^\/\w+(@\w+)?/.exec(text);
      const entities = extra.entities ?? (command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined);
      push({
        message: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: user(userId),
          text,
          ...(entities ? { entities } : {}),
          ...(extra.reply_to_message ? { reply_to_message: extra.reply_to_message } : {}),
        },
      });
    },
    userPresses(userId, message, data) {
      push({
        callback_query: {
          id: `q${nextUpdateId}`,
          from: user(userId),
          chat_instance: 'ci',
          data,
          message: {
            message_id: message.messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(message.chatId), type: 'private' },
            text: message.text,
          },
        },
      });
    },
    pushUpdate: push,
    failNext(name, failure, count = 1) {
      failures.set(name, [...(failures.get(name) ?? []), ...Array.from({ length: count }, () => failure)]);
    },
    async waitForSent(n, chatId) {
      const mine = () => sent.filter((m) => chatId === undefined || m.chatId === chatId);
      while (mine().length < n) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            wakers.delete(wake);
            resolve();
          };
          wakers.add(wake);
        });
      }
      return mine();
    },
    async close() {
      for (const res of openPolls) res.destroy();
      wakeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
