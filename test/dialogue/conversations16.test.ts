/**
 * Conversations found failing in blind sets 74, 79 and 80 (English follow-ups; returnees telling their story first;
 * liaison-station staff), each in our own words: a job or a visit in a story is no request for a person and no
 * personal errand, how long someone worked picks no article, a change of one answer in a booking is no leaving,
 * a question at the consent step is answered on the side, "谁牵头" asks the topic's units, English company words.
 */
import { describe, expect, it } from 'vitest';
import { choicesOf, conversation, replyText } from '../helpers.ts';

describe('a story is a story', () => {
  it.each([
    ['我以前在深圳做了三年淘宝客服 现在想回监利开个网店 有么补贴', 'policy.ask'],
    ['我在东莞当了几年客服 回来搞个电商 能贷款不', 'policy.ask'],
    ['上个月县里来了两个人到我厂里拜访 说是叩门招商 这个是干么事的', 'policy.ask'],
  ])('"%s" is a question about the plan, not a hand-off', async (text, intent) => {
    const [turn] = await conversation(`c16-story-${text.length}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('a person is still asked for outright ("我要找客服", "让县里来个人跟我当面说")', async () => {
    for (const text of ['我要找客服', '让县里来个人跟我当面说']) {
      const [turn] = await conversation(`c16-person-${text.length}`, [text]);
      expect(turn!.intent).toBe('handoff.human');
    }
  });

  it('a courier back home opening a parcel station is asked about subsidies, not refused as an errand', async () => {
    const [turn] = await conversation('c16-courier', ['我在广州跑了好几年快递 想回去开个快递驿站 有冇得补贴']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('补贴');
  });

  it('"我的快递到哪了" is still someone else’s service', async () => {
    const [turn] = await conversation('c16-parcel', ['我的快递到哪了']);
    expect(turn!.intent).toBe('out_of_scope');
  });

  it('how long someone worked somewhere does not pick the article ("开了十几年饭店 … 服务站设在北京")', async () => {
    const [turn] = await conversation('c16-years', ['我石首的 在北京开了十几年饭店 老乡多 有冇得荆州的服务站设在北京']);
    expect(replyText(turn!)).toMatch(/服务站|联络站/);
    expect(replyText(turn!)).not.toContain('劳务品牌');
  });
});

describe('forms', () => {
  it('"算了 换成电话" while times are offered changes the way to meet and keeps the booking', async () => {
    const turns = await conversation('c16-mode', [
      '我想约个导师',
      '综合创业 当面 沙市 下周二上午',
      '算了 还是换成电话沟通吧',
      '1',
      '13900004321',
    ]);
    const changed = turns[2]!;
    expect(changed.intent).toBe('consult.book');
    expect(replyText(changed)).not.toContain('已取消');
    expect(replyText(turns.at(-1)!)).toContain('方式:线上');
  });

  it("asking the service line's number at the consent step is answered, then consent is asked again", async () => {
    const [, aside] = await conversation('c16-consent-aside', ['我想登记个投资意向', '等下 你们招商那个热线电话是好多']);
    expect(aside!.intent).toBe('contact.ask');
    expect(replyText(aside!)).toContain('一号通');
    expect(replyText(aside!)).toContain('同意登记吗');
  });
});

describe('who leads, asked of the topic', () => {
  it('"这块是哪几个单位牵头" after the loans names the loans’ units, not the reporting rules', async () => {
    const [, units] = await conversation('c16-lead-units', ['返乡创业贷款最多贷好多', '这块是哪几个单位牵头']);
    expect(replyText(units!)).toContain('金融监管分局');
    expect(replyText(units!)).not.toContain('每季度');
  });
});

describe('English follow-ups', () => {
  it('"and for a company?" after an individual’s loan gives the small-business figure', async () => {
    const [, company] = await conversation('c16-en-company', ['how much of a business loan can one person get?', 'and for a company?']);
    expect(replyText(company!)).toContain('5 million');
  });

  it('"I am a sole trader, can I borrow myself" gives the per-person credit of the special loans', async () => {
    const [turn] = await conversation('c16-en-sole', ['I am a sole trader, can I borrow myself from Bank of China?']);
    expect(replyText(turn!)).toContain('10 million');
  });

  it('a leading company’s criteria, asked in English, is the condition the plan states', async () => {
    const [, criteria] = await conversation('c16-en-criteria', [
      'how much does a leading labour-brand company get',
      'what are the criteria',
    ]);
    expect(replyText(criteria!)).toContain('important condition');
  });

  it('"liason office" (a typo) finds the liaison stations', async () => {
    const [turn] = await conversation('c16-en-liason', ['is there a chushang liason office in Singapore?']);
    expect(replyText(turn!)).toContain('liaison station');
  });

  it("after a choice of two articles, a question naming the second one's word goes there", async () => {
    const turns = await conversation('c16-en-choice', [
      'I just graduated abroad and want to start a livestream business back home, any support for graduates?',
      'how many incubators are there',
    ]);
    expect(replyText(turns[1]!)).toContain('five provincial');
  });
});

describe('what a thing does', () => {
  it('"第三个是么意思" after an answer reached without a number counts that answer’s points, not the earlier choices', async () => {
    const turns = await conversation('c16-third-point', ['冇得本钱 有么门槛低的项目可以搞', '举几个例子', '第三个是么意思']);
    expect(replyText(turns[2]!)).toContain('共享农庄');
  });

  it.each([
    ['我是东莞楚商联络站的 刚成立 我们站主要干些么事', '商会'],
    ['驻外推介服务站帮么忙', '代办'],
  ])('"%s" is answered from the article that says what it does, not the task row', async (text, fact) => {
    const [turn] = await conversation(`c16-what-for-${text.length}`, [text]);
    expect(replyText(turn!)).toContain(fact);
    expect(replyText(turn!)).not.toMatch(/^【任务/);
  });
});

describe('an English name in the registration', () => {
  it('"Li Wei, 139…" when asked how to address one is the name and the phone', async () => {
    const turns = await conversation('c16-en-name', [
      'i want to register an investment, a tea shop in Songzi around 1 million',
      'agree',
      'Li Wei, 13900007777',
    ]);
    const last = replyText(turns.at(-1)!);
    expect(last).not.toContain('How should we address you');
  });

  it('a capitalised word that answers something else ("Skip", "Shanghai") is no name', async () => {
    const { extractName } = await import('../../src/dialogue/extract.ts');
    expect(extractName('Skip', { whole: true })).toBeUndefined();
    expect(extractName('Shanghai', { whole: true })).toBeUndefined();
    expect(extractName('Mr Wang', { whole: true })).toBe('Mr Wang');
  });
});

describe('English ordinals and counties', () => {
  it('"the last one" after the "five ones" is the role models, of the same plan', async () => {
    const [, last] = await conversation('c16-en-last', ['what are the five ones', 'the last one, explain please']);
    expect(replyText(last!)).toContain('role models');
    expect(replyText(last!)).toContain('10');
  });

  it('"the second one" after a choice of articles is the second choice', async () => {
    const [first, second] = await conversation('c16-en-second', ['whats the overall plan, quick summary?', 'the second one']);
    const offered = choicesOf(first!);
    expect(offered.length).toBeGreaterThan(1);
    expect(second!.sources[0]).toBe(offered[1]!.value.replace(/^kb:/, ''));
    expect(replyText(second!)).toMatch(/^\[/);
  });

  it('"each county has to set up how many" after the stations row is the county figure', async () => {
    const [, county] = await conversation('c16-en-county', [
      'task 6: how many promotion service stations in total?',
      'each county has to set up how many',
    ]);
    expect(replyText(county!)).toMatch(/no fewer than 2|at least 2/);
  });
});

describe('courtesies, refusals and requests in a few words', () => {
  it.each([
    ['merci', 'greet'],
    ['你晓得监利今年小龙虾好多钱一斤不', 'out_of_scope'],
    ['帮我写段招商会的开场白', 'out_of_scope'],
    ['please send me news about the chushang events, email is fine', 'notice.subscribe'],
    ['我们想把工厂搬回石首 能登个记不', 'lead.register'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`c16-short-${text.length}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"merci" thanks, it does not show the menu', async () => {
    const [, thanks] = await conversation('c16-merci', ['hello', 'merci']);
    expect(replyText(thanks!)).toContain('welcome');
  });

  it('"嗯 等" while a ticket is open is no new message for staff', async () => {
    const [, ack] = await conversation('c16-ack-wait', ['给我转个人工', '嗯 等']);
    expect(ack!.intent).toBe('greet');
    expect(replyText(ack!)).not.toContain('已转给工作人员');
  });
});

describe('events and languages', () => {
  it('"一般放在哪些节日搞" names the festivals the plan makes the golden time', async () => {
    const [, which] = await conversation('c16-which-festivals', ['市里一年搞几场楚商回乡招商活动', '一般都放在哪些节日搞']);
    expect(which!.intent).toBe('event.ask');
    expect(replyText(which!)).toContain('春节');
    expect(replyText(which!)).toContain('中秋节');
  });

  it('English words that no pinyin spells make a message English ("overall plan, quick summary?")', async () => {
    const { detectLanguage } = await import('../../src/text/language.ts');
    expect(detectLanguage('overall plan, quick summary?')).toBe('en');
    expect(detectLanguage('fanxiang daikuan')).toBeUndefined();
    expect(detectLanguage('Honghu Jianli')).toBeUndefined();
  });
});

describe('the term asked about leads', () => {
  it('"我们是上海楚商联络站的 … 叩门招商是么意思" is about the visits, not the stations the asker works at', async () => {
    const [turn] = await conversation('c16-term', ['我们是上海楚商联络站的 会长让我问一下 叩门招商是么意思']);
    expect(replyText(turn!)).toContain('小分队');
  });

  it.each(["'; DROP TABLE leads; --", "' or 1=1 --", 'select * from sessions'])('the SQL string %s is refused shortly', async (text) => {
    const [turn] = await conversation(`c16-sql-${text.length}`, [text]);
    expect(turn!.intent).toBe('out_of_scope');
    expect([...replyText(turn!)].length).toBeLessThanOrEqual(300);
  });
});

describe('SQL typed into a form', () => {
  it('is that field’s text, answered in the conversation’s language, not a refusal on the side', async () => {
    const turns = await conversation('c16-sql-form', ['想回监利投资 大概2000万 帮我登记', '同意', "名字填 Robert'); DROP TABLE leads;--"]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('lead.register');
    expect(replyText(last)).toMatch(/[\u4e00-\u9fff]/);
    expect(replyText(last)).not.toContain('Sorry');
  });
});

describe('status', () => {
  it('"联络中心建起来了冇" asks the deadline the task row gives', async () => {
    const [turn] = await conversation('c16-built', ['回乡企业家联络中心建起来了冇']);
    expect(replyText(turn!)).toContain('2025年12月');
  });
});
