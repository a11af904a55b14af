import { describe, expect, it } from 'vitest';
import { createLogger, maskPersonal } from '../../src/core/logger.ts';
import { makeApp, say } from '../helpers.ts';

// Issue 10, finding 8: phone and ID numbers as people really type them, and the ordinary numbers that must stay.
const MASKED: Array<[string, string, string]> = [
  // [what it is, what the user typed, what may be kept]
  ['mobile, plain', '电话13812345678', '电话138****5678'],
  ['mobile, +86 and spaces', '打 +86 138 1234 5678 找我', '打 +86 138 **** 5678 找我'],
  ['mobile, +86 glued', '+8613812345678', '+86138****5678'],
  ['mobile, 86 glued', '8613812345678', '86138****5678'],
  ['mobile, 0086 glued', '008613812345678', '0086138****5678'],
  ['number abroad, spaced', 'send to this number pls +65 8765 4321', 'send to this number pls +65 **** **21'],
  ['number abroad, dashed', '+1-415-555-0123', '+1-***-***-**23'],
  ['mobile, 86- and dashes', '86-138-1234-5678', '86-138-****-5678'],
  ['mobile, dashes', '手机138-1234-5678。', '手机138-****-5678。'],
  ['mobile, spaces', '138 1234 5678', '138 **** 5678'],
  ['mobile, (+86)', '(+86)13812345678', '(+86)138****5678'],
  ['mobile, full-width (+86)', '（＋86）13812345678', '（＋86）138****5678'],
  ['mobile, 3-8 grouping', '138 12345678', '138 ****5678'],
  ['mobile, full-width digits', '１３８１２３４５６７８', '１３８****５６７８'],
  ['mobile, full-width digits and ideographic spaces', '１３８\u3000１２３４\u3000５６７８', '１３８\u3000****\u3000５６７８'],
  ['mobile, no-break spaces and an en dash', '138\u00A01234\u20135678', '138\u00A0****\u20135678'],
  ['mobile, next to Chinese text', '我的手机是19912345678谢谢', '我的手机是199****5678谢谢'],
  ['two mobiles', '13812345678或13998765432', '138****5678或139****5432'],
  ['ID, 18 digits', '身份证420102199001011234', '身份证420102********1234'],
  ['ID, 18 digits with X', '42010219900101123X', '420102********123X'],
  ['ID, 18 digits with x', '42010219900101123x', '420102********123x'],
  ['ID, 6-8-4 with spaces', '420102 19900101 1234', '420102 ******** 1234'],
  ['ID, 6-8-4 with dashes', '420102-19900101-123X', '420102-********-123X'],
  ['ID, 6-4-4-4 with spaces', '420102 1990 0101 1234', '420102 **** **** 1234'],
  ['ID, full-width digits and Ｘ', '４２０１０２１９９００１０１１２３Ｘ', '４２０１０２********１２３Ｘ'],
  ['ID, 15-digit old number', '旧身份证420102900101123', '旧身份证420102******123'],
  ['ID, 15-digit with spaces', '420102 900101 123', '420102 ****** 123'],
];

const KEPT: Array<[string, string]> = [
  ['amount in 万', '计划投资20000万,约两个亿'],
  ['a rise in per cent', '贷款余额增加 +10%'],
  ['year and month', '2025年12月回荆州'],
  ['date with dashes', '2025-12-13 14:00'],
  ['contact phone of the office', '联席会议办公室电话8514460'],
  ['landline with area code', '0716-8514460'],
  ['lead ref', '线索 L000001 已分配'],
  ['booking ref', '预约编号 YY2512001'],
  ['postcode', '邮编434000'],
  ['twelve-digit number', '订单号 202512130001'],
  ['small numbers with spaces', '1 2 3 4 5'],
  ['ten digits', '1381234567'],
  ['twelve digits starting like a mobile', '138123456789'],
  ['area in mu and money', '需要50亩地,300万贷款'],
  ['masked already', '139****5678'],
];

describe('maskPersonal: phone and ID numbers in the formats people type', () => {
  it.each(MASKED)('%s: %s', (_what, typed, kept) => {
    expect(maskPersonal(typed)).toBe(kept);
  });

  it.each(KEPT)('leaves an ordinary number alone: %s (%s)', (_what, text) => {
    expect(maskPersonal(text)).toBe(text);
  });

  it('is idempotent and keeps the text length', () => {
    for (const [, typed] of MASKED) {
      const once = maskPersonal(typed);
      expect(maskPersonal(once)).toBe(once);
      expect(once.length).toBe(typed.length);
    }
  });
});

