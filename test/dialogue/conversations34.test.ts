/**
 * Conversations of the thirty-second session, in our own words: where to raise problems is a question, not a request
 * for a person; a number that no one answers, said in English; the units of the topic asked about, after "which
 * departments"; English counts of thousands.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('raising problems and numbers no one answers', () => {
  it('"is there somewhere … can raise issues regularly?" asks where, and opens no ticket', async () => {
    for (const [user, text] of [
      ['c34-raise-en', 'Is there somewhere returned entrepreneurs can raise issues regularly?'],
      ['c34-raise-zh', '有没有地方可以定期反映问题'],
    ] as const) {
      const turn = await talk(user).turn(text);
      expect(turn.intent, text).toBe('policy.ask');
      expect(replyText(turn), text).toContain('回乡企业家联络中心');
      expect(replyText(turn), text).not.toMatch(/工单|ticket/);
    }
    // Wanting to raise one now is still a request for a person.
    expect((await talk('c34-raise-now').turn('我要反映问题')).intent).toBe('handoff.human');
  });

  it('"He tried calling the hotline 3 times and noone picks up!!" hands over; "what if nobody answers?" does not', async () => {
    const turn = await talk('c34-noone').turn('He tried calling the hotline 3 times and noone picks up!!');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).toContain('ticket');
    const asked = await talk('c34-what-if').turn('what if nobody answers the phone?');
    expect(asked.intent).not.toBe('handoff.human');
    expect(replyText(asked)).not.toContain('ticket');
  });
});

describe('units of the topic asked about', () => {
  it('"which departments handle that?" after housing and healthcare names those two units first', async () => {
    const u = talk('c34-units');
    await u.turn('Does the city help families with housing and healthcare?');
    const turn = await u.turn('which departments handle that?');
    expect(turn.intent).toBe('contact.ask');
    const units = replyText(turn).split('Responsible:')[1]!.split('\n')[0]!;
    expect(units).toContain('市卫健委');
    expect(units).toContain('市住房和城市更新局');
  });
});

describe('English counts of thousands', () => {
  it('are written with their comma', async () => {
    const turn = await talk('c34-thousands').turn('How many people will get agricultural talent training under the task list?');
    expect(replyText(turn)).toContain('2,000 ');
    expect(replyText(turn)).not.toMatch(/\b2000 or more/);
  });
});

describe('notices: questions about them, and switching them on in passing', () => {
  it('"你们会不会天天发 我怕烦" right after subscribing is answered, and the subscription stays', async () => {
    const u = talk('c34-often');
    await u.turn('有活动了推给我 只要石首的就行');
    const turn = await u.turn('等一下 你们会不会天天发 我怕烦');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('不是每天固定推送');
    expect(replyText(turn)).toContain('您已订阅');
    expect(replyText(turn)).not.toContain('已退订');
    // A pension paid monthly is no question about notices.
    expect((await talk('c34-pension').turn('宜昌城乡居民养老保险一个月发好多')).intent).toBe('out_of_scope');
  });

  it('"还是订吧" after calling it off subscribes; "全部都不要了" after stopping stops them again', async () => {
    const u = talk('c34-after-all');
    await u.turn('有活动推给我');
    await u.turn('算了不订了 取消');
    const again = await u.turn('还是订吧 市里的大活动也要');
    expect(again.intent).toBe('notice.subscribe');
    expect(replyText(again)).toContain('订阅成功');
    const w = talk('c34-none');
    await w.turn('你们天天给我推活动 烦死了');
    const none = await w.turn('全部都不要了');
    expect(none.intent).toBe('notice.unsubscribe');
  });

  it('"清明话家乡那种还是可以发" from someone not subscribed subscribes to festival events', async () => {
    const turn = await talk('c34-kind').turn('等一下 清明话家乡那种还是可以发');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('节日类活动通知');
  });

  it('"帮我约个导师 活动通知也顺便给我开了" subscribes and starts the booking', async () => {
    const turn = await talk('c34-both').turn('帮我约个导师 活动通知也顺便给我开了');
    expect(replyText(turn)).toContain('订阅成功');
    expect(replyText(turn)).toContain('想请导师在哪方面帮您');
  });
});

describe('forms filled in badly', () => {
  it('"算了 重来 项目是做预制菜" in a registration starts it over and keeps the project, nothing is cancelled', async () => {
    const u = talk('c34-restart');
    await u.turn('想登记个投资意向');
    const turn = await u.turn('算了 重来 项目是做预制菜 荆州鱼糕那种');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('重新开始');
    expect(replyText(turn)).not.toContain('已取消');
    await u.turn('五百万上下');
    await u.turn('同意');
    const rest = [await u.turn('黄先生'), await u.turn('监利'), await u.turn('东莞'), await u.turn('跳过')];
    expect(rest.every((t) => t.intent === 'lead.register')).toBe(true);
  });

  it('"想回荆州重新开始" in a story at a form step restarts nothing', async () => {
    const u = talk('c34-story');
    await u.turn('想登记个投资意向');
    await u.turn('同意');
    const turn = await u.turn('我在东莞亏了 想回荆州重新开始 叫我老黄');
    expect(replyText(turn)).not.toContain('重新开始,之前填的都不算');
  });

  it('a day gone ("昨天下午") is said to be past at any step of a booking; the step asked stays', async () => {
    const u = talk('c34-past');
    await u.turn('帮我约个导师');
    const turn = await u.turn('昨天下午');
    expect(replyText(turn)).toContain('已经过去了');
    expect(replyText(turn)).toContain('想请导师在哪方面帮您');
  });

  it('a name given to a booking is answered (none is needed) and no miss counts; an 11-digit non-mobile says why', async () => {
    const u = talk('c34-name');
    await u.turn('帮我约个导师');
    await u.turn('电商直播');
    await u.turn('线上');
    for (const text of ['名字 👍', '张敏', '我叫张敏']) {
      const turn = await u.turn(text);
      expect(replyText(turn), text).toContain('预约不用留姓名');
      expect(turn.intent, text).toBe('consult.book');
    }
    // A name in a longer message tells something else too: no such line.
    expect(replyText(await talk('c34-story-name').turn('帮我约个导师'))).toContain('想请导师');
    const w = talk('c34-story-name2');
    await w.turn('帮我约个导师');
    expect(replyText(await w.turn('我是老王 在沙市开了个网店 想搞电商直播'))).not.toContain('预约不用留姓名');
    const wrong = await u.turn('电话就 12345678901');
    expect(replyText(wrong)).toContain('手机号以13到19开头');
    // The form is still open: the three names and the wrong number cost nothing.
    expect(replyText(await u.turn('1'))).toMatch(/电话|确认/);
  });
});

describe('privacy and people, read right', () => {
  it('"对了 约完你们会留我哪些信息" in a booking lists what is kept; no deletion is offered', async () => {
    const u = talk('c34-kept');
    await u.turn('帮我约个导师');
    const turn = await u.turn('对了 约完你们会留我哪些信息');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).not.toContain('确认删除');
    expect(replyText(turn)).toContain('想请导师在哪方面帮您');
  });

  it('"朋友说荆州在搞楚商信息库 是么回事" asks about the library; a friend\'s hearsay is no request for their data', async () => {
    const turn = await talk('c34-hearsay').turn('你好 我在福州做电子元器件 朋友说荆州在搞楚商信息库 是么回事');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('2239');
  });

  it("a friend's number with 12 digits given at the consent question is said to be wrong, not refused as others' data", async () => {
    const u = talk('c34-friend');
    await u.turn('有个朋友在长沙做新能源电池 想回松滋投资 我帮他登记下');
    const turn = await u.turn('联系人我朋友 姓黄 电话187123456789');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('这个号码不对');
    expect(replyText(turn)).not.toContain('他人的个人信息');
  });

  it('"姓林 电话13806091234 同意你们联系我" at the consent question consents; no ticket is opened', async () => {
    const u = talk('c34-consent');
    await u.turn('想回荆州投个厂 帮我登记一下');
    const turn = await u.turn('姓林 电话13806091234 同意你们联系我');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).not.toContain('工单');
  });

  it('"不同意 我不想接你们电话 发微信行不" is told the phone is not required; nothing is kept yet', async () => {
    const u = talk('c34-wechat');
    await u.turn('那我登记一下 想回洪湖投个电子厂 大约一个亿');
    const turn = await u.turn('不同意 我不想接你们电话 发微信行不');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('不是必须的');
  });

  it('"我前天约的导师到现在都没人联系我" with no booking here hands over to staff', async () => {
    const turn = await talk('c34-nobody').turn('我前天约的导师到现在都没人联系我 搞么事啊');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).toContain('查不到您约的记录');
  });

  it('"我想跟负责这块的人当面聊 帮我安排个人" asks for staff, not a mentor', async () => {
    const turn = await talk('c34-staff').turn('我想跟负责这块的人当面聊 帮我安排个人');
    expect(turn.intent).toBe('handoff.human');
  });

  it('"算了还是莫发我个人了 … 取消吧" stops notices (it had subscribed)', async () => {
    const u = talk('c34-stop');
    await u.turn('有活动推给我');
    const turn = await u.turn('算了还是莫发我个人了 群里的人自己关注了公众号 取消吧');
    expect(turn.intent).toBe('notice.unsubscribe');
    expect(replyText(turn)).toContain('已退订');
  });

  it('"有冇那种打一个电话就能对接的专线" asks about the line; nothing is registered', async () => {
    const turn = await talk('c34-line').turn('回荆州投资有冇那种打一个电话就能对接的专线');
    expect(turn.intent).not.toBe('lead.register');
    expect(replyText(turn)).toContain('一号通');
  });
});

describe('pinyin typed for Chinese', () => {
  it('a question wholly in pinyin is answered from its terms, not refused as English', async () => {
    const turn = await talk('c34-pinyin').turn('fan xiang chuang ye you shen me bu tie');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('一次性创业补贴');
    const loans = await talk('c34-pinyin-loan').turn('wo xiang wen dai kuan');
    expect(replyText(loans)).toContain('30万元');
  });

  it('"wo yao yu yue dao shi" books a mentor', async () => {
    const turn = await talk('c34-pinyin-book').turn('wo yao yu yue dao shi');
    expect(turn.intent).toBe('consult.book');
  });

  it('a pinyin term inside English ("the Chushang lianluozhan") is that term', async () => {
    const u = talk('c34-pinyin-en');
    await u.turn('What perks do investment ambassadors get?');
    const turn = await u.turn('Danke! one more: where is the Chushang lianluozhan in Germany?');
    expect(replyText(turn)).toContain('liaison station');
    // An English sentence is still English ("he can go" spells pinyin, but names no term).
    expect((await talk('c34-english').turn('Can you tell me how the loans work?')).intent).toBe('policy.ask');
  });
});

describe('what a story says is not a request', () => {
  it('"想去推推我的店" is promoting one\'s shop, not notices pushed', async () => {
    const turn = await talk('c34-shop').turn('我在监利开了个小龙虾馆子 县里搞不搞小龙虾节 想去推推我的店🦞');
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).not.toContain('订阅成功');
  });

  it('"要不要房产证抵押 我在荆州还冇买房" asks about collateral, it is not a housing question refused', async () => {
    const turn = await talk('c34-collateral').turn('要不要房产证抵押 我在荆州还冇买房😅');
    expect(turn.intent).toBe('policy.ask');
  });

  it('"会不会记我的电话号码 存了些么信息" asks what is kept: answered, no number given out', async () => {
    const turn = await talk('c34-records').turn('你们这个机器人会不会记我的电话号码 存了些么信息');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).not.toContain('确认删除');
    expect(replyText(turn)).toContain('这样使用');
  });
});

describe('English typed fast', () => {
  it('"how bout for 2 ppl partnering" after a loan question gives the partnership figure', async () => {
    const u = talk('c34-partnering');
    await u.turn('hey whats the max govt loan for a small biz');
    const turn = await u.turn('how bout for 2 ppl partnering');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('4 million yuan');
  });
});

describe('pinyin with tones, inside English, and Taiwan words', () => {
  it('"dai4 kuan3 zui4 duo1 duo1 shao3" is read without its tone digits', async () => {
    const turn = await talk('c34-tones').turn('dai4 kuan3 zui4 duo1 duo1 shao3');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('30万元');
  });

  it('"I want info about dai kuan" is about the loans, in English', async () => {
    const turn = await talk('c34-dai-kuan').turn('I want info about dai kuan');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('300,000 yuan');
  });

  it('"請問有沒有創業補助" (Taiwan\'s word for a subsidy) gets the subsidies', async () => {
    const turn = await talk('c34-taiwan').turn('請問有沒有創業補助');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('一次性创业补贴');
  });
});

describe('a detail of the events just shown', () => {
  it('"能带家属去吗", "还有位置不" after the events on record: not on record, said so, with how to sign up', async () => {
    const u = talk('c34-events');
    await u.turn('下个月有么活动');
    for (const text of ['能带家属去吗', '活动要钱不', '还有位置不']) {
      const turn = await u.turn(text);
      expect(turn.intent, text).toBe('event.ask');
      expect(replyText(turn), text).toContain('活动表里没有写明');
      expect(replyText(turn), text).toContain('近期活动');
    }
    const signup = await u.turn('在哪里报名');
    expect(signup.intent).toBe('event.ask');
    expect(replyText(signup)).toContain('报名');
  });

  it('an event named after them is asked of itself ("古城论坛呢 我能去不")', async () => {
    const u = talk('c34-forum');
    await u.turn('下个月有么活动');
    const turn = await u.turn('古城论坛呢 我能去不');
    expect(replyText(turn)).toContain('古城论坛');
  });
});

describe('a detail of the events just shown, in English', () => {
  it('"can I bring my wife?" after the events: not on record, said so', async () => {
    const u = talk('c34-events-en');
    await u.turn('Any events coming up?');
    const turn = await u.turn('can I bring my wife?');
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).toContain('do not say whether you may bring others');
  });
});

describe("older people's words", () => {
  it('"年纪大了 政府还帮不帮" and "伢儿想回来喂猪" ask about support, not refused', async () => {
    for (const [user, text] of [
      ['c34-old', '年纪大了 政府还帮不帮'],
      ['c34-pigs', '伢儿想回来喂猪 政府给么事好处'],
    ] as const) {
      const turn = await talk(user).turn(text);
      expect(turn.intent, text).toBe('policy.ask');
      expect(replyText(turn), text).toContain('一次性创业补贴');
    }
  });
});

describe('a figure heard elsewhere, in the first message', () => {
  it('"听说个人能贷50万 是真的吗" is told the plan has no such figure, without saying it back, then the plan\'s words', async () => {
    const turn = await talk('c34-heard').turn('听说个人能贷50万 是真的吗');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('文件里没有您听到的这个数');
    expect(replyText(turn)).toContain('30万元');
    expect(replyText(turn)).not.toContain('50万');
  });
});

describe('chambers of commerce organising trips home', () => {
  it('"我们商会想组织20个老板回荆州考察 能接待不" registers the visit for the investment offices', async () => {
    const turn = await talk('c34-visit').turn('我们商会想组织20个老板回荆州考察 能接待不');
    expect(turn.intent).toBe('lead.register');
  });

  it('"异地商会年会市里会派人来不" asks of the plan\'s events; no ticket is opened', async () => {
    const turn = await talk('c34-annual').turn('异地商会年会市里会派人来不');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('异地荆州商会年会');
    expect(replyText(turn)).not.toContain('工单');
  });
});

describe('voice input with no punctuation', () => {
  it('two questions joined by "然后还有" are both answered', async () => {
    const turn = await talk('c34-voice').turn('我想问一下那个返乡创业的带款能带多少然后还有那个园区的房租能不能减免');
    expect(replyText(turn)).toContain('30万元');
    expect(replyText(turn)).toContain('场租、水电减免');
  });
});

describe('one level asked, one level answered', () => {
  it('"市里一年搞几场" gives the city\'s count only; "县里" the counties\'; neither, both', async () => {
    const city = replyText(await talk('c34-city').turn('市里一年搞几场楚商回乡招商活动'));
    expect(city).toContain('4场次');
    expect(city).not.toContain('6场次');
    const county = replyText(await talk('c34-county').turn('县里一年搞几场楚商回乡招商活动'));
    expect(county).toContain('6场次');
    expect(county).not.toContain('4场次');
    const both = replyText(await talk('c34-both-levels').turn('楚商回乡招商活动一年搞几场'));
    expect(both).toContain('4场次');
    expect(both).toContain('6场次');
  });
});
