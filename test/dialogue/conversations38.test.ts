/**
 * Conversations of the thirty-sixth session, in our own words.
 */
import { describe, expect, it } from 'vitest';
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
