/**
 * Issue 12, continued: failure kinds seen on blind dialogue set 8, each written here in our own words. Waiting on a
 * hand-off (a question is still answered, thanks are thanks, a number given is for the staff), questions and thanks
 * inside a booking, a booking in English from start to cancel, English follow-ups, and a follow-up asking the one
 * figure of its kind an entry gives.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

const REFUSAL = /帮不上忙|没看懂|cannot help/;

describe('while a hand-off is open', () => {
  it('a question about a park is answered, not relayed as a complaint about utility bills', async () => {
    const [, turn] = await conversation('t1', ['给我转人工', '顺便问下 园区水电费也能减不']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('水电减免');
  });

  it('"沙市的水电费怎么交" is still another service’s business', async () => {
    const [turn] = await conversation('t2', ['沙市的水电费怎么交']);
    expect(turn!.intent).toBe('out_of_scope');
  });

  it.each(['好 好 多谢你啊伢', '好的 多谢'])('"%s" is thanks: the ticket stays open, no relay status', async (text) => {
    const [, turn] = await conversation(`t3-${text}`, ['给我转人工', text]);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).toMatch(/工单 T\d+ 一直开着/);
  });

  it('a phone number given while waiting goes to the staff, not to the contact answer', async () => {
    const [, turn] = await conversation('t4', ['你们叫个人打电话跟我孙伢讲', '他电话13669875402 莫搞忘了啊']);
    expect(turn!.intent).toBe('handoff.human');
    expect(replyText(turn!)).toContain('已转给工作人员');
    expect(replyText(turn!)).not.toContain('13669875402');
  });

  it('without a ticket, asking for the office’s number is still a contact question', async () => {
    const [turn] = await conversation('t5', ['你们电话多少']);
    expect(turn!.intent).toBe('contact.ask');
  });
});

describe('asking whether the city sends people is not asking for a person', () => {
  it.each(['荆州那边会派人来这边搞推介不 一年来几次', '市里会不会派人来我们这里搞招商活动'])('"%s" is a question', async (text) => {
    const [turn] = await conversation(`p-${text}`, [text]);
    expect(turn!.intent).not.toBe('handoff.human');
  });

  it('"能不能派个人来跟我讲" still asks for a person', async () => {
    const [turn] = await conversation('p2', ['能不能派个人来跟我讲']);
    expect(turn!.intent).toBe('handoff.human');
  });
});

describe('inside a booking', () => {
  it('"等哈 先问下 约专家要自己出钱不" at the time step gets an answer, not "没看懂", and the times again', async () => {
    const turns = await conversation('b1', [
      '帮我约个专家 想问下竹编咋个放到网上卖',
      '线下',
      '等哈 先问下 约专家要自己出钱不',
      '那就第一个',
    ]);
    expect(replyText(turns[2]!)).not.toMatch(REFUSAL);
    expect(turns[2]!.intent).toBe('policy.ask');
    expect(turns[3]!.intent).toBe('consult.book');
    expect(replyText(turns[3]!)).toMatch(/手机号/);
  });

  it('"行 谢了" while times are offered is thanks, and the times are asked again', async () => {
    const turns = await conversation('b2', ['想找个创业导师问下冷链配送 线上视频就行', '行 谢了']);
    expect(turns[1]!.intent).toBe('greet');
    expect(replyText(turns[1]!)).not.toMatch(REFUSAL);
    expect(replyText(turns[1]!)).toMatch(/请选一个时间/);
  });

  it('"Thanks a lot, bye" at the lead consent is thanks, not a miss', async () => {
    const turns = await conversation('b3', ['我想回荆州投资建厂 请登记一下', 'Thanks a lot, bye']);
    expect(turns[1]!.intent).toBe('greet');
    expect(replyText(turns[1]!)).not.toMatch(REFUSAL);
  });
});

describe('a booking in English', () => {
  it('from "Could I talk to a startup mentor" to a confirmed booking, then cancelled in English', async () => {
    const turns = await conversation('en1', [
      'Could I talk to a startup mentor first? Mainly about food licensing.',
      'Online please, video call.',
      'The first slot works.',
      "Just contact me here, I'm in a different time zone.",
      'Yes, confirm.',
      'Oh no, my flight got changed. Please cancel that session, sorry!',
    ]);
    expect(turns.slice(0, 5).map((t) => t.intent)).toEqual(Array(5).fill('consult.book'));
    for (const turn of turns) expect(replyText(turn)).not.toMatch(REFUSAL);
    // The booking speaks English to an English speaker.
    expect(replyText(turns[4]!)).toMatch(/Booking submitted, reference YY\d+/);
    expect(turns[5]!.intent).toBe('consult.manage');
  });

  it.each([
    ['The first slot works.', '第一个'],
    ['second one please', '第二个'],
    ['Yes, confirm.', '确认'],
    ['no', '不'],
    ['Just contact me here', '不留电话,在这里联系我'],
    ['cancel', '取消'],
  ])('"%s" answers a form as "%s"', async (said, meant) => {
    const { englishFormAnswer } = await import('../../src/dialogue/form-turn.ts');
    expect(englishFormAnswer(said)).toBe(meant);
  });

  it.each(['第一个', '我想要第一个 the first', 'What is the first step to apply?', 'Is the second one online?'])(
    '"%s" is not mapped (Chinese, mixed, or a question)',
    async (said) => {
      const { englishFormAnswer } = await import('../../src/dialogue/form-turn.ts');
      expect(englishFormAnswer(said)).toBeUndefined();
    },
  );
});

describe('English messages asking for a person or following up', () => {
  it('"Could a real person from the investment centre contact me?" is a hand-off, not a lead', async () => {
    const [turn] = await conversation('en2', [
      "Great. Could a real person from the investment centre contact me? My Chinese reading isn't good.",
    ]);
    expect(turn!.intent).toBe('handoff.human');
  });

  it('"人工房租越来越贵 … 安排招商的人跟我对接" is labour cost in an investment lead, not a hand-off', async () => {
    const [turn] = await conversation('en3', [
      '在温州搞鞋厂 这边人工房租越来越贵 想把生产线搬回公安 投资五千来万 你们能不能安排招商的人跟我对接',
    ]);
    expect(turn!.intent).toBe('lead.register');
  });

  it('"How many names are in it so far?" after the Chushang database gets its 2239', async () => {
    const [, turn] = await conversation('en4', [
      'Does Jingzhou keep any records of overseas Chinese merchants like us?',
      'How many names are in it so far?',
    ]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('2239');
  });

  it('a longer English question with two asks is read on its own, not as a follow-up', async () => {
    const [, turn] = await conversation('en5', [
      'Is there any liaison office for Chushang merchants overseas?',
      'how many of those stations are planned? and is there a hotline for investors',
    ]);
    expect(replyText(turn!)).toMatch(/50/);
  });
});

describe('a follow-up asking the one figure of its kind', () => {
  it('"里面有好多人了" after the database gets 2239, not the opening question’s words', async () => {
    const [, turn] = await conversation('c1', ['荆州有没有记录在外华侨商人的名录', '里面有好多人了']);
    expect(replyText(turn!)).toContain('2239名');
  });
});

describe('a short question for a figure stays on the topic that gives it', () => {
  it('"评上了给好多" after the 能人返乡 projects gets their 8万, not the parks’ 10~20万', async () => {
    const [, turn] = await conversation('f1', ['听说今年要评么能人返乡项目 评几个', '评上了给好多']);
    expect(replyText(turn!)).toContain('8万元');
    expect(replyText(turn!)).not.toContain('10~20万');
  });

  it('"每年选好多个" after the investment ambassadors gets their 100名, not the role models', async () => {
    const [, , turn] = await conversation('f2', ['招商大使有么待遇', '那招商大使要啥条件才当得上', '每年选好多个']);
    expect(replyText(turn!)).toContain('100名');
  });

  it('a longer question naming another topic still moves ("训练营一年搞几次" is not the figure of the ambassadors)', async () => {
    const [, turn] = await conversation('f3', ['招商大使有么待遇', '创业训练营一年搞几次']);
    expect(replyText(turn!)).toContain('不少于1次');
  });
});

describe('what the plan does say is said', () => {
  it('the ambassadors’ condition is whom they are chosen from, not "文件没有写明遴选条件"', async () => {
    const [turn] = await conversation('e1', ['招商大使要啥条件才当得上']);
    expect(replyText(turn!)).toMatch(/号召力、影响力的知名楚商/);
    expect(replyText(turn!)).not.toMatch(/没有写明[^。]*条件/);
  });

  it.each([
    ['经开区人社这边问下 任务清单里返乡创业热线要求么时候设好', '2025年4月'],
    ['在外能人数据库么时候建好', '2025年4月'],
  ])('"%s" asks a deadline, not a phone number', async (text, deadline) => {
    const [turn] = await conversation(`d-${text}`, [text]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain(deadline);
  });

  it('"热线电话是多少" is still a contact question', async () => {
    const [turn] = await conversation('d2', ['返乡创业热线电话是多少']);
    expect(turn!.intent).toBe('contact.ask');
  });

  it('"手续可以一次办完 是真的不" is the one-stop 返乡创业一件事', async () => {
    const [turn] = await conversation('o1', ['听别个说回来创业 手续可以一次办完 是真的不']);
    expect(replyText(turn!)).toContain('返乡创业一件事');
  });
});

describe('which unit does something in the plan, or whom do I contact', () => {
  it.each(['联席会议办公室设在哪个单位', '这个活动是哪些单位在搞', '方案发给了哪些单位', '返乡创业热线开通了冇'])(
    '"%s" asks a fact of the plan: policy.ask',
    async (text) => {
      const [turn] = await conversation(`u-${text}`, [text]);
      expect(turn!.intent).not.toBe('contact.ask');
    },
  );

  it('"有人打电话说把我录进了楚商楚才库 这个库是搞么子的" tells of a call; it asks what the database is', async () => {
    const [turn] = await conversation('u2', ['在北京做医药的 前两天有人打电话说把我录进了么楚商楚才库 这个库是搞么子的']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it.each([
    '那这个找哪个部门报',
    '打哪个座机能问到楚商回乡的事',
    '想当面问招商大使怎么申请 该去哪个单位',
    '楚商联络站归哪个单位管 我想跟他们联系上',
    '返乡创业热线电话是多少',
    'Is there a single hotline for investors I can call?',
  ])('"%s" asks whom to contact: contact.ask', async (text) => {
    const [turn] = await conversation(`c-${text}`, [text]);
    expect(turn!.intent).toBe('contact.ask');
  });

  it('"这个归哪个部门管" during a topic asks whom to go to, and names the topic’s units', async () => {
    const [, turn] = await conversation('u3', ['返乡创业贴息贷款最多多少', '这个归哪个部门管']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toMatch(/负责单位|人社局|金融/);
  });
});

describe('what a thing is for, and what it holds', () => {
  it('"孵化基地是么东西" is told by what the platforms give, not first by how many there are', async () => {
    const [turn] = await conversation('w1', ['孵化基地是么东西 我听不懂']);
    const firstPoint = replyText(turn!)
      .split('\n')
      .find((l) => l.startsWith('· '));
    expect(firstPoint).toMatch(/场租、水电减免/);
  });

  it('"驻外推介服务站是搞么子的" names what the stations do', async () => {
    const [turn] = await conversation('w2', ['驻外推介服务站是搞么子的']);
    expect(replyText(turn!)).toMatch(/推介、创业培训和创业事项代办/);
  });

  it('"一核两翼多点是么意思" asks what a term means: the fact naming it', async () => {
    const [turn] = await conversation('w3', ['一核两翼多点是么意思']);
    expect(replyText(turn!)).toContain('现代交易中心');
  });

  it.each([
    ['楚商楚才库里都记些么', '侨商侨领'],
    ['投资指引里面讲些么', '市情介绍'],
  ])('"%s" gets what it holds', async (text, fact) => {
    const [turn] = await conversation(`w-${text}`, [text]);
    expect(replyText(turn!)).toContain(fact);
  });

  it('"what is the biggest loan" is an amount, not what a thing is', async () => {
    const { askedAttributes } = await import('../../src/kb/attribute.ts');
    expect(askedAttributes('what is the biggest subsidised loan a small business can get?')).not.toContain('purpose');
    expect(askedAttributes('孵化基地是么东西')).toEqual(['purpose']);
  });
});

describe('blind set 9 kinds, in our words', () => {
  it.each([
    '我们几个老乡在宁波合伙做汽配 想回洪湖建个厂 规模两个亿左右 你们帮忙牵个线',
    'OK, please log my interest: an SMT assembly line, roughly 150 million yuan, in the High-tech Zone.',
  ])('"%s" registers a lead', async (text) => {
    const [turn] = await conversation(`l-${text}`, [text]);
    expect(turn!.intent).toBe('lead.register');
  });

  it('"这个我不同意 只想先了解了解" at the lead consent ends the form and saves nothing', async () => {
    const turns = await conversation('l2', ['想回洪湖投资建厂 帮忙牵个线', '信息要转给招商部门是吧 这个我不同意 只想先了解了解']);
    expect(replyText(turns[1]!)).toMatch(/不登记,您的信息没有保存/);
  });

  it('"Fine, I consent." at the lead consent is a yes', async () => {
    const turns = await conversation('l3', ['OK, please log my interest: a 150 million yuan factory project', 'Fine, I consent.']);
    expect(turns[1]!.intent).toBe('lead.register');
    // The registration speaks English to an English speaker.
    expect(replyText(turns[1]!)).toMatch(/How should we address you/);
  });

  it('"好 想好了再联系" inside a lead form leaves it, politely', async () => {
    const turns = await conversation('l4', ['想回洪湖投资建厂 帮忙牵个线', '好 想好了再联系']);
    expect(replyText(turns[1]!)).not.toMatch(/没看懂|请先回复同意/);
  });

  it.each([
    ['算了 你们喊个人给我回个电话 就打我这个号', 'handoff.human'],
    ['我刚约的是哪天来着 再跟我说一遍', 'consult.manage'],
    ['好 那我先去人社局问问', 'greet'],
    ['好 想好了再联系', 'greet'],
    ['Please message me when events are coming up.', 'notice.subscribe'],
    ['对 全部停掉', 'notice.unsubscribe'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`k-${text}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"那荆州的呢" after another city’s subsidy was refused asks the same of Jingzhou', async () => {
    const [refused, again] = await conversation('j1', ['武汉返乡创业有冇得一次性补贴 我现在住汉口', '那荆州的呢 我屋在荆州区']);
    expect(refused!.intent).toBe('out_of_scope');
    expect(again!.intent).toBe('policy.ask');
    expect(replyText(again!)).toContain('一次性创业补贴');
  });

  it('after such a refusal, a message about the earlier topic is still read against it, not restated', async () => {
    const turns = await conversation('j2', [
      '你们这个返乡创业的政策 外地人能享受不',
      '那宜昌有冇得类似的政策',
      '我老婆是监利的 她回来创业行不',
    ]);
    expect(turns[2]!.intent).toBe('policy.ask');
    expect(replyText(turns[2]!)).not.toMatch(/其他地方的政策/);
  });

  it('a long story ending "有么子补贴" gets the subsidies, not the festivals its 过年 names or the loans', async () => {
    const [turn] = await conversation('s1', ['在苏州电子厂搞了六年流水线 今年过年回监利就不走了 想开个小超市 你们这有么子补贴']);
    expect(replyText(turn!)).toContain('一次性创业补贴');
  });
});

describe('blind set 11 kinds, in our words', () => {
  it.each([
    ['你是个么东西 机器人啊', 'greet'],
    ['好 我先去看看 再会', 'greet'],
    ['Please send me notices about upcoming Jingzhou investment events.', 'notice.subscribe'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`k11-${text}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('a county unit’s staff sent to work with the joint meeting registers no investment lead', async () => {
    const [turn] = await conversation('m1', [
      '我是江陵县财政局的 领导喊我对接市里那个楚商回乡和返乡创业的联席会议 我们县里的单位算不算成员',
    ]);
    expect(turn!.intent).toBe('policy.ask');
  });

  it.each([
    ['万一生意搞亏了 政府会不会怪他', '容错'],
    ['我回去投资了小孩转学能不能帮忙', '子女义务教育'],
    ['他们上门的时候说带了么一书一案 这是搞么事的', '一书一案一推介'],
    ['听别个说监利有个么子皮铝商 是么意思', '铍铝商'],
  ])('"%s" finds %s', async (text, fact) => {
    const [turn] = await conversation(`f11-${text}`, [text]);
    expect(replyText(turn!)).toContain(fact);
  });

  it('"办公室座机好多" during a lead form is a question on the side, not a detail kept for the form', async () => {
    const turns = await conversation('m2', ['想回洪湖投资建厂 帮忙牵个线', '办公室座机好多']);
    expect(turns[1]!.intent).toBe('contact.ask');
    expect(replyText(turns[1]!)).toContain('8514460');
  });

  it('in a booking: "就最前面那个" picks the first time, "电话不想留 行不" declines the phone, "我刚才约的是几点来着" looks at it', async () => {
    const turns = await conversation('m3', [
      '想回洪湖搞小龙虾养殖加网上卖 能不能帮我约个创业导师聊聊 视频就行',
      '1',
      '就最前面那个',
      '电话不想留 行不',
      '我刚才约的是几点来着',
    ]);
    for (const turn of turns) expect(replyText(turn)).not.toMatch(/没看懂/);
    expect(turns[3]!.intent).toBe('consult.book');
    expect(replyText(turns[3]!)).toMatch(/确认预约吗/);
    expect(turns[4]!.intent).toBe('consult.manage');
  });

  it('"那天临时要出差 取消了吧" leaves a booking being made', async () => {
    const turns = await conversation('m4', ['帮我约个创业导师 聊电商', '视频就行', '那天临时要出差 取消了吧']);
    expect(turns[2]!.intent).not.toBe('consult.book');
    expect(replyText(turns[2]!)).not.toMatch(/没看懂/);
  });

  it('"能不能改成线下见" with a booking made changes that booking, it starts no new one', async () => {
    const turns = await conversation('m5', [
      '帮我约个创业导师 聊电商直播',
      '视频就行',
      '1',
      '在这里联系就行',
      '确认',
      '哎 我想了一下还是当面谈好些 能不能改成在洪湖线下见',
    ]);
    expect(replyText(turns[4]!)).toMatch(/预约已提交/);
    expect(turns[5]!.intent).toBe('consult.manage');
  });

  it('"确认" after asking to delete during a lead form deletes, it is not the form’s answer', async () => {
    const turns = await conversation('m6', ['想回洪湖投资建厂 帮忙牵个线', '同意', '我不想登记了 把我的信息删掉', '确认']);
    expect(turns[3]!.intent).toBe('privacy.delete');
    expect(replyText(turns[3]!)).toMatch(/已删除/);
  });

  it('"那我的导师预约也会没了?" while a deletion waits asks what it takes, and starts no booking', async () => {
    const turns = await conversation('m7', ['我想把我在你们这的信息全部注销掉', '那我的导师预约也会没了?']);
    expect(turns[1]!.intent).toBe('privacy.delete');
  });
});

describe('following a list and a topic through corrections and bare asks', () => {
  it('"我不是问培训 我是问第六条 钱的那个" after the plan’s parts points at part six, and "第八条" still points into them', async () => {
    const turns = await conversation('r1', [
      '返乡创业那个方案一共几大块 给我列一下',
      '第四条具体是么意思',
      '我不是问培训 我是问第六条 钱的那个',
      '个人的呢',
      '有冇得期限 么时候截止申请',
      '哦 那第八条',
    ]);
    expect(replyText(turns[2]!)).toMatch(/返乡创业贷款/);
    expect(replyText(turns[3]!)).toContain('30万');
    expect(replyText(turns[4]!)).toMatch(/返乡创业贷款/);
    expect(replyText(turns[5]!)).toMatch(/返乡人才/);
  });

  it('"完成时限呢" after task 6 gives task 6’s deadline, not every task’s', async () => {
    const [, turn] = await conversation('r2', ['任务清单第6条是么内容', '完成时限呢']);
    expect(replyText(turn!)).toMatch(/任务6/);
    expect(replyText(turn!)).not.toContain('2025年4月');
  });

  it('"那地呢 我屋门口有个倒闭的砖厂 能不能拿来用" after the loans asks about land', async () => {
    const [, turn] = await conversation('r3', ['返乡创业贷款最多贷好多', '那地呢 我屋门口有个倒闭的砖厂 能不能拿来用']);
    expect(replyText(turn!)).toMatch(/闲置/);
  });

  it('"先不登了" leaves a lead form; "你直接帮我喊个人吧" asks for a person', async () => {
    const turns = await conversation('r4', [
      '想回洪湖投资建厂 帮忙牵个线',
      '同意',
      '哎等下 我还是回去跟屋里人商量下 先不登了',
      '你直接帮我喊个人吧',
    ]);
    expect(replyText(turns[2]!)).not.toMatch(/没看懂/);
    expect(turns[3]!.intent).toBe('handoff.human');
  });
});

describe('pointing at a thing by its kind', () => {
  it('"这站能帮我办么事" after the stations points at them, not at the nearest entries', async () => {
    const turns = await conversation('p1', ['听老乡说荆州在长三角设了返乡创业的站点 宁波有冇得', '这站能帮我办么事']);
    expect(replyText(turns[1]!)).toMatch(/代办/);
    expect(replyText(turns[1]!)).not.toMatch(/最接近/);
  });

  it.each([
    ['访谈栏目叫么名字', '创客青年说'],
    ['那市里搞么大活动', '楚文化节'],
  ])('"%s" finds %s', async (text, fact) => {
    const [turn] = await conversation(`p-${text}`, [text]);
    expect(replyText(turn!)).toContain(fact);
  });
});

describe('a courtesy in words no rule knows', () => {
  it.each(['好嘞 麻烦师傅咯', 'ok cheers', 'got it, thanks mate', '感谢感谢 先这样哈'])(
    '"%s" is thanked back, not refused',
    async (text) => {
      const [turn] = await conversation(`g-${text}`, [text]);
      expect(turn!.intent).toBe('greet');
      expect(replyText(turn!)).not.toMatch(/帮不上忙|cannot help/);
    },
  );

  it.each(['谢谢 明天沙市下雨不', '谢谢你 帮我写首诗'])('"%s" still asks something off the domain', async (text) => {
    const [turn] = await conversation(`g2-${text}`, [text]);
    expect(turn!.intent).toBe('out_of_scope');
  });
});

describe('a figure follow-up and the task row restating the topic', () => {
  it('"评上了给好多" after the labour-brand companies gets their 10万, not task 9’s parks', async () => {
    const [, turn] = await conversation('t9', ['劳务品牌领军企业要评几家', '评上了给好多']);
    expect(replyText(turn!)).toContain('10万元');
    expect(replyText(turn!)).not.toContain('10~20万');
  });

  it('"任务清单上评上了给好多" asks the row itself', async () => {
    const [, turn] = await conversation('t9b', ['劳务品牌领军企业要评几家', '任务清单第9项评上了给好多']);
    expect(replyText(turn!)).toMatch(/任务清单第9项/);
    expect(replyText(turn!)).not.toContain('【高效化赋能劳务品牌引领');
  });
});
