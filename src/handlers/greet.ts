import type { Handler } from './handler.ts';
import { CAPABILITIES } from './handler.ts';

export const greet: Handler = (ctx) => {
  const text = ctx.analysis.text;
  if (/谢|辛苦|感谢/.test(text)) ctx.reply('不客气!还有问题随时问我。');
  else if (/再见|拜拜|晚安/.test(text)) ctx.reply('再见!需要时随时来问。');
  else if (/^(好的|好嘞|ok|收到|明白|知道了|懂了|了解了|嗯嗯|哦哦|👍)/.test(text)) ctx.reply('好的。还有问题随时问我。');
  else ctx.reply(`您好!我是荆州"回乡通",为返乡创业人员和回乡投资的楚商服务。\n${CAPABILITIES}\n直接打字问我就行,比如"返乡创业能贷多少"。`);
};
