import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp, understandingsBuiltCount } from '../../src/app.ts';
import { readMentorYaml, SAMPLE_FILE } from '../../src/booking/sample.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { STAGES } from '../../src/leads/leads.ts';
import { CRASH_SIGNS, KNOWLEDGE_DIR, runCli, tempDir, type CliResult } from '../helpers.ts';
import { adminCli } from '../support/admin.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

/**
 * `npm run --silent admin -- ARGS --db FILE`, run in this process (the function the entry point calls); the entry
 * point itself is started as a process once, in 'the admin entry point'. A new database needs `--create`.
 */
const admin = (db: string, ...args: string[]): Promise<CliResult> => adminCli([...args, '--db', db]);
const json = <T = Array<Record<string, unknown>>>(r: CliResult): T => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};
/** A person reads the error: one plain explanation, no stack, no programming error. */
const noStack = (r: CliResult) => {
  expect(r.stderr).not.toMatch(/^\s*at \S/m);
  expect(r.stderr).not.toMatch(CRASH_SIGNS);
  expect(r.stdout).not.toMatch(CRASH_SIGNS);
};
/** Refused: exit 1, nothing on stdout, a first line that explains (not just the usage; it may name a file and list what is allowed), no stack. */
const refused = (r: CliResult, what: string) => {
  expect(r.code, `${what}\n${r.stderr}`).toBe(1);
  expect(r.stdout, what).toBe('');
  const [first] = r.stderr.split('\n');
  expect(first, what).toMatch(/^huixiang: (?!usage)\S/);
  expect(first!.length, what).toBeLessThan(400);
  noStack(r);
};

/**
 * The bot on the same database file, to prove what the CLI wrote works in chat. Its knowledge base is the one shared
 * in this file unless `shared: false`.
 */
function bot(db: string, { shared = true } = {}) {
  const understanding = shared ? { understanding: sharedUnderstanding(KNOWLEDGE_DIR) } : {};
  const app = createApp({ knowledgeDir: KNOWLEDGE_DIR, dbPath: db, logger: silentLogger, ...understanding });
  const say = async (userId: string, text: string) => {
    const turn = await app.core.handle({ platform: 'console', userId, chatId: userId, chatType: 'direct', text, time: new Date() });
    return turn.messages
      .filter((m) => m.to.userId === userId)
      .map((m) => m.text)
      .join('\n');
  };
  return { app, say };
}

/** The sample pool a new database starts with. */
const SAMPLES = readMentorYaml(readFileSync(join(KNOWLEDGE_DIR, SAMPLE_FILE), 'utf8'));

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

describe('npm run admin -- tickets', () => {
  it('lists the open hand-off tickets with what the user said, the phone masked; none when all are closed', async () => {
    const dir = tempDir();
    const db = join(dir, 'tickets.sqlite');
    const { app, say } = bot(db);
    try {
      await say('u1', '我的电话是13812345678,创业担保贷款批不下来');
      expect(await say('u1', '转人工')).toContain('工单');
    } finally {
      app.close();
    }
    const listed = json<{ total: number; tickets: Array<Record<string, unknown>> }>(await admin(db, 'tickets', '--json'));
    expect(listed.total).toBe(1);
    expect(listed.tickets[0]).toMatchObject({ holder: null });
    expect(String(listed.tickets[0]!['about'])).toContain('创业担保贷款批不下来');
    const text = await admin(db, 'tickets');
    expect(text.stdout).toMatch(/T\d{6}.*\(not claimed\).*创业担保贷款批不下来/);
    expect(text.stdout).not.toContain('13812345678');
    const reopened = bot(db);
    try {
      reopened.app.tickets.close(Number(String(listed.tickets[0]!['ticket']).slice(1)), Date.now());
    } finally {
      reopened.app.close();
    }
    expect(json<{ total: number }>(await admin(db, 'tickets', 'list', '--json')).total).toBe(0);
  });
});

