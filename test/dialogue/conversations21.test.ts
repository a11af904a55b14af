/**
 * Conversations found failing in blind sets 110, 112, 114 and 115 and in trying the forms as a user would, each in
 * our own words: a step passed over takes its "no preference" value and a later plain answer replaces it, a wrong
 * number for another step is said to be wrong, a date put right in the same message is the one meant, and English
 * consent, thanks and deletion said in mixed language are understood.
 */
import { describe, expect, it } from 'vitest';
import { extractWhen } from '../../src/dialogue/extract.ts';
import { replyText, talk } from '../helpers.ts';

/** Monday 30 November 2026, 10:00 in Jingzhou. */
const MONDAY = Date.parse('2026-11-30T10:00:00+08:00');

const localDay = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);

describe('booking: steps passed over and answered later', () => {
  it('"好的，谢谢您。那我选周三下午那个时间" while the mode is asked gives the time; it is no mere thanks', async () => {
    const u = talk('c21-thanks-time');
    expect(await u.say('我想约个辅导员 聊聊回老家开民宿')).toContain('线上还是线下');
    const reply = await u.say('好的，谢谢您。那我选周三下午那个时间，可以吗？');
    expect(reply).not.toContain('不客气');
    expect(reply).toContain('请选一个时间');
    expect(u.values().mode).toBe('any');
  });

  it('the county passed over for the phone is any county; "信息都对的 确认预约" keeps the time chosen before the change', async () => {
    const u = talk('c21-county-passed');
    await u.say('我想约个辅导员 聊聊回老家开民宿');
    await u.say('周三下午');
    await u.say('第一个');
    const chosen = u.values().slot!;
    expect(await u.say('线下吧，我想当面请教。')).toContain('哪个县市区');
    const after = await u.say('我的手机是15927346810，麻烦您了。');
    expect(after).not.toContain('哪个县市区');
    expect(u.values().county).toBe('any');
    expect(after).toContain('请选一个时间');
    const kept = await u.say('信息都对的，确认预约，非常感谢！');
    expect(kept).toContain('时间不变');
    expect(kept).toContain('确认预约吗');
    expect(u.values().slot?.start).toBe(chosen.start);
  });

  it('"随便" for the mode, then "线上" at the time list: the plain answer replaces no preference', async () => {
    const u = talk('c21-any-then-online');
    await u.say('约个创业到师 要快 我想回公安开个烘焙店');
    await u.say('随便 最早的那个');
    expect(u.values().mode).toBe('any');
    await u.say('线上 我人在深圳');
    expect(u.values().mode).toBe('online');
    expect(u.step()).toBe('slot');
  });

  it('a 12-digit number at the time list is said to be a wrong mobile number; "对 确认 快点" takes the first time', async () => {
    const u = talk('c21-wrong-phone');
    await u.say('约个导师 聊下开网店');
    await u.say('线上');
    const wrong = await u.say('138712345678');
    expect(wrong).toContain('11位');
    expect(wrong).toContain('12位');
    expect(wrong).not.toContain('帮不上忙');
    const first = await u.say('对 确认 快点');
    expect(first).toContain('就约第一个时间');
  });

  it('"哦 2月冇得30号 那就3月2号上午" while the mode is asked is the time, 2 March, not a question about phone numbers', async () => {
    const u = talk('c21-date-put-right');
    await u.say('我要约导师 聊下贷款的事 我回来想开个早餐店');
    await u.say('融资贷款');
    const reply = await u.say('哦 2月冇得30号 那就3月2号上午');
    expect(reply).not.toContain('8514460');
    expect(localDay(u.values().when!.from!)).toBe('2027-03-02');
  });

  it('"算了 就在这约吧 明天" after asking for a hotline stays in the booking', async () => {
    const u = talk('c21-stays');
    await u.say('想约个导师聊聊种植');
    await u.say('有热线不 我直接打');
    const reply = await u.say('算了 就在这约吧 明天');
    expect(reply).not.toContain('已取消');
    expect(u.open()).toBe(true);
  });
});

