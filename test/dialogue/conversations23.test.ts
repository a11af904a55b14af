/**
 * Conversations found failing in the blind sets of the twenty-first session (sceptical users, several requests in
 * one message, site-seeking investors, special groups), each in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('an answer doubted', () => {
  it('a figure heard elsewhere is named as not in the plan, and the plan’s own figure given again', async () => {
    const u = talk('c23-doubt-figure');
    expect(await u.say('能人返乡特色创业项目 评上一个补好多')).toContain('8万元');
    const turn = await u.turn('我上回打电话问 你们那边说能补15万 到底哪个对');
    expect(turn.intent).toBe('policy.ask');
    const reply = replyText(turn);
    expect(reply).toContain('文件里没有"15万"的说法');
    expect(reply).toContain('不超过8万元');
    expect(reply).not.toContain('8514460');
    // The topic stays: the next follow-up is of it.
    expect(await u.say('今年评几个')).toContain('20个以上');
  });

  it('"错了吧 我记得是李敢" gives the convenor as the plan names him, not the name said', async () => {
    const u = talk('c23-doubt-name');
    await u.say('联席会议总召集人是谁');
    const reply = await u.say('错了吧 我记得是李敢');
    expect(reply).toContain('以文件原文为准');
    expect(reply).toContain('金鹏');
  });

  it('"真的假的 5000万？…你莫是看错了" stays on the loan, whatever else the words match', async () => {
    const u = talk('c23-doubt-loan');
    await u.say('中国银行那个稳岗扩岗专项贷款 企业最高授信好多');
    const reply = await u.say('真的假的 5000万？返乡的一个小厂能批这么多 你莫是看错了');
    expect(reply).toContain('5000万元');
    expect(reply).not.toContain('没有"5000万"');
    expect(reply).not.toContain('典型');
  });

  it('in English, "Really? … told me 10 million" restates the loan answer', async () => {
    const u = talk('c23-doubt-en');
    await u.say("I'm from Jianli, running a shoe factory abroad. What's the max subsidized loan for a small business?");
    const reply = await u.say('Really? A guy at the chamber of commerce told me 10 million');
    expect(reply).toContain('What the plan says');
    expect(reply).toContain('5 million');
    expect(reply).not.toMatch(/door-knocking/i);
  });

  it('a new topic heard from a friend is no doubt of the last answer', async () => {
    const u = talk('c23-heard-new-topic');
    await u.say('返乡创业贴息贷款最多能贷好多');
    const reply = await u.say('朋友说回来搞农家乐可以用村里的集体建设用地 是真的吗');
    expect(reply).toContain('集体建设用地');
    expect(reply).not.toContain('以文件原文为准');
  });
});

describe('asking whether something took', () => {
  it('"你确定订上了" after subscribing says so and changes nothing', async () => {
    const u = talk('c23-subscribed');
    await u.say('有活动了通知我 我在苏州');
    const before = u.app.subscriptions.get('test:c23-subscribed');
    expect(before?.active).toBe(true);
    const turn = await u.turn('你确定订上了 不会是骗我的吧');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('已经订上了');
    expect(replyText(turn)).not.toContain('删除');
    expect(u.app.subscriptions.get('test:c23-subscribed')).toEqual(before);
  });

  it('"真删了？你们后台肯定还有备份" after deleting gets what a deletion removes and what the backup is', async () => {
    const u = talk('c23-deleted');
    await u.say('有活动了通知我');
    await u.say('把我在你们这的所有信息全删了');
    expect(await u.say('确认删除')).toContain('已删除');
    const turn = await u.turn('真删了？你们后台肯定还有备份');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('备份只用于故障恢复');
    expect(replyText(turn)).not.toContain('确认删除吗');
  });
});

describe('on the domain, not refused', () => {
  it('whether a mentor is a real person, asked while booking one, is a booking, not a hand-off', async () => {
    const u = talk('c23-mentor-real');
    const turn = await u.turn('约个导师 就是搞创业沙龙义诊那种 是真人不');
    expect(turn.intent).toBe('consult.book');
    expect(u.app.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    expect(await u.say('餐饮连锁 想开几家热干面店')).toContain('线上还是线下');
  });

  it('a one-stop service for the paperwork is answered; checking an approval’s progress is still refused', async () => {
    const u = talk('c23-one-stop');
    const turn = await u.turn('厂子落地要办执照 环评 施工许可一堆手续 荆州有没有一站式服务');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('一站式');
    expect((await u.turn('帮我查下环评审批进度')).intent).toBe('out_of_scope');
  });
});

describe('several requests in one message', () => {
  it('a question, a booking and notices: answered, subscribed, then the booking’s first step last', async () => {
    const u = talk('c23-three-requests');
    const turn = await u.turn('你好 我在厦门做茶叶生意 想回洪湖 贷款能贷多少 另外帮我约个导师 顺便订阅活动通知');
    expect(turn.intent).toBe('consult.book');
    const reply = replyText(turn);
    expect(reply).toContain('30万元');
    expect(reply.indexOf('订阅成功')).toBeGreaterThan(reply.indexOf('30万元'));
    expect(reply.indexOf('想请导师在哪方面')).toBeGreaterThan(reply.indexOf('订阅成功'));
    expect(u.app.subscriptions.get('test:c23-three-requests')?.active).toBe(true);
    expect(u.open()).toBe(true);
  });

  it('a question then a booking with only a space between them', async () => {
    const u = talk('c23-space-then-book');
    const reply = await u.say('我研究生刚毕业想回荆州做文创 有冇得大学生孵化基地 能不能帮我约个辅导员');
    expect(reply).toContain('大学生创业孵化基地');
    expect(reply).toContain('想请导师在哪方面');
  });

  it('how the data is used, asked before registering: answered, then the consent', async () => {
    const u = talk('c23-data-then-lead');
    const turn = await u.turn('我想登记个投资意向 先问下你们会不会把我电话给别人');
    expect(turn.intent).toBe('lead.register');
    const reply = replyText(turn);
    expect(reply).toContain('您的信息这样使用');
    expect(reply).toContain('同意登记吗');
    expect(await u.say('那行 同意')).toContain('怎么称呼您');
  });

  it('the weather and a loan question: the loan is answered, without a refusal', async () => {
    const u = talk('c23-weather-and-loan');
    const reply = await u.say('今天荆州天气咋样 顺便说下贷款咋申请');
    expect(reply).toContain('贷款');
    expect(reply).not.toContain('帮不上忙');
  });

  it('a refusal and a question leaning on it ("…天气咋样？那明天的呢") stay refused whole', async () => {
    const turn = await talk('c23-refused-whole').turn('今天荆州天气咋样？那明天的呢');
    expect(turn.intent).toBe('out_of_scope');
  });
});

describe('a step answered with a question on the side', () => {
  it('hometown and city, then "另外问下…": both kept, the question answered, the next step asked last', async () => {
    const u = talk('c23-lead-aside');
    await u.say('我想登记投资意向');
    await u.say('同意');
    await u.say('我姓周 电话13907163358');
    const turn = await u.turn('老家江陵的 现在人在温州 另外问下荆州今年引进亿元项目的目标是好多个');
    expect(turn.intent).toBe('lead.register');
    const reply = replyText(turn);
    expect(reply).toContain('300个');
    expect(reply.indexOf('继续刚才的登记')).toBeGreaterThan(reply.indexOf('300个'));
    expect(u.values()).toMatchObject({ hometown: '江陵县', city: '温州' });
  });

  it('"确认 对了…" at a booking’s summary books it and answers the question after', async () => {
    const u = talk('c23-confirm-aside');
    await u.say('想约个导师 聊聊开饭店');
    await u.say('1');
    await u.say('1');
    expect(await u.say('跳过')).toContain('确认预约吗');
    const turn = await u.turn('确认 对了要是跟我老表合伙搞 能贷好多');
    expect(turn.intent).toBe('consult.book');
    const reply = replyText(turn);
    expect(reply).toContain('预约已提交');
    expect(reply.indexOf('400万元')).toBeGreaterThan(reply.indexOf('预约已提交'));
    expect(u.open()).toBe(false);
  });

  it('"等一下 另外问下…" is no answer to the step: the question is answered and the step stays', async () => {
    const u = talk('c23-pause-aside');
    await u.say('想约个导师 聊聊开饭店');
    const reply = await u.say('等一下 另外问下贷款最多多少');
    expect(reply).toContain('30万元');
    expect(reply).not.toContain('没看懂');
    expect(u.values()).not.toHaveProperty('mode');
  });
});

describe('answers', () => {
  it('what the plan says of a subsidy whose amount it leaves out comes first: "流转一亩地补好多钱"', async () => {
    const reply = await talk('c23-land-subsidy').say('流转一亩地补好多钱');
    expect(reply).toContain('文件没有写明土地流转补贴的金额');
    expect(reply).toContain('一定补贴');
  });

  it('"今年全市要树多少典型人物" gives the task list’s target', async () => {
    expect(await talk('c23-typical-target').say('今年全市要树多少典型人物')).toContain('40个');
  });

  it('whether the joint meeting lasts: it is dissolved once its tasks are done', async () => {
    const u = talk('c23-meeting-lasts');
    await u.say('联席会议主要管啥');
    expect(await u.say('会一直运行下去吗')).toContain('撤销');
  });
});

describe('more of the same session', () => {
  it('a hand-off withdrawn with a question after it: withdrawn, and the question answered', async () => {
    const u = talk('c23-withdraw-ask');
    expect((await u.turn('转人工')).intent).toBe('handoff.human');
    const turn = await u.turn('先不用真人了 马兰花计划是么');
    expect(turn.intent).toBe('policy.ask');
    const reply = replyText(turn);
    expect(reply).toContain('已撤回转人工');
    expect(reply).toContain('马兰花计划');
  });

  it('a person asked for and a question asked meanwhile: the question answered and one ticket opened', async () => {
    const u = talk('c23-person-and-question');
    const turn = await u.turn('有冇得真人 我想问培训有哪些 在哪报');
    expect(turn.intent).toBe('handoff.human');
    expect(replyText(turn)).toContain('培训');
    expect(replyText(turn)).toContain('转人工');
    expect(u.app.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 1 });
  });

  it('"这个找哪个部门 有冇得电话" after a topic gives its units, then that only the office’s number is published', async () => {
    const u = talk('c23-units-and-phone');
    await u.say('农家乐用地要批不');
    const reply = await u.say('这个找哪个部门 有冇得电话');
    expect(reply).toContain('市农业农村局');
    expect(reply).toContain('文件没有公布以上单位的电话');
    expect(reply).toContain('8514460');
  });

  it('"牵头部门是?" after the role models stays on them and names their units', async () => {
    const u = talk('c23-lead-unit');
    await u.say('市里评回乡典型一年评几个');
    const reply = await u.say('牵头部门是?');
    expect(reply).toContain('市招商中心');
    expect(reply).not.toContain('报送');
  });

  it('"下一场啥时候" after the bank meetings asks the events on record', async () => {
    const u = talk('c23-next-one');
    await u.say('政银企对接会一年搞几次');
    expect((await u.turn('下一场啥时候')).intent).toBe('event.ask');
  });

  it('a visit or a signing to arrange is a lead; which zone is better is no lead', async () => {
    expect((await talk('c23-visit').turn('我们想去荆州实地看下园区 能安排接待吗')).intent).toBe('lead.register');
    expect((await talk('c23-compare').turn('荆州高新区和经开区哪个更适合做新能源电池pack')).intent).not.toBe('lead.register');
  });

  it('a booking told as done already is the story around a question, not a new booking', async () => {
    const u = talk('c23-done-already');
    const turn = await u.turn('我约了导师聊职称 先问下 在返乡创业的企业上班评职称有绿色通道吗');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('绿色通道');
    expect(u.open()).toBe(false);
  });

  it('"那算了 线上吧" in a booking changes the way of meeting; the booking goes on', async () => {
    const u = talk('c23-never-mind-online');
    await u.say('我坐轮椅的 想约个创业导师聊聊开网店');
    await u.say('线下');
    const reply = await u.say('那算了 线上吧');
    expect(reply).toContain('请选一个时间');
    expect(u.values()).toMatchObject({ mode: 'online' });
  });

  it('writing a plan for someone is refused; whether a registration must move home first is answered', async () => {
    expect((await talk('c23-write').turn('帮我写个残疾人返乡创业帮扶方案 三千字')).intent).toBe('out_of_scope');
    const reply = await talk('c23-hukou').say('是不是要先把户口迁回来才能用集体建设用地');
    expect(reply).toContain('集体建设用地');
  });

  it('"那个任务清单 有冇哪一条讲…" is the task list, and "第十条" its tenth row', async () => {
    const u = talk('c23-task-list-row');
    expect(await u.say('我是监利市残联的 想了解下你们今年那个任务清单 有冇哪一条讲残疾人的')).toContain('13项');
    expect(await u.say('第十条是么内容')).toContain('2000人次');
  });
});

describe('the last answer asked for again', () => {
  it('"说简单点" gives its key points only; "再说一遍" the same answer again', async () => {
    const u = talk('c23-simpler');
    const full = await u.say('我一个人回来开个修车铺 贴息带款最多能贷好多');
    const short = await u.say('你讲得太复杂了 说简单点 就告诉我能贷几多');
    expect(short).toMatch(/^简单说:/);
    expect(short).toContain('30万元');
    expect(short.length).toBeLessThan(full.length);
    expect(short).not.toContain('帮不上忙');
    const again = await u.say('你再说一遍 我冇看明白');
    expect(again).toContain('30万元');
    expect(again).not.toContain('帮不上忙');
  });

  it('a simple thing asked for ("有么简单点的项目") is no request to say the last answer simpler', async () => {
    const turn = await talk('c23-simple-project').turn('冇得技术也冇得好多本钱 有么简单点的项目可以搞');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toMatch(/^简单说/);
  });

  it('a request of its own before "另外问下" in a form is no answer to the step', async () => {
    const u = talk('c23-request-head');
    await u.say('想约个导师 聊聊开饭店');
    const turn = await u.turn('转人工 另外问下贷款最多多少');
    expect(u.app.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 1 });
    expect(replyText(turn)).not.toContain('没看懂');
  });

  it('"Can you say that in English?" gives the last answer in English', async () => {
    const u = talk('c23-in-english');
    await u.say('我一个人回来开个修车铺 贴息带款最多能贷好多');
    const reply = await u.say('Can you say that in English for my business partner?');
    expect(reply).toContain('300,000 yuan');
  });

  it('the menu found too long is said in a few words; a topic named with "简单说说" is answered', async () => {
    const u = talk('c23-menu-simpler');
    expect((await u.turn('你这个是干么的')).intent).toBe('greet');
    const turn = await u.turn('字太多了 看不过来 你讲简单点');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toMatch(/^简单说:我能回答/);
    const named = await u.turn('简单说说返乡创业贷款');
    expect(named.intent).toBe('policy.ask');
    expect(replyText(named)).toContain('30万元');
  });
});

describe('questions about the service itself', () => {
  it('who runs it: the plan is its only source, it charges nothing, the office listed in the plan can confirm', async () => {
    for (const text of ['你们这个号是招商中心开的还是第三方的', '你们是人社局的官方号吗 还是外包出去的']) {
      const turn = await talk(`c23-who-${text.length}`).turn(text);
      expect(turn.intent).toBe('greet');
      expect(replyText(turn)).toContain('不收任何费用');
      expect(replyText(turn)).not.toMatch(/官方账号|由.{0,6}(运营|开设)/);
    }
    const en = await talk('c23-who-en').turn('Is this account run by the Jingzhou government or by some company?');
    expect(en.intent).toBe('greet');
    expect(replyText(en)).toContain('charges nothing');
  });

  it('dialect, and using the bot after deleting one’s data', async () => {
    expect(await talk('c23-dialect').say('你能听懂方言不 我爸只会讲荆州话 打字也是乱打的')).toContain('荆州话');
    const u = talk('c23-after-delete');
    await u.say('把我在你们这里的信息全部删掉');
    await u.say('确认删除');
    const turn = await u.turn('删完了我还能接着用你不');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).toContain('随时接着问');
  });

  it('/events lists events, /subscribe and /stop start and stop notices', async () => {
    const u = talk('c23-commands');
    expect((await u.turn('/events')).intent).toBe('event.ask');
    expect((await u.turn('/subscribe')).intent).toBe('notice.subscribe');
    expect(u.app.subscriptions.get('test:c23-commands')?.active).toBe(true);
    expect((await u.turn('/stop')).intent).toBe('notice.unsubscribe');
    expect(u.app.subscriptions.get('test:c23-commands')?.active ?? false).toBe(false);
  });

  it('"怎么老给我发" and "回复TD能退不" stop notices; they never subscribe', async () => {
    const u = talk('c23-too-many');
    await u.say('订阅活动通知');
    expect((await u.turn('我都不记得么时候订阅了你们的通知 怎么老给我发')).intent).toBe('notice.unsubscribe');
    expect(u.app.subscriptions.get('test:c23-too-many')?.active ?? false).toBe(false);
    expect((await talk('c23-td').turn('回复TD能退不')).intent).toBe('notice.unsubscribe');
  });
});

describe('two things compared', () => {
  it('each is given as the plan says it, side by side, with no difference the plan does not state', async () => {
    const reply = await talk('c23-compare-stations').say('楚商联络站和返乡创业驻外推介服务站 有么区别啊 名字差不多');
    expect(reply).toContain('· 楚商联络站:');
    expect(reply).toContain('50个楚商联络站');
    expect(reply).toContain('· 返乡创业驻外推介服务站:');
    expect(reply).toContain('不少于20个');
    expect(reply).toContain('文件没有把两者直接比较');
  });

  it('"是一回事不" and "是一个东西吗" compare too; the names lose the words around them', async () => {
    const loans = await talk('c23-compare-loans').say('创业担保贷款跟贴息贷款是一回事不');
    expect(loans).toContain('· 贴息贷款:');
    expect(loans).toContain('30万元');
    const guides = await talk('c23-compare-guides').say('楚商回乡投资指引和创业项目目录指引 是一个东西吗');
    expect(guides).toContain('· 创业项目目录指引:');
    expect(guides).toContain('易复制推广');
  });

  it('a name inside a longer one counts less ("召集人" is not the 总召集人), and "那个" inside a name goes', async () => {
    const roles = await talk('c23-compare-roles').say('召集人跟副召集人有么区别 各是哪几个');
    expect(roles).toContain('· 召集人:联席会议召集人有两位:李敢、沈先武');
    const rent = await talk('c23-compare-rent').say('场租补贴跟园区那个场租减免 是不是重复的 能两个都享受吗');
    expect(rent).toContain('· 园区场租减免:');
    expect(rent).toContain('水电减免');
  });

  it('a comparison naming nothing of the plan is no comparison', async () => {
    const reply = await talk('c23-compare-none').say('我和朋友合伙 跟个人的有么区别');
    expect(reply).not.toContain('分开写');
    expect(reply).toContain('400万元');
  });
});

describe('found in the second batch of the session', () => {
  it('a frequency question while a ticket is open is answered, not relayed as waiting', async () => {
    const u = talk('c23-ticket-question');
    await u.say('叫你们的人给我打电话');
    await u.say('返乡创业驻外推介服务站能帮我办么事');
    const turn = await u.turn('那个训练营多久搞一次');
    expect(turn.intent).not.toBe('handoff.human');
    expect(replyText(turn)).toContain('不少于1次');
  });

  it('saying what one will do, then goodbye, is a goodbye; "记下了" is an acknowledgement', async () => {
    expect(await talk('c23-bye-last').say('行 我自己去招商中心问 拜拜')).toContain('再见');
    const turn = await talk('c23-noted').turn('记下了 再打不通我还来找你');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('8514460');
  });

  it('a wage dispute is refused; another city’s scheme after another city’s refusal stays refused', async () => {
    expect((await talk('c23-wages').turn('老板欠我三个月工资不给 你们政府管不管')).intent).toBe('out_of_scope');
    const u = talk('c23-other-scheme');
    await u.say('深圳南山的创业补贴怎么申请');
    expect((await u.turn('那武汉光谷的3551人才计划呢')).intent).toBe('out_of_scope');
    expect(await u.say('好吧 那回荆州的话 个人创业贷款最多多少')).toContain('30万元');
  });

  it('"啥时候发" after the investment guide gives the task list’s date', async () => {
    const u = talk('c23-guide-date');
    await u.say('准备把研发中心迁回荆州 有没有投资指南之类的');
    expect(await u.say('啥时候发')).toContain('2025年4月');
  });

  it('what the county sets itself, and what entering a park brings', async () => {
    const u = talk('c23-county-own');
    await u.say('返乡创业园区归哪个部门管');
    expect(await u.say('那县里自己有冇得政策')).toContain('结合实际');
    expect(await talk('c23-park-benefit').say('那进园区有么好处')).toContain('水电减免');
  });
});

describe('last fixes of the session', () => {
  it('"切回中文吧" after English answers in Chinese again', async () => {
    const u = talk('c23-back-to-chinese');
    await u.say('Can you answer in English?');
    const turn = await u.turn('ok 切回中文吧 训练营一年搞几次');
    expect(replyText(turn)).toContain('不少于1次');
    expect(replyText(turn)).not.toMatch(/boot camp/i);
  });

  it('a task row asked for in fewer words keeps its title, which carries its figures', async () => {
    const u = talk('c23-brief-row');
    await u.say('任务清单第6项讲的么事');
    const reply = await u.say('太长了 一句话概括');
    expect(reply).toMatch(/^简单说:/);
    expect(reply).toContain('20个返乡创业驻外推介服务站');
  });

  it('"四个牌" are the plan’s four parts; a student incubator is the incubation bases', async () => {
    expect(await talk('c23-four-cards').say('还有四个牌 是哪四个牌')).toContain('榜样牌');
    expect(await talk('c23-incubator').say('毕业想回荆州创业 有大学生孵化器吗')).toContain('5家');
  });

  it('"那约一个" books a mentor', async () => {
    expect((await talk('c23-book-one').turn('那约一个 我想问下申报能人返乡项目的事 线下')).intent).toBe('consult.book');
  });
});
