import type { Lexicon } from '../text/lexicon.ts';
import { type Entry, shortTitle } from './schema.ts';

/**
 * The English names this service gives the plan's Chinese names ("市招商中心" is "Jingzhou Municipal Investment
 * Promotion Centre", "马兰花计划" the "Malan Flower Plan"), for "what's the english name for 市招商中心" and
 * "马兰花计划英文怎么说". The plan itself is only in Chinese: these are the entries' own English translations.
 *  - a responsible unit: its English name in the same entry (`units` and `en.units` are in the same order);
 *  - an article: its English title (each its `shortTitle`);
 *  - a term of the lexicon's English section: the English wording of it that the entries' English uses.
 */
export type EnglishNames = ReadonlyMap<string, string>;

const names = new WeakMap<readonly Entry[], EnglishNames>();

/** A Chinese name worth translating: three characters or more (贷款, 补贴 are words, not names). */
const MIN_NAME_CHARS = 3;
const MIN_TERM_CHARS = 2;

export function englishNamesOf(entries: readonly Entry[], lexicon: Lexicon): EnglishNames {
  let map = names.get(entries);
  if (map) return map;
  const found = new Map<string, string>();
  for (const entry of entries) {
    entry.units.forEach((unit, i) => {
      const en = entry.en.units[i];
      if (en && !found.has(unit)) found.set(unit, en);
    });
  }
  // The wording the answers use: of a term's English spellings (singular where both are), the longest found in the
  // entries' English, with the capitalised words around it there ("huachuang": "Huachuang Conference").
  const english = entries.map((e) => [e.en.title, e.en.summary, ...e.en.facts].join('\n')).join('\n');
  const lower = english.toLowerCase();
  const spellings = new Map<string, string[]>();
  for (const [en, zh] of Object.entries(lexicon.english)) {
    if ([...zh].length < MIN_TERM_CHARS || !/^[\u4e00-\u9fff]+$/.test(zh)) continue;
    spellings.set(zh, [...(spellings.get(zh) ?? []), en.toLowerCase()]);
  }
  for (const [zh, all] of spellings) {
    if (found.has(zh)) continue;
    const singular = all.filter((en) => !(en.endsWith('s') && all.includes(en.slice(0, -1))));
    const at = singular
      .map((en) => wordAt(lower, en))
      .filter((m) => m !== undefined)
      .sort((a, b) => b.length - a.length)[0];
    const name = at && nameAround(english, at.index, at.length);
    // (A name of two characters, 头雁, only where the English writes it as a name: "Head Goose".)
    if (name && ([...zh].length >= MIN_NAME_CHARS || /^[A-Z]\S* [A-Z]/.test(name))) found.set(zh, name);
  }
  for (const entry of entries) {
    const zh = shortTitle(entry.title);
    if (!found.has(zh)) found.set(zh, shortTitle(entry.en.title));
  }
  map = found;
  names.set(entries, map);
  return map;
}
/** Where `word` first stands as whole words in `text` (also in the plural, then with its plural ending), if it does. */
function wordAt(text: string, word: string): { index: number; length: number } | undefined {
  const m = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?\\b`).exec(text);
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** The words at `from` (`length` long) with the capitalised words right before and after them, as a name is written. */
function nameAround(text: string, from: number, length: number): string {
  const before = /(?:\b[A-Z][\w-]*(?:'s)? )+$/.exec(text.slice(Math.max(0, from - 60), from))?.[0] ?? '';
  const after = /^(?: [A-Z][\w-]*)+/.exec(text.slice(from + length))?.[0] ?? '';
  const name = `${before.replace(/^(?:The|A|An) /, '')}${text.slice(from, from + length)}${after}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Asks for the English of a name ("english name for 市招商中心", "whats 马兰花计划 in english", "华创会英文叫什么"). */
export const ASKS_ENGLISH_NAME =
  /\benglish (?:name|word|term|translation|for)s?\b|\bin english\b|\btranslat(?:e|ion)\b|\bhow (?:do|would|should) (?:you|i|we) (?:say|write|call)\b|英文(?:名|全称|叫|怎么|咋|是|翻译)|英语(?:名|叫|怎么|咋|是)|翻译成英/i;

/** The names asked for in `text`, longest first, none inside another. */
export function englishNamesAsked(text: string, map: EnglishNames): Array<{ zh: string; en: string }> {
  if (!ASKS_ENGLISH_NAME.test(text) || !/[\u3400-\u9fff]/.test(text)) return [];
  const asked = [...map.keys()].filter((zh) => text.includes(zh)).sort((a, b) => b.length - a.length);
  const kept = asked.filter((zh, i) => !asked.slice(0, i).some((longer) => longer.includes(zh)));
  return kept.map((zh) => ({ zh, en: map.get(zh)! }));
}
