/**
 * Issue 13: the forms as people really fill them in — everything said at once, answers wrapped in filler, corrections
 * at any point and on the summary, numbers where a name or a city was asked, questions on the side, leaving in any
 * words. Each reported case goes through the core with a real SQLite file.
 */
import { describe, expect, it } from 'vitest';
import { makeApp, replyText, say } from '../helpers.ts';

function talk(user: string) {
  const app = makeApp();
  return {
    app,
    say: async (text: string) => replyText(await say(app, text, user)),
    turn: (text: string) => say(app, text, user),
    values: () => (app.sessions.load(`test:${user}`).form?.values ?? {}) as Record<string, unknown>,
  };
}

describe('lead: what was said is never asked again', () => {
  it('a merchant giving everything in the first message is asked only consent and to confirm', async () => {
    const u = talk('m1');
    await u.say(
      '我叫何建国 老家洪湖的 现在在上海 公司是上海洪发服饰有限公司 想回洪湖开个服装加工厂 投资大概五千万 电话13900001111 请帮我登记',
    );
    // Only what was not said is asked: the land or support wanted.
    expect(await u.say('同意')).toMatch(/^项目需要多少用地或厂房/);
    const summary = await u.say('跳过');
    expect(summary).toContain('信息无误就提交吗');
    expect(summary).toContain('称呼:何建国');
    expect(summary).toContain('公司:上海洪发服饰有限公司');
    expect(summary).toContain('老家:洪湖市');
    expect(summary).toContain('规模:约5000万元');
    expect(summary).toContain('139****1111');
    expect(summary).not.toContain('13900001111');
    expect(await u.say('确认')).toMatch(/登记成功/);
    expect(u.app.leads.list()[0]).toMatchObject({ name: '何建国', company: '上海洪发服饰有限公司', phone: '13900001111', amountWan: 5000 });
  });

  it('a phone sent when the name was asked is the phone; the project is the project, not "投资"', async () => {
    const u = talk('m2');
    await u.say('我想回洪湖老家投资 开个小龙虾加工厂 大概两个亿');
    await u.say('同意');
    await u.say('张三');
    const next = await u.say('13900001111');
    expect(next).not.toContain('手机号');
    expect(u.values()).toMatchObject({ name: '张三', phone: '13900001111' });
    expect(u.values().city).toBeUndefined();
    expect(String(u.values().project)).toContain('小龙虾加工厂');
  });

  it('filler around an answer is not kept: "我刚才说了啊 何建国"', async () => {
    const u = talk('m3');
    await u.say('我想登记回乡投资意向');
    await u.say('同意');
    await u.say('我刚才说了啊 何建国');
    expect(u.values().name).toBe('何建国');
  });

  it('a phone typed inside the company answer goes to the phone, and the company keeps only its name', async () => {
    const u = talk('m4');
    await u.say('我想登记回乡投资意向');
    await u.say('同意');
    await u.say('何建国');
    for (let i = 0; i < 4 && !String((await u.turn('跳过')).messages.at(-1)?.text).includes('公司'); i++);
    await u.say('洪发服饰有限公司 电话13900001111');
    expect(u.values()).toMatchObject({ company: '洪发服饰有限公司', phone: '13900001111' });
  });

  it('corrections on the summary: "称呼不对 是何建国", "电话改成13900002222", "改一下金额" asks it again', async () => {
    const u = talk('m5');
    await u.say('我叫何先生 老家监利 现在在武汉 公司叫楚天建材 做建材的 想回去办个厂 要20亩地 投资五百万 电话13900001111 帮我登记');
    expect(await u.say('同意')).toContain('信息无误就提交吗');
    expect(await u.say('称呼不对 是何建国')).toContain('称呼:何建国');
    expect(await u.say('电话改成13900002222')).toContain('139****2222');
    expect(await u.say('改一下金额')).toContain('投资规模');
    expect(await u.say('八百万')).toContain('规模:约800万元');
  });

  it('a question on the side is answered and the form goes on where it was', async () => {
    const u = talk('m6');
    await u.say('我想登记回乡投资意向');
    await u.say('同意');
    const aside = await u.say('问一下 招商大使有么待遇');
    expect(aside).toContain('招商大使');
    expect(aside).toContain('继续刚才的登记');
    expect(aside).toContain('怎么称呼您');
  });

  it('"先不弄了" leaves and nothing is stored', async () => {
    const u = talk('m7');
    await u.say('我叫何建国 想回洪湖投资 帮我登记');
    await u.say('同意');
    expect(await u.say('先不弄了')).toContain('没有保存');
    expect(u.app.leads.list()).toEqual([]);
    expect(u.app.sessions.load('test:m7').form).toBeUndefined();
  });
});

