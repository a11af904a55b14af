/**
 * Group chats through the real WeChat adapter (issue 10, finding 3): a real Wechaty with wechaty-puppet-mock, room
 * messages with /commands and @-mentions, and what the bot says in the room.
 */
import type { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createWechatAdapter } from '../../adapters/wechat/wechat.ts';
import type { App } from '../../src/app.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { makeApp } from '../helpers.ts';
import { captureLogger, wechatTempDir } from './wechat-helpers.ts';

const BOT_NAME = '回乡通';
const PHONE = '13912345678';

const running: Adapter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((adapter) => adapter.stop()));
});

/** What the bot says in a mock chat, in order, with a way to wait for the next one. */
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
    async nth(n: number): Promise<string> {
      while (texts.length < n) await new Promise<void>((wake) => waiters.push(wake));
      return texts[n - 1]!;
    },
  };
}

/** The real app on a SQLite file, the real router and the adapter on a real Wechaty with the mock puppet. */
async function startWechat() {
  const dir = wechatTempDir();
  const app = makeApp({ dbPath: join(dir, 'huixiang.sqlite') });
  const logger = captureLogger();
  const router = createRouter(logger);
  const mocker = new mock.Mocker();
  const adapter = createWechatAdapter({
    core: app.core,
    delivery: router,
    db: app.db,
    personalData: app.personalData,
    logger,
    settings: {
      name: 'huixiang-group-test',
      qrPng: join(dir, 'login', 'wechat-login.png'),
      welcome: '您好',
      minGapMs: 2,
      switchGapMinMs: 1,
      switchGapMaxMs: 3,
      perMinute: 1000,
      perDay: 10_000,
    },
    puppetInstance: new PuppetMock({ mocker }),
    sleep: async () => {},
    terminal: () => {},
  });
  router.add(adapter);
  running.push(adapter);
  await adapter.start();
  const bot = mocker.createContact({ name: BOT_NAME });
  mocker.login(bot);
  await logger.waitFor('wechat.login');
  return { app, mocker, bot };
}

/** Our id for a mock contact, known once it has spoken to the bot. */
const ourId = (app: App, contact: mock.ContactMock) =>
  (app.db.prepare('SELECT user_id AS userId FROM platform_ids WHERE native_id = ?').get(contact.id) as { userId: string }).userId;

/** A merchant registers a lead (in the core, on another platform); returns its reference. */
async function registerLead(app: App): Promise<string> {
  const say = async (text: string) =>
    (
      await app.core.handle({ platform: 'test', userId: 'merchant', chatId: 'merchant', chatType: 'direct', text, time: new Date() })
    ).messages
      .filter((m) => m.to.userId === 'merchant')
      .map((m) => m.text)
      .join('\n');
  let asked = await say('我老家洪湖的 在上海做服装二十年了 想回去投资建个厂 大概两个亿');
  asked = await say('同意');
  for (let i = 0; i < 12 && !asked.includes('提交吗'); i++)
    asked = await say(asked.includes('称呼') ? '王建国' : asked.includes('手机号') ? PHONE : '跳过');
  const ref = /编号 (L\d{6})/.exec(await say('确认'))?.[1];
  expect(ref).toBeDefined();
  return ref!;
}

describe('WeChat rooms: nothing personal in the room', () => {
  it('/link in a room shows no code, in the room or anywhere', async () => {
    const { app, mocker, bot } = await startWechat();
    const user = mocker.createContact({ name: '张三' });
    const other = mocker.createContact({ name: '李四' });
    const room = mocker.createRoom({ topic: '荆州返乡创业交流群', memberIdList: [bot.id, user.id, other.id] });
    const inRoom = inbox(room, bot.id);
    const direct = inbox(user, bot.id);

    user.say('/link').to(room);
    const refusal = await inRoom.nth(1);
    expect(refusal).toMatch(/^@张三 请私聊我/);
    expect(refusal).not.toMatch(/绑定码是|\/link \S/);

    // In private the same command gives a code (the room did not get one, and the code is not queued for it).
    user.say('/link').to(bot);
    expect(await direct.nth(1)).toMatch(/\/link \S/);
    expect(inRoom.texts).toHaveLength(1);
    const queuedForRoom = app.db.prepare("SELECT payload FROM send_queue WHERE chat_id LIKE 'wxg_%'").all() as Array<{ payload: string }>;
    expect(queuedForRoom.length).toBeGreaterThan(0);
    for (const row of queuedForRoom) expect(row.payload).not.toMatch(/绑定码是|\/link \S/);
  });

  it("a staff member's /lead in a room reveals no phone; the same in private does", async () => {
    const { app, mocker, bot } = await startWechat();
    const staff = mocker.createContact({ name: '招商小王' });
    const room = mocker.createRoom({ topic: '楚商回乡群', memberIdList: [bot.id, staff.id] });
    const inRoom = inbox(room, bot.id);
    const direct = inbox(staff, bot.id);
    staff.say(`/bind ${app.staff.invite('admin', '市招商中心', null, new Date())}`).to(bot);
    expect(await direct.nth(1)).toContain('绑定成功');
    expect(app.staff.of(app.identities.personOf({ platform: 'wechat', userId: ourId(app, staff) }))).toBeDefined();
    const ref = await registerLead(app);
    const beforeRoom = direct.texts.length;

    staff.say(`/lead ${ref}`).to(room);
    const refusal = await inRoom.nth(1);
    expect(refusal).toMatch(/^@招商小王 请私聊我/);
    expect(refusal).not.toMatch(/139|5678|王建国/);
    staff.say('/leads').to(room);
    expect(await inRoom.nth(2)).not.toMatch(/139|王建国|L\d{6} /);

    staff.say(`/lead ${ref}`).to(bot);
    const card = await direct.nth(beforeRoom + 1);
    expect(card).toContain(PHONE);
    expect(inRoom.texts.join('\n')).not.toContain(PHONE);
  });

  it('"删除我的信息" in a room deletes nothing, nor does a confirmation typed in the room', async () => {
    const { app, mocker, bot } = await startWechat();
    const user = mocker.createContact({ name: '张三' });
    const room = mocker.createRoom({ topic: '荆州返乡创业交流群', memberIdList: [bot.id, user.id] });
    const inRoom = inbox(room, bot.id);
    const direct = inbox(user, bot.id);
    user.say('订阅活动通知').to(bot);
    expect(await direct.nth(1)).toContain('订阅成功');
    const person = app.identities.personOf({ platform: 'wechat', userId: ourId(app, user) });
    expect(app.subscriptions.get(person)?.active).toBe(true);

    user.say(`@${BOT_NAME}\u2005删除我的信息`, [bot]).to(room);
    expect(await inRoom.nth(1)).toMatch(/^@张三 请私聊我/);
    expect(app.subscriptions.get(person)?.active).toBe(true);

    // Asked in private, answered from the room ("1" and "确认删除"): still nothing deleted.
    user.say('删除我的信息').to(bot);
    expect(await direct.nth(2)).toContain('确认删除吗');
    user.say(`@${BOT_NAME}\u2005确认删除`, [bot]).to(room);
    user.say(`@${BOT_NAME}\u20051`, [bot]).to(room);
    await inRoom.nth(3);
    expect(inRoom.texts.join('\n')).not.toContain('已删除');
    expect(app.subscriptions.get(person)?.active).toBe(true);

    // The answer in private is still awaited there.
    user.say('1').to(bot);
    expect(await direct.nth(3)).toContain('已删除');
    expect(app.subscriptions.get(person)?.active ?? false).toBe(false);
  });
});
