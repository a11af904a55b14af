/**
 * Conversations of the thirtieth session, in our own words: dialect "stop sending", corrections that name what was
 * meant without "我是问", a slip owned up to, a mobile number typed in groups at the consent question, and story
 * words that must not choose the topic.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('stopping notices, in dialect', () => {
  it.each(['是我儿子帮我弄的 我不看手机 莫发哒', '好 这下晓得哒 以后活动消息莫发给我哒 我看不过来', '你们是不是一直给我发消息 我都冇订过'])(
    '"%s" unsubscribes, never subscribes',
    async (text) => {
      const u = talk(`c32-stop-${text.length}`);
      await u.turn('订阅活动通知');
      const turn = await u.turn(text);
      expect(turn.intent).toBe('notice.unsubscribe');
      expect(replyText(turn)).toContain('已退订');
    },
  );
});

describe('corrections', () => {
  it('"不是第三条 我看错了 第六条" goes to row 6, not a doubt of row 3', async () => {
    const u = talk('c32-row');
    await u.turn('那个工作任务清单第一条是么事');
    await u.turn('第三条呢');
    const reply = replyText(await u.turn('不是第三条 我看错了 第六条'));
    expect(reply).toContain('任务6');
    expect(reply).toContain('50个楚商联络站');
    expect(reply).not.toContain('以文件原文为准');
  });

  it('"我搞错了 不是问惠农 我是想问…贷款余额 要增加好多" answers what was meant', async () => {
    const u = talk('c32-meant');
    await u.turn('惠农项目资金 我们返乡的能不能争取');
    const reply = replyText(await u.turn('我搞错了 不是问惠农 我是想问新型农业经营主体贷款余额 要增加好多'));
    expect(reply).toContain('10%');
  });

  it('"不是这个 我要问联席会议办公室设在哪个单位" names 市人社局, not a list to choose from', async () => {
    const u = talk('c32-office');
    await u.turn('联席会议多久开一次全体会');
    const reply = replyText(await u.turn('不是这个 我要问联席会议办公室设在哪个单位'));
    expect(reply).toContain('市人社局');
    expect(reply).not.toContain('请回复数字');
  });
});

describe('forms', () => {
  it('a mobile number typed in groups at the consent question is kept for the form, not read as asking for a phone', async () => {
    const u = talk('c32-gate');
    await u.turn('我想登记个项目 帮我儿子 他在深圳做电商 想回江陵搞个仓储');
    const turn = await u.turn('他姓黄 他的电话我要问一下 先写我的 136 2716 0098');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).not.toContain('8514460');
    expect(replyText(turn)).toContain('同意登记吗');
  });

  it('"随便哪个 第一个吧" picks the first choice of the booking form, not a question', async () => {
    const u = talk('c32-any');
    await u.turn('我想约个创业的老师');
    const turn = await u.turn('随便哪个 第一个吧');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('线上还是线下');
  });

  it('"问一哈养黄鳝的事" gives the mentor’s field (farming) without asking it', async () => {
    const reply = replyText(await talk('c32-eel').turn('我想约个创业的老师 问一哈养黄鳝的事'));
    expect(reply).toContain('线上还是线下');
  });
});

describe('understanding', () => {
  it('a story of a hairdresser coming home does not pick the loans: "有冇得培训" gets training', async () => {
    const reply = replyText(await talk('c32-train').turn('我在深圳学了五年美发 想回石首开个小美发店 你们有冇得培训'));
    expect(reply).toContain('培训');
    expect(reply).not.toContain('30万元');
  });

  it('"十几亩藕田 种不动哒 想租给别个" is about letting contracted land, the land article', async () => {
    const reply = replyText(await talk('c32-land').turn('我屋里有十几亩藕田 年纪大哒种不动哒 想租给别个 你们这个政策管不管这个事'));
    expect(reply).toMatch(/流转|出租/);
  });

  it('"要是搞砸哒亏哒 政府会不会追究我" gets the plan’s tolerance of failure', async () => {
    const reply = replyText(await talk('c32-fail').turn('要是搞砸哒亏哒 政府会不会追究我'));
    expect(reply).toContain('容错');
  });

  it.each(['你能不能帮我们窗口出个装修设计图', '帮我做个PPT介绍返乡创业政策'])('"%s" is refused as work done for them', async (text) => {
    expect((await talk(`c32-design-${text.length}`).turn(text)).intent).toBe('out_of_scope');
  });

  it.each(['你们这个会存我们联络员的手机号不', '会不会保存我的电话'])('"%s" is answered with how data is kept', async (text) => {
    const turn = await talk(`c32-store-${text.length}`).turn(text);
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('删除我的信息');
  });

  it('"好 我问问人社局" after an answer is a close, not a new question', async () => {
    const u = talk('c32-close');
    await u.turn('联席会议办公室设在哪');
    expect((await u.turn('好 我问问人社局')).intent).toBe('greet');
  });
});

describe('consent is never read from a question about it', () => {
  it('"这个同意是同意么事啊 你们会不会把我信息卖了" is answered, nothing is agreed, and the consent is asked again', async () => {
    const u = talk('c32-consent');
    await u.turn('我想登记个投资意向 在荆州城区开三家奶茶店 投八十万左右');
    const asked = await u.turn('这个同意是同意么事啊 你们会不会把我信息卖了');
    expect(asked.intent).toBe('privacy.delete');
    expect(replyText(asked)).toContain('同意登记吗');
    // Only the plain yes that follows agrees, and the form asks its first question; "同意" is no answer to any step.
    const agreed = await u.turn('那行 同意');
    expect(replyText(agreed)).not.toContain('希望支持:行 同意');
    expect(replyText(agreed)).not.toContain('同意登记吗');
  });

  it('agreeing first, then asking, agrees', async () => {
    const u = talk('c32-consent-first');
    await u.turn('我想登记个投资意向 在沙市开三家奶茶店 投八十万左右');
    expect(replyText(await u.turn('同意 你们会给谁看'))).not.toContain('同意登记吗');
  });
});

describe('the last clause picks', () => {
  it('"你给的1 2 3 我按了冇得反应 就第二个吧" picks the second choice of the form', async () => {
    const u = talk('c32-pick');
    await u.turn('我想约个导师 讲藕带加工');
    const turn = await u.turn('你给的1 2 3 我按了冇得反应 就第二个吧');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('哪个县市区');
  });
});

describe('advice the plan does not give', () => {
  it('"鸡瘟了么样治" is refused with where to ask, not answered with loans', async () => {
    const turn = await talk('c32-vet').turn('鸡瘟了么样治');
    expect(turn.intent).toBe('out_of_scope');
    expect(replyText(turn)).toContain('种植养殖');
    expect(replyText(turn)).not.toContain('30万元');
  });
});

describe('rows and corrections of the task list and the joint meeting', () => {
  it('"第3项是搞么事的" after row 1 is row 3 itself (the hotline), not the contact article', async () => {
    const u = talk('c32-row3');
    await u.turn('想核一下任务清单第1项 发布投资指引、项目目录那几个 牵头是哪几个单位');
    const reply = replyText(await u.turn('第3项是搞么事的'));
    expect(reply).toContain('任务3');
    expect(reply).toContain('一号通');
  });

  it('"哦 我其实是想问成员单位有哪些" after the meeting’s end names the member units', async () => {
    const u = talk('c32-members');
    await u.turn('联席会议会一直存在吗');
    const reply = replyText(await u.turn('哦 我其实是想问成员单位有哪些'));
    expect(reply).toContain('市委宣传部');
  });
});

describe('support in general, and the plan beside the events on record', () => {
  it('"想回沙市开个小面包店 不晓得有冇得么扶持" gets the list of support policies', async () => {
    const reply = replyText(await talk('c32-bakery').turn('你好呀 我在东莞电子厂做了十一年 今年想回沙市开个小面包店 不晓得有冇得么扶持'));
    expect(reply).toContain('返乡创业政策清单');
  });

  it('"小龙虾加工…有冇得对接的活动" lists fewer events to make room for what the plan arranges', async () => {
    const reply = replyText(await talk('c32-match').turn('我搞了个小龙虾加工的小作坊 想找楚商老板合作 有冇得对接的活动'));
    expect(reply).toContain('近期活动');
    expect(reply).toContain('文件的安排');
    expect(reply.length).toBeLessThanOrEqual(420);
  });
});

describe('who follows a registration up, asked before agreeing', () => {
  it('"登记了是哪个部门跟他联系" at the consent question is answered, then the consent is asked again', async () => {
    const u = talk('c32-who');
    await u.turn('我儿子在深圳做电商 想回江陵搞个仓储 帮他登记一下');
    const reply = replyText(await u.turn('登记了是哪个部门跟他联系'));
    expect(reply).toContain('招商部门');
    expect(reply).toContain('同意登记吗');
    expect(reply).not.toContain('8514460');
  });
});

describe('whom to contact, and the plan’s names in English', () => {
  it('"那我要联系谁报名" after the investment ambassadors names their units, not only the office', async () => {
    const u = talk('c32-ambassador');
    await u.turn('朋友推荐我做荆州的招商大使,这个是怎样选的?');
    const reply = replyText(await u.turn('那我要联系谁报名'));
    expect(reply).toContain('市招商中心');
  });

  it('an English loan answer shows 贴息贷款 beside "interest-subsidised loans"', async () => {
    const reply = replyText(await talk('c32-en-loan').turn('What kind of loans can returnees get in Jingzhou?'));
    expect(reply).toMatch(/interest-subsidi[sz]ed loans? \(贴息贷款\)/);
  });

  it('"OK noted. Btw can you recommend a good durian stall" is refused, not taken for thanks', async () => {
    expect((await talk('c32-durian').turn('OK noted. Btw can you recommend a good durian stall in Jingzhou lol')).intent).toBe(
      'out_of_scope',
    );
  });
});

describe('a question of its own while the support wanted is asked', () => {
  it('"监利今年搞不搞小龙虾节" is answered on the side, not recorded as the support wanted; "能不能帮忙贷点款" is', async () => {
    const u = talk('c32-needs');
    await u.turn('我跟老公在宁波卖了十年小龙虾 想回监利搞个虾尾加工的小作坊 大概投五十万 能不能登记一下让招商的人联系我');
    await u.turn('我姓黄 黄春梅');
    await u.turn('电话是15971623308');
    await u.turn('同意');
    const aside = await u.turn('监利今年搞不搞小龙虾节 我想回去看看');
    expect(aside.intent).toBe('event.ask');
    expect(replyText(aside)).toContain('继续刚才的登记');
    const summary = replyText(await u.turn('能不能帮忙贷点款'));
    expect(summary).toContain('希望支持:能不能帮忙贷点款');
    expect(summary).not.toContain('小龙虾节');
  });
});

describe('contacts asked in passing', () => {
  it.each([
    ['办公室在哪条街', '8514460'],
    ['邮箱再发一遍', '930208769@qq.com'],
    ["what's the investment hotline number btw", '8514460'],
    ['返乡创业有热线吗 我想打电话问', '8514460'],
  ])('"%s" is a contact question answered with the office the plan names', async (text, contact) => {
    const turn = await talk(`c32-contact-${text.length}`).turn(text);
    expect(turn.intent).toBe('contact.ask');
    expect(replyText(turn)).toContain(contact);
  });
});

describe('English rows and the office', () => {
  it('"whats task number 3" is row 3, not a telephone number the plan does not give', async () => {
    const reply = replyText(await talk('c32-en-row').turn('whats task number 3'));
    expect(reply).toContain('Task 3');
    expect(reply).not.toMatch(/does not specify a telephone number/);
  });

  it('"what is the office number" never shows an empty "Responsible:"', async () => {
    const reply = replyText(await talk('c32-en-office').turn('what is the office number'));
    expect(reply).toContain('8514460');
    expect(reply).not.toMatch(/Responsible:\s*(?:\n|$)/);
  });
});
