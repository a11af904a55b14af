import type { Lexicon } from '../text/lexicon.ts';

/**
 * The Chinese names of the plan's named things, shown beside their English wording in English answers ("boot camps
 * (创业训练营)"): an English-speaking merchant takes the answer to an office where the Chinese name is what counts.
 * The pairs are the lexicon's English section (English wording → the plan's term), so understanding and answering
 * share one list; a pair is used only where the Chinese term is written in the entry answered.
 */
export interface Term {
  readonly en: RegExp;
  readonly zh: string;
  /** Shown only where the English puts the wording in quotes, as a name ("the \"Head Goose\" programme": 头雁). */
  readonly quotedOnly?: boolean;
}

/**
 * Shorter Chinese words (贷款, 补贴) are everyday words, not names worth showing, unless the English quotes them as a
 * name (头雁).
 */
const MIN_NAME_CHARS = 3;
const MIN_QUOTED_NAME_CHARS = 2;
/** An opening quote right before an English wording. */
const OPENS_QUOTE = /["“'‘]$/;
/** A few English words in brackets after a wording (no Chinese in them). */
const ENGLISH_ASIDE = /^ \([^()\u3400-\u9fff]{1,40}\)/;
/**
 * At most this many names per answer, so that the English still reads as English (a list of the plan's six subsidies
 * names each one).
 */
const MAX_NAMES = 6;

const glossaries = new WeakMap<Lexicon, Term[]>();

/** The terms of a lexicon, longest English wording first ("liaison station" before "station"). */
export function glossaryOf(lexicon: Lexicon): Term[] {
  let terms = glossaries.get(lexicon);
  if (!terms) {
    terms = Object.entries(lexicon.english)
      .filter(
        ([en, zh]) => /^[a-z][a-z0-9' +-]*[a-z0-9]$/i.test(en) && [...zh].length >= MIN_QUOTED_NAME_CHARS && /^[\u4e00-\u9fff]/.test(zh),
      )
      .sort(([a], [b]) => b.length - a.length)
      // (A comma may part the words as an answer writes them: "one letter, one plan, one pitch".)
      .map(([en, zh]) => ({
        // ("government + bank + insurance": a plus is written as itself.)
        en: new RegExp(`\\b${en.replace(/\+/g, '\\+').replace(/[-']/g, "[-' ]?").replace(/ /g, ',?\\s+')}s?\\b`, 'i'),
        zh,
        ...([...zh].length < MIN_NAME_CHARS ? { quotedOnly: true } : {}),
      }));
    glossaries.set(lexicon, terms);
  }
  return terms;
}

/**
 * `text` with the Chinese name after the first English wording of each term whose name `source` (the entry's Chinese
 * text) contains; a name is shown once in an answer (`shown`, shared by its lines), inside no other, and at most
 * `MAX_NAMES` in all, those of terms in `asked` (the question) first.
 */
export function withChineseNames(text: string, source: string, terms: readonly Term[], shown: Set<string>, asked = ''): string {
  const taken: Array<{ from: number; to: number; zh: string; inAside: boolean }> = [];
  // The names of what was asked about come first ("a China-Nordic forum?"), with their fuller forms ("the cherry
  // blossom thing": 相约春天赏樱花 as well as 赏樱花), the others as long as there is room.
  const askedNames = asked ? terms.filter((t) => t.en.test(asked)).map((t) => t.zh) : [];
  const isAsked = (t: Term): boolean => askedNames.some((zh) => t.zh.includes(zh));
  const named = askedNames.length ? [...terms.filter(isAsked), ...terms.filter((t) => !isAsked(t))] : terms;
  for (const term of named) {
    if (shown.size + taken.length >= MAX_NAMES) break;
    if (!source.includes(term.zh) || [...shown].some((zh) => zh.includes(term.zh))) continue;
    if (taken.some((t) => t.zh === term.zh || t.zh.includes(term.zh))) continue;
    const match = term.en.exec(text);
    if (!match) continue;
    const from = match.index;
    const to = from + match[0].length;
    if (term.quotedOnly && !OPENS_QUOTE.test(text.slice(0, from))) continue;
    if (taken.some((t) => from < t.to && to > t.from)) continue;
    // Already followed by its name (the English fact gives it), or by another name, nothing to add; after an
    // English aside ("rent and utilities (water and electricity)") the name goes into it.
    const aside = ENGLISH_ASIDE.exec(text.slice(to));
    if (text.slice(to, to + term.zh.length + 3).includes(term.zh) || (text.startsWith(' (', to) && !aside)) continue;
    taken.push({ from, to: aside ? to + aside[0].length - 1 : to, zh: term.zh, inAside: Boolean(aside) });
  }
  for (const t of taken) shown.add(t.zh);
  let out = text;
  for (const t of [...taken].sort((a, b) => b.to - a.to))
    out = t.inAside ? `${out.slice(0, t.to)}; ${t.zh}${out.slice(t.to)}` : `${out.slice(0, t.to)} (${t.zh})${out.slice(t.to)}`;
  return out;
}
