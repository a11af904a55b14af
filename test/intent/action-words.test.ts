/**
 * Actions said in words no rule was written for: asking for a person, deleting one's data, booking a mentor, changing
 * a booking. Wording rules and the classifier trained on knowledge/intents.train.yaml together must read each one
 * (these phrasings are not in the training file).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { makeApp, say } from '../helpers.ts';

let app: App;
let n = 0;
beforeAll(() => {
  app = makeApp();
});

const CASES: ReadonlyArray<[string, string]> = [
  ['这个机器讲不清楚 能不能换个人来', 'handoff.human'],
  ['我想跟你们那边管事的说两句', 'handoff.human'],
  ['有没有哪个同志能直接打个电话给我', 'handoff.human'],
  ['麻烦让工作人员联系我一下 我不会打字', 'handoff.human'],
  ['你们那有冇得人值班 我要跟人讲', 'handoff.human'],
  ['能不能找个懂行的工作人员跟我对一下', 'handoff.human'],
  ['我年纪大了 看不懂 叫个人跟我说', 'handoff.human'],
  ['不要机器回 要真人', 'handoff.human'],
  ['帮我转给你们的人', 'handoff.human'],
  ['我要找领导反映情况', 'handoff.human'],
  ['我的资料不要留在你们那里了', 'privacy.delete'],
  ['把我登记的东西全部撤了', 'privacy.delete'],
  ['我不想你们存我的号码', 'privacy.delete'],
  ['之前报的信息帮我清掉', 'privacy.delete'],
  ['我填的那些都作废 删了', 'privacy.delete'],
  ['你们把我的记录弄掉', 'privacy.delete'],
  ['注销我在你们这的信息', 'privacy.delete'],
  ['我不登记了 之前说的都不算 删掉', 'privacy.delete'],
  ['我想找个老师当面聊聊我这个项目能不能搞', 'consult.book'],
  ['能不能安排个专家跟我见一面', 'consult.book'],
  ['想请个懂养殖的师傅给我指导下', 'consult.book'],
  ['有冇得人能帮我看看这个生意做不做得', 'consult.book'],
  ['我想跟创业导师视频聊一下', 'consult.book'],
  ['可以帮我约个时间跟辅导员谈谈吗', 'consult.book'],
  ['找个有经验的人给我出出主意', 'consult.book'],
  ['我那个预约能不能推到下个礼拜', 'consult.manage'],
  ['约好的那次我去不了了', 'consult.manage'],
  ['帮我看下我约的是哪天', 'consult.manage'],
  ['把我跟导师的见面取消了', 'consult.manage'],
  ['导师那边回复了冇 我约的那个', 'consult.manage'],
  ['上回约的时间要改一下', 'consult.manage'],
];

describe('actions in people’s own words', () => {
  it.each(CASES)('"%s" is %s', async (text, intent) => {
    const turn = await say(app, text, `act-${++n}`);
    expect(turn.intent).toBe(intent);
  });
});
