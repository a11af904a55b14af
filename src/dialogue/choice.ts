import type { Choice } from '../core/message.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBERED = /^(?:第|选|选择)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|条|号|种)?\s*(?:吧|啊|呀|的)?[.。,,!！、)）]*$/;

/** A word of assent before a choice's label, and particles after it ("嗯 确认", "好 不取消了"). */
const ASSENT_BEFORE = /^(?:嗯+|好的?|对的?|是的?|行|ok|okay)[\s,，]*/i;
const PARTICLES_AFTER = /[了吧啊呀哈。!！\s]+$/;
/** A plain English yes or no, as a whole reply. */
const YES_EN = /^(?:yes|yeah|yep|yup|sure|ok|okay|confirm(?:ed)?)(?:[\s,]+(?:please|pls|do it|go ahead|confirm))*[\s.!]*$/i;
const NO_EN = /^(?:no|nope|nah)(?:[\s,]+(?:thanks|thank you|keep it|don'?t))*[\s.!]*$/i;

/**
 * Maps a reply to one of the offered choices: its number ("2", "②", "第二个", "选2"), its value (Telegram buttons
 * send it), or its exact label. `undefined` when the reply is not a choice; `null` when it is a number out of range.
 */
export function pickChoice(text: string, choices: Choice[]): Choice | null | undefined {
  const t = text.normalize('NFKC').trim();
  const byValue = choices.find((c) => c.value === t || c.label === t);
  if (byValue) return byValue;
  // "嗯 确认", "好 不取消了": a choice's label with a word of assent before it or a particle after.
  const bare = t.replace(ASSENT_BEFORE, '').replace(PARTICLES_AFTER, '');
  const byLabel = bare && bare !== t ? choices.find((c) => c.label === bare) : undefined;
  if (byLabel) return byLabel;
  // "yes", "no thanks" to English choices that say yes or no ("Yes, cancel it" / "Keep it").
  if (YES_EN.test(t)) {
    const yes = choices.find((c) => /^yes\b/i.test(c.label));
    if (yes) return yes;
  }
  if (NO_EN.test(t)) {
    const no = choices.find((c) => /^(?:no|keep|don'?t|not)\b/i.test(c.label));
    if (no) return no;
  }
  const m = NUMBERED.exec(t);
  if (!m) return undefined;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : CN_DIGITS[m[1]!]!;
  return choices[n - 1] ?? null;
}

/** Numbered text for platforms without buttons: "1. 标题". */
export function renderNumbered(text: string, choices: Choice[] | undefined): string {
  if (!choices?.length) return text;
  if (choices.every((c) => c.minor)) return `${text}\n(${choices.map((c, i) => `${i + 1} ${c.label}`).join(' · ')})`;
  return `${text}\n${choices.map((c, i) => `${i + 1}. ${c.label}${c.detail ? `:${c.detail}` : ''}`).join('\n')}`;
}
