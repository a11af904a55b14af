import type { Analysis, Analyzer } from '../text/analyzer.ts';
import { englishTerms } from '../text/english-terms.ts';
import { ASKING_CLAUSE, figurePattern, SAID_FIGURE, UNIT_QUESTION, withoutFeeAsking } from './attribute.ts';
import { isPlaceToken, placeSpans, withoutPlaces } from './places.ts';
import type { Entry } from './schema.ts';

/** One ranked knowledge entry for a query. */
export interface Hit {
  entry: Entry;
  score: number;
  /** Share (0..1) of the query's topic words, weighted by rarity, that this entry knows. */
  coverage: number;
  /** Found by the English question's own words, where the lexicon knew none of them (see `searchEnglish`). */
  byEnglishWords?: true;
}

export interface Retriever {
  search(query: Analysis, limit?: number): Hit[];
  /** The entry's facts ranked by how well they answer the query (best first), with their scores. */
  rankFacts(entry: Entry, query: Analysis): Array<{ fact: string; score: number }>;
  /** Query terms (words and character pairs) with their weights, for callers that score text themselves. */
  terms(query: Analysis): Map<string, number>;
  get(id: string): Entry | undefined;
  /** Whether the entry's English wording (title, summary, facts) has an English term, as `englishTerms` gives it. */
  saysInEnglish(entry: Entry, term: string): boolean;
  readonly entries: readonly Entry[];
}

const K1 = 1.2;
const B = 0.75;
const BIGRAM_WEIGHT = 0.35;
const QUESTION_WEIGHT = 0.8;

const CJK_RUN = /[\u3400-\u9fff]+/g;
/** Figures a fact may give as written: with a decimal point ("2.0") or of three digits or more ("2239"). */
const LITERAL_FIGURE = /\d+\.\d+|\d{3,}/g;
/** What a fact giving a figure said as written scores before its words (about a strong word's weight). */
const LITERAL_FIGURE_SCORE = 4;

/** Character pairs: they keep retrieval working when segmentation differs between a message and the knowledge base. */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(`#${run.slice(i, i + 2)}`);
  return out;
}

type Bag = Map<string, number>;

function bag(tokens: Iterable<string>, weight = 1, into: Bag = new Map()): Bag {
  for (const t of tokens) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

interface Corpus {
  docs: Bag[];
  /** Per term, the documents holding it and the term's BM25 part in each (all but the term's rarity), computed once. */
  postings: Map<string, Posting>;
}

interface Posting {
  docs: Int32Array;
  /** `tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgLength))` of each document in `docs`. */
  parts: Float64Array;
}

function corpus(docs: Bag[]): Corpus {
  const lists = new Map<string, Array<[number, number]>>();
  const lengths = docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0));
  docs.forEach((d, i) => {
    for (const [t, tf] of d) {
      const list = lists.get(t);
      if (list) list.push([i, tf]);
      else lists.set(t, [[i, tf]]);
    }
  });
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  const lengthNorms = lengths.map((length) => K1 * (1 - B + (B * length) / avgLength));
  const postings = new Map<string, Posting>();
  for (const [t, list] of lists)
    postings.set(t, {
      docs: Int32Array.from(list, ([doc]) => doc),
      parts: Float64Array.from(list, ([doc, tf]) => (tf * (K1 + 1)) / (tf + lengthNorms[doc]!)),
    });
  return { docs, postings };
}

function bm25(c: Corpus, query: Bag, idf: (t: string) => number): Float64Array {
  const scores = new Float64Array(c.docs.length);
  for (const [t, qw] of query) {
    const posting = c.postings.get(t);
    if (!posting) continue;
    const w = idf(t) * qw;
    const { docs, parts } = posting;
    for (let i = 0; i < docs.length; i++) scores[docs[i]!]! += w * parts[i]!;
  }
  return scores;
}

/** BM25's rarity of a term found in `df` of `n` documents (0 for a term none has). */
const rarity = (df: number, n: number): number => (df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5)));

/** Within one entry, a word few of its facts share says more about which fact is meant ("认定" vs "全市"). */
const withinOf =
  (sets: ReadonlyArray<Set<string>>) =>
  (t: string): number =>
    1 + 0.5 * (1 - sets.filter((set) => set.has(t)).length / Math.max(1, sets.length));