describe('booking and its management, said loosely', () => {
  it('"约导师的话 是哪个部门在管" asks who runs it (市人社局), it books nothing', async () => {
    const u = talk('c21-who-runs');
    const turn = await u.turn('约导师的话 是哪个部门在管');
    expect(turn.intent).toBe('contact.ask');
    expect(replyText(turn)).toContain('人社局');
    expect(u.open()).toBe(false);
  });

  it('"好的，那麻烦预约下周的线下时间" and "能约个专人当面讲吗" start a booking', async () => {
    for (const [user, text] of [
      ['c21-book-time', '好的，那麻烦预约下周的线下时间，哪天都可以。'],
      ['c21-book-person', '我想咨询回乡办营业执照的事，能约个专人当面讲吗？'],
    ] as const) {
      const turn = await talk(user).turn(text);
      expect(turn.intent).toBe('consult.book');
    }
  });

  it('"第二个时间" and "本来是线下的 改成线上视频" with no form open are about the booking, not task 2 or our contacts', async () => {
    const u = talk('c21-manage');
    const second = await u.turn('第二个时间');
    expect(second.intent).toBe('consult.manage');
    expect(replyText(second)).not.toContain('任务2');
    const changed = await u.turn('还有 本来是线下的 改成线上视频');
    expect(changed.intent).toBe('consult.manage');
  });

  it('"那具体金额找谁问" after the subsidies names the subsidies\' units, not only the office', async () => {
    const u = talk('c21-whom');
    await u.say('一次性创业补贴多少钱');
    const reply = await u.say('那具体金额找谁问');
    expect(reply).toContain('市人社局、市农业农村局');
    const en = talk('c21-whom-en');
    await en.say('how much is the one-time startup subsidy');
    expect(await en.say('Who do I ask for the exact amount then?')).toContain('(市人社局)');
  });
});

describe('events asked and notices wanted in one message', () => {
  it('"端午…有冇楚商的活动啊 … 有的话提前通知我" answers the festival arrangement, then subscribes', async () => {
    const reply = await talk('c21-events-subscribe').say('端午我要回荆州 这段时间有冇楚商的活动啊 我在深圳做五金 有的话提前通知我');
    expect(reply).toContain('黄金时期');
    expect(reply).toContain('订阅成功');
    expect(reply.indexOf('黄金时期')).toBeLessThan(reply.indexOf('订阅成功'));
  });

  it('in English the festival arrangement comes before the events on record, and survives the subscription', async () => {
    const reply = await talk('c21-events-en').say(
      'What events could I attend if I come back for the Mid-Autumn Festival? And please put me on your event notification list.',
    );
    // (The arrangement's events, the festival receptions, lead: what one can attend.)
    expect(reply).toContain('Investment promotion at major festivals');
    expect(reply).toContain('New Year receptions (团拜会)');
    expect(reply).toContain('Subscribed');
  });
});

describe('English and mixed-language wording', () => {
  it('"…use my China number instead: 135…. And yes, I consent." answers the consent; "If I agree, who sees my data?" does not', async () => {
    const u = talk('c21-consent-en');
    await u.say("I'd like to register an investment intention: a cold storage plant in Honghu, roughly 50 million RMB.");
    const reply = await u.say('Wait, actually use my China number instead: 13507164422. And yes, I consent.');
    expect(reply).not.toContain('Do you agree?');
    expect(u.values().phone).toBe('13507164422');
    const v = talk('c21-consent-question');
    await v.say("I'd like to register an investment intention");
    expect(await v.say('If I agree, who sees my data?')).toContain('Do you agree?');
  });

  it.each([
    ['cheers, really helpful', 'greet'],
    ['and 把我的电话号码也 delete 掉', 'privacy.delete'],
    ['Hi 我上周 booked 一个 mentor session, 忘了是哪天 can you check?', 'consult.manage'],
    ['sign me up for one of those expert sessions pls, in person in Jingzhou city', 'consult.book'],
    ['有没有 hotline to raise issues directly?', 'contact.ask'],
  ])('"%s" is %s', async (text, intent) => {
    expect((await talk(`c21-en-${text.length}`).turn(text)).intent).toBe(intent);
  });

  it('"What subsidys are there…" (a typo) is answered with the subsidies, not refused', async () => {
    const reply = await talk('c21-subsidys').say(
      'Planning to go back to Jianli and open my own place. What subsidys are there for returnees?',
    );
    expect(reply).toContain('吸纳就业补贴');
    expect(reply).not.toMatch(/do not say this/);
  });
});

