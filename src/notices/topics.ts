import { valuesOf } from './field-values.ts';

/**
 * The kinds of event notices a subscriber may narrow to ("只要端午中秋这种过节的活动", "再加个创业培训的") and staff may
 * mark a notice with (`notices add --topic 创业培训`, or "洪湖 培训" as the chat form's audience). A notice marked with
 * no kind reaches every subscriber of its places; a subscriber who narrowed to none hears every kind. The words are
 * those of the plan's events: its festivals, the promotion events, the trainings and camps, the government-bank-business
 * meetings, the forums.
 */
export interface NoticeTopic {
  name: string;
  en: string;
  words: RegExp;
}

export const NOTICE_TOPICS: readonly NoticeTopic[] = [
  {
    name: '节日',
    en: 'festival events',
    words:
      /春节|过年|团拜|清明|端午|中秋|国庆|元宵|重阳|节日|过节|节庆|节会|(?:小龙虾|桃花|楚文化|荷花|橘)节|\bfestivals?\b|\bspring festival\b|\bdragon boat\b|\bmid-autumn\b/i,
  },
  {
    name: '招商推介',
    en: 'investment promotion',
    words: /招商|推介会|推介活动|恳谈|项目对接|签约|大会|投资|楚商的?活动|\binvestment\b|\bpromotion\b|\bfairs?\b|\bexpos?\b/i,
  },
  {
    name: '创业培训',
    en: 'business training',
    // ("只要创业类的": the kinds are named by their first word.)
    words: /培训|训练营|课程|讲座|马兰花|头雁|创业类|\btrainings?\b|\bcourses?\b|\bworkshops?\b|\bboot ?camps?\b/i,
  },
  {
    name: '金融对接',
    en: 'bank and finance meetings',
    words: /政银企|银行|贷款|融资|金融|\bbanks?\b|\bloans?\b|\bfinanc/i,
  },
  {
    name: '座谈交流',
    en: 'forums and meet-ups',
    words: /座谈|沙龙|交流会|老乡会|联谊|论坛|\bforums?\b|\bsalons?\b|\bmeet-?ups?\b/i,
  },
];

const byName = new Map(NOTICE_TOPICS.map((t) => [t.name, t]));

/** The kinds a text names, in the list's order ("端午中秋这种过节的": 节日). */
export function topicsIn(text: string): string[] {
  return NOTICE_TOPICS.filter((t) => t.words.test(text)).map((t) => t.name);
}

/** The words of a text that named a kind ("小龙虾节" for 节日), when not the kind's own name. */
export function kindWordIn(text: string, topic: string): string | undefined {
  const found = byName.get(topic)?.words.exec(text)?.[0];
  return found && !text.includes(topic) && !topic.includes(found) ? found : undefined;
}

/** A kind by its name as staff type it ("培训", "节日", "创业培训"), if it is one. */
export function topicNamed(name: string): string | undefined {
  const wanted = name.trim();
  if (byName.has(wanted)) return wanted;
  return NOTICE_TOPICS.find((t) => t.name.includes(wanted) || t.words.test(wanted))?.name;
}

/** Whether a notice of kinds `notice` concerns a subscriber of kinds `wanted` (none on either side: every kind). */
export function topicMatches(notice: string | null | undefined, wanted: string | null | undefined): boolean {
  const of = valuesOf(notice);
  const want = valuesOf(wanted);
  return !of.length || !want.length || of.some((t) => want.includes(t));
}

/** The kinds in English ("festival events and business training"). */
export const topicsEn = (topics: readonly string[]): string => topics.map((t) => byName.get(t)?.en ?? t).join(' and ');

/** What the kinds are, for a reply that offers them. */
export const TOPIC_LIST = NOTICE_TOPICS.map((t) => t.name).join('、');
export const TOPIC_LIST_EN = NOTICE_TOPICS.map((t) => t.en).join(', ');
