/**
 * Conversations found failing in blind sets 81 and 82 (young returnees; merchants elsewhere weighing an investment)
 * and in the opened set 42, each in our own words: a question asked inside a form is read against the conversation
 * and sets the topic, "A还是B" and "那X呢" are questions, "算了 还是线上吧" changes an answer, "cancel that" after
 * subscribing stops the notices, a writing favour is refused, thanks in Cantonese, persons asked for in more ways.
 */
import { describe, expect, it } from 'vitest';
import { conversation, replyText } from '../helpers.ts';

describe('questions inside a form', () => {
  it('a follow-up to a side question is read against that question ("补好多 有比例没" after the equipment subsidy)', async () => {
    const turns = await conversation('c17-aside-follow', [
      '想约个创业导师 搞制造的',
      '线上',
      '问一下 自己盖厂房买设备有补贴没',
      '补好多 有比例没',
    ]);
    const followUp = turns[3]!;
    expect(followUp.intent).toBe('policy.ask');
    expect(replyText(followUp)).toContain('一定补贴');
    // The booking goes on after it.
    expect(replyText(followUp)).toContain('继续刚才的预约');
  });

  it('"场租水电是全免还是减半" while times are offered is a question, not a miss', async () => {
    const turns = await conversation('c17-either-or', ['我想约个导师', '电商直播', '线上', '园区的场租水电是全免还是减半']);
    const asked = turns[3]!;
    expect(asked.intent).toBe('policy.ask');
    expect(replyText(asked)).toContain('减免');
    expect(replyText(asked)).not.toContain('没看懂');
  });

  it('"那住房呢" while a name is asked is a question, not the name', async () => {
    const turns = await conversation('c17-and-housing', [
      '想登记个投资意向 在荆州开发区搞个电子厂 投八千万',
      '同意',
      '等一下 回来了孩子读书好安排不',
      '那住房呢',
      '叫我周先生',
    ]);
    expect(turns[3]!.intent).toBe('policy.ask');
    expect(replyText(turns[3]!)).toContain('住房');
    // The name is asked again and taken afterwards.
    expect(replyText(turns[4]!)).not.toContain('怎么称呼');
  });

  it('"算了 还是线上吧" changes the way to meet; "算了 还是下次吧" leaves', async () => {
    const changed = await conversation('c17-back-online', ['想约个导师', '电商直播', '线下', '算了还是线上吧']);
    expect(replyText(changed[3]!)).toContain('已改');
    expect(replyText(changed[3]!)).not.toContain('已取消');
    const left = await conversation('c17-later', ['想约个导师', '电商直播', '算了还是下次吧']);
    expect(replyText(left[2]!)).toContain('已取消');
  });

  it('"好 第一个 确认" picks the first time', async () => {
    const turns = await conversation('c17-pick-confirm', ['想约个导师 电话里聊', '综合创业', '好 第一个 确认']);
    expect(replyText(turns[2]!)).toContain('手机号');
  });

  it('"电话就不留了 微信联系行不" at the phone step declines the number and books in this chat', async () => {
    const turns = await conversation('c17-no-phone', ['想约个导师 电话里聊', '综合创业', '1', '电话就不留了 微信联系行不']);
    expect(turns[3]!.intent).toBe('consult.book');
    expect(replyText(turns[3]!)).toContain('在本平台联系');
  });
});

describe('follow-ups', () => {
  it('"主要设在哪些地方" after the service stations asks where they are, not where the office is', async () => {
    const turns = await conversation('c17-where-set', ['在宁波做模具的 老家江陵 你们驻外推介服务站一共设了多少个', '主要设在哪些地方']);
    const where = replyText(turns[1]!);
    expect(where).toContain('长三角');
    expect(where).not.toContain('联席会议办公室设在');
  });

  it('"那个领导牵头" asks for the chief convener', async () => {
    const [turn] = await conversation('c17-leader', ['楚商回乡这块是哪个领导牵头的']);
    expect(replyText(turn!)).toContain('金鹏');
  });

  it('"which holidays" and "放在哪些节日" get the festivals the plan names', async () => {
    for (const text of ['Which holidays are the investment events held around?', '招商活动一般放在哪些节日搞']) {
      const [turn] = await conversation(`c17-holidays-${text.length}`, [text]);
      expect(replyText(turn!)).toMatch(/春节|Spring Festival/);
    }
  });

  it('an idle pig farm in the village is idle property to revive, not an amount asked', async () => {
    const [turn] = await conversation('c17-idle', ['村里有个空着的养猪场 能拿来用不']);
    expect(replyText(turn!)).toContain('闲置');
    expect(replyText(turn!)).not.toContain('具体金额');
  });
});

describe('subscriptions', () => {
  it('"Actually cancel that" right after subscribing unsubscribes', async () => {
    const turns = await conversation('c17-cancel-sub', [
      'Please send me notices of investment events',
      'Actually cancel that, my assistant gets them.',
    ]);
    expect(turns[1]!.intent).toBe('notice.unsubscribe');
  });

  it('"算了 取消吧" after another topic is about a booking again, not the old subscription', async () => {
    const turns = await conversation('c17-cancel-later', ['订阅活动通知', '返乡创业贷款最多多少', '算了 取消吧']);
    expect(turns[2]!.intent).toBe('consult.manage');
  });

  it('"广州的也要" after subscribing to Shenzhen keeps both places', async () => {
    const turns = await conversation('c17-also-place', ['有活动通知我 只要深圳的', '不对 广州的也要']);
    expect(turns[1]!.intent).toBe('notice.subscribe');
    expect(replyText(turns[1]!)).toContain('已加上广州:以后有深圳、广州地区和全市的活动通知');
  });
});

