/**
 * Issue 10, finding 5: "删除我的信息" → confirm removes everything of that person, everywhere, in one transaction.
 * Each test is an attack or a gap the review reproduced, written against the real app, real SQLite files and the
 * real WeChat send queue and id map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { readUpdate } from '../../adapters/telegram/inbound.ts';
import { createWechatIds } from '../../adapters/wechat/ids.ts';
import { createSendQueue } from '../../adapters/wechat/send-queue.ts';
import { createWechatAdapter } from '../../adapters/wechat/wechat.ts';
import type { App } from '../../src/app.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Inbound, Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { scheduleSentPruning } from '../../src/runtime/jobs.ts';
import { createRouter } from '../../src/runtime/router.ts';
import { openDatabase } from '../../src/store/db.ts';
import { BOT_INFO } from '../adapters/telegram-fake-api.ts';
import { everyTable, makeApp, tempDir } from '../helpers.ts';

const PHONE = '13587654321';
const NAME = '欧阳青禾';

/** One account talking to the bot: typing, or pressing a button (Telegram sends a choice's value, marked pressed). */
function account(app: App, platform: string, userId: string) {
  const me = { platform, userId, chatId: userId };
  const send = (text: string, pressed: boolean): Promise<Turn> =>
    app.core.handle({ ...me, chatType: 'direct', text, time: new Date(), ...(pressed ? { pressed: true } : {}) } satisfies Inbound);
  return {
    me,
    person: `${platform}:${userId}`,
    say: (text: string) => send(text, false),
    press: (value: string) => send(value, true),
  };
}
type Account = ReturnType<typeof account>;

const seen = (turn: Turn, userId: string) =>
  turn.messages
    .filter((m) => m.to.userId === userId)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');

/** Registers a lead with a name and phone through the chat form. */
async function registerLead(u: Account, name = NAME, phone = PHONE): Promise<Turn> {
  await u.say('我老家监利 想回去投资建厂 大概三千万 请联系我');
  let turn = await u.say('同意');
  for (let i = 0; i < 12; i++) {
    const asked = seen(turn, u.me.userId);
    if (asked.includes('提交吗')) return u.say('确认');
    turn = await u.say(asked.includes('称呼') ? name : asked.includes('手机号') ? phone : '跳过');
  }
  throw new Error(`the lead form did not reach its confirmation: ${seen(turn, u.me.userId)}`);
}

/** A booking with the first mentor, with a phone, stored as the chat form stores it. */
function book(app: App, u: Account, phone = PHONE) {
  const mentor = app.booking.mentors.active()[0]!;
  const [slot] = app.booking.findSlots({ specialty: mentor.specialties[0]!, onlyMentor: mentor.id }, Date.now());
  const result = app.booking.book(
    {
      person: app.identities.personOf(u.me),
      platform: u.me.platform,
      userId: u.me.userId,
      chatId: u.me.chatId,
      slot: slot!,
      topic: '电商',
      specialty: mentor.specialties[0]!,
      mode: 'online',
      phone,
    },
    new Date(),
  );
  if (!result.ok) throw new Error('slot taken');
  return result.booking;
}

/** Asks for deletion and confirms by number, as a WeChat user does. */
async function deleteMine(u: Account): Promise<Turn> {
  expect(seen(await u.say('删除我的信息'), u.me.userId)).toContain('确认删除吗');
  return u.say('1');
}

const count = (app: App, sql: string, ...params: unknown[]) => (app.db.prepare(sql).get(...params) as { n: number }).n;

function expectNoTrace(app: App, ...traces: string[]) {
  for (const [table, rows] of Object.entries(everyTable(app))) {
    for (const trace of traces) expect(rows, `${table} still holds ${trace}`).not.toContain(trace);
  }
}

const stopping: Adapter[] = [];
afterEach(async () => {
  await Promise.all(stopping.splice(0).map((a) => a.stop().catch(() => {})));
});

/** The real WeChat adapter (not started: its queue keeps what it is given), over the app's database. */
function wechatOf(app: App) {
  const router = createRouter(silentLogger);
  const adapter = createWechatAdapter({
    core: app.core,
    delivery: router,
    db: app.db,
    logger: silentLogger,
    personalData: app.personalData,
    settings: {
      name: 'huixiang-deletion-test',
      qrPng: join(tempDir(), 'qr.png'),
      welcome: '您好',
      minGapMs: 1,
      switchGapMinMs: 1,
      switchGapMaxMs: 1,
      perMinute: 1000,
      perDay: 10_000,
    },
    puppetInstance: new PuppetMock({ mocker: new mock.Mocker() }),
  });
  router.add(adapter);
  stopping.push(adapter);
  return { router, ids: createWechatIds(app.db) };
}

