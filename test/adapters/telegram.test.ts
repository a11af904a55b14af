import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UNREADABLE_REPLY } from '../../adapters/common.ts';
import { callbackData, choiceText, renderWithButtons, splitText, TEXT_LIMIT } from '../../adapters/telegram/render.ts';
import { BOT_COMMANDS, createTelegramAdapter, type TelegramAdapter, type TelegramWebhook } from '../../adapters/telegram/telegram.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { makeApp } from '../helpers.ts';
import { BOT_INFO, FAKE_TOKEN, startFakeBotApi, type SentMessage } from './telegram-fake-api.ts';
import { captureLogger, wechatTempDir as tempDir } from './wechat-helpers.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** The real app on a SQLite file, the real router, and a real grammY bot talking HTTP to the fake Bot API. */
async function startTelegram(options: { webhook?: TelegramWebhook; onReachability?: (userId: string, reachable: boolean) => void } = {}) {
  const api = await startFakeBotApi();
  cleanup.push(() => api.close());
  const app = makeApp({ dbPath: join(tempDir(), 'huixiang.sqlite') });
  cleanup.push(async () => app.close());
  const logger = captureLogger();
  const router = createRouter(logger);
  const adapter: TelegramAdapter = createTelegramAdapter({
    core: app.core,
    delivery: router,
    logger,
    token: FAKE_TOKEN,
    apiRoot: api.apiRoot,
    pollTimeoutSeconds: 1,
    ...(options.webhook ? { webhook: options.webhook } : {}),
    ...(options.onReachability ? { onReachability: options.onReachability } : {}),
  });
  router.add(adapter);
  await adapter.start();
  cleanup.push(() => adapter.stop());
  return { api, app, adapter, logger };
}

/** The buttons of a message, flattened: label and what pressing it sends. */
const buttons = (message: SentMessage) =>
  (message.keyboard ?? []).flat().map((b) => ({ label: b.text, data: 'callback_data' in b ? b.callback_data! : '' }));

const USER = 4242;

