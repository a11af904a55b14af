import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { UNREADABLE_REPLY } from '../../adapters/common.ts';
import { createWechatAdapter, WECHAT_TEXT_LIMIT, type WechatSettings } from '../../adapters/wechat/wechat.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import type { Core } from '../../src/core/message.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { findAmbiguity, KNOWLEDGE_DIR, makeApp, replyText, say } from '../helpers.ts';
import { captureLogger, deferred, wechatTempDir } from './wechat-helpers.ts';

const WELCOME = '您好,我是荆州"回乡通"。返乡创业政策、楚商回乡投资,都可以直接问我。';
const BOT_NAME = '回乡通';

/** What arrives in a mock chat from the bot, in order, with a way to wait for the next one. */
function inbox(conversation: mock.ContactMock | mock.RoomMock, botId: string) {
  const texts: string[] = [];
  const waiters: Array<() => void> = [];
  // wechaty-puppet-mock's typed-emitter `on` does not typecheck under NodeNext (see STACK.md): the one cast.
  (conversation as unknown as EventEmitter).on('message', (message: mock.MessageMock) => {
    if (message.payload.talkerId !== botId) return;
    texts.push(message.payload.text ?? '');
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    texts,
    /** The `n`-th message (1-based) from the bot; waits for it. */
    async nth(n: number): Promise<string> {
      while (texts.length < n) await new Promise<void>((wake) => waiters.push(wake));
      return texts[n - 1]!;
    },
  };
}

const running: Adapter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((adapter) => adapter.stop()));
});

interface StartOptions {
  knowledgeDir?: string;
  /** Wraps the real core (to count calls or make it fail). */
  core?: (real: Core) => Core;
  settings?: Partial<WechatSettings>;
}

/**
 * The real app on a SQLite file, the real router, and the adapter on a real Wechaty with the official mock puppet,
 * logged in as 回乡通. Pacing gaps are tiny and `sleep` returns at once: these tests are about what users see.
 */
async function startWechat(options: StartOptions = {}) {
  const dir = wechatTempDir();
  const app = makeApp({ knowledgeDir: options.knowledgeDir ?? KNOWLEDGE_DIR, dbPath: join(dir, 'huixiang.sqlite') });
  const logger = captureLogger();
  const router = createRouter(logger);
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const terminal: string[] = [];
  const slept: number[] = [];
  const adapter = createWechatAdapter({
    core: options.core ? options.core(app.core) : app.core,
    delivery: router,
    db: app.db,
    personalData: app.personalData,
    logger,
    settings: {
      name: 'huixiang-test',
      qrPng: join(dir, 'login', 'wechat-login.png'),
      welcome: WELCOME,
      minGapMs: 2,
      switchGapMinMs: 1,
      switchGapMaxMs: 3,
      perMinute: 1000,
      perDay: 10_000,
      ...options.settings,
    },
    puppetInstance: puppet,
    sleep: async (ms) => void slept.push(ms),
    terminal: (text) => terminal.push(text),
  });
  router.add(adapter);
  running.push(adapter);
  await adapter.start();
  const bot = mocker.createContact({ name: BOT_NAME });
  mocker.login(bot);
  await logger.waitFor('wechat.login');
  return { app, adapter, mocker, puppet, bot, logger, terminal, slept, dir };
}

/** A core that counts what reaches it. */
function counting(calls: string[]) {
  return (real: Core): Core => ({
    handle: (inbound) => {
      calls.push(inbound.text);
      return real.handle(inbound);
    },
  });
}

