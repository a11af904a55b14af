/**
 * Conversations of the fortieth session, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { replyText, talk } from '../helpers.ts';

describe('side questions in a form, typed in traditional characters', () => {
  it('"順便問下 洪湖那邊有沒有農產品加工園區" while the company is asked is answered, and the registration goes on', async () => {
    const u = talk('c42-trad-aside');
    await u.turn('我們家在新加坡做食品 祖籍洪湖 想回洪湖投資個加工廠 大約兩億 請幫我登記一下');
    await u.turn('同意');
    await u.turn('我姓鄧 電話 +65 9123 4567');
    const turn = await u.turn('順便問下 洪湖那邊有沒有農產品加工園區');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('农产品加工园区');
    expect(replyText(turn)).toContain('继续刚才的登记');
  });
});

describe('age and household registration, which the plan sets nowhere', () => {
  it('"培训有年龄要求吗" says the plan gives no such condition and who to ask', async () => {
    const turn = await talk('c42-age-training').turn('培训有年龄要求吗');
    expect(replyText(turn)).toContain('文件没有写明年龄、户籍等个人条件的要求');
    expect(replyText(turn)).toContain('市人社局');
  });

  it('"户口早就迁出荆州了 能申请贴息贷款吗": no condition invented, the loans as written', async () => {
    const turn = await talk('c42-hukou').turn('我在外面打工 户口早就迁出荆州了 回来创业能申请贴息贷款吗');
    expect(replyText(turn)).toContain('文件没有写明年龄、户籍');
    expect(replyText(turn)).toContain('30万元');
    expect(replyText(turn)).toContain('荆州金融监管分局');
  });

  it('"有年龄限制吗" after the loans is asked of the loans', async () => {
    const u = talk('c42-age-follow');
    await u.turn('返乡创业贷款');
    const turn = await u.turn('有年龄限制吗');
    expect(replyText(turn)).toContain('文件没有写明年龄');
    expect(replyText(turn)).toContain('贴息贷款');
  });
});
