import { pinyin } from 'pinyin-pro';
import { isCommonEnglish } from './language.ts';

/**
 * Pinyin shorthand read as the Chinese it stands for. People typing fast on a phone write a word by the first letters
 * of its syllables ("dk能贷多少" = 贷款, "zsds有啥待遇" = 招商大使, "lxhy的bgs" = 联席会议的办公室) or spell it out
 * without tones ("bi ye", "xie le"). The keys are computed from the words by pinyin-pro, so a word listed once is
 * understood both ways.
 *
 * Which word a key means is decided by order: the lexicon's own list first (the words people of this programme
 * abbreviate: 政策 before 职称 for "zc"), then the knowledge base's terms of three or four characters, whose keys of
 * three or four letters rarely collide. A two-letter key is read only from the lexicon's list: too many terms share one.
 */

/** A run of lower-case Latin words (with the spaces between them), not touching digits, dots or @ (mails, links). */
const LATIN_RUN = /(?<![a-zA-Z0-9@._/:\\-])[a-z]+(?: [a-z]+)*(?![a-zA-Z0-9@._/:\\-])/g;
/** "30w", "5w块": 万 after a figure, as people type it. */
const TEN_THOUSAND = /(?<=\d)w(?![a-zA-Z])/g;
const CJK = /[\u3400-\u9fff]/;

export interface Abbreviations {
  /** The text with each shorthand replaced by its word; `replaced` collects `from→to` for tools that show it. */
  expand(text: string, replaced?: string[]): string;
}

/** A word's toneless pinyin syllables ("绿色" → lü, se), as pinyin-pro gives them. */
export type Spell = (word: string) => readonly string[];
const spellWithPinyin: Spell = (word) => pinyin(word, { toneType: 'none', type: 'array' });

/**
 * Builds the reader. `words` are the lexicon's shorthand words in priority order; `terms` the knowledge base's
 * terms (only those of three or four characters are used); `english` the English words the lexicon maps itself
 * ("hq", "push"), which are never shorthand; `spell` gives a word's syllables (the analyser passes the one it spells
 * its terms with, so that each is spelled once).
 */
export function createAbbreviations(
  words: readonly string[],
  terms: Iterable<string> = [],
  english: readonly string[] = [],
  spell: Spell = spellWithPinyin,
): Abbreviations {
  // (Typed on a phone, ü is v: "lvse".)
  const syllables = (word: string): string[] => spell(word).map((s) => s.replace(/ü/g, 'v'));
  const englishWords = new Set(english.map((w) => w.toLowerCase()));
  const byKey = new Map<string, string>();
  const add = (key: string, word: string) => {
    if (key.length >= 2 && !byKey.has(key) && !isCommonEnglish(key) && !englishWords.has(key)) byKey.set(key, word);
  };
  for (const word of words) {
    const spelled = syllables(word);
    add(spelled.map((s) => s[0]).join(''), word);
    add(spelled.join(''), word);
  }
  for (const term of terms) {
    if (!/^[\u3400-\u9fff]{3,4}$/.test(term)) continue;
    add(
      syllables(term)
        .map((s) => s[0])
        .join(''),
      term,
    );
  }

  /**
   * One run of Latin words: as a whole ("bi ye", "lj qy"), else word by word. A common English word stays itself
   * ("ok xx" → "ok 谢谢"); two of them, or a word left unread that has a vowel and some length, make the run English
   * ("but what does", "jingzhou native here", "nice ty").
   */
  const read = (run: string): string | undefined => {
    const parts = run.split(' ');
    const english = parts.filter(isCommonEnglish).length;
    if (english === 0) {
      const whole = byKey.get(parts.join(''));
      if (whole) return whole;
    }
    if (english >= 2 || parts.length === english) return undefined;
    const read = parts.map((p) => (isCommonEnglish(p) ? undefined : byKey.get(p)));
    if (parts.some((p, i) => !read[i] && !isCommonEnglish(p) && p.length >= 3 && /[aeiou]/.test(p))) return undefined;
    return read.some(Boolean) ? parts.map((p, i) => read[i] ?? p).join(' ') : undefined;
  };

  return {
    expand(text, replaced) {
      // Shorthand lives among Chinese or alone ("bb", "nh"); an English sentence keeps its words.
      const out = text.replace(TEN_THOUSAND, '万');
      if (!CJK.test(out) && (out.match(/[a-zA-Z]+/g) ?? []).length > 2) return out;
      return out.replace(LATIN_RUN, (run) => {
        const word = read(run);
        if (!word) return run;
        replaced?.push(`${run}→${word}`);
        return word;
      });
    },
  };
}
