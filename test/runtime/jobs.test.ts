import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, scheduleSessionPruning } from '../../src/runtime/jobs.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { makeApp } from '../helpers.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('nightly pruning of abandoned dialogues', () => {
  it('forgets a form left for more than 7 days, with its recent turns, and keeps newer dialogues', async () => {
    let t = Date.parse('2030-05-01T10:00:00+08:00');
    const now = () => new Date(t);
    const app = makeApp({ now });
    const say = (user: string, text: string) => app.core.handle({ platform: 'wechat', userId: user, chatId: user, chatType: 'direct', text, time: now() });

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