describe('WeChat adapter (Wechaty + wechaty-puppet-mock)', () => {
  it('holds a direct conversation: a question, numbered choices, a number as the answer, then a new question', async () => {
    const ambiguity = await findAmbiguity();
    const reference = makeApp({ knowledgeDir: ambiguity.knowledgeDir });
    const { mocker, bot, app } = await startWechat({ knowledgeDir: ambiguity.knowledgeDir });
    const user = mocker.createContact({ name: '张三' });
    const chat = inbox(user, bot.id);

    user.say(ambiguity.question).to(bot);
    const asked = await chat.nth(1);
    expect(asked).toBe(replyText(await say(reference, ambiguity.question)));
    expect(asked).toMatch(/\n1\. .+\n2\. /);

    user.say('1').to(bot);
    const answered = await chat.nth(2);
    expect(answered).toBe(replyText(await say(reference, '1')));
    expect(answered).not.toMatch(/请回复 1 到/);

    user.say('返乡创业贴息贷款最多多少').to(bot);
    expect(await chat.nth(3)).toMatch(/万元/);

    const row = app.db.prepare(`SELECT user_id AS userId, kind, name FROM platform_ids WHERE native_id = ?`).get(user.id);
    expect(row).toEqual({ userId: expect.stringMatching(/^wx_/), kind: 'contact', name: '张三' });
  });

  it('in a room answers only an @-mention or a /command, in the room, mentioning the asker', async () => {
    const calls: string[] = [];
    const { mocker, bot, app } = await startWechat({ core: counting(calls) });
    const reference = makeApp();
    const user = mocker.createContact({ name: '张三' });
    const other = mocker.createContact({ name: '李四' });
    const room = mocker.createRoom({ topic: '荆州返乡创业交流群', memberIdList: [bot.id, user.id, other.id] });
    const inRoom = inbox(room, bot.id);
    const direct = inbox(user, bot.id);

    user.say('返乡创业贴息贷款最多多少').to(room);
    other.say('大家好').to(room);
    user.say(`@${BOT_NAME}\u2005返乡创业贴息贷款最多多少`, [bot]).to(room);
    const answer = await inRoom.nth(1);
    expect(answer).toBe(`@张三 ${replyText(await say(reference, '返乡创业贴息贷款最多多少'))}`);

    user.say('/help').to(room);
    expect(await inRoom.nth(2)).toMatch(/^@张三 /);

    expect(calls).toEqual(['返乡创业贴息贷款最多多少', '/help']);
    expect(inRoom.texts).toHaveLength(2);
    expect(direct.texts).toEqual([]);
    const roomRow = app.db.prepare(`SELECT user_id AS id, kind, name FROM platform_ids WHERE native_id = ?`).get(room.id);
    expect(roomRow).toEqual({ id: expect.stringMatching(/^wxg_/), kind: 'room', name: '荆州返乡创业交流群' });
  });

  it('sends a long notice as several messages split at line breaks, in order', async () => {
    const { mocker, bot, adapter, app } = await startWechat();
    const user = mocker.createContact({ name: '李四' });
    const chat = inbox(user, bot.id);
    user.say('你好').to(bot);
    await chat.nth(1);
    const userId = (app.db.prepare('SELECT user_id AS userId FROM platform_ids WHERE native_id = ?').get(user.id) as { userId: string })
      .userId;
    const lines = Array.from({ length: 120 }, (_, i) => `第${i + 1}条:楚商回乡项目推介,欢迎报名参加。`);
    await adapter.deliver({ to: { platform: 'wechat', userId, chatId: userId }, text: lines.join('\n') });
    const parts = await Promise.all([2, 3, 4].map((n) => chat.nth(n)));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(WECHAT_TEXT_LIMIT);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('accepts a friend request and welcomes the new contact', async () => {
    const { mocker, puppet, bot, logger } = await startWechat();
    const stranger = mocker.createContact({ name: '王五', friend: false });
    const welcome = inbox(stranger, bot.id);
    await puppet.friendshipPayload('friendship-1', {
      id: 'friendship-1',
      contactId: stranger.id,
      hello: '我想咨询返乡创业',
      ticket: 'ticket-1',
      timestamp: Date.now(),
      type: types.Friendship.Receive,
    });
    puppet.emit('friendship', { friendshipId: 'friendship-1' });
    expect(await welcome.nth(1)).toBe(WELCOME);
    expect((await logger.waitFor('wechat.friend_accepted')).fields.userId).toMatch(/^wx_/);
  });

  it('answers pictures, voice, files, video, stickers, red packets, transfers, links and cards with one short text, without the core', async () => {
    const calls: string[] = [];
    const { mocker, bot } = await startWechat({ core: counting(calls) });
    const user = mocker.createContact({ name: '赵六' });
    const chat = inbox(user, bot.id);
    const unreadable = [
      types.Message.Image,
      types.Message.Audio,
      types.Message.Attachment,
      types.Message.Video,
      types.Message.Emoticon,
      types.Message.RedEnvelope,
      types.Message.Transfer,
      types.Message.MiniProgram,
      types.Message.Url,
      types.Message.Contact,
    ];
    // What a puppet reports for each kind; the mock's own say() only makes text and a few file types.
    for (const type of unreadable) {
      mocker.MessageMock.create({ id: `media-${type}`, talkerId: user.id, listenerId: bot.id, timestamp: Date.now(), type });
      mocker.puppet.emit('message', { messageId: `media-${type}` });
    }
    // A system notice (e.g. "拍了拍我") is not answered at all.
    mocker.MessageMock.create({
      id: 'notice',
      talkerId: user.id,
      listenerId: bot.id,
      timestamp: Date.now(),
      type: types.Message.Unknown,
      text: '"吴九"拍了拍我',
    });
    mocker.puppet.emit('message', { messageId: 'notice' });
    user.say('返乡创业贴息贷款最多多少').to(bot);
    await chat.nth(unreadable.length + 1);
    expect(chat.texts.slice(0, -1)).toEqual(unreadable.map(() => UNREADABLE_REPLY));
    expect(chat.texts.at(-1)).toMatch(/万元/);
    expect(calls).toEqual(['返乡创业贴息贷款最多多少']);
  });

  it('ignores its own messages, history replayed from before the login, and official accounts', async () => {
    const calls: string[] = [];
    const { mocker, bot, logger } = await startWechat({ core: counting(calls) });
    const user = mocker.createContact({ name: '孙七' });
    const official = mocker.createContact({ name: '荆州发布', type: types.Contact.Official });
    const chat = inbox(user, bot.id);
    mocker.MessageMock.create({
      id: 'replayed',
      talkerId: user.id,
      listenerId: bot.id,
      timestamp: Date.now() - 3_600_000,
      type: types.Message.Text,
      text: '昨天的问题',
    });
    mocker.puppet.emit('message', { messageId: 'replayed' });
    official.say('今日推送').to(bot);
    bot.say('机器人自己发的').to(user);
    user.say('返乡创业贴息贷款最多多少').to(bot);
    await chat.nth(2); // its own message, then the answer
    await logger.waitFor('wechat.ignored', 2);
    expect(
      logger.lines
        .filter((l) => l.event === 'wechat.ignored')
        .map((l) => l.fields.reason)
        .sort(),
    ).toEqual(['history', 'official']);
    expect(calls).toEqual(['返乡创业贴息贷款最多多少']);
  });

  it('logs a failure while handling one message and goes on answering the next', async () => {
    const { mocker, bot, logger } = await startWechat({
      core: (real) => ({
        handle: async (inbound) => {
          if (inbound.text === '炸') throw new Error('boom');
          return real.handle(inbound);
        },
      }),
    });
    const user = mocker.createContact({ name: '周八' });
    const chat = inbox(user, bot.id);
    user.say('炸').to(bot);
    user.say('返乡创业贴息贷款最多多少').to(bot);
    expect(await chat.nth(1)).toMatch(/万元/);
    const failure = await logger.waitFor('wechat.message_failed');
    expect(failure.level).toBe('error');
  });

  it('stop() lets a message being answered finish and keeps its reply in the queue', async () => {
    const release = deferred();
    const reached = deferred();
    const { mocker, bot, adapter, app } = await startWechat({
      core: (real) => ({
        handle: async (inbound) => {
          reached.resolve();
          await release.promise;
          return real.handle(inbound);
        },
      }),
    });
    const user = mocker.createContact({ name: '郑十' });
    user.say('返乡创业贴息贷款最多多少').to(bot);
    await reached.promise;
    let stopped = false;
    const stopping = adapter.stop().then(() => (stopped = true));
    await new Promise((wait) => setTimeout(wait, 50));
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    const userId = app.db.prepare(`SELECT user_id FROM platform_ids WHERE native_id = ?`).pluck().get(user.id);
    const reply = app.db.prepare(`SELECT payload FROM send_queue WHERE chat_id = ?`).pluck().get(userId) as string;
    expect(JSON.parse(reply).text).toMatch(/万元/);
  });

  it('shows the login QR code in the terminal and as a PNG, reconnects with doubling back-off, and sends what was queued after the next login', async () => {
    const { mocker, puppet, bot, logger, terminal, adapter, slept, app, dir } = await startWechat();
    const user = mocker.createContact({ name: '吴九' });
    const chat = inbox(user, bot.id);
    user.say('你好').to(bot);
    await chat.nth(1);
    const userId = app.db.prepare(`SELECT user_id FROM platform_ids WHERE native_id = ?`).pluck().get(user.id) as string;

    mocker.scan('https://login.weixin.qq.com/l/huixiang-test', types.ScanStatus.Waiting);
    const png = join(dir, 'login', 'wechat-login.png');
    expect((await logger.waitFor('wechat.scan')).fields.png).toBe(png);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(terminal.join('\n')).toMatch(/扫码登录[\s\S]*[▀▄█]/);

    await puppet.logout('kicked out');
    expect((await logger.waitFor('wechat.reconnect', 1)).fields.inMs).toBe(1000);
    await logger.waitFor('wechat.restarted', 1);
    await adapter.deliver({ to: { platform: 'wechat', userId, chatId: userId }, text: '您预约的创业导师明天上午9点有空。' });
    puppet.emit('error', { gerror: 'connection lost' });
    expect((await logger.waitFor('wechat.reconnect', 2)).fields.inMs).toBe(2000);
    await logger.waitFor('wechat.restarted', 2);
    expect(chat.texts).toHaveLength(1); // nothing is sent while logged out

    mocker.login(bot);
    expect(await chat.nth(2)).toBe('您预约的创业导师明天上午9点有空。');
    await puppet.logout('kicked out again');
    expect((await logger.waitFor('wechat.reconnect', 3)).fields.inMs).toBe(1000); // a login resets the back-off
    expect(slept.filter((ms) => ms >= 1000)).toEqual([1000, 2000, 1000]);
  });
});
