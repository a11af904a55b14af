import { startBooking } from './booking-form.ts';
import type { Handler } from './handler.ts';

/**
 * A hard time told with the wish to talk ("生意冇起色 心里堵得慌 能跟你说说话不", "睡不着 … 有冇得人陪我聊聊"): heard
 * first, in a line, then a mentor offered; no advice is made up.
 */
const HARD_TIME =
  /心里(?:堵|难受|苦|烦|憋)|堵得慌|睡不着|扛不住|撑不下去|压力(?:好|太|很)?大|亏(?:了|光|完)|失败|搞砸|丢人|欠(?:了)?(?:账|债|钱)|\b(?:struggling|stressed|depressed|lost everything|failed)\b/i;

/** Books a consultation with a mentor as a short form in chat; what the first message says is not asked again. */
export const consultBook: Handler = (ctx) => {
  if (HARD_TIME.test(ctx.analysis.raw) && !ctx.session.form)
    ctx.reply(
      ctx.language === 'en'
        ? 'That sounds like a hard time. A mentor of the pool can talk it over with you, online or in person; let me book one.'
        : '听您这么说,这段时间不容易。可以约一位创业导师,线上或当面聊聊您的情况,我来帮您约。',
    );
  startBooking(ctx);
};