describe('a date put right in the same message', () => {
  it.each([
    ['哦 2月冇得30号 那就3月2号上午', '2027-03-02', 'morning'],
    ['明天上午 还是下午吧', '2026-12-01', 'afternoon'],
    ['周三不行 那就周四下午', '2026-12-03', 'afternoon'],
  ])('"%s" is %s, %s', (text, day, part) => {
    const when = extractWhen(text, MONDAY)!;
    expect(localDay(when.from!)).toBe(day);
    expect(when.partOfDay).toBe(part);
  });

  it('"2月30号行不行" alone is still no date', () => {
    expect(extractWhen('2月30号行不行', MONDAY)?.invalid).toBe('impossible');
  });
});

describe('difficult users and staff, said their way', () => {
  it.each([
    ['我上个月在你们这登记过投资意向 你们到底存了我哪些信息', 'privacy.delete'],
    ['我都冇注册 咋老收到你们返乡创业的推送 你们从哪搞到我信息的', 'privacy.delete'],
    ['And delete whatever you have stored on me.', 'privacy.delete'],
    ['你们手上有楚商名单吧 发我看看我们商会的哪些人在你们这登记了', 'out_of_scope'],
    ['把联席会议各成员单位联络员的名字和手机号都发我', 'contact.ask'],
    ['行吧 我去问问招商中心', 'greet'],
    ['我是江陵县招商局的 有个楚商在苏州做电池 想回江陵投资 能不能在你们这登记一下线索', 'lead.register'],
  ])('"%s" is %s', async (text, intent) => {
    expect((await talk(`c21-hard-${text.length}`).turn(text)).intent).toBe(intent);
  });

  it('"约了个创业导师 到现在都没人联系我" with no booking here is looked into by staff, not answered with "no bookings"', async () => {
    const reply = await talk('c21-hard-nobody').turn('上礼拜约了个创业导师 到现在都没人联系我 你们这个预约是摆设吧');
    expect(reply.intent).toBe('handoff.human');
    expect(replyText(reply)).toContain('查不到您约的记录');
    expect(replyText(reply)).toMatch(/工单 T\d+/);
  });

  it('"删干净了就行 拜拜" after a deletion is a goodbye, not another deletion offer', async () => {
    const u = talk('c21-deleted-bye');
    await u.say('把我的信息全部删掉 电话 公司名 一个都不要留');
    expect(await u.say('对 确认 删吧')).toContain('已删除');
    const bye = await u.turn('删干净了就行 拜拜');
    expect(bye.intent).toBe('greet');
    expect(replyText(bye)).not.toContain('确认删除吗');
  });

  it('asked in English from Ningbo about Mid-Autumn events, the festival arrangement is answered, not only the stations away', async () => {
    const reply = await talk('c21-ningbo').say(
      'I run a packaging firm in Ningbo, family is from Honghu. Any Chushang events I could join around Mid-Autumn?',
    );
    expect(reply).toContain('Investment promotion at major festivals');
    expect(reply).toContain('New Year receptions (团拜会)');
  });
});