describe('Telegram adapter, long polling against a fake Bot API on 127.0.0.1', () => {
  it('registers /start, /help and /menu with Chinese descriptions and answers /start', async () => {
    const { api } = await startTelegram();
    const commands = api.callsOf('setMyCommands');
    expect(commands).toHaveLength(1);
    expect(commands[0]!.payload['commands']).toEqual(BOT_COMMANDS);
    expect((BOT_COMMANDS as ReadonlyArray<{ command: string; description: string }>).map((c) => c.command)).toEqual([
      'start',
      'help',
      'menu',
    ]);
    for (const c of BOT_COMMANDS) expect(c.description).toMatch(/[\u4e00-\u9fff]/);
    // Polling mode removes any webhook first, and asks only for the updates the bot reads.
    expect(api.callsOf('deleteWebhook')).toHaveLength(1);
    await expect
      .poll(() => api.callsOf('getUpdates')[0]?.payload['allowed_updates'])
      .toEqual(['message', 'callback_query', 'my_chat_member']);

    api.userSays(USER, '/start');
    const [welcome] = await api.waitForSent(1);
    expect(welcome!.chatId).toBe(String(USER));
    expect(welcome!.text).toMatch(/回乡通|返乡/);
    // The menu is buttons; pressing one does what it says.
    const book = buttons(welcome!).find((b) => b.label === '预约创业导师');
    expect(book).toBeDefined();
    api.userPresses(USER, welcome!, book!.data);
    const [, topic] = await api.waitForSent(2);
    expect(topic!.text).toContain('导师');
    expect(buttons(topic!).map((b) => b.label)).toContain('电商直播');
  });

  it('books a mentor through a multi-turn conversation with inline buttons, callback queries and a typed number', async () => {
    const { api } = await startTelegram();
    api.userSays(USER, '我想预约创业导师 聊聊开网店');
    const [mode] = await api.waitForSent(1);
    expect(mode!.text).toContain('线上还是线下');
    const modeButtons = buttons(mode!);
    expect(modeButtons.map((b) => b.label)).toContain('线上(电话或视频)');
    expect(mode!.text).not.toMatch(/^1\. /m); // the choices are buttons, not a numbered list

    api.userPresses(USER, mode!, modeButtons[0]!.data);
    const [, slots] = await api.waitForSent(2);
    // The button's spinner is stopped and the old buttons are taken away.
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(api.callsOf('editMessageReplyMarkup')[0]!.payload).toMatchObject({
      message_id: mode!.messageId,
      reply_markup: { inline_keyboard: [] },
    });
    const slotButtons = buttons(slots!);
    expect(slotButtons[0]!.label).toMatch(/\d+月\d+日\(周.\) \d\d:\d\d/);

    // Typed numbers still work where buttons are shown.
    api.userSays(USER, '1');
    const [, , phone] = await api.waitForSent(3);
    expect(phone!.text).toContain('手机号');
    api.userSays(USER, '13912345678');
    const [, , , confirm] = await api.waitForSent(4);
    expect(confirm!.text).toContain('139****5678');
    const yes = buttons(confirm!).find((b) => b.label === '确认预约');
    expect(yes).toBeDefined();
    api.userPresses(USER, confirm!, yes!.data);
    const [, , , , booked] = await api.waitForSent(5);
    const ref = /编号 (YY\d{7})/.exec(booked!.text)?.[1];
    expect(ref, booked!.text).toBeDefined();

    api.userSays(USER, '我的预约');
    const mine = (await api.waitForSent(6))[5]!;
    expect(mine.text).toContain(ref!);
  });

  it("delivers a booking to the mentor's own Telegram chat with accept/decline buttons, and the acceptance to the user", async () => {
    const { api, app } = await startTelegram();
    const mentors = app.booking.mentors.active();
    const mentor = mentors.find((m) => m.specialties.includes('电商直播'))!;
    for (const m of mentors) if (m.id !== mentor.id) app.booking.mentors.setActive(m.id, false);
    const MENTOR = 9001;
    api.userSays(MENTOR, `/bind ${app.booking.mentors.invite(mentor.id, new Date())}`);
    expect((await api.waitForSent(1, String(MENTOR)))[0]!.text).toContain('绑定成功');

    api.userSays(USER, '想约个懂电商的老师 线上聊');
    const [slots] = await api.waitForSent(1, String(USER));
    api.userPresses(USER, slots!, buttons(slots!)[0]!.data);
    const phone = (await api.waitForSent(2, String(USER)))[1]!;
    api.userPresses(USER, phone, buttons(phone).find((b) => b.label.includes('不留电话'))!.data);
    const confirm = (await api.waitForSent(3, String(USER)))[2]!;
    api.userPresses(USER, confirm, buttons(confirm).find((b) => b.label === '确认预约')!.data);
    const booked = (await api.waitForSent(4, String(USER)))[3]!;
    const ref = /编号 (YY\d{7})/.exec(booked.text)?.[1];
    expect(ref, booked.text).toBeDefined();

    const request = (await api.waitForSent(2, String(MENTOR)))[1]!;
    expect(request.text).toContain(ref!);
    expect(request.text).toContain('电商直播');
    const accept = buttons(request).find((b) => b.label === '接受')!;
    expect(accept.data).toBe(`booking:accept:${ref}`);
    api.userPresses(MENTOR, request, accept.data);
    const toMentor = (await api.waitForSent(3, String(MENTOR)))[2]!;
    expect(toMentor.text).toContain(ref!);
    const toUser = (await api.waitForSent(5, String(USER)))[4]!;
    expect(toUser.text).toMatch(/确认|接受/);
    expect(toUser.text).toContain(ref!);
  });

  it('retries a 429 after retry_after instead of dropping the reply', async () => {
    const { api } = await startTelegram();
    api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    api.userSays(USER, '/help');
    const [reply] = await api.waitForSent(1);
    expect(reply!.text.length).toBeGreaterThan(10);
    const attempts = api.callsOf('sendMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("answers one chat's messages in order", async () => {
    const { api } = await startTelegram();
    const questions = ['/help', '返乡创业担保贷款最多能贷多少', '/menu', '取消'];
    for (const q of questions) api.userSays(USER, q);
    const replies = await api.waitForSent(questions.length);
    expect(replies[0]!.text).toContain('可用命令');
    expect(replies[1]!.text).toMatch(/万元/);
    expect(replies[2]!.text).toContain('请选择');
    expect(buttons(replies[2]!).map((b) => b.label)).toContain('预约创业导师');
    expect(replies[3]!.text).toContain('没有进行中');
  });

  it('in a group answers only commands to it, @-mentions and replies to it, replying to the asker', async () => {
    const { api } = await startTelegram();
    const group = { id: -100200, type: 'supergroup' as const, title: '楚商群' };
    api.userSays(USER, '大家好 今天天气不错', { chat: group });
    api.userSays(USER, '/help@some_other_bot', { chat: group });
    const mention = '@huixiang_test_bot 返乡创业担保贷款最多多少';
    api.userSays(USER, mention, { chat: group, entities: [{ type: 'mention', offset: 0, length: '@huixiang_test_bot'.length }] });
    const [answer] = await api.waitForSent(1);
    expect(answer!.chatId).toBe(String(group.id));
    expect(answer!.replyTo).toBeGreaterThan(0);
    expect(answer!.text).toMatch(/万元|贷款/);
    api.userSays(USER, '/help@huixiang_test_bot', { chat: group });
    const [, help] = await api.waitForSent(2);
    expect(help!.chatId).toBe(String(group.id));
    // The two messages not addressed to the bot got nothing.
    expect(api.sent).toHaveLength(2);
  });

  it('answers a picture with a hint and ignores edits, channel posts and unknown updates without stopping', async () => {
    const { api, logger } = await startTelegram();
    const now = Math.floor(Date.now() / 1000);
    api.pushUpdate({
      message: {
        message_id: 1,
        date: now,
        chat: { id: USER, type: 'private' },
        from: { id: USER, is_bot: false, first_name: 'a' },
        photo: [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }],
      },
    });
    api.pushUpdate({
      edited_message: {
        message_id: 2,
        date: now,
        edit_date: now,
        chat: { id: USER, type: 'private' },
        from: { id: USER, is_bot: false, first_name: 'a' },
        text: '改过的',
      },
    });
    api.pushUpdate({ channel_post: { message_id: 3, date: now, chat: { id: -1009, type: 'channel', title: 'c' }, text: '频道消息' } });
    api.pushUpdate({
      poll: {
        id: 'p',
        question: '?',
        options: [],
        total_voter_count: 0,
        is_closed: false,
        is_anonymous: true,
        type: 'regular',
        allows_multiple_answers: false,
      },
    });
    api.pushUpdate({
      message: {
        message_id: 4,
        date: now,
        chat: { id: USER, type: 'private' },
        from: { id: USER, is_bot: false, first_name: 'a' },
        text: 'x'.repeat(5000),
      },
    });
    api.userSays(USER, '/help');
    const sent = await api.waitForSent(3);
    expect(sent[0]!.text).toBe(UNREADABLE_REPLY);
    expect(sent[1]!.text.length).toBeLessThan(200); // the oversized text gets a short answer
    expect(sent[2]!.text.length).toBeGreaterThan(10);
    expect(logger.lines.filter((l) => l.event === 'telegram.ignored').map((l) => l.fields['reason'])).toEqual([
      'edited',
      'channel',
      'unknown-update',
    ]);
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('reports a user who blocks the bot, and one who comes back', async () => {
    const seen: Array<[string, boolean]> = [];
    const { api } = await startTelegram({ onReachability: (userId, reachable) => void seen.push([userId, reachable]) });
    const member = (status: string) => ({ user: BOT_INFO, status, ...(status === 'kicked' ? { until_date: 0 } : {}) });
    const change = (status: string) => ({
      my_chat_member: {
        chat: { id: USER, type: 'private', first_name: 'a' },
        from: { id: USER, is_bot: false, first_name: 'a' },
        date: 1,
        old_chat_member: member('member'),
        new_chat_member: member(status),
      },
    });
    api.pushUpdate(change('kicked'));
    api.pushUpdate(change('member'));
    await expect
      .poll(() => seen)
      .toEqual([
        [String(USER), false],
        [String(USER), true],
      ]);
  });

  it('on stop finishes the message in flight and sends its reply', async () => {
    const { api, adapter } = await startTelegram();
    api.userSays(USER, '返乡创业担保贷款最多多少');
    await expect.poll(() => api.callsOf('getUpdates').some((c) => Number(c.payload['offset'] ?? 0) > 1)).toBe(true);
    await adapter.stop();
    expect(api.sent).toHaveLength(1);
  });
});

describe('Telegram adapter, webhook mode', () => {
  const SECRET = 'test-secret-0123456789abcdef';
  const hook = (): TelegramWebhook => ({ url: 'https://bot.example.cn/telegram/hook', secret: SECRET, port: 0, host: '127.0.0.1' });

  it('registers the webhook with its secret, refuses requests without the right secret and bodies that are not updates', async () => {
    const { api, adapter, logger } = await startTelegram({ webhook: hook() });
    expect(api.callsOf('setWebhook')[0]!.payload).toMatchObject({ url: 'https://bot.example.cn/telegram/hook', secret_token: SECRET });
    expect(api.callsOf('getUpdates')).toHaveLength(0);
    const { port } = adapter.webhookAddress()!;
    const post = (body: string, headers: Record<string, string> = {}, path = '/telegram/hook') =>
      fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const update = JSON.stringify({
      update_id: 7,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: USER, type: 'private' },
        from: { id: USER, is_bot: false, first_name: 'a' },
        text: '返乡创业担保贷款最多多少',
      },
    });

    expect((await post(update)).status).toBe(401);
    expect((await post(update, { 'x-telegram-bot-api-secret-token': 'wrong-secret-0123456789' })).status).toBe(401);
    expect((await post('not json at all', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(400);
    expect((await post('{"hello":"world"}', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(400);
    expect((await post(update, { 'x-telegram-bot-api-secret-token': SECRET }, '/elsewhere')).status).toBe(404);
    expect(api.sent).toHaveLength(0);

    expect((await post(update, { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(200);
    const [answer] = await api.waitForSent(1);
    expect(answer!.text).toMatch(/万元|贷款/);
    expect(logger.lines.filter((l) => l.event === 'telegram.webhook_unauthorized')).toHaveLength(2);
  });
});

describe('Telegram rendering', () => {
  it('splits long texts at line breaks under the limit', () => {
    const long = Array.from({ length: 400 }, (_, i) => `第${i}行:楚商回乡投资项目介绍`).join('\n');
    const parts = splitText(long, TEXT_LIMIT);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(parts.join('\n')).toBe(long);
    expect(splitText('x'.repeat(TEXT_LIMIT * 2 + 5), TEXT_LIMIT).map((p) => p.length)).toEqual([TEXT_LIMIT, TEXT_LIMIT, 5]);
  });

  it('sends a long choice value as its number, and puts details in the text when choices carry them', () => {
    const longValue = `kb:${'很长的条目编号'.repeat(5)}`;
    expect(callbackData({ label: 'a', value: longValue }, 2)).toBe('#3');
    expect(choiceText('#3')).toBe('3');
    expect(choiceText('form:mode:online')).toBe('form:mode:online');
    const rendered = renderWithButtons('您问的是哪一项?', [
      { label: '贴息贷款', value: 'kb:a', detail: '最高300万元' },
      { label: '一次性补贴', value: 'kb:b', detail: '5000元' },
    ]);
    expect(rendered.text).toContain('1. 贴息贷款:最高300万元');
    const rows = rendered.keyboard!.inline_keyboard;
    expect(rows.map((r) => r.map((b) => b.text))).toEqual([['1. 贴息贷款'], ['2. 一次性补贴']]);
    const rating = renderWithButtons('答案', [
      { label: '有帮助', value: 'feedback:good', minor: true },
      { label: '没帮助', value: 'feedback:bad', minor: true },
    ]);
    expect(rating.keyboard!.inline_keyboard).toHaveLength(1);
  });
});
