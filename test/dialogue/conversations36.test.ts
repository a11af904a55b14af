/**
 * Conversations of the thirty-fourth session, in our own words: a figure the plan leaves open asked again, whether
 * something costs money asked in English, and a figure only one of two close articles gives.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('a figure the plan leaves open, asked again', () => {
  it('"到底奖多少钱" after the ambassadors says the plan leaves the reward open, not the labour brands\' 10万元', async () => {
    for (const [user, again] of [
      ['c36-insist', '到底奖多少钱'],
      ['c36-correct', '你没回答 我问的是多少钱'],
      ['c36-asked', '我问的是多少钱'],
    ] as const) {
      const u = talk(user);
      await u.turn('听说当招商大使引荐项目有奖励 奖多少 给个准数');
      const turn = await u.turn(again);
      expect(turn.intent, again).toBe('policy.ask');
      expect(replyText(turn), again).toMatch(/^文件没有写明招商大使奖励金额/);
      expect(replyText(turn), again).toContain('由各地给予奖励');
      expect(replyText(turn), again).not.toContain('10万元');
    }
  });

  it('a topic named besides the figure is its own question ("全市有多少创业平台" after the goals: 41个)', async () => {
    const u = talk('c36-own');
    await u.turn('荆州今年返乡创业要新增多少市场主体');
    const turn = await u.turn('全市有多少创业平台');
    expect(replyText(turn)).toContain('41个');
  });

  it("in English, the loans asked after the policy list are the loans' article", async () => {
    const u = talk('c36-en');
    await u.turn('那我回荆州创业呢 有么政策');
    const turn = await u.turn('What is the maximum loan I can get?');
    expect(replyText(turn)).toContain('300,000');
  });
});

describe('whether it costs money, asked in English', () => {
  it('"can i get cheap space in one of the startup parks" gives the parks\' rent and utilities relief', async () => {
    const turn = await talk('c36-cheap').turn('can i get cheap space in one of the startup parks');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toMatch(/^\[Business platforms\]\n• Returnee businesses that move into a business platform get reduced/);
  });

  it('"in charge" is no fee ("who is in charge of the parks" names the units)', async () => {
    const turn = await talk('c36-charge').turn('who is in charge of the parks');
    expect(replyText(turn)).not.toMatch(/does not specify whether it is charged/);
  });
});

describe('a figure only one of two close articles gives', () => {
  it('"创业担保贷款 个人最多好多" is the loans\' article with its figures, not the policy list that gives none', async () => {
    const turn = await talk('c36-count').turn('那荆州的创业担保贷款 个人最多好多');
    expect(replyText(turn)).toMatch(/^【多样化提供金融产品服务/);
    expect(replyText(turn)).toContain('30万元');
  });
});

describe('notices: kinds of events wanted, and all stopped, in a few words', () => {
  it('"招商的和创业推介的都要" right after subscribing to every kind narrows nothing', async () => {
    for (const [user, kinds] of [
      ['c36-kinds', '招商的和创业推介的都要'],
      ['c36-kinds-2', '招商活动和节日活动都要'],
      ['c36-kinds-3', '对 楚商回乡招商这类的'],
    ] as const) {
      const u = talk(user);
      await u.turn('帮我们站订阅下活动通知 有就推过来');
      const turn = await u.turn(kinds);
      expect(turn.intent, kinds).toBe('notice.subscribe');
      expect(replyText(turn), kinds).toContain('全部活动通知');
    }
  });

  it('"嗯 全部退" right after unsubscribing stops them, not a question about the plan', async () => {
    const u = talk('c36-all-out');
    await u.turn('能订个通知不 有活动就发我');
    await u.turn('算了 先退订吧');
    const turn = await u.turn('嗯 全部退');
    expect(turn.intent).toBe('notice.unsubscribe');
  });

  it('in a booking, "stop sending me event notices" stops the notices and the booking goes on', async () => {
    for (const [user, text] of [
      ['c36-stop', 'stop sending me event notices'],
      ['c36-stop-2', 'also i keep getting event notices - stop those pls'],
    ] as const) {
      const u = talk(user);
      await u.turn('I want to book a mentor');
      const turn = await u.turn(text);
      expect(turn.intent, text).toBe('notice.unsubscribe');
      expect(replyText(turn), text).toContain('— back to your booking —\nWhat would you like the mentor to help with?');
    }
  });
});

describe('when, said in dialect', () => {
  it('"好久评出来" after the special projects is when they are recognised by: the task list\'s December 2025', async () => {
    const u = talk('c36-when');
    await u.turn('今年评几个能人返乡项目');
    const turn = await u.turn('好久评出来');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('2025年12月');
  });
});

describe('English courtesies and who supervises', () => {
  it('"merci, au revoir" and "Danke, tschüss" are goodbyes, answered in English', async () => {
    for (const text of ['merci, au revoir', 'Danke, tschüss', 'ciao']) {
      const turn = await talk(`c36-bye-${text}`).turn(text);
      expect(turn.intent, text).toBe('greet');
      expect(replyText(turn), text).toMatch(/^You're welcome/);
    }
  });

  it('"Which authority supervises these finance measures?" after loans names the loans\' units', async () => {
    const u = talk('c36-authority');
    await u.turn('what loans are there');
    const turn = await u.turn('Which authority supervises these finance measures?');
    expect(turn.intent).toBe('contact.ask');
    expect(replyText(turn)).toMatch(/^\[Financial products \(returnee business loans\)\] Responsible: .*荆州金融监管分局/);
  });

  it('"which media unit is involved" is asked whom to contact', async () => {
    const u = talk('c36-media');
    await u.turn('what about documentaries');
    const turn = await u.turn('which media unit is involved');
    expect(turn.intent).toBe('contact.ask');
  });
});

describe('bookings asked for in English', () => {
  it('"I\'d like to meet a mentor. Could you arrange that?" starts the booking; the second sentence asks nothing new', async () => {
    for (const [user, text] of [
      ['c36-arrange', "I'd like to meet a mentor. could you arrange that?"],
      [
        'c36-setup',
        'I want to talk to a startup adviser about starting a citrus orchard near Songzi. Can you set that up? Video call is fine.',
      ],
    ] as const) {
      const turn = await talk(user).turn(text);
      expect(turn.intent, text).toBe('consult.book');
      expect(replyText(turn), text).not.toContain('dedicated window');
    }
  });

  it('"yes cancel it" is about the booking, never the joint meeting\'s dissolution', async () => {
    const u = talk('c36-yes-cancel');
    await u.turn('book a mentor');
    await u.turn('cancel the booking');
    const turn = await u.turn('yes cancel it');
    expect(turn.intent).toBe('consult.manage');
    expect(replyText(turn)).not.toContain('dissolved');
  });

  it('"any of those in the evening China time?" while times are offered asks of the times', async () => {
    const u = talk('c36-evening');
    await u.turn('book a mentor');
    await u.turn('1');
    await u.turn('1');
    const turn = await u.turn('any of those in the evening China time?');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('Pick a time, Beijing time');
  });
});

describe('typed in a hurry', () => {
  it('"约个cy到时 周五 3pm" books a mentor (到时 for 导师), keeping Friday afternoon', async () => {
    const u = talk('c36-hurry');
    const first = await u.turn('约个cy到时 周五 3pm');
    expect(first.intent).toBe('consult.book');
    await u.turn('1');
    const times = await u.turn('1');
    expect(replyText(times)).toMatch(/\n1\. 12月\d+日\(周五\) 1[45]:\d\d /);
  });

  it('"那个政策清单么时侯出的" (侯 for 候) and "哪天出" give the task list\'s April 2025', async () => {
    for (const [user, text] of [
      ['c36-hou', '那个政策清单么时侯出的'],
      ['c36-day', '那个政策清单哪天出'],
    ] as const) {
      const u = talk(user);
      await u.turn('返乡创业有哪些补贴');
      const turn = await u.turn(text);
      expect(replyText(turn), text).toContain('2025年4月');
    }
  });

  it('"好 等你们电话🙏" is a goodbye, with or without the emoji', async () => {
    for (const text of ['好 等你们电话🙏', '好 等你们电话']) {
      const turn = await talk(`c36-wait-${text}`).turn(text);
      expect(turn.intent, text).toBe('greet');
    }
  });
});

describe("the plan's own date, and training counted, asked in passing", () => {
  it('"when was this policy issued?" after land is the notice\'s date, not the land article again', async () => {
    for (const [user, topic, asked, date] of [
      ['c36-issued-en', 'what land support is there', 'when was this policy issued?', '29 March 2025'],
      ['c36-issued-zh', '土地有什么政策', '这个政策什么时候发的', '2025年3月29日'],
    ] as const) {
      const u = talk(user);
      await u.turn(topic);
      const turn = await u.turn(asked);
      expect(replyText(turn), asked).toContain(date);
    }
  });

  it('"how many ppl will be trained this yr" is the training task, not a refusal', async () => {
    const turn = await talk('c36-ppl').turn('how many ppl will be trained this yr');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('1,000');
  });
});

describe('English, leaving and narrowing', () => {
  it('"Danke, that\'s all for now." leaves an unfinished registration, saying nothing was saved', async () => {
    const u = talk('c36-for-now');
    await u.turn('I want to invest in a factory in Jianli');
    const turn = await u.turn("Danke, that's all for now.");
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toContain('nothing from it was saved');
  });

  it('"only investment events, not training ones" right after subscribing narrows to investment promotion', async () => {
    const u = talk('c36-only-kind');
    await u.turn('subscribe to event notices');
    const turn = await u.turn('only investment events, not training ones. possible?');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('notices of investment promotion');
    expect(replyText(turn)).not.toContain('training');
  });
});

describe('a detail of a booking, right after the bookings were looked up', () => {
  it('"在哪个地方见" and "导师是搞哪方面的" stay with the bookings, not the training article', async () => {
    for (const [user, detail] of [
      ['c36-where-meet', '在哪个地方见'],
      ['c36-which-mentor', '导师是搞哪方面的'],
    ] as const) {
      const u = talk(user);
      await u.turn('我上周约了个导师 想看下约的是几号');
      const turn = await u.turn(detail);
      expect(turn.intent, detail).toBe('consult.manage');
    }
  });

  it('with no bookings looked up, "导师是搞哪方面的" is a question about the mentors', async () => {
    const turn = await talk('c36-mentors').turn('导师是搞哪方面的');
    expect(turn.intent).toBe('policy.ask');
  });
});

describe('English words of the plan', () => {
  it('"How many role-model figures will they showcase in total?" is the task list\'s 40', async () => {
    const turn = await talk('c36-role').turn('How many role-model figures will they showcase in total?');
    expect(replyText(turn)).toContain('40');
  });

  it("the ambassadors' reward is said to be the localities', with no amount", async () => {
    const turn = await talk('c36-reward').turn('And is there a cash reward if a project lands? how much exactly?');
    expect(replyText(turn)).toMatch(/^The plan does not specify the amount\./);
    expect(replyText(turn)).toContain('rewarded by the localities');
  });
});

describe('leaving a booking in dialect', () => {
  it('"那个预约帮我撤了" while the booking waits to be confirmed calls it off', async () => {
    const u = talk('c36-che');
    await u.turn('约个导师 餐饮');
    await u.turn('1');
    await u.turn('1');
    const turn = await u.turn('不好意思 刚接到通知要出差 那个预约帮我撤了');
    expect(replyText(turn)).toMatch(/^好的,已取消这次预约填写/);
  });
});

describe('materials asked after a topic', () => {
  it('"要准备么材料" after land, loans or the ambassadors is asked of that topic, not the joint meeting\'s reporting', async () => {
    for (const [user, topic] of [
      ['c36-mat-land', '用地有啥政策'],
      ['c36-mat-loan', '创业担保贷款'],
      ['c36-mat-amb', '招商大使怎么当'],
    ] as const) {
      const u = talk(user);
      await u.turn(topic);
      const turn = await u.turn('要准备么材料');
      expect(replyText(turn), topic).toMatch(/^文件没有写明[^。]*材料/);
      expect(replyText(turn), topic).not.toContain('报送材料');
    }
  });
});

describe('what someone named in the plan does', () => {
  it('"创业联络员是做么事的" is the training article\'s mentor-adviser-liaison mechanism, not the joint meeting\'s liaison', async () => {
    const turn = await talk('c36-liaison').turn('创业联络员是做么事的');
    expect(replyText(turn)).toMatch(/^【大规模开展返乡创业培训/);
    expect(replyText(turn)).toContain('创业导师+创业辅导员+创业联络员');
  });

  it('"联络员是做么事的" alone is still the joint meeting\'s liaison', async () => {
    const turn = await talk('c36-liaison-2').turn('联络员是做么事的');
    expect(replyText(turn)).toMatch(/^【联席会议信息报送机制/);
  });
});
