import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Inbound, Turn } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';
import { overdueDigest } from '../../src/leads/digest.ts';
import { leadsToCsv, leadsToXlsx } from '../../src/leads/export.ts';
import { makeApp } from '../helpers.ts';

function user(app: App, userId: string, platform = 'wechat') {
  const me = { platform, userId, chatId: userId };
  return {
    me,
    say: (text: string): Promise<Turn> => app.core.handle({ ...me, chatType: 'direct', text, time: new Date() } satisfies Inbound),
  };
}
const seen = (turn: Turn, userId: string) =>
  turn.messages
    .filter((m) => m.to.userId === userId)
    .map((m) => renderNumbered(m.text, m.choices))
    .join('\n');
const others = (turn: Turn, userId: string) => turn.messages.filter((m) => m.to.userId !== userId);

/** Answers a lead form: `name` when asked for a name, `phone` for the phone, "跳过" otherwise, then confirms. */
async function finishLead(u: ReturnType<typeof user>, name: string, phone?: string): Promise<Turn> {
  let turn = await u.say('同意');
  for (let i = 0; i < 12; i++) {
    const asked = seen(turn, u.me.userId);
    if (asked.includes('提交吗')) return u.say('确认');
    turn = await u.say(asked.includes('称呼') ? name : asked.includes('手机号') && phone ? phone : '跳过');
  }
  throw new Error(`the lead form did not reach its confirmation: ${seen(turn, u.me.userId)}`);
}

async function bindStaff(app: App, role: 'admin' | 'county' | 'operator', userId: string, county: string | null = null) {
  const code = app.staff.invite(role, `${role}-${userId}`, county, new Date());
  const account = user(app, userId, 'telegram');
  expect(seen(await account.say(`/bind ${code}`), userId)).toContain('绑定成功');
  return account;
}

describe('registering a lead in chat', () => {
  it('asks consent first, keeps what the long first message said, and stores the lead after confirmation', async () => {
    const app = makeApp();
    const admin = await bindStaff(app, 'admin', 'boss');
    const county = await bindStaff(app, 'county', 'honghu', '洪湖市');
    const other = await bindStaff(app, 'county', 'jianli', '监利市');
    const u = user(app, 'wx_merchant');

    const first = await u.say('我老家洪湖 在上海开了二十年湘菜馆 想回去搞莲藕加工 请招商部门联系我');
    expect(first.intent).toBe('lead.register');
    expect(seen(first, 'wx_merchant')).toContain('同意登记吗');
    expect(app.leads.list()).toEqual([]);

    expect(seen(await u.say('同意'), 'wx_merchant')).toContain('怎么称呼您');
    // hometown, city, industry and project came with the first message: not asked again
    const next = await u.say('王先生');
    expect(seen(next, 'wx_merchant')).toContain('公司或店名');
    expect(seen(await u.say('跳过'), 'wx_merchant')).toContain('用地或厂房');
    expect(seen(await u.say('要个两千平的标准厂房 希望有贷款贴息'), 'wx_merchant')).toContain('投资规模');
    expect(seen(await u.say('一万亿'), 'wx_merchant')).toContain('金额不太对');
    expect(seen(await u.say('五百来万吧'), 'wx_merchant')).toContain('手机号');
    expect(seen(await u.say('1391234567'), 'wx_merchant')).toContain('11位');
    const summary = await u.say('13912345678');
    expect(seen(summary, 'wx_merchant')).toMatch(/老家:洪湖市[\s\S]*现在:上海[\s\S]*规模:约500万元[\s\S]*139\*\*\*\*5678/);

    const done = await u.say('确认');
    expect(seen(done, 'wx_merchant')).toMatch(/登记成功,编号 L\d{6}/);
    const [lead] = app.leads.list();
    expect(lead).toMatchObject({
      hometown: '洪湖市',
      city: '上海',
      name: '王先生',
      amountWan: 500,
      phone: '13912345678',
      stage: '线索',
      ownerOffice: '洪湖市招商部门',
    });
    expect(lead!.project).toContain('莲藕加工');
    expect(lead).toMatchObject({ siteNeeds: '要个两千平的标准厂房', supportWanted: '希望有贷款贴息' });
    // the admin and Honghu's office are told at once; Jianli's is not
    const told = others(done, 'wx_merchant')
      .map((m) => m.to.userId)
      .sort();
    expect(told).toEqual([admin.me.userId, county.me.userId].sort());
    expect(told).not.toContain(other.me.userId);
  });

  it('keeps a returnee story told in one go, and a phone number given in a sentence with dashes', async () => {
    const app = makeApp();
    const u = user(app, 'wx_returnee');
    await u.say('我在广州打工8年了 想回松滋老家开个农家乐 需要一块地 能不能帮我登记一下 请人联系我');
    const lead = await finishLead(u, '李四', '我的手机号码是 139-1234-5678');
    expect(seen(lead, 'wx_returnee')).toContain('登记成功');
    expect(app.leads.list()[0]).toMatchObject({
      kind: '返乡创业',
      hometown: '松滋市',
      city: '广州',
      project: '开个农家乐',
      siteNeeds: '需要一块地',
      phone: '13912345678',
    });
  });

  it('stores nothing when consent is refused', async () => {
    const app = makeApp();
    const u = user(app, 'wx_no');
    await u.say('想回老家监利投资建个厂 大概两个亿 请派人对接');
    const refused = await u.say('不同意');
    expect(seen(refused, 'wx_no')).toContain('没有保存');
    expect(app.leads.list()).toEqual([]);
    const state = app.db.prepare("SELECT state FROM sessions WHERE user_key = 'wechat:wx_no'").get() as { state: string } | undefined;
    expect(state?.state ?? '').not.toContain('两个亿');
  });

  it('keeps a hometown outside Jingzhou and flags it for staff', async () => {
    const app = makeApp();
    const u = user(app, 'wx_out');
    await u.say('老家是宜昌的 想来荆州投资开个厂 请联系我');
    expect(seen(await finishLead(u, '李总'), 'wx_out')).toContain('登记成功');
    const [lead] = app.leads.list();
    expect(lead).toMatchObject({ hometown: null, outsideJingzhou: '宜昌', ownerOffice: '市招商中心' });
  });

  it('staff move a lead through stages in chat; others get a polite refusal and nothing changes', async () => {
    const app = makeApp();
    const admin = await bindStaff(app, 'admin', 'boss2');
    const { lead } = app.leads.save(
      { person: 'wechat:x', platform: 'wechat', userId: 'x', chatId: 'x' },
      { kind: '楚商回乡', hometown: '松滋市' },
      'user',
      Date.now(),
    );
    const ref = `L${String(lead.id).padStart(6, '0')}`;
    const plain = user(app, 'wx_plain');
    expect(seen(await plain.say(`/stage ${ref} 签约`), 'wx_plain')).toContain('只对已绑定的工作人员开放');
    expect(app.leads.get(lead.id)!.stage).toBe('线索');
    expect(seen(await admin.say(`/stage ${ref} 考察 下周三去松滋`), 'boss2')).toContain('已改为"考察"');
    expect(seen(await admin.say(`/lead ${ref}`), 'boss2')).toContain('下周三去松滋');
    expect(seen(await admin.say(`/stage ${ref} 吃饭`), 'boss2')).toContain('阶段:线索');
  });
});

