import { placesIn } from './context.ts';

/**
 * A word of the user's last message corrected in the next one: "打错了 是公安不是松滋", "我说的端午 不是清明",
 * "不是宜昌 是荆州", "不对 我是石首的 打快了". The last message is asked again with the word replaced, understood
 * afresh (a question about 宜昌's own policy becomes one about 荆州's).
 */

/** Saying a word was wrong ("打错了", "说错了", "打快了", "不对"). */
const SLIP = /打错了?|说错了?|写错了?|打快了|搞错了?|弄错了?|不对|口误|更正/;
/** "是X 不是Y", "我说的X 不是Y". */
const IS_NOT = /(?:^|[\s,，。!！]|是|说的是?|指的是|问的是)\s*([^\s,，。!！?？]{1,8}?)\s*[,，\s]*(?:而)?不是\s*([^\s,，。!！?？]{1,8})/u;
/** "不是Y 是X", "不是Y 而是X". */
const NOT_IS = /不是\s*([^\s,，。!！?？]{1,8}?)\s*[,，\s]*(?:而是|是)\s*([^\s,，。!！?？]{1,8})/u;
/** Particles and lead-ins around the words ("我说的端午", "公安的", "是荆州啊", "中行那个"). */
const AROUND = /^(?:是|我说的是?|说的是?|指的是|问的是|我问的是?|我在|在|我是)|(?:那个|这个|的|啊|呀|哈|吧|了|哦|嘛|撒|噻|呢)+$/gu;
/** What may be said around a correction and nothing else ("哦", "不好意思", "改一下"). */
const AROUND_CORRECTION =
  /打错了?|说错了?|写错了?|打快了|搞错了?|弄错了?|记错了?|不对|口误|更正|不好意思|抱歉|sorry|等等|等下|哦|噢|嗯|额|啊|呀|哈|了|吧|的|改一下|[\s,，。.!！~～]/giu;
/** A word that cannot be the corrected one: digits (a phone's tail is corrected in its form), or words of a sentence. */
const NOT_A_WORD = /^\d+$|[我你问说是有能要在写]/u;
/** A question about the correction itself ("不是X是Y吗?") is no correction. */
const ASKS = /[吗么嘛][?？]?\s*$|[?？]\s*$/;
/** A correction is short; a longer message says something of its own. */
const MAX_CHARS = 24;

const bare = (word: string): string => word.replace(AROUND, '').replace(AROUND, '').trim();

/** The last message with the corrected word replaced, or undefined when the message corrects no word of it. */
export function correctedQuestion(text: string, previous: string | undefined): string | undefined {
  const t = text.normalize('NFKC').trim();
  if (!previous || [...t].length > MAX_CHARS || ASKS.test(t)) return undefined;
  const isNot = IS_NOT.exec(t);
  const notIs = isNot ? undefined : NOT_IS.exec(t);
  const pair = isNot ? { right: isNot[1]!, wrong: isNot[2]! } : notIs ? { right: notIs[2]!, wrong: notIs[1]! } : undefined;
  const match = isNot ?? notIs;
  if (pair && match) {
    const wrong = bare(pair.wrong);
    let right = bare(pair.right);
    // (A correction brings a word not said before: "召集人呢 不是副的" of "副召集人有哪些" asks anew.)
    if (!wrong || !right || wrong === right || !previous.includes(wrong) || previous.includes(right)) return undefined;
    // Only the correction is said: "打错了 是公安不是松滋", not "我是说挪到下下个星期二 不是…" (said anew, read anew).
    if (t.replace(match[0], '').replace(AROUND_CORRECTION, '')) return undefined;
    if (NOT_A_WORD.test(wrong) || NOT_A_WORD.test(right.replace(/^我的?/, ''))) return undefined;
    // "是我侄女 不是儿子" of "我儿子大学毕业了": the 我 is already there.
    const before = previous.slice(0, previous.indexOf(wrong));
    if (/我的?$/.test(before)) right = right.replace(/^我的?/, '');
    // "是荆州区 不是沙市" of "只要沙市区的", "是两个亿 不是三个" of "三个亿": the word's ending, said once.
    const after = previous.charAt(previous.indexOf(wrong) + wrong.length);
    const whole = after && right.endsWith(after) && !wrong.endsWith(after) ? wrong + after : wrong;
    return right ? previous.replace(whole, right) : undefined;
  }
  // "不对 我是石首的 打快了": a place said after a slip, in place of the place of the last message.
  if (!SLIP.test(t)) return undefined;
  const [place, ...more] = placesIn(t);
  const was = placesIn(previous).filter((p) => p !== place);
  if (!place || more.length || was.length !== 1 || placesIn(previous).includes(place)) return undefined;
  if (
    t
      .replace(place, '')
      .replace(/我是|我在|老家(?:是|在)?/g, '')
      .replace(AROUND_CORRECTION, '')
  )
    return undefined;
  return previous.replace(was[0]!, place);
}

/** A question of the last message said to be unanswered ("第三个你还没答", "第二个问题呢", "还有一个没回答"). */
const UNANSWERED =
  /^(?:那|还有|你)?(?:第([一二三四五1-5])个(?:问题)?|(?:还有|另外)一个(?:问题)?)[\s,，]*(?:你)?(?:还)?(?:没|冇|没有)(?:答|回答|回|说|讲)(?:呢|啊|哦)?[?？!！。\s]*$|^第([一二三四五1-5])个问题呢[?？。\s]*$/;
const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * The part of the last message a user says was left unanswered: its numbered question ("第三个你还没答"), or its last
 * one ("还有一个没回答"). `parts` splits the last message into its questions. Undefined when the message says no
 * such thing or the last message had no such part.
 */
export function unansweredPart(text: string, previous: string | undefined, parts: (text: string) => string[]): string | undefined {
  const asked = UNANSWERED.exec(text.normalize('NFKC').trim());
  if (!asked || !previous) return undefined;
  const questions = parts(previous);
  if (questions.length < 2) return undefined;
  const n = asked[1] ?? asked[2];
  if (!n) return questions.at(-1);
  const index = NUMERAL[n] ?? Number(n);
  return questions[index - 1];
}

/**
 * An earlier exchange told back before the question ("上次问了联席会议办公室在哪 你说在人社局 那办公室主任是谁兼的"):
 * what was asked then and answered, then what is asked now.
 */
const RECAP =
  /^(?:我)?(?:上次|上回|之前|前几天|前天|昨天)(?:我)?(?:问|问过|问了)(?:你|你们)?(?:的)?([^,，。?？\s]{2,20})[\s,，]+(?:你|你们)(?:说|讲|回|答)(?:的是?|了)?[^,，。?？\s]{1,16}[\s,，]+(?:那|那么|那我再问|我再问)?\s*/;
/** The asking of a recalled question ("在哪", "是么事"), which is answered already; its subject is what stays. */
const RECALLED_ASKING = /在哪里?|在哪儿|是什么|是啥|是么事|是哪个|有多少|有好多|多少|好多|几个|怎么办|么样/g;

/** The question asked after an exchange told back, with the subject of that exchange; undefined when there is none. */
export function afterRecap(text: string): string | undefined {
  const recap = RECAP.exec(text.trim());
  if (!recap) return undefined;
  const question = text.trim().slice(recap[0].length).trim();
  if ([...question].length < 3) return undefined;
  const subject = recap[1]!.replace(RECALLED_ASKING, '').trim();
  return subject ? `${subject} ${question}` : question;
}
