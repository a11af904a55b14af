/**
 * Conversations found failing in blind sets 71 and 72 (users asking about the task list's rows and figures; several
 * things in one message, corrections, side requests in forms), each in our own words: a row named by its number
 * during a task-list topic, "task 12" in English, a figure quoted from the plan, the row restating an article, things
 * named inside one point counted by "第三个", a person asked for while a form is open.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('the task list, by number and by figure', () => {
  it('"第13条呢 具体指标" during a row is row 13, not the land article that says 指标', async () => {
    const [, row] = await conversation('c15-row13', ['任务清单第一项要发布哪些东西', '第13条呢 具体指标是么']);
    expect(replyText(row!)).toContain('300个');
    expect(replyText(row!)).toContain('2%');
    expect(replyText(row!)).not.toContain('用地');
  });

  it.each([
    ['task 12: how many role models will they pick', '40'],
    ['who leads task 3?', 'Investment Promotion'],
  ])('"%s" is the row of that number', async (text, fact) => {
    const [turn] = await conversation(`c15-task-${text.length}`, [text]);
    expect(turn!.intent).toMatch(/policy.ask|contact.ask/);
    expect(replyText(turn!)).toContain(fact);
  });

  it.each([
    ['清单上那个40个是指什么', '典型人物'],
    ['文件里的3000人次 是啥意思', '3000人次'],
  ])('a figure quoted from the plan ("%s") finds the article that gives it', async (text, fact) => {
    const [turn] = await conversation(`c15-figure-${text.length}`, [text]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain(fact);
  });

  it('a figure of one’s own ("我有50万") picks no article by its number', async () => {
    const [turn] = await conversation('c15-own-figure', ['我手上有50万 想回来开个厂 有么政策']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).not.toContain('50家');
  });

  it('"这个是清单第几项" after an article names the row restating it, with its deadline', async () => {
    const [, row] = await conversation('c15-which-row', ['石首防水工算不算劳务品牌', '这个是任务清单第几项 啥时候完成']);
    expect(replyText(row!)).toContain('任务清单第9项');
    expect(replyText(row!)).toContain('2025年12月');
  });

  it('"建在哪些地方" of a row that never says where gets the article that does', async () => {
    const [turn] = await conversation('c15-where', ['驻外推介服务站一共要建几个 都建在哪些地方']);
    expect(replyText(turn!)).toContain('长三角');
    expect(replyText(turn!)).toContain('20个');
  });

  it('"几时建起来" of an article without a date takes the row’s deadline', async () => {
    const [turn] = await conversation('c15-built-when', ['回乡企业家联络中心么时候建起来']);
    expect(replyText(turn!)).toContain('2025年12月');
  });

  it('the article named by its number answers who leads it ("返乡创业方案第七条 谁牵头")', async () => {
    const [turn] = await conversation('c15-article-unit', ['返乡创业方案第七条 用地那块 是哪个部门牵头']);
    expect(replyText(turn!)).toContain('市自然资源和城乡建设局');
  });
});

describe('follow-ups', () => {
  it('"第三个呢 今年搞几场" after the 五个一 counts the things that point names and keeps what is asked', async () => {
    const [, third] = await conversation('c15-five-ones', ['五个一具体是哪五个', '第三个呢 今年搞几场']);
    expect(replyText(third!)).toMatch(/4场次|6场次/);
  });

  it('a question naming what another entry is about leaves the topic ("会一直存在吗" after the office)', async () => {
    const [, later] = await conversation('c15-dissolve', ['联席会议办公室设在哪个单位', '联席会议以后会一直存在吗']);
    expect(replyText(later!)).toContain('撤销');
  });

  it('"跟么东西一起设的" after the stations: they are set up with the investment offices', async () => {
    const [, withWhat] = await conversation('c15-set-with', ['驻外推介服务站建多少个', '跟么东西一起设的']);
    expect(replyText(withWhat!)).toContain('驻外招商办事处');
  });

  it('English: "built on what? existing offices?" after the liaison stations', async () => {
    const [, on] = await conversation('c15-built-on', [
      'how many chushang liaison stations will be set up',
      "and they're built on what? existing offices?",
    ]);
    expect(replyText(on!)).toContain('200');
  });
});

describe('requests said in passing', () => {
  it.each([
    ['好 我把店里的情况登记一下 你们招商的来找我', 'lead.register'],
    ['帮我写篇500字的宣传稿 题目随便', 'out_of_scope'],
    ['想回老家搞个农家乐 地最头疼 村里的地能用不', 'policy.ask'],
    ['我头疼得很 吃什么药好', 'out_of_scope'],
    ['我想跟你们管招商的聊聊 楚商回乡是哪个单位牵头', 'policy.ask'],
  ])('"%s" → %s', async (text, intent) => {
    const [turn] = await conversation(`c15-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"算了 直接帮我转个工作人员" inside a booking leaves it and opens a ticket', async () => {
    const turns = await conversation('c15-transfer', ['约个导师', '算了 你直接帮我转个工作人员']);
    expect(turns[1]!.intent).toBe('handoff.human');
    expect(replyText(turns[1]!)).toContain('转人工');
  });

  it('"还是算了 取消吧" with no form open is about the booking, never a refusal', async () => {
    const turns = await conversation('c15-cancel', ['专家库里有多少人', '还是算了 取消吧']);
    expect(turns[1]!.intent).toBe('consult.manage');
    expect(replyText(turns[1]!)).not.toContain('帮不上忙');
  });

  it('a reporter writing a piece who asks a fact gets the fact; writing the piece for someone is refused', async () => {
    const [asks] = await conversation('c15-reporter', ['我在报社实习 要写个稿子 印发通知是哪天发的']);
    expect(asks!.intent).toBe('policy.ask');
    expect(replyText(asks!)).toContain('2025年3月29日');
    const [writes] = await conversation('c15-ghost', ['你帮我写个新闻稿 就写楚商回乡']);
    expect(writes!.intent).toBe('out_of_scope');
  });

  it('"越快越好 电话聊" inside a booking is how to meet, not a request for our number', async () => {
    const turns = await conversation('c15-phone-chat', ['约个导师', '冇得么时间要求 越快越好 电话聊']);
    expect(turns[1]!.intent).toBe('consult.book');
    expect(replyText(turns[1]!)).not.toContain('8514460');
  });
});

describe('English', () => {
  it('"what should be in the report" after the quarterly reporting stays on it (a word of its English wording)', async () => {
    const [, contents] = await conversation('c15-report', [
      'When do member units send their quarterly report?',
      'what should be in the report',
    ]);
    expect(contents!.intent).toBe('policy.ask');
    expect(replyText(contents!)).toMatch(/progress/i);
  });

  it('"is that hotline number out? what number" asks for a number: the plan gives none for the hotline, only the office’s', async () => {
    const [turn] = await conversation('c15-hotline', ['is that hotline number out? what number']);
    expect(turn!.intent).toBe('contact.ask');
    expect(replyText(turn!)).toContain('8514460');
    expect(replyText(turn!)).toMatch(/gives no numbers/);
  });

  it('"what is the number of liaison stations" asks a count, not a phone number', async () => {
    const [turn] = await conversation('c15-count', ["what's the number of liaison stations"]);
    expect(turn!.intent).toBe('policy.ask');
  });

  it('"thats all, thx" says goodbye, without the menu', async () => {
    const [turn] = await conversation('c15-bye', ['thats all, thx']);
    expect(turn!.intent).toBe('greet');
    expect(replyText(turn!)).not.toMatch(/Pick one/);
  });
});

describe('English requests found in blind set 74', () => {
  it.each([
    ['i gave you my name and phone for a project last month, i want all of that deleted now', 'privacy.delete'],
    ['why do you even keep it? who sees it', 'privacy.delete'],
    ['what is the average house price in jingzhou now', 'out_of_scope'],
    ['can you show me what i booked', 'consult.manage'],
    ['can you get me a mentor who knows fish farming', 'consult.book'],
    ['peach blossom festival - which month?', 'event.ask'],
    ['tack!', 'greet'],
    ['hmm before i give my phone, who exactly gets my data?', 'privacy.delete'],
    ['ok and the hotline for investors?', 'contact.ask'],
  ])('"%s" → %s', async (text, intent) => {
    const [turn] = await conversation(`c15-en-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('"whats a labour brand anyway, examples?" is English (whats, examples) and names the brands', async () => {
    const [turn] = await conversation('c15-brand', ['whats a labour brand anyway, examples?']);
    expect(replyText(turn!)).toMatch(/^\[Labour brands/);
    expect(replyText(turn!)).toContain('监利铍铝商');
  });

  it('"who leads that" after the liaison stations is who handles them; "who leads the joint meeting" its conveners', async () => {
    const [, that] = await conversation('c15-leads', ['how many chushang liaison stations will be built', 'who leads that']);
    expect(replyText(that!)).toContain('Investment Promotion');
    const [meeting] = await conversation('c15-leads-jm', ['who leads the joint meeting']);
    expect(replyText(meeting!)).toMatch(/convener/i);
  });
});