describe('deleting my data removes everything of me (issue 10, finding 5)', () => {
  it("also deletes the lead and booking a linked account made before it was linked (they were stored under that account's own key)", async () => {
    const app = makeApp();
    const phone = account(app, 'telegram', '5550001');
    expect(seen(await registerLead(phone), '5550001')).toContain('登记成功');
    book(app, phone);
    expect(count(app, 'SELECT count(*) AS n FROM leads WHERE person = ?', 'telegram:5550001')).toBe(1);

    const wechat = account(app, 'wechat', 'wx_main');
    const code = /\/link (\S+)/.exec(seen(await wechat.say('/link'), 'wx_main'))![1]!;
    expect(seen(await phone.say(`/link ${code}`), '5550001')).toMatch(/成功|已关联|已绑定/);
    expect(app.identities.personOf(phone.me)).toBe('wechat:wx_main');

    const done = await deleteMine(wechat);
    expect(seen(done, 'wx_main')).toContain('已删除');
    expect(count(app, 'SELECT count(*) AS n FROM leads')).toBe(0);
    expect(count(app, 'SELECT count(*) AS n FROM bookings')).toBe(0);
    expect(count(app, 'SELECT count(*) AS n FROM lead_history')).toBe(0);
    expectNoTrace(app, PHONE, NAME, '5550001', 'wx_main');
  });

  it('removes WeChat send-queue messages to the person and staff notifications quoting them, and their WeChat name and ID', async () => {
    const app = makeApp({ dbPath: join(tempDir(), 'huixiang.sqlite') });
    const { router, ids } = wechatOf(app);
    const userId = ids.contact({ id: 'native-user', name: '青禾的微信', handle: 'qinghe1990' });
    const staffId = ids.contact({ id: 'native-staff', name: '招商科小李' });
    const staff = account(app, 'wechat', staffId);
    await router.deliver((await staff.say(`/bind ${app.staff.invite('admin', '小李', null, new Date())}`)).messages);
    const u = account(app, 'wechat', userId);
    await router.deliver((await registerLead(u)).messages);
    // the staff member looked at the lead: the card with the phone went out through the queue to staff
    await router.deliver((await staff.say('/lead L000001')).messages);
    // a message from staff that was queued for the user and not sent yet, with the user's phone in it
    await router.deliver([{ to: u.me, text: `已记下您的电话 ${PHONE}` }]);
    const queued = app.db.prepare('SELECT payload FROM send_queue').all() as Array<{ payload: string }>;
    expect(
      queued.some((r) => r.payload.includes(PHONE) && r.payload.includes(staffId)),
      'the staff notification quotes the phone',
    ).toBe(true);
    expect(queued.some((r) => r.payload.includes(PHONE) && r.payload.includes(`"chatId":"${userId}"`))).toBe(true);
    expect(JSON.stringify(app.db.prepare('SELECT * FROM platform_ids').all())).toContain('青禾的微信');

    const done = await deleteMine(u);
    await router.deliver(done.messages);
    expect(seen(done, userId)).toContain('已删除');
    expectNoTrace(app, PHONE, NAME, '青禾的微信', 'qinghe1990');
    // the staff member's own binding and name are not theirs to delete
    expect(app.staff.of(`wechat:${staffId}`)).toBeDefined();
    // the confirmation still reaches the user: the id map keeps how to reach them, without their name
    expect(ids.nativeOf(userId)).toBe('native-user');
  });

  it('recognises a deletion request while a form is open, and the confirmation is not lost', async () => {
    const app = makeApp();
    const u = account(app, 'wechat', 'wx_midform');
    await registerLead(u);
    // a booking form is open and asking
    const asking = await u.say('想约个懂电商的老师 线上聊');
    expect(asking.intent).toBe('consult.book');
    const asked = await u.say('删除我的信息');
    expect(asked.intent).toBe('privacy.delete');
    expect(seen(asked, 'wx_midform')).toContain('确认删除吗');
    const done = await u.say('1');
    expect(seen(done, 'wx_midform')).toContain('已删除');
    expect(count(app, 'SELECT count(*) AS n FROM leads')).toBe(0);
    expect(count(app, 'SELECT count(*) AS n FROM sessions')).toBe(0);
  });

  it('during a lead form, too: saying no keeps everything and the form goes on', async () => {
    const app = makeApp();
    const u = account(app, 'wechat', 'wx_leadform');
    await u.say('我老家监利 想回去投资建厂 大概三千万 请联系我');
    expect(seen(await u.say('同意'), 'wx_leadform')).toContain('称呼');
    expect(seen(await u.say('把我的信息都删了'), 'wx_leadform')).toContain('确认删除吗');
    expect(seen(await u.say('2'), 'wx_leadform')).toContain('没有删除');
    expect(app.sessions.load('wechat:wx_leadform').form?.kind).toBe('lead');
    expect(seen(await deleteMine(u), 'wx_leadform')).toContain('已删除');
    expect(app.sessions.load('wechat:wx_leadform')).toEqual({});
  });

  it('does nothing when an internal action value is typed as text, asked or not; a number or a real button press does', async () => {
    const app = makeApp();
    const u = account(app, 'wechat', 'wx_typist');
    await registerLead(u);
    const b = book(app, u);

    // typed without being asked, and typed after being asked: nothing happens
    expect(seen(await u.say('privacy:delete:yes'), 'wx_typist')).not.toContain('已删除');
    expect(count(app, 'SELECT count(*) AS n FROM leads')).toBe(1);
    expect(seen(await u.say('删除我的信息'), 'wx_typist')).toContain('确认删除吗');
    expect(seen(await u.say('privacy:delete:yes'), 'wx_typist')).not.toContain('已删除');
    expect(count(app, 'SELECT count(*) AS n FROM leads')).toBe(1);
    // nor does a typed cancel of their own booking
    await u.say(`manage:cancel:${b.ref}`);
    expect(app.booking.bookings.byRef(b.ref)!.status).toBe('pending');

    // a pressed delete button that was never offered (a forged or stale press) deletes nothing
    const other = account(app, 'telegram', '5550002');
    await registerLead(other, '郑先生', '13600001111');
    expect(seen(await other.press('privacy:delete:yes'), '5550002')).not.toContain('已删除');
    expect(count(app, 'SELECT count(*) AS n FROM leads')).toBe(2);
    // the real thing: asked, then the button pressed
    expect(seen(await other.say('删除我的信息'), '5550002')).toContain('确认删除吗');
    expect(seen(await other.press('privacy:delete:yes'), '5550002')).toContain('已删除');
    expect(count(app, 'SELECT count(*) AS n FROM leads')).toBe(1);
  });

  it("marks only a Telegram button press as pressed, and a pressed rating of someone else's ticket rates nothing", async () => {
    const from = { id: 4242, is_bot: false, first_name: 'A' };
    const chat = { id: 4242, type: 'private' as const, first_name: 'A' };
    const press = readUpdate(
      {
        update_id: 1,
        callback_query: { id: 'q1', from, chat_instance: 'c', data: 'privacy:delete:yes', message: { message_id: 7, date: 0, chat } },
      } as never,
      BOT_INFO as never,
    );
    const typed = readUpdate(
      { update_id: 2, message: { message_id: 8, date: 0, chat, from, text: 'privacy:delete:yes' } } as never,
      BOT_INFO as never,
    );
    expect(press.kind === 'button' && press.inbound.pressed).toBe(true);
    expect(typed.kind === 'text' && typed.inbound.pressed).toBeFalsy();

    const app = makeApp();
    const owner = account(app, 'telegram', '5550003');
    await owner.say('转人工');
    const [ticket] = app.db.prepare('SELECT id FROM tickets').all() as Array<{ id: number }>;
    expect(ticket).toBeDefined();
    const ref = `T${String(ticket!.id).padStart(6, '0')}`;
    expect(seen(await account(app, 'telegram', '5550004').press(`ticket:rate:bad:${ref}`), '5550004')).toContain('没有找到');
    expect((app.db.prepare('SELECT rating FROM tickets').get() as { rating: string | null }).rating).toBeNull();
  });

  it('leaves no phone number or name in the database file, its WAL or its shared memory after the deletion', async () => {
    const dir = tempDir();
    const path = join(dir, 'huixiang.sqlite');
    const app = makeApp({ dbPath: path });
    const u = account(app, 'wechat', 'wx_bytes');
    await registerLead(u);
    book(app, u);
    await u.say('转人工');
    await u.say(`我叫${NAME},电话${PHONE},想问问贷款`);
    const bytes = () =>
      ['', '-wal', '-shm']
        .map((suffix) => `${path}${suffix}`)
        .filter(existsSync)
        .map((file) => ({ file, text: readFileSync(file).toString('latin1') }));
    const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    expect(
      bytes().some((f) => f.text.includes(PHONE)),
      'the phone is in the file before',
    ).toBe(true);

    expect(seen(await deleteMine(u), 'wx_bytes')).toContain('已删除');
    // while the process still runs (checkpointed), and after it closed the database
    for (const f of bytes()) expect(f.text.includes(PHONE), `${f.file} holds the phone while open`).toBe(false);
    app.close();
    for (const f of bytes()) {
      expect(f.text.includes(PHONE), `${f.file} holds the phone`).toBe(false);
      expect(f.text.includes(utf8(NAME)), `${f.file} holds the name`).toBe(false);
    }
  });

  it('every table that stores a person, an account or a chat is forgotten by a registered holder (or is a role or an attempt counter)', () => {
    const app = makeApp();
    wechatOf(app);
    const covered = new Set(app.personalData.holders.flatMap((h) => h.tables));
    // Roles are work bindings an admin grants and revokes; a staff member's or mentor's own deletion does not undo them.
    // Wrong-code counters hold a key and a time for an hour: deleting them would let a deletion reset the attempt limit.
    const kept = new Set(['staff', 'mentors', 'code_failures']);
    const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    const personal = tables
      .map((t) => t.name)
      .filter((name) =>
        (app.db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>).some((c) =>
          /^(person|user_id|user_key|chat_id|subject)$/.test(c.name),
        ),
      );
    expect(personal.length).toBeGreaterThan(5);
    for (const table of personal) if (!kept.has(table)) expect(covered.has(table), `${table} is not forgotten by any holder`).toBe(true);
  });
});

