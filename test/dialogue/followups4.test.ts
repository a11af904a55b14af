/**
 * Issue 12: a short question naming no topic of its own, or about the current topic nearly as much as about anything
 * else, stays on the topic; what it asks (examples, criteria, the county level, a list) picks the fact.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('staying on the topic', () => {
  it('"有没有针对大学生的" after the platforms answers with the student incubators, not the projects article', async () => {
    const [, turn] = await conversation('s1', ['荆州有哪些创业园区可以入驻', '有没有针对大学生的']);
    expect(turn!.sources[0]).toBe('returnee.01.platforms');
    expect(replyText(turn!)).toContain('大学生创业孵化基地');
  });

  it('"评选主要看什么" after the labour-brand companies gives the condition the plan names', async () => {
    const [, turn] = await conversation('s2', ['劳务品牌领军企业奖多少', '评选主要看什么']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('辐射带动');
  });

  it('"能举几个例子不" after the low-threshold projects lists the plan’s examples; "第三个" then points at one', async () => {
    const [, examples, third] = await conversation('s3', ['有没有门槛低的创业项目', '能举几个例子不', '第三个呢']);
    expect(replyText(examples!)).toMatch(/家庭农场/);
    expect(replyText(examples!)).toMatch(/共享农庄/);
    expect(replyText(third!)).toContain('共享农庄');
  });

  it('"每个县几场" after the Qingming events gives the county figure of that task', async () => {
    const [, turn] = await conversation('s4', ['清明节的推介活动全市搞几场', '每个县几场']);
    expect(turn!.sources[0]).toBe('task.04');
    expect(replyText(turn!)).toContain('不少于2场');
  });

  it('a short off-topic message during a topic is still refused ("明天下雨不" after land)', async () => {
    const [, turn] = await conversation('s5', ['村里的闲置厂房能拿来创业不', '明天下雨不']);
    expect(turn!.intent).toBe('out_of_scope');
  });

  it('"这个什么时候发布" goes to the task row with the date when the current article has none', async () => {
    const [, turn] = await conversation('s6', ['创业项目目录指引是什么', '这个目录什么时候发布']);
    expect(replyText(turn!)).toContain('2025年4月');
  });
});

describe('lists and languages', () => {
  it('"是哪十条" names the ten measures of the Chushang plan', async () => {
    const [turn] = await conversation('l1', ['楚商回乡方案十条措施是哪十条']);
    expect(replyText(turn!)).toContain('礼聘招商大使');
    expect(replyText(turn!)).toContain('开展叩门拜访');
  });

  it('each part of a two-sentence English message is answered in English', async () => {
    const [turn] = await conversation('l2', ['A friend says I could become an investment ambassador. What perks come with that?']);
    // Chinese only as the names shown beside their English wording ("green channel (绿色通道)").
    expect(replyText(turn!).replace(/ \([\u4e00-\u9fff][^()]*\)/g, '')).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });
});

describe('more topics people stay on', () => {
  it('"要抵押不" after the loan answer says the plan does not specify collateral, not a refusal', async () => {
    const [, turn] = await conversation('t1', ['贴息贷款咋申请', '要抵押不']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('抵押');
    expect(replyText(turn!)).not.toContain('帮不上忙');
  });

  it('"职称咋办" names its own topic: it leaves the database article for the talent one', async () => {
    const [, turn] = await conversation('t2', ['你们那个楚商楚才信息库是么事', '职称咋办']);
    expect(turn!.sources[0]).toBe('returnee.08.talent');
  });

  it('"村里有块荒地 想包下来种虾" is a land question', async () => {
    const [turn] = await conversation('t3', ['村里有块荒地 想包下来种虾']);
    expect(turn!.sources[0]).toBe('returnee.07.land');
  });
});

describe('places and bookings asked of the topic', () => {
  it('"深圳有冇" after the liaison stations asks the same of Shenzhen: the plan does not list the cities', async () => {
    const [, turn] = await conversation('p1', ['楚商联络站设在哪些城市', '深圳有冇']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toMatch(/没有写明.*城市/);
  });

  it('"怎么约" after the mentors are described starts booking one', async () => {
    const [, turn] = await conversation('p2', ['创业导师是做么事的', '怎么约']);
    expect(turn!.intent).toBe('consult.book');
  });
});

describe('a question for a detail, in no words of its own', () => {
  it('"按么标准给多给少" after the city-level parks is about their funding; house prices are still refused', async () => {
    const [, detail, prices] = await conversation('q1', ['园区要是被评成市级的 政府给好多钱', '按么标准给多给少', '荆州房价好多一平']);
    expect(detail!.intent).toBe('policy.ask');
    expect(replyText(detail!)).toMatch(/入驻规模|辐射带动/);
    expect(prices!.intent).toBe('out_of_scope');
  });
});

describe('asking is not registering', () => {
  it('"你们搞不搞那种银行企业对接的会" is a question about the matchmaking meetings, not a lead', async () => {
    const [turn] = await conversation('r1', ['我们屋里搞了个小农机合作社 想贷点款 你们搞不搞那种银行企业对接的会']);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('"call me … I\'d rather talk to a person" is a hand-off, not a lead form', async () => {
    const [turn] = await conversation('r2', ["Can someone from the investment center just call me? I'd rather talk to a person."]);
    expect(turn!.intent).toBe('handoff.human');
  });
});