/** A clause asking before a remark has at least these characters. */
const ASKED_CLAUSE_CHARS = 6;
/** The last clause followed by a question mark, when another clause comes after it. */
function askedClause(text: string): string | undefined {
  const parts = text.split(/([\s,，。;；!！?？]+)/);
  for (let i = parts.length - 2; i >= 1; i -= 2) {
    if (!/[?？]/.test(parts[i]!)) continue;
    const rest = parts
      .slice(i + 1)
      .join('')
      .trim();
    // (A word or two echoed back with a question mark, "双月走访?我半年都冇见到人", is a retort, not the question.)
    return rest && [...parts[i - 1]!.trim()].length >= ASKED_CLAUSE_CHARS ? parts[i - 1] : undefined;
  }
  return undefined;
}

/** A message of this many clauses and characters tells a story before its question. */
const STORY_CLAUSES = 3;
const STORY_CHARS = 24;
/** The same in English, in letters: a story of a sentence or two before the question. */
const ENGLISH_STORY_CHARS = 80;
/** How much more the last clause's words weigh in such a message. */
const QUESTION_CLAUSE_BOOST = 1;
/** Distinct words an English question needs before its own words choose an article. */
const ENGLISH_MIN_TERMS = 2;
/** English (also half mapped to Chinese) separates words, not clauses, by spaces. */
const LATIN_WORDS = /[a-z]{2,}/i;

/**
 * The figures of a text as terms: the number with its unit (万 and 万元 alike). A bare number is no term: "mine has
 * 10 staff" must not find the 10% of task 11.
 */
// (The segmenter drops numbers, yet a user quoting one, "清单上又写的40个 这是么回事", names the article that gives it.)
function figures(text: string): string[] {
  return [...text.matchAll(SAID_FIGURE)].map(([, n, unit]) => `#${n}${unit?.replace(/元$/, '')}`);
}

/**
 * Builds the retrieval index over the knowledge base: BM25 over each entry as a whole (title and synonyms weighted up)
 * plus the best match among its example questions, on jieba words and character pairs.
 */
