/**
 * Issue 10, findings 1, 2 and 7: the attacks on /link and /bind codes, written first, and revocation.
 * Every test drives the real app on SQLite through chat, as the attacker did.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createLogger } from '../../src/core/logger.ts';
import type { Outbound } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { LINK_CODE_TTL_MS } from '../../src/identity/identity.ts';
import { CODE_ALPHABET, CODE_LENGTH, displayCode, newCode } from '../../src/security/codes.ts';
import type { SecurityLimits } from '../../src/security/limits.ts';
import type { Output } from '../../src/cli/admin/area.ts';
import { staff as staffCli } from '../../src/cli/admin/staff.ts';
import { mentors as mentorsCli } from '../../src/cli/admin/mentors.ts';
import { stations as stationsCli } from '../../src/cli/admin/notices.ts';
import { KNOWLEDGE_DIR, tempDir } from '../helpers.ts';
import { adminCli } from '../support/admin.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const HOUR = 3_600_000;
/** Between two attempts of one attacker: slow enough for the per-person message limit (20 a minute) to let all through. */
const PACE = 3_500;

/** A clock the test moves by hand; starts on a minute boundary so "this minute" is predictable. */
function clock(start = Date.UTC(2026, 10, 28, 2, 0, 0)) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const apps: App[] = [];
afterAll(() => {
  for (const app of apps) if (app.db.open) app.close();
});

