/**
 * The console in a real browser (issue 15): Debian's Chromium driven by playwright-core, the console served by
 * @hono/node-server on 127.0.0.1. Signs in through a chat /web link, works a lead through stages, filters and exports,
 * composes, previews, schedules and watches a notice, and screenshots every main page at phone and desktop width
 * into test/artifacts/ (git-ignored), checking that nothing overflows a 390-px screen and that Chinese renders.
 * Skipped, with a message, where /usr/bin/chromium is missing (CI installs it: .ci/run).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { fromLocal } from '../../src/booking/time.ts';
import type { LeadFields } from '../../src/leads/leads.ts';
import { replyText, ROOT, say } from '../helpers.ts';
import { bindMentor, bindStaff, book, consoleApp, START } from './support.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/artifacts');
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM)
  console.warn(`test/web/browser.test.ts skipped: no ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei; .ci/run does)`);

function saveLead(app: App, person: string, fields: Omit<LeadFields, 'kind'>, at: number) {
  return app.leads.save({ person, platform: 'test', userId: person, chatId: person }, { kind: '楚商回乡', ...fields }, person, at).lead;
}

/** What the pages show: leads of two counties, subscribers in 上海, bookings of two mentors, unanswered questions. */
function seed(app: App): void {
  saveLead(
    app,
    'zhang',
    { name: '张先生', hometown: '洪湖市', industry: '农业', amountWan: 500, phone: '13912345678' },
    START - 3 * 3_600_000,
  );
  saveLead(app, 'li', { name: '李女士', hometown: '洪湖市', industry: '制造业', amountWan: 3000, phone: '13800001111' }, START - 3_600_000);
  saveLead(
    app,
    'wang',
    { name: '王总', hometown: '监利市', industry: '制造业', amountWan: 20000, phone: '13711112222' },
    START - 3_600_000,
  );
  saveLead(app, 'zhao', { name: '赵先生', outsideJingzhou: '武汉市', industry: '物流', phone: '13600003333' }, START - 1_800_000);
  for (const [platform, userId] of [
    ['telegram', 'sh1'],
    ['telegram', 'sh2'],
    ['wechat', 'sh3'],
  ] as const)
    app.subscriptions.subscribe(app.identities.personOf({ platform, userId }), { region: '上海' }, new Date(START));
  book(app, 1, 5, 14, '直播选品');
  book(app, 2, 6, 9, '稻虾共作');
  for (const [i, q] of ['贷款最多能贷多少', '贷款最多多少钱', '小龙虾节在哪天', '洪湖有没有创业补贴'].entries())
    app.tickets.feedback(`q${i}`, 'unanswered', q, [], START - (i + 1) * 86_400_000);
}

/** The few DOM globals the in-page checks use: the project compiles without the DOM library, and these run in Chromium. */
interface DomElement {
  textContent: string | null;
  className: string;
  tagName: string;
  closest(selector: string): DomElement | null;
  getBoundingClientRect(): { right: number };
}
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    font: string;
    fillStyle: string;
    textBaseline: string;
    fillText(text: string, x: number, y: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  } | null;
}
declare const document: {
  documentElement: { scrollWidth: number; scrollHeight: number; clientWidth: number };
  body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  createElement(tag: 'canvas'): Canvas;
};
declare function getComputedStyle(element: DomElement): { font: string };

/**
 * Whether Chinese renders as glyphs, not boxes: draws characters of the page's own text in the font of its heading
 * on a canvas and compares the bitmaps. Without a CJK font every character falls back to the same .notdef box (or
 * nothing), so the bitmaps are identical to each other and to a private-use character that no font has; with one,
 * each character has its own shape and ink. (`document.fonts.check` is no test: it is true whenever nothing needs
 * loading, fonts installed or not.)
 */
