/**
 * Conversations of the twenty-eighth session, in our own words: counts in English answers as the plan writes them.
 */
import { describe, expect, it } from 'vitest';
import { withChineseCounts } from '../../src/kb/answer-en.ts';
import { replyText, talk } from '../helpers.ts';

describe('counts in English answers', () => {
  it('are followed by the plan’s own writing of them, once, at their first mention', () => {
    expect(withChineseCounts('Jingzhou aims to attract 300 or more projects each year.', '每年力争引进亿元以上项目300个以上')).toBe(
      'Jingzhou aims to attract 300 (300个以上) or more projects each year.',
    );
    expect(withChineseCounts('The city holds at least 2 (two) sessions.', '市级每年至少举办2场次')).toBe(
      'The city holds at least 2 (two, 2场次) sessions.',
    );
    expect(withChineseCounts('at least one (1) boot camp a year', '全年举办创业训练营活动不少于1次')).toBe(
      'at least one (1, 不少于1次) boot camp a year',
    );
    expect(withChineseCounts('1,000 or more person-times of training', '开展创业培训1000人次以上')).toBe(
      '1,000 (1000人次以上) or more person-times of training',
    );
    // Not inside a sum, a year or a percentage; not where the plan counts the number two ways.
    expect(withChineseCounts('loans of up to 300,000 yuan in 2025', '300个')).toBe('loans of up to 300,000 yuan in 2025');
    expect(withChineseCounts('20% of 20 firms', '20家企业')).toBe('20% of 20 (20家) firms');
    expect(withChineseCounts('5 parks and 5 stations', '5个园区、5家基地')).toBe('5 parks and 5 stations');
    // Already written so, nothing is added.
    expect(withChineseCounts('2239 people (2239名)', '2239名')).toBe('2239 people (2239名)');
    // A count written as a word, 2 to 20; not "one", not a part of a sum or a compound.
    expect(withChineseCounts('Jingzhou again recognises five city-level companies.', '认定5家市级劳务品牌领军企业')).toBe(
      'Jingzhou again recognises five (5家) city-level companies.',
    );
    expect(withChineseCounts('a five-year plan of five million yuan', '5家')).toBe('a five-year plan of five million yuan');
    expect(withChineseCounts('one park per county', '1个')).toBe('one park per county');
  });

  it('an English question on the yearly project target gets the figure as the plan writes it', async () => {
    const reply = replyText(await talk('c30-en-300').turn('How many 100-million-yuan projects is the city aiming for each year?'));
    expect(reply).toContain('300 (300个以上)');
  });
});

describe('English questions about one’s data, and a greeting before a request', () => {
  it.each([
    'hi, what personal data do you keep about me?',
    'Before I give my phone - does this info only go to the investment centre? who gets to see it',
  ])('"%s" is told how data is used, not greeted or asked to confirm a deletion', async (text) => {
    const turn = await talk(`c30-data-${text}`).turn(text);
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toMatch(/How your details are used/);
  });

  it('"你们要存我们哪些信息" asks what is kept (not the talent database)', async () => {
    const turn = await talk('c30-data-zh').turn('你们要存我们哪些信息');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('您的信息这样使用');
  });

  it('"你好 我想取消订阅" stops notices; a bare "hello!" is a greeting', async () => {
    expect((await talk('c30-hi-unsub').turn('你好 我想取消订阅')).intent).toBe('notice.unsubscribe');
    expect((await talk('c30-hi').turn('hello!')).intent).toBe('greet');
  });

  it('"我打电话都没人接 I need someone real" asks for a person', async () => {
    expect((await talk('c30-real').turn('我打电话都没人接 I need someone real')).intent).toBe('handoff.human');
  });
});

describe('English follow-ups and wordings', () => {
  it('"like what kinds" after an answer is a follow-up on it, not a refusal', async () => {
    const u = talk('c30-kinds');
    await u.turn('Returnees who set up family farms, what support do they get?');
    const turn = await u.turn('like what kinds');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toMatch(/cannot help/);
  });

  it('"the main support for returnees" gets the plan’s support policies, not "the documents do not say this"', async () => {
    const reply = replyText(await talk('c30-main').turn('then just tell me the main support for returnees in Jingzhou, briefly'));
    expect(reply).toContain('Policy support');
    expect(reply).not.toMatch(/do not say this/);
  });

  it('registering a shop with the authorities opens no registration of an investment lead', async () => {
    const u = talk('c30-shop');
    const turn = await u.turn('We want to register a small shop. Is there a single window for this?');
    expect(turn.intent).toBe('policy.ask');
    expect(u.open()).toBe(false);
  });
});

describe('a registration’s consent, and numbers that are no phone of the user’s', () => {
  it('calling on the investment office oneself ("我下个月回荆州可以上门") opens no registration', async () => {
    const u = talk('c30-visit');
    const turn = await u.turn('招商中心在哪里办公 我下个月回荆州可以上门');
    expect(turn.intent).toBe('contact.ask');
    expect(u.open()).toBe(false);
  });

  it('at the consent step, asking whose number 8514460 is gets no "这个号码不对"', async () => {
    const u = talk('c30-whose');
    await u.say('我想登记投资意向');
    const reply = await u.say('8514460是哪个单位的');
    expect(reply).not.toContain('这个号码不对');
    // A mistyped mobile of one's own is still caught at the phone step.
    const { givesPhone } = await import('../../src/dialogue/extract.ts');
    expect(givesPhone('1390716')).toBe(true);
    expect(givesPhone('13907161234')).toBe(true);
    expect(givesPhone('8514460是哪个单位的')).toBe(false);
  });
});