describe('follow-up discipline', () => {
  it('the digest lists leads unacknowledged past one working day, to admins and the county office', () => {
    const app = makeApp();
    app.staff.bind(app.staff.invite('admin', 'A', null, new Date()), 'telegram:a', new Date());
    app.staff.bind(app.staff.invite('county', 'C', '公安县', new Date()), 'telegram:c', new Date());
    const friday = Date.parse('2026-11-27T10:00:00+08:00');
    app.leads.save(
      { person: 'wechat:y', platform: 'wechat', userId: 'y', chatId: 'y' },
      { kind: '返乡创业', hometown: '公安县' },
      'user',
      friday,
    );
    const reach = (person: string) => ({ platform: 'telegram', userId: person.split(':')[1]!, chatId: person.split(':')[1]! });
    // Monday 09:00 is less than one working day after Friday 10:00; Monday 10:30 is past it
    expect(overdueDigest(app.leads, app.staff, reach, Date.parse('2026-11-30T09:00:00+08:00'))).toEqual([]);
    const digest = overdueDigest(app.leads, app.staff, reach, Date.parse('2026-11-30T10:30:00+08:00'));
    expect(digest.map((m) => m.to.userId).sort()).toEqual(['a', 'c']);
    expect(digest[0]!.text).toContain('公安县');
  });
});

describe('export', () => {
  it('CSV has a BOM, escapes formula cells, and reads back; XLSX reads back the same values', async () => {
    const app = makeApp();
    app.leads.save(
      { person: 'wechat:z', platform: 'wechat', userId: 'z', chatId: 'z' },
      {
        kind: '楚商回乡',
        name: '=HYPERLINK("http://x")',
        company: '+荆楚, "科技"',
        hometown: '石首市',
        amountWan: 15000,
        phone: '13800000000',
      },
      'user',
      Date.now(),
    );
    const csv = leadsToCsv(app.leads.list());
    expect(csv.startsWith('\uFEFF编号,类型,阶段')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).toContain(`"'+荆楚, ""科技"""`);
    expect(csv).toContain(',15000,13800000000,');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await leadsToXlsx(app.leads.list())) as never);
    const sheet = workbook.getWorksheet('线索')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    const row = sheet.getRow(2);
    expect(row.getCell(4).value).toBe('=HYPERLINK("http://x")');
    expect(row.getCell(5).value).toBe('石首市');
    expect(row.getCell(12).value).toBe(15000);
  });
});

