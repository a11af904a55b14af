import { stemmer } from 'stemmer';
import { LATIN_WORD } from './language.ts';

/**
 * English words as retrieval terms: lower-cased, Porter-stemmed ("subsidies" and "subsidy" → "subsidi"), without the
 * words that every question or answer has ("what", "the", "plan", "jingzhou"). They let an English question meet the
 * English wording of the entries directly, beside the lexicon's mapping of English phrases to the plan's terms.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but if then than so of to in on at by for from with without into onto about as is are am was were ' +
    'be been being do does did done have has had having can could would should will shall may might must i me my mine ' +
    'we us our ours you your yours he him his she her it its they them their this that these those there here what ' +
    'which who whom whose when where why how any some all each every no not nor only just also too very much many more ' +
    'most such own same other please pls plz thanks thank hi hello hey ok okay yes tell know want wants wanted need ' +
    "needs like get gets got give let lets say says said does doesn't don't isn't aren't can't cannot won't i'm it's " +
    "what's there's i'd i'll i've you're let's one ones thing things something anything way kind sort bit lot lots " +
    'plan plans jingzhou city document mention mentioned mentions say exactly actually really just still again'
  ).split(' '),
);

/** The English retrieval terms of a text, in order, repeats kept (term frequency counts). */
export function englishTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(LATIN_WORD) ?? []) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stemmer(word.replace(/'s$/, '')));
  }
  return out;
}

/** English words naming a numbered part of the plan ("task number 3", "item 2"): a number after them is no phone. */
export const NUMBERED_PART_EN = 'task|item|row|point|measure|article|part';
