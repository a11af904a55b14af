import type { Context } from '../core/context.ts';
import { ASKS_ENGLISH_NAME, englishNamesAsked, englishNamesOf } from '../kb/english-name.ts';
import { shortTitle } from '../kb/schema.ts';
import { ASKING_CLAUSE } from '../kb/attribute.ts';

/** A pronoun for the thing just talked about ("what's that in english", "这个英文怎么说"). */
const THAT = /\b(?:that|it|this|its)\b|这个|那个|它/i;
/** Asking for a name as such. */
const NAME_WORDS = /\b(?:name|word|term|called|call it|translat(?:e|ion))\b|英文名|英文叫|英文全称|怎么翻译|翻译成/i;
/** English asking words: a clause with one asks something besides the name. */
const ASKS_EN = /\b(?:what|how|who|where|when|which|can|could|is|are|does|do|will)\b|\?/i;
/** Not knowing the thing named ("never heard of it"): what it is comes after its name. */
const UNKNOWN = /\bnever heard\b|\b(?:don'?t|do not) know\b|\bno idea\b|没听过|没听说|不知道|不晓得|冇听过/i;

/**
 * Says the English names asked for ("whats the english name for 市招商中心", "华创会英文怎么说", "what's that in
 * english" of the topic), as this service translates them (the plan is only in Chinese). Returns whether the message
 * is done with: false when it asks something more ("… what is that in english and what does it involve?"), which
 * the handler then answers as usual.
 */
export function sayEnglishNames(ctx: Context): boolean {
  const text = ctx.inbound.text;
  if (!ASKS_ENGLISH_NAME.test(text)) return false;
  const map = englishNamesOf(ctx.deps.retriever.entries, ctx.deps.knowledge.lexicon);
  let names = englishNamesAsked(text, map);
  // ("Can you say that in English" asks for the answer again in English, not for a name.)
  if (!names.length && THAT.test(text) && NAME_WORDS.test(text)) {
    const topic = ctx.session.context?.entries[0];
    const entry = topic ? ctx.deps.retriever.get(topic) : undefined;
    if (entry) names = [{ zh: shortTitle(entry.title), en: shortTitle(entry.en.title) }];
  }
  if (!names.length) return false;
  const list = names.map(({ zh, en }) => (ctx.language === 'en' ? `${zh}: "${en}"` : `${zh}:${en}`));
  ctx.reply(
    ctx.language === 'en'
      ? `In English: ${list.join('; ')}. (The plan is only in Chinese: this is our translation, not an official one; offices go by the Chinese name.)`
      : `英文:${list.join(';')}。(文件只有中文,这是本服务的译名,不是官方译名;办事以中文名为准。)`,
  );
  // What else the message asks, clause by clause, besides the name: answered after it.
  const clauses = text.split(/[.?？!！。;；,，\n]+|\s+and\s+|\s+(?=[\u3400-\u9fff])/i).filter((c) => c.trim());
  const more = clauses.some(
    (c) => !ASKS_ENGLISH_NAME.test(c) && ((ctx.language === 'en' ? ASKS_EN : ASKING_CLAUSE).test(c) || UNKNOWN.test(c)),
  );
  return !more;
}
