import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { CRASH_SIGNS, KNOWLEDGE_DIR, runCli, tempDir, type CliResult } from '../helpers.ts';

/** `npm run --silent admin -- ARGS --db FILE` as a process (node + tsx directly: the same entry point, less start-up). */
const admin = (db: string, ...args: string[]): Promise<CliResult> => runCli(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args, '--db', db]);
const json = <T = Array<Record<string, unknown>>>(r: CliResult): T => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};
/** A person reads the error: one plain explanation, no stack, no programming error. */
const noStack = (r: CliResult) => {
  expect(r.stderr).not.toMatch(/^\s*at \S/m);
  expect(r.stderr).not.toMatch(/TypeError|ReferenceError|undefined|\[object Object\]/);
  expect(r.stdout).not.toMatch(CRASH_SIGNS);
};

/** The bot on the same database file, to prove what the CLI wrote works in chat. */
function bot(db: string) {
  const app = createApp({ knowledgeDir: KNOWLEDGE_DIR, dbPath: db, logger: silentLogger });
  const say = async (userId: string, text: string) => {
    const turn = await app.core.handle({ platform: 'telegram', userId, chatId: userId, chatType: 'direct', text, time: new Date() });
    return turn.messages.filter((m) => m.to.userId === userId).map((m) => m.text).join('\n');
  };
  return { app, say };
}

const CSV = `\uFEFFname,role,specialties,counties,mode,availability,session_minutes,buffer_minutes,daily_cap
陈静,导师,电商直播|营销品牌,,online,"2 09:00-12:00|4 14:00-17:00",45,15,4
刘强,辅导员,种植养殖,洪湖市|监利市,both,"1 09:00-11:00",60,30,2
`;
const YAML = `mentors:
  - name: 赵敏
    role: 联络员
    specialties: [政策申报]
    counties: []
    mode: online
    availability: [{ weekday: 3, start: '10:00', end: '12:00' }]
`;