describe('npm run admin -- mentors', () => {
  it('pauses a mentor not on chat for a time in words, shows it in the list, refuses a wrong time, and resumes', async () => {
    const dir = tempDir();
    const db = join(dir, 'pause.sqlite');
    const [first] = json(await admin(db, 'mentors', 'list', '--json', '--create'));
    const id = String(first!['id']);
    const paused = json<{ id: number; from: number; until: number }>(await admin(db, 'mentors', 'pause', id, '7天', '--json'));
    expect(paused.id).toBe(Number(id));
    expect(paused.until - paused.from).toBeGreaterThan(6 * 86_400_000);
    expect(paused.until - paused.from).toBeLessThanOrEqual(8 * 86_400_000);
    const listed = json(await admin(db, 'mentors', 'list', '--json')).find((m) => String(m['id']) === id);
    expect(listed!['away']).toEqual({ from: paused.from, until: paused.until });
    expect((await admin(db, 'mentors', 'list')).stdout).toContain('paused until');

    for (const [words, message] of [
      ['200天', /at most 90 days; deactivate instead/],
      ['', /mentors pause needs how long/],
    ] as const) {
      const wrong = await admin(db, 'mentors', 'pause', id, ...(words ? [words] : []));
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toMatch(message);
      noStack(wrong);
    }
    expect((await admin(db, 'mentors', 'pause', '9999', '7天')).stderr).toMatch(/no mentor with id 9999/);

    expect(json<Record<string, unknown>>(await admin(db, 'mentors', 'resume', id, '--json'))).toEqual({ id: Number(id), paused: false });
    expect(json(await admin(db, 'mentors', 'list', '--json')).find((m) => String(m['id']) === id)!['away']).toBeNull();
  });

  it('lists the sample pool on a fresh database, imports a CSV with a BOM and a YAML file, adds, deactivates and activates', async () => {
    const dir = tempDir();
    const db = join(dir, 'admin.sqlite');
    const samples = json(await admin(db, 'mentors', 'list', '--json', '--create'));
    expect(samples).toHaveLength(SAMPLES.length);
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(samples.map((m) => m['name'])).toEqual(SAMPLES.map((m) => m.name));
    expect(samples.map((m) => m['name'])).toContain('示例·李明');
    for (const m of samples) expect(m).toMatchObject({ sample: true, active: true, bound: false });

    writeFileSync(join(dir, 'pool.csv'), CSV);
    writeFileSync(join(dir, 'pool.yaml'), YAML);
    const csv = json<Record<string, unknown>>(await admin(db, 'mentors', 'import', join(dir, 'pool.csv'), '--json'));
    expect(csv).toEqual({ imported: 2 });
    const yaml = await admin(db, 'mentors', 'import', join(dir, 'pool.yaml'));
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(yaml.stdout).toContain('imported 1 mentors');
    const added = json<{ id: number }>(
      await admin(
        db,
        'mentors',
        'add',
        '--name',
        '孙立',
        '--role',
        '导师',
        '--specialties',
        '制造,融资贷款',
        '--availability',
        '5 14:00-16:00',
        '--json',
      ),
    );

    const pool = json(await admin(db, 'mentors', 'list', '--json'));
    expect(pool).toHaveLength(SAMPLES.length + 4);
    const byName = (name: string) => pool.find((m) => m['name'] === name);
    // The BOM did not end up in the first column: 陈静 is found by her name.
    expect(byName('陈静')).toMatchObject({
      role: '导师',
      specialties: ['电商直播', '营销品牌'],
      counties: [],
      mode: 'online',
      availability: [
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 4, start: '14:00', end: '17:00' },
      ],
      sessionMinutes: 45,
      bufferMinutes: 15,
      dailyCap: 4,
      sample: false,
      active: true,
    });
    expect(byName('刘强')).toMatchObject({
      role: '辅导员',
      specialties: ['种植养殖'],
      counties: ['洪湖市', '监利市'],
      mode: 'both',
      availability: [{ weekday: 1, start: '09:00', end: '11:00' }],
      bufferMinutes: 30,
      dailyCap: 2,
    });
    expect(byName('赵敏')).toMatchObject({
      role: '联络员',
      specialties: ['政策申报'],
      mode: 'online',
      availability: [{ weekday: 3, start: '10:00', end: '12:00' }],
    });
    expect(byName('孙立')).toMatchObject({
      id: added.id,
      specialties: ['制造', '融资贷款'],
      availability: [{ weekday: 5, start: '14:00', end: '16:00' }],
      mode: 'both',
      sample: false,
    });

    const off = await admin(db, 'mentors', 'deactivate', String(added.id));
    expect(off.code, off.stderr).toBe(0);
    expect(off.stdout).toContain(`mentor ${added.id} deactivated`);
    expect(json(await admin(db, 'mentors', 'list', '--json')).find((m) => m['id'] === added.id)).toMatchObject({
      name: '孙立',
      active: false,
    });
    expect(json<Record<string, unknown>>(await admin(db, 'mentors', 'activate', String(added.id), '--json'))).toEqual({
      id: added.id,
      active: true,
    });
    const text = await admin(db, 'mentors', 'list');
    expect(text.stdout).toMatch(new RegExp(`^${added.id}\\s+孙立\\s.*\\byes\\s*$`, 'm'));
  });

  it('refuses a file with one bad row, naming the row and the field, and imports nothing from it', async () => {
    const dir = tempDir();
    const db = join(dir, 'bad.sqlite');
    const before = json(await admin(db, 'mentors', 'list', '--json', '--create'));
    // Each file has a good row first, then one bad one.
    const files = {
      'bad-specialty.csv': [CSV.replace('种植养殖', '挖矿'), /row 3: specialties/],
      'bad-time.csv': [CSV.replace('1 09:00-11:00', '8 25:00-11:00'), /row 3: availability "8 25:00-11:00"/],
      'bad-window.yaml': [
        `${YAML}  - name: 钱多\n    role: 导师\n    specialties: [制造]\n    availability: [{ weekday: 2, start: '12:00', end: '10:00' }]\n`,
        /entry 2: availability\.0: end must be after start/,
      ],
      'broken.yaml': [`${YAML}  - name: [钱多\n`, /broken\.yaml: not a mentor file: .*line \d+/],
      'not-mentors.yaml': ['mentor:\n  name: 钱多\n', /not a mentor file: expected "mentors:"/],
    } as const;
    for (const [name, [content]] of Object.entries(files)) writeFileSync(join(dir, name), content);
    // None of them may write a row.
    const results = await Promise.all(Object.keys(files).map((name) => admin(db, 'mentors', 'import', join(dir, name))));
    for (const [i, [name, [, message]]] of Object.entries(files).entries()) {
      const r = results[i]!;
      refused(r, name);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).toContain('nothing imported');
    }
    expect(json(await admin(db, 'mentors', 'list', '--json'))).toEqual(before);
  });

  it('prints an invite code that binds a mentor in chat once, and lists bookings with phones masked', async () => {
    const dir = tempDir();
    const db = join(dir, 'invite.sqlite');
    const [first] = json(await admin(db, 'mentors', 'list', '--json', '--create'));
    const invite = await admin(db, 'mentors', 'invite', String(first!['id']));
    expect(invite.code, invite.stderr).toBe(0);
    const code = /\/bind ([2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3})\(/.exec(invite.stdout)?.[1];
    expect(code, invite.stdout).toBeDefined();
    expect(invite.stdout).toContain(`bind code for ${String(first!['name'])}: ${code}`);

    const { app, say } = bot(db);
    let ref: string | undefined;
    try {
      const bound = await say('m1', `/bind ${code}`);
      expect(bound).toContain('绑定成功');
      expect(bound).toContain(String(first!['name']));
      expect(app.booking.mentors.get(Number(first!['id']))?.person).toBe('console:m1');
      expect(await say('m2', `/bind ${code}`)).toContain('这个绑定码无效或已失效');
      expect(app.booking.mentors.get(Number(first!['id']))?.person).toBe('console:m1');

      // A user books with a phone number: online, the first slot, a phone, confirm.
      expect(await say('amy', '我想预约创业导师 聊聊开网店')).toContain('线上还是线下');
      expect(await say('amy', '1')).toContain('请选一个时间');
      expect(await say('amy', '1')).toContain('手机号');
      expect(await say('amy', '13912345678')).toContain('139****5678');
      const done = await say('amy', '1');
      ref = /编号 (YY\d{7})/.exec(done)?.[1];
      expect(ref, done).toBeDefined();
    } finally {
      app.close();
    }
    const [masked, full, text] = await Promise.all([
      admin(db, 'bookings', 'list', '--json'),
      admin(db, 'bookings', 'list', '--json', '--show-phones'),
      admin(db, 'bookings', 'list'),
    ]);
    const bookings = json(masked);
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({ ref, phone: '139****5678', status: 'pending', specialty: '电商直播', mode: 'online' });
    expect(JSON.stringify(bookings)).not.toContain('13912345678');
    expect(json(full)[0]).toMatchObject({ ref, phone: '13912345678' });
    expect(text.stdout).toContain(ref);
    expect(text.stdout).toContain('139****5678');
    expect(text.stdout).not.toContain('13912345678');
  });
});

