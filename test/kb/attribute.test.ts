import { describe, expect, it } from 'vitest';
import { askedAttributes } from '../../src/kb/attribute.ts';
import { placesIn } from '../../src/kb/places.ts';
import { makeApp, replyText, say } from '../helpers.ts';

const app = makeApp();
let users = 0;
/** A new user's first message, and what they see. */
const ask = async (text: string): Promise<string> => replyText(await say(app, text, `attr-${++users}`));
/** The line of a reply that holds `part`, and its position (-1 when none). */
const lineOf = (reply: string, part: string | RegExp) =>
  reply.split('\n').findIndex((l) => (typeof part === 'string' ? l.includes(part) : part.test(l)));
/** The first fact line ("· ...") of a reply. */
const firstFact = (reply: string) => reply.split('\n').find((l) => l.startsWith('· ')) ?? '';

describe('what a question asks for', () => {
  it.each([
    ['个人创业贴息贷款最多能贷多少', 'amount'],
    ['省级返乡创业园区荆州有好多个', 'count'],
    ['这个找哪个部门', 'unit'],
    ['返乡创业园区咋申请入驻', 'where'],
    ['任务清单第3项啥时候完成', 'when'],
    ['哪些人能申请一次性创业补贴', 'eligibility'],
    ['贷款要么事材料', 'materials'],
    ['能在手机上办不', 'online'],
    ['劳务品牌领军企业是哪几家', 'list'],
    ['联席会议办公室电话多少', 'contact'],
    ['当招商大使有啥待遇', 'benefit'],
    ['进园区房租能减吗', 'relief'],
    ['楚商联络站依托什么建', 'basis'],
    ['How much can I borrow at most?', 'amount'],
  ])('%s → %s', (text, kind) => {
    expect(askedAttributes(text)).toContain(kind);
  });

  it('reads "哪几家" as a list, not a count, and "哪个单位" as who, not a list', () => {
    expect(askedAttributes('领军企业是哪几家')).not.toContain('count');
    expect(askedAttributes('是哪些单位负责')).not.toContain('list');
  });

  it('names nothing for a bare topic', () => {
    expect(askedAttributes('返乡创业贷款')).toEqual([]);
  });
});

describe('the fact of the asked kind comes first', () => {
  it('待遇 brings the green channel and free scenic spots of investment ambassadors', async () => {
    const reply = await ask('当招商大使有啥待遇');
    expect(firstFact(reply)).toMatch(/绿色通道|免费游览/);
    expect(reply).toContain('绿色通道');
  });

  it('房租能减吗 brings the rent and utilities waiver', async () => {
    expect(firstFact(await ask('进园区房租能减吗'))).toContain('场租、水电减免');
  });

  it('依托什么 brings the 200 offices outside Jingzhou', async () => {
    expect(firstFact(await ask('楚商联络站依托什么建的'))).toContain('200个驻外招商办事处');
  });

  it('an amount question brings the amount on its topic', async () => {
    expect(firstFact(await ask('市级返乡创业园区认定了给好多钱'))).toContain('10~20万元');
  });

  it('a count question about the counties brings the county figure, not the city one', async () => {
    expect(firstFact(await ask('县区依托中省平台 每年至少搞几场'))).toContain('各县、市、区和功能区每年至少举办1场次');
  });

  it('online: the plan says 线上办, so that comes first; the web address it does not give follows', async () => {
    const reply = await ask('返乡创业一件事能在手机上办不');
    expect(firstFact(reply)).toContain('线上办');
    expect(lineOf(reply, '线上办')).toBeLessThan(lineOf(reply, '文件没有写明'));
  });

  it('who handles it: all the units of the entry, first', async () => {
    const reply = await ask('金融产品这块归哪个单位牵头');
    expect(lineOf(reply, '负责单位:荆州金融监管分局')).toBe(1);
    expect(reply).toContain('市产投集团');
  });
});

