import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { createAbbreviations } from './abbreviation.ts';
import { createEnglishSpelling } from './spelling.ts';
import { detectLanguage, hasEnglishWord, isCommonEnglish, isPinyin, isPinyinSentence, type Language } from './language.ts';
import type { Lexicon } from './lexicon.ts';
import { createNormalizer, type Normalizer, toSimplified } from './normalize.ts';

/** What the core knows about one message's wording. */
export interface Analysis {
  /** The text as received (junk stripped). */
  raw: string;
  /** The message as said, in simplified characters and with pinyin shorthand read ("dk多少" → "贷款多少"). */
  said: string;
  /** Normalised simplified Chinese: dialect, typos and English mapped to the knowledge base's words. */
  text: string;
  /** Topic tokens for retrieval: segmenter words without stopwords, homophone corrections and pinyin words added. */
  tokens: string[];
  /** Domain words recovered from homophones or pinyin ("单保" → 担保, "fanxiang" → 返乡). */
  corrections: string[];
  /** The message names something of the programme (an anchor word of the lexicon), however much else it says. */
  onTopic: boolean;
  /** The language the message is written in; none for digits, "ok" or pinyin (see `detectLanguage`). */
  language?: Language;
}

const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN_RUN = /[a-z]+(?:\s+[a-z]+)*/g;
/** Runs of Latin words in an English message, as candidates for a term's pinyin. */
const PINYIN_IN_ENGLISH = /(?<![a-z'])[a-z]+(?:\s+[a-z]+)*(?![a-z'])/g;
/** Pinyin with tone digits, two syllables or more ("dai4 kuan3"). */
const TONED_PINYIN = /[a-z]+[1-5](?:\s*[a-z]+[1-5]){1,}/i;
const TONE_DIGIT = /([a-z])[1-5](?=\s|$|[a-z,.?!，。？！])/gi;
/** Words of asking and acting that pinyin spells in requests ("yu yue", "deng ji", "tui ding", "duo shao"). */
const PINYIN_ACTION_WORDS = [
  '预约',
  '登记',
  '订阅',
  '退订',
  '删除',
  '人工',
  '电话',
  '联系',
  '申请',
  '条件',
  '多少',
  '哪里',
  '怎么',
  '什么',
  '活动',
  '通知',
  '谢谢',
  '你好',
];
const PUNCT_ONLY = /^[\s\p{P}\p{S}\d]*$/u;

export interface Analyzer {
  analyze(text: string): Analysis;
  /** Segments text the way queries are segmented (for indexing the knowledge base). */
  tokenize(text: string): string[];
  normalize: Normalizer;
  /**
   * Names the data this analyser was built from (the lexicon, the domain terms, the segmenter's dictionary): two
   * analysers with the same fingerprint, built by the same code, read every text alike.
   */
  readonly fingerprint: string;
}

/**
 * How long someone has done something, in a story ("在上海开了十几年餐馆", "干了五年"), or how many of them there
 * are ("我们三个人合伙"): no topic of the plan ("三个一" and "五个一" are words of their own). A year of the
 * calendar (2025年) and "一年" (a year's count: "一年搞几场") are kept.
 */
const STORY_NUMBER =
  /^(?:[两三四五六七八九几]|十几|二十几?|几十|[二三四五六七八九]?十[一二三四五六七八九]?|\d{1,2})多?年$|^(?:十几|二十几|几十)$|^[两三四五六七八九十]个$/;

/**
 * Builds the Chinese text analyser: jieba with the domain dictionary (lexicon words plus knowledge-base terms)
 * and a pinyin index of those terms for homophone typos and pinyin input.
 */
