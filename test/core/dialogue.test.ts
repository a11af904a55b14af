import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { HANDLERS } from '../../src/handlers/index.ts';
import { INTENT_NAMES, INTENTS } from '../../src/intent/intents.ts';
import { choicesOf, entryIdOf, findAmbiguity, makeApp, replyText, say, tempDir, type Ambiguity } from '../helpers.ts';

describe('clarifying choices', () => {
  let ambiguity: Ambiguity;
  let app: App;
  beforeAll(async () => {
    ambiguity = await findAmbiguity();
    app = makeApp({ knowledgeDir: ambiguity.knowledgeDir });
  });

  it('asks back with numbered choices, and "2" answers the second one', async () => {
    const asked = await say(app, ambiguity.question, 'chooser');
    const choices = choicesOf(asked);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(3);
    expect(replyText(asked)).toMatch(/^1\. /m);
    expect(replyText(asked)).toMatch(/^2\. /m);

    const answer = await say(app, '2', 'chooser');
    const second = app.retriever.get(entryIdOf(choices[1]!))!;
    expect(answer.intent).toBe('policy.ask');
    expect(answer.sources).toEqual([second.id]);
    expect(choicesOf(answer)).toEqual([]);
    expect(second.facts.some((fact) => replyText(answer).includes(fact))).toBe(true);
  });

  it('re-asks with the same choices on an out-of-range number, and still takes a right one after', async () => {
    const choices = choicesOf(await say(app, ambiguity.question, 'fumbler'));

    const reasked = await say(app, '9', 'fumbler');
    expect(reasked.intent).toBe('policy.ask');
    expect(choicesOf(reasked)).toEqual(choices);

    const answer = await say(app, '1', 'fumbler');
    expect(answer.sources).toEqual([entryIdOf(choices[0]!)]);
  });

  it("keeps each user's choices to that user", async () => {
    const choices = choicesOf(await say(app, ambiguity.question, 'alice'));
    expect(choices.length).toBeGreaterThanOrEqual(2);

    const bob = await say(app, '1', 'bob');
    expect(bob.sources).not.toEqual([entryIdOf(choices[0]!)]);

    const alice = await say(app, '1', 'alice');
    expect(alice.sources).toEqual([entryIdOf(choices[0]!)]);
  });

  it('dialogue state survives a restart with a file database', async () => {
    const dbPath = join(tempDir(), 'huixiang.sqlite');
    const before = makeApp({ knowledgeDir: ambiguity.knowledgeDir, dbPath });
    const choices = choicesOf(await say(before, ambiguity.question, 'returning'));
    expect(choices.length).toBeGreaterThanOrEqual(2);
    before.close();

    const after = makeApp({ knowledgeDir: ambiguity.knowledgeDir, dbPath });
    const answer = await say(after, '1', 'returning');
    expect(answer.intent).toBe('policy.ask');
    expect(answer.sources).toEqual([entryIdOf(choices[0]!)]);
    expect(choicesOf(answer)).toEqual([]);
  });
});

/** Our own phrasings, as people type them; none is in ../shared/eval/dev.jsonl or test/fixtures/phrasings.jsonl. */
const PHRASINGS: Record<keyof typeof INTENTS, string[]> = {
  'policy.ask': [
    '我老家公安的 在外面搞了十几年装修 想回公安开个公司 有么扶持',
    '在外地的楚商联络站一共要建多少个',
    '招商大使是怎么选出来的 有啥待遇',
    '联席会议多久开一次会',
    '荆州每年要引进好多个亿元项目',
  ],
  'consult.book': ['我想跟创业导师当面聊一下我的养鸡场计划', '能帮我约个懂电商的专家吗', '想预约一次创业指导 周末有空'],
  'consult.manage': ['我约的周三那个导师咨询不去了 帮我取消', '我的预约是几点来着', '把我预约的时间改到下周一'],
  'lead.register': [
    '我在苏州做服装二十年 想回监利建个厂 请招商的人联系我',
    '有个投资意向 想回松滋办养殖基地 麻烦登记一下',
    '我们企业准备回荆州投3000万建仓储物流 请派人对接',
  ],
  'event.ask': ['最近有没有招商推介会可以参加', '今年的楚商大会在哪天开', '中秋节前后有什么招商活动'],
  'notice.subscribe': ['以后有招商会的消息麻烦通知我一声', '我想订阅返乡创业的政策推送', '有新活动就发给我 别让我错过'],
  'notice.unsubscribe': ['别再给我推消息了', '取消订阅 谢谢', '通知太多了 不想收了'],
  'contact.ask': ['联席会议办公室的电话是多少', '楚商回乡投资的事找哪个单位', '有没有邮箱可以发材料'],
  'handoff.human': ['我要找人工客服', '机器人听不懂 换个真人来', '能不能让工作人员跟我聊'],
  'privacy.delete': ['请把我的个人信息全部删除', '我留的手机号帮我删掉', '不要再保存我的资料了'],
  greet: ['你好呀', '谢谢你 很有帮助', '早上好', '你能帮我做些么子'],
  out_of_scope: [
    '今天荆州天气怎么样',
    '帮我写一首关于春天的诗',
    '长沙的创业补贴有多少',
    '把招商中心李主任的手机号给我',
    '长沙对回乡创业的大学生补贴多少',
    '公积金贷款能贷多少',
    '宋副市长住在哪个小区',
  ],
};

