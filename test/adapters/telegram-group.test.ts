/**
 * Group chats through the real Telegram adapter (issue 10, finding 3): a real grammY bot against the local fake Bot
 * API, with supergroup messages and a button pressed under a message in the group.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../adapters/telegram/telegram.ts';
import type { App } from '../../src/app.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { makeApp } from '../helpers.ts';
import { BOT_INFO, FAKE_TOKEN, startFakeBotApi, type SentMessage } from './telegram-fake-api.ts';
import { captureLogger, wechatTempDir as tempDir } from './wechat-helpers.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function startTelegram() {
  const api = await startFakeBotApi();
  cleanup.push(() => api.close());
  const app = makeApp({ dbPath: join(tempDir(), 'huixiang.sqlite') });
  cleanup.push(async () => app.close());
  const logger = captureLogger();
  const router = createRouter(logger);
  const adapter = createTelegramAdapter({
    core: app.core,
    delivery: router,
    logger,
    token: FAKE_TOKEN,
    apiRoot: api.apiRoot,
    pollTimeoutSeconds: 1,
  });
  router.add(adapter);
  await adapter.start();
  cleanup.push(() => adapter.stop());
  return { api, app };
}

const GROUP = { id: -100200, type: 'supergroup' as const, title: '楚商群' };
const IN_GROUP = String(GROUP.id);
const USER = 4242;
const ADMIN = 9100;
const PHONE = '13912345678';
const MENTION = `@${BOT_INFO.username}`;

type FakeApi = Awaited<ReturnType<typeof startTelegram>>['api'];

/** A message in the group that @-mentions the bot, as Telegram sends it. */
function sayToBotInGroup(api: FakeApi, userId: number, text: string): void {
  api.userSays(userId, `${MENTION} ${text}`, { chat: GROUP, entities: [{ type: 'mention', offset: 0, length: MENTION.length }] });
}

/** A button pressed under one of the bot's messages in the group (the fake API's `userPresses` is for private chats). */
function pressInGroup(api: FakeApi, userId: number, message: SentMessage, data: string): void {
  api.pushUpdate({
    callback_query: {
      id: `q-group-${message.messageId}-${data}`,
      from: { id: userId, is_bot: false, first_name: `用户${userId}` },
      chat_instance: 'ci-group',
      data,
      message: { message_id: message.messageId, date: Math.floor(Date.now() / 1000), chat: GROUP, text: message.text },
    },
  });
}

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

describe('Telegram groups: nothing personal in the room', () => {
  it('/link in a group shows no code; in private it does', async () => {
    const { api } = await startTelegram();
    api.userSays(USER, `/link@${BOT_INFO.username}`, { chat: GROUP });
    const [refusal] = await api.waitForSent(1, IN_GROUP);
    expect(refusal!.text).toMatch(/^请私聊我/);
    expect(refusal!.text).not.toMatch(/绑定码是|\/link \S/);
    expect(refusal!.keyboard ?? []).toEqual([]);

    api.userSays(USER, '/link');
    const [code] = await api.waitForSent(1, String(USER));
    expect(code!.text).toMatch(/\/link \S/);
    expect(api.sent.filter((m) => m.chatId === IN_GROUP)).toHaveLength(1);
  });

  it("a staff member's /lead and /leads in a group reveal no phone", async () => {
    const { api, app } = await startTelegram();
    api.userSays(ADMIN, `/bind ${app.staff.invite('admin', '市招商中心', null, new Date())}`);
    expect((await api.waitForSent(1, String(ADMIN)))[0]!.text).toContain('绑定成功');
    const ref = await registerLead(app);

    api.userSays(ADMIN, `/lead@${BOT_INFO.username} ${ref}`, { chat: GROUP });
    api.userSays(ADMIN, `/leads@${BOT_INFO.username}`, { chat: GROUP });
    const inGroup = await api.waitForSent(2, IN_GROUP);
    for (const m of inGroup) {
      expect(m.text).toMatch(/^请私聊我/);
      expect(m.text).not.toMatch(/139|5678|王建国/);
    }
    // The same command in private shows the lead, phone included: that is where staff need it.
    api.userSays(ADMIN, `/lead ${ref}`);
    const [, card] = await api.waitForSent(2, String(ADMIN));
    expect(card!.text).toContain(PHONE);
    expect(api.sent.filter((m) => m.chatId === IN_GROUP)).toHaveLength(2);
  });

  it('"删除我的信息" in a group deletes nothing, and neither does "确认删除" pressed under a group message', async () => {
    const { api, app } = await startTelegram();
    const person = app.identities.personOf({ platform: 'telegram', userId: String(USER) });
    api.userSays(USER, '订阅活动通知');
    expect((await api.waitForSent(1, String(USER)))[0]!.text).toContain('订阅成功');

    sayToBotInGroup(api, USER, '删除我的信息');
    const [refusal] = await api.waitForSent(1, IN_GROUP);
    expect(refusal!.text).toMatch(/^请私聊我/);
    expect(refusal!.keyboard ?? []).toEqual([]);
    expect(app.subscriptions.get(person)?.active).toBe(true);

    // Asked in private; the answer then comes from the group, typed and as a pressed button: nothing is deleted.
    api.userSays(USER, '删除我的信息');
    const [, confirm] = await api.waitForSent(2, String(USER));
    expect(confirm!.text).toContain('确认删除吗');
    sayToBotInGroup(api, USER, '确认删除');
    await api.waitForSent(2, IN_GROUP);
    pressInGroup(api, USER, refusal!, 'privacy:delete:yes');
    const answers = await api.waitForSent(3, IN_GROUP);
    expect(answers[2]!.text).toMatch(/^请私聊我/);
    for (const m of answers) expect(m.text).not.toContain('已删除');
    expect(app.subscriptions.get(person)?.active).toBe(true);

    // The button in the private chat still works.
    const yes = (confirm!.keyboard ?? []).flat().find((b) => b.text === '确认删除');
    expect(yes).toBeDefined();
    api.userPresses(USER, confirm!, 'callback_data' in yes! ? yes.callback_data! : '');
    const [, , deleted] = await api.waitForSent(3, String(USER));
    expect(deleted!.text).toContain('已删除');
    expect(app.subscriptions.get(person)?.active ?? false).toBe(false);
  });
});