async function chineseRenders(page: Page): Promise<{ ok: boolean; detail: string }> {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1') ?? document.body;
    const chars = [...new Set([...(h1.textContent ?? '')].filter((ch) => /\p{Script=Han}/u.test(ch)))].slice(0, 3);
    const font = getComputedStyle(h1).font;
    const bitmap = (ch: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const g = canvas.getContext('2d')!;
      g.font = font.replace(/\d+(\.\d+)?px/, '40px');
      g.fillStyle = '#000';
      g.textBaseline = 'top';
      g.fillText(ch, 4, 4);
      const data = g.getImageData(0, 0, 64, 64).data;
      let ink = 0;
      let sig = '';
      for (let i = 3; i < data.length; i += 4) {
        if (data[i]! > 127) ink++;
        sig += data[i]! > 127 ? '1' : '0';
      }
      return { ink, sig };
    };
    const missing = bitmap('\uE000');
    const drawn = chars.map(bitmap);
    const distinct = new Set(drawn.map((b) => b.sig)).size === drawn.length;
    const notBoxes = drawn.every((b) => b.ink > 20 && b.sig !== missing.sig);
    return {
      ok: chars.length >= 2 && distinct && notBoxes,
      detail: `${chars.join('')} in ${font}: ink ${drawn.map((b) => b.ink)}, box ${missing.ink}`,
    };
  });
}

