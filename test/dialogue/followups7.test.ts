/**
 * Issue 12, continued: failure kinds seen on blind dialogue set 10 (opened as a dev set once blind 12 and 13 were
 * written), each written here in our own words. A guest count is not an event count, annoyance then "关掉" stops
 * notices, what one told the bot is deleted on request, "挂个号" books, "定了告诉我" subscribes, a date asked after
 * events stays an events question, "里头" points at the topic, another city's targets in English are refused, and the
 * 一号通 line's number is a contact question the plan answers honestly.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';
import { readFollowUp } from '../../src/dialogue/context.ts';

const REFUSAL = /帮不上忙|没看懂|cannot help/;

describe('events', () => {
  it('"带几个朋友去" counts guests, not events: when a brand event is held is an events question', async () => {
    const [turn] = await conversation('e1', ['楚商大会今年么时候开 我想带几个朋友一起去']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).toContain('楚商大会');
  });

  it('"每年办几个" is still a count of the plan, not a date', async () => {
    const [turn] = await conversation('e2', ['楚商回乡招商活动市里每年办几个']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('after a festival answer, "哪天定了没" asks the date of those events', async () => {
    const [, turn] = await conversation('e3', ['中秋节有冇得招商活动', '具体哪天定了没有']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).not.toMatch(REFUSAL);
  });

  it('a date asked after a policy answer stays a policy question', async () => {
    const [, turn] = await conversation('e4', ['礼聘招商大使是么回事', '几时完成']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('"日子定了发个消息给我" subscribes', async () => {
    const [, turn] = await conversation('e5', ['国庆节有冇得活动', '日子定了发个消息给我']);
    expect(turn!.intent).toBe('notice.subscribe');
  });
});

describe('notices and data', () => {
  it('"天天给我推 烦死了 关掉" unsubscribes, it does not subscribe', async () => {
    const [, turn] = await conversation('n1', ['订阅活动通知', '你们老是给我推东推西 烦死了 关掉']);
    expect(turn!.intent).toBe('notice.unsubscribe');
  });

  it('"前面我讲的那些都给我删了" asks to delete what was told', async () => {
    const [turn] = await conversation('n2', ['前面我讲的那些都给我删了']);
    expect(turn!.intent).toBe('privacy.delete');
    expect(replyText(turn!)).toContain('确认删除');
  });
});

describe('booking', () => {
  it('"帮我挂个号" after the mentors books a consultation', async () => {
    const [, turn] = await conversation('b1', ['创业导师是么回事', '那帮我挂个号 想问下开民宿的事']);
    expect(turn!.intent).toBe('consult.book');
  });

  it('a hospital appointment is another service’s business', async () => {
    const [turn] = await conversation('b2', ['帮我在医院挂个号']);
    expect(turn!.intent).toBe('out_of_scope');
  });
});

describe('pointing and places', () => {
  it('"里头" points at the topic: a unit asked about after the member list gets that list', async () => {
    expect(readFollowUp('市商务局在里头冇')).toMatchObject({ kind: 'elliptical' });
    const [, turn] = await conversation('p1', ['联席会议成员单位有哪些', '市商务局在里头冇']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('成员');
  });

  it('the pointing test gives the same answer when asked twice in a row (no state kept between calls)', () => {
    expect(readFollowUp('那个在里头冇')).toEqual(readFollowUp('那个在里头冇'));
  });

  it.each(["How do Wuhan's subsidies compare?", 'Can you compare this with Changsha?', "What are Shenzhen's startup loans like?"])(
    '"%s" asks about another city and is refused',
    async (text) => {
      const [turn] = await conversation(`p2-${text}`, [text]);
      expect(turn!.intent).toBe('out_of_scope');
    },
  );

  it('living elsewhere is not asking about elsewhere', async () => {
    const [turn] = await conversation('p3', ['I run a shop in Shenzhen. What subsidies does Jingzhou give returnees?']);
    expect(turn!.intent).toBe('policy.ask');
  });
});

describe('contacts', () => {
  it('the 一号通 line’s number: a contact question, answered that the plan gives none, with the office it does give', async () => {
    const [turn] = await conversation('c1', ['招商专线一号通号码是好多']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('没有公布号码');
    expect(replyText(turn!)).toContain('8514460');
  });

  it('where the office is set up ("挂在哪个单位") is a fact of the plan', async () => {
    const [turn] = await conversation('c2', ['联席会议办公室挂在哪个单位']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('市人社局');
  });
});

/*
 * Failure kinds seen on blind dialogue set 12 (opened as a dev set after its first score), in our own words.
 */
