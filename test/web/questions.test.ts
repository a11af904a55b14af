/** The questions page: misses grouped by similarity, masked, with the nearest entry; admins only. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fromLocal } from '../../src/booking/time.ts';
import type { Miss } from '../../src/handoff/tickets.ts';
import type { WebEnv, WebRole, WebUser } from '../../src/web/env.ts';
import { groupQuestions, questionsPage } from '../../src/web/pages/questions.tsx';
import { makeApp } from '../helpers.ts';

const NOW = new Date(fromLocal(2025, 6, 15, 600));
const USERS: Record<WebRole, WebUser> = {
  admin: { person: 'p-admin', role: 'admin', name: '管理员', county: null, stationId: null, mentorId: null },
  county: { person: 'p-county', role: 'county', name: '洪湖', county: '洪湖市', stationId: null, mentorId: null },
  operator: { person: 'p-op', role: 'operator', name: '站长', county: null, stationId: 1, mentorId: null },
  mentor: { person: 'p-mentor', role: 'mentor', name: '导师', county: null, stationId: null, mentorId: 1 },
};
const miss = (question: string, daysAgo = 1, kind: Miss['kind'] = 'unanswered'): Miss => ({
  at: NOW.getTime() - daysAgo * 86_400_000,
  kind,
  question,
  sources: [],
});

describe('groupQuestions', () => {
  const app = makeApp({ now: () => NOW });

  it('puts alike questions together and a different one apart', () => {
    const groups = groupQuestions([miss('贷款最多多少'), miss('贷款最多能贷多少钱'), miss('小龙虾节在哪天')], app.analyzer);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ count: 2 });
    expect([groups[0]!.lead, ...groups[0]!.examples].sort()).toEqual(['贷款最多多少', '贷款最多能贷多少钱'].sort());
    expect(groups[1]).toMatchObject({ lead: '小龙虾节在哪天', count: 1 });
  });

  it('does not depend on the order of the questions', () => {
    const qs = [miss('贷款最多多少'), miss('小龙虾节在哪天'), miss('贷款最多能贷多少钱'), miss('贷款最多多少', 2)];
    expect(groupQuestions([...qs].reverse(), app.analyzer)).toEqual(groupQuestions(qs, app.analyzer));
  });
});

describe('questions route', () => {
  const app = makeApp({ now: () => NOW });
  app.tickets.feedback('a', 'unanswered', '贷款最多多少 我电话13912345678', [], NOW.getTime() - 86_400_000);
  app.tickets.feedback('b', 'unhelpful', '贷款最多能贷多少钱', ['policy.x'], NOW.getTime() - 2 * 86_400_000);
  app.tickets.feedback('c', 'unanswered', '小龙虾节在哪天', [], NOW.getTime() - 3 * 86_400_000);
  app.tickets.feedback('d', 'unanswered', '很久以前的问题', [], NOW.getTime() - 90 * 86_400_000);
  app.tickets.feedback('e', 'helpful', '有帮助的问题', [], NOW.getTime() - 86_400_000);
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    c.set('user', USERS[(c.req.header('x-role') ?? 'admin') as WebRole]);
    c.set('csrf', 'test');
    await next();
  });
  questionsPage.register(web, { app, now: () => NOW, publicUrl: 'http://127.0.0.1:8090' });
  const get = (path: string, role: WebRole) => web.request(path, { headers: { 'x-role': role } });

  it('refuses everyone but admins', async () => {
    for (const role of ['county', 'operator', 'mentor'] as const) {
      expect((await get('/questions', role)).status).toBe(403);
      expect((await get('/questions/entry/task.01', role)).status).toBe(403);
    }
  });

  it('lists the groups of the period with counts, masked, a chart and the nearest entry', async () => {
    const res = await get('/questions?days=30', 'admin');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('2 次');
    expect(html).toContain('小龙虾节在哪天');
    expect(html).not.toContain('13912345678');
    expect(html).not.toContain('很久以前的问题');
    expect(html).not.toContain('有帮助的问题');
    expect(html).toContain('<svg');
    expect(html).toContain('每天的问题数');
    expect(html).toMatch(/href="\/questions\/entry\/[a-z0-9.-]+"/);
    expect(await (await get('/questions?days=365', 'admin')).text()).toContain('很久以前的问题');
  });

  it('shows an entry to the editor', async () => {
    const html = await (await get('/questions/entry/task.04', 'admin')).text();
    expect(html).toContain('清明话家乡');
    expect((await get('/questions/entry/no.such', 'admin')).status).toBe(404);
  });
});
