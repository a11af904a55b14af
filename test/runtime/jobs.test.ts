import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ABANDONED_AFTER_MS, festivalReminders, scheduleSessionPruning } from '../../src/runtime/jobs.ts';
import { scheduleDurable } from '../../src/runtime/durable.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { makeApp, tempDir } from '../helpers.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('nightly pruning of abandoned dialogues', () => {
  it('forgets a form left for more than 7 days, with its recent turns, and keeps newer dialogues', async () => {
    let t = Date.parse('2030-05-01T10:00:00+08:00');
    const now = () => new Date(t);
    const app = makeApp({ now });
    const say = (user: string, text: string) =>
      app.core.handle({ platform: 'wechat', userId: user, chatId: user, chatType: 'direct', text, time: now() });

    await say('old', '想回老家监利投资建个厂 大概两个亿');
    await say('old', '同意');
    t += 2 * DAY;
    await say('recent', '我想预约创业导师');
    t += 6 * DAY; // the first form is 8 days old, the second 6
    const task = scheduleSessionPruning({ app, delivery: { deliver: async () => {} }, logger: silentLogger, now });
    try {
      await task.execute();
    } finally {
      await task.stop();
    }
    expect(app.sessions.load('wechat:old')).toEqual({});
    expect(app.sessions.load('wechat:recent').form).toMatchObject({ kind: 'booking' });
    // Nothing of the abandoned form was stored as a lead: it was never confirmed.
    expect(app.leads.list()).toEqual([]);
    // Back after the pruning, the user simply starts again.
    expect((await say('old', '你好')).intent).toBe('greet');
    expect(ABANDONED_AFTER_MS).toBe(7 * DAY);
  });
});

describe('durable jobs', () => {
  it('runs an occurrence missed a little while ago once at start, and never again after a restart', async () => {
    const app = makeApp({ dbPath: join(tempDir(), 'jobs.sqlite') });
    const runs: string[] = [];
    const at = (iso: string) => () => new Date(iso);
    const job = (now: () => Date) =>
      scheduleDurable({
        db: app.db,
        name: 'daily',
        schedule: '0 9 * * *',
        graceMs: 3 * 3600_000,
        logger: silentLogger,
        now,
        run: () => void runs.push(now().toISOString()),
      });
    // Started at 10:30: the 09:00 occurrence is 1.5 h old, within grace: it runs.
    const first = job(at('2030-05-06T10:30:00+08:00'));
    await first.stop();
    await expect.poll(() => runs.length).toBe(1);
    // A restart at 11:00 finds 09:00 already done.
    const second = job(at('2030-05-06T11:00:00+08:00'));
    await second.stop();
    // Started at 13:00 the next day: 09:00 is 4 h old, past grace: it is skipped, not run late.
    const third = job(at('2030-05-07T13:00:00+08:00'));
    await third.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toEqual(['2030-05-06T02:30:00.000Z']);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM job_runs').get()).toEqual({ n: 1 });
  });

  it('stopping waits for a run in flight, so a shutdown never closes the database under a backup', async () => {
    const app = makeApp({ dbPath: join(tempDir(), 'stop.sqlite') });
    let finished = false;
    const task = scheduleDurable({
      db: app.db,
      name: 'slow',
      schedule: '15 3 * * *',
      graceMs: 24 * 3600_000,
      logger: silentLogger,
      now: () => new Date('2030-05-06T10:00:00+08:00'),
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        finished = true;
      },
    });
    await task.stop();
    expect(finished).toBe(true);
  });

  it('reminds admins and station operators 21 days before a festival, and nobody else', async () => {
    const app = makeApp();
    const bind = async (role: 'admin' | 'county' | 'operator', userId: string) =>
      app.core.handle({
        platform: 'telegram',
        userId,
        chatId: userId,
        chatType: 'direct',
        text: `/bind ${app.staff.invite(role, userId, role === 'county' ? '洪湖市' : null, new Date())}`,
        time: new Date(),
      });
    await bind('admin', 'boss');
    await bind('operator', 'station');
    await bind('county', 'honghu');
    const due = festivalReminders(app, new Date('2027-01-16T01:00:00Z'));
    expect(due.map((m) => m.to.userId).sort()).toEqual(['boss', 'station']);
    expect(due[0]!.text).toContain('春节(2027-02-06)还有21天');
    expect(festivalReminders(app, new Date('2027-01-17T01:00:00Z'))).toEqual([]);
  });
});
