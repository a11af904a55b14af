/**
 * Questions about events as people ask them: a festival (what the plan arranges for it, the activity forms, not only
 * its date), a festival the plan does not name (said so, never refused), how often a meeting sits (the plan's
 * mechanism, not a date), the schedule asked for now versus notices asked for later, and the dialect's 冇/冇得/么子.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Turn } from '../../src/core/message.ts';
import { makeApp, replyText, say } from '../helpers.ts';

const REFUSAL = /帮不上忙|没有找到答案|只解答/;
/** A reply fits on a phone screen. */
const SCREEN = 300;
/** The plan's fact naming the festival activity forms (做实重大节日招商). */
const FORMS = '重大节日期间举行节日团拜会、招商恳谈会等活动';
const NAMED_FESTIVALS = '春节、清明节、端午节、国庆节、中秋节';

/** 10 May 2026, Shanghai: 端午 is 19 June, 中秋 25 September, 国庆 1 October, 春节 6 February 2027 (dates of this year go without it). */
const MAY = () => new Date('2026-05-10T10:00:00+08:00');
/** 20 September 2026: the sample events (in 10 and 20 days) fall around 中秋 and 国庆. */
const BEFORE_MID_AUTUMN = () => new Date('2026-09-20T10:00:00+08:00');

let quiet: App;
let n = 0;
beforeAll(() => {
  quiet = makeApp({ now: MAY, samples: false });
});
/** Each message from a new user of an app with no events on record, so that nothing carries over. */
const ask = (text: string, app = quiet): Promise<Turn> => say(app, text, `event-${++n}`);

describe('a festival question is answered with what the plan arranges for it', () => {
  it.each([
    '端午回来有么活动冇',
    '过年回荆州有楚商的活动不',
    '中秋国庆回来呢 有么活动',
    '清明节我要回荆州上坟 那几天有冇得楚商的活动',
    '八月十五回荆州 有么活动',
    '端阳节回来有冇得活动',
  ])('%s: the date, the activity forms, within a phone screen', async (text) => {
    const turn = await ask(text);
    expect(turn.intent).toBe('event.ask');
    const reply = replyText(turn);
    expect(reply).toMatch(/(春节|清明|端午|中秋|国庆)是(\d{4}年)?\d+月\d+日/);
    expect(reply).toContain(FORMS);
    expect(reply).toContain('《荆州市大规模推进楚商回乡招商引资工作方案》(四)');
    expect(turn.sources).toContain('chushang.04.festivals');
    expect(reply.length).toBeLessThanOrEqual(SCREEN);
  });

  it('names the festivals of the golden time and the theme when there is room', async () => {
    const reply = replyText(await ask('端午回来有么活动冇'));
    expect(reply).toContain('端午是6月19日(周五),还有40天');
    expect(reply).toContain(NAMED_FESTIVALS);
    expect(reply).toContain('知荆州、爱荆州、兴荆州');
    expect(reply).toContain('前后还没有录入具体活动');
  });

  it('gives the date of each festival asked about', async () => {
    const reply = replyText(await ask('中秋国庆回来呢 有么活动'));
    expect(reply).toContain('中秋是9月25日');
    expect(reply).toContain('国庆是10月1日');
  });

  it('puts the arrangement made for that festival first (清明话家乡), so that "一共搞好多场" follows it', async () => {
    const user = 'qingming';
    const turn = await say(quiet, '清明节我要回荆州上坟 那几天有冇得楚商的活动', user);
    expect(replyText(turn)).toContain('清明话家乡');
    expect(replyText(turn)).toContain(FORMS);
    expect(turn.sources[0]).toBe('task.04');
    expect(replyText(await say(quiet, '一共搞好多场', user))).toContain('20场');
  });

  it('lists the events on record around the festival and still names the activity forms', async () => {
    const busy = makeApp({ now: BEFORE_MID_AUTUMN });
    const turn = await ask('中秋国庆回来呢 有么活动', busy);
    const reply = replyText(turn);
    expect(reply).toContain('前后的活动:');
    expect(reply).toContain('示例·楚商回乡项目推介会');
    expect(reply).toContain(FORMS);
    expect(reply.length).toBeLessThanOrEqual(SCREEN);
  });

  it('does not take "十一月" or "三年前" for a festival', async () => {
    const november = replyText(await ask('十一月有么活动'));
    expect(november).not.toContain('国庆是');
    expect(november).not.toMatch(REFUSAL);
    expect(replyText(await ask('三年前回来的 现在有么活动'))).not.toContain('春节是');
  });
});