describe('npm run admin -- mentors', () => {
  it('lists the sample pool on a fresh database, imports a CSV with a BOM and a YAML file, adds, deactivates and activates', async () => {
    const dir = tempDir();
    const db = join(dir, 'admin.sqlite');
    const samples = json(await admin(db, 'mentors', 'list', '--json'));
    expect(samples).toHaveLength(8);
    expect(samples.map((m) => m['name'])).toContain('示例·李明');

    writeFileSync(join(dir, 'pool.csv'), CSV);
    writeFileSync(join(dir, 'pool.yaml'), YAML);
    expect((await admin(db, 'mentors', 'import', join(dir, 'pool.csv'))).code).toBe(0);
    expect((await admin(db, 'mentors', 'import', join(dir, 'pool.yaml'))).code).toBe(0);
    const added = await admin(db, 'mentors', 'add', '--name', '孙立', '--role', '导师', '--specialties', '制造,融资贷款', '--availability', '5 14:00-16:00', '--json');
    expect(added.code, added.stderr).toBe(0);
    const pool = json(await admin(db, 'mentors', 'list', '--json'));
    expect(pool).toHaveLength(12);
    const chen = pool.find((m) => m['name'] === '陈静')!;
    expect(chen).toMatchObject({ role: '导师', specialties: ['电商直播', '营销品牌'], mode: 'online', sessionMinutes: 45 });
    expect(pool.find((m) => m['name'] === '刘强')).toMatchObject({ counties: ['洪湖市', '监利市'] });
    expect(pool.find((m) => m['name'] === '赵敏')).toMatchObject({ role: '联络员', specialties: ['政策申报'] });

    const sun = pool.find((m) => m['name'] === '孙立')!;
    expect((await admin(db, 'mentors', 'deactivate', String(sun['id']))).code).toBe(0);
    expect(json(await admin(db, 'mentors', 'list', '--json')).find((m) => m['id'] === sun['id'])).toMatchObject({ active: false });
    expect((await admin(db, 'mentors', 'activate', String(sun['id']))).code).toBe(0);
    expect(json(await admin(db, 'mentors', 'list', '--json')).find((m) => m['id'] === sun['id'])).toMatchObject({ active: true });
  }, 120_000);

  it('refuses a file with one bad row, naming the row and the field, and imports nothing from it', async () => {
    const dir = tempDir();
    const db = join(dir, 'bad.sqlite');
    const bad = CSV.replace('种植养殖', '挖矿');
    writeFileSync(join(dir, 'bad.csv'), bad);
    const r = await admin(db, 'mentors', 'import', join(dir, 'bad.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 3/);
    expect(r.stderr).toMatch(/specialties/);
    expect(r.stderr).toContain('nothing imported');
    noStack(r);
    writeFileSync(join(dir, 'bad-time.csv'), CSV.replace('1 09:00-11:00', '8 25:00-11:00'));
    const r2 = await admin(db, 'mentors', 'import', join(dir, 'bad-time.csv'));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/row 3.*availability/);
    expect(json(await admin(db, 'mentors', 'list', '--json'))).toHaveLength(8);
  }, 120_000);

  it('prints an invite code that binds a mentor in chat once, and lists bookings with phones masked', async () => {
    const dir = tempDir();
    const db = join(dir, 'invite.sqlite');
    const [first] = json(await admin(db, 'mentors', 'list', '--json'));
    const invite = await admin(db, 'mentors', 'invite', String(first!['id']));
    expect(invite.code, invite.stderr).toBe(0);
    const code = /\b(\d{8})\b/.exec(invite.stdout)?.[1];
    expect(code, invite.stdout).toBeDefined();

    const { app, say } = bot(db);
    try {
      expect(await say('mentor1', `/bind ${code}`)).toContain('绑定成功');
      expect(await say('mentor2', `/bind ${code}`)).not.toContain('绑定成功');
      // A user books with a phone number.
      await say('amy', '我想预约创业导师 聊聊开网店');
      await say('amy', '1');
      await say('amy', '1');
      await say('amy', '13912345678');
      expect(await say('amy', '1')).toMatch(/编号 YY\d{7}/);
    } finally {
      app.close();
    }
    const bookings = json(await admin(db, 'bookings', 'list', '--json'));
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({ phone: '139****5678', status: 'pending' });
    expect(json(await admin(db, 'bookings', 'list', '--json', '--show-phones'))[0]).toMatchObject({ phone: '13912345678' });
    const text = await admin(db, 'bookings', 'list');
    expect(text.stdout).toContain('139****5678');
    expect(text.stdout).not.toContain('13912345678');
  }, 120_000);
});

describe('npm run admin -- staff, leads, stations, notices and bad input', () => {
  it('invites staff, lists leads and counts on an empty database', async () => {
    const db = join(tempDir(), 'staff.sqlite');
    const invite = json<Record<string, unknown>>(await admin(db, 'staff', 'invite', '--role', 'county', '--name', '张三', '--county', '洪湖市', '--json'));
    expect(invite).toMatchObject({ role: 'county', name: '张三', county: '洪湖市' });
    expect(String(invite['code'])).toMatch(/^S\d{7}$/);
    expect(json(await admin(db, 'leads', 'list', '--json'))).toEqual([]);
    expect((await admin(db, 'leads', 'counts', '--json')).code).toBe(0);
  }, 60_000);

  it('manages stations, events and notices, and refuses what cannot be sent', async () => {
    const db = join(tempDir(), 'notices.sqlite');
    const stations = json(await admin(db, 'stations', 'list', '--json'));
    expect(stations.length).toBeGreaterThanOrEqual(4);
    const added = json<Record<string, unknown>>(await admin(db, 'stations', 'add', '--name', '杭州楚商联络站', '--kind', '楚商联络站', '--city', '杭州', '--region', '长三角', '--county', '荆州区', '--json'));
    expect(added).toMatchObject({ name: '杭州楚商联络站', region: '长三角' });
    const badStation = await admin(db, 'stations', 'add', '--name', 'X站', '--kind', '办事处', '--city', '杭州', '--county', '荆州区');
    expect(badStation.code).toBe(1);
    expect(badStation.stderr).toContain('--kind');

    const event = json<Record<string, unknown>>(await admin(db, 'events', 'add', '--title', '杭州楚商恳谈会', '--kind', '招商恳谈会', '--at', '2099-05-01 14:00', '--place', '杭州', '--station', String(added['id']), '--json'));
    expect(event).toMatchObject({ title: '杭州楚商恳谈会', region: '长三角', organiser: '杭州楚商联络站' });
    expect((await admin(db, 'events', 'add', '--title', 'x会', '--at', '2020-01-01 10:00', '--place', 'y', '--organiser', 'z')).stderr).toContain('past');

    // Nobody has subscribed yet: nothing to send.
    const empty = await admin(db, 'notices', 'send', '--text', '恳谈会报名开始');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('还没有订阅用户');
    const { app, say } = bot(db);
    try {
      await say('hz1', '订阅活动通知 只要杭州的');
      await say('all1', '订阅活动通知');
    } finally {
      app.close();
    }
    const sent = json<Record<string, unknown>>(await admin(db, 'notices', 'send', '--text', '恳谈会报名开始', '--station', String(added['id']), '--json'));
    expect(sent).toMatchObject({ recipients: 2, audience: { region: '长三角' }, status: 'scheduled' });
    for (const [flags, message] of [
      [['--cron', '61 * * * *'], '定时表达式不对'],
      [['--at', '2020-02-30 10:00'], '时间不对'],
      [['--at', '2020-02-03 10:00'], '已经过去了'],
      [['--station', '99'], '没有这个联络站'],
      [['--county', '武昌区'], '不认识的县市区'],
    ] as const) {
      const r = await admin(db, 'notices', 'send', '--text', '通知', ...flags);
      expect(r.code, flags.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
      noStack(r);
    }
    const long = await admin(db, 'notices', 'send', '--text', '长'.repeat(4100));
    expect(long.stderr).toContain('太长');
    const list = json(await admin(db, 'notices', 'list', '--json'));
    expect(list).toHaveLength(1);
    expect((await admin(db, 'notices', 'cancel', String(list[0]!['id']))).code).toBe(0);
    expect(json(await admin(db, 'notices', 'list', '--json'))[0]).toMatchObject({ status: 'cancelled' });
  }, 120_000);

  it('answers an unknown area, an unknown command and a missing argument with exit 1, a line and the usage, no stack', async () => {
    const db = join(tempDir(), 'usage.sqlite');
    for (const args of [['nonsense'], ['mentors', 'explode'], ['mentors', 'invite'], ['leads', 'stage', 'L1'], ['mentors', 'list', '--no-such-flag']]) {
      const r = await admin(db, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.split('\n')[0]!.length).toBeLessThan(200);
      noStack(r);
    }
    const help = await admin(db, 'help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run --silent admin');
  }, 120_000);
});
