import { DAY_MS, formatSlot, toLocal } from '../booking/time.ts';
import { isAnswerable } from '../intent/classify.ts';
import { FESTIVALS, upcomingFestivals, type FestivalName } from '../notices/festivals.ts';
import type { EventRow } from '../notices/events.ts';
import { regionIn } from '../notices/regions.ts';
import { hometownOf } from '../leads/places.ts';
import type { Context } from '../core/context.ts';
import type { Handler } from './handler.ts';
import { contacts, entryAbout } from './handler.ts';

const EVENT_CATEGORIES = new Set(['节日招商', '品牌活动', '中省平台', '任务清单', '创业培训']);
const LISTED = 3;
/** Names people ask events by. */
const EVENT_NAMES =
  /楚商大会|楚文化节|小龙虾节|桃花节|石油机械装备制造大会|纺织服装大会|招商恳谈会|恳谈会|推介会|训练营|对接会|创业大赛|招聘会|团拜会|沙龙|峰会|博览会|展会/;
const FESTIVAL_WORDS: Record<FestivalName, RegExp> = {
  春节: /春节|过年|年前|年后/,
  清明: /清明/,
  端午: /端午/,
  中秋: /中秋/,
  国庆: /国庆|十一/,
};

/** "12月12日(周六) 14:00", with the year when it is not this year. */
function when(ms: number, now: number): string {
  const year = toLocal(ms).year;
  return `${year === toLocal(now).year ? '' : `${year}年`}${formatSlot(ms)}`;
}

const eventLine = (e: EventRow, now: number): string => `· ${when(e.startsAt, now)} ${e.title},${e.place}`;

/** How to sign up, once for the list when the events share it. */
function signup(events: EventRow[]): string[] {
  const ways = [...new Set(events.map((e) => e.signup).filter(Boolean))];
  return ways.length === 1 ? [`报名:${ways[0]}`] : [];
}

/** What the plan says about events (it gives no dates), cited. */
function planArrangement(ctx: Context, lines: string[]): void {
  const hits = ctx.classification?.hits ?? [];
  const namedEntry = isAnswerable(hits, ctx.analysis) && EVENT_CATEGORIES.has(hits[0]!.entry.category) ? hits[0]!.entry : undefined;
  const entry = namedEntry ?? entryAbout(ctx, '春节 清明节 端午节 国庆节 中秋节 黄金时期 节日团拜会 招商恳谈会');
  if (!entry) return;
  lines.push(`文件的安排(${entry.title}):`);
  for (const fact of ctx.deps.retriever.rankFacts(entry, ctx.analysis).slice(0, 2)) lines.push(`· ${fact.fact}`);
  lines.push(`依据:${entry.source}`);
  ctx.cite(entry.id);
}

/**
 * `event.ask`: the events on record, soonest first (those near the user's region or county first), a named event,
 * the festivals coming up (the plan's golden time) with events around them, and what the plan arranges. Says so
 * plainly when nothing is scheduled.
 */
export const eventAsk: Handler = (ctx) => {
  const now = ctx.deps.now().getTime();
  const text = ctx.analysis.text;
  const sub = ctx.deps.subscriptions.get(ctx.person);
  const home = hometownOf(text);
  const near = {
    region: regionIn(text) ?? sub?.region ?? null,
    county: (home && 'hometown' in home ? home.hometown : undefined) ?? sub?.county ?? null,
  };
  const all = ctx.deps.events.upcoming(new Date(now), near);
  const festival = FESTIVALS.find((f) => FESTIVAL_WORDS[f].test(text));
  const lines: string[] = [];

  if (festival) {
    const f = upcomingFestivals(new Date(now), 400).find((x) => x.name === festival)!;
    const at = Date.parse(`${f.date}T00:00:00+08:00`);
    lines.push(`${festival}是${when(at, now).replace(/ 00:00$/, '')}${f.inDays ? `,还有${f.inDays}天` : ',就是今天'}。`);
    const around = all.filter((e) => Math.abs(e.startsAt - at) <= 10 * DAY_MS);
    if (around.length) lines.push('前后的活动:', ...around.slice(0, LISTED).map((e) => eventLine(e, now)));
    else {
      lines.push('前后还没有录入具体活动。');
      planArrangement(ctx, lines);
    }
  } else {
    const name = EVENT_NAMES.exec(text)?.[0];
    const asked = name ? all.filter((e) => e.title.includes(name) || e.kind.includes(name)) : [];
    if (name && !asked.length) {
      lines.push(`目前还没有安排${name}的具体日期。`);
      planArrangement(ctx, lines);
      if (all.length) lines.push('近期其他活动:', eventLine(all[0]!, now));
    } else if (all.length) {
      const list = asked.length ? asked : all;
      lines.push(
        asked.length ? `${name}的安排:` : '近期活动:',
        ...list.slice(0, LISTED).map((e) => eventLine(e, now)),
        ...signup(list.slice(0, LISTED)),
      );
      if (list.length > LISTED) lines.push(`还有${list.length - LISTED}场。`);
    } else {
      lines.push('目前还没有安排好日期的活动。');
      planArrangement(ctx, lines);
    }
  }
  lines.push(sub?.active ? '有新活动会发通知给您。' : '想第一时间知道,回复"订阅活动通知"。');
  if (!all.length) lines.push(`具体安排可以问${contacts(ctx)}。`);
  ctx.reply(lines.join('\n'));
};
