import type { Handler } from './handler.ts';
import type { Context } from '../core/context.ts';
import { showMenu, WELCOME_EN } from './menu.ts';
import { THANKS_ABROAD } from '../text/thanks.ts';

/** Words that leave something, said when nothing is open. */
const LEAVE = /^(取消|算了|不用了|不要了|退出|结束|没事了|cancel|quit)[了吧啊。!！]*$/i;
/** Putting it off for now ("那算了 不约了 我下次再说"). */
const LATER = /下次|以后|改天|回头|下回|再说|不约了|不预约了|先不|先这样|就这样/;

export const greet: Handler = (ctx) => {
  if (ctx.language === 'en') return greetEnglish(ctx);
  const text = ctx.analysis.text;
  if (/谢|辛苦|感谢/.test(text) || THANKS_EN.test(text)) ctx.reply('不客气!还有问题随时问我。');
  else if (/再见|再会|拜拜|拜了|晚安|不聊了|睡了|bye/i.test(text)) ctx.reply('再见!需要时随时来问。');
  else if (LATER.test(text)) ctx.reply('好的,不着急。需要时随时来问我,说"预约导师"就能再约。');
  else if (LEAVE.test(text.trim())) ctx.reply('好的。现在没有进行中的预约或登记,还有问题随时问我。');
  else if (/^(那|好|行|嗯|哦|ok|收到|明白|知道|懂了|了解|可以了|确定|确认|没问题|是的|对的|👍)/i.test(text))
    ctx.reply('好的。还有问题随时问我。');
  else showMenu(ctx, '您好!我是荆州"回乡通",为返乡创业人员和回乡投资的楚商服务。');
};

/** Thanks in English and the other languages merchants abroad write ("merci", "danke", "唔该晒"). */
const THANKS_EN = new RegExp(String.raw`thank|\b(?:thx|ty|tks|cheers)\b|(?<![a-z])(?:${THANKS_ABROAD})(?![a-z])|appreciate`, 'i');

/** The same courtesies in English. */
function greetEnglish(ctx: Context): void {
  const text = ctx.inbound.text;
  if (THANKS_EN.test(text)) ctx.reply("You're welcome! Ask me anytime.");
  else if (/\b(?:bye|goodbye|good night|see (?:you|ya)|cya|that'?s all|that is all)\b/i.test(text))
    ctx.reply('Goodbye! Come back whenever you need.');
  else if (/\b(?:later|another time|next time|never mind|forget it)\b/i.test(text))
    ctx.reply('No hurry. Ask me whenever you need; say "book a mentor" to book again.');
  else if (/^\s*(?:cancel|quit|stop)\b/i.test(text)) ctx.reply('OK. Nothing is in progress. Ask me anything else.');
  else if (/^\s*(?:ok|okay|got it|i see|understood|great|fine|alright|sure|good)\b/i.test(text)) ctx.reply('OK. Ask me anything else.');
  else showMenu(ctx, WELCOME_EN);
}