describe('subscriptions in English', () => {
  it('"only Shanghai" narrows an English subscription and says so in English; "Guangzhou as well" adds that place', async () => {
    const turns = await conversation('c17-sub-en', ['Please send me event notices, only Shanghai', 'Guangzhou as well please']);
    expect(replyText(turns[0]!)).toContain('for Shanghai and city-wide ones');
    expect(turns[1]!.intent).toBe('notice.subscribe');
    expect(replyText(turns[1]!)).toMatch(/^Guangzhou added: event notices for Shanghai and Guangzhou and city-wide ones/);
  });
});

describe('rules', () => {
  it.each([
    ['顺便帮我写个同乡会的主持词 五百字', 'out_of_scope'],
    ['帮我写一段给股东的英文汇报 介绍下荆州', 'out_of_scope'],
    ['能不能帮我快手号涨点粉', 'out_of_scope'],
    ['唔该晒', 'greet'],
    ['多谢晒', 'greet'],
    ['我想跟你们工作人员当面谈一下 能安排个人吗', 'handoff.human'],
    ['说不清楚 找个招商中心的人跟我直接讲', 'handoff.human'],
    ['算了 我还是找个人问吧', 'handoff.human'],
    ['我能直接跟人社局的人聊不', 'handoff.human'],
    ['我们商会想请市里来人讲讲政策 找哪个单位联系', 'contact.ask'],
    ['深圳这边商会推荐我当招商大使 有么礼遇', 'policy.ask'],
    ['算了 导师那个预约取消吧 我让助理去对接', 'consult.manage'],
    ['你们直接喊个招商中心的同志打给我', 'handoff.human'],
    ['我屋里老二想回来开个养鸡场 这个问哪个', 'contact.ask'],
    ['他的信息我发你 帮他登记一下 叫刘建军 电话13600002222', 'lead.register'],
    ['招商大使怎么登记 电话多少', 'contact.ask'],
  ])('"%s" is %s', async (text, intent) => {
    const [turn] = await conversation(`c17-rule-${text.length}-${intent}`, [text]);
    expect(turn!.intent).toBe(intent);
  });

  it('a Chinese message naming English ("写个英文汇报") is answered in Chinese; asking for English switches', async () => {
    const [chinese] = await conversation('c17-zh', ['帮我写一段英文汇报']);
    expect(replyText(chinese!)).toMatch(/[\u4e00-\u9fff]{6}/);
    const [english] = await conversation('c17-en', ['你会说英语吗']);
    expect(replyText(english!)).toContain('English');
  });
});

describe('events and English follow-ups', () => {
  it('"市里一年搞几场" after a list of investment events asks the plan’s yearly count, and "县里呢" the counties’', async () => {
    const turns = await conversation('c17-events-count', ['最近有冇得么招商活动', '市里一年搞几场', '县里呢']);
    expect(replyText(turns[1]!)).toContain('4场次');
    expect(replyText(turns[2]!)).toContain('6场次');
  });

  it('a boot camp asked for by name does not make the investment events the topic', async () => {
    const turns = await conversation('c17-bootcamp', ['有冇得么训练营 我想去学', '一共建几个站']);
    expect(replyText(turns[1]!)).not.toContain('4场次');
  });

  it('"examples?" after the business projects gives the project directions', async () => {
    const turns = await conversation('c17-examples', [
      'What kind of business projects does the plan recommend for returnees?',
      'examples?',
    ]);
    expect(replyText(turns[1]!)).toMatch(/family farm|shared farm|farm inputs/i);
  });

  it('a bound the plan gives as 不少于 reads "at least" in English, as people write it', async () => {
    const [turn] = await conversation('c17-at-least', ['How many Qingming hometown events does each county have to hold?']);
    expect(replyText(turn!)).toMatch(/at least 2/);
    expect(replyText(turn!)).not.toContain('no fewer than');
  });
});

describe('courtesies and typos', () => {
  it.each(['好 没别的了', '好 晚安🌙', '好困 睡了 晚安', '好吧 冇得事了', '哈哈好 拜了', '好 我再想想', '不聊了'])(
    '"%s" closes the conversation politely',
    async (text) => {
      const [turn] = await conversation(`c17-close-${text.length}`, [text]);
      expect(turn!.intent).toBe('greet');
      expect(replyText(turn!)).not.toContain('帮不上忙');
    },
  );

  it('"好好 多谢了" while the hometown is asked is thanks, not a place', async () => {
    const turns = await conversation('c17-thanks-form', [
      '想登记个回乡投资意向 做电子配件 两千万',
      '同意',
      '叫我陈先生',
      '好好 多谢了 麻烦你们了',
    ]);
    expect(turns[3]!.intent).toBe('greet');
    expect(replyText(turns[3]!)).not.toContain('没认出');
  });

  it('"创业倒师" (a typo) books a mentor', async () => {
    const [turn] = await conversation('c17-typo-mentor', ['能不能给我约个创业倒师 当面讲的那种']);
    expect(turn!.intent).toBe('consult.book');
  });
});