describe('npm run admin -- staff, leads, stations, notices and bad input', () => {
  it('invites a county officer whose code binds in chat, then lists staff; lists and counts leads on an empty database', async () => {
    const db = join(tempDir(), 'staff.sqlite');
    const invite = await admin(db, 'staff', 'invite', '--role', 'county', '--name', '张三', '--county', '洪湖市', '--create');
    expect(invite.code, invite.stderr).toBe(0);
    const code = /\/bind (S-[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3})\(/.exec(invite.stdout)?.[1];
    expect(code, invite.stdout).toBeDefined();
    expect(invite.stdout).toContain('张三');

    const { app, say } = bot(db);
    try {
      expect(await say('zs1', `/bind ${code}`)).toContain('绑定成功:张三(县市区招商部门·洪湖市)');
      expect(await say('zs2', `/bind ${code}`)).not.toContain('绑定成功');
    } finally {
      app.close();
    }
    const [staff, leads, counts] = await Promise.all([
      admin(db, 'staff', 'list', '--json'),
      admin(db, 'leads', 'list', '--json'),
      admin(db, 'leads', 'counts', '--json'),
    ]);
    expect(json(staff)).toEqual([{ person: 'console:zs1', role: 'county', county: '洪湖市', name: '张三', stationId: null }]);
    expect(leads.code, leads.stderr).toBe(0);
    expect(leads.stdout.trim()).toBe('[]');
    expect(json<Record<string, unknown>>(counts)).toEqual({
      byStage: Object.fromEntries(STAGES.map((s) => [s, 0])),
      byCounty: {},
      projectsOf100MillionOrMore: 0,
      total: 0,
    });
  });

  it('manages stations, events and notices, and refuses what cannot be sent', async () => {
    const db = join(tempDir(), 'notices.sqlite');
    const stations = json(await admin(db, 'stations', 'list', '--json', '--create'));
    expect(stations.length).toBeGreaterThanOrEqual(4);
    const added = json<Record<string, unknown>>(
      await admin(
        db,
        'stations',
        'add',
        '--name',
        '杭州楚商联络站',
        '--kind',
        '楚商联络站',
        '--city',
        '杭州',
        '--region',
        '长三角',
        '--county',
        '荆州区',
        '--json',
      ),
    );
    expect(added).toMatchObject({ name: '杭州楚商联络站', region: '长三角' });
    const badStation = await admin(db, 'stations', 'add', '--name', 'X站', '--kind', '办事处', '--city', '杭州', '--county', '荆州区');
    expect(badStation.code).toBe(1);
    expect(badStation.stderr).toContain('--kind');

    const event = json<Record<string, unknown>>(
      await admin(
        db,
        'events',
        'add',
        '--title',
        '杭州楚商恳谈会',
        '--kind',
        '招商恳谈会',
        '--at',
        '2099-05-01 14:00',
        '--place',
        '杭州',
        '--station',
        String(added['id']),
        '--json',
      ),
    );
    expect(event).toMatchObject({ title: '杭州楚商恳谈会', region: '长三角', organiser: '杭州楚商联络站' });
    expect(
      (await admin(db, 'events', 'add', '--title', 'x会', '--at', '2020-01-01 10:00', '--place', 'y', '--organiser', 'z')).stderr,
    ).toContain('past');

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
    const sent = json<Record<string, unknown>>(
      await admin(db, 'notices', 'send', '--text', '恳谈会报名开始', '--station', String(added['id']), '--json'),
    );
    expect(sent).toMatchObject({ recipients: 2, audience: { region: '长三角' }, status: 'scheduled' });
    // A notice of one kind: the subscriber who chose no kind is reached.
    const training = json<Record<string, unknown>>(await admin(db, 'notices', 'send', '--text', '训练营开班', '--topic', '培训', '--json'));
    expect(training).toMatchObject({ recipients: 2, audience: { topic: '创业培训' } });
    expect((await admin(db, 'notices', 'cancel', String(training['id']))).code).toBe(0);
    const refusals = [
      [['--text', '通知', '--cron', '61 * * * *'], '定时表达式不对'],
      [['--text', '通知', '--at', '2020-02-30 10:00'], '时间不对'],
      [['--text', '通知', '--at', '2020-02-03 10:00'], '已经过去了'],
      [['--text', '通知', '--station', '99'], '没有这个联络站'],
      [['--text', '通知', '--county', '武昌区'], '不认识的县市区'],
      [['--text', '通知', '--topic', '小龙虾'], '不认识的类别'],
      [['--text', '长'.repeat(4100)], '太长'],
    ] as const;
    const answers = await Promise.all(refusals.map(([flags]) => admin(db, 'notices', 'send', ...flags)));
    for (const [i, [flags, message]] of refusals.entries()) {
      const r = answers[i]!;
      expect(r.code, flags.join(' ').slice(0, 40)).toBe(1);
      expect(r.stderr).toContain(message);
      noStack(r);
    }
    const list = json(await admin(db, 'notices', 'list', '--json'));
    expect(list).toHaveLength(2);
    const scheduled = list.find((n) => n['status'] === 'scheduled')!;
    expect((await admin(db, 'notices', 'cancel', String(scheduled['id']))).code).toBe(0);
    expect(json(await admin(db, 'notices', 'list', '--json')).every((n) => n['status'] === 'cancelled')).toBe(true);
  });

  it('answers an unknown area, an unknown command and a missing argument with exit 1, a line and the usage, no stack', async () => {
    const dir = tempDir();
    const cases: Array<[string[], RegExp]> = [
      [['nonsense'], /unknown area "nonsense"/],
      [['mentors', 'explode'], /unknown command "explode" for mentors/],
      [['mentors', 'list', '--no-such-flag'], /Unknown option '--no-such-flag'/],
      [['mentors', 'invite'], /mentors invite needs a mentor ID[\s\S]*usage: mentors invite ID/],
      [['mentors', 'deactivate'], /mentors deactivate needs a mentor ID[\s\S]*usage: mentors deactivate ID/],
      [['mentors', 'import'], /mentors import needs a file[\s\S]*usage: mentors import FILE/],
      [['leads', 'stage', 'L1'], /leads stage needs a STAGE: one of 线索[\s\S]*usage: leads stage ID STAGE/],
      [['staff', 'invite', '--name', '张三'], /--role must be one of admin, county, operator[\s\S]*usage: staff invite/],
    ];
    // Each on its own new database file.
    const results = await Promise.all(cases.map(([args], i) => admin(join(dir, `usage-${i}.sqlite`), ...args, '--create')));
    for (const [i, [args, message]] of cases.entries()) {
      const r = results[i]!;
      refused(r, args.join(' '));
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr, args.join(' ')).toMatch(/^usage: /m);
    }
    for (const r of results.slice(0, 3)) expect(r.stderr).toContain('usage: npm run --silent admin -- <area> <command>');

    const [missingFlags, noMentor, help] = await Promise.all([
      admin(join(dir, 'add.sqlite'), 'mentors', 'add', '--create'),
      admin(join(dir, 'invite.sqlite'), 'mentors', 'invite', '99', '--create'),
      admin(join(dir, 'help.sqlite'), 'help'),
    ]);
    refused(missingFlags, 'mentors add');
    expect(missingFlags.stderr).toMatch(
      /name: missing; role: Invalid option: expected one of "导师"\|"辅导员"\|"联络员"; specialties: .*; availability: /,
    );
    refused(noMentor, 'mentors invite 99');
    expect(noMentor.stderr).toContain('no mentor with id 99');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run --silent admin');
  });
});

