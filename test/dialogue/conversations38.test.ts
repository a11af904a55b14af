/**
 * Conversations of the thirty-sixth session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/booking/when.ts';
import { choicesOf, replyText, talk } from '../helpers.ts';

describe('the user asks after their own bookings in few words', () => {
  it.each(['我约了哪些', '我预约了几个', '我现在有冇预约', '我有预约吗'])('"%s" lists the bookings, it is not refused', async (text) => {
    const turn = await talk(`c38-mine-${text}`).turn(text);
    expect(turn.intent).toBe('consult.manage');
    expect(replyText(turn)).toContain('您目前没有待进行的预约');
  });

  it('"我约了哪些" in the middle of a booking says there is none yet and goes on with the form', async () => {
    const u = talk('c38-mine-form');
    await u.turn('我想约个导师');
    await u.turn('1');
    const turn = await u.turn('我约了哪些');
    expect(replyText(turn)).toContain('您目前没有待进行的预约');
    expect(replyText(turn)).toContain('继续刚才的预约');
  });
});

describe('everyday words for idle buildings', () => {
  it('"村里有空房子能用来搞加工不" is the land article\'s idle property, not a list of choices', async () => {
    const turn = await talk('c38-empty-house').turn('村里有空房子能用来搞加工不');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('闲置房产');
    expect(replyText(turn)).not.toContain('请回复数字');
  });
});

describe('how a consultation is held', () => {
  it.each(['导师可以线上聊吗', '能不能视频咨询导师', 'mentor 可以 online 聊吗'])(
    '"%s": our booking offers online or in person',
    async (text) => {
      const turn = await talk(`c38-online-${text}`).turn(text);
      expect(replyText(turn)).toContain('线上(电话或视频)');
      expect(replyText(turn)).not.toContain('没有写明能否线上办理');
    },
  );

  it('"贷款能线上申请吗" is still the loan article\'s honest "no online entry given"', async () => {
    const turn = await talk('c38-online-loan').turn('贷款能线上申请吗');
    expect(replyText(turn)).toContain('文件没有写明申请网址或线上入口');
  });
});

describe("deleting someone else's details", () => {
  it.each([
    ['帮我老公把他的资料删掉', '不能删别人的'],
    ['我爸不想在名单里 把他的信息删了', '不能删别人的'],
    ['he dont want be in list. delete him', "not another person's"],
    ["please delete my father's data", "not another person's"],
  ])('"%s" is refused, and the sender\'s own data is not offered for deletion in its place', async (text, said) => {
    const u = talk(`c38-other-${text}`);
    const turn = await u.turn(text);
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain(said);
    // (Pressing a leftover "确认删除" must not find an offer waiting.)
    expect(choicesOf(turn)).toHaveLength(0);
    expect(replyText(await u.turn('确认'))).not.toContain('已删除');
  });

  it.each(['之前我在你们这里留了我妈的电话 删掉', '我帮我爸登记的那个项目 删掉'])(
    '"%s": what the sender left about family is theirs, offered for deletion',
    async (text) => {
      const turn = await talk(`c38-left-${text}`).turn(text);
      expect(replyText(turn)).toContain('确认删除吗');
    },
  );

  it('"确认" right after offers the sender\'s own deletion, said to be theirs, and deletes only on a second yes', async () => {
    const u = talk('c38-other-then-yes');
    await u.turn('帮我老公把他的资料删掉');
    const offer = await u.turn('确认');
    expect(offer.intent).toBe('privacy.delete');
    expect(replyText(offer)).toMatch(/^别人的信息我删不了,能删的只有您本人的。将删除您在本服务留下的全部个人信息/);
    expect(replyText(await u.turn('确认'))).toContain('已删除');
  });

  it("with a registration open, family details typed into it are the sender's: the deletion is offered", async () => {
    const u = talk('c38-other-in-form');
    await u.turn('帮我登记个投资意向');
    expect(replyText(await u.turn('算了 把我爸的信息删掉'))).toContain('确认删除吗');
  });

  it('"删除我的信息" still offers the deletion of one\'s own', async () => {
    const turn = await talk('c38-own').turn('删除我的信息');
    expect(replyText(turn)).toContain('确认删除吗');
  });

  it('"yes delete all, confirm" after other requests asks for the deletion again, it is not refused', async () => {
    const u = talk('c38-delete-all');
    await u.turn('delete my data');
    await u.turn('the booking also cancel it');
    const turn = await u.turn('yes delete all, confirm');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('Delete everything?');
  });
});

describe('hellos and thanks in other languages', () => {
  it.each(['oi good morning', 'salam', 'privet', 'xin chao', 'namaste'])('"%s" is greeted in English', async (text) => {
    const turn = await talk(`c38-hello-${text}`).turn(text);
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toMatch(/^Hello!/);
  });

  it.each(['spasibo', 'terima kasih', 'cam on'])('"%s" is thanks', async (text) => {
    const turn = await talk(`c38-thanks-${text}`).turn(text);
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toContain("You're welcome");
  });
});

describe('broken English and pinyin from partners abroad', () => {
  it('"zhaoshang dashi" is 招商大使 typed in pinyin, not a slip for "daoshi" (mentor)', async () => {
    const reply = await talk('c38-dashi').say('my friend become zhaoshang dashi. what is that');
    expect(reply).toContain('Investment ambassadors');
    expect(reply).not.toContain('mentor');
  });

  it('"how much lone i can get" is the loans', async () => {
    expect(await talk('c38-lone').say('how much lone i can get')).toContain('300,000 yuan');
  });

  it.each(['this 8514460 is what office', 'whose number is 8514460'])('"%s" names the joint-meeting office', async (text) => {
    const turn = await talk(`c38-whose-${text}`).turn(text);
    expect(turn.intent).toBe('contact.ask');
    expect(replyText(turn)).toContain('joint-meeting office');
  });

  it('"ok give me person now" hands over to staff', async () => {
    expect((await talk('c38-person').turn('ok give me person now')).intent).toBe('handoff.human');
  });

  it('"if my bussiness fail, goverment punish me?" is the fault-tolerance point, not the notice\'s date', async () => {
    const reply = await talk('c38-fail').say('if my bussiness fail, goverment punish me or take back money?');
    expect(reply).toContain('创业容错机制');
    expect(reply).not.toContain('29 March 2025 (2025年3月29日)');
  });

  it('"创业失败了怎么办" puts the fault tolerance first; "我之前创业失败过 还能申请贷款吗" stays with the loans', async () => {
    expect(await talk('c38-fail-zh').say('创业失败了怎么办')).toMatch(/^【[^】]+】\n· 通知第一点要求探索创业容错机制/);
    expect(await talk('c38-fail-loan').say('我之前创业失败过 还能申请贷款吗')).toContain('30万元');
  });
});

describe('a subscription changed in few words, right after notices were talked about', () => {
  it('one place swapped for another ("不对 荆州区不要 换成沙市"), what is left asked ("还剩么", "现在订的是哪几个")', async () => {
    const u = talk('c38-swap');
    await u.turn('订阅下 纪南的');
    await u.turn('荆州区也订');
    const swapped = await u.turn('不对 荆州区不要 换成沙市');
    expect(swapped.intent).toBe('notice.unsubscribe');
    expect(replyText(swapped)).toContain('已去掉荆州区,加上沙市区');
    expect(await u.say('现在订的是哪几个')).toContain('纪南文旅区、沙市区和全市的活动通知');
    await u.turn('沙市的不要了');
    expect(await u.say('还剩么')).toContain('已经订上了:以后有纪南文旅区和全市的活动通知');
  });

  it('"帮我换成松滋", "地方选江陵", "订全市的" after subscribing change the places; "荆州区那个就取消" when not kept widens nothing', async () => {
    const u = talk('c38-places');
    await u.turn('订阅活动通知');
    expect(await u.say('帮我换成松滋')).toContain('松滋市和全市的活动通知');
    const notKept = await u.turn('荆州区那个就取消');
    expect(replyText(notKept)).toContain('您订的没有荆州区,不用去掉');
    expect(await u.say('地方选江陵')).toContain('江陵县和全市的活动通知');
    expect(await u.say('订全市的')).toContain('全部活动通知');
    expect(await u.say('一个月推几次啊')).toContain('不是每天固定推送');
  });

  it('"还是原来那个 洪湖" right after unsubscribing subscribes to 洪湖 again', async () => {
    const u = talk('c38-again');
    await u.turn('订阅活动通知');
    await u.turn('退订');
    const turn = await u.turn('还是原来那个 洪湖');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('洪湖市和全市的活动通知');
  });

  it('"前段时间我退订了 现在想重新订" subscribes; "先退了吧 以后需要再订" stops them', async () => {
    expect((await talk('c38-resub').turn('前段时间我退订了 现在想重新订')).intent).toBe('notice.subscribe');
    expect((await talk('c38-later').turn('先退了吧 以后需要再订')).intent).toBe('notice.unsubscribe');
  });

  it('"我之前订的是荆州区的活动通知对吧" is about notices, not a booking', async () => {
    expect((await talk('c38-mine-notices').turn('我之前订的是荆州区的活动通知对吧')).intent).toBe('notice.subscribe');
  });

  it('"帮我订一下沙市、荆州区、江陵三个地方的活动通知" subscribes to the three', async () => {
    const reply = await talk('c38-three').say('帮我订一下沙市、荆州区、江陵三个地方的活动通知');
    expect(reply).toContain('沙市区、荆州区、江陵县和全市的活动通知');
  });

  it('a kind taken off is stopping its notices; every kind taken off ends the subscription', async () => {
    const u = talk('c38-kind-off');
    await u.turn('订阅活动通知');
    const off = await u.turn('培训的不要了');
    expect(off.intent).toBe('notice.unsubscribe');
    expect(replyText(off)).toContain('已去掉创业培训类');
    const v = talk('c38-kind-last');
    await v.turn('只要培训的');
    expect(await v.say('培训的也不要了')).toContain('您订的类别都去掉了,就退订了');
    expect(v.app.subscriptions.get(v.app.identities.personOf({ platform: 'test', userId: 'c38-kind-last' }))?.active ?? false).toBe(false);
  });
});

describe('notices: more said in few words', () => {
  it('"events in Jingzhou Development Zone", then "also Honghu": both kept, named in English', async () => {
    const u = talk('c38-zone-en');
    expect(await u.say('Please send me notifications for events in Jingzhou Development Zone')).toContain(
      'event notices for Jingzhou Development Zone and city-wide ones',
    );
    expect(await u.say('also Honghu')).toContain('Honghu added: event notices for Jingzhou Development Zone and Honghu');
  });

  it('"对 确认" and "全部" right after notices were stopped are the stopping, not refused', async () => {
    const u = talk('c38-stop-yes');
    await u.turn('你们天天给我发通知 烦死了');
    expect((await u.turn('对 确认')).intent).toBe('notice.unsubscribe');
    const v = talk('c38-stop-all');
    await v.turn('我已经回来了 那些推介会的通知都不用发了');
    expect((await v.turn('全部')).intent).toBe('notice.unsubscribe');
  });

  it('"OK 我订好了吧" tells the subscription; "就这一个哈 别的莫发" confirms what is kept', async () => {
    const u = talk('c38-done');
    await u.turn('那有消息通知我 全市的都行');
    expect(await u.say('OK 我订好了吧')).toContain('已经订上了');
    const v = talk('c38-only-this');
    await v.turn('那创业培训的通知还是给我发吧 沙市的');
    expect(await v.say('就这一个哈 别的莫发')).toBe('好的,只发沙市区和全市的创业培训类活动通知,别的不发。不想收了,回复"退订"即可。');
  });

  it('"江陵最近有培训冇" after a subscription asks about events: the next training on record, nothing changed', async () => {
    const u = talk('c38-ask-events');
    await u.turn('只要培训的');
    const turn = await u.turn('江陵最近有培训冇');
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).toContain('返乡创业训练营');
    expect(replyText(turn)).not.toContain('推介会(上海)');
  });
});

describe('answers to a booking form as people type them', () => {
  it('"就第一个嘛" picks the first; "the last one" picks the last', async () => {
    const u = talk('c38-pick-zh');
    await u.turn('我想约个导师');
    await u.turn('1');
    expect(await u.say('就第一个嘛')).toContain('请选一个时间');
    const v = talk('c38-pick-en');
    await v.turn('book a mentor');
    await v.turn('1');
    expect(await v.say('the last one')).toContain('Pick a time');
  });

  it('"下个月的有没有" and "下个月5号" are read as next month (in January when said in December)', () => {
    const december = Date.parse('2026-12-04T10:00:00+08:00');
    const month = parseWhen('下个月的有没有', december)!;
    expect(new Date(month.from!).toISOString()).toBe(new Date('2027-01-01T00:00:00+08:00').toISOString());
    expect(new Date(month.until!).toISOString()).toBe(new Date('2027-01-31T00:00:00+08:00').toISOString());
    expect(new Date(parseWhen('下个月5号', december)!.from!).toISOString()).toBe(new Date('2027-01-05T00:00:00+08:00').toISOString());
    const thisMonth = parseWhen('这个月还有吗', december)!;
    expect(new Date(thisMonth.until!).toISOString()).toBe(new Date('2026-12-31T00:00:00+08:00').toISOString());
  });

  it('"家庭农场流转土地有补贴吧" in the middle of a booking is answered, and the booking goes on', async () => {
    const u = talk('c38-tag-question');
    await u.turn('我想约个导师');
    await u.turn('1');
    await u.turn('1');
    const reply = await u.say('家庭农场流转土地有补贴吧');
    expect(reply).toContain('流转土地的可给予一定补贴');
    expect(reply).toContain('继续刚才的预约');
  });

  it('"同意你们用这个号码联系我" is no question about contacts', async () => {
    const u = talk('c38-consent-words');
    await u.turn('我想约个导师');
    const turn = await u.turn('同意你们用这个号码联系我');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).not.toContain('8514460');
  });
});

describe('older users, and a number left while waiting for staff', () => {
  it('"好 留我的电话 131…" while a hand-off is open goes to the staff, not to the plan\'s reporting phone', async () => {
    const u = talk('c38-leave-number');
    await u.turn('莫绕了 给我找个人');
    const turn = await u.turn('好 留我的电话 13100002222');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).toContain('您刚才说的也已转给工作人员');
    expect(replyText(turn)).not.toContain('信息报送');
  });

  it.each(['好 我跟他港', '好 谢谢提醒'])('"%s" after an answer closes politely', async (text) => {
    const u = talk(`c38-close-${text}`);
    await u.turn('贷款最多多少');
    expect((await u.turn(text)).intent).toBe('greet');
  });

  it('"回来以后看病方不方便 政府管不管" from an investor coming back is the 精准服务 point; "医保怎么报销" is refused', async () => {
    const reply = await talk('c38-care').say('我在深圳搞电子厂 老家荆州区的 年纪大了想把一部分产能搬回去 回来以后看病方不方便 政府管不管');
    expect(reply).toContain('子女义务教育、医疗、住房');
    expect((await talk('c38-care-no').turn('医保怎么报销')).intent).toBe('out_of_scope');
  });
});

describe('words the lexicon must not hold misspelt', () => {
  it('"he think go back do bussiness" is read with the slip put right (the lexicon keeps no misspelt English)', async () => {
    const app = talk('c38-slip').app;
    const said = app.analyzer.analyze('he think go back do bussiness');
    expect(said.text).toContain('回乡创业');
  });

  it('"ok merci" and "ok good. bye" in a form are courtesies, not answers it cannot read', async () => {
    const u = talk('c38-form-courtesy');
    await u.turn('book a mentor');
    const turn = await u.turn('ok good. bye');
    expect(replyText(turn)).not.toMatch(/didn't understand/);
  });
});

describe('how soon a registration is followed up', () => {
  it('"登记以后多久有人联系我" and, mid-form, "有人联系我大概要多久": no time is set anywhere, nothing promised', async () => {
    const reply = await talk('c38-when-contacted').say('登记以后多久有人联系我');
    expect(reply).toMatch(/^文件和本服务都没有规定多久联系/);
    expect(reply).not.toMatch(/\d+\s*(?:天|个工作日|小时)内/);
    const u = talk('c38-when-contacted-form');
    await u.turn('帮我登记个投资意向');
    const mid = await u.say('有人联系我大概要多久');
    expect(mid).toContain('没有规定多久联系');
    expect(mid).toContain('继续刚才的登记');
  });
});