describe('masking where free text is stored or logged', () => {
  const PHONE = '+86 138 1234 5678';
  const ID = '420102-19900101-123X';
  // Millisecond timestamps (13 digits, e.g. 1796123471203) are left out first: they may contain 1234 by chance.
  const leaks = (text: string) => /1234|19900101/.test(text.replace(/(?<!\d)\d{13}(?!\d)/g, ''));

  it('the JSON logger masks before it shortens a long value, so a phone at the cut is not half kept', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    logger.info('x', { text: `${'字'.repeat(195)}13812345678`, nested: { list: [ID] }, error: new Error(`bad ${PHONE}`) });
    expect(lines).toHaveLength(1);
    expect(leaks(lines[0]!)).toBe(false);
  });

  it('a hand-off transcript, admin misses and the dialogue memory hold no phone or ID number', async () => {
    const app = makeApp();
    await say(app, `我的身份证${ID}能办贷款吗`, 'mask1');
    await say(app, `火星上开矿有补贴吗 电话${PHONE}`, 'mask1');
    await say(app, '转人工', 'mask1');
    const transcripts = app.db.prepare('SELECT transcript FROM tickets').all() as Array<{ transcript: string }>;
    expect(transcripts.length).toBeGreaterThan(0);
    for (const t of transcripts) expect(leaks(t.transcript), t.transcript).toBe(false);
    const states = app.db.prepare('SELECT state FROM sessions').all() as Array<{ state: string }>;
    expect(states.length).toBeGreaterThan(0);
    for (const s of states) expect(leaks(s.state), s.state).toBe(false);
    const misses = app.tickets.misses();
    expect(misses.length).toBeGreaterThan(0);
    for (const miss of misses) expect(leaks(miss.question), miss.question).toBe(false);
  });

  it('a booking topic typed with a phone or ID number is stored masked; the booking phone stays whole', async () => {
    const now = Date.parse('2026-11-28T10:00:00+08:00');
    const app = makeApp({ now: () => new Date(now) });
    const user = 'mask2';
    await say(app, `想约个懂电商的老师 线上聊 下周二下午 我身份证${ID}`, user);
    await say(app, '1', user);
    await say(app, '13812345678', user);
    await say(app, '确认', user);
    const [booking] = app.booking.bookings.upcomingOf(`test:${user}`, now);
    expect(booking, 'the booking was made').toBeDefined();
    expect(booking!.phone).toBe('13812345678');
    expect(booking!.topic).toContain('420102-********-123X');
  });

  it("a lead's free text (company, needs) and a staff note are stored masked; a phone given in them becomes the lead's phone, whole", async () => {
    const app = makeApp();
    const user = 'mask3';
    const seen = async (text: string) => (await say(app, text, user)).messages.map((m) => m.text).join('\n');
    await say(app, '我老家洪湖 在上海开了二十年湘菜馆 想回去搞莲藕加工 请招商部门联系我', user);
    let asked = await seen('同意');
    for (let i = 0; i < 14 && !asked.includes('提交吗'); i++) {
      asked = await seen(
        asked.includes('称呼')
          ? '王先生'
          : asked.includes('公司')
            ? `荆楚莲藕公司 法人身份证${ID}`
            : asked.includes('用地')
              ? `要个标准厂房 希望有贷款 有事打 ${PHONE}`
              : asked.includes('手机号')
                ? '13912345678'
                : '跳过',
      );
    }
    expect(asked).toContain('提交吗');
    await seen('确认');
    const [lead] = app.leads.list();
    expect(lead, 'the lead was stored').toBeDefined();
    // The number given inside the needs answer is the lead's phone (kept whole for staff), not asked again.
    expect(lead!.phone).toBe(PHONE.replace(/\D/g, '').slice(-11));
    // The company is its name; the ID number said with it is kept nowhere.
    expect(lead!.company).toBe('荆楚莲藕公司');
    const { phone: _phone, ...rest } = lead!;
    expect(leaks(JSON.stringify(rest)), JSON.stringify(rest)).toBe(false);
    app.leads.setStage(lead!.id, '意向研判', 'staff', `已电话联系 ${PHONE}`, Date.now());
    const notes = app.leads
      .history(lead!.id)
      .map((h) => h.note ?? '')
      .join(' ');
    expect(notes).toContain('138 **** 5678');
    expect(leaks(notes)).toBe(false);
  });
});
