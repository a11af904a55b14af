import { scoreFacts } from './answer.ts';
import type { Retriever } from './retriever.ts';
import type { Entry } from './schema.ts';
import type { Analysis } from '../text/analyzer.ts';

/**
 * Two things of the plan compared in one question ("返乡创业贷和中行的稳岗扩岗专项贷款有么区别", "楚商联络站跟推介服务站是
 * 一回事不", "个人创业和合伙创业额度有么区别"): each is answered from what the plan says of it, side by side. The plan
 * never compares them itself, so the answer says so and claims no difference of its own.
 */

/** Asking how two things differ or relate. */
const COMPARES =
  /(?:有么|有什么|有啥|有何|啥|什么|么)?(?:区别|不同|差别|差异)|(?:是不是)?(?:一回事|一个东西|同一个|一码事|重复)(?:吗|不|冇|没|呢|啊|的)?|是(?:什么|么|啥)关系|(?:是)?一样(?:吗|不|的吗)/;
/** Where the first name ends and the second begins. */
const JOINS = /和|跟|与|同/;
/** Words around a name that are not part of it ("那个", "你们说的", "方案里的"). */
const AROUND =
  /^(?:那个|这个|那(?=[\u4e00-\u9fff]{2})|你们说的|你们的|方案里的?|文件里的?|清单里的?|还有)|(?:那个|这个|的|\s*(?:是不是|就是|是))$/g;
/** A name needs this many characters. */
const NAME_CHARS = 2;
/** Tokens that name nothing in particular (the programme's own words). */
const GENERIC = new Set(['返乡', '创业', '返乡创业', '楚商', '回乡', '荆州', '那个', '这个', '政策']);

export interface Compared {
  name: string;
  entry: Entry;
  fact: string;
}

/** The two things compared and what the plan says of each; undefined when the message compares nothing the plan names. */
export function comparedThings(text: string, retriever: Retriever, analyze: (text: string) => Analysis): [Compared, Compared] | undefined {
  const asked = COMPARES.exec(text);
  if (!asked) return undefined;
  // The clause that holds the comparison: from the last break before the question word.
  const before = text
    .slice(0, asked.index)
    .split(/[。?？!！,，;；]/)
    .at(-1)!
    .trim();
  const join = JOINS.exec(before);
  if (!join) return undefined;
  const first = nameOf(before.slice(0, join.index).split(/\s+/).at(-1)!);
  const second = nameOf(before.slice(join.index + join[0].length));
  if ([...first].length < NAME_CHARS || [...second].length < NAME_CHARS) return undefined;
  const a = whatThePlanSays(first, retriever, analyze);
  const b = whatThePlanSays(second, retriever, analyze, a?.fact);
  return a && b && a.fact !== b.fact ? [a, b] : undefined;
}

const nameOf = (said: string): string =>
  said
    .trim()
    .replace(AROUND, '')
    .replace(AROUND, '')
    .replace(/(?<=[\u4e00-\u9fff])(?:那个|这个)(?=[\u4e00-\u9fff])/g, '')
    .trim();

/** The entry that names the thing and its point that says most of it (not `other`, the other thing's point). */
function whatThePlanSays(name: string, retriever: Retriever, analyze: (text: string) => Analysis, other?: string): Compared | undefined {
  const analysis = analyze(name);
  const words = analysis.tokens.filter((t) => [...t].length >= NAME_CHARS && !GENERIC.has(t));
  if (!words.length) return undefined;

  // (An article says what a thing is; a task-list row only that it is to be done: articles first.)
  const hits = retriever.search(analysis).slice(0, 3);
  const ordered = [...hits.filter((h) => h.entry.category !== '任务清单'), ...hits.filter((h) => h.entry.category === '任务清单')];
  for (const hit of ordered) {
    const facts = scoreFacts(hit.entry, analysis, retriever).map((f) => f.fact);
    // The point naming most of the thing's words, each counted by its length; a word inside a longer one counts less
    // ("召集人" in the point on the 总召集人, when another point names the 召集人 themselves).
    const weight = (f: string) =>
      f === other
        ? 0
        : words.reduce((n, w) => n + (!f.includes(w) ? 0 : new RegExp(`[总副分子]${w}`).test(f) ? w.length / 2 : w.length), 0);
    const best = facts.reduce<{ fact: string; weight: number } | undefined>((b, f) => {
      const w = weight(f);
      return w > (b?.weight ?? 0) ? { fact: f, weight: w } : b;
    }, undefined);
    if (best) return { name, entry: hit.entry, fact: best.fact };
  }
  return undefined;
}
