import type { Handler } from './handler.ts';
import { showMenu } from './menu.ts';

/** Words that leave something, said when nothing is open. */
const LEAVE = /^(取消|算了|不用了|不要了|退出|结束|没事了|cancel|quit)[了吧啊。!！]*$/i;

export const greet: Handler = (ctx) => {
  const text = ctx.analysis.text;
  if (/谢|辛苦|感谢/.test(text)) ctx.reply('不客气!还有问题随时问我。');
  else if (/再见|拜拜|晚安/.test(text)) ctx.reply('再见!需要时随时来问。');
  else if (/^(好的|好嘞|ok|收到|明白|知道了|懂了|了解了|嗯嗯|哦哦|👍)/.test(text)) ctx.reply('好的。还有问题随时问我。');
  else if (LEAVE.test(text.trim())) ctx.reply('好的。现在没有进行中的预约或登记,还有问题随时问我。');
  else showMenu(ctx, '您好!我是荆州"回乡通",为返乡创业人员和回乡投资的楚商服务。');
};