describe('npm run admin -- ... --db PATH: which database', () => {
  it('refuses a --db that does not exist with one line and makes no file; --create makes it; an existing one needs nothing', async () => {
    const dir = tempDir();
    const typo = join(dir, 'huixaing.sqlite');
    const missing = await admin(typo, 'leads', 'list');
    refused(missing, 'missing --db');
    expect(missing.stderr).toBe(`huixiang: no database at ${typo}; add --create to make a new one\n`);
    expect(existsSync(typo)).toBe(false);

    const made = await admin(typo, 'staff', 'list', '--json', '--create');
    expect(json(made)).toEqual([]);
    expect(existsSync(typo)).toBe(true);
    expect(json(await admin(typo, 'staff', 'list', '--json'))).toEqual([]);
  });

  it('refuses a missing default database (HUIXIANG_DB) too: the bot was never started there, or this is the wrong directory', async () => {
    const dir = tempDir();
    const env = { HUIXIANG_DB: join(dir, 'data', 'huixiang.sqlite') };
    const missing = await adminCli(['bookings', 'list'], env);
    refused(missing, 'missing HUIXIANG_DB');
    expect(missing.stderr).toBe(`huixiang: no database at ${env.HUIXIANG_DB}; add --create to make a new one\n`);
    expect(existsSync(env.HUIXIANG_DB)).toBe(false);
    const made = await adminCli(['bookings', 'list', '--json', '--create'], env);
    expect(json(made)).toEqual([]);
    expect(existsSync(env.HUIXIANG_DB)).toBe(true);
  });

  it('festivals needs no database: it neither asks for one nor makes one', async () => {
    const env = { HUIXIANG_DB: join(tempDir(), 'none.sqlite') };
    const r = await adminCli(['festivals', '2027'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2027-02-06  春节');
    expect(existsSync(env.HUIXIANG_DB)).toBe(false);
  });
});

describe('npm run admin -- commands that only read or write the stores', () => {
  it('do not load the knowledge base or jieba; the bot itself does', async () => {
    const db = join(tempDir(), 'lazy.sqlite');
    expect((await admin(db, 'staff', 'list', '--create')).code).toBe(0);
    const before = understandingsBuiltCount();
    const commands = [
      ['festivals'],
      ['staff', 'list'],
      ['leads', 'list'],
      ['leads', 'counts'],
      ['stations', 'list'],
      ['bookings', 'list'],
      ['mentors', 'list'],
      ['misses'],
    ];
    for (const args of commands) {
      const r = await admin(db, ...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(understandingsBuiltCount(), args.join(' ')).toBe(before);
    }
    // The count does move when something talks to the bot: the check above can fail.
    const { app, say } = bot(db, { shared: false });
    try {
      expect(understandingsBuiltCount()).toBe(before);
      expect(await say('u1', '你好')).not.toBe('');
      expect(understandingsBuiltCount()).toBe(before + 1);
    } finally {
      app.close();
    }
  });
});

describe('the admin entry point (src/cli/admin.ts) as a process', () => {
  it('prints to stdout with exit 0, and a refusal as one line on stderr with exit 1', async () => {
    const dir = tempDir();
    const typo = join(dir, 'typo.sqlite');
    const entry = (...args: string[]) => runCli(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args]);
    const [festivals, missing] = await Promise.all([entry('festivals', '2027'), entry('leads', 'list', '--db', typo)]);
    expect(festivals.code, festivals.stderr).toBe(0);
    expect(festivals.stdout.trim().split('\n')).toEqual([
      '2027-02-06  春节',
      '2027-04-05  清明',
      '2027-06-09  端午',
      '2027-09-15  中秋',
      '2027-10-01  国庆',
    ]);
    refused(missing, 'missing --db as a process');
    expect(missing.stderr).toBe(`huixiang: no database at ${typo}; add --create to make a new one\n`);
    expect(existsSync(typo)).toBe(false);
  });
});