describe.skipIf(!HAVE_CHROMIUM)('the console in Chromium (issue 15)', () => {
  const ctx = consoleApp();
  const { app } = ctx;
  const server = createAdaptorServer({ fetch: ctx.web.fetch, hostname: '127.0.0.1' });
  let base = '';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The links chat hands out point at this server, as WEB_PUBLIC_URL would.
    app.webPublicUrl = base;
    await bindStaff(app, 'a', 'admin', '周主任');
    await bindMentor(app, 'm');
    seed(app);
    browser = await chromium.launch({ executablePath: CHROMIUM });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => {
      (server as Server).closeAllConnections();
      server.close(() => resolve());
    });
  });

  it('(a) an admin sends /web in chat, opens the link, presses 登录 and lands on the home page', async () => {
    const reply = replyText(await say(app, '/web', 'a'));
    const link = new RegExp(`${base.replace(/\./g, '\\.')}/login\\?token=[\\w-]+`).exec(reply)?.[0];
    expect(link, reply).toBeDefined();
    await page.goto(link!);
    await expect(page.title()).resolves.toContain('登录');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('main').textContent()).toContain('周主任,您好');
    expect(await page.locator('nav.nav a').allInnerTexts()).toEqual(['首页', '线索', '预约', '通知', '问题', '任务清单', '操作记录']);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'hx_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('(b) filters leads by county and stage, moves one 线索 → 意向研判 → 考察 with notes, sees the history, exports the filter as CSV', async () => {
    await page.goto(`${base}/leads`);
    await page.locator('select[name="county"]').selectOption('洪湖市');
    await page.locator('select[name="stage"]').selectOption('线索');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/county=/);
    const url = new URL(page.url());
    expect([url.searchParams.get('county'), url.searchParams.get('stage')]).toEqual(['洪湖市', '线索']);
    const rows = page.locator('table.cards tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator('table.cards').textContent()).not.toContain('王总');

    await page.getByRole('link', { name: 'L000001' }).click();
    await page.waitForURL(`${base}/leads/1`);
    for (const [stage, note] of [
      ['意向研判', '电话沟通,有意回乡办厂'],
      ['考察', '约定下周到洪湖考察'],
    ]) {
      await page.locator('select[name="stage"]').selectOption(stage!);
      await page.locator('input[name="note"]').fill(note!);
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForLoadState();
      expect(await page.locator('dl.lead').textContent()).toContain(stage!);
    }
    const history = await page.locator('ol.history').textContent();
    expect(history).toContain('线索 → 意向研判 电话沟通,有意回乡办厂');
    expect(history).toContain('意向研判 → 考察 约定下周到洪湖考察');
    expect(history).toContain('周主任');

    await page.goto(`${base}/leads?county=${encodeURIComponent('洪湖市')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('leads-2030-03-04.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(3); // the header and the two 洪湖 leads
    expect(csv.slice(1).join('\n')).toContain('张先生');
    expect(csv.slice(1).join('\n')).toContain('考察');
    expect(csv.slice(1).join('\n')).toContain('李女士');
    expect(csv.join('\n')).not.toContain('王总');
  });

  it('(c) composes a notice, previews its audience, schedules it, then sends one now and watches its progress refresh', async () => {
    await page.goto(`${base}/notices`);
    await page.locator('textarea[name="text"]').fill('上海楚商周六座谈会,欢迎参加。');
    await page.getByRole('button', { name: '预览收件人' }).click();
    await expect.poll(() => page.locator('#preview .recipients').textContent()).toBe('3');
    expect(await page.locator('#preview').textContent()).toMatch(/Telegram:2 人[\s\S]*微信:1 人/);

    await page.locator('input[name="when"][value="at"]').check();
    await page.locator('input[name="at"]').fill('2030-03-09 10:00');
    await page.getByRole('button', { name: '保存并发送' }).click();
    await page.waitForURL(/\/notices\/\d+$/);
    const scheduled = Number(page.url().split('/').pop());
    expect(await page.locator('main').textContent()).toContain('待发');
    expect(await page.locator('#progress').textContent()).toContain('还没开始发送');
    expect(await page.getByRole('button', { name: /取消这条通知/ }).count()).toBe(1);
    expect(app.notices.get(scheduled)).toMatchObject({ status: 'scheduled', sendAt: fromLocal(2030, 3, 9, 10 * 60) });

    await page.goto(`${base}/notices`);
    await page.locator('textarea[name="text"]').fill('今天下午三点线上说明会,欢迎参加。');
    await page.getByRole('button', { name: '保存并发送' }).click();
    await page.waitForURL(/\/notices\/\d+$/);
    const now = Number(page.url().split('/').pop());
    expect(now).not.toBe(scheduled);
    // The scheduler's tick starts the run (the recipients fixed in the outbox); the page picks it up by itself.
    const notice = app.notices.get(now)!;
    app.notices.startRun(notice, notice.sendAt!, ctx.now());
    await expect.poll(() => page.locator('#progress .pending').textContent(), { timeout: 6000 }).toBe('3');
    // The dispatcher sends two, one fails for good; the refresh shows it and stops once nothing is pending.
    const rows = app.db
      .prepare<[number], { id: number }>(
        'SELECT id FROM outbox WHERE run_id = (SELECT id FROM notice_runs WHERE notice_id = ?) ORDER BY id',
      )
      .all(now);
    const sent = app.db.prepare("UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?");
    sent.run(ctx.now().getTime(), rows[0]!.id);
    sent.run(ctx.now().getTime(), rows[1]!.id);
    app.db.prepare("UPDATE outbox SET status = 'failed', error = 'blocked' WHERE id = ?").run(rows[2]!.id);
    await expect.poll(() => page.locator('#progress .sent').textContent(), { timeout: 6000 }).toBe('2');
    expect(await page.locator('#progress .failed').textContent()).toBe('1');
    expect(await page.locator('#progress .pending').textContent()).toBe('0');
    expect(await page.locator('#progress .rate').textContent()).toBe('2');
    expect(await page.locator('#progress').getAttribute('hx-trigger')).toBeNull();
    // Sent in full: nothing is left to cancel, so the page no longer offers it.
    await page.reload();
    expect(await page.locator('main').textContent()).toContain('已发出');
    expect(await page.getByRole('button', { name: /取消这条通知/ }).count()).toBe(0);
  });

  it('(d) every main page fits a 390-px phone and a desktop, with Chinese rendered; screenshots in test/artifacts/', async () => {
    const month = '2030-03';
    const notice = app.notices.list()[0]!.id;
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['leads', '/leads'],
      ['lead', '/leads/1'],
      ['bookings', '/bookings'],
      ['notices', '/notices'],
      ['notice-progress', `/notices/${notice}`],
      ['questions', '/questions?days=30'],
      ['plan', '/plan'],
      ['report', `/plan/report?month=${month}`],
      ['audit', '/audit'],
    ];
    const results: string[] = [];
    const problems: string[] = [];
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, path] of pages) {
        const res = await page.goto(`${base}${path}`);
        expect(res?.status(), path).toBe(200);
        const file = join(ARTIFACTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const metrics = await page.evaluate(() => {
          const root = document.documentElement;
          // The elements that stick out on the right, to say what overflows.
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.scroll, .chart, svg'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight, wide };
        });
        const chinese = await chineseRenders(page);
        results.push(`${name}-${width}.png ${statSync(file).size} B, scrollWidth ${metrics.scrollWidth}, height ${metrics.scrollHeight}`);
        if (!chinese.ok) problems.push(`${path} at ${width}: Chinese not rendered (${chinese.detail})`);
        if (metrics.scrollWidth > width + 1)
          problems.push(`${path} at ${width}: scrollWidth ${metrics.scrollWidth} (${metrics.wide.join(', ')})`);
      }
    }
    console.info(results.join('\n'));
    expect(problems).toEqual([]);
  });
});