describe('hand-off to staff', () => {
  it("opens a ticket with the recent conversation, relays the staff answer and the user's follow-up, and takes a rating", async () => {
    const app = makeApp();
    const admin = await bindStaff(app, 'admin', 'duty');
    const u = user(app, 'wx_help');
    await u.say('创业担保贷款最多多少');
    const opened = await u.say('还是转人工吧');
    expect(opened.intent).toBe('handoff.human');
    const ref = /工单 (T\d{6})/.exec(seen(opened, 'wx_help'))![1]!;
    expect(seen(opened, 'wx_help')).toContain('8514460');
    const ticket = others(opened, 'wx_help').find((m) => m.to.userId === 'duty')!;
    expect(ticket.text).toContain('创业担保贷款最多多少');

    const replied = await admin.say(`/reply ${ref} 您好,个人最高30万,请带身份证到人社局窗口`);
    const toUser = others(replied, 'duty').find((m) => m.to.userId === 'wx_help')!;
    expect(toUser.text).toContain('个人最高30万');
    expect(toUser.choices!.map((c) => c.label)).toEqual(['满意', '不满意']);

    const follow = await u.say('好的 那营业执照要先办吗');
    expect(others(follow, 'wx_help').find((m) => m.to.userId === 'duty')!.text).toContain('营业执照要先办吗');

    await admin.say(`/reply ${ref} 要先办执照`);
    expect(seen(await u.say('1'), 'wx_help')).toContain('谢谢您的评价');
    expect(app.tickets.get(Number(ref.slice(1)))!.rating).toBe('good');
  });
});

describe("deleting one's data", () => {
  it('after confirmation removes the person from every table, cancels future bookings (mentor told), keeps an anonymous audit', async () => {
    const app = makeApp();
    const mentorId = app.booking.mentors.list()[0]!.id;
    const mentor = user(app, 'tg_mentor', 'telegram');
    await mentor.say(`/bind ${app.booking.mentors.invite(mentorId, new Date())}`);
    await bindStaff(app, 'admin', 'duty2');
    const u = user(app, 'wx_gone');
    const phone = '13512345678';
    // a lead, a booking with the bound mentor, a ticket, a rating, a link to a second account
    await u.say('我老家监利 想回去投资建厂 大概三千万 请联系我');
    expect(seen(await finishLead(u, '赵女士', phone), 'wx_gone')).toContain('登记成功');
    const [slot] = app.booking.findSlots(
      { specialty: app.booking.mentors.get(mentorId)!.specialties[0]!, onlyMentor: mentorId },
      Date.now(),
    );
    app.booking.book(
      {
        person: 'wechat:wx_gone',
        platform: 'wechat',
        userId: 'wx_gone',
        chatId: 'wx_gone',
        slot: slot!,
        topic: '电商',
        specialty: '电商直播',
        mode: 'online',
        phone,
      },
      new Date(),
    );
    await u.say('转人工');
    await u.say('创业担保贷款最多多少');
    await u.say('2');
    // a subscription, and a notice run that reached them (their chat id sits in the outbox)
    await u.say('订阅活动通知');
    const notice = app.notices.create({ author: 'cli:test', stationId: null, audience: {}, text: '推介会' }, new Date());
    expect(app.notices.startRun(notice, Date.now(), new Date())!.recipients).toBe(1);
    const code = /\/link (\S+)/.exec(seen(await u.say('/link'), 'wx_gone'))![1]!;
    await user(app, '777', 'telegram').say(`/link ${code}`);

    const asked = await u.say('请删除我的所有个人信息');
    expect(asked.intent).toBe('privacy.delete');
    expect(seen(asked, 'wx_gone')).toContain('确认删除吗');
    const done = await u.say('1');
    expect(seen(done, 'wx_gone')).toMatch(/已删除:线索1条、预约1个\(其中1个未来预约已取消并通知导师\)、人工咨询1次、活动通知订阅/);
    expect(others(done, 'wx_gone').some((m) => m.to.userId === 'tg_mentor' && m.text.includes('已取消'))).toBe(true);

    const tables = (app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (t) => t.name,
    );
    for (const table of tables) {
      const rows = JSON.stringify(app.db.prepare(`SELECT * FROM "${table}"`).all());
      for (const trace of ['wx_gone', phone, '赵女士', '"777"', 'telegram:777'])
        expect(rows, `${table} still holds ${trace}`).not.toContain(trace);
    }
    const audit = app.db.prepare("SELECT detail FROM audit WHERE event = 'privacy.delete'").all();
    expect(audit).toHaveLength(1);
  });
});
