import { OTHERS_DATA, RULE_NAMES } from '../intent/rules.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { OTHER_PLACES } from '../kb/places.ts';
import type { Handler } from './handler.ts';
import { showMenu } from './menu.ts';
import { isBareNumber } from '../dialogue/context.ts';

const OTHER_PLACE = new RegExp(OTHER_PLACES.join('|'));

/** Rules refusing to tell anything about other people: answered with why, not "帮不上忙". */

const OFFICE_WORK = RULE_NAMES.officeWork;

/** Cheating the programme asked about: refused plainly, with the lawful way in. No figure, no threat the plan does not make. */
const CHEATING_REFUSED =
  '这个不能帮:骗取、套取贷款或补贴,伪造、虚报材料,都是违法的。符合条件的可以依法申请,想了解条件直接问我,比如"返乡创业贴息贷款要什么条件"。';
const CHEATING_REFUSED_EN =
  'I cannot help with that: getting loans or subsidies by deception, or with forged or inflated papers, is illegal. If you qualify you can apply lawfully; ask me about the conditions.';

/** A figure to be made up, or an official to be played: refused, with what the bot does instead. */
const MADE_UP_REFUSED =
  '这个不行:我只按文件原文回答,文件没写的数字不能编,也不能替哪个部门批什么。想知道文件写了什么,直接问我,比如"返乡创业贴息贷款最多多少"。';
const MADE_UP_REFUSED_EN =
  'I cannot do that: I answer only from the plan\'s own words. I cannot make up a figure or approve anything on anyone\'s behalf. Ask me what the plan says, e.g. "What is the maximum start-up loan?"';

/** Another place named next to a policy word: only then is "ask that place" the right answer (not "从武汉回来的"). */
const OTHER_PLACE_POLICY = new RegExp(`(?:${OTHER_PLACE.source}).{0,8}(?:政策|补贴|贷款|扶持|奖励|人才|创业|招商)`);

export const outOfScope: Handler = (ctx) => {
  // "2" with nothing offered to pick from: the options there are, not a refusal.
  // (Only in one's own chat, with nothing waiting for an answer: a question asked in private stays open.)
  if (
    ctx.classification?.reason === 'fallback' &&
    isBareNumber(ctx.inbound.text) &&
    ctx.inbound.chatType === 'direct' &&
    !ctx.session.pending
  )
    return showMenu(ctx, ctx.language === 'en' ? 'There is no option open to pick by number.' : '现在没有可按编号选的选项。');
  if (ctx.language === 'en') return refuseInEnglish(ctx);
  const text = ctx.analysis.text;
  if (!text) {
    ctx.reply('没有收到文字内容。请直接打字提问,比如"返乡创业贴息贷款最多多少"。');
  } else if (ctx.classification?.reason === RULE_NAMES.onlyAPhone) {
    offerWhatANumberIsFor(ctx);
  } else if (ctx.classification?.reason === RULE_NAMES.othersChange) {
    ctx.reply('别人的预约、登记和订阅只能由本人在自己的聊天里办理,我不能代为查看或改动。您自己的可以直接说,比如"取消我的预约"。');
  } else if (OTHERS_DATA.has(ctx.classification?.reason ?? '')) {
    ctx.reply('抱歉,我不能提供他人的个人信息。公开的联系渠道是联席会议办公室电话8514460。');
  } else if (ctx.classification?.reason === RULE_NAMES.fraud) {
    ctx.reply(CHEATING_REFUSED);
  } else if (ctx.classification?.reason === RULE_NAMES.madeUp) {
    ctx.reply(MADE_UP_REFUSED);
  } else if (ctx.classification?.reason === RULE_NAMES.farmAdvice) {
    ctx.reply('治病、用药这类养殖种植技术问题,文件里没有,我答不了。想找人聊项目,可以说"预约导师",选"种植养殖"方向。');
  } else if (ctx.classification?.reason === OFFICE_WORK) {
    ctx.reply('抱歉,我不能代做表格、发邮件或写文书。荆州返乡创业和楚商回乡的政策可以直接问我,比如"返乡创业贴息贷款最多多少"。');
  } else if (
    ctx.classification?.reason === RULE_NAMES.anotherCity ||
    (ctx.classification?.reason === 'fallback' && OTHER_PLACE_POLICY.test(text))
  ) {
    ctx.reply('抱歉,我只解答荆州市的返乡创业和楚商回乡政策,其他地方的政策请咨询当地人社部门。');
  } else {
    // Nothing in the knowledge base and no rule: the maintainers of knowledge/ should see it.
    if (ctx.classification?.reason === 'fallback')
      ctx.deps.tickets.feedback(ctx.person, 'unanswered', ctx.inbound.text, [], ctx.deps.now().getTime());
    ctx.reply(
      '抱歉,这个我帮不上忙。我只解答荆州返乡创业和楚商回乡的政策(贷款、补贴、园区、培训、用地、人才)和联系方式。请直接问,比如"返乡创业贴息贷款最多多少"。',
    );
  }
};

/**
 * A number left with no form open is kept nowhere (personal data only with consent, for a purpose): the user is told
 * so and offered the three things a number is for.
 */
function offerWhatANumberIsFor(ctx: Context): void {
  const choices: Choice[] = [
    { label: '预约创业导师', value: '预约创业导师' },
    { label: '登记回乡投资或创业项目', value: '登记回乡投资意向' },
    { label: '转人工', value: '转人工' },
  ];
  ctx.reply('收到一个手机号。没说明用途的号码我不会保存。留电话是想办哪件事?', choices);
  ctx.session.pending = { kind: 'menu', choices, asked: '' };
}

/** The refusals in English. */
function refuseInEnglish(ctx: Context): void {
  const c = ctx.deps.knowledge.service.contacts;
  if (OTHERS_DATA.has(ctx.classification?.reason ?? '')) {
    ctx.reply(
      `Sorry, I cannot give out other people's personal information. The public contact is the joint-meeting office, telephone ${c.phone}.`,
    );
    return;
  }
  if (ctx.classification?.reason === RULE_NAMES.fraud) {
    ctx.reply(CHEATING_REFUSED_EN);
    return;
  }
  if (ctx.classification?.reason === RULE_NAMES.madeUp) {
    ctx.reply(MADE_UP_REFUSED_EN);
    return;
  }
  if (ctx.classification?.reason === OFFICE_WORK) {
    ctx.reply(
      "Sorry, I cannot make spreadsheets, send e-mails or write documents. Ask me about Jingzhou's returnee and Chushang policies.",
    );
    return;
  }
  if (ctx.classification?.reason === 'fallback')
    ctx.deps.tickets.feedback(ctx.person, 'unanswered', ctx.inbound.text, [], ctx.deps.now().getTime());
  ctx.reply(
    OTHER_PLACE.test(ctx.analysis.text) || OTHER_PLACE_EN.test(ctx.inbound.text)
      ? "Sorry, I only answer about Jingzhou's returnee entrepreneurship and Chushang homecoming policies; for other places please ask the local human resources and social security department."
      : 'Sorry, I cannot help with that. I answer questions about Jingzhou\'s returnee entrepreneurship and Chushang homecoming policies (loans, subsidies, parks, training, land, talent) and who to contact. Try e.g. "What is the maximum start-up loan?"',
  );
}

const OTHER_PLACE_EN = /\b(?:wuhan|yichang|xiangyang|beijing|shanghai|guangzhou|shenzhen|hangzhou|nanjing|chengdu|chongqing|changsha)\b/i;