describe('sent WeChat messages are kept only for limits.sentRetentionDays (issue 10, finding 5)', () => {
  it('the nightly job removes the text of messages sent longer ago than the retention, and keeps newer and unsent ones', async () => {
    let t = Date.parse('2030-03-01T10:00:00+08:00');
    const now = () => new Date(t);
    const path = join(tempDir(), 'huixiang.sqlite');
    const app = makeApp({ dbPath: path, now });
    wechatOf(app);
    expect(app.limits.sentRetentionDays).toBe(7);
    const sent: string[] = [];
    const queue = createSendQueue<{ text: string }>({
      db: app.db,
      platform: 'wechat',
      pacing: { minGapMs: 0, switchGapMinMs: 0, switchGapMaxMs: 0, perMinute: 1000, perDay: 10_000 },
      logger: silentLogger,
      now,
      sleep: async (ms) => {
        t += ms;
      },
      send: async (m) => void sent.push(m.text),
    });
    const sendAll = async (n: number) => {
      queue.start();
      await expect.poll(() => sent.length).toBe(n);
      await queue.stop();
    };
    queue.enqueue('wx_a', { text: `八天前 ${PHONE}` });
    await sendAll(1);
    t = Date.parse('2030-03-03T10:00:00+08:00');
    queue.enqueue('wx_a', { text: '六天前' });
    await sendAll(2);
    t = Date.parse('2030-03-09T03:46:00+08:00');
    queue.enqueue('wx_b', { text: `还没发 ${PHONE}` });

    const task = scheduleSentPruning({ app, delivery: { deliver: async () => {} }, logger: silentLogger, now });
    await task.stop();
    const rows = app.db.prepare('SELECT payload, sent_at FROM send_queue ORDER BY id').all() as Array<{
      payload: string;
      sent_at: number | null;
    }>;
    expect(rows.map((r) => r.payload)).toEqual([JSON.stringify({ text: '六天前' }), JSON.stringify({ text: `还没发 ${PHONE}` })]);
    app.close();
    // the pruned text is not left in the file's free pages either
    const reopened = openDatabase(path);
    reopened.close();
    expect(readFileSync(path).toString('latin1')).not.toContain(Buffer.from('八天前', 'utf8').toString('latin1'));
  });
});
