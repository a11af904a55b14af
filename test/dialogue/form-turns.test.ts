import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { isLeaving } from '../../src/dialogue/form-turn.ts';
import { soundsLikeQuestion } from '../../src/dialogue/question.ts';
import { makeApp, replyText, say } from '../helpers.ts';

/** Monday 30 November 2026, 10:00 in Jingzhou. */
const monday = () => new Date(Date.parse('2026-11-30T10:00:00+08:00'));

function talk(app: App = makeApp({ now: monday }), user = 'u1') {
  return { app, say: async (text: string) => replyText(await say(app, text, user)), form: () => app.sessions.load(`test:${user}`).form };
}

describe('leaving a form, in any word order', () => {
  it.each(['下次再约', '那算了 不约了 我下次再说', '哎呀我搞错了 明天上午要上班 帮我取消掉', '哎算了 我还冇想好 下次再约', '取消'])(
    'booking: "%s" ends the form without a miss',
    async (text) => {
      const u = talk();
      await u.say('想约个创业导师 搞小龙虾养殖 线上就行');
      const reply = await u.say(text);
      expect(reply).not.toContain('没看懂');
      expect(reply).toContain('已取消');
      expect(u.form()).toBeUndefined();
    },
  );

  it('declining one field is not leaving', async () => {
    expect(isLeaving('算了不留')).toBe(false);
    expect(isLeaving('不留电话了')).toBe(false);
    expect(isLeaving('还是不登记了')).toBe(true);
  });

  it('lead: "还是不登记了 下次再说" ends the registration, nothing kept', async () => {
    const u = talk();
    await u.say('我想登记一下回乡投资意向 老家洪湖的');
    await u.say('同意');
    const reply = await u.say('还是不登记了 下次再说');
    expect(reply).toContain('已取消登记');
    expect(u.form()).toBeUndefined();
  });
});

describe('a question asked mid-form', () => {
  it('booking: answered, then the form asks its question again', async () => {
    const u = talk();
    await u.say('想约个创业导师 搞小龙虾养殖 线上就行');
    const reply = await u.say('等哈 先问一下 进园区场租水电能减免不');
    expect(reply).not.toContain('没看懂');
    expect(reply).toContain('场租');
    expect(reply).toContain('继续刚才的预约');
    expect(u.form()?.kind).toBe('booking');
  });

  it('booking: "创业培训要不要钱" is a question, not a miss', async () => {
    const u = talk();
    await u.say('想约个创业导师 搞小龙虾养殖 线上就行');
    const reply = await u.say('对了顺便问下 创业培训要不要钱');
    expect(reply).not.toContain('没看懂');
    expect(reply).toContain('继续刚才的预约');
  });

  it('lead: a question at the name step is not saved as the name, and later fields do not shift', async () => {
    const u = talk();
    await u.say('我在上海做餐饮连锁 老家洪湖的 想回去投个莲藕深加工厂 大概五千万 帮我登记一下');
    await u.say('同意的');
    const aside = await u.say('问一下 你们那个招商大使有么待遇');
    expect(aside).toContain('招商大使');
    expect(aside).toContain('继续刚才的登记');
    expect(aside).toContain('怎么称呼您');
    await u.say('我姓周');
    const form = u.form();
    expect(form?.kind === 'lead' && form.values.name).toBe('周');
  });

  it('plausible answers are never taken for questions', () => {
    for (const answer of ['何建国', '王先生', '13907161234', '线上就行', '公司叫莲乡食品']) expect(soundsLikeQuestion(answer)).toBe(false);
    for (const question of ['有么待遇', '能减免不', '创业培训要不要钱', 'What is the maximum loan?'])
      expect(soundsLikeQuestion(question)).toBe(true);
  });
});

describe('answers said loosely', () => {
  it('lead: English consent is consent', async () => {
    const u = talk();
    await u.say('我想登记一下回乡投资意向');
    const reply = await u.say('yes, I consent');
    expect(reply).not.toContain('没看懂');
    // Consent in English: the form goes on, in English from then on.
    expect(reply).toContain('How should we address you');
  });

  it('booking: "线下 在沙市区" fills the way of meeting and the county; "第一个就行" picks; "好 确认" books', async () => {
    const u = talk();
    await u.say('帮我约个导师');
    await u.say('线下 在沙市区');
    const form = u.form();
    expect(form?.kind === 'booking' && form.values.mode).toBe('in_person');
    expect(form?.kind === 'booking' && form.values.county).toBe('沙市区');
    await u.say('第一个就行');
    await u.say('不留电话了');
    expect(await u.say('好 确认')).toContain('预约已提交');
  });

  it('booking: a weekend wish is understood at the time step', async () => {
    const u = talk();
    await u.say('想约个创业导师 搞小龙虾养殖 线上就行');
    const reply = await u.say('冇得周末的吗');
    expect(reply).not.toContain('没看懂');
    expect(reply).toContain('请选一个时间');
  });

  it('booking: "不是种植养殖" corrects the topic and asks it again', async () => {
    const u = talk();
    await u.say('想约个创业导师 搞小龙虾养殖 线上就行');
    const reply = await u.say('不是种植养殖 我想问电商直播');
    expect(reply).not.toContain('没看懂');
    const form = u.form();
    expect(form?.kind === 'booking' && form.values.specialty).toBe('电商直播');
  });
});

describe('corrections in the lead form', () => {
  it('"称呼不对 是何建国" replaces the name; "修改称呼" asks it again', async () => {
    const u = talk();
    await u.say('我想登记一下回乡投资意向');
    await u.say('同意');
    await u.say('何先生');
    const fixed = await u.say('称呼不对 是何建国');
    expect(fixed).not.toContain('没看懂');
    let form = u.form();
    expect(form?.kind === 'lead' && form.values.name).toBe('何建国');
    const again = await u.say('修改称呼');
    expect(again).toContain('怎么称呼您');
    form = u.form();
    expect(form?.kind === 'lead' && form.values.name).toBeUndefined();
  });
});

describe('questions about the form itself', () => {
  it('lead: "大概多久有人联系我" says who follows up and promises no time', async () => {
    const u = talk();
    await u.say('我在上海做餐饮 老家洪湖的 想回去投个厂 帮我登记一下');
    await u.say('同意');
    const reply = await u.say('大概多久有人联系我');
    expect(reply).toContain('洪湖');
    expect(reply).toContain('没有规定');
    expect(reply).not.toMatch(/24小时|一个工作日|一天内|没看懂/);
    expect(reply).toContain('怎么称呼您');
  });
});

describe('free-text steps', () => {
  it('booking topic: a project told with question words is the topic; "先问一下 …" is a side question', async () => {
    const u = talk();
    await u.say('帮我约个导师');
    const aside = await u.say('先问一下 进园区场租水电能减免不');
    expect(aside).toContain('继续刚才的预约');
    expect(aside).toContain('想请导师在哪方面帮您');
    await u.say('我想种小龙虾 要不要技术');
    const form = u.form();
    expect(form?.kind === 'booking' && form.values.specialty).toBe('种植养殖');
  });
});
