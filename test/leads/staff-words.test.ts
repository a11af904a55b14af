/**
 * A bound staff member's plain words for their own work: "我要发个活动通知" starts a notice (before, it subscribed
 * them to notices), "看下新线索" lists leads, "L000001怎么样了" shows one. Roles are checked as for the slash commands;
 * users saying the same words are not staff and get the user's meaning.
 */
import { describe, expect, it } from 'vitest';
import { makeApp } from '../helpers.ts';
import { account, bindStaff, registerLead, refIn, seen } from './lead-helpers.ts';

describe("staff members' own words", () => {
  it('"我要发个活动通知" starts a notice for an operator, and "取消" leaves it unsent', async () => {
    const app = makeApp();
    const op = await bindStaff(app, 'operator', 'op1');
    expect(await op.ask('我要发个活动通知')).toContain('请发送通知内容');
    expect(await op.ask('取消')).toContain('通知没有发送');
    expect(app.notices.list()).toEqual([]);
    expect(app.subscriptions.get('telegram:op1')).toBeUndefined();
  });

  it('"看下新线索" lists an admin\'s leads and "L…怎么样了" shows one; an operator is told leads are not theirs', async () => {
    const app = makeApp();
    const admin = await bindStaff(app, 'admin', 'boss');
    const op = await bindStaff(app, 'operator', 'op2');
    const user = account(app, 'wx_merchant');
    const ref = refIn(seen(await registerLead(user, '我老家洪湖 想回去投资建个冷库 大概两千万 请招商部门联系我', '王先生'), 'wx_merchant'));
    expect(await admin.ask('看下新线索')).toContain(ref);
    expect(await admin.ask(`${ref}怎么样了`)).toContain(ref);
    const refused = await op.ask('看下新线索');
    expect(refused).not.toContain(ref);
  });

  it('a plain user saying "我要发个活动通知" is not made a sender of notices', async () => {
    const app = makeApp();
    const user = account(app, 'wx_plain');
    const reply = await user.ask('我要发个活动通知');
    expect(reply).not.toContain('请发送通知内容');
  });
});
