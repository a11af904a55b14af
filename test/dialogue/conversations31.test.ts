/**
 * Conversations of the twenty-ninth session, in our own words: the domain's words typed as the pinyin keyboard
 * offers them, and counts written as words in English answers.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('typos from the pinyin keyboard', () => {
  it('"导市都是些么人啊" (导师) is about the mentor scheme, not the joint meeting', async () => {
    const turn = await talk('c31-mentor').turn('导市都是些么人啊 靠谱不');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('创业导师');
  });

  it('"你们电化多少" (电话) gets the office’s number, not a refusal', async () => {
    const turn = await talk('c31-phone').turn('你们电化多少');
    expect(turn.intent).toBe('contact.ask');
    expect(replyText(turn)).toContain('8514460');
  });

  it('"补铁有好多" (补贴) is about subsidies', async () => {
    const reply = replyText(await talk('c31-subsidy').turn('返乡创业补铁有好多'));
    expect(reply).toContain('补贴');
    expect(reply).not.toMatch(/帮不上忙/);
  });

  it('"有人冇" is someone checking the line, answered as a greeting, not a clause', async () => {
    const turn = await talk('c31-anyone').turn('有人冇');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('【');
  });
});

describe('counts written as words in English answers', () => {
  it('"how many leading labour-brand companies" gets five with the plan’s 5家', async () => {
    const reply = replyText(await talk('c31-en-five').turn('How many leading labour-brand companies does Jingzhou recognise this year?'));
    expect(reply).toContain('5家');
  });
});

describe('a sum asked of the topic, and coming home to start something', () => {
  it('"认定了给好多钱" after the city-level parks gets the article’s one sum, not "the plan does not say"', async () => {
    const u = talk('c31-sum');
    await u.turn('我伢在广州搞服装 想回来进个园区 荆州有几个省级的返乡创业园区');
    await u.turn('市级的今年要认定几个');
    const reply = replyText(await u.turn('认定了给好多钱'));
    expect(reply).toContain('10~20万元');
    expect(reply).not.toContain('没有写明具体金额');
  });

  it('"想回来开个理发店 办证麻不麻烦" is a returnee’s question, answered from the plan, not refused', async () => {
    const turn = await talk('c31-barber').turn('我姑娘在广州做美发 想回来开个理发店 办证麻不麻烦');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toMatch(/帮不上忙/);
  });
});

describe('privacy-minded users', () => {
  it.each([
    ['我跟你说的话会被录下来不 有冇人看', '不录音'],
    ['Hello. Before I ask anything: is this chat logged, and who can read it?', 'nothing is recorded as audio'],
    ['先问一句 问政策要实名不', '问政策不用实名'],
    ['我这个号码除了导师还有哪些人看得到', '您的信息这样使用'],
    ['他连我名字电话都晓得 是不是从你们这漏出去的', '您的信息这样使用'],
  ])('"%s" is told what is kept and who sees it, not refused or given the office’s phone', async (text, expected) => {
    const turn = await talk(`c31-privacy-${text}`).turn(text);
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain(expected);
    expect(replyText(turn)).not.toContain('8514460');
  });

  it('"Thanks. Please wipe this conversation and anything you stored about me." asks to confirm the deletion', async () => {
    const turn = await talk('c31-wipe').turn('Thanks. Please wipe this conversation and anything you stored about me.');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('Delete everything?');
  });

  it.each(['活动消息能发给我不 不留电话的那种', '有活动提前通知我 莫打电话 发消息就行'])(
    '"%s" subscribes (a phone ruled out is no phone asked for)',
    async (text) => {
      expect((await talk(`c31-sub-${text}`).turn(text)).intent).toBe('notice.subscribe');
    },
  );

  it('notices asked by text message with one’s number given: subscribed here, and told no SMS is sent nor number kept', async () => {
    const turn = await talk('c31-sms').turn('活动通知帮我订一下 我号码15972093316 有活动发短信给我');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('不发短信');
  });

  it('"好久出" after a dated item asks when (dialect 好久 = 什么时候), not refused', async () => {
    const u = talk('c31-when');
    await u.turn('楚商回乡投资指引是么东西');
    const turn = await u.turn('好久出');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('2025年4月');
  });
});

describe('English festival questions', () => {
  it('"Any events I could go to when I’m home for Spring Festival?" names the festival events as the plan does', async () => {
    const reply = replyText(await talk('c31-en-festival').turn("Any events I could go to when I'm home for Spring Festival?"));
    expect(reply).toContain('团拜会');
    expect(reply).toContain('招商恳谈会');
  });
});

describe('parents asking for a child, and a business that ships parcels', () => {
  it('"…想回沙市开个仓库 投个五百万左右 能不能请你们招商的同志联系他" registers the project (asks consent first)', async () => {
    const turn = await talk('c31-lead').turn('我儿子在义乌搞电商 想回沙市开个仓库 投个五百万左右 能不能请你们招商的同志联系他');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('同意登记吗');
  });

  it('"想回来开个快递驿站 有补贴冇" is a business, not a parcel to track', async () => {
    const turn = await talk('c31-parcel').turn('我想回来开个快递驿站 有补贴冇');
    expect(turn.intent).toBe('policy.ask');
    expect((await talk('c31-parcel-track').turn('帮我查下快递到哪了')).intent).toBe('out_of_scope');
  });

  it('a booking a grandson made himself is looked for, and the grandparent told it shows in his own account', async () => {
    const turn = await talk('c31-grandson').turn('我孙伢在广东打工 上个月在你们这里约了个导师 到现在冇得人跟他联系');
    expect(turn.intent).toBe('consult.manage');
    expect(replyText(turn)).toContain('请他本人发"我的预约"');
  });
});

describe('a phone nobody answers', () => {
  it('"打了好几天电话都冇人接 你们到底管不管" gets a person; a policy question ending "到底管不管" is answered', async () => {
    expect((await talk('c31-nobody').turn('打了好几天电话都冇人接 你们到底管不管')).intent).toBe('handoff.human');
    const turn = await talk('c31-land').turn('我想回江陵搞个钓虾的农家乐 村里说冇得地 跟我踢皮球 你们政府到底管不管');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('集体建设用地');
  });
});

describe('a parent deleting a son’s number', () => {
  it('"你们存了他么东西啊" while the deletion waits is told what is kept; "全部删掉" then asks to confirm, "确认" deletes', async () => {
    const u = talk('c31-son');
    await u.turn('上回我在你们这里留了他的电话 他现在说不想让你们存 能删掉不');
    const asked = await u.turn('你们存了他么东西啊');
    expect(asked.intent).toBe('privacy.delete');
    expect(replyText(asked)).toContain('您的信息这样使用');
    expect(replyText(await u.turn('全部删掉'))).toContain('确认删除吗');
    const done = await u.turn('确认');
    expect(done.intent).toBe('privacy.delete');
    expect(replyText(done)).toContain('已删除');
  });
});

describe('English follow-ups said after a story', () => {
  it('"He only finished middle school tho, will they still take him?" after training is about training', async () => {
    const u = talk('c31-en-training');
    await u.turn('My husband is from Jianli and wants to start a crayfish farm. Does the city offer any business training?');
    const reply = replyText(await u.turn('He only finished middle school tho, will they still take him?'));
    expect(reply).toContain('entrepreneurship training');
    expect(reply).not.toContain('inspection');
  });
});

describe('English: whom to deal with', () => {
  it('"Which office at city level handles investment promotion — who should my team deal with?" asks whom to contact', async () => {
    const turn = await talk('c31-en-office').turn(
      'Which office at city level handles investment promotion — who should my team deal with?',
    );
    expect(turn.intent).toBe('contact.ask');
  });
});

describe('the consent question is not ended by details given before it is answered', () => {
  it('details and a foreign number before "agree" keep the question open (nothing stored), and "agree" goes on', async () => {
    const u = talk('c31-gate');
    await u.turn(
      "Hi, I'm in Toronto. I want to invest in a small tea processing factory in Songzi. About 5 million yuan. Can someone follow up?",
    );
    for (const text of ['Tea processing, mostly green tea', 'oh wait, correction, its 8 million not 5', 'Jason Liu', '+1 416 555 0199']) {
      const turn = await u.turn(text);
      expect(turn.intent).toBe('lead.register');
      expect(replyText(turn)).not.toMatch(/registration has ended/);
    }
    const agreed = await u.turn('agree');
    expect(agreed.intent).toBe('lead.register');
    expect(replyText(agreed)).toMatch(/How should we address you/);
  });
});

describe('English courtesies', () => {
  it.each(['great thanks mate', 'peace ✌️', 'ok cool, got it', 'maybe later'])(
    '"%s" is a courtesy, not a clause or a refusal',
    async (text) => {
      const turn = await talk(`c31-courtesy-${text}`).turn(text);
      expect(turn.intent).toBe('greet');
      expect(replyText(turn)).not.toMatch(/\[|cannot help|帮不上忙/);
    },
  );

  it('"peace ✌️" and "maybe later" are answered as leave-taking, not with the menu', async () => {
    expect(replyText(await talk('c31-peace').turn('peace ✌️'))).toMatch(/再见|Goodbye/);
    expect(replyText(await talk('c31-later').turn('maybe later'))).toMatch(/不着急|No hurry/);
  });
});