describe('inside a booking', () => {
  it('"导师和辅导员有么区别" at the topic step is a question, not the topic', async () => {
    const [, turn] = await conversation('f1', ['想约个专家看看我的开店计划', '导师跟联络员有么区别']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('服务机制');
    expect(replyText(turn!)).toContain('继续刚才的预约');
  });

  it('"插一句 要收钱不" is a side question answered honestly: the plan does not say whether it costs', async () => {
    const [, turn] = await conversation('f2', ['帮我约个懂养殖的导师 线上', '插一句 找导师要收钱不']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('文件没有写明');
    expect(replyText(turn!)).toContain('收费');
  });

  it('"就微信联系" at the phone step means contact me here', async () => {
    const turns = await conversation('f3', ['帮我约个懂电商的导师 线上就行', '1', '就微信联系吧']);
    expect(replyText(turns[2]!)).toContain('确认预约吗');
    expect(replyText(turns[2]!)).toContain('在本平台联系');
  });

  it('"确认预约" before a time is picked asks for the pick, not "没看懂"', async () => {
    const turns = await conversation('f4', ['帮我约个懂电商的导师 线上就行', '确认预约']);
    expect(replyText(turns[1]!)).toContain('请先回复数字选一项');
    expect(replyText(turns[1]!)).not.toContain('没看懂');
  });

  it('"要是到时候有事去不了 能改不" is answered: yes, by saying 改时间 or 取消预约', async () => {
    const [, turn] = await conversation('f5', ['帮我约个懂电商的导师 线上就行', '万一到时候有事去不了 可以改不']);
    expect(turn!.intent).toBe('consult.manage');
    expect(replyText(turn!)).toContain('改时间');
  });

  it('"把预约退了吧" leaves the booking being made', async () => {
    const [, turn] = await conversation('f6', ['帮我约个懂电商的导师 线上就行', '不好意思 把预约退了吧']);
    expect(turn!.intent).toBe('consult.manage');
    expect(replyText(turn!)).toContain('已取消这次预约填写');
  });
});

describe('wording of actions', () => {
  it.each([
    ['通知还是不要了 我自己看群', 'notice.unsubscribe'],
    ['我打算回去开个厂 今天先不登记 有招商活动通知我就行', 'notice.subscribe'],
    ['能不能直接转个人社局的人跟我谈', 'handoff.human'],
    ['我去办营业执照的时候 会有人主动把政策告诉我不', 'policy.ask'],
    ['导师 辅导员有么区别', 'policy.ask'],
    ["Please note I'm interested in setting up a packaging plant in Honghu, about 30 million yuan.", 'lead.register'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`w-${text}`, [text]);
    expect(turn!.intent).toBe(intent);
  });
});

describe('refused as other services', () => {
  it.each(['猪价明年会不会跌', '在深圳交的社保能转回荆州不', '沙市那边租房贵不贵'])('"%s" is refused', async (text) => {
    const [turn] = await conversation(`o-${text}`, [text]);
    expect(turn!.intent).toBe('out_of_scope');
  });

  it('a park’s rent relief is still ours', async () => {
    const [turn] = await conversation('o2', ['园区的房租能减免吗']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('while waiting for staff, the weather is refused, not relayed to them', async () => {
    const [, turn] = await conversation('o3', ['转人工', '顺便问下 明天洪湖下雨不']);
    expect(turn!.intent).toBe('out_of_scope');
    expect(replyText(turn!)).not.toContain('已转给工作人员');
  });

  it('while waiting, a message the bot cannot place still goes to the staff', async () => {
    const [, turn] = await conversation('o4', ['转人工', '我那个事情你们到底管不管嘛']);
    expect(turn!.intent).toBe('handoff.human');
  });
});

describe('wording the plan uses', () => {
  it('"利息是不是政府出" is about the interest subsidy', async () => {
    const [turn] = await conversation('l1', ['返乡创业贷款利息是不是政府出']);
    expect(replyText(turn!)).toContain('贴息');
  });

  it('English counts are given in digits and words: "at least 4 (four)", never "5 (five) million"', async () => {
    const { spellCounts } = await import('../../src/kb/answer-en.ts');
    expect(spellCounts('The city holds at least 4 events a year.')).toBe('The city holds at least 4 (four) events a year.');
    expect(spellCounts('5 or more parks')).toBe('5 (five) or more parks');
    expect(spellCounts('loans of up to 5 million yuan')).toBe('loans of up to 5 million yuan');
    expect(spellCounts('at least 20% of workers')).toBe('at least 20% of workers');
    const [turn] = await conversation('l2', ['How many Chushang investment events does the city hold each year?']);
    // (With the count as the plan writes it, where the answer has room: "at least 4 (four, 4场次)".)
    expect(replyText(turn!)).toMatch(/at least 4 \(four(?:, 4场次)?\)/);
  });

  it('the English talent database count is written as the plan writes it', async () => {
    const [turn] = await conversation('l3', ['How many people are in the Chushang talent database?']);
    expect(replyText(turn!)).toContain('2239');
  });
});

/*
 * Failure kinds seen on blind dialogue set 13 (opened as a dev set after its first score), in our own words.
 */
describe('registering and data, in Chinese and English', () => {
  it('a friend only mentioned does not make one’s own registration a question about someone else', async () => {
    const [turn] = await conversation('r1', ['我在长沙做调料 老家公安的 想回去投个厂 三千万 我同学是招商大使 他介绍的 帮我登记下']);
    expect(turn!.intent).toBe('lead.register');
  });

  it('"his reward?" at the consent question is answered from the ambassadors, then the question is asked again', async () => {
    const [, turn] = await conversation('r2', ['我在长沙做调料 想回公安投个厂 三千万 帮我登记下', '对了 引荐的人是不是有奖']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('奖励');
    expect(replyText(turn!)).toContain('继续刚才的登记');
  });

  it.each([
    'I plan to build a bakery in Jianli, about 20 million yuan, please record it',
    'Please log my project: a tea plant in Songzi, 10 million yuan.',
  ])('"%s" registers a lead', async (text) => {
    const [turn] = await conversation(`r3-${text}`, [text]);
    expect(turn!.intent).toBe('lead.register');
  });

  it('"Name Li" at the name step is the name', async () => {
    const turns = await conversation('r4', [
      'I plan to build a bakery in Jianli, about 20 million yuan, please record it',
      'yes',
      'Name Li',
    ]);
    expect(replyText(turns[2]!)).not.toContain('称呼请用');
    expect(replyText(turns[2]!)).not.toContain('怎么称呼');
  });

  it('"what happens to my details?" at the consent question is told how data is used, in English', async () => {
    const [, turn] = await conversation('r5', [
      'Please log my project: a tea plant in Songzi, 10 million yuan.',
      'Wait, what happens to my details? Are they shared with anyone?',
    ]);
    expect(turn!.intent).toBe('privacy.delete');
    expect(replyText(turn!)).toContain('How your details are used');
    expect(replyText(turn!)).not.toContain('确认删除');
  });

  it('"登了以后能不能删掉" asks about deleting', async () => {
    const [turn] = await conversation('r6', ['我有点担心 登记了以后能不能删掉']);
    expect(turn!.intent).toBe('privacy.delete');
  });
});

describe('contacts and hand-offs', () => {
  it.each(['who do I talk to about the startup loans?', 'Which department handles the liaison stations?', 'how can I contact them?'])(
    '"%s" is a contact question',
    async (text) => {
      const [turn] = await conversation(`h1-${text}`, [text]);
      // Asked of a topic, it is also a question about it (see followups11): either way a unit is named.
      expect(['contact.ask', 'policy.ask']).toContain(turn!.intent);
      expect(replyText(turn!)).toMatch(/Responsible|Bureau|Office|Centre|局|办/);
    },
  );

  it('"能不能转给他们 找个人跟进" asks for a person; "流转给他们" does not', async () => {
    const [turn] = await conversation('h2', ['我这个事情你能不能转给他们 找个人跟进一下']);
    expect(turn!.intent).toBe('handoff.human');
    const [land] = await conversation('h3', ['承包地怎么流转给他们 有么方式']);
    expect(land!.intent).toBe('policy.ask');
  });

  it('"帮我写个申请书" is refused: writing is not what the bot does', async () => {
    const [turn] = await conversation('h4', ['帮我写一份创业贷款申请书']);
    expect(turn!.intent).toBe('out_of_scope');
  });
});

describe('booking words', () => {
  it('"帮我约一个" right after the mentors books', async () => {
    const [, turn] = await conversation('k1', ['创业专家义诊是么回事', '那帮我约一个 想问下开网店的事']);
    expect(turn!.intent).toBe('consult.book');
  });

  it('"有冇得懂手工艺品的老师" books', async () => {
    const [turn] = await conversation('k2', ['有冇得懂手工艺品的老师']);
    expect(turn!.intent).toBe('consult.book');
  });

  it.each(['我之前约了个创业导师 帮我看下是几点', '能不能换个懂餐饮的导师'])('"%s" is about one’s own booking', async (text) => {
    const [turn] = await conversation(`k3-${text}`, [text]);
    expect(turn!.intent).toBe('consult.manage');
  });

  it('a bakery is catering: the topic step is not asked', async () => {
    const [turn] = await conversation('k4', ['想约个创业导师当面聊下 我准备开个烘焙工作室']);
    expect(replyText(turn!)).not.toContain('想请导师在哪方面帮您');
  });

  it('"电话留这个号就行" contacts here, and "我刚约的那个在哪里见面" is told where the booking stands', async () => {
    const turns = await conversation('k5', ['想约个懂电商的导师 线上', '1', '电话留这个号就行', '我刚约的那个是在哪里见面 几点来着']);
    expect(replyText(turns[2]!)).toContain('在本平台联系');
    expect(turns[3]!.intent).toBe('consult.manage');
    expect(replyText(turns[3]!)).toContain('预约还没完成');
  });

  it('"改到下午吧" moves a booking already made', async () => {
    const turns = await conversation('k6', ['想约个懂电商的导师 线上', '1', '1', '确认预约', '改到下午吧 上午要送伢上学']);
    expect(replyText(turns[3]!)).toContain('预约已提交');
    expect(turns[4]!.intent).toBe('consult.manage');
  });
});

describe('events and English follow-ups', () => {
  it('the date of the plan’s brand events: the plan gives none, said as an events answer', async () => {
    const [, turn] = await conversation('v1', ['市里搞哪些品牌活动', '具体哪天办 我好请假']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).toContain('文件没有写明这些活动的具体日期');
  });

  it('a deadline asked of a plan article is no events question', async () => {
    const [, turn] = await conversation('v2', ['市里搞哪些品牌活动', '这项工作么时候完成']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('"and the counties?" after the city’s sessions gives the counties’ figure', async () => {
    const [, turn] = await conversation('v3', [
      'How many Chushang special sessions does the city hold on national platforms each year?',
      'and the counties?',
    ]);
    expect(replyText(turn!)).toMatch(/at least one \(1(?:, 1场次)?\)/);
  });

  it('an answer with four facts still fits a phone screen', async () => {
    const [turn] = await conversation('v4', ['返乡创业有哪些支持政策']);
    expect(replyText(turn!).length).toBeLessThanOrEqual(320);
  });
});

describe('task-list rows and the articles they restate', () => {
  it('"登记了有么用" after the row listing the databases is answered from the article on what the database does', async () => {
    const [, turn] = await conversation('a1', ['清单第二条讲的么事', '登记了有么用']);
    expect(replyText(turn!)).toContain('点对点推送');
  });

  it('"X是么意思" naming an article’s term leaves the row for that article', async () => {
    const [, turn] = await conversation('a2', ['清单第9条讲的么事', '劳务品牌2.0是么意思']);
    expect(replyText(turn!)).toContain('一县一精品');
  });

  it('a row’s deadline asked after it stays on the row', async () => {
    const [, turn] = await conversation('a3', ['清单第9条讲的么事', '几时完成']);
    expect(replyText(turn!)).toContain('2025年12月');
  });
});

describe('dialect particles', () => {
  it('a phrase-final 撒/噻/咯 is dropped before reading; 撒 inside a word stays', async () => {
    const { loadUnderstanding } = await import('../../src/app.ts');
    const { analyzer } = loadUnderstanding('knowledge');
    expect(analyzer.normalize('搞么事撒')).not.toMatch(/撒$/);
    expect(analyzer.normalize('快点噻 我等着')).not.toContain('噻');
    expect(analyzer.normalize('撒网捕鱼')).toContain('撒网');
  });
});

describe('places and other topics named in a follow-up', () => {
  it('the pieces of a place do not pick the entry: "搬回荆州高新区 融资有么支持" is about finance', async () => {
    const [turn] = await conversation('q1', ['我们在上海做软件的 想把公司搬回荆州高新区 融资这块有么支持']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('贷款');
    expect(replyText(turn!)).not.toContain('主送单位');
  });

  it('"那贷款这块问哪个单位" after the land names the loans: their units, not the land’s', async () => {
    const [, turn] = await conversation('q2', ['村里有块空地 想搞农家乐 用地有么政策', '那贷款这块具体问哪个单位']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('金融监管分局');
    expect(replyText(turn!)).not.toContain('自然资源');
  });

  it('"这个归哪个部门管" during a topic still asks of that topic', async () => {
    const [, turn] = await conversation('q3', ['村里有块空地 想搞农家乐 用地有么政策', '这个归哪个部门管']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('自然资源');
  });

  it('"介绍个项目过来落了地 奖好多" is about the ambassadors’ reward, which the plan leaves to each locality', async () => {
    const [turn] = await conversation('q4', ['要是我介绍个项目过来落了地 奖好多钱']);
    expect(replyText(turn!)).toContain('招商大使');
    expect(replyText(turn!)).toContain('奖励');
  });
});

describe('deadlines asked in dialect', () => {
  it.each(['几时要建好', '几时评完', '么时候选完'])('"%s" asks when something is due', async (text) => {
    const { askedAttributes, DEADLINE } = await import('../../src/kb/attribute.ts');
    expect(askedAttributes(text)).toContain('when');
    expect(DEADLINE.test(text)).toBe(true);
  });

  it('"几时要建好" after the Chushang database gives the task list’s deadline', async () => {
    const [, turn] = await conversation('d1', ['楚商楚才信息库主要收录哪些人', '几时要建好']);
    expect(replyText(turn!)).toContain('2025年4月');
  });
});

describe('moving a booking in English', () => {
  it.each(['can you push it an hour later?', 'please move it to Friday', 'make it an hour later'])(
    '"%s" manages the booking',
    async (text) => {
      const turns = await conversation(`e-${text}`, ['想约个懂电商的导师 线上', '1', '1', '确认预约', text]);
      expect(replyText(turns[3]!)).toContain('预约已提交');
      expect(turns[4]!.intent).toBe('consult.manage');
    },
  );
});

describe('the subject of a figure said in one character', () => {
  it('"一共要建好多个站" after the platforms gives the stations’ count, not the parks’', async () => {
    const [, turn] = await conversation('s1', ['返乡创业园区有哪些支持', '一共要建好多个站']);
    expect(replyText(turn!)).toContain('不少于20个');
  });

  it('a verb is no subject: "每个县要建几个" after task 6 gives the per-county figure', async () => {
    const [, turn] = await conversation('s2', ['清单第6条讲的么事', '每个县要建几个']);
    expect(replyText(turn!)).toContain('不少于2个');
  });
});
