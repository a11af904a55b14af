import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Notice } from '../../src/notices/notices.ts';
import { makeApp } from '../helpers.ts';

function chat(app: App, userId: string) {
  return async (text: string) => {
    const turn = await app.core.handle({ platform: 'telegram', userId, chatId: userId, chatType: 'direct', text, time: new Date() });
    return turn.messages
      .filter((m) => m.to.userId === userId)
      .map((m) => [m.text, ...(m.choices ?? []).map((c, i) => `${i + 1}. ${c.label}`)].join('\n'))
      .join('\n');
  };
}

async function setUp() {
  const app = makeApp();
  const created: Notice[] = [];
  app.onNotice = (n) => void created.push(n);
  for (const [userId, region] of [
    ['a', '上海'],
    ['b', '上海'],
    ['c', '深圳'],
    ['d', null],
  ] as const) {
    app.subscriptions.subscribe(app.identities.personOf({ platform: 'telegram', userId }), region ? { region } : {}, new Date());
  }
  const shanghai = app.stations.list().find((s) => s.city === '上海')!;
  const operator = chat(app, 'op');
  expect(await operator(`/bind ${app.staff.invite('operator', '上海站小王', shanghai.county, new Date(), shanghai.id)}`)).toContain(
    '绑定成功',
  );
  const admin = chat(app, 'boss');
  expect(await admin(`/bind ${app.staff.invite('admin', '市招商中心', null, new Date())}`)).toContain('绑定成功');
  return { app, created, operator, admin, shanghai };
}

describe('/notice in chat', () => {
  it('lets a station operator write a notice for its own audience, preview it, and send it', async () => {
    const { app, created, operator, shanghai } = await setUp();
    expect(await operator('/notice')).toContain('请发送通知内容');
    expect(await operator('本周六下午2点在上海举办楚商回乡推介会,欢迎参加。')).toContain('本站订阅用户');
    expect(await operator('1')).toContain('什么时候发');
    const preview = await operator('1');
    expect(preview).toContain('本周六下午2点在上海举办楚商回乡推介会');
    // 上海 subscribers and the one who takes everything; not 深圳's.
    expect(preview).toContain('共 3 人');
    const done = await operator('确认');
    expect(done).toMatch(/通知 #\d+ 已保存,正在发送,共 3 人/);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ stationId: shanghai.id, audience: { region: '上海' }, urgent: false });
    expect(await operator('/notices')).toContain(`#${created[0]!.id}`);
    expect(await operator(`/notice 取消 ${created[0]!.id}`)).toContain('已取消');
    expect(app.notices.get(created[0]!.id)!.status).toBe('cancelled');
  });

  it('refuses /notice to people who are not operators or admins, and an operator writing to another region', async () => {
    const { app, created, operator } = await setUp();
    const user = chat(app, 'someone');
    expect(await user('/notice')).toContain('只对已绑定的工作人员开放');
    const county = chat(app, 'cty');
    await county(`/bind ${app.staff.invite('county', '洪湖招商', '洪湖市', new Date())}`);
    expect(await county('/notice')).toContain('只有联络站运营和管理员');
    await operator('/notice');
    await operator('深圳的活动');
    expect(await operator('深圳')).toContain('什么时候发');
    expect(await operator('1')).toContain('只能给本站地区(上海)发通知');
    expect(created).toEqual([]);
  });

  it('lets an admin choose a county, schedule with cron, and answers bad times and empty audiences clearly', async () => {
    const { created, admin } = await setUp();
    await admin('/notice');
    await admin('每周一上午推送本周活动汇总');
    await admin('长三角');
    expect(await admin('定时 0 10 * * 99')).toContain('定时表达式不对');
    await admin('/notice');
    await admin('活动汇总');
    await admin('1');
    expect(await admin('2020-01-01 10:00')).toContain('已经过去了');
    await admin('/notice');
    await admin('活动汇总');
    await admin('石首');
    // Nobody narrowed to 石首, but the subscriber who takes everything gets county notices; 上海's and 深圳's do not.
    expect(await admin('定时 0 10 * * 1')).toContain('共 1 人');
    expect(await admin('1')).toContain('按"0 10 * * 1"定时发送');
    expect(created[0]).toMatchObject({ cron: '0 10 * * 1', audience: { county: '石首市' } });
    expect(await admin('/notice')).toContain('请发送通知内容');
    expect(await admin('取消')).toContain('没有发送');
  });
});
