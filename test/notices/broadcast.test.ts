import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { RecipientGone } from '../../src/core/adapter.ts';
import type { Outbound } from '../../src/core/message.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { isQuiet } from '../../src/notices/dispatcher.ts';
import { UNSUBSCRIBE_FOOTER } from '../../src/notices/notices.ts';
import { createBroadcast, type Broadcast } from '../../src/notices/service.ts';
import type { Interest } from '../../src/notices/subscriptions.ts';
import { makeApp, tempDir } from '../helpers.ts';
import { virtualClock } from '../adapters/wechat-helpers.ts';

const running: Broadcast[] = [];
afterEach(async () => {
  for (const b of running.splice(0)) await b.stop();
});

/** Subscribes `count` Telegram users (ids tg1, tg2 ...) with an interest. */
function subscribe(app: App, prefix: string, count: number, interest: Partial<Interest> = {}, platform = 'telegram'): string[] {
  return Array.from({ length: count }, (_, i) => {
    const userId = `${prefix}${i + 1}`;
    const person = app.identities.personOf({ platform, userId });
    app.subscriptions.subscribe(person, interest, new Date());
    return userId;
  });
}

interface Delivered {
  to: string;
  chatId: string;
  text: string;
  at: number;
}

/** The broadcaster on a virtual clock, with a fake transport that records what it was given and when. */
function broadcaster(app: App, startIso: string, fail?: (m: Outbound, attempt: number) => Error | undefined) {
  const clock = virtualClock(startIso);
  const delivered: Delivered[] = [];
  const toStaff: Outbound[] = [];
  const attempts = new Map<string, number>();
  const waiters: Array<() => void> = [];
  const b = createBroadcast({
    db: app.db,
    notices: app.notices,
    send: async (m) => {
      const n = (attempts.get(m.to.chatId) ?? 0) + 1;
      attempts.set(m.to.chatId, n);
      const error = fail?.(m, n);
      if (error) throw error;
      delivered.push({ to: m.to.userId, chatId: m.to.chatId, text: m.text, at: clock.ms });
      for (const w of waiters.splice(0)) w();
    },
    deliver: async (ms) => void toStaff.push(...ms),
    reach: (person) => app.booking.reach(person),
    onGone: (person) => app.subscriptions.setReachable(person, false, clock.now()),
    logger: silentLogger,
    now: clock.now,
    sleep: clock.sleep,
  });
  running.push(b);
  const until = async (n: number) => {
    while (delivered.length < n) await new Promise<void>((w) => waiters.push(w));
  };
  return { b, clock, delivered, toStaff, until };
}

const fileApp = (now?: () => Date) => makeApp({ dbPath: join(tempDir(), 'notices.sqlite'), ...(now ? { now } : {}) });

describe('notice audience', () => {
  it('reaches everyone who subscribed without narrowing, and only the matching narrowed subscribers', () => {
    const app = fileApp();
    const all = subscribe(app, 'all', 2);
    const shanghai = subscribe(app, 'sh', 2, { region: '上海' });
    const yrd = subscribe(app, 'yrd', 1, { region: '长三角' });
    const shenzhen = subscribe(app, 'sz', 1, { region: '深圳' });
    const honghu = subscribe(app, 'hh', 1, { county: '洪湖市' });
    const ids = (audience: Parameters<App['subscriptions']['audience']>[0]) =>
      app.subscriptions
        .audience(audience)
        .map((p) => app.identities.accountsOf(p)[0]!.userId)
        .sort();
    expect(ids({})).toEqual([...all, ...shanghai, ...yrd, ...shenzhen, ...honghu].sort());
    expect(ids({ region: '上海' })).toEqual([...all, ...shanghai, ...yrd].sort());
    expect(ids({ region: '苏州' })).toEqual([...all, ...yrd].sort());
    expect(ids({ region: '长三角' })).toEqual([...all, ...shanghai, ...yrd].sort());
    expect(ids({ county: '洪湖市' })).toEqual([...all, ...honghu].sort());
    expect(ids({ county: '监利市' })).toEqual([...all].sort());
    // Someone who stopped (or blocked the bot) is not reached.
    app.subscriptions.unsubscribe(app.identities.personOf({ platform: 'telegram', userId: 'all1' }));
    app.subscriptions.setReachable(app.identities.personOf({ platform: 'telegram', userId: 'sh1' }), false, new Date());
    expect(ids({ region: '上海' })).toEqual(['all2', 'sh2', 'yrd1']);
  });
});

