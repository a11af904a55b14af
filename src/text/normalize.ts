import { type Abbreviations, createAbbreviations } from './abbreviation.ts';
import { fromCantonese } from './cantonese.ts';
import { traditionalToSimplified as opencc } from './opencc.ts';
import type { Lexicon } from './lexicon.ts';

/** How much of a message is analysed; longer messages keep their start and end, where people put the question. */
const ANALYSED_CHARS = 400;

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control and invisible format characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF0-\uFFFF]/g;
const REPLACEMENT_CHAR = /\uFFFD/g;
const WHITESPACE = /\s+/g;

/** Removes what no person typed on purpose: control characters, zero-width marks, replacement characters. */
function stripJunk(text: string): string {
  return text.replace(CONTROL, ' ').replace(REPLACEMENT_CHAR, ' ').replace(WHITESPACE, ' ').trim();
}

/** Emoji around words ("👋👋 在吗", "好的 等你们电话☎️"): decoration, read as the words alone; an emoji alone stays. */
const EMOJI_RUN = String.raw`(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\p{Emoji_Modifier}|\s)+`;
const LEADING_EMOJI = new RegExp(`^${EMOJI_RUN}(?=[^\\s])`, 'u');
const TRAILING_EMOJI = new RegExp(`(?<=[^\\s])${EMOJI_RUN}$`, 'u');
function trimEmoji(text: string): string {
  const words = text.replace(LEADING_EMOJI, '').replace(TRAILING_EMOJI, '');
  return /[\p{L}\p{N}]/u.test(words) ? words : text;
}

/** Keeps the head and tail of very long messages; the middle of a long story rarely holds the question. */
function clip(text: string, max = ANALYSED_CHARS): string {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return `${text.slice(0, half)} ${text.slice(-half)}`;
}

/** The last text converted: a message is converted twice as it is read (as said, and normalised), mostly unchanged between. */
let last = { text: '', simplified: '' };
/**
 * OpenCC's tw → cn table turns 么 into 幺, which would break dialect (么事, 有么, 搞么斯); people do not type 幺.
 * Cantonese is read as Mandarin first (its 係 is 是, not the 系 of 联系).
 */
export const toSimplified = (text: string): string => {
  if (text !== last.text) last = { text, simplified: opencc(fromCantonese(text)).replace(/幺/g, '么') };
  return last.simplified;
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Dialect particles closing a phrase ("搞么事撒", "快点噻", "走咯"). */
const PHRASE_FINAL_PARTICLE = /(?<=[\u4e00-\u9fff])[撒噻咯](?=[\s,，。.!！?？~～]|$)/g;

/**
 * Normalises a message. When `replaced` is given, each lexicon replacement made is added to it as `from→to`
 * ("单保→担保"), for tools that show how a message was read.
 */
export type Normalizer = (text: string, replaced?: string[]) => string;

/** English words in quotes; an apostrophe inside a word ("what's", "don't") is no quote. */
const QUOTED_WORDS = /(?<![a-z])['‘’"“”]([a-z][a-z -]{0,40}?)['‘’"“”](?![a-z])/g;

/** A Chinese character, beside which an English word is read as part of the Chinese. */
const CJK_CHAR = /[\u3400-\u9fff]/;

/**
 * Builds the text normaliser: junk stripped, NFKC (full-width to half-width, ① to 1), traditional to simplified,
 * pinyin shorthand read as its words ("dk" → 贷款; by default the lexicon's shorthand words only), lower-case, then
 * the lexicon's dialect/typo replacements and English phrases mapped to Chinese.
 */
interface Words {
  map: Map<string, string>;
  pattern: RegExp | null;
}

/** English words to Chinese (keys lower-cased), and the pattern finding them as whole words, longest first. */
function wordsOf(words: Record<string, string>): Words {
  const map = new Map(Object.entries(words).map(([k, v]) => [k.toLowerCase(), v]));
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  return { map, pattern: keys.length ? new RegExp(`(?<![a-z])(?:${keys.map(escapeRegExp).join('|')})(?![a-z])`, 'g') : null };
}

/** More Chinese characters than English words: English words in it are read amid Chinese. */
function mostlyChinese(text: string): boolean {
  const chinese = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return chinese > 0 && chinese >= (text.match(/[a-z]{2,}/g) ?? []).length * 2;
}

export function createNormalizer(
  lexicon: Lexicon,
  abbreviations: Abbreviations = createAbbreviations(lexicon.shorthand, [], Object.keys(lexicon.english)),
): Normalizer {
  const replaceKeys = Object.keys(lexicon.replace).sort((a, b) => b.length - a.length);
  const replacePattern = replaceKeys.length ? new RegExp(replaceKeys.map(escapeRegExp).join('|'), 'g') : null;
  const english = wordsOf(lexicon.english);
  const amid = wordsOf(lexicon.amid);

  const note = (replaced: string[] | undefined, from: string, to: string) => {
    if (replaced && from !== to) replaced.push(`${from}→${to}`);
    return to;
  };
  return (text, replaced) => {
    let out = abbreviations.expand(toSimplified(trimEmoji(clip(stripJunk(text))).normalize('NFKC')), replaced).toLowerCase();
    if (replacePattern) out = out.replace(replacePattern, (m) => note(replaced, m, lexicon.replace[m] ?? m));
    // A name put in quotes ("what are the five 'ones'?", "the 'knocking on doors' thing") is read as the words.
    out = out.replace(QUOTED_WORDS, '$1');
    // An English word among Chinese ("有event就push给我") becomes part of the Chinese as if typed so ("有活动就推送给我");
    // among English words it keeps spaces around it.
    // The Chinese so made is read with the colloquial replacements too ("banks跟企业" → "银行跟企业" → 政银企对接会).
    let joined = false;
    // Each English word becomes its Chinese, spaced as the words around it are; `amid` words also at the start.
    const read = (words: Words, amidChinese: boolean) => {
      if (!words.pattern) return;
      out = out.replace(words.pattern, (m, at: number, all: string) => {
        const before = CJK_CHAR.test(all[at - 1] ?? '') || (amidChinese && at === 0) ? '' : ' ';
        const after = CJK_CHAR.test(all[at + m.length] ?? '') ? '' : ' ';
        joined ||= amidChinese || !before || !after;
        return `${before}${note(replaced, m, words.map.get(m) ?? m)}${after}`;
      });
    };
    read(english, false);
    // Among Chinese (more Chinese characters than English words), the words read only there.
    if (amid.pattern && mostlyChinese(out)) read(amid, true);
    if (joined && replacePattern) out = out.replace(replacePattern, (m) => note(replaced, m, lexicon.replace[m] ?? m));
    // Dialect particles closing a phrase ("搞么事撒", "快点噻", "走咯") carry no meaning of their own.
    out = out.replace(PHRASE_FINAL_PARTICLE, '');
    return out.replace(WHITESPACE, ' ').trim();
  };
}
