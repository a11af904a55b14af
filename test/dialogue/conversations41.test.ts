/**
 * Conversations of the thirty-ninth session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { fromCantonese } from '../../src/text/cantonese.ts';
import { toSimplified } from '../../src/text/normalize.ts';
import { replyText, talk } from '../helpers.ts';

describe('Cantonese, as merchants from Hong Kong and Macau write it', () => {
  it('reads Cantonese words as Mandarin, in traditional and simplified characters', () => {
    expect(toSimplified('呢啲係邊個部門管')).toBe('这些是哪个部门管');
    expect(toSimplified('點申請 要咩文件')).toBe('怎么申请 要什么文件');
    expect(toSimplified('淨係要招商活動 培訓嗰啲唔使')).toBe('只要招商活动 培训那些不用');
    expect(toSimplified('等陣 你哋啲導師係點揀出嚟㗎')).toBe('等一下 你们的导师是怎么选出来');
    expect(toSimplified('唔该 佢可唔可以参加')).toBe('谢谢 他可不可以参加');
  });

  it('leaves Mandarin as it is: 关系, 地点, the particle 呢, 旁边, 听日语, 干净系统', () => {
    for (const text of ['關係很好', '辦理地點在哪', '那县里呢', '旁边个人', '我听日语', '干净系统', '重点解决'])
      expect(fromCantonese(text)).toBe(text);
    expect(toSimplified('關係很好')).toBe('关系很好');
  });

  it('"唔該晒 我諗下先" is thanked back, not refused', async () => {
    const turn = await talk('c41-yue-thanks').turn('唔該晒 我諗下先');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });

  it('"呢啲係邊個部門管" after the hotline article names its units', async () => {
    const u = talk('c41-yue-units');
    await u.turn('有冇專線可以直接打返荊州問投資');
    const turn = await u.turn('呢啲係邊個部門管');
    expect(replyText(turn)).toContain('市招商中心');
  });

  it("a cousin's small company that employs a dozen people gets the small businesses' limit, not an individual's", async () => {
    const turn = await talk('c41-yue-company').turn('我表弟返咗荊州開咗間細公司 請咗十幾個人 貼息帶款最多貸幾多');
    expect(replyText(turn)).toContain('500万元');
    expect(replyText(turn)).not.toContain('30万元');
  });
});

describe('counts of people are no individual borrower', () => {
  it('"开了家小公司 请了十几个人 贴息贷款最多多少": the small businesses\' 500万元', async () => {
    const turn = await talk('c41-people').turn('我开了家小公司 请了十几个人 贴息贷款最多贷多少');
    expect(replyText(turn)).toContain('500万元');
    expect(replyText(turn)).not.toContain('30万元');
  });

  it('"就我一个人搞 最多贷好多" is still the individual\'s 30万元', async () => {
    const turn = await talk('c41-one').turn('就我一个人搞 最多贷好多');
    expect(replyText(turn)).toContain('30万元');
  });
});

describe('festivals, banks and lists', () => {
  it('"一共几个节 都说出来" after the festival events lists the festivals (it was refused)', async () => {
    const u = talk('c41-festivals');
    await u.turn('节日招商活动有哪些');
    const turn = await u.turn('一共几个节 都说出来');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('端午节');
    expect(replyText(turn)).toContain('中秋节');
  });

  it('"银行有没有那种见面会" is about the bank meetings, not the events on record', async () => {
    const turn = await talk('c41-bank').turn('银行有没有那种见面会');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('政银企对接会');
  });

  it('"Which units are members of the joint meeting?" names member units, not only the counties\' leaders', async () => {
    const turn = await talk('c41-members-en').turn('Which units are members of the joint meeting?');
    expect(replyText(turn)).toContain('Members include');
  });

  it('"有没有安家费" is the housing the plan names (it was refused)', async () => {
    const turn = await talk('c41-settle').turn('有没有安家费');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('住房');
  });
});

describe('travel, notices and bookings said in passing', () => {
  it('"What are the exact dates? I need to book flights." after events starts no booking', async () => {
    const u = talk('c41-flights');
    await u.turn('Any events for returning merchants around Mid-Autumn?');
    const turn = await u.turn('What are the exact dates? I need to book flights.');
    expect(turn.intent).not.toBe('consult.book');
    expect(turn.intent).not.toBe('out_of_scope');
  });

  it('"好的 有推送的话给我订一个" subscribes (it was thanked back)', async () => {
    const u = talk('c41-push');
    await u.turn('清明回公安扫墓 那几天有么推介会冇');
    const turn = await u.turn('好的 有推送的话给我订一个');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('订阅成功');
  });

  it('"投资指引…那份东西可以发给我吗" asks for a document; "有活动通知都发给我" still subscribes', async () => {
    const u = talk('c41-document');
    await u.turn('投资指引');
    expect((await u.turn('那份东西可以发给我吗')).intent).not.toBe('notice.subscribe');
    expect((await talk('c41-every-notice').turn('有活动通知都发给我')).intent).toBe('notice.subscribe');
  });

  it('"那帮我约一个" books a mentor (it was refused)', async () => {
    const turn = await talk('c41-book-one').turn('那帮我约一个');
    expect(turn.intent).toBe('consult.book');
  });

  it('"有冇人能一对一教" is a mentor, not the menu', async () => {
    const turn = await talk('c41-one-to-one').turn('有没有人能一对一教');
    expect(turn.intent).not.toBe('greet');
    expect(replyText(turn)).toContain('导师');
  });

  it('"登记的信息多久有人回我" in a registration, after a festival question, is answered by the form', async () => {
    const u = talk('c41-lead-when');
    await u.turn('我想登记投资项目');
    await u.turn('同意');
    await u.turn('哦对了 春节回来那段时间有团拜会吗');
    const turn = await u.turn('登记的信息多久有人回我');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('没有规定联系的时限');
    expect(replyText(turn)).not.toContain('春节是');
  });
});

describe('what a training teaches, who may attend, the database', () => {
  it('"我问的是它教啥 不是多少人" after 马兰花计划 says the plan gives no course content (it was the joint meeting)', async () => {
    const u = talk('c41-teach');
    await u.turn('马兰花计划 我没看懂 说简单点');
    const turn = await u.turn('我问的是它教啥 不是多少人');
    expect(replyText(turn)).toContain('课程内容');
    expect(replyText(turn)).not.toContain('联席会议');
  });

  it('"那我这种冇读过几年书的 能去听不" after the training: who is in its scope', async () => {
    const u = talk('c41-attend');
    await u.turn('马兰花计划是什么');
    const turn = await u.turn('那我这种冇读过几年书的 能去听不');
    expect(replyText(turn)).toContain('全部纳入返乡创业培训范围');
  });

  it('"入库有啥用", "现在库里有好多人" after the merchants\' database stay on it (they were the land article)', async () => {
    const u = talk('c41-database');
    await u.turn('我荆州人 在北京当律师 算不算楚商楚才');
    const use = await u.turn('入库有啥用');
    expect(replyText(use)).toContain('楚商楚才');
    expect(replyText(use)).not.toContain('闲置');
    const count = await u.turn('现在库里有好多人');
    expect(replyText(count)).toContain('2239');
  });
});

describe('rural tourism and idle buildings', () => {
  it('"三个人合伙 想搞个农家乐 能带款好多": the loans (only they give an amount), with the partnership\'s 400万元', async () => {
    const turn = await talk('c41-partners').turn('我跟老婆还有她老弟三个人合伙 想在江陵搞个农家乐 钓鱼吃饭那种 能带款好多');
    expect(replyText(turn)).toContain('400万元');
    expect(replyText(turn)).not.toContain('请回复数字');
  });

  it('"老粮站废了好多年 我想租下来搞农产品加工": idle buildings put to use (it was a list of choices)', async () => {
    const turn = await talk('c41-granary').turn('村里那个老粮站废了好多年 我想租下来搞农产品加工 能租不');
    expect(replyText(turn)).toContain('闲置房产');
  });

  it('"搞民宿要办么证" is asked of the plan (it was refused)', async () => {
    const turn = await talk('c41-licence').turn('好吧 问正经的 搞民宿要办么证');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).not.toContain('帮不上忙');
  });

  it('"他冇得本钱 能借到钱不" is the loans', async () => {
    const turn = await talk('c41-borrow').turn('他冇得本钱 能借到钱不');
    expect(replyText(turn)).toContain('30万元');
  });

  it('"回来考察 坐飞机有么便利没": the ambassadors\' airport green channel', async () => {
    const turn = await talk('c41-airport').turn('回来考察 坐飞机有么便利没');
    expect(replyText(turn)).toContain('绿色通道');
  });

  it('"在深圳酒店做了6年前台 … 不懂经营 有培训没" is the training, not an event (年前 of 6年前台, 营 of 经营)', async () => {
    const turn = await talk('c41-hotel').turn('在深圳酒店做了6年前台 想回石首搞民宿 但是不懂经营 有培训没');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('培训');
  });

  it('"为么要电话 我不想给" in a registration: a phone is not required (it was the office\'s phone)', async () => {
    const u = talk('c41-why-phone');
    await u.turn('我想登记投资项目');
    await u.turn('同意');
    const turn = await u.turn('为么要电话 我不想给');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('不是必须的');
  });

  it('"为什么这个电话打不通" in a registration is still a question of the office\'s phone', async () => {
    const u = talk('c41-phone-fails');
    await u.turn('我想登记投资项目');
    await u.turn('同意');
    const turn = await u.turn('为什么这个电话打不通');
    expect(replyText(turn)).not.toContain('不是必须的');
  });
});

describe('forms read traditional characters and Cantonese', () => {
  it('"確認" on a booking\'s summary submits it (it was "没看懂")', async () => {
    const u = talk('c41-confirm-trad');
    for (const text of ['约个导师 种植', '1', '1', '1']) await u.turn(text);
    const turn = await u.turn('確認');
    expect(replyText(turn)).toContain('预约已提交');
  });

  it('"你們大概多久會聯繫我" in a registration is answered by the form (it was a list of choices)', async () => {
    const u = talk('c41-when-trad');
    await u.turn('我想登记投资项目');
    await u.turn('同意');
    const turn = await u.turn('你們大概多久會聯繫我');
    expect(turn.intent).toBe('lead.register');
    expect(replyText(turn)).toContain('没有规定联系的时限');
  });

  it('"之後邊個部門會跟進" before consenting: who follows up, and the consent asked again', async () => {
    const u = talk('c41-who-trad');
    await u.turn('我想登记投资项目');
    const turn = await u.turn('之後邊個部門會跟進');
    expect(replyText(turn)).toContain('招商部门');
  });

  it('"你哋會點用我個電話? 會唔會俾第三方" in a booking: who sees the data (it was the office\'s phone)', async () => {
    const u = talk('c41-third-party');
    await u.turn('约个导师 种植');
    const turn = await u.turn('你哋會點用我個電話? 會唔會俾第三方');
    expect(turn.intent).toBe('privacy.delete');
    expect(replyText(turn)).toContain('经您同意才保存');
  });

  it('"哈囉~" is a greeting, "好 謝謝 我再研究研究" thanks (it was the joint meeting\'s 研究部署)', async () => {
    expect((await talk('c41-hello-trad').turn('哈囉~')).intent).toBe('greet');
    const turn = await talk('c41-think-over').turn('好 謝謝 我再研究研究');
    expect(turn.intent).toBe('greet');
    expect(replyText(turn)).not.toContain('联席会议');
  });
});

describe('who issued the plans, how often progress is reported', () => {
  it('"这个文是哪个发的": issued with the municipal government\'s approval', async () => {
    const turn = await talk('c41-issuer').turn('这个文是哪个发的');
    expect(replyText(turn)).toContain('市人民政府同意印发');
  });

  it('"村里好多人不愿意把地租给我 有办法冇": land let out (流转), not the training targets', async () => {
    const turn = await talk('c41-land-let').turn('村里好多人不愿意把地租给我 有办法冇');
    expect(replyText(turn)).toContain('流转');
  });

  it('"进度多久报一次": each quarter\'s last week (it was the bimonthly visits)', async () => {
    const turn = await talk('c41-report').turn('进度多久报一次');
    expect(replyText(turn)).toContain('最后一周');
  });
});

describe('keywords typed with spaces', () => {
  it('"楚商 数据库 人数" is the merchants\' database and its 2239 names (it was the talent database)', async () => {
    const turn = await talk('c41-keywords-db').turn('楚商 数据库 人数');
    expect(replyText(turn)).toContain('2239');
  });
});

describe('a keyword alone of what the plan does not give', () => {
  it('"利率", "抵押" are the loans\' unstated details (they were refused)', async () => {
    expect(replyText(await talk('c41-rate').turn('利率'))).toContain('文件没有写明贷款利率');
    expect(replyText(await talk('c41-collateral').turn('抵押'))).toContain('没有写明抵押');
  });
});
