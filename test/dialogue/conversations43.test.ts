/**
 * Conversations of the forty-first session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { askedAttributes } from '../../src/kb/attribute.ts';
import { everyTable, replyText, talk } from '../helpers.ts';

describe('a word or two after a long story', () => {
  it('a bare "还有" goes on with the topic (it answered an article of the joint meeting)', async () => {
    const u = talk('c43-more-bare');
    await u.turn('返乡创业贷款 个人能贷多少');
    const turn = await u.turn('还有');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('贴息贷款');
    expect(replyText(turn)).not.toContain('联席会议');
  });

  it('a story with a 公众号 in it asks the count its asking clause asks, not whether it can be done online', () => {
    const story =
      '您好 我是一个本地公众号的小编 我们号主要写荆州人在外打拼和回乡的故事 主编让我先把政策背景搞清楚 想问下 今年全市计划树立多少个楚商回乡和返乡创业的典型人物';
    expect(askedAttributes(story)).toEqual(['count']);
    // (Not a story: every clause is read.)
    expect(askedAttributes('贷款 多少钱 找哪个部门')).toEqual(['amount', 'unit']);
    // ("能评市级的不": a clause ending in 不 asks.)
    expect(askedAttributes('我们在公安县城弄了条创业街 好多返乡的在里面开店 能评市级的不')).not.toContain('count');
  });

  it('the clause that asks weighs more than the remarks after it ("有没有么子服务站 … 我可以帮忙宣传")', async () => {
    const turn = await talk('c43-story-station').turn(
      '我在上海这边建了个荆州老乡群 快两千人了 我想问问荆州在上海这边有没有么子服务站之类的 可以给他们讲讲回乡创业的政策 我可以帮忙在群里宣传',
    );
    expect(replyText(turn)).toContain('驻外推介服务站');
  });
});

describe('support for a small shop, asked in dialect', () => {
  it('"想回老家开个小卖部 政府有么子帮扶冇" is the returnee policies, not the liaison stations', async () => {
    const turn = await talk('c43-shop').turn('我在工地上搬了二十年砖 想回江陵老家开个小卖部 政府有么子帮扶冇');
    expect(replyText(turn)).toContain('一次性创业补贴');
    expect(replyText(turn)).not.toContain('楚商联络站');
  });

  it("a loan amount asked after the policy list says the guaranteed loan is not set apart, and gives the plan's interest-subsidised loans", async () => {
    const u = talk('c43-shop-loan');
    await u.turn('想回老家开个小卖部 有么子政策');
    const turn = await u.turn('本钱不够 能贷款不 贷个十来万就行');
    expect(replyText(turn)).toContain('30万元');
    expect(replyText(turn)).not.toContain('200万');
  });
});

describe('right after subscribing', () => {
  it('"同意" is of the subscription (it stands), "好的" is thanks', async () => {
    const u = talk('c43-notice-yes');
    await u.turn('有活动通知我');
    const yes = await u.turn('同意');
    expect(yes.intent).toBe('notice.subscribe');
    expect(replyText(yes)).toContain('已经订上了');
    expect((await u.turn('好的')).intent).toBe('greet');
  });

  it('a phone number given for the notices is told it is not needed, and is kept nowhere', async () => {
    const u = talk('c43-notice-phone');
    await u.turn('订阅活动通知');
    const first = await u.turn('号码13812345678');
    expect(first.intent).toBe('notice.subscribe');
    expect(replyText(first)).toContain('不用留电话');
    const again = await u.turn('哦我换号了 新的是13912345678 改一下');
    expect(again.intent).toBe('notice.subscribe');
    expect(replyText(again)).not.toContain('帮不上忙');
    for (const [name, rows] of Object.entries(everyTable(u.app))) expect(rows, name).not.toMatch(/1381234\s?5678|1391234\s?5678/);
  });

  it('a number given for someone else is refused as theirs to subscribe', async () => {
    const u = talk('c43-notice-other');
    await u.turn('订阅活动通知');
    const turn = await u.turn('他电话是13812340000');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('不会保存');
  });
});

describe('dialect and plain words read as the plan words them', () => {
  it('"要是办成公司了呢" after a partnership loan is the small-business loan', async () => {
    const u = talk('c43-company');
    await u.turn('两兄弟合伙搞 能贷好多');
    const turn = await u.turn('要是办成公司了呢');
    expect(replyText(turn)).toContain('500万元');
  });

  it('"那看病 住房呢" after the children\'s schooling is the same article, not refused', async () => {
    const u = talk('c43-doctor');
    await u.turn('要是回荆州投资 孙子读书咋办');
    const turn = await u.turn('那看病 住房呢 他们一家要住');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('医疗');
  });

  it('"联席会议以后会撤不" is its dissolution', async () => {
    const turn = await talk('c43-dissolve').turn('联席会议以后会撤不');
    expect(replyText(turn)).toContain('撤销');
  });

  it('"听说开业直接补5万" is checked against the one-off start-up subsidy, whose sum the plan does not give', async () => {
    const turn = await talk('c43-rumour').turn('我在东莞修了十年车 想回公安开个汽修铺子 听说开业直接补5万 是不是真的');
    expect(replyText(turn)).toContain('一次性创业补贴');
    expect(replyText(turn)).not.toContain('联席会议总召集人');
  });

  it('"那你能干么斯" gets what the bot does, "下回再约 拜" a goodbye', async () => {
    const u = talk('c43-what-we-do');
    expect(replyText(await u.turn('那你能干么斯'))).toContain('预约创业导师');
    await u.turn('预约导师');
    await u.turn('算了');
    const bye = await u.turn('下回再约 拜');
    expect(bye.intent).toBe('greet');
    expect(replyText(bye)).not.toContain('帮不上忙');
  });
});

describe("changing one's mind around forms", () => {
  it('"算了 人工估计也忙 你帮我约个导师吧" withdraws the hand-off and starts the booking', async () => {
    const u = talk('c43-handoff-to-booking');
    await u.turn('转人工');
    const turn = await u.turn('算了 人工估计也忙 你帮我约个导师吧');
    expect(turn.intent).toBe('consult.book');
    expect(replyText(turn)).toContain('已撤回转人工');
    expect(replyText(turn)).toContain('想请导师在哪方面帮您');
  });

  it('"算了 还是转人工吧" is no withdrawal', async () => {
    const u = talk('c43-handoff-kept');
    await u.turn('转人工');
    const turn = await u.turn('算了 还是转人工吧');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).not.toContain('已撤回');
  });

  it('"我想问开网店" and "么主题都可以吗 我想问开网店" while the topic is asked give the topic', async () => {
    for (const said of ['我想问开网店', '么主题都可以吗 我想问开网店']) {
      const u = talk(`c43-topic-${said.length}`);
      await u.turn('约导师');
      const turn = await u.turn(said);
      expect(turn.intent, said).toBe('consult.book');
      expect(replyText(turn), said).toContain('线上还是线下');
    }
  });

  it('"我想问贷款能贷多少" while the topic is asked is still answered on the side', async () => {
    const u = talk('c43-topic-question');
    await u.turn('约导师');
    const turn = await u.turn('我想问贷款能贷多少');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('30万元');
  });
});

describe('confirming a booking before it can be', () => {
  it('"好 继续 确认预约" while a time is asked says what is still to come, not "没看懂"; a plain "确认" still takes the first time', async () => {
    const u = talk('c43-confirm-early');
    await u.turn('约导师');
    await u.turn('电商');
    await u.turn('线上');
    const early = await u.turn('好 继续 确认预约');
    expect(early.intent).toBe('consult.book');
    expect(replyText(early)).toContain('请先回复数字选一项');
    expect(replyText(early)).not.toContain('没看懂');
    expect(replyText(await u.turn('确认'))).toContain('就约第一个时间');
  });
});

describe('a booking in English', () => {
  it('"skip phone" skips it, "can u move it one day later" moves the time, "btw is there …" is answered on the side', async () => {
    const u = talk('c43-en-booking');
    await u.turn('need a mentor session about starting a crawfish ecommerce biz in Jianli. online pls');
    await u.turn('the 3rd one');
    const skip = await u.turn('skip phone');
    expect(replyText(skip)).toContain('Confirm the booking?');
    expect(replyText(skip)).not.toContain("didn't understand");
    const aside = await u.turn('btw is there some crawfish festival i could go to when im back');
    expect(aside.intent).toBe('event.ask');
    const moved = await u.turn('hmm actually can u move it one day later');
    expect(moved.intent).toBe('consult.manage');
    expect(replyText(moved)).toContain('Pick a time');
    expect(replyText(moved)).not.toContain("didn't understand");
  });
});

describe("voice-input homophones and the counties' own events", () => {
  it('"我们坚利有冇得么活动" is 监利: the plan\'s line on the counties\' own events comes with those on record', async () => {
    const turn = await talk('c43-jianli-events').turn('我伢在义乌 说想回来养龙瞎 我们坚利有冇得么活动可以去看看');
    expect(turn.intent).toBe('event.ask');
    expect(replyText(turn)).toContain('小龙虾节');
    expect(replyText(turn)).toContain('各县、市、区和功能区');
  });

  it('"县里有冇得窗口帮我办" is the returnees\' own window', async () => {
    const turn = await talk('c43-window').turn('我想回来开个修电动车的铺子 县里有冇得窗口帮我办');
    expect(replyText(turn)).toContain('专门窗口');
  });
});

describe('a booking that is not understood at once', () => {
  it('confirming before choosing counts no miss, "查 预约" says what is missing, and the booking goes on', async () => {
    const u = talk('c43-no-miss');
    await u.turn('约 导师 周六');
    await u.turn('1');
    await u.turn('不留');
    await u.turn('确认');
    const status = await u.turn('查 预约');
    expect(status.intent).toBe('consult.manage');
    expect(replyText(status)).toContain('预约还没完成');
    const next = await u.turn('线上');
    expect(next.intent).toBe('consult.book');
    expect(u.open()).toBe(true);
  });
});

describe('privacy asked in passing', () => {
  it('"算了还是全删了吧" to a deletion offer deletes (it was read as turning it down)', async () => {
    const u = talk('c43-delete-after-all');
    await u.turn('我想回荆州投资 帮我登记');
    await u.turn('同意');
    await u.turn('那把电话删了 名字留着');
    const turn = await u.turn('算了还是全删了吧');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('已删除');
    expect(replyText(turn)).not.toContain('没有删除任何信息');
  });

  it('"算了" and "算了 不删了" still turn it down', async () => {
    for (const said of ['算了', '算了 不删了']) {
      const u = talk(`c43-delete-no-${said.length}`);
      await u.turn('删除我的信息');
      expect(replyText(await u.turn(said)), said).toContain('没有删除任何信息');
    }
  });

  it('"删了以后她自己还能来问东西吧" is answered: yes, nothing refused', async () => {
    const u = talk('c43-use-after');
    await u.turn('删除我的信息');
    await u.turn('确认');
    const turn = await u.turn('删了以后她自己还能来问东西吧');
    expect(replyText(turn)).toContain('随时接着问');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });

  it('"那你们么样联系我呢" in a registration says who follows it up, and promises no time', async () => {
    const u = talk('c43-lead-how');
    await u.turn('我想回荆州投资 帮我登记');
    await u.turn('同意');
    const turn = await u.turn('那你们么样联系我呢');
    expect(replyText(turn)).toContain('招商部门');
    expect(replyText(turn)).toContain('文件没有规定联系的时限');
  });
});

describe('leaving the phone out ahead of time', () => {
  it('"不留" while the way to meet is asked leaves out the phone, the only step that may be, and no phone is asked later', async () => {
    const u = talk('c43-bare-no-phone');
    await u.turn('约 导师 周六');
    await u.turn('1');
    const early = await u.turn('不留');
    expect(replyText(early)).toContain('已记下');
    expect(replyText(early)).not.toContain('没看懂');
    await u.turn('1');
    const picked = await u.turn('1');
    expect(replyText(picked)).toContain('确认预约吗');
    expect(replyText(picked)).not.toContain('请留一个手机号');
  });
});