export function createRetriever(entries: readonly Entry[], analyzer: Analyzer): Retriever {
  const prep = (text: string) => analyzer.normalize(text);
  const words = (text: string) => analyzer.tokenize(prep(text));
  const featuresOf = (text: string, weight = 1, into?: Bag) => {
    const t = prep(text);
    const b = bag(analyzer.tokenize(t), weight, into);
    bag(figures(t), weight, b);
    return bag(bigrams(t), weight * BIGRAM_WEIGHT, b);
  };

  const entryDocs = entries.map((e) => {
    const b: Bag = new Map();
    featuresOf(e.title, 2, b);
    for (const s of e.synonyms) featuresOf(s, 2, b);
    featuresOf(e.summary, 1, b);
    featuresOf(e.category, 1, b);
    for (const f of e.facts) featuresOf(f, 1, b);
    for (const q of e.questions) featuresOf(q, 1, b);
    return b;
  });
  const questionOwner: number[] = [];
  const questionDocs: Bag[] = [];
  entries.forEach((e, i) => {
    for (const q of e.questions) {
      questionDocs.push(featuresOf(q));
      questionOwner.push(i);
    }
  });
  const entryCorpus = corpus(entryDocs);
  const questionCorpus = corpus(questionDocs);
  // The entries' English wording: an English question's words that the lexicon does not map ("how many sessions",
  // "by when") still tell which of the chosen entry's facts is meant. (Choosing the entry stays with the mapped
  // Chinese terms: scoring entries by their English wording too, even by the unmapped words only, moved close calls
  // the wrong way: "responsible", "held" and "partner" are in many entries' English.)
  // The entries as English documents, for an English question in which the lexicon found none of the plan's terms
  // ("When do we send the report to lead unit each quarter?"): then its own words choose, else nothing would.
  const englishCorpus = corpus(
    entries.map((e) => {
      const b = bag(englishTerms(e.en.title), 2);
      bag(englishTerms(e.en.summary), 1, b);
      for (const f of e.en.facts) bag(englishTerms(f), 1, b);
      return b;
    }),
  );
  const englishIdf = (t: string): number => rarity(englishCorpus.postings.get(t)?.docs.length ?? 0, n);
  const englishFactTerms = new Map<Entry, Array<Set<string>>>(entries.map((e) => [e, e.en.facts.map((f) => new Set(englishTerms(f)))]));

  // Rarity of a term across entries: common words (创业, 荆州) count little, rare ones (集体建设用地) decide.
  const n = entries.length;
  const idfCache = new Map<string, number>();
  const idf = (t: string): number => {
    let v = idfCache.get(t);
    if (v === undefined) {
      const df = entryCorpus.postings.get(t)?.docs.length ?? 0;
      v = rarity(df, n);
      idfCache.set(t, v);
    }
    return v;
  };

  const unseenIdf = Math.log(1 + (n + 0.5) / 0.5);

  const factTokens = new Map<Entry, Array<Set<string>>>(
    entries.map((e) => [e, e.facts.map((f) => new Set([...words(f), ...bigrams(prep(f)), ...figures(prep(f))]))]),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  const positions = new Map(entries.map((e, i) => [e, i]));

  function queryBag(query: Pick<Analysis, 'tokens' | 'text'>): Bag {
    const b = bag(query.tokens);
    bag(bigrams(query.text), BIGRAM_WEIGHT, b);
    // (Only figures the plan gives: another number said, an amount of one's own, must not read as an unknown word.)
    bag(
      figures(query.text).filter((f) => entryCorpus.postings.has(f)),
      1,
      b,
    );
    // A story told before the question ("在天津工地上干了十几年 … 想回公安开个小超市 有么扶持政策"): the question, said
    // last, weighs more than the story's words.
    const english = LATIN_WORDS.test(query.text);
    // (English separates words by spaces: its clauses are its sentences, "… born in Jingzhou. What is the max loan?")
    const clauses = query.text.split(english ? /[.;!?。；！？]+/ : /[\s,，。;；!！?？]+/).filter((c) => c.trim().length >= 2);
    const chars = english ? ENGLISH_STORY_CHARS : STORY_CHARS;
    // (The question is the clause with the question mark, when a remark follows it: "招商大使是怎么选的？商会想推荐两位".)
    // (Else the last clause that asks, when remarks follow it: "有没有么子服务站之类的 可以给他们讲讲政策 我可以帮忙宣传".)
    const at = english ? -1 : clauses.findLastIndex((c) => ASKING_CLAUSE.test(c));
    // (With the asking clauses right before it: "你们那个培训都哪些人可以参加 要交钱不" asks both.)
    let from = at;
    // (Not "好多返乡的在里面开店": 好多 before a noun is "many", said of the story.)
    while (from > 0 && ASKING_CLAUSE.test(clauses[from - 1]!.replace(/好多(?=[\u4e00-\u9fff]{2})/g, ''))) from--;
    const asking = at >= 0 ? clauses.slice(from, at + 1).join(' ') : undefined;
    const last = (!english && askedClause(query.text)) || asking || (clauses.at(-1) ?? '');
    // ("What is that database for?" asks of the story's database: the story is the question's subject then.)
    const refersToStory = english && /\b(?:that|this|it|those|these|they|them|its)\b/i.test(last);
    if (clauses.length >= (english ? 2 : STORY_CLAUSES) && query.text.length >= chars && !refersToStory) {
      for (const [t, w] of b) if (last.includes(t)) b.set(t, w * (1 + QUESTION_CLAUSE_BOOST));
    }
    return b;
  }

  /**
   * The query without the places it names as context ("我是监利的", "在东莞打工"): they must not pick the entry (the
   * labour-brand article names 监利铍铝商), though they still rank the chosen entry's facts. A place that is part of
   * a thing's name ("石首防水工", "沙市机场") stays: then it is the topic.
   */
  function topicOf(query: Analysis): Pick<Analysis, 'tokens' | 'text'> {
    const spans = placeSpans(query.text);
    const asksUnit = query.text.match(UNIT_QUESTION);
    if (!spans.length && !asksUnit) return query;
    const context = new Set(spans.map((s) => s.place));
    // Words of "哪个单位负责" go too: who handles a topic is asked of the topic's entry, not of entries that list units.
    const unitWords = new Set(asksUnit ? analyzer.tokenize(asksUnit.join(' ')) : []);
    // The pieces of a place go with it: "荆州高新区" also gives the tokens 荆州, 高新, 新区 and 高新区.
    const ofPlace = (t: string) =>
      (isPlaceToken(t) && [...context].some((p) => p.startsWith(t) || t.startsWith(p))) ||
      [...context].some((p) => p.length > t.length && p.includes(t));
    const kept = query.tokens.filter((t) => !unitWords.has(t) && !ofPlace(t));
    return { tokens: kept, text: withoutPlaces(query.text).replace(UNIT_QUESTION, (m) => ' '.repeat(m.length)) };
  }

  const rankedFacts = new WeakMap<Analysis, Map<Entry, Array<{ fact: string; score: number }>>>();

  return {
    entries,
    get: (id) => byId.get(id),
    saysInEnglish: (entry, term) => englishCorpus.docs[positions.get(entry) ?? -1]?.has(term) ?? false,
    terms: (query) => queryBag(query),
    search(query, limit = 5) {
      const q = queryBag(topicOf(query));
      const entryScores = bm25(entryCorpus, q, idf);
      const questionScores = bm25(questionCorpus, q, idf);
      const best = new Float64Array(n);
      for (let i = 0; i < questionScores.length; i++) {
        const owner = questionOwner[i]!;
        if (questionScores[i]! > best[owner]!) best[owner] = questionScores[i]!;
      }
      const { coverage, known } = coverageOf(entryCorpus, q, idf);
      if (query.language === 'en' && !known) return searchEnglish(query, limit);
      const hits: Hit[] = [];
      for (let i = 0; i < n; i++) {
        const score = entryScores[i]! + QUESTION_WEIGHT * best[i]!;
        if (score <= 0) continue;
        hits.push({ entry: entries[i]!, score, coverage: coverage(i) });
      }
      hits.sort((a, b) => b.score - a.score);
      return hits.slice(0, limit);
    },
    rankFacts(entry, query) {
      // One message's facts are often ranked twice (choosing among close entries, then composing the answer):
      // remembered per analysis object (never changed once made) and entry, handed out as copies.
      let byEntry = rankedFacts.get(query);
      if (!byEntry) {
        byEntry = new Map();
        rankedFacts.set(query, byEntry);
      }
      let ranked = byEntry.get(entry);
      if (!ranked) {
        ranked = rankFactsOnce(entry, query);
        byEntry.set(entry, ranked);
      }
      return ranked.map((r) => ({ ...r }));
    },
  };

  /**
   * Each entry's share of the query's weight by rarity, and whether any query term is known at all. Words the knowledge
   * base has never seen weigh as much as its rarest words: a message about something else ("推荐个好吃的鱼糕店") must
   * not look covered because only its known words count. Summed along the postings (the entries holding each term),
   * term by term: the same sums as testing every entry for every term, without visiting the entries lacking it.
   */
  function coverageOf(c: Corpus, q: Bag, rarityOf: (t: string) => number): { coverage: (doc: number) => number; known: boolean } {
    let mass = 0;
    let known = false;
    const covered = new Float64Array(n);
    for (const [t, w] of q) {
      const posting = c.postings.get(t);
      if (!posting) {
        mass += unseenIdf * w;
        continue;
      }
      known = true;
      const weight = rarityOf(t) * w;
      mass += weight;
      for (const doc of posting.docs) covered[doc]! += weight;
    }
    return { coverage: (doc) => (mass ? covered[doc]! / mass : 0), known };
  }

  /** BM25 over the entries' English wording, coverage as for Chinese. */
  function searchEnglish(query: Analysis, limit: number): Hit[] {
    const q = bag(englishTerms(withoutFeeAsking(query.raw)));
    // One word alone ("No worries, thanks.") is too little to choose an article by.
    if (q.size < ENGLISH_MIN_TERMS) return [];
    const scores = bm25(englishCorpus, q, englishIdf);
    const { coverage } = coverageOf(englishCorpus, q, englishIdf);
    const hits: Hit[] = [];
    for (let i = 0; i < n; i++)
      if (scores[i]! > 0) hits.push({ entry: entries[i]!, score: scores[i]!, coverage: coverage(i), byEnglishWords: true });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  function rankFactsOnce(entry: Entry, query: Analysis): Array<{ fact: string; score: number }> {
    const q = queryBag(query);
    const sets = factTokens.get(entry) ?? entry.facts.map(() => new Set<string>());
    const within = withinOf(sets);
    // An English question also meets each fact's English wording (the English fact at the same place).
    const english = query.language === 'en' ? englishTerms(withoutFeeAsking(query.raw)) : [];
    const englishSets = englishFactTerms.get(entry) ?? [];
    const withinEnglish = withinOf(englishSets);
    // A figure said as written ("那个2.0具体指啥", "2239是么数"), which no word carries: the facts that give it.
    const figures = [...new Set(query.raw.match(LITERAL_FIGURE) ?? [])].map((f) => [f, figurePattern(f)] as const);
    return entry.facts
      .map((fact, i) => {
        let score = figures.some(([f, exact]) => fact.includes(f) && exact.test(fact)) ? LITERAL_FIGURE_SCORE : 0;
        for (const [t, w] of q) if (sets[i]!.has(t)) score += idf(t) * w * within(t) + 0.05;
        for (const t of new Set(english)) if (englishSets[i]?.has(t)) score += englishIdf(t) * withinEnglish(t);
        return { fact, score, i };
      })
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map(({ fact, score }) => ({ fact, score }));
  }
}