describe('topics switched, corrected and asked again (set 118)', () => {
  it.each([
    ['你先帮我记个投资意向 想做跨境电商仓', 'lead.register'],
    ['好 让他们来找我 帮我登记下', 'lead.register'],
    ['行 我想找人当面细聊 约个时间', 'consult.book'],
    ['还是约吧 主题就是贷款条件 下周哪天都行', 'consult.book'],
  ])('"%s" is %s', async (text, intent) => {
    expect((await talk(`c21-switch-${text.length}`).turn(text)).intent).toBe(intent);
  });

  it('"具体补百分之几" after the factory subsidies says the plan gives no ratio, and who decides; it is not refused', async () => {
    const u = talk('c21-ratio');
    await u.say('回荆州创业有么补贴');
    await u.say('租厂房能补不 买设备呢');
    const reply = await u.say('具体补百分之几');
    expect(reply).not.toContain('帮不上忙');
    expect(reply).toContain('结合实际');
  });

  it('"要几天能批下来" after the loans is about their approval, not the joint meeting\'s inspections', async () => {
    const u = talk('c21-approval');
    await u.say('我想贷点款扩大规模 有么产品');
    expect(await u.say('要几天能批下来')).toContain('电子化审批');
  });

  it('"那注册成公司了呢" after the partnership loan is the small-business ceiling (500万元)', async () => {
    const u = talk('c21-company');
    await u.say('我们三个人合伙开厂 想贷款');
    await u.say('合伙的能贷好多');
    expect(await u.say('那注册成公司了呢')).toContain('500万元');
  });

  it('"sorry I meant - is there a hotline for investors, not the target" moves to the hotline', async () => {
    const u = talk('c21-meant');
    await u.say("What's the investment target this year");
    const reply = await u.say('sorry I meant - is there a hotline for investors, not the target');
    expect(reply).toContain('Yihaotong');
  });

  it('"Can you answer in English? my Chinese reading is a bit rusty" answers the last question again, in English', async () => {
    const u = talk('c21-switch-en');
    await u.say('我想和两个同学合伙开个设计工作室 贴息贷款能贷多少');
    const reply = await u.say('Can you answer in English? my Chinese reading is a bit rusty');
    expect(reply).toContain('4 million yuan');
    expect(reply).not.toContain('cannot help');
  });

  it('"what decides 10 or 20?" after the parks\' funding is what it depends on', async () => {
    const u = talk('c21-decides');
    await u.say('Can a co-working space in Shabei be a city-level business street?');
    await u.say('how much funding if approved');
    expect(await u.say('what decides 10 or 20?')).toContain('scale of the businesses');
  });
});

describe('off the plan, and said so (set 120)', () => {
  it.each([
    '我社保在深圳交了六年 回荆州能转过来不',
    '养老保险交满15年能领好多',
    '荆州沙市机场有直飞深圳的航班冇',
    '现在LPR是好多',
    '宜昌有冇类似的清单 你晓得不',
    '宜昌也有这个联席会议吗 他们多久开',
    '国家今年对返乡创业出了么新政策 给我讲讲',
    '我妈在石首住院 石首人民医院能异地结算不',
  ])('"%s" is out of scope', async (text) => {
    expect((await talk(`c21-off-${text.length}`).turn(text)).intent).toBe('out_of_scope');
  });

  it.each(['社会保险补贴好多', '坐飞机高铁有没有优待', '回来参加楚商大会 机票能报销不'])('"%s" stays ours', async (text) => {
    expect((await talk(`c21-ours-${text.length}`).turn(text)).intent).not.toBe('out_of_scope');
  });
});

describe('booking: questions and changes said at the wrong step (set 112)', () => {
  it('"你们这个太麻烦了 直接叫个人打我电话" at the phone step hands over to staff', async () => {
    const u = talk('c21-person');
    await u.say('约个导师聊电商');
    await u.say('线上');
    await u.say('第一个');
    const turn = await u.turn('你们这个太麻烦了 直接叫个人打我电话');
    expect(turn.intent).toBe('handoff.human');
  });

  it('"企业贷款最多能给好多 我听说有个中行的" during a loans booking is answered (5000万元), not "没看懂"', async () => {
    const u = talk('c21-loan-aside');
    await u.say('我在温州做鞋厂 想回公安县开个分厂 先约个导师问问贷款的事');
    const reply = await u.say('企业贷款最多能给好多 我听说有个中行的');
    expect(reply).toContain('5000万元');
    expect(reply).not.toContain('没看懂');
  });

  it('"那还是约线上的吧，周末可以吗？" changes the way to meet and keeps the weekend', async () => {
    const u = talk('c21-online-weekend');
    await u.say('您好，我人在东莞，能不能线下约一位导师？荆州那边我暂时回不去。');
    const reply = await u.say('那还是约线上的吧，周末可以吗？');
    expect(reply).toContain('已改');
    expect(u.values().mode).toBe('online');
    expect(u.values().when?.from).toBeDefined();
  });

  it('"顺便还想搞个农家乐让人来玩 要用地 咋弄" asks about land, it asks for no person', async () => {
    const turn = await talk('c21-farm-stay').turn('顺便还想搞个农家乐让人来玩 要用地 咋弄');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('集体建设用地');
  });
});

