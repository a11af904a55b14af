import { z } from 'zod';

/** Categories staff may use; a typo in knowledge/ fails start-up instead of silently creating a new one. */
export const CATEGORIES = [
  '总体目标',
  '创业平台',
  '创业项目',
  '劳务品牌',
  '创业培训',
  '创业政策',
  '金融贷款',
  '用地保障',
  '人才支持',
  '信息库',
  '联络站',
  '招商大使',
  '节日招商',
  '品牌活动',
  '中省平台',
  '叩门拜访',
  '精准服务',
  '十问十帮',
  '典型宣传',
  '工作要求',
  '联席会议',
  '任务清单',
  '联系方式',
] as const;

/** Categories of the plan's articles about events the city holds (festivals, brand events, sessions on national platforms). */
export const EVENT_ARTICLES: ReadonlySet<string> = new Set<(typeof CATEGORIES)[number]>(['节日招商', '品牌活动', '中省平台']);

/** Names people ask the plan's events by. */
export const EVENT_NAMES =
  /楚商大会|楚文化节|小龙虾节|桃花节|石油机械装备制造大会|纺织服装大会|招商恳谈会|恳谈会|推介会|训练营|对接会|创业大赛|农机手大赛|双创大赛|座谈会|招聘会|团拜会|沙龙|峰会|进博会|链博会|投洽会|华创会|相约春天赏樱花|清明话家乡|博览会|展会/;

/** A title without its bracketed part ("建立楚商联络站(招商服务专线…)": 建立楚商联络站), as choices and lists show it. */
export const shortTitle = (title: string): string => title.split(/[((]/)[0]!.trim();

export const PLANS = {
  notice: '《关于印发荆州市大规模推进楚商回乡和返乡创业工作方案等文件的通知》',
  returnee: '《荆州市大规模推进返乡创业工作方案》',
  chushang: '《荆州市大规模推进楚商回乡招商引资工作方案》',
  meeting: '《荆州市推进楚商回乡和返乡创业联席会议制度》',
  tasks: '《2025年荆州市大规模推进楚商回乡和返乡创业工作任务清单》',
} as const;

const text = z.string().trim().min(1, 'must not be empty');

/** The entry in English, for people who write in English: the same content, the same figures, nothing added. */
const EnglishSchema = z.strictObject({
  /** A short title, like `title` (shown on clarifying choices). */
  title: text,
  /** One or two sentences, like `summary`. */
  summary: text,
  /** The `source` reference in English, e.g. "Jingzhou Plan for Promoting Returnee Entrepreneurship on a Large Scale, part 6". */
  source: text,
  /** The key facts in English, figures exactly as in `facts` (30万元 → 300,000 yuan); a test compares them number by number. */
  facts: z.array(text).min(1, 'needs at least one fact'),
  /** English names of `units`, in the same order. */
  units: z.array(text).default([]),
});

const EntrySchema = z
  .strictObject({
    /** Stable id, e.g. `returnee.06.finance`; other data and logs refer to it, so never rename one. */
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'must look like plan.NN.slug (lower-case letters, digits, dots, dashes)'),
    title: text,
    category: z.enum(CATEGORIES),
    /** Which plan and which article, e.g. 《荆州市大规模推进返乡创业工作方案》六. */
    source: text,
    /** Plain-language summary in one or two sentences. */
    summary: text,
    /** Key facts as short self-contained sentences, most decisive first; only what the document says. */
    facts: z.array(text).min(1, 'needs at least one fact'),
    /** Responsible units exactly as the document names them. */
    units: z.array(text).default([]),
    deadline: text.optional(),
    /** Things people ask about that the document does not specify (e.g. 贷款利率); answered honestly, never invented. */
    unspecified: z.array(text).default([]),
    /** Example questions as people type them; every entry must be found by its own examples. */
    questions: z.array(text).min(2, 'needs at least two example questions'),
    /** Words and phrases people use for this topic, including colloquial names. */
    synonyms: z.array(text).default([]),
    /** The same entry in English (required: English questions get English answers). */
    en: EnglishSchema,
  })
  .refine((entry) => entry.en.units.length === entry.units.length, {
    message: 'en.units must name each of units in English, in the same order',
    path: ['en', 'units'],
  });

export const KnowledgeFileSchema = z.strictObject({
  entries: z.array(EntrySchema).min(1),
});

export type Entry = z.infer<typeof EntrySchema>;
