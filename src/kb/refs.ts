import { type Entry, PLANS } from './schema.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 from Arabic digits or Chinese numerals (九, 十三, 二十). */
function parseOrdinal(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return undefined;
  const [, head, ten, tail] = m;
  if (!ten) return head && !tail ? CN_DIGITS[head] : undefined;
  return (head ? CN_DIGITS[head]! : 1) * 10 + (tail ? CN_DIGITS[tail]! : 0);
}

/** The task list has 13 rows. */
const LAST_TASK = 13;

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

/**
 * Which document a message names ("任务清单", "楚商回乡那个方案", "返乡创业的方案"), how its sources spell article `n`,
 * and, for the plans, the title their entries' sources begin with.
 */
const DOCUMENTS: Array<{ names: RegExp; source: (n: number) => RegExp; plan?: string }> = [
  { names: /任务清单|清单|任务|\btasks?\b/i, source: (n) => new RegExp(`任务清单》第${n}项$`) },
  {
    names: /招商引资(?:工作)?(?:的|那个|这个)?方案|楚商回乡(?:招商)?(?:引资)?(?:工作)?(?:的|那个|这个)?方案|楚商(?:的)?方案/,
    source: (n) => new RegExp(`招商引资工作方案》[(（]${CN_NUMERALS[n]}[)）]$`),
    plan: PLANS.chushang,
  },
  {
    names: /返乡创业(?:工作)?(?:的|那个|这个)?方案|创业(?:的)?方案/,
    source: (n) => new RegExp(`返乡创业工作方案》${CN_NUMERALS[n]}$`),
    plan: PLANS.returnee,
  },
  { names: /通知/, source: (n) => new RegExp(`文件的通知》(开头及)?${CN_NUMERALS[n]}$`) },
  { names: /联席会议(?:的|那个|这个)?制度/, source: (n) => new RegExp(`联席会议制度》${CN_NUMERALS[n]}$`), plan: PLANS.meeting },
];

/** The plan a message names as a whole ("楚商回乡那个方案有几条措施"): the title its entries' sources begin with. */
export function namedPlan(text: string): string | undefined {
  return DOCUMENTS.find((d) => d.plan && d.names.test(text))?.plan;
}

const ARTICLE =
  /第\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(项|条|点|部分|个任务|大项)?|(?:任务|\btask\s*(?:no\.?\s*|#\s*)?)(\d{1,2})(?!\d)|[(（]([一二三四五六七八九十]{1,3})[)）]/i;

/**
 * The entry a message names by its place in the document ("任务清单第9项", "招商方案第(六)条", "返乡创业方案第三条"),
 * so that numbered references are answered exactly instead of by word overlap. English names the rows too ("task 12").
 */
export function referencedEntry(text: string, entries: readonly Entry[], options: { bareItem?: boolean } = {}): Entry | undefined {
  const m = ARTICLE.exec(text);
  const last = /最后一(项|条|个任务)/.test(text) && /任务|清单/.test(text);
  if (!m && !last) return undefined;
  const n = last ? LAST_TASK : parseOrdinal(m?.[1] ?? m?.[3] ?? m?.[4] ?? '');
  if (!n || n > 13) return undefined;
  for (const doc of DOCUMENTS) {
    if (!doc.names.test(text)) continue;
    const source = doc.source(n);
    return entries.find((e) => source.test(e.source));
  }
  // With `bareItem`, "第6项里面县里要建几个站": 项 counts the task list's rows (the plans' articles are 条), though
  // no document is named (not for a follow-up restated with a row's number, which its topic answers).
  if (options.bareItem && m?.[2] === '项') {
    const source = DOCUMENTS[0]!.source(n);
    return entries.find((e) => source.test(e.source));
  }
  return undefined;
}