/** The real app with a clock, limits and a logger whose lines the test reads. */
function world(options: { now?: () => Date; limits?: Partial<SecurityLimits>; dbPath?: string } = {}) {
  const t = clock();
  const now = options.now ?? t.now;
  const logs: string[] = [];
  const app = createApp({
    knowledgeDir: KNOWLEDGE_DIR,
    understanding: sharedUnderstanding(KNOWLEDGE_DIR),
    dbPath: options.dbPath ?? ':memory:',
    logger: createLogger({ level: 'info', write: (line) => logs.push(line) }),
    now,
    samples: true,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  apps.push(app);
  /** A chat account: what it says, and what it sees (numbered choices as on WeChat). */
  const account = (userId: string, platform = 'wechat') => {
    const mine = (m: Outbound) => m.to.platform === platform && m.to.userId === userId;
    return {
      userId,
      platform,
      person: () => app.identities.personOf({ platform, userId }),
      /** A message (or, `pressed`, a button) received now by the app's clock. */
      async say(text: string, pressed = false): Promise<string> {
        const turn = await app.core.handle({
          platform,
          userId,
          chatId: userId,
          chatType: 'direct',
          text,
          time: now(),
          ...(pressed ? { pressed } : {}),
        });
        inbox.push(...turn.messages);
        return turn.messages
          .filter(mine)
          .map((m) => renderNumbered(m.text, m.choices))
          .join('\n');
      },
      /** Messages sent to this account by other people's turns (alerts, link requests). */
      received: () => inbox.filter(mine),
    };
  };
  const inbox: Outbound[] = [];
  return { app, t, now, logs, account };
}

const linkCode = (reply: string) => /\/link (\S+)/.exec(reply)?.[1];
/** A code that is certainly not `right` (the attacker's guess). */
const wrongCode = (right: string) => {
  for (;;) {
    const c = displayCode(newCode());
    if (c !== right) return c;
  }
};
const cliOut = () => {
  const lines: string[] = [];
  const out: Output = { text: (l) => void lines.push(l), json: () => {} };
  return { out, lines };
};
async function bindStaff(
  w: ReturnType<typeof world>,
  role: 'admin' | 'county' | 'operator',
  userId: string,
  stationId: number | null = null,
) {
  const a = w.account(userId);
  expect(
    await a.say(`/bind ${w.app.staff.invite(role, `${role}-${userId}`, role === 'county' ? '洪湖市' : null, w.now(), stationId)}`),
  ).toContain('绑定成功');
  return a;
}

describe('finding 1/2: codes carry enough entropy and are easy to type', () => {
  it('link, mentor and staff codes: 9 characters from an alphabet without 0 O 1 I L (>= 40 bits), any case, spaces or dashes', async () => {
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(40);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const w = world();
    const shape = new RegExp(`^[${CODE_ALPHABET}]{3}-[${CODE_ALPHABET}]{3}-[${CODE_ALPHABET}]{3}$`);
    const code = linkCode(await w.account('wx_a').say('/link'))!;
    expect(code).toMatch(shape);
    const tg = w.account('9001', 'telegram');
    expect(await tg.say(`/link ${code.toLowerCase().replaceAll('-', ' ')}`)).toContain('绑定成功');
    expect(tg.person()).toBe('wechat:wx_a');

    const mentorCode = w.app.booking.mentors.invite(w.app.booking.mentors.list()[0]!.id, w.t.now());
    expect(mentorCode).toMatch(shape);
    const staffCode = w.app.staff.invite('county', '张三', '洪湖市', w.t.now());
    expect(staffCode).toMatch(new RegExp(`^S-${shape.source.slice(1)}`));
    // Full-width characters and no dashes, as a Chinese phone keyboard may type them.
    const fullWidth = staffCode.replaceAll('-', '').replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(await w.account('wx_zs').say(`/bind ${fullWidth}`)).toContain('绑定成功:张三');
    expect(await w.account('wx_m').say(`/bind  ${mentorCode.toLowerCase()} `)).toContain('绑定成功');
    // No two codes alike in a thousand.
    expect(new Set(Array.from({ length: 1000 }, () => newCode())).size).toBe(1000);
  });

  it('the database keeps no usable code (only its hash)', async () => {
    const w = world();
    const code = linkCode(await w.account('wx_h').say('/link'))!;
    const staffCode = w.app.staff.invite('admin', 'A', null, w.t.now());
    const dump = JSON.stringify([
      w.app.db.prepare('SELECT * FROM link_codes').all(),
      w.app.db.prepare('SELECT * FROM staff_invites').all(),
    ]);
    for (const c of [code, staffCode]) expect(dump).not.toContain(c.replaceAll('-', ''));
  });
});

describe('finding 1: brute force on /link', () => {
  it('100 wrong codes from one account: 5 are tried, the rest refused, then the right code is refused too; failures are logged masked', async () => {
    const w = world();
    const victim = w.account('wx_victim');
    const right = linkCode(await victim.say('/link'))!;
    const attacker = w.account('66554433', 'telegram');
    const replies: string[] = [];
    const typed: string[] = [];
    for (let i = 0; i < 100; i++) {
      const guess = wrongCode(right);
      typed.push(guess);
      replies.push(await attacker.say(`/link ${guess}`));
      w.t.advance(PACE);
    }
    expect(new Set(replies.slice(0, 5))).toEqual(new Set(['这个绑定码无效或已过期。请在另一个平台重新发送 /link 获取新的绑定码。']));
    expect(replies.slice(5).every((r) => r.includes('输错次数太多'))).toBe(true);

    const refused = await attacker.say(`/link ${right}`);
    expect(refused).toContain('输错次数太多');
    expect(attacker.person()).toBe('telegram:66554433');

    // Every failure is logged, with the account masked and never the code typed.
    const failed = w.logs.filter((l) => l.includes('"code.failed"'));
    expect(failed).toHaveLength(5);
    expect(w.logs.filter((l) => l.includes('"code.refused"')).length).toBe(96);
    for (const line of w.logs.filter((l) => l.includes('code.'))) {
      expect(line).toContain('Telegram 66****33');
      expect(line).not.toContain('66554433');
      for (const c of [...typed, right]) expect(line).not.toContain(c);
    }

    // An hour later the account may try again, and a fresh right code works.
    w.t.advance(HOUR + 1);
    const fresh = linkCode(await victim.say('/link'))!;
    expect(await attacker.say(`/link ${fresh}`)).toContain('绑定成功');
  });

  it('the count survives a restart of the bot', async () => {
    const dbPath = join(tempDir(), 'attempts.sqlite');
    const t = clock();
    const first = world({ dbPath, now: t.now });
    const right = linkCode(await first.account('wx_v').say('/link'))!;
    for (let i = 0; i < 5; i++) await first.account('tg_x', 'telegram').say(`/link ${wrongCode(right)}`);
    first.app.close();
    const again = world({ dbPath, now: t.now });
    expect(await again.account('tg_x', 'telegram').say(`/link ${right}`)).toContain('输错次数太多');
  });

  it('a wrong, a used and an expired code get the very same answer', async () => {
    const w = world();
    const code = linkCode(await w.account('wx_1').say('/link'))!;
    const wrong = await w.account('tg_1', 'telegram').say(`/link ${wrongCode(code)}`);
    expect(await w.account('tg_2', 'telegram').say(`/link ${code}`)).toContain('绑定成功');
    const used = await w.account('tg_3', 'telegram').say(`/link ${code}`);
    const late = linkCode(await w.account('wx_2').say('/link'))!;
    w.t.advance(LINK_CODE_TTL_MS + 1000);
    const expired = await w.account('tg_4', 'telegram').say(`/link ${late}`);
    // A code replaced by a newer one is as dead as the others.
    const old = linkCode(await w.account('wx_3').say('/link'))!;
    await w.account('wx_3').say('/link');
    const replaced = await w.account('tg_5', 'telegram').say(`/link ${old}`);
    expect(new Set([wrong, used, expired, replaced])).toEqual(
      new Set(['这个绑定码无效或已过期。请在另一个平台重新发送 /link 获取新的绑定码。']),
    );
  });

  it('something that cannot be a code gets the format, and does not count as an attempt', async () => {
    const w = world();
    const a = w.account('tg_f', 'telegram');
    for (let i = 0; i < 8; i++) expect(await a.say('/link 123456')).toContain('9位字母和数字');
    const code = linkCode(await w.account('wx_f').say('/link'))!;
    expect(await a.say(`/link ${code}`)).toContain('绑定成功');
  });
});

describe('finding 1/2: the global ceiling', () => {
  it('many accounts guessing trip it: every attempt is refused for the rest of the minute and each admin is alerted once', async () => {
    const w = world();
    const boss = await bindStaff(w, 'admin', 'boss');
    const right = linkCode(await w.account('wx_target').say('/link'))!;
    const replies: string[] = [];
    for (let n = 0; n < 8; n++) {
      const bot = w.account(`bot${n}`, 'telegram');
      for (let i = 0; i < 5; i++) replies.push(await bot.say(i % 2 ? `/bind ${wrongCode(right)}` : `/link ${wrongCode(right)}`));
    }
    // 30 failures (the default ceiling) are tried; everything after is refused, whoever sends it.
    expect(replies.filter((r) => r.includes('无效')).length).toBe(30);
    expect(replies.slice(30).every((r) => r.includes('请1分钟后再试'))).toBe(true);
    const innocent = w.account('tg_innocent', 'telegram');
    expect(await innocent.say(`/link ${right}`)).toContain('请1分钟后再试');
    expect(innocent.person()).toBe('telegram:tg_innocent');

    const alerts = boss.received().filter((m) => m.text.includes('安全提醒'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toMatch(/1分钟内有30次绑定码输错/);
    expect(w.logs.filter((l) => l.includes('"code.ceiling"'))).toHaveLength(1);

    // The next minute, attempts are tried again.
    w.t.advance(60_000);
    expect(await innocent.say(`/link ${right}`)).toContain('绑定成功');
  });

  it('honours configured limits', async () => {
    const w = world({ limits: { codeFailuresPerHour: 2, codeFailuresPerMinute: 3 } });
    const right = linkCode(await w.account('wx_c').say('/link'))!;
    const a = w.account('tg_c1', 'telegram');
    await a.say(`/link ${wrongCode(right)}`);
    await a.say(`/link ${wrongCode(right)}`);
    expect(await a.say(`/link ${right}`)).toContain('输错次数太多');
    await w.account('tg_c2', 'telegram').say(`/link ${wrongCode(right)}`);
    expect(await w.account('tg_c3', 'telegram').say(`/link ${right}`)).toContain('请1分钟后再试');
  });
});

describe('finding 2: /bind codes for staff and mentors', () => {
  it('100 wrong /bind codes, then the right staff code and the right mentor code are refused', async () => {
    const w = world();
    const staffCode = w.app.staff.invite('admin', '管理员', null, w.t.now());
    const mentorCode = w.app.booking.mentors.invite(w.app.booking.mentors.list()[0]!.id, w.t.now());
    const attacker = w.account('tg_brute', 'telegram');
    for (let i = 0; i < 100; i++) {
      await attacker.say(`/bind ${i % 2 ? `S${wrongCode(staffCode)}` : wrongCode(mentorCode)}`);
      w.t.advance(PACE);
    }
    expect(await attacker.say(`/bind ${staffCode}`)).toContain('输错次数太多');
    expect(await attacker.say(`/bind ${mentorCode}`)).toContain('输错次数太多');
    expect(w.app.staff.of(attacker.person())).toBeUndefined();
    expect(w.app.booking.mentors.ofPerson(attacker.person())).toBeUndefined();
    expect(await attacker.say('/leads')).toContain('只对已绑定的工作人员开放');
  });

  it("wrong, used, expired and revoked codes, and an inactive mentor's, all get the same answer", async () => {
    const t = clock(Date.now());
    const w = world({ now: t.now });
    const [m1, m2] = w.app.booking.mentors.list();
    const replies: string[] = [];
    const tryAs = async (who: string, code: string) => replies.push(await w.account(who).say(`/bind ${code}`));

    await tryAs('a1', wrongCode(''));
    await tryAs('a2', `S${wrongCode('')}`);
    const usedStaff = w.app.staff.invite('county', '甲', '洪湖市', t.now());
    expect(await w.account('ok1').say(`/bind ${usedStaff}`)).toContain('绑定成功');
    await tryAs('a3', usedStaff);
    const usedMentor = w.app.booking.mentors.invite(m1!.id, t.now());
    expect(await w.account('ok2').say(`/bind ${usedMentor}`)).toContain('绑定成功');
    await tryAs('a4', usedMentor);
    const revokedStaff = w.app.staff.invite('admin', '乙', null, t.now());
    const { out } = cliOut();
    await staffCli['revoke-code']!({ app: w.app, args: [revokedStaff], flags: {}, out });
    await tryAs('a5', revokedStaff);
    const revokedMentor = w.app.booking.mentors.invite(m2!.id, t.now());
    await mentorsCli['revoke-code']!({ app: w.app, args: [revokedMentor], flags: {}, out });
    await tryAs('a6', revokedMentor);
    const inactive = w.app.booking.mentors.invite(m2!.id, t.now());
    w.app.booking.mentors.setActive(m2!.id, false);
    await tryAs('a7', inactive);
    const lateStaff = w.app.staff.invite('admin', '丙', null, t.now());
    const lateMentor = w.app.booking.mentors.invite(m1!.id, t.now());
    t.advance(24 * HOUR + 1000);
    await tryAs('a8', lateStaff);
    await tryAs('a9', lateMentor);

    expect(replies).toHaveLength(9);
    expect(new Set(replies)).toEqual(new Set(['这个绑定码无效或已失效。请向工作人员重新索取。']));
  });

  it('staff codes from the admin CLI expire after STAFF_CODE_TTL_HOURS (stations invite too), and say so', async () => {
    const t = clock(Date.now());
    const w = world({ now: t.now, limits: { staffCodeTtlHours: 2 } });
    const { out, lines } = cliOut();
    await staffCli['invite']!({ app: w.app, args: [], flags: { role: 'admin', name: '值班' }, out });
    expect(lines.join('\n')).toContain('2小时内有效');
    const code = /\/bind (\S+?)\(/.exec(lines.join('\n'))![1]!;
    const station = w.app.stations.list()[0]!;
    await stationsCli['invite']!({ app: w.app, args: [String(station.id)], flags: {}, out });
    const opCode = [...lines.join('\n').matchAll(/\/bind (\S+?)\(/g)][1]![1]!;
    await staffCli['invite']!({ app: w.app, args: [], flags: { role: 'admin', name: '值班2' }, out });
    const onTime = /\/bind (\S+?)\(/.exec(lines.at(-1)!)![1]!;
    t.advance(HOUR);
    expect(await w.account('ontime').say(`/bind ${onTime}`)).toContain('绑定成功');
    t.advance(HOUR + 60_000);
    expect(await w.account('late').say(`/bind ${code}`)).toBe('这个绑定码无效或已失效。请向工作人员重新索取。');
    expect(await w.account('late-op').say(`/bind ${opCode}`)).toBe('这个绑定码无效或已失效。请向工作人员重新索取。');
  });
});

describe('finding 1: a stolen code never grants a role', () => {
  it("an admin's /link code, redeemed by a stranger, links nothing until the admin says 同意; 拒绝 leaves the stranger out", async () => {
    const w = world();
    const boss = await bindStaff(w, 'admin', 'boss');
    const issued = await boss.say('/link');
    expect(issued).toContain('回复"同意"才会绑定');
    const stolen = linkCode(issued)!;

    const thief = w.account('31415926', 'telegram');
    expect(await thief.say(`/link ${stolen}`)).toContain('已请对方确认');
    expect(thief.person()).toBe('telegram:31415926');
    expect(await thief.say('/leads')).toContain('只对已绑定的工作人员开放');
    const request = boss.received().at(-1)!;
    expect(request.text).toMatch(/^账号 Telegram 31\*\*\*\*26 想与您关联,回复 同意 \/ 拒绝/);
    expect(request.choices?.map((c) => c.label)).toEqual(['同意', '拒绝']);

    // The thief cannot approve their own request with its button value, nor use the code again.
    expect(await thief.say(request.choices![0]!.value, true)).toContain('已失效');
    expect(thief.person()).toBe('telegram:31415926');
    expect(await w.account('27182818', 'telegram').say(`/link ${stolen}`)).toContain('无效或已过期');

    expect(await boss.say('拒绝')).toContain('没有与您关联');
    expect(thief.received().at(-1)!.text).toContain('对方没有同意');
    expect(thief.person()).toBe('telegram:31415926');
    expect(await boss.say(request.choices![0]!.value, true)).toContain('已失效');
  });

  it("with 同意 from the admin's own account, their second account shares the role", async () => {
    const w = world();
    const boss = await bindStaff(w, 'admin', 'boss');
    const code = linkCode(await boss.say('/link'))!;
    const phone = w.account('4242', 'telegram');
    await phone.say(`/link ${code}`);
    expect(await boss.say('1')).toContain('已同意');
    expect(phone.received().at(-1)!.text).toContain('绑定成功');
    expect(phone.person()).toBe(boss.person());
    expect(await phone.say('/leads')).not.toContain('只对已绑定的工作人员开放');
  });

  it('the same holds for a mentor and a station operator; a request expires', async () => {
    const w = world();
    const mentor = w.account('wx_mentor');
    await mentor.say(`/bind ${w.app.booking.mentors.invite(w.app.booking.mentors.list()[0]!.id, w.t.now())}`);
    const op = await bindStaff(w, 'operator', 'wx_op', w.app.stations.list()[0]!.id);
    for (const [owner, thiefId] of [
      [mentor, 'tg_m'],
      [op, 'tg_o'],
    ] as const) {
      const thief = w.account(thiefId, 'telegram');
      expect(await thief.say(`/link ${linkCode(await owner.say('/link'))}`)).toContain('已请对方确认');
      expect(thief.person()).toBe(`telegram:${thiefId}`);
    }
    expect(await w.account('tg_m', 'telegram').say('/schedule')).toContain('只对已绑定的创业导师开放');
    w.t.advance(31 * 60_000);
    expect(await mentor.say('同意')).toContain('已失效');
    expect(w.account('tg_m', 'telegram').person()).toBe('telegram:tg_m');
  });

  it('an account with a role cannot be joined into someone else by a code', async () => {
    const w = world();
    const boss = await bindStaff(w, 'admin', 'boss');
    const lure = linkCode(await w.account('tg_lure', 'telegram').say('/link'))!;
    expect(await boss.say(`/link ${lure}`)).toContain('不能并入其他账号');
    expect(boss.person()).toBe('wechat:boss');
    expect(await boss.say('/leads')).not.toContain('只对已绑定的工作人员开放');
  });

  it('whoever asked for a code is told when an account joins them, and a later role names every linked account', async () => {
    const w = world();
    const victim = w.account('wx_later_staff');
    const code = linkCode(await victim.say('/link'))!;
    await w.account('55667788', 'telegram').say(`/link ${code}`);
    expect(victim.received().at(-1)!.text).toMatch(/账号 Telegram 55\*\*\*\*88 已用您的绑定码与您关联/);
    // Months later the same person is made staff: the reply names the linked account that now shares the role.
    const bound = await victim.say(`/bind ${w.app.staff.invite('county', '李四', '洪湖市', w.t.now())}`);
    expect(bound).toContain('绑定成功');
    expect(bound).toContain('与您关联的账号 Telegram 55****88 也有同样的权限');
  });
});

describe('finding 7: revocation takes effect at once', () => {
  it('admin -- staff revoke: the staff member can no longer /leads; their unused codes stop working', async () => {
    const w = world();
    const county = await bindStaff(w, 'county', 'honghu');
    expect(await county.say('/leads')).not.toContain('只对已绑定的工作人员开放');
    const spare = w.app.staff.invite('county', 'county-honghu', '洪湖市', w.t.now());
    const { out, lines } = cliOut();
    await staffCli['revoke']!({ app: w.app, args: ['county-honghu'], flags: {}, out });
    expect(lines.at(-1)).toMatch(/is no longer staff; 1 unused code\(s\) revoked/);
    expect(await county.say('/leads')).toContain('只对已绑定的工作人员开放');
    expect(await county.say('/lead L000001')).toContain('只对已绑定的工作人员开放');
    expect(await w.account('other').say(`/bind ${spare}`)).toContain('无效或已失效');
    expect(() => staffCli['revoke']!({ app: w.app, args: ['nobody'], flags: {}, out })).toThrow(/no staff member or unused code/);
  });

  it('admin -- mentors unbind and deactivate: the mentor sees and handles no bookings any more', async () => {
    const w = world();
    const [m1, m2] = w.app.booking.mentors.list();
    const first = w.account('wx_m1');
    await first.say(`/bind ${w.app.booking.mentors.invite(m1!.id, w.t.now())}`);
    const spare = w.app.booking.mentors.invite(m1!.id, w.t.now());
    expect(await first.say('/schedule')).toContain('老师');
    const { out, lines } = cliOut();
    await mentorsCli['unbind']!({ app: w.app, args: [String(m1!.id)], flags: {}, out });
    expect(lines.at(-1)).toMatch(/unbound.*1 unused code\(s\) revoked/);
    expect(await first.say('/schedule')).toContain('只对已绑定的创业导师开放');
    expect(await w.account('wx_x').say(`/bind ${spare}`)).toContain('无效或已失效');

    const second = w.account('wx_m2');
    await second.say(`/bind ${w.app.booking.mentors.invite(m2!.id, w.t.now())}`);
    await mentorsCli['deactivate']!({ app: w.app, args: [String(m2!.id)], flags: {}, out });
    for (const command of ['/schedule', '/accept YY0000001', '/decline YY0000001', '/done YY0000001']) {
      expect(await second.say(command), command).toContain('导师身份已停用');
    }
    expect(await second.say('booking:accept:YY0000001', true)).toContain('导师身份已停用');
    expect(await second.say('/help')).not.toContain('/schedule');
  });

  it("admin -- stations remove-operator: the operator loses the role and the station's unused codes", async () => {
    const w = world();
    const station = w.app.stations.list()[0]!;
    const op = await bindStaff(w, 'operator', 'wx_station', station.id);
    const spare = w.app.staff.invite('operator', '新运营', station.county, w.t.now(), station.id);
    const { out, lines } = cliOut();
    await stationsCli['remove-operator']!({ app: w.app, args: [String(station.id)], flags: {}, out });
    expect(lines.at(-1)).toMatch(/removed operator-wx_station.*1 unused code\(s\) revoked/);
    expect(w.app.staff.of(op.person())).toBeUndefined();
    expect(await op.say('/notices')).toContain('只对已绑定的工作人员开放');
    expect(await w.account('wx_new').say(`/bind ${spare}`)).toContain('无效或已失效');
  });

  it('npm run admin -- help lists the revocation commands, and staff revoke works from the command line', async () => {
    const db = join(tempDir(), 'revoke.sqlite');
    const setup = world({ dbPath: db, now: () => new Date() });
    await bindStaff(setup, 'admin', 'cli_boss');
    setup.app.close();
    // The admin CLI's function, in this process (its entry point is started in test/cli/admin.test.ts).
    const cli = (...args: string[]) => adminCli([...args, '--db', db]);
    const [help, revoked] = await Promise.all([cli('help'), cli('staff', 'revoke', 'wechat:cli_boss')]);
    for (const command of ['staff    invite', 'revoke ACCOUNT|NAME', 'revoke-code CODE', 'unbind ID', 'remove-operator ID'])
      expect(help.stdout).toContain(command);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain('is no longer staff');
    const after = world({ dbPath: db, now: () => new Date() });
    expect(after.app.staff.of('wechat:cli_boss')).toBeUndefined();
  });
});