describe('booking: people, not the happy path', () => {
  it('"那算了 不约了 我下次再说" leaves the booking form', async () => {
    const u = talk('b1');
    await u.say('帮我约个导师');
    expect(await u.say('那算了 不约了 我下次再说')).toContain('已取消这次预约填写');
    expect(u.app.sessions.load('test:b1').form).toBeUndefined();
  });

  it('a topic that fits several specialties is asked between them; 小龙虾馆子 is 餐饮', async () => {
    const u = talk('b2');
    const asked = await u.say('想约个导师 办个服装厂 要贷款');
    expect(asked).toMatch(/1\. 制造\n2\. 融资贷款/);
    await u.say('1');
    expect(u.values().specialty).toBe('制造');
    const v = talk('b3');
    await v.say('想约个导师 我开了个小龙虾馆子');
    expect(v.values().specialty).toBe('餐饮');
  });

  it('"等哈 先问一下 进园区场租水电能减免不" in the middle of a booking is answered, then the booking goes on', async () => {
    const u = talk('b4');
    await u.say('想约个导师 搞电商直播');
    const aside = await u.say('等哈 先问一下 进园区场租水电能减免不');
    expect(aside).toMatch(/场租|减免/);
    expect(aside).toContain('继续刚才的预约');
    expect(u.values().specialty).toBe('电商直播');
  });

  it('a phone given with the topic is not asked again', async () => {
    const u = talk('b5');
    await u.say('约个导师 搞电商 线上 电话13900001111');
    expect(u.values()).toMatchObject({ specialty: '电商直播', mode: 'online', phone: '13900001111' });
  });
});

describe('notice: questions on the side', () => {
  it('an operator composing a notice can ask a question at the audience step and go on', async () => {
    const u = talk('n1');
    const code = u.app.staff.invite('admin', '管理员', null, new Date());
    await u.say(`/bind ${code}`);
    await u.say('/notice');
    await u.say('12月12日楚商恳谈会在沙市举行,欢迎参加。');
    const aside = await u.say('问一下 联席会议多久开一次');
    expect(aside).toContain('每半年');
    expect(aside).toContain('继续刚才的通知');
    expect(aside).toContain('发给谁');
  });
});

describe('booking: leaving a move', () => {
  it('"算了 还是帮我取消掉" while moving a booking asks to confirm cancelling that booking', async () => {
    const u = talk('mv1');
    await u.say('约个导师 搞电商 线上');
    await u.say('1');
    await u.say('不留电话');
    const booked = await u.say('确认');
    const ref = /编号 (YY\d+)/.exec(booked)?.[1];
    expect(ref).toBeDefined();
    await u.say(`改期 ${ref}`);
    expect(u.app.sessions.load('test:mv1').form?.kind).toBe('booking');
    const reply = await u.say('算了 还是帮我取消掉');
    expect(reply).toContain(`确认取消`);
    expect(reply).toContain(ref!);
    expect(u.app.sessions.load('test:mv1').form).toBeUndefined();
    expect(u.app.booking.bookings.byRef(ref!)?.status).not.toBe('cancelled');
  });
});

describe('forms: consent, thanks and questions about the registration', () => {
  it('"对 信息冇错 确认" at the consent notice is consent; "好的 谢谢" is never a miss; "哪个单位跟我对接" is answered from the form', async () => {
    const u = talk('c1');
    await u.say('我要登记投资意向 我叫刘国庆 在长沙做新能源电池的 荆州江陵人 想回去投一个5个亿的项目 电话13807161234');
    expect(await u.say('对 信息冇错 确认')).not.toContain('没看懂');
    expect(u.values().consented).toBe(true);
    const about = await u.say('登记了以后是哪个单位跟我对接');
    expect(about).toContain('江陵县的招商部门');
    for (let i = 0; i < 4; i++) expect(await u.say('好的 谢谢')).not.toContain('先结束了');
  });
});

describe('forms: answers given out of turn', () => {
  it('"电话就不留了 在这里说" while the time is asked skips the phone; "第二个时间" picks the second slot', async () => {
    const u = talk('o1');
    await u.say('想约个导师 聊聊养殖 线上');
    expect(await u.say('电话就不留了 在这里说')).toContain('请选一个时间');
    expect(u.values().phone).toBeNull();
    const summary = await u.say('第二个时间');
    expect(summary).toContain('确认预约吗');
    expect(summary).toContain('在本平台联系');
  });

  it('"好的 等你们电话" in the lead form is neither an answer nor a miss', async () => {
    const u = talk('o2');
    await u.say('我想登记投资意向');
    await u.say('同意');
    const reply = await u.say('好的 等你们电话');
    expect(reply).toContain('怎么称呼您');
    expect(reply).not.toContain('没看懂');
    expect(u.values().name).toBeUndefined();
  });
});
