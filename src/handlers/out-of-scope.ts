import type { Handler } from './handler.ts';

const OTHER_PLACE =
  /武汉|宜昌|襄阳|黄石|十堰|孝感|黄冈|咸宁|随州|恩施|鄂州|荆门|仙桃|天门|潜江|长沙|北京|上海|广州|深圳|杭州|南京|成都|重庆|西安|东莞|苏州|天津|郑州/;

export const outOfScope: Handler = (ctx) => {
  const text = ctx.analysis.text;
  if (!text) {
    ctx.reply('没有收到文字内容。请直接打字提问,比如"返乡创业贴息贷款最多多少"。');
  } else if (ctx.classification?.reason === "asks for someone else's personal data") {
    ctx.reply('抱歉,我不能提供他人的个人信息。公开的联系渠道是联席会议办公室电话8514460。');
  } else if (OTHER_PLACE.test(text)) {
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
