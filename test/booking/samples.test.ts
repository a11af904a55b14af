/**
 * The sample mentors, stations and events (示例) are for the quick start: a bot serving real people on WeChat or
 * Telegram must not offer a made-up mentor, and `admin -- samples remove` takes them out of a database in use,
 * telling each user whose booking it cancels.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { runAdmin } from '../../src/cli/admin/run.ts';
import { ConfigSchema, samplesWanted } from '../../src/config.ts';
import type { Inbound, Outbound } from '../../src/core/message.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { UNSUBSCRIBE_FOOTER } from '../../src/notices/notices.ts';
import { createBroadcast } from '../../src/notices/service.ts';
import { KNOWLEDGE_DIR, makeApp, tempDir } from '../helpers.ts';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const wanted = (env: Record<string, string>) => samplesWanted(ConfigSchema.parse(env));

describe('whether samples fill an empty database', () => {
  it('yes for the console quick start, no once WeChat or Telegram is configured, unless HUIXIANG_SAMPLES says otherwise', () => {
    expect(wanted({})).toBe(true);
    expect(wanted({ WECHATY_PUPPET: 'wechaty-puppet-wechat4u' })).toBe(false);
    expect(wanted({ TELEGRAM_BOT_TOKEN: TOKEN })).toBe(false);
    // An empty value in .env is "not set": still the quick start.
    expect(wanted({ WECHATY_PUPPET: '', TELEGRAM_BOT_TOKEN: '' })).toBe(true);
    expect(wanted({ TELEGRAM_BOT_TOKEN: TOKEN, HUIXIANG_SAMPLES: 'on' })).toBe(true);
    expect(wanted({ HUIXIANG_SAMPLES: 'off' })).toBe(false);
    expect(() => ConfigSchema.parse({ HUIXIANG_SAMPLES: 'yes' })).toThrow(/HUIXIANG_SAMPLES|auto/);
  });

  it('createApp loads them only when asked', () => {
    const open = (samples?: boolean) =>
      createApp({ knowledgeDir: KNOWLEDGE_DIR, dbPath: ':memory:', logger: silentLogger, ...(samples === undefined ? {} : { samples }) });
    for (const app of [open(false), open()]) {
      expect([app.booking.mentors.count(), app.stations.count(), app.events.count()]).toEqual([0, 0, 0]);
      app.close();
    }
    const quickStart = open(true);
    expect(quickStart.booking.mentors.list().every((m) => m.sample && m.name.startsWith('示例'))).toBe(true);
    expect(quickStart.booking.mentors.count()).toBeGreaterThan(0);
    expect(quickStart.stations.count()).toBeGreaterThan(0);
    expect(quickStart.events.count()).toBeGreaterThan(0);
    quickStart.close();
  });
});

/** One user of the bot, talking in a direct chat. */
function user(app: ReturnType<typeof makeApp>, userId: string, platform = 'telegram') {
  return async (text: string) => {
    const inbound: Inbound = { platform, userId, chatId: userId, chatType: 'direct', text, time: new Date() };
    const turn = await app.core.handle(inbound);
    return turn.messages
      .filter((m) => m.to.userId === userId)
      .map((m) => m.text)
      .join('\n');
  };
}

/** The admin CLI in this process, on the bot's database. */
async function admin(dbPath: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAdmin([...argv, '--db', dbPath], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('admin -- samples remove', () => {
  it('cancels the future bookings with sample mentors, and the running bot tells each user', async () => {
    const beijingDay = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    const tomorrowAtTenInBeijing = new Date(`${beijingDay}T10:00:00+08:00`);
    const dbPath = join(tempDir(), 'bot.sqlite');
    const bot = makeApp({ dbPath });
    const amy = user(bot, 'tg_amy');
    await amy('想约个懂电商的老师 线上聊');
    await amy('1');
    await amy('跳过');
    expect(await amy('确认')).toMatch(/预约已提交,编号 YY\d{7}/);
    const [booked] = bot.booking.bookings.upcomingOf('telegram:tg_amy', Date.now());
    expect(bot.booking.mentors.get(booked!.mentorId)!.sample).toBe(true);
    // A real mentor added by staff, and a booking with them, stay as they are.
    const real = bot.booking.mentors.add(
      {
        name: '王建国',
        role: '导师',
        specialties: ['融资贷款'],
        counties: [],
        mode: 'online',
        availability: [{ weekday: 3, start: '09:00', end: '17:00' }],
      },
      new Date(),
    );
    const [realSlot] = bot.booking.findSlots({ specialty: '融资贷款', onlyMentor: real.id }, Date.now());
    const kept = bot.booking.book(
      {
        person: 'telegram:tg_bo',
        platform: 'telegram',
        userId: 'tg_bo',
        chatId: 'tg_bo',
        slot: realSlot!,
        topic: '贷款',
        specialty: '融资贷款',
        mode: 'online',
      },
      new Date(),
    );
    expect(kept.ok).toBe(true);

    // The bot is running, with its broadcaster as npm start wires it; nothing is due.
    const sent: Outbound[] = [];
    const broadcast = createBroadcast({
      db: bot.db,
      notices: bot.notices,
      send: async (message) => void sent.push(message),
      deliver: async () => {},
      reach: (person) => bot.booking.reach(person),
      onGone: () => {},
      logger: silentLogger,
      // Outside the quiet hours (22:00–08:00) and after the notice is queued, whenever the test runs: 10:00 in
      // Beijing tomorrow (a fixed date stopped working once the real clock passed it).
      now: () => tomorrowAtTenInBeijing,
    });
    await broadcast.start();

    const removed = await admin(dbPath, 'samples', 'remove');
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`${booked!.ref}`);
    expect(removed.stdout).toMatch(/bookings cancelled: 1\b/);

    expect(bot.booking.bookings.get(booked!.id)).toMatchObject({ status: 'cancelled', note: 'sample mentor removed' });
    expect(bot.booking.bookings.get(kept.ok ? kept.booking.id : 0)!.status).toBe('pending');
    expect(bot.booking.mentors.active().map((m) => m.name)).toEqual(['王建国']);
    expect(bot.stations.list().filter((s) => s.sample && s.active)).toEqual([]);
    expect(bot.events.upcoming(new Date()).filter((e) => e.sample)).toEqual([]);
    // Booking in chat now reaches only the real pool.
    expect(await user(bot, 'tg_cy')('想约个懂电商的老师 线上聊')).not.toContain('示例');

    // Its minute tick finds the notice the CLI queued and sends it to Amy, on her platform, once.
    expect(sent).toEqual([]);
    await broadcast.tick();
    for (let i = 0; i < 200 && !sent.length; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    await broadcast.stop();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual({ platform: 'telegram', userId: 'tg_amy', chatId: 'tg_amy' });
    expect(sent[0]!.text).toContain(booked!.ref);
    expect(sent[0]!.text).toContain('已取消');
    expect(sent[0]!.text).not.toContain(UNSUBSCRIBE_FOOTER);
    expect(bot.notices.list().filter((n) => n.author === 'system:samples')).toHaveLength(1);

    // Done is done: a second run finds nothing, and the next start does not bring the samples back.
    expect((await admin(dbPath, 'samples', 'remove')).stdout).toMatch(/sample mentors deactivated: 0; bookings cancelled: 0/);
    bot.close();
    const restarted = createApp({ knowledgeDir: KNOWLEDGE_DIR, dbPath, logger: silentLogger, samples: true });
    expect(restarted.booking.mentors.active().map((m) => m.name)).toEqual(['王建国']);
    expect(restarted.events.count()).toBe(0);
    restarted.close();
  });
});