describe('Chinese names in English answers', () => {
  it('the thing asked about is named first, in its fullest form', async () => {
    const u = talk('c30-names');
    const first = replyText(await u.turn('I saw something about a China-Nordic forum linked to 楚商回乡?'));
    expect(first).toContain('Cooperation Forum (中国-北欧经贸合作论坛)');
    const next = replyText(await u.turn('and the cherry blossom thing?'));
    expect(next).toContain('相约春天赏樱花');
  });

  it('a name goes into an English aside rather than after it', async () => {
    const reply = replyText(await talk('c30-aside').turn('If I move in do I still pay rent and utilities?'));
    expect(reply).toContain('(water and electricity; 场租、水电减免)');
  });
});

describe('a few more wordings', () => {
  it('"之前订阅了你们的活动通知 … 帮我取消吧" stops the notices, not a booking', async () => {
    const turn = await talk('c30-unsub').turn('之前订阅了你们的活动通知 现在我考上武汉的选调了 不回去了 帮我取消吧');
    expect(turn.intent).toBe('notice.unsubscribe');
  });

  it('"要得 那我等电话" waits for the call; it asks for no number', async () => {
    expect((await talk('c30-wait').turn('要得 那我等电话')).intent).toBe('greet');
  });

  it('"你们是不是把我的电话存起来了" asks about one’s data', async () => {
    const turn = await talk('c30-kept').turn('你们是不是把我的电话存起来了 最近好多推销的打过来');
    expect(turn.intent).toBe('privacy.delete');
  });

  it('"好 我考虑下 先帮我登个记" asks to be registered', async () => {
    const u = talk('c30-register');
    expect((await u.turn('好 我考虑下 先帮我登个记')).intent).toBe('lead.register');
    expect(u.open()).toBe(true);
  });
});

describe('deleting one’s details, and notices asked for in English', () => {
  it('"联系方式也一起删掉" deletes (asks to confirm); it asks for no contacts', async () => {
    const turn = await talk('c30-del-contacts').turn('联系方式也一起删掉');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('确认删除');
  });

  it('"Can I get notified when the dates are set" subscribes', async () => {
    expect((await talk('c30-notified').turn('Can I get notified when the dates are set')).intent).toBe('notice.subscribe');
  });
});

describe('the other plan named alone', () => {
  it('"返乡创业那边呢" after the Chushang plan’s goal gets the returnee plan’s goal', async () => {
    const u = talk('c30-other-plan');
    await u.turn('楚商回乡的总体目标是么样的');
    const turn = await u.turn('返乡创业那边呢');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('2%');
  });

  it('"楚商回乡呢" after the returnee plan’s requirements gets the Chushang plan’s', async () => {
    const u = talk('c30-other-plan-2');
    await u.turn('返乡创业工作要求有哪些');
    expect(replyText(await u.turn('楚商回乡呢'))).toContain('楚商回乡招商引资工作要求');
  });
});

describe('an English follow-up naming another entry’s thing', () => {
  it('"Is it a permanent body?" after the joint meeting’s duties gets its dissolution', async () => {
    const u = talk('c30-permanent');
    await u.turn('What are the duties of the joint meeting?');
    const reply = replyText(await u.turn('Is it a permanent body?'));
    expect(reply).toMatch(/dissolution|dissolved/i);
  });
});

describe('where one’s number goes, and office work', () => {
  it.each(['你们会不会把我电话给银行推销', '等等 你们会把我电话给谁', '你们不会拿我号码去卖吧'])(
    '"%s" is told how data is used (not the office’s telephone, not a deletion)',
    async (text) => {
      const turn = await talk(`c30-goes-${text}`).turn(text);
      expect(turn.intent).toBe('privacy.delete');
      expect(replyText(turn)).toContain('您的信息这样使用');
    },
  );

  it.each(['打了没人接 你直接叫个工作人员联系我吧', '人社局电话打了一上午冇人接 你们能不能叫个人帮我问'])(
    '"%s" asks for a person, not for the telephone again',
    async (text) => {
      expect((await talk(`c30-person-${text}`).turn(text)).intent).toBe('handoff.human');
    },
  );

  it('"这些数据能导成excel发我不" is office work refused, not a subscription', async () => {
    const turn = await talk('c30-excel').turn('这些数据能导成excel发我不');
    expect(turn.intent).toBe('out_of_scope');
    expect(replyText(turn)).toContain('不能代做表格');
  });
});

describe('whether the phone must be left, asked before its step', () => {
  it('in a booking: not required, and the booking goes on at its step', async () => {
    const u = talk('c30-phone-book');
    await u.say('我想约个导师');
    await u.say('电商直播');
    const turn = await u.turn('电话一定要留吗');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('不是必须的');
    expect(replyText(turn)).not.toContain('8514460');
    expect(u.step()).toBe('mode');
  });

  it('in a registration: not required, and who would see it', async () => {
    const u = talk('c30-phone-lead');
    await u.say('我想登记投资意向');
    await u.say('同意');
    const reply = await u.say('电话一定要留吗');
    expect(reply).toContain('不是必须的');
    expect(reply).not.toContain('8514460');
  });
});