describe('broadcasting (virtual clock, fake transport)', () => {
  it('holds Telegram at 30 messages/s overall: at least 95% of that rate, never above', async () => {
    const app = fileApp();
    subscribe(app, 'u', 300);
    const { b, clock, delivered, until, toStaff } = broadcaster(app, '2030-03-01T10:00:00+08:00');
    await b.start();
    const notice = app.notices.create({ author: 'cli:test', stationId: null, audience: {}, text: '楚商回乡推介会下周六举行' }, clock.now());
    await b.scheduled(notice);
    await until(300);
    expect(new Set(delivered.map((d) => d.to)).size).toBe(300);
    expect(delivered[0]!.text).toBe(`楚商回乡推介会下周六举行\n${UNSUBSCRIBE_FOOTER}`);
    const maxInAnySecond = Math.max(...delivered.map((d) => delivered.filter((o) => o.at > d.at - 1000 && o.at <= d.at).length));
    expect(maxInAnySecond).toBeLessThanOrEqual(30);
    const seconds = (delivered.at(-1)!.at - delivered[0]!.at) / 1000 + 1;
    const rate = delivered.length / seconds;
    expect(rate).toBeGreaterThanOrEqual(0.95 * 30);
    expect(rate).toBeLessThanOrEqual(30);
    // The author (a CLI user here) gets the final report through the log; the outbox says all were sent.
    await expect.poll(() => app.notices.runsOf(notice.id)[0]).toMatchObject({ recipients: 300, sent: 300, failed: 0, pending: 0 });
    expect(toStaff).toEqual([]);
  });

  it('sends at most 1 per second to one chat and 20 per minute to one group', async () => {
    const app = fileApp();
    const person = app.identities.personOf({ platform: 'telegram', userId: 'member' });
    app.subscriptions.subscribe(person, {}, new Date());
    const { b, clock, delivered, until } = broadcaster(app, '2030-03-01T10:00:00+08:00');
    // A group subscription: the recipient's chat is the group (as when a station's group subscribes).
    const reachGroup = (p: string) => (p === person ? { platform: 'telegram', userId: 'member', chatId: '-100777' } : undefined);
    const notices = (await import('../../src/notices/notices.ts')).createNoticeRepo(app.db, app.subscriptions, reachGroup);
    await b.start();
    for (let i = 0; i < 25; i++) {
      const n = notices.create({ author: 'cli:test', stationId: null, audience: {}, text: `第${i + 1}条` }, clock.now());
      notices.startRun(n, clock.ms, clock.now());
    }
    b.dispatcher.wake();
    await until(25);
    const gaps = delivered.slice(1).map((d, i) => d.at - delivered[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    const maxInAnyMinute = Math.max(...delivered.map((d) => delivered.filter((o) => o.at > d.at - 60_000 && o.at <= d.at).length));
    expect(maxInAnyMinute).toBe(20);
  });

  it('keeps quiet from 22:00 to 08:00 unless urgent, then sends at 08:00', async () => {
    const app = fileApp();
    subscribe(app, 'q', 3);
    const { b, clock, delivered, until } = broadcaster(app, '2030-03-01T23:00:00+08:00');
    // Both are due at 23:00 (the virtual clock moves as soon as the dispatcher waits, so they go in first).
    app.notices.create({ author: 'cli:test', stationId: null, audience: {}, text: '明天的活动' }, clock.now());
    app.notices.create({ author: 'cli:test', stationId: null, audience: {}, text: '活动因台风取消', urgent: true }, clock.now());
    await b.start();
    await until(3);
    expect(delivered.every((d) => d.text.startsWith('活动因台风取消'))).toBe(true);
    expect(delivered.every((d) => isQuiet(d.at))).toBe(true);
    await until(6);
    const morning = delivered.slice(3);
    expect(morning.every((d) => d.text.startsWith('明天的活动'))).toBe(true);
    expect(new Date(morning[0]!.at).toISOString()).toBe('2030-03-02T00:00:00.000Z'); // 08:00 in Shanghai
  });

  it('tells the author how a long broadcast is going, once per 30 minutes', async () => {
    const app = fileApp();
    subscribe(app, 'p', 2);
    const author = app.identities.personOf({ platform: 'telegram', userId: 'op' });
    const { b, clock, toStaff } = broadcaster(app, '2030-03-01T21:50:00+08:00');
    app.notices.create({ author, stationId: null, audience: {}, text: '明早的活动' }, clock.now());
    // Quiet hours hold it; the dispatcher is not started, so the run stays pending while the clock moves.
    await b.tick();
    clock.advance(40 * 60_000);
    await b.tick();
    expect(toStaff.map((m) => m.text)).toEqual([expect.stringMatching(/通知 #\d+.*发送进度:共 2 人,成功 0,失败 0,待发 2/)]);
    await b.tick();
    expect(toStaff).toHaveLength(1);
  });

  it('retries a transient failure with back-off, stops a blocked user, and reports to the author', async () => {
    const app = fileApp();
    subscribe(app, 'r', 3);
    const author = app.identities.personOf({ platform: 'telegram', userId: 'operator' });
    const { b, clock, delivered, toStaff } = broadcaster(app, '2030-03-01T10:00:00+08:00', (m, attempt) => {
      if (m.to.chatId === 'r2' && attempt < 3) return new Error('ETIMEDOUT');
      if (m.to.chatId === 'r3') return new RecipientGone('Forbidden: bot was blocked by the user');
      return undefined;
    });
    await b.start();
    const notice = app.notices.create({ author, stationId: null, audience: {}, text: '训练营报名开始' }, clock.now());
    await b.scheduled(notice);
    await expect.poll(() => toStaff.length).toBe(1);
    expect(delivered.map((d) => d.to).sort()).toEqual(['r1', 'r2']);
    const r2 = delivered.find((d) => d.to === 'r2')!;
    expect(r2.at - Date.parse('2030-03-01T10:00:00+08:00')).toBeGreaterThanOrEqual(10_000 + 40_000);
    expect(app.subscriptions.get(app.identities.personOf({ platform: 'telegram', userId: 'r3' }))!.active).toBe(false);
    expect(toStaff[0]!.to.userId).toBe('operator');
    expect(toStaff[0]!.text).toMatch(/通知 #\d+.*发送完毕:共 3 人,成功 2,失败 1/);
  });

  it('sends a scheduled notice at its time, a repeating one at each occurrence, and never a run twice', async () => {
    const app = fileApp();
    subscribe(app, 's', 2);
    const { b, clock, delivered, until } = broadcaster(app, '2030-03-01T10:00:00+08:00');
    await b.start();
    const later = app.notices.create(
      { author: 'cli:test', stationId: null, audience: {}, text: '一小时后', sendAt: clock.ms + 3600_000 },
      clock.now(),
    );
    await b.tick();
    expect(delivered).toEqual([]);
    clock.advance(3600_000);
    await b.tick();
    await until(2);
    await b.tick();
    expect(app.notices.runsOf(later.id)).toHaveLength(1);
    expect(app.notices.get(later.id)!.status).toBe('done');

    // A weekly notice created just after its occurrence: that occurrence (within the grace window) runs once.
    const weekly = app.notices.create(
      { author: 'cli:test', stationId: null, audience: {}, text: '每周一推送', cron: '0 11 * * 5' },
      new Date(Date.parse('2030-03-01T10:59:00+08:00')),
    );
    clock.advance(60_000 * 5); // 11:05 on a Friday
    await b.scheduled(weekly);
    await until(4);
    await b.scheduled(weekly); // armed again (as after a restart): the same occurrence is not run twice
    expect(app.notices.runsOf(weekly.id)).toHaveLength(1);
    expect(delivered.filter((d) => d.text.startsWith('每周一推送'))).toHaveLength(2);

    // Cancelled: nothing more is sent.
    expect(b.cancel(weekly.id)).toBe(true);
    expect(app.notices.get(weekly.id)!.status).toBe('cancelled');
  });

  it('reports a one-off notice found long after its time as missed instead of sending it late', async () => {
    const app = fileApp();
    subscribe(app, 'm', 1);
    const author = app.identities.personOf({ platform: 'telegram', userId: 'op' });
    const { b, clock, delivered, toStaff } = broadcaster(app, '2030-03-01T10:00:00+08:00');
    app.notices.create({ author, stationId: null, audience: {}, text: '昨天的通知', sendAt: clock.ms - 24 * 3600_000 }, clock.now());
    await b.start();
    expect(delivered).toEqual([]);
    expect(toStaff[0]!.text).toContain('没有补发');
  });
});
