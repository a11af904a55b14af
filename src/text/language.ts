/**
 * Which language to answer in. A message mostly of English words is English; one with Chinese is Chinese; one with
 * neither (a number picking a choice, "ok", pinyin) keeps the language the user last wrote in. Pinyin is Latin
 * script but not English, so English needs at least one common English word.
 */

import { GREETINGS_ABROAD, THANKS_ABROAD } from './thanks.ts';

export type Language = 'zh' | 'en';

/**
 * A message's length in Chinese characters' worth: an English word counts two ("what should be in the report" is as
 * short as "报告写么事"). Read by the follow-up and by a form deciding whether a question is long.
 */
export const lengthInChars = (text: string): number =>
  /[\u3400-\u9fff]/.test(text) ? [...text].length : 2 * (text.match(/[a-z']+/gi)?.length ?? 0);

const CJK = /[\u3400-\u9fff]/g;
/** An English word ("don't" is one). */
export const LATIN_WORD = /[a-z]+(?:'[a-z]+)?/gi;

/**
 * Common English words that are not pinyin syllables ("me", "a", "he" are both, so they are left out): one of them
 * tells English from pinyin ("fanxiang daikuan").
 */
const ENGLISH_WORDS = new Set(
  (
    'what how is are am was can could would should will the for my do does did where who whom when which why please want ' +
    'like there about you your yours need get got any with this that these those and of to in on at from by it its ' +
    'hello hi hey thanks thank help english tell much many maximum minimum max loan loans subsidy subsidies grant grants ' +
    'money support policy policies business start startup incubator park parks training course land talent station ' +
    'stations liaison event events contact phone email number book mentor register investment invest unsubscribe ' +
    'subscribe delete data human person staff agent someone somebody speak answer reply bye goodbye yes no not ' +
    'ok okay sure great good fine right help if or but so than then also just only all some every each our we they ' +
    'have has had be been being get give gives given apply application office returnee returnees home hometown ' +
    'back return returning entrepreneur entrepreneurs company companies farm factory rent year years month months ' +
    'whats hows wheres whos anyway example examples brand brands labour labor festival festivals culture meeting ' +
    'meetings task tasks list project projects interest deadline build built family wife ' +
    'husband son daughter work worker workers job jobs because dont cant im info pls thx maybe later take care talk soon see'
  ).split(' '),
);

/** One pinyin syllable, loosely (every initial with every final): enough to tell "fanxiang" from "summary". */
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$/;

/** Whether a word splits into pinyin syllables ("daikuan", "Honghu"), as no English word of three letters or more but a few does. */
/** Whether a word is one pinyin syllable ("kuan", "zhuang"). */
export const isPinyinSyllable = (word: string): boolean => SYLLABLE.test(word.toLowerCase());

export function isPinyin(word: string): boolean {
  const w = word.toLowerCase();
  const ends = new Set<number>([0]);
  for (let i = 0; i < w.length; i++) {
    if (!ends.has(i)) continue;
    for (let j = i + 1; j <= Math.min(w.length, i + 6); j++) if (SYLLABLE.test(w.slice(i, j))) ends.add(j);
  }
  return ends.has(w.length);
}

/** A word that is English: a common one, or one of three letters or more that no pinyin spells ("summary", "plan"). */
const englishWord = (w: string): boolean => ENGLISH_WORDS.has(w.toLowerCase()) || (w.length >= 3 && !w.includes("'") && !isPinyin(w));

/**
 * A message typed wholly in pinyin syllables, three words or more ("fan xiang chuang ye you shen me bu tie", "wo xiang
 * wen dai kuan"): Chinese in Latin letters, whatever English words its syllables happen to spell ("you", "me").
 */
export function isPinyinSentence(message: string): boolean {
  if (/[\u3400-\u9fff]/.test(message)) return false;
  const words = message.match(LATIN_WORD) ?? [];
  return words.length >= 3 && words.every((w) => !w.includes("'") && isPinyin(w));
}

/** Whether a word is a common English word ("it", "ok", "what"), never pinyin shorthand. */
export const isCommonEnglish = (word: string): boolean => ENGLISH_WORDS.has(word.toLowerCase());

/** Whether a message uses at least one common English word ("but", "what"), which pinyin alone never does. */
export function hasEnglishWord(message: string): boolean {
  return (message.match(LATIN_WORD) ?? []).some((w) => ENGLISH_WORDS.has(w.toLowerCase()));
}

/** Asks for English answers ("Can you answer in English please?", "能用英文回答吗"; not "帮我写个英文汇报"). */
const WANTS_ENGLISH =
  /\b(?:in english|english (?:please|pls|plz)|speak english|english speaking|use english|english version|(?:switch|change|go) (?:to|into) english|english would be (?:great|better|nice|good))\b|^english[.!?]*$|(?:用|说|讲|(?:^|[你您也还不]|[^\u3400-\u9fff])会|回|答|换成?|改成?)(?:英文|英语)|(?:英文|英语)(?:回答|回复|说|讲|交流|聊|版|的?吗)|^(?:英文|英语)[吧吗呢啊!！。]*$/i;
/** Every request for English in a text, to take them out of a question. */
const WANTS_ENGLISH_ALL = new RegExp(WANTS_ENGLISH.source, 'gi');
/** Asks for Chinese answers again. */
const WANTS_CHINESE =
  /\b(?:in chinese|chinese please|speak chinese|use chinese)\b|^chinese[.!?]*$|说中文|用中文|讲中文|中文回答|(?:切|换|改|转)回(?:到)?中文|切换(?:成|到)?中文/i;

/**
 * Words of a request to switch language that ask nothing else ("Could you reply in English, please?"), with the reason
 * people give for it ("I don't read Chinese well", "my Chinese is not good").
 */
const SWITCH_WORDS = new Set(
  (
    'can could would will you please answer reply respond speak talk write use in english chinese language do i me to ' +
    "with only the a an ok okay now from on just and don't dont can't cannot not read understand well very good bad " +
    "poor much my is it i'm am sorry thanks thank so because u pls plz please continue switch go reply " +
    "reading writing a bit little rusty fluent limited basic weak native speaker prefer better easier isn't not that " +
    'great hard difficult for along boss colleague colleagues partner partners wife husband here also too actually we us our ' +
    'oh wait this hi hello hey'
  ).split(' '),
);

/** English letters per Chinese character above which a mixed message is English ("Hi, my family is from 松滋 ..."). */
const ENGLISH_RATIO = 5;

/**
 * The language a message is written in, or undefined when it shows none: digits, "ok", pinyin, or a real mix of
 * both ("my company is a returnee startup, can we build 大学生就业见习基地?"), where the user's last language holds.
 */
export function detectLanguage(message: string): Language | undefined {
  // A slash command ("/start", "/link ABC") is the same in every language: only what follows it shows one.
  const text = message.replace(/^\s*\/[a-z_]+(?:@\w+)?/i, '');
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.match(LATIN_WORD) ?? [];
  const letters = words.join('').length;
  const english = words.filter((w) => ENGLISH_WORDS.has(w.toLowerCase())).length;
  // Two words no pinyin spells make English too ("overall plan, quick summary?" uses no common word), in a message
  // with no Chinese ("名字填 Robert'); DROP TABLE …" stays Chinese).
  const unpinyin = words.filter(englishWord).length;
  if ((english >= 1 || (unpinyin >= 2 && cjk === 0)) && words.length >= 2 && letters >= cjk * ENGLISH_RATIO) return 'en';
  if (cjk >= 1) return english >= 1 ? undefined : 'zh';
  // ("thx 👍" closing a Chinese conversation shows no language: the conversation's holds.)
  if (english >= 1 && !/^(?:ok|okay|no|yes)$/i.test(text.replace(/[^a-z]+/gi, '')) && !COURTESY_EN.test(text)) return 'en';
  return undefined;
}

/** The user asks to be answered in `language` (whatever language the request is written in). */
function asksFor(text: string): Language | undefined {
  if (WANTS_CHINESE.test(text)) return 'zh';
  if (WANTS_ENGLISH.test(text) && !SOMEONE_SPEAKS.test(text)) return 'en';
  return undefined;
}

/** Whether the people named (in Chinese, in English) speak a language ("导师会说英语吗", "will the mentor speak English?"). */
const speaks = (zh: string, en: string): RegExp =>
  new RegExp(
    String.raw`(?:${zh})(?:会不会|会|能不能|能|可以|懂不懂|懂)?(?:说|讲|用)?(?:英文|英语|粤语|普通话|外语)|\b(?:${en})\b[^.?!]{0,16}\b(?:speak|speaks|talk in|use)\b[^.?!]{0,6}\b(?:english|cantonese|mandarin)\b`,
    'i',
  );
/** Which language a mentor speaks, asked: not in the plan. */
export const MENTOR_SPEAKS = speaks('导师|老师|辅导员|专家', 'mentors?|advis[eo]rs?|consultants?|experts?');
/** Whether someone else speaks a language: no request to the bot to answer in it. */
const SOMEONE_SPEAKS = speaks(
  '导师|老师|他|她|他们|她们|工作人员|人员|员工|辅导员|专家|对方',
  'mentors?|advis[eo]rs?|consultants?|experts?|he|she|they|staff|someone|anyone|people',
);

/** Why someone wants the other language ("translating for my wife", "我孩子帮我看"): no question of its own. */
const LANGUAGE_REASON =
  /\b(?:translat(?:e|ing)(?: (?:it|this))? for|forward(?:ing)? (?:it |this |them )?to|reading along|reads along|my (?:chinese|mandarin)(?: typing| reading)? is (?:slow|bad|poor|not (?:good|great))|i (?:can'?t|cannot|don'?t) read chinese)\b|(?:孩子|小孩|儿子|女儿|老婆|老公|伙伴|朋友|合伙人)(?:帮我|替我|要)看/i;

/**
 * The message without its request for another language and the reason given for it ("sorry my chinese typing is
 * slow, can u answer in english? how many such platforms in total" → "how many such platforms in total"), so that
 * the question is read alone. The whole message when nothing else is left. `topical` says whether a clause names
 * something of the domain: an English statement that asks nothing and names nothing of it ("I'm on my friend's phone
 * and he's the one reading", "Easier for me") is the reason too.
 */
export function withoutLanguageRequest(text: string, topical?: (clause: string) => boolean): string {
  const rest = restOfLanguageRequest(text, topical);
  return rest === undefined ? text : rest || text;
}

/**
 * The request for another language and nothing else, its reason aside ("Could you switch to English please? Easier
 * for me"): answered with the menu, or the last question again, in that language.
 */
export function asksOnlyForLanguage(text: string, topical?: (clause: string) => boolean): boolean {
  return onlyAsksForLanguage(text) || restOfLanguageRequest(text, topical) === '';
}

/** What is left of a message that asks for another language: '' when nothing; undefined when it asks for none. */
function restOfLanguageRequest(text: string, topical?: (clause: string) => boolean): string | undefined {
  if (!asksFor(text) && !LANGUAGE_REASON.test(text)) return undefined;
  const clauses = text.split(/(?<=[.?!;。？！；,，])\s*/);
  const isReason = (c: string) => LANGUAGE_REASON.test(c) || (topical !== undefined && asksNothing(c) && !topical(c));
  // A clause asking only for the language (or giving the reason) goes; one asking something too keeps its question
  // ("Could you summarize the plan in English?" → "Could you summarize the plan").
  const kept = clauses
    .map((c) => (asksFor(c) ? (onlyAsksForLanguage(c) ? '' : c.replace(WANTS_ENGLISH_ALL, ' ')) : c))
    .filter((c) => c.trim() && !isReason(c));
  const rest = kept.join(' ').replace(/\s+/g, ' ').trim();
  if (!rest) return asksFor(text) ? '' : undefined;
  return rest !== text && /[a-z\u3400-\u9fff]/i.test(rest) ? rest : undefined;
}

/** Words that ask or want something: a clause with one of them is not a mere reason for the language. */
const ASKING =
  /[?？]|\b(?:can you|could you|would you|will you|can u|could u|please|pls|plz|summari[sz]e|list|expand|more|what|what's|whats|how|which|who|whom|whose|where|when|why|is there|are there|any|can i|could i|may i|do you|does|do i|did|tell|give|send|show|explain|want|wanna|need|looking|interested|book|register|sign|subscribe|unsubscribe|cancel|delete|help|info|information|about|details?)\b/i;

/** An English clause that asks for nothing: a statement of the writer's circumstances. */
const asksNothing = (clause: string) => !ASKING.test(clause) && !/[\u3400-\u9fff]/.test(clause) && /[a-z]/i.test(clause);

/** A request to switch language and nothing else: answered with a greeting in that language, not searched. */
export function onlyAsksForLanguage(text: string): boolean {
  if (!asksFor(text)) return false;
  if (
    /[\u3400-\u9fff]/.test(
      text.replace(
        /能不能|可不可以|可以|能|请|用|说|讲|会|有|版|英文|英语|中文|回答|回复|吗|嘛|呢|吧|啊|好|一下|我|你|的|和|跟|交流|聊|以后|今后|后面|之后|都|就/g,
        '',
      ),
    )
  )
    return false;
  return (text.match(LATIN_WORD) ?? []).every((w) => SWITCH_WORDS.has(w.toLowerCase()));
}

/**
 * The language to answer this message in: what the user asks for, else what the message is written in (`analysed`,
 * when the analyser has read it with its shorthand: "ok xx" is 好 谢谢), else what they wrote last (`remembered`),
 * else Chinese.
 */
export function replyLanguage(text: string, remembered: Language | undefined, analysed?: { language?: Language }): Language {
  const written = analysed ? analysed.language : detectLanguage(text);
  return asksFor(text) ?? written ?? remembered ?? (COURTESY_EN.test(text) || englishFramed(text) ? 'en' : 'zh');
}

/**
 * A mixed message said in English around Chinese names ("what is 楚商回乡 exactly?", "are 侨商 like us included"):
 * it begins in English, with two common English words at least and more letters than Chinese characters. Read only
 * when the conversation has no language yet.
 */
function englishFramed(text: string): boolean {
  const words = text.match(LATIN_WORD) ?? [];
  const first = /^[^a-z\u3400-\u9fff]*([a-z]+)/i.exec(text)?.[1];
  const common = words.filter((w) => ENGLISH_WORDS.has(w.toLowerCase())).length;
  // (The Chinese in it only names things: "孵化基地有几家", "是多少" would be Chinese asking.)
  const chinese = text.match(/[\u3400-\u9fff]+/g) ?? [];
  return (
    !!first &&
    ENGLISH_WORDS.has(first.toLowerCase()) &&
    common >= 2 &&
    chinese.every((run) => !CHINESE_GRAMMAR.test(run)) &&
    words.join('').length >= chinese.join('').length
  );
}
/** Characters that make Chinese a sentence rather than a name: pronouns, particles, question words, verbs of being. */
const CHINESE_GRAMMAR = /[我你他她们有是么吗呢了的怎几哪啊吧不没冇要能想问说请]/;

/** An English courtesy and nothing else ("thx 👍", "thanks!"): the conversation's language, or English to begin with. */
// ("merci, au revoir", "grazie mille", "salam": courtesies in another Latin-lettered language are answered in English too.)
const COURTESY_EN = new RegExp(
  `^[^a-z\u3400-\u9fff]*(?:(?:thx|thanks|thank you|ty|tks|bye|bye bye|cool|nice|good (?:morning|afternoon|evening|day)|${THANKS_ABROAD}|${GREETINGS_ABROAD})[^a-z\u3400-\u9fff]*)+$`,
  'i',
);
