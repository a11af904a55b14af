/**
 * Conversations found failing in blind sets 57, 62 and 63 (code-switching merchants, 楚商 and liaison staff, English
 * users filling forms), each in our own words: deletion asked half in English, thanks inside a form, a person asked to
 * call back, events and ordinals in English, an English question whose words the lexicon does not know.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('requests as people word them', () => {
  it.each([
    ['之前登记过项目 留了phone number 现在不投了 please delete我的信息', 'privacy.delete'],
    ['你们是不是把我电话给别人了 最近老接到推销电话', 'privacy.delete'],
    ['我打过去没人接 你们能不能安排个人回我电话', 'handoff.human'],
    ['请招商中心的工作人员直接跟我们会长联系一下', 'handoff.human'],
    ['My mother cannot type well, please have someone call her', 'handoff.human'],
    ['以后市里有招商活动帮我们商会推一下', 'notice.subscribe'],
    ['这里能订活动通知吗', 'notice.subscribe'],
    ['导师那个也取消算了 最近忙', 'consult.manage'],
    ['好 等电话', 'greet'],
    ['hey', 'greet'],
    ['Good afternoon.', 'greet'],
    ['今天股市咋样 能补仓不', 'out_of_scope'],
    ['any jingzhou stocks i should buy?', 'out_of_scope'],
    ['whats the best hotel near the old city wall', 'out_of_scope'],
    ['Can you write my essay conclusion for me, 500 words', 'out_of_scope'],
    ["What is Wuhan's returnee startup loan limit?", 'out_of_scope'],
  ])('"%s" → %s', async (text, intent) => {
    const [turn] = await conversation(`c14-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('staff of one of our stations in another city ask about the station; it is no other city’s policy', async () => {
    const [turn] = await conversation('c14-station', ['我是东莞那个返乡创业驻外推介服务站的 我们站主要做哪些服务']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('创业事项代办');
  });

  it('a greeting before an English question is the question', async () => {
    const [turn] = await conversation('c14-morning', ["Good morning, what's the max loan for an individual"]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('300,000');
  });

  it('"yes I confirm deletion" after the deletion offer deletes', async () => {
    const [, done] = await conversation('c14-delete', ['please delete my data', 'yes I confirm deletion']);
    expect(done!.intent).toBe('privacy.delete');
    expect(replyText(done!)).toMatch(/^Deleted/);
  });
});

describe('thanks inside a form', () => {
  it.each([['謝謝 辛苦了'], ['谢谢 效率还行'], ['谢谢 ありがとう']])(
    '"%s" is a courtesy: nothing is taken as an answer and the form says it is not submitted',
    async (thanks) => {
      const turns = await conversation(`c14-thanks-${thanks.length}-${thanks.charCodeAt(1)}`, [
        '我想登记个投资意向',
        '同意',
        '王先生',
        thanks,
      ]);
      expect(turns[3]!.intent).toBe('greet');
      expect(replyText(turns[3]!)).toContain('还没提交');
      expect(replyText(turns[3]!)).toContain('您老家是荆州哪里的');
    },
  );

  it('thanks before the consent is given is a courtesy too, and the consent is asked again', async () => {
    const turns = await conversation('c14-thanks-gate', ['我想登记个投资意向', '谢谢 ありがとう']);
    expect(turns[1]!.intent).toBe('greet');
    expect(replyText(turns[1]!)).toContain('同意登记吗');
  });

  it('"ok good, thank you" while a booking asks the topic picks nothing', async () => {
    const turns = await conversation('c14-ok-thanks', ['book a mentor please', 'ok good, thank you']);
    expect(turns[1]!.intent).toBe('greet');
    expect(replyText(turns[1]!)).toContain('not submitted');
    expect(replyText(turns[1]!)).toContain('What would you like the mentor to help with?');
  });

  it('"great, see you" leaves the form, nothing saved', async () => {
    const turns = await conversation('c14-see-you', ['I would like to register my investment intention', 'great, see you']);
    expect(turns[1]!.intent).toBe('greet');
    expect(replyText(turns[1]!)).toContain('nothing from it was saved');
  });

  it('a question about the consent answered in the same message ("do I have to agree? ok yes, I consent") consents', async () => {
    const turns = await conversation('c14-consent', [
      'I would like to register my investment intention',
      'hmm do I have to agree? ok yes, I consent',
    ]);
    expect(turns[1]!.intent).toBe('lead.register');
    expect(replyText(turns[1]!)).toContain('How should we address you?');
  });
});

describe('English questions', () => {
  it('words the lexicon does not know still find the article (the quarterly report)', async () => {
    const [turn] = await conversation('c14-report', [
      'Hello, I am a new liaison officer in a county bureau. When do we send the report to the lead unit each quarter?',
    ]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toMatch(/last week/i);
  });

  it('a "merchant contact point abroad" is a liaison station, not a request for our phone number', async () => {
    const [turn] = await conversation('c14-contact-point', [
      'my family is from Shishou, I run a restaurant in Dubai. is there any Jingzhou merchant contact point abroad?',
    ]);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toMatch(/liaison station/i);
  });

  it('a single unknown word is not enough to choose an article ("No worries, thanks.")', async () => {
    const [turn] = await conversation('c14-no-worries', ['No worries, thanks.']);
    expect(turn!.intent).toBe('greet');
  });

  it('"the second one" points at the second item just listed', async () => {
    const turns = await conversation('c14-second', [
      "What is the 'five ones' goal for Chushang returning?",
      'the second one please explain more',
    ]);
    expect(turns[1]!.intent).toBe('policy.ask');
    expect(replyText(turns[1]!)).toMatch(/liaison station/i);
  });

  it('events asked in English are event questions, also as a follow-up; how many a year is the plan', async () => {
    const turns = await conversation('c14-events', [
      'What big events does Jingzhou hold for merchants living outside?',
      'which county does the peach blossom festival',
      'how many investment events does the city hold each year?',
    ]);
    expect(turns.map((t) => t.intent)).toEqual(['event.ask', 'event.ask', 'policy.ask']);
    expect(replyText(turns[2]!)).toMatch(/\b4\b/);
  });

  it('"what events does the city hold" lists the events on record and what the plan arranges, in English', async () => {
    const [what] = await conversation('c14-what-events', ['What events does the city hold for Chushang?']);
    expect(what!.intent).toBe('event.ask');
    expect(replyText(what!)).toMatch(/^Events on record|^No event with a date/);
    expect(what!.sources.some((id) => ['chushang.04.festivals', 'task.07', 'task.08'].includes(id))).toBe(true);
    expect(replyText(what!)).toContain('subscribe to event notices');
  });
});

describe('found in blind sets 53, 57 and 61', () => {
  it('a name, a mobile and the project in one message register, and the name and mobile are kept after consent', async () => {
    const turns = await conversation('c14-details', ['名字陈涛 电话18607165520 项目是鱼糕和卤味深加工 投1200万左右', '同意']);
    expect(turns[0]!.intent).toBe('lead.register');
    expect(replyText(turns[1]!)).toContain('您老家是荆州哪里的');
  });

  it.each([
    ['深圳本地的创业补贴标准是多少', 'out_of_scope'],
    ['我在深圳打工 回本地创业有补贴吗', 'policy.ask'],
    ['我已经回来投资了 项目卡在审批上 有啥channel反映问题', 'policy.ask'],
    ['小孩看病住房这些回来能照顾不', 'policy.ask'],
    ['你先跟我说说荆州哪个小区房子好买', 'out_of_scope'],
  ])('"%s" → %s', async (text, intent) => {
    const [turn] = await conversation(`c14b-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('the date of a national expo the plan names is not given, and says so', async () => {
    const [turn] = await conversation('c14-expo', ['今年进博会具体几号']);
    expect(turn!.intent).toBe('event.ask');
    expect(replyText(turn!)).toContain('文件没有写明进博会的具体日期');
  });

  it('"全部删掉 including 名字和电话" after the deletion offer confirms it', async () => {
    const turns = await conversation('c14-delete-all', ['请删除我的信息', '全部删掉 including 名字和电话']);
    expect(turns[1]!.intent).toBe('privacy.delete');
    expect(replyText(turns[1]!)).toMatch(/^已删除/);
  });

  it('"第三个" after one point naming five goals is the third goal, not the third measure of the article', async () => {
    const turns = await conversation('c14-five-ones', ['五个一是哪五个', '第三个呢 展开讲讲']);
    expect(replyText(turns[1]!)).toContain('4场次');
    expect(replyText(turns[1]!)).not.toContain('招商大使');
  });
});

describe('follow-ups found in blind set 67', () => {
  it('where the stations are, and what they rest on, come from the article the task row restates', async () => {
    const turns = await conversation('c14-stations', ['楚商联落站建几个', '建在哪', '靠么建起来']);
    expect(replyText(turns[0]!)).toContain('50个');
    expect(replyText(turns[1]!)).toContain('集聚重点区域');
    expect(replyText(turns[2]!)).toContain('200个驻外招商办事处');
  });

  it('whether training costs money: the plan does not say, and the training subsidy it lists is named', async () => {
    const [turn] = await conversation('c14-fee', ['培训要收钱不']);
    expect(turn!.intent).toBe('policy.ask');
    expect(replyText(turn!)).toContain('文件没有写明');
    expect(replyText(turn!)).toContain('创业培训补贴');
  });

  it('the deadline of a point the article gives without one comes from the task row that sets it', async () => {
    const turns = await conversation('c14-deadline', ['政银企对接会一年搞几回', '几时截止']);
    expect(replyText(turns[1]!)).toContain('2025年12月');
    expect(replyText(turns[1]!)).toContain('任务清单第11项');
  });
});

describe('found in blind sets 68 and 69', () => {
  it('a follow-up said after a remark, or before one, is read against the topic, not refused', async () => {
    const turns = await conversation('c14-care', ['回来投资 子女上学有么照顾', '我爸妈年纪大了 看病这块呢', '看病呢 我爸身体不好']);
    for (const turn of turns.slice(1)) {
      expect(turn.intent).toBe('policy.ask');
      expect(replyText(turn)).toContain('医疗');
    }
  });

  it('what consenting is, and who sees the phone, are answered inside the registration before the consent is asked again', async () => {
    const turns = await conversation('c14-consent-what', [
      '我想登记投资意向',
      '同意是什么意思 要签字吗',
      '同意之前我问下 我电话会给哪些人看',
    ]);
    expect(replyText(turns[1]!)).toContain('不用签字');
    expect(replyText(turns[2]!)).toContain('谁能看到');
    for (const turn of turns.slice(1)) expect(replyText(turn)).toContain('同意登记吗');
  });

  it.each([
    ['你好啊 我是公安的 我伢在外头搞装修 想回来 能不能帮他约个人问问', 'consult.book'],
    ['清明回来扫墓 顺便想看看投资机会 那几天有活动不', 'event.ask'],
    ['刚从厦门回来 准备在沙市开个修车铺 第一步该干嘛', 'policy.ask'],
  ])('"%s" → %s', async (text, intent) => {
    const [turn] = await conversation(`c14c-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('a few words ending in thanks inside a booking are a courtesy, not a reply not understood', async () => {
    const turns = await conversation('c14-wait-thanks', ['预约导师', '1', '那我等着 谢谢']);
    expect(turns[2]!.intent).toBe('greet');
    expect(replyText(turns[2]!)).toContain('还没提交');
  });
});