export function createAnalyzer(
  lexicon: Lexicon,
  domainTerms: Iterable<string>,
  options: {
    /** Spell every run in context, as before the shortcut `maySoundLikeTerm` (the oracle of its test). */
    spellEveryRun?: boolean;
    /** The domain's English wording (the entries' English), whose words a misspelt English word is read as. */
    englishText?: Iterable<string>;
  } = {},
): Analyzer {
  const stop = new Set(lexicon.stopwords);
  const terms = new Set<string>(lexicon.words);
  for (const term of domainTerms) if (/^[\u3400-\u9fff]{2,8}$/.test(term)) terms.add(term);
  // Each term is spelled in pinyin once, for the pinyin index below and for the shorthand keys.
  const spellings = new Map<string, string[]>();
  const spell = (word: string): string[] => {
    let syllables = spellings.get(word);
    if (!syllables) {
      syllables = pinyin(word, { toneType: 'none', type: 'array' });
      spellings.set(word, syllables);
    }
    return syllables;
  };
  const shorthand = createAbbreviations(lexicon.shorthand, terms, Object.keys(lexicon.english), spell);
  const normalize = createNormalizer(lexicon, shorthand);
  const englishWords = englishVocabulary(lexicon, options.englishText ?? []);

  const jieba = Jieba.withDict(dict);
  const domainDict = Buffer.from([...terms].map((t) => `${t} 50000 n`).join('\n'));
  jieba.loadDict(domainDict);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(lexicon))
    .update('\u0000')
    .update(domainDict)
    .update(`\u0000${dict.length}`)
    .update(`\u0000${[...englishWords.keys()].join(' ')}`)
    .digest('hex');

  // Pinyin (toneless, joined) of each domain term of 2-4 characters, for homophone and pinyin matching.
  const byPinyin = new Map<string, string>();
  // (The anchors too, the domain's own words: "楚伤" is 楚商, "导市" 导师.)
  for (const term of [...terms, ...lexicon.anchors]) {
    if (term.length < 2 || term.length > 4) continue;
    const key = spell(term).join('');
    if (!byPinyin.has(key)) byPinyin.set(key, term);
  }
  // (And the words of asking and acting, for messages typed wholly in pinyin: "wo yao yu yue dao shi".)
  for (const word of PINYIN_ACTION_WORDS) {
    const key = spell(word).join('');
    if (!byPinyin.has(key)) byPinyin.set(key, word);
  }
  const maxKeyLength = Math.max(0, ...[...byPinyin.keys()].map((k) => k.length));

  // A word that spells two or more syllables of a term ("butie" of 补贴, "dashi" of 招商大使) is Chinese typed in
  // letters, never an English slip ("zhaoshang dashi" is no "daoshi").
  const pinyinPieces = new Set<string>(Object.keys(lexicon.shorthand));
  for (const term of [...terms, ...lexicon.anchors]) {
    if (term.length < 2 || term.length > 4) continue;
    const syllables = spell(term);
    for (let from = 0; from < syllables.length - 1; from++)
      for (let to = from + 2; to <= syllables.length; to++) pinyinPieces.add(syllables.slice(from, to).join(''));
  }
  const spelling = createEnglishSpelling(englishWords, pinyinPieces);

  const tokenize = (text: string): string[] =>
    jieba.cutForSearch(text, true).filter((t) => !stop.has(t) && !PUNCT_ONLY.test(t) && !STORY_NUMBER.test(t));

  // Every reading of a character, and every beginning of a term's spelling: enough to tell, without spelling a run
  // in context, that no window of it can sound like a term the text lacks (most runs), so it need not be spelled.
  const readings = new Map<string, string[]>();
  const readingsOf = (char: string): string[] => {
    let r = readings.get(char);
    if (!r) {
      r = pinyin(char, { toneType: 'none', type: 'array', multiple: true });
      readings.set(char, r);
    }
    return r;
  };
  const spellingStarts = new Set<string>();
  for (const key of byPinyin.keys()) for (let i = 1; i <= key.length; i++) spellingStarts.add(key.slice(0, i));

  /** Whether some window of 2-4 characters of `run`, read any way its characters can be, spells a term `text` lacks. */
  function maySoundLikeTerm(run: string, text: string): boolean {
    const each = Array.from(run, readingsOf);
    for (let i = 0; i + 2 <= run.length; i++) {
      let spelled = [''];
      for (let size = 1; size <= 4 && i + size <= run.length; size++) {
        const next: string[] = [];
        for (const start of spelled) {
          for (const reading of each[i + size - 1]!) {
            const s = start + reading;
            if (!spellingStarts.has(s)) continue;
            const term = size >= 2 ? byPinyin.get(s) : undefined;
            if (term && !text.includes(term)) return true;
            next.push(s);
          }
        }
        if (!next.length) break;
        spelled = next;
      }
    }
    return false;
  }

  function homophones(text: string): string[] {
    const found = new Set<string>();
    for (const run of text.match(CJK_RUN) ?? []) {
      if (run.length < 2 || (!options.spellEveryRun && !maySoundLikeTerm(run, text))) continue;
      const syllables = pinyin(run, { toneType: 'none', type: 'array' });
      if (syllables.length !== run.length) continue;
      // A typo is a run of whole segments ("单保" → 单/保); a window that cuts into a real word (好|麻烦) is not one.
      const edges = new Set<number>([0]);
      let at = 0;
      for (const word of jieba.cut(run, false)) {
        at += word.length;
        edges.add(at);
      }
      for (let size = 2; size <= 4; size++) {
        for (let i = 0; i + size <= run.length; i++) {
          if (!edges.has(i) || !edges.has(i + size)) continue;
          const term = byPinyin.get(syllables.slice(i, i + size).join(''));
          if (!term || text.includes(term)) continue;
          // A real word that merely sounds like a term (支撑 / 职称) is not a typo: only non-words are corrected.
          const window = run.slice(i, i + size);
          if (jieba.cut(window, false).length > 1) found.add(term);
        }
      }
    }
    return [...found];
  }

  /**
   * A term's pinyin inside English, read as the term: one word of six letters or more ("lianluozhan"), or two words or
   * more in a row, each pinyin and no common English word ("dai kuan", "chuang ye bu tie"), that spell terms only.
   */
  function pinyinInEnglish(run: string): string {
    const words = run.split(/\s+/);
    const out: string[] = [];
    const syllabic = (w: string) => isPinyin(w) && !isCommonEnglish(w);
    let i = 0;
    while (i < words.length) {
      let end = i;
      while (end < words.length && syllabic(words[end]!)) end++;
      let taken = 0;
      for (let k = end; k > i && !taken; k--) {
        const terms = termsOf(words.slice(i, k));
        if (terms) {
          out.push(terms);
          taken = k - i;
        }
      }
      if (!taken) out.push(words[i]!);
      i += taken || 1;
    }
    return out.join(' ');
  }

  /** The terms a run of pinyin words spells, all of its letters; undefined when it spells anything else too. */
  function termsOf(words: string[]): string | undefined {
    const joined = words.join('');
    if (words.length === 1 && joined.length < 6) return undefined;
    const whole = byPinyin.get(joined);
    if (whole) return whole;
    if (words.length === 1) return undefined;
    const found = pinyinWords(joined);
    return found.length && found.reduce((n, t) => n + spell(t).join('').length, 0) === joined.length ? found.join('') : undefined;
  }

  function pinyinWords(text: string): string[] {
    const found: string[] = [];
    for (const run of text.match(LATIN_RUN) ?? []) {
      const letters = run.replace(/\s+/g, '');
      let i = 0;
      while (i < letters.length) {
        let matched = '';
        for (let len = Math.min(maxKeyLength, letters.length - i); len >= 4; len--) {
          const term = byPinyin.get(letters.slice(i, i + len));
          if (term) {
            matched = term;
            i += len;
            break;
          }
        }
        if (matched) found.push(matched);
        else i++;
      }
    }
    return found;
  }

  return {
    normalize,
    tokenize,
    fingerprint,
    analyze(input) {
      // ("dai4 kuan3 zui4 duo1": pinyin with its tones in digits is read without them.)
      const untoned = TONED_PINYIN.test(input) ? input.replace(TONE_DIGIT, '$1') : input;
      // ("i want registr my projet": English slips read as the words meant; not pinyin, nor shorthand.)
      const corrected = isPinyinSentence(untoned) ? untoned : spelling.correct(untoned);
      const normalized = normalize(corrected);
      // Shorthand is Chinese typed in Latin letters: "ok xx" (好 谢谢) is no English.
      const said = shorthand.expand(toSimplified(corrected));
      // ("fan xiang chuang ye you shen me bu tie": pinyin naming the domain's terms is Chinese, however many of its
      // syllables are English words; the language the user last wrote in holds.)
      const spelledTerms = isPinyinSentence(said) ? pinyinWords(normalized) : [];
      const typedInPinyin = spelledTerms.length > 0;
      const language = typedInPinyin ? undefined : detectLanguage(said);
      // In English, the lexicon has mapped the topic words to Chinese; the English words left over are not topic
      // words, and are not pinyin either ("change" is not 常). So too in Chinese with English around it ("我中文不太好
      // but what does 总部回迁 mean"): "but", "does", "mean" would only count as words the knowledge base lacks.
      const english = language === 'en' || (language === undefined && /[\u3400-\u9fff]/.test(normalized) && hasEnglishWord(input));
      // Pinyin's terms are written out, in order, for the wording rules too ("wo yao yu yue dao shi" books a mentor);
      // in English, a word that is wholly a term's pinyin and no English word ("lianluozhan") is read as the term.
      const text = typedInPinyin
        ? `${normalized} ${spelledTerms.join(' ')}`
        : english
          ? normalized.replace(PINYIN_IN_ENGLISH, pinyinInEnglish)
          : normalized;
      // (A message typed in pinyin has had its Latin runs read already: the terms found are not looked up twice.)
      const corrections = english ? homophones(text) : [...homophones(text), ...(typedInPinyin ? spelledTerms : pinyinWords(text))];
      // (Nor are the syllables of pinyin that spell no term words the knowledge base lacks: "wo xiang wen".)
      const tokens = english || typedInPinyin ? tokenize(text).filter((t) => !/^[a-z']+$/.test(t)) : tokenize(text);
      for (const word of corrections) tokens.push(...tokenize(word));
      const onTopic = lexicon.anchors.some((a) => text.includes(a) || corrections.some((c) => c.includes(a)));
      return { raw: input, said, text, tokens, corrections, onTopic, ...(language ? { language } : {}) };
    },
  };
}

/**
 * The domain's English words with how often each is written: the lexicon's English (the words it maps to the plan's
 * terms) and the entries' English wording.
 */
function englishVocabulary(lexicon: Lexicon, texts: Iterable<string>): Map<string, number> {
  const uses = new Map<string, number>();
  const count = (text: string) => {
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) uses.set(word, (uses.get(word) ?? 0) + 1);
  };
  for (const phrase of Object.keys(lexicon.english)) count(phrase);
  for (const phrase of Object.keys(lexicon.replace)) if (/^[a-z '-]+$/i.test(phrase)) count(phrase);
  for (const text of texts) count(text);
  return uses;
}