describe('worries, language and notices narrowed by kind', () => {
  it('"你们招商的人会不会天天打电话烦我" in the registration is answered with how the number is used, and the form goes on', async () => {
    const u = talk('c21-harass');
    await u.say('在苏州开五金厂 荆州沙市人 想回去建个分厂 投个两三千万 你们记一下');
    await u.say('可以 同意');
    const turn = await u.turn('等下 你们招商的人会不会天天打电话烦我');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('经您同意才保存');
    expect(replyText(turn)).toContain('继续刚才的登记');
  });

  it('"Actually, can we continue in English? My boss is reading along." re-answers in English', async () => {
    const u = talk('c21-boss');
    await u.say('贴息贷款最多多少');
    const reply = await u.say('Actually, can we continue in English? My boss is reading along.');
    expect(reply).toContain('300,000 yuan');
  });

  it('"只要小龙虾节的 别的莫发" narrows to festivals, saying the event falls under that kind; "武汉办的推介活动才推" narrows to Wuhan', async () => {
    const u = talk('c21-kind');
    await u.say('以后有活动都发我');
    const kind = await u.turn('只要小龙虾节的 别的莫发');
    expect(kind.intent).toBe('notice.subscribe');
    expect(replyText(kind)).toContain('节日类活动通知');
    expect(replyText(kind)).toContain('小龙虾节归在"节日"类');
    const place = await u.say('我说漏了 是在武汉办的推介活动才推');
    expect(place).toContain('武汉地区');
  });
});

describe('what falls to a member unit (set 110)', () => {
  it('"我是农业农村局的 … 有我们局的是哪几项" lists the task rows and articles naming 市农业农村局, read from the entries', async () => {
    const reply = await talk('c21-duties').say('我是农业农村局的 任务清单13项里面 有我们局的是哪几项');
    expect(reply).toContain('市农业农村局列为负责单位');
    expect(reply).toMatch(/第[^项]*11[^项]*项/);
    expect(reply).toContain('多举措构建用地保障支撑');
  });

  it('"市教育局的 两个方案里我们局要干哪些活" lists its articles; a question about figures from a unit is still answered', async () => {
    expect(await talk('c21-duties-edu').say('市教育局的 两个方案里我们局要干哪些活')).toContain('强化精准服务');
    const figures = await talk('c21-duties-figures').say('我是市人社局的 我们局今年要培训好多人');
    expect(figures).not.toContain('列为负责单位');
    expect(figures).toContain('人次');
  });
});

describe('sceptics asking their way (set 114)', () => {
  it('"有冇得银行和政府坐一起的那种会" is the loans article\'s 政银企对接会, and "一年开几次" its count', async () => {
    const u = talk('c21-bank-meeting');
    await u.say('中行那个稳岗的贷款呢 企业最多好多');
    const meeting = await u.say('有冇得银行和政府坐一起的那种会 我去当面问');
    expect(meeting).toContain('政银企对接会');
    expect(meeting).not.toContain('节日');
    expect(await u.say('一年开几次')).toContain('不少于1次');
  });

  it('"联席会义是干么的" (a typo), then "这个会是一直都在 还是过阵子就散了" is its dissolution', async () => {
    const u = talk('c21-dissolve');
    expect(await u.say('联席会义是干么的 开会开会 又是开会')).toContain('联席会议');
    expect(await u.say('这个会是一直都在 还是过阵子就散了')).toContain('撤销');
  });
});