describe('the twelve intents', () => {
  const app = makeApp();
  const cases = Object.entries(PHRASINGS).flatMap(([intent, texts]) => texts.map((text) => [intent, text] as const));

  it.each(cases)('%s <- %s', async (intent, text) => {
    const turn = await say(app, text, `intent-${text}`);
    expect(turn.intent).toBe(intent);
    expect(replyText(turn).trim()).not.toBe('');
    if (intent === 'policy.ask') expect(turn.sources.length).toBeGreaterThan(0);
  });

  it('the INTENTS table holds exactly the twelve contract names, each with a handler', () => {
    const contract = [
      'policy.ask',
      'consult.book',
      'consult.manage',
      'lead.register',
      'event.ask',
      'notice.subscribe',
      'notice.unsubscribe',
      'contact.ask',
      'handoff.human',
      'privacy.delete',
      'greet',
      'out_of_scope',
    ];
    expect(Object.keys(INTENTS).sort()).toEqual([...contract].sort());
    expect([...INTENT_NAMES].sort()).toEqual([...contract].sort());
    expect(Object.keys(HANDLERS).sort()).toEqual([...contract].sort());
  });
});

describe('menu, leaving and worries', () => {
  it('greets with a numbered menu whose number starts the task, and 取消 with nothing open changes nothing', async () => {
    const app = makeApp();
    const hello = await say(app, '在吗', 'm1');
    expect(hello.intent).toBe('greet');
    const labels = choicesOf(hello).map((c) => c.label);
    expect(labels).toContain('预约创业导师');
    const picked = await say(app, String(labels.indexOf('预约创业导师') + 1), 'm1');
    expect(picked.intent).toBe('consult.book');
    expect((await say(app, '9', 'm2')).intent).not.toBe('consult.book');
    const leave = await say(app, '算了', 'm3');
    expect(leave.intent).toBe('greet');
    expect(replyText(leave)).toContain('没有进行中');
  });

  it('answers a worry about personal data with how it is used, without offering to delete everything', async () => {
    const app = makeApp();
    for (const q of ['你们会不会把我手机号卖了', '我的信息安全吗']) {
      const turn = await say(app, q, 'w1');
      expect(turn.intent).toBe('privacy.delete');
      expect(replyText(turn)).toContain('只有本服务的管理员');
      expect(replyText(turn)).not.toContain('确认删除');
    }
    expect(replyText(await say(app, '把我的资料都删了', 'w1'))).toContain('确认删除');
  });

  it('takes a festival or a hometown gathering as a question about events', async () => {
    const app = makeApp();
    for (const q of ['国庆节回来能参加啥', '我在苏州 你们苏州那边搞不搞老乡会', '中秋有活动吗'])
      expect((await say(app, q, 'e1')).intent, q).toBe('event.ask');
    expect(replyText(await say(app, '中秋有活动吗', 'e2'))).toMatch(/中秋是(\d{4}年)?\d+月\d+日/);
  });
});

describe('/help', () => {
  it("lists everyone's commands to a user, and adds their own to a bound mentor or staff member", async () => {
    const app = makeApp();
    const plain = replyText(await say(app, '/help', 'plain'));
    expect(plain).toContain('/menu');
    expect(plain).not.toContain('/schedule');
    expect(plain).not.toContain('/notice');
    expect(plain.length).toBeLessThan(300);
    await say(app, `/bind ${app.booking.mentors.invite(app.booking.mentors.list()[0]!.id, new Date())}`, 'mentor');
    expect(replyText(await say(app, '/help', 'mentor'))).toContain('/schedule');
    await say(app, `/bind ${app.staff.invite('operator', '运营', null, new Date())}`, 'op');
    const staff = replyText(await say(app, '/help', 'op'));
    expect(staff).toContain('/notice');
    expect(staff).not.toContain('/schedule');
  });
});