describe('a festival the plan does not name is answered, not refused', () => {
  it.each([
    ['重阳节呢 有冇', '重阳节'],
    ['元宵节有活动吗', '元宵节'],
    ['五一回来有冇得活动', '五一劳动节'],
    ['元旦有冇得么子活动', '元旦'],
    ['七夕回老家 有么活动不', '七夕'],
  ])('%s: the plan names five festivals and not this one', async (text, name) => {
    const turn = await ask(text);
    expect(turn.intent).toBe('event.ask');
    const reply = replyText(turn);
    expect(reply).not.toMatch(REFUSAL);
    expect(reply).toContain(`文件没有提到${name}`);
    expect(reply).toContain(NAMED_FESTIVALS);
    expect(reply).toContain(FORMS);
    expect(reply).toContain('最近的是端午:6月19日');
    expect(reply.length).toBeLessThanOrEqual(SCREEN);
  });

  it('a festival named alone ("那过年呢") is about its events', async () => {
    const turn = await ask('那过年呢');
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).toContain('春节是2027年2月6日');
  });

  it.each(['小年轻回来创业有么补贴', '五一放假吗', '元宵节前能把补贴办下来吗'])('%s is not about events', async (text) => {
    expect((await ask(text)).intent).not.toBe('event.ask');
  });
});

describe('how often a meeting sits is a question about the plan, not about events', () => {
  it.each([
    ['座谈会多久开一次', '定期召开回乡楚商座谈会'],
    ['联席会议多久开一次', '每半年召开一次全体会议'],
  ])('%s', async (text, fact) => {
    const turn = await ask(text);
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain(fact);
  });

  it('"全体大会多长时间开一次" during the joint meeting is answered from its mechanism', async () => {
    const user = 'plenary';
    await say(quiet, '联席会议一年开几次全体会议', user);
    const turn = await say(quiet, '全体大会多长时间开一次 中间有急事咋整', user);
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('每半年');
  });

  it('on its own, it is not an event question', async () => {
    expect((await ask('全体大会多长时间开一次 中间有急事咋整')).intent).not.toBe('event.ask');
  });

  it.each(['楚商大会什么时候开', '石油机械装备制造大会一般啥时候开', '推介会还有多久开始', '座谈会什么时候开'])(
    '%s still asks when',
    async (text) => {
      expect((await ask(text)).intent).toBe('event.ask');
    },
  );
});

describe('the schedule asked for now, notices asked for later', () => {
  it.each(['今年市里的活动有安排表冇 发我看下', '能把活动安排发我不', '活动发个表给我'])(
    '%s: the events now, no subscription',
    async (text) => {
      const user = `now-${++n}`;
      const turn = await say(quiet, text, user);
      expect(turn.intent).toBe('event.ask');
      expect(replyText(turn)).not.toContain('订阅成功');
      expect(quiet.subscriptions.get(quiet.identities.personOf({ platform: 'test', userId: user }))?.active).not.toBe(true);
    },
  );

  it.each([
    'ok pls notify me when there are CNY events, thx',
    "let me know when there's an event",
    'keep me posted on events',
    '有活动喊我一声',
    '有活动叫我一声',
    '有新的活动安排就发给我',
  ])('%s: subscribes, in the language asked', async (text) => {
    const turn = await ask(text);
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain(/[a-z]/i.test(text) ? 'Subscribed' : '订阅成功');
  });

  it('"tell me when the next festival is" asks, it does not subscribe', async () => {
    expect((await ask('tell me when the next festival is')).intent).not.toBe('notice.subscribe');
  });
});

describe('dialect: 冇/冇得 for 没有, 么/么子/啥子 for 什么', () => {
  it.each([
    '活动有冇得安排表',
    '下个月有么子活动',
    '有么活动冇',
    '搞么子活动冇',
    '么时候搞活动',
    '有冇得推介会',
    '下半年有么活动',
    '这个月有啥子活动',
  ])('%s is a question about events', async (text) => {
    const turn = await ask(text);
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).not.toMatch(REFUSAL);
  });

  it.each(['村里搞活动有补贴冇', '办活动有没有补贴'])('%s is not', async (text) => {
    expect((await ask(text)).intent).not.toBe('event.ask');
  });
});
