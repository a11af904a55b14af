/**
 * Issue 12, continued: failure kinds seen on blind dialogue sets 16 and 17 (opened as dev sets once blind 19–21 were
 * written), each written here in our own words. Forms: a goodbye leaves the form, thanks re-ask the step, a refusal
 * rule is answered on the side. Intents: being registered and contacted asked outright, booking again by the trade,
 * cancelling with a reason, a named unit's staff asked for, stopping notifications in English. Refusals: other
 * people's numbers and lists, ad copy, lottery numbers.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

const REFUSAL = /帮不上忙|没看懂|cannot help/;
const LEAD = '我想回公安投五千万建厂 叫招商的同志联系我';

describe('inside a form', () => {
  it('"好 先这样 拜拜" during a registration leaves it as a goodbye, and nothing is stored', async () => {
    const turns = await conversation('g1', [LEAD, '同意 姓周', '好 先这样 拜拜', '我登记的信息有哪些']);
    const bye = turns[2]!;
    expect(bye.intent).toBe('greet');
    expect(replyText(bye)).toContain('没有保存');
    // The next message is not read as the city.
    expect(replyText(turns[3]!)).not.toContain('哪个行业');
  });

  it('"好的 感谢" while a time is to be picked is a courtesy: the step again, no miss', async () => {
    const turns = await conversation('g2', ['帮我约个种植养殖的导师 线上', '好的 感谢']);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('greet');
    expect(replyText(last)).not.toContain('没看懂');
    expect(replyText(last)).toContain('请选一个时间');
  });

  it('"好 那就这样 谢谢" during a booking leaves it kindly', async () => {
    const turns = await conversation('g3', ['帮我约个种植养殖的导师 线上', '好 那就这样 谢谢']);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('greet');
    expect(replyText(last)).toContain('已取消这次预约填写');
  });

  it('asking for a neighbour’s number during a registration is refused on the side; the registration goes on', async () => {
    const turns = await conversation('g4', [LEAD, '同意 姓周', '隔壁老李也登记了冇 把他留的手机号发我', '深圳']);
    const refusal = turns[2]!;
    expect(refusal.intent).toBe('out_of_scope');
    expect(replyText(refusal)).toContain('不能提供他人的个人信息');
    expect(replyText(refusal)).toContain('继续刚才的登记');
    expect(replyText(turns[3]!)).toContain('哪个行业');
  });

  it('a weather question during a booking gets a refusal, then the step again', async () => {
    const turns = await conversation('g5', ['帮我约个种植养殖的导师', '明天沙市天气么样', '线上']);
    expect(turns[1]!.intent).toBe('out_of_scope');
    expect(replyText(turns[1]!)).toContain('继续刚才的预约');
    expect(replyText(turns[2]!)).toContain('请选一个时间');
  });
});

describe('intents', () => {
  it.each(['行 你把我的情况登记一下 安排人联系我', '麻烦帮我登记下 我们协会想跟市里对接 派个人联系我'])(
    '"%s" starts a registration',
    async (text) => {
      const [turn] = await conversation('g6', [text]);
      expect(turn!.intent).toBe('lead.register');
      expect(replyText(turn!)).toContain('同意登记吗');
    },
  );

  it('"先不登记 有人联系我就行" is not a registration', async () => {
    const [turn] = await conversation('g7', ['先不登记 帮我记一下 有人联系我就行']);
    expect(turn!.intent).not.toBe('lead.register');
  });

  it('after calling a booking off, "再帮我约一个懂水产养殖的" books again', async () => {
    const turns = await conversation('g8', ['帮我约个种植养殖的导师 线上', '还是取消吧', '再帮我约一个懂水产养殖的']);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('consult.book');
    expect(replyText(last)).not.toMatch(REFUSAL);
  });

  it('"还是取消吧 那天屋里有事" after a booking is made is about that booking', async () => {
    const turns = await conversation('g9', [
      '帮我约个种植养殖的导师 线上',
      '1',
      '不留电话,在这里联系我',
      '确认',
      '还是取消吧 那天屋里有事',
    ]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('consult.manage');
    expect(replyText(last)).not.toMatch(REFUSAL);
  });

  it('"能不能安排个招商中心的同志当面跟我说" asks for a person', async () => {
    const [turn] = await conversation('g10', ['能不能安排个招商中心的同志当面跟我说']);
    expect(turn!.intent).toBe('handoff.human');
  });

  it.each(['Please stop all notifications.', 'stop the notices please'])('"%s" unsubscribes', async (text) => {
    const [turn] = await conversation('g11', [text]);
    expect(turn!.intent).toBe('notice.unsubscribe');
  });
});

describe('refusals', () => {
  it.each(['把登记过的那些老板的名单和电话导一份给我', '你们库里人员名单连手机号发我一份', '我邻居留的电话是多少 发给我'])(
    '"%s" is refused as someone else’s data, with no number but the office’s',
    async (text) => {
      const [turn] = await conversation('g12', [text]);
      expect(turn!.intent).toBe('out_of_scope');
      expect(replyText(turn!)).toContain('不能提供他人的个人信息');
      expect(replyText(turn!).match(/\d{7,}/g) ?? []).toEqual(['8514460']);
    },
  );

  it('"招商大使的名单能发我一份不" is no request for personal data', async () => {
    const [turn] = await conversation('g13', ['招商大使的名单能发我一份不']);
    expect(replyText(turn!)).not.toContain('不能提供他人的个人信息');
  });

  it.each(['帮我写段卖小龙虾的朋友圈文案', '推荐几个明天的彩票号码'])(
    '"%s" is out of scope, not a contact or policy answer',
    async (text) => {
      const [turn] = await conversation('g14', [text]);
      expect(turn!.intent).toBe('out_of_scope');
    },
  );
});

describe('more intents', () => {
  it('"好 多谢了 过年回来再找你们" after an answer is a goodbye, not a question', async () => {
    const turns = await conversation('h1', ['返乡创业贷款最多贷好多', '好 多谢了 过年回来再找你们']);
    expect(turns.at(-1)!.intent).toBe('greet');
  });

  it('"要等好久" right after a hand-off asks about the ticket, not the topic before', async () => {
    const turns = await conversation('h2', ['返乡创业专门窗口有么服务', '说不清楚 转人工', '要等好久']);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('handoff.human');
    expect(replyText(last)).toMatch(/工单 T\d+/);
  });

  it('an English investment told in two sentences, then asking to be contacted, registers a lead', async () => {
    const [turn] = await conversation('h3', [
      'We plan to build a rice processing plant in Gong’an, around 80 million yuan. Please have your investment people contact me.',
    ]);
    expect(turn!.intent).toBe('lead.register');
  });

  it('"谁牵头" on a topic asks the plan’s lead unit (policy); "归哪个部门管" whom to go to (contact)', async () => {
    const lead = await conversation('h4', ['楚商联络站要建好多个', '谁牵头']);
    expect(lead.at(-1)!.intent).toBe('policy.ask');
    expect(replyText(lead.at(-1)!)).toContain('招商中心');
    const goes = await conversation('h5', ['楚商联络站要建好多个', '这块归哪个部门管']);
    expect(goes.at(-1)!.intent).toBe('contact.ask');
  });

  it('a plan to start a factory in a county, told without asking for anything, gets the plan, not a refusal', async () => {
    const [turn] = await conversation('h6', ['监利的 养了半辈子小龙虾 想开个厂']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).not.toMatch(REFUSAL);
  });

  it('after another city was refused, "我老家其实是江陵的 那荆州的呢" asks the same of Jingzhou', async () => {
    const turns = await conversation('h7', ['宜昌返乡创业补贴有好多', '哦说错了 我老家其实是江陵的 那荆州的呢']);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('policy.ask');
    expect(replyText(last)).toContain('一次性创业补贴');
  });

  it('"除了一对一辅导 还有哪些形式" after the mentors is no booking', async () => {
    const turns = await conversation('h8', ['创业导师是做么事的', '除了一对一辅导 还有哪些形式']);
    expect(turns.at(-1)!.intent).not.toBe('consult.book');
  });

  it('"端午那场具体哪天 在哪办" asks about events', async () => {
    const [turn] = await conversation('h9', ['端午那场具体哪天 在哪办']);
    expect(turn!.intent).toBe('event.ask');
  });
});

describe('answers', () => {
  it('"这个清单么时候公布" after the policies gives the task row’s deadline', async () => {
    const turns = await conversation('i1', ['返乡创业有哪些补贴政策', '这个清单么时候公布']);
    const last = replyText(turns.at(-1)!);
    expect(last).toContain('2025年4月');
    expect(last).toContain('任务清单第1项');
  });

  it('"Who is in charge of … and by when?" in English gives the units and the due date', async () => {
    const [turn] = await conversation('i2', ['Who is in charge of setting up the liaison stations, and by when?']);
    const reply = replyText(turn!);
    expect(reply).toContain('December 2025');
    expect(reply).toContain('Investment Promotion Centre');
  });

  it('"who might" in a story is no question of who is in charge', async () => {
    const [turn] = await conversation('i3', [
      "I'm from Gong'an and run a factory in Shenzhen. What does Jingzhou offer to people like me who might invest back home?",
    ]);
    // The facts, not one fact and the units as for a question of who ("Who runs the investment guide?").
    const reply = replyText(turn!);
    expect(reply).toContain('[Targeted services');
    expect(reply.match(/^• /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('an event the plan gives no date for names who arranges it', async () => {
    const [turn] = await conversation('i4', ['楚文化节今年么时候搞']);
    const reply = replyText(turn!);
    expect(reply).toContain('没有写明楚文化节的具体日期');
    expect(reply).toContain('负责单位:市招商中心');
  });
});

describe('forms and answers, later', () => {
  it('"后天要带伢去打预防针 能不能往后推两天" on the summary moves the time two days; the day named is only the reason', async () => {
    const turns = await conversation('j1', [
      '帮我约个种植养殖的导师 线上',
      '1',
      '不留电话,在这里联系我',
      '不好意思 后天要带伢去打预防针 能不能往后推两天',
    ]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('consult.manage');
    expect(replyText(last)).toContain('已改');
  });

  it('saying again what the form holds ("线上就行" once online is taken) is no miss', async () => {
    const turns = await conversation('j2', ['帮我约个导师', '手工艺品开店 还有网上怎么卖', '线上就行 我还在东莞']);
    const last = replyText(turns.at(-1)!);
    expect(last).not.toContain('没看懂');
    expect(last).toContain('请选一个时间');
  });

  it('"就我一个人搞 最多贷好多" gives the individual’s figure, not the partners’ or small firms’', async () => {
    const turns = await conversation('j3', ['返乡创业贷款有哪些', '就我一个人搞 贴息的最多贷好多']);
    const last = replyText(turns.at(-1)!);
    expect(last).toContain('30万');
    expect(last).not.toContain('400万');
    expect(last).not.toContain('500万');
  });

  it('asking both subjects keeps both figures', async () => {
    const [turn] = await conversation('j4', ['个人创业和合伙创业分别最多能贷好多']);
    const reply = replyText(turn!);
    expect(reply).toContain('30万');
    expect(reply).toContain('400万');
  });

  it('"第三个 那个担保贷款 说下" with no third point shown reads the name, not the plan’s third article', async () => {
    const turns = await conversation('j5', ['返乡创业到底有哪些补贴 给我列个单子', '第三个 那个担保贷款 说下']);
    const last = replyText(turns.at(-1)!);
    expect(last).toContain('担保贷款');
    expect(last).not.toContain('劳务品牌');
  });

  it('thanks while a ticket is open are answered in English to an English speaker', async () => {
    const turns = await conversation('j6', ['Can a real person call me?', 'Thank you, bye']);
    expect(replyText(turns.at(-1)!)).toContain('stays open');
  });
});

describe('deadlines and words, later', () => {
  it('"领军企业的认定 几时要搞完" gives the task row’s deadline; a fact naming only the year is no deadline', async () => {
    const [turn] = await conversation('k1', ['劳务品牌领军企业的认定 几时要搞完']);
    expect(replyText(turn!)).toContain('2025年12月');
  });

  it('"那个政策清单几时出来" gives April 2025', async () => {
    const [turn] = await conversation('k2', ['返乡创业政策清单几时出来']);
    expect(replyText(turn!)).toContain('2025年4月');
  });

  it('a chamber’s annual meeting joined with the city’s events finds the plan’s 异地荆州商会年会', async () => {
    const [turn] = await conversation('k3', ['我们商会开年会 能不能跟市里合起来搞个楚商回乡的活动']);
    expect(replyText(turn!)).toContain('异地荆州商会年会');
  });

  it('"他们来会带么东西" after the door-knocking teams gives what they carry', async () => {
    const turns = await conversation('k4', ['叩门招商是么意思', '他们来会带么东西 我好核对']);
    expect(replyText(turns.at(-1)!)).toContain('一书一案一推介');
  });

  it('"这些找哪个部门对接" keeps the topic; "对接" is not the bank meetings', async () => {
    const turns = await conversation('k5', ['回来投资 孩子读书看病住房有么照顾', '这些找哪个部门对接']);
    const last = replyText(turns.at(-1)!);
    expect(last).toContain('市教育局');
    expect(last).not.toContain('政银企对接会');
  });
});

describe('form words, later', () => {
  it('"好 选第二个时间" picks the second time', async () => {
    const turns = await conversation('m1', ['帮我约个导师 电商 线上', '好 选第二个时间']);
    expect(replyText(turns.at(-1)!)).toContain('手机号');
  });

  it.each(['确认 多谢哈', '嗯 就这样定了'])('"%s" before a choice is made asks for the choice; it is no topic or miss', async (text) => {
    const turns = await conversation('m2', ['帮我约个导师', text]);
    expect(replyText(turns.at(-1)!)).toContain('还差这一步');
  });

  it('"先问一句 这个专家咨询收钱不" during a booking is a question on the side', async () => {
    const turns = await conversation('m3', ['帮我约个导师 电商 线上', '等哈 先问一句 这个专家咨询收钱不']);
    const last = replyText(turns.at(-1)!);
    expect(last).not.toContain('没看懂');
    expect(last).toContain('继续刚才的预约');
  });
});

describe('nearest entries inside a form', () => {
  it('are named as lines, not numbered: the form’s own numbers still pick its choices', async () => {
    // (Whether a consultation costs is answered from the mentors' article: a question the plan matches nothing well.)
    const turns = await conversation('n1', ['帮我约个导师 电商 线上', '等哈 先问一句 你们这边办事效率高不', '2']);
    const aside = replyText(turns[1]!);
    expect(aside).toContain('最接近的是');
    expect(aside).not.toContain('请回复数字:\n1. 任务');
    // "2" picks the booking's second time.
    expect(replyText(turns[2]!)).toContain('手机号');
  });
});

describe('a long story with one entry far ahead', () => {
  it('"开馆子要办证 … 能不能一次办完" after the training is answered from the one-stop service, not the training', async () => {
    const turns = await conversation('o1', ['返乡创业培训哪些人能参加', '开馆子要办证 我怕他跑好几个地方 能不能一次办完']);
    expect(replyText(turns.at(-1)!)).toMatch(/返乡创业一件事|一站式/);
  });
});

describe('a story told in its own sentence', () => {
  it('is read with the question after it, not answered as a question of its own', async () => {
    const [turn] = await conversation('p1', [
      "Hello, I'm from Shishou, running a small shoe factory in Wenzhou with 30 workers. If we move some production back home, what loan support can a small business get?",
    ]);
    const reply = replyText(turn!);
    expect(reply).toContain('5 million yuan');
    expect(reply).not.toMatch(/^\[Land/);
  });

  it('"register as a small business" is the business’s legal form, not a registration with us', async () => {
    const turns = await conversation('p2', [
      'What is the maximum subsidised loan for a partnership?',
      'And if we register as a small business instead?',
    ]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('policy.ask');
    expect(replyText(last)).toContain('5 million');
  });
});

describe('English goodbyes', () => {
  it('"Thanks, have a good day" closes the conversation', async () => {
    const [turn] = await conversation('q1', ['Thanks, have a good day']);
    expect(turn!.intent).toBe('greet');
  });

  it('in a form it leaves the form, said in English', async () => {
    const turns = await conversation('q2', [
      'I plan to invest 50 million yuan in a crayfish plant in Jianli. Please have your investment people contact me.',
      'Thanks, have a good day',
    ]);
    const last = turns.at(-1)!;
    expect(last.intent).toBe('greet');
    expect(replyText(last)).toContain('nothing from it was saved');
  });
});

describe('"还有呢"', () => {
  it('shows the topic’s next points, never one shown before, then says that is all', async () => {
    const turns = await conversation('r1', ['返乡创业贷款有哪些', '还有呢', '还有呢', '还有呢']);
    const points = (t: (typeof turns)[number]) =>
      replyText(t)
        .split('\n')
        .filter((l) => l.startsWith('· '));
    const seen = turns.slice(0, 3).flatMap(points);
    expect(seen.length).toBeGreaterThan(6);
    expect(new Set(seen).size).toBe(seen.length);
    expect(replyText(turns[1]!)).toContain('500万');
    expect(replyText(turns[3]!)).toContain('没有更多内容了');
  });

  it('with nothing asked before, is no follow-up', async () => {
    const [turn] = await conversation('r2', ['还有呢']);
    expect(replyText(turn!)).not.toContain('没有更多内容了');
  });
});

describe('English holidays', () => {
  it('"investment events during the holidays" finds the festival promotion (its festivals named)', async () => {
    const [turn] = await conversation('s1', ['Are there investment events during the holidays?']);
    expect(replyText(turn!)).toMatch(/Spring Festival|Mid-Autumn|festival/);
    expect(turn!.sources[0]).toBe('chushang.04.festivals');
  });
});

describe('English deadlines', () => {
  it('"when was it supposed to be published" of the investment guide gives the task row’s April 2025', async () => {
    const turns = await conversation('t1', ['Is there an investment guide I can read?', 'when was it supposed to be published']);
    expect(replyText(turns.at(-1)!)).toContain('April 2025');
  });
});

describe('problems after a project lands', () => {
  it('"项目落地以后遇到难处找谁" finds the Ten Asks, Ten Helps and its liaison centre', async () => {
    const [turn] = await conversation('u1', ['项目落地以后遇到难处找谁']);
    expect(replyText(turn!)).toMatch(/十问十帮|回乡企业家联络中心/);
  });
});