describe('what the plan does not say is said plainly, with whom to ask from the entry', () => {
  it('an amount the plan does not give', async () => {
    const reply = await ask('一次性创业补贴给几多钱');
    expect(reply.split('\n')[0]).toMatch(/^文件没有写明.*一次性创业补贴金额/);
    expect(reply).toMatch(/可以问负责单位:市人社局/);
    expect(reply).not.toMatch(/\d+元/);
  });

  it('materials the plan does not list', async () => {
    const reply = await ask('返乡创业贷款要么事材料');
    expect(reply).toMatch(/文件没有写明[^。]*材料/);
    expect(reply).toContain('可以问负责单位:荆州金融监管分局');
  });

  it('names the plan does not list, and the county asked about', async () => {
    const reply = await ask('劳务品牌领军企业有哪几家 公安县有吗');
    expect(reply).toMatch(/^文件没有写明.*名单.*公安县/);
    expect(reply).toContain('可以问负责单位:市人社局');
  });

  it('where the stations are: the plan does not say which cities', async () => {
    const reply = await ask('楚商联络站在哪几个城市 深圳有吗');
    expect(reply).toMatch(/^文件没有写明楚商联络站设在哪些城市/);
    expect(reply).toContain('市招商中心');
  });

  it('who handles an article that lists no units: the unit its plan names first most often, counted, and the joint-meeting office', async () => {
    const reply = await ask('返乡创业工作要求是哪个部门负责');
    expect(reply).toMatch(
      /这一条没有列责任单位;这份方案\d+条措施中\d+条的责任单位以市人社局为首。也可以问楚商回乡和返乡创业联席会议办公室\(设在市人社局\)/,
    );
    // The Chushang plan's measures name the investment promotion centre first.
    expect(await ask('楚商回乡招商引资工作主要由哪个部门牵头')).toMatch(/以市招商中心为首/);
  });

  it('the joint-meeting office phone is given only as that office’s, for questions about the meeting', async () => {
    const meeting = await ask('联席会议全体会议具体哪天开');
    expect(meeting).toMatch(/联席会议办公室[^。]*电话8514460/);
    const loan = await ask('返乡创业贷款要么事材料');
    expect(loan).not.toContain('8514460');
    expect(loan).not.toMatch(/热线|一天内|回电/);
  });
});

describe('in a short conversation', () => {
  it('a bare "要么事材料" after a topic says the plan gives no materials, and whom of that topic to ask', async () => {
    const user = 'attr-materials';
    expect(replyText(await say(app, '劳务品牌领军企业奖好多钱', user))).toContain('10万元');
    const reply = replyText(await say(app, '要么事材料', user));
    expect(reply).toMatch(/^文件没有写明[^。]*材料/);
    expect(reply).toContain('市人社局');
    expect(reply).not.toContain('8514460');
  });

  it('the subsidy with a rate the plan does not give: the gap first, then the fact it is about', async () => {
    const user = 'attr-rate';
    await say(app, '我想问买设备有冇得补贴', user);
    const reply = replyText(await say(app, '补好多 按么比例补', user));
    expect(reply).toMatch(/^文件没有写明厂房和生产设备补贴的比例和金额/);
    expect(firstFact(reply)).toContain('一定补贴');
  });
});

describe('places are context, not topic', () => {
  it.each(['我是监利的 返乡创业有么补贴', '石首 回来创业有补贴不', '洪湖的 回来开店有么补贴', '我在东莞打工 回来创业有么补贴'])(
    '%s gets the subsidies, not the labour brands',
    async (text) => {
      const reply = await ask(text);
      expect(reply).not.toContain('劳务品牌');
      expect(reply).toContain('补贴');
    },
  );

  it('a question about labour brands with a county still gets the labour brands, the county’s own first', async () => {
    const reply = await ask('我是石首的 劳务品牌有哪些');
    expect(reply).toContain('劳务品牌');
    expect(firstFact(reply)).toContain('石首防水工');
    // The plan names three "等": the partial list comes first, then that the full list is not given.
    expect(lineOf(reply, '石首防水工')).toBeLessThan(lineOf(reply, '文件没有写明荆州劳务品牌的完整名单'));
  });

  it('a place that is part of a name stays the topic', async () => {
    expect(placesIn('洪湖莲藕师是么事')).toEqual([]);
    expect(placesIn('沙市机场绿色通道')).toEqual([]);
    expect(placesIn('我是监利的 在东莞打工')).toEqual(['监利', '东莞']);
    expect(await ask('监利铍铝商回来创业有么政策')).toContain('劳务品牌');
  });

  it('in a conversation the county does not pull a later subsidy question to the labour brands', async () => {
    const user = 'attr-talk';
    await say(app, '我是洪湖的 在外面做了十年', user);
    const reply = replyText(await say(app, '洪湖 回来创业有么补贴', user));
    expect(reply).not.toContain('劳务品牌');
    expect(reply).toContain('补贴');
  });

  it.each(['我东莞打工的 回来创业有么补贴', '上海那边干了十年 回老家创业能贷款不'])(
    '%s is not refused as another city’s policy: the city is only where they work now',
    async (text) => {
      expect(await ask(text)).not.toContain('其他地方的政策');
    },
  );

  it('another city’s own policy is still refused', async () => {
    expect(await ask('长沙对回乡创业的大学生补贴多少')).toContain('其他地方的政策');
  });
});
