import type { Middleware } from '../core/compose.ts';
import type { Context } from '../core/context.ts';
import type { Intent } from '../intent/intents.ts';
import { asksOnlyForLanguage, detectLanguage, replyLanguage, withoutLanguageRequest } from '../text/language.ts';
import { showMenu } from './menu.ts';
import { freshContext } from '../dialogue/context.ts';

/**
 * Intents that start a form. The booking and the registration ask in English (`FormSpec.resumeEn`); a form that still
 * asks in Chinese (the notices' place) gets this line for an English speaker, since its first reply is Chinese.
 */
const FORM_INTENTS = new Set<Intent>(['consult.book', 'lead.register', 'notice.subscribe']);

const FORM_NOTE_EN =
  'Note: this form is only in Chinese for now. Reply with the option numbers, or say "cancel" to leave; ask "human" for staff help.';

/**
 * Decides the reply language of the message and remembers it: English once the user writes English or asks for it,
 * until they write Chinese again. A bare request to switch ("Can you answer in English please?") is answered here
 * with the menu in that language.
 */
export const rememberLanguage: Middleware<Context> = async (ctx, next) => {
  const text = ctx.inbound.text;
  // A pressed button's value ("form:confirm:yes") is no one's language: the user's stays.
  // (Someone who has written before and is not writing English writes Chinese: "thx 👍" after Chinese stays Chinese.)
  const remembered = ctx.session.language ?? (ctx.session.recent?.length ? 'zh' : undefined);
  ctx.language = ctx.inbound.pressed ? (ctx.session.language ?? 'zh') : replyLanguage(text, remembered, ctx.analysis);
  if (ctx.language === 'en') ctx.session.language = 'en';
  else delete ctx.session.language;
  // A clause that names nothing of the plan is the reason for the language ("I'm on my friend's phone"), not a question.
  const topical = (clause: string) => ctx.deps.analyzer.analyze(clause).onTopic;
  if (asksOnlyForLanguage(text, topical) && !ctx.session.form) {
    delete ctx.session.pending;
    // "Can you answer in English? my Chinese reading is a bit rusty" just after an answer: that question, answered again
    // in the language asked for.
    const topic = freshContext(ctx.session.context, ctx.deps.now());
    if (topic?.question && detectLanguage(topic.question) !== ctx.language) {
      ctx.restate(topic.question);
      return next();
    }
    showMenu(ctx, ctx.language === 'en' ? 'Sure, I will answer in English.' : '好的,我用中文回答。');
    return;
  }
  // The question beside the request is read alone ("can u answer in english? how many such platforms in total").
  const question = withoutLanguageRequest(text, topical);
  if (question !== text) ctx.restate(question);
  const formBefore = ctx.session.form;
  await next();
  if (ctx.language !== 'en') return;
  if (!formBefore && ctx.session.form && FORM_INTENTS.has(ctx.intent)) noteChineseForm(ctx, FORM_NOTE_EN);
  else if (IN_CHINESE_ONLY[ctx.intent]) noteChineseForm(ctx, IN_CHINESE_ONLY[ctx.intent]!);
};

/** Replies that exist only in Chinese for now: an English line says what they are. */
const IN_CHINESE_ONLY: Partial<Record<Intent, string>> = {
  'notice.unsubscribe': 'Event notices (only in Chinese for now):',
};

/** Puts an English line before the first reply to the sender, unless that reply is already English. */
function noteChineseForm(ctx: Context, note: string): void {
  const first = ctx.messages.find((m) => m.to.userId === ctx.inbound.userId && !m.about);
  if (first && detectLanguage(first.text) === 'zh') first.text = `${note}\n${first.text}`;
}
