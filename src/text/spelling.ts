import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { isPinyinSyllable } from './language.ts';

/**
 * English typed in a hurry or as a second language ("how much lone for small bisness", "i want registr my projet",
 * "subcribe event notise"): a word that is no English word and is one or two slips from a word of the domain's
 * English (the plan's English wording, the lexicon's English) is read as that word. Real English words are left
 * alone ("plant" is not "plan"); so are names, pinyin ("kuan"), shorthand without vowels ("cypx") and words too short
 * to tell.
 */
export interface EnglishSpelling {
  /** The text with misspelt English words put right; `fixed` collects "from→to" notes. */
  correct(text: string, fixed?: string[]): string;
}

/** Shorter words are left as typed: "thx", "pls" are too short to tell from others. */
const MIN_LENGTH = 4;
/** Up to this length a word may be one slip off; longer ones two ("requirment", "oppurtunity"). */
const ONE_SLIP_UP_TO = 6;
/** Remembered corrections (and words found fine), so that a word is looked at once. */
const MAX_REMEMBERED = 5000;
/** At most this many words not seen before are looked up in one message (a flood of made-up words costs little). */
const MAX_LOOKUPS = 40;

/** A word of Latin letters, not part of a longer run of letters, digits or an apostrophe'd word. */
const WORD = /(?<![\p{L}\d'])[A-Za-z]+(?![\p{L}\d'])/gu;
const VOWEL = /[aeiouy]/;

/**
 * Words people use asking for what the bot does that the plan's English may not contain ("application", "eligible",
 * "reschedule"), so that their slips are read too.
 */
const ASKING_WORDS = (
  'application apply applying opportunity opportunities registration register requirement requirements eligible ' +
  'eligibility document documents paperwork procedure process company business partner foreigner foreign investor ' +
  'investors investment subsidy subsidies grant incentive incentives training course workshop interest collateral ' +
  'guarantee deadline schedule appointment consultation mentor subscribe unsubscribe notification notifications ' +
  'notice notices contact telephone email address office department where which when what please thanks ' +
  'information details available possible maximum minimum amount money funding finance loan loans bank land ' +
  'factory warehouse park parks incubator station stations festival event events meeting conference delete remove ' +
  'human staff person cancel change reschedule tomorrow morning afternoon evening online video visit startup ' +
  'entrepreneur entrepreneurs returnee returnees hometown county province government ambassador ambassadors liaison ' +
  'database talent engineer farming agriculture processing restaurant family children school education hospital ' +
  'housing medical tax taxes visa passport business small help need want know'
).split(' ');

/** The Hunspell English dictionary: built once, when a word first needs it (it takes a fraction of a second). */
let english: ReturnType<typeof nspell> | undefined;
const englishDictionary = () => {
  // (dictionary-en reads its files as bytes; nspell's types ask for Buffers, which they are at run time.)
  english ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return english;
};

/**
 * The spelling of the domain's English `vocabulary` (each word with how often it is used, which breaks ties); words in
 * `keep` are never corrected (the lexicon's shorthand, which is Chinese typed in letters).
 */
export function createEnglishSpelling(vocabulary: ReadonlyMap<string, number>, keep: Iterable<string> = []): EnglishSpelling {
  const kept = new Set([...keep].map((w) => w.toLowerCase()));
  const byLength = new Map<number, Array<[string, number]>>();
  const words = new Map(vocabulary);
  for (const word of ASKING_WORDS) words.set(word, Math.max(1, words.get(word) ?? 0));
  for (const [word, uses] of words) {
    if (word.length < MIN_LENGTH - 1) continue;
    const list = byLength.get(word.length) ?? [];
    list.push([word, uses]);
    byLength.set(word.length, list);
  }
  for (const list of byLength.values()) list.sort((a, b) => b[1] - a[1]);
  const remembered = new Map<string, string | null>();

  // Of words as near, one the slip dropped a letter from comes first ("wich": which, not with; "whre": where, not
  // were), letters being left out more than put in; then the one the domain writes more.
  const nearest = (word: string): string | null => {
    const slips = word.length <= ONE_SLIP_UP_TO ? 1 : 2;
    // (kind: 0 a letter was left out of the word meant, 1 one changed, 2 one put in.)
    let best: { word: string; slips: number; kind: number; uses: number } | undefined;
    for (let length = word.length - slips; length <= word.length + slips; length++) {
      for (const [candidate, uses] of byLength.get(length) ?? []) {
        const d = slipsBetween(word, candidate, best ? best.slips : slips);
        if (d > slips) continue;
        const kind = Math.sign(word.length - candidate.length) + 1;
        if (!best || d < best.slips || (d === best.slips && (kind < best.kind || (kind === best.kind && uses > best.uses))))
          best = { word: candidate, slips: d, kind, uses };
      }
    }
    return best?.word ?? null;
  };

  const fix = (word: string, budget: { left: number }): string | null => {
    const lower = word.toLowerCase();
    // (A pinyin syllable is Chinese typed in letters: "dai kuan" is no slip for "yuan".)
    if (lower.length < MIN_LENGTH || words.has(lower) || kept.has(lower) || !VOWEL.test(lower) || isPinyinSyllable(lower)) return null;
    let found = remembered.get(lower);
    if (found === undefined) {
      if (budget.left-- <= 0) return null;
      // (A name typed in lower case, "paris", is a word too.)
      const known = englishDictionary().correct(lower) || englishDictionary().correct(lower[0]!.toUpperCase() + lower.slice(1));
      found = known ? null : nearest(lower);
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(lower, found);
    }
    return found;
  };

  return {
    correct(text, fixed) {
      if (!/[A-Za-z]{4}/.test(text)) return text;
      const budget = { left: MAX_LOOKUPS };
      return text.replace(WORD, (word, at: number) => {
        // A capitalised word inside a sentence is a name ("Markus", "Nguyen"), not a slip.
        if (/^[A-Z][a-z]/.test(word) && at > 0 && !/[.!?。！？]\s*$/.test(text.slice(0, at))) return word;
        const right = fix(word, budget);
        if (!right) return word;
        fixed?.push(`${word}→${right}`);
        return right;
      });
    },
  };
}

/**
 * How many slips (a letter added, dropped, changed, or two side by side swapped) turn `a` into `b`; more than `most`
 * is told as `most + 1` as soon as it is certain.
 */
export function slipsBetween(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > most) return most + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, most + 1);
}
