import { DAY_MS, formatSlot, formatSlotEn, toLocal } from '../booking/time.ts';
import { BESIDE_OTHER_LINES, composeAnswerEn, spellCounts } from '../kb/answer-en.ts';
import { ASKS_FESTIVALS, askedAttributes, LEVELS } from '../kb/attribute.ts';
import { isAnswerable } from '../intent/classify.ts';
import { topicsIn } from '../notices/topics.ts';
import { FESTIVAL_WORDS, FESTIVALS, upcomingFestivals, type FestivalName } from '../notices/festivals.ts';
import type { EventRow } from '../notices/events.ts';
import { regionIn } from '../notices/regions.ts';
import { hometownOf } from '../leads/places.ts';
import { countyOf } from '../booking/vocabulary.ts';
import type { Context } from '../core/context.ts';
import type { Handler } from './handler.ts';
import { contacts, contactsEn, entryAbout } from './handler.ts';
import { EVENT_ARTICLES, EVENT_NAMES, type Entry } from '../kb/schema.ts';
import { scoreFacts, unitsLine } from '../kb/answer.ts';
import { EVENT_DETAIL_ASKED, eventDetailOf, UNNAMED_FESTIVALS } from '../intent/rules.ts';

const EVENT_CATEGORIES = new Set([...EVENT_ARTICLES, '任务清单', '创业培训']);
const LISTED = 3;
/** The plan's line on what the counties hold themselves ("各县、市、区和功能区举办…小龙虾节、桃花节等本地特色活动"). */
const COUNTIES_HOLD = /^各县、市、区和功能区举办/;
/** The plan's article on signature and local events. */
const brandEvents = (ctx: Context): Entry | undefined => ctx.deps.retriever.entries.find((e) => e.category === '品牌活动');
/** Facts of the festival entry worth their line: the activity forms (named like events are), the theme if short. */
const FORMS = new RegExp(`${EVENT_NAMES.source}|活动形式`);
const THEME = /主题/;
const SHORT_FACT = 40;
/** A reply should fit on a phone screen. */
const SCREEN = 300;

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

/** The entry the question is about, when it is one of the plan's event arrangements (a festival, a task, a brand event). */
function askedEntry(ctx: Context): Entry | undefined {
  const hits = ctx.classification?.hits ?? [];
  if (!hits[0] || !EVENT_CATEGORIES.has(hits[0].entry.category)) return undefined;
  // ("小龙虾加工…想找楚商老板合作 有冇得对接的活动": a long story covers little of any entry, yet one event arrangement
  // stands clearly first.)
  const clearlyFirst = hits[0].score >= CLEARLY_FIRST * (hits[1]?.score ?? 0);
  return isAnswerable(hits, ctx.analysis) || clearlyFirst ? hits[0].entry : undefined;
}
/** How far ahead of the next entry an event arrangement must score to be the one asked about without full coverage. */
const CLEARLY_FIRST = 1.25;

/**
 * The event arrangement the conversation is about, when the message names no article of its own ("县里会办啥活动"
 * after the brand events).
 */
function talkedAbout(ctx: Context): Entry | undefined {
  const id = ctx.session.context?.entries[0];
  const topic = id ? ctx.deps.retriever.get(id) : undefined;
  if (!topic || !EVENT_CATEGORIES.has(topic.category) || topic.category === '任务清单') return undefined;
  const hit = ctx.classification?.hits[0]?.entry;
  const names = hit?.synonyms.some((s) => [...s].length >= 2 && ctx.analysis.tokens.includes(s) && !GENERIC_EVENT_WORDS.has(s));
  return names && hit !== topic ? undefined : topic;
}
/**
 * The plan's event arrangement the message names by a word of its own ("纺织服装", "农产品精深加工", "桃花节"), not only
 * by the words any events question has.
 */
function namedArrangement(ctx: Context): Entry | undefined {
  const entry = askedEntry(ctx);
  // (A kind of event the plan names, "特色活动", "专场活动", is its own word; a bare "招商活动" is any events question's.)
  const own = (word: string) =>
    [...word].length >= 2 && !GENERIC_EVENT_WORDS.has(word) && (NAMED_KIND.test(word) || !/活动|推介|对接|大会|^会$/.test(word));
  return entry?.synonyms.some((s) => own(s) && ctx.analysis.tokens.includes(s)) ? entry : undefined;
}
/** Kinds of events the plan arranges under their own name. */
const NAMED_KIND = /^(?:本地)?特色活动$|^品牌活动$|^专场活动$/;
/** Words any events question has, naming no arrangement. */
const GENERIC_EVENT_WORDS: ReadonlySet<string> = new Set(['活动', '招商活动', '招商', '楚商']);

/** A date asked as a follow-up on one of the plan's event articles (pinned by the conversation). */
const asksDateOf = (ctx: Context): boolean =>
  Boolean(ctx.classification?.reason.startsWith('follow-up') && askedEntry(ctx) && askedAttributes(ctx.analysis.text).includes('when'));

/** Festivals with an arrangement of their own in the plan, and the words that find it. */
const OWN_ARRANGEMENT: Partial<Record<FestivalName, string>> = { 清明: '清明节 清明话家乡 系列推介活动' };

/** The arrangement of its own of a festival the message names, if the plan has one. */
function ownArrangement(ctx: Context): Entry | undefined {
  const words = FESTIVALS.filter((name) => OWN_ARRANGEMENT[name] && FESTIVAL_WORDS[name].test(ctx.analysis.text)).map(
    (name) => OWN_ARRANGEMENT[name]!,
  );
  return words.length ? entryAbout(ctx, words[0]!) : undefined;
}

/** The plan's festival promotion (做实重大节日招商): the festivals it names, the activity forms, the theme. */
const festivalEntry = (ctx: Context): Entry | undefined =>
  entryAbout(ctx, '春节 清明节 端午节 国庆节 中秋节 黄金时期 节日团拜会 招商恳谈会');

/** What the plan says about events (it gives no dates), cited. */
function planArrangement(ctx: Context, lines: string[], name?: string): void {
  // "有冇得银行和政府坐一起的那种会": an event the plan names in an article of another kind (the loans' 政银企对接会).
  const naming = name ? ctx.classification?.hits.find((h) => h.entry.facts.some((f) => f.includes(name)))?.entry : undefined;
  const entry = askedEntry(ctx) ?? naming ?? festivalEntry(ctx);
  if (!entry) return;
  lines.push(`文件的安排(${entry.title}):`);
  for (const fact of ctx.deps.retriever.rankFacts(entry, ctx.analysis).slice(0, 2)) lines.push(`· ${fact.fact}`);
  // Who arranges it, to ask the dates the plan does not give.
  const units = unitsLine(entry, 2);
  if (units) lines.push(`负责单位:${units}`);
  lines.push(`依据:${entry.source}`);
  ctx.cite(entry.id);
}

const length = (lines: string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);

/** Facts of the plan with their entries, under one heading and one line of sources. */
function arrangementLines(items: Array<{ entry: Entry; fact: string }>): string[] {
  const entries = [...new Set(items.map((i) => i.entry))];
  if (!entries.length) return [];
  const units = entries.length === 1 ? unitsLine(entries[0]!, 2) : '';
  return [
    entries.length === 1 ? `文件的安排(${entries[0]!.title}):` : '文件的安排:',
    ...items.map((i) => `· ${i.fact}`),
    ...(units ? [`负责单位:${units}`] : []),
    `依据:${entries.map((e) => e.source).join(';')}`,
  ];
}

/**
 * What the plan arranges for festivals, cited, in about `room` characters: first the arrangement the question is
 * more precisely about (清明话家乡 for 清明), then the festival promotion's facts naming the festivals (the "golden
 * time"), the activity forms (团拜会、恳谈会 ...) and the theme. The theme and then the festivals go when they do not
 * fit; the forms and the precise arrangement always stay. A festival the plan does not name has no precise one
 * (`precise` false): what retrieval finds for "七夕" is another festival's.
 */
function festivalArrangement(ctx: Context, room: number, precise = true): string[] {
  const festivals = festivalEntry(ctx);
  const found = precise ? askedEntry(ctx) : undefined;
  // "清明回去有冇得活动": the festival's own arrangement, when the plan has one, even where retrieval found only the
  // festival promotion.
  const asked = found && found.id !== festivals?.id ? found : precise ? (ownArrangement(ctx) ?? found) : found;
  let items: Array<{ entry: Entry; fact: string }> = [];
  if (asked && asked.id !== festivals?.id) {
    // "松滋县里会搞不": of the arrangement's points, the one about the level asked (each county's count).
    const ranked = ctx.deps.retriever.rankFacts(asked, ctx.analysis);
    const level = LEVELS.find((l) => l.asks.test(ctx.analysis.text));
    const top = (level && ranked.find((f) => level.fact.test(f.fact))) || ranked[0];
    if (top) items.push({ entry: asked, fact: top.fact });
  }
  let optional: string[] = [];
  if (festivals) {
    const { golden, forms, theme } = festivalPoints(festivals);
    const facts = festivals.facts;
    const wanted = [golden, forms, theme];
    items.push(...facts.filter((f) => wanted.includes(f)).map((fact) => ({ entry: festivals, fact })));
    optional = [theme, golden].filter((f): f is string => Boolean(f));
  }
  for (const drop of optional) {
    if (length(arrangementLines(items)) <= room) break;
    items = items.filter((i) => i.fact !== drop);
  }
  for (const entry of new Set(items.map((i) => i.entry))) ctx.cite(entry.id);
  return arrangementLines(items);
}

/** The festival promotion's points: the festivals it names (the "golden time"), the activity forms, the theme. */
function festivalPoints(entry: Entry) {
  const facts = entry.facts;
  const forms = facts.find((f) => FORMS.test(f));
  return {
    golden: facts.find((f) => FESTIVALS.filter((name) => f.includes(name)).length >= 3),
    forms,
    theme: facts.find((f) => THEME.test(f) && f.length <= SHORT_FACT && f !== forms),
  };
}

const FESTIVAL_EN: Record<FestivalName, string> = {
  春节: 'Spring Festival',
  清明: 'Qingming',
  端午: 'Dragon Boat Festival',
  国庆: 'National Day',
  中秋: 'Mid-Autumn Festival',
};

/**
 * What an events question is asked against, in either language: the events on record (near the user's region or
 * county first), the festivals of the next 400 days, and those the message names.
 */
function eventsAsked(ctx: Context) {
  const now = ctx.deps.now().getTime();
  const text = ctx.analysis.text;
  const sub = ctx.deps.subscriptions.get(ctx.person);
  const home = hometownOf(text);
  const near = {
    region: regionIn(text) ?? sub?.region ?? null,
    county: (home && 'hometown' in home ? home.hometown : undefined) ?? sub?.county ?? null,
  };
  const all = ctx.deps.events.upcoming(new Date(now), near);
  const coming = upcomingFestivals(new Date(now), 400);
  const festivals = coming.filter((f, i) => FESTIVAL_WORDS[f.name].test(text) && coming.findIndex((x) => x.name === f.name) === i);
  return { now, text, sub, all, coming, festivals };
}

/**
 * `event.ask` in English: the festivals asked about with their dates, the events on record (their names and places
 * are staff's, in Chinese), and what the plan arranges, as an English answer of its entry.
 */
function eventAskEn(ctx: Context): void {
  const { sub, all, festivals } = eventsAsked(ctx);
  const day = (f: { date: string; inDays: number }) =>
    `${formatSlotEn(Date.parse(`${f.date}T00:00:00+08:00`)).replace(/ 00:00$/, '')} ${toLocal(Date.parse(`${f.date}T00:00:00+08:00`)).year}${f.inDays ? `, in ${f.inDays} days` : ', today'}`;
  const lines: string[] = [];
  if (festivals.length) lines.push(`${festivals.map((f) => `${FESTIVAL_EN[f.name]}: ${day(f)}`).join('; ')}.`);
  // "When is the next one?" after one of the plan's event articles: the plan gives no dates, said first.
  else if (asksDateOf(ctx)) lines.push('The plan does not give the dates of these events.');
  // Asked about a festival, the events around it (as in Chinese), after what the plan holds then.
  const days = festivals.map((f) => Date.parse(`${f.date}T00:00:00+08:00`));
  const listed = (festivals.length ? all.filter((e) => days.some((at) => Math.abs(e.startsAt - at) <= 10 * DAY_MS)) : all).slice(0, LISTED);
  const recorded = listed.length
    ? ['Events on record (names as staff wrote them):', ...listed.map((e) => `· ${formatSlotEn(e.startsAt)} ${e.title}, ${e.place}`)]
    : [festivals.length ? 'No event around then is on record yet.' : 'No event with a date is on record yet.'];
  if (!festivals.length) lines.push(...recorded);
  // (Not when an arrangement is asked for by name: "Chushang events at the CIIE", asked from Shanghai.)
  const away = namesAnArrangement(ctx) ? [] : stationsAway(ctx, true);
  const entry = askedEntry(ctx) ?? festivalEntry(ctx);
  if (away.length && !festivals.length) {
    // "Are there any events here in Guangzhou?": the stations there come before the festivals at home.
    lines.push('Where you are, the plan arranges:', ...away.map((a) => `• ${spellCounts(a.fact)}`));
  } else if (entry) {
    // (Asked of a festival, the promotion's events, 团拜会 and 恳谈会, lead, as in Chinese.)
    const festivalPromotion = festivals.length && entry.id === festivalEntry(ctx)?.id ? festivalPoints(entry) : undefined;
    const lead = [festivalPromotion?.forms, festivalPromotion?.golden].filter((f): f is string => Boolean(f));
    lines.push(composeAnswerEn(entry, ctx.analysis, ctx.deps.retriever, ctx.deps.knowledge, ctx.analysis.raw, BESIDE_OTHER_LINES, lead));
    ctx.cite(entry.id);
  }
  if (festivals.length) lines.push(...recorded);
  lines.push(sub?.active ? 'New events will be sent to you.' : 'To hear of new events first, say "subscribe to event notices".');
  ctx.reply(lines.join('\n'));
}

/**
 * "能带家属去吗", "活动要钱不", "在哪里报名" right after events were shown: the detail as the events on record give it
 * (how to sign up), or that they do not say, with the events and whom to ask. False when no such detail is asked.
 */
function eventDetail(ctx: Context): boolean {
  const detail = ctx.classification?.reason === EVENT_DETAIL_ASKED ? eventDetailOf(ctx.analysis.said.trim()) : undefined;
  if (!detail) return false;
  const en = ctx.language === 'en';
  const { now, all } = eventsAsked(ctx);
  const shown = all.slice(0, 2);
  const ways = signup(shown);
  const given = detail.what === '报名方式' && ways.length > 0;
  const lines: string[] = [];
  if (!shown.length) lines.push(en ? 'No event with a date is on record yet.' : '活动表里还没有安排好日期的活动。');
  else if (!given) lines.push(en ? `The events on record do not say ${detail.whatEn}.` : `活动表里没有写明${detail.what}。`);
  if (shown.length)
    lines.push(
      en ? 'Events on record (names as staff wrote them):' : '近期活动:',
      ...shown.map((e) => (en ? `· ${formatSlotEn(e.startsAt)} ${e.title}, ${e.place}` : eventLine(e, now))),
    );
  if (ways.length) lines.push(en ? `To sign up: ${ways[0]!.replace(/^报名:/, '')}` : ways[0]!);
  if (!given || !ways.length) lines.push(en ? `Details: ask ${contactsEn(ctx)}.` : `具体可以问${contacts(ctx)}。`);
  ctx.reply(lines.join('\n'));
  return true;
}

/** Arrangements asked for by what they are (the national platforms' sessions, the brand events), not only by "events". */
const NAMED_ARRANGEMENTS: ReadonlySet<string> = new Set(['中省平台', '品牌活动']);
const namesAnArrangement = (ctx: Context): boolean => NAMED_ARRANGEMENTS.has(askedEntry(ctx)?.category ?? '');

/**
 * Asked from where one works away from home ("我在广州 有活动冇", "here in Guangzhou"): the plan's service stations
 * in those regions, which hold promotions and boot camps there. Their facts, with their entries; none when the
 * message names no such place.
 */
function stationsAway(ctx: Context, english: boolean): Array<{ entry: Entry; fact: string }> {
  if (!regionIn(ctx.inbound.text)) return [];
  const { zh, en } = STATION_FACTS;
  // (Found by what the points say, in the entries as loaded: no search on each question.)
  return (english ? en : zh).flatMap((said) => {
    for (const entry of ctx.deps.retriever.entries) {
      const fact = (english ? entry.en.facts : entry.facts).find((f) => said.test(f));
      if (fact) return [{ entry, fact }];
    }
    return [];
  });
}

/** The service stations' points shown to those away: where they are set up, and their yearly boot camp. */
const STATION_FACTS = {
  zh: [/推介服务站.*(长三角|珠三角)|(长三角|珠三角).*推介服务站/, /推介服务站.*训练营/],
  en: [/service stations?\b.*(?:Yangtze|Pearl)|(?:Yangtze|Pearl).*service stations?/i, /service station.*boot camp/i],
};

/** "2027年2月6日(周六),还有68天". */
const festivalDay = (f: { date: string; inDays: number }, now: number): string =>
  `${when(Date.parse(`${f.date}T00:00:00+08:00`), now).replace(/ 00:00$/, '')}${f.inDays ? `,还有${f.inDays}天` : ',就是今天'}`;

/**
 * `event.ask`: the events on record, soonest first (those near the user's region or county first), a named event,
 * the festivals asked about (the plan's golden time: their dates, the activity forms, events around them), a
 * festival the plan does not name (said so, with the ones it names), and what the plan arranges. Says so plainly
 * when nothing is scheduled.
 */
export const eventAsk: Handler = (ctx) => {
  if (eventDetail(ctx)) return;
  if (ctx.language === 'en') return eventAskEn(ctx);
  const { now, text, sub, all, coming, festivals } = eventsAsked(ctx);
  const unnamed = UNNAMED_FESTIVALS.filter((f) => f.words.test(text)).map((f) => f.name);
  const lines: string[] = [];
  const closing = [sub?.active ? '有新活动会发通知给您。' : '想第一时间知道,回复"订阅活动通知"。'];
  if (!all.length) closing.push(`具体安排可以问${contacts(ctx)}。`);

  if (festivals.length) {
    lines.push(`${festivals.map((f) => `${f.name}是${festivalDay(f, now)}`).join(';')}。`);
    if (unnamed.length) lines.push(`文件没有提到${unnamed.join('、')}。`);
    const days = festivals.map((f) => Date.parse(`${f.date}T00:00:00+08:00`));
    const around = all.filter((e) => days.some((at) => Math.abs(e.startsAt - at) <= 10 * DAY_MS)).slice(0, LISTED);
    const aroundLines = around.length ? ['前后的活动:', ...around.map((e) => eventLine(e, now))] : ['前后还没有录入具体活动。'];
    // The closing lines carry the contacts only when nothing is on record: a long list leaves room for fewer facts.
    const room = SCREEN - length(lines) - length(aroundLines) - length(closing);
    lines.push(...festivalArrangement(ctx, room), ...aroundLines);
  } else if (ASKS_FESTIVALS.test(text)) {
    // "一般放在哪些节日搞": the festivals the plan names (the golden time) and what is held then, then what is on record.
    const soon = all.length ? ['近期活动:', eventLine(all[0]!, now)] : [];
    const room = SCREEN - length(soon) - length(closing);
    lines.push(...festivalArrangement(ctx, room, false), ...soon);
  } else if (unnamed.length) {
    // The plan's festival promotion names its festivals: cited instead of a refusal, with the next of them.
    const next = coming[0] ? [`节日招商的节日里最近的是${coming[0].name}:${festivalDay(coming[0], now)}。`] : [];
    const soon = all.length ? ['近期活动:', eventLine(all[0]!, now)] : [];
    lines.push(`文件没有提到${unnamed.join('、')}的活动安排。`);
    const room = SCREEN - length(lines) - length(next) - length(soon) - length(closing);
    lines.push(...festivalArrangement(ctx, room, false), ...next, ...soon);
  } else {
    const name = EVENT_NAMES.exec(text)?.[0];
    const asked = name ? all.filter((e) => e.title.includes(name) || e.kind.includes(name)) : [];
    const topic = talkedAbout(ctx);
    // ("江陵最近有培训冇": of the events on record, the next of the kind asked comes first.)
    const kinds = topicsIn(text);
    const next = all.find((e) => topicsIn(`${e.kind} ${e.title}`).some((t) => kinds.includes(t))) ?? all[0];
    if (name && !asked.length) {
      lines.push(`文件没有写明${name}的具体日期,活动表里也还没有。`);
      planArrangement(ctx, lines, name);
      if (all.length) lines.push('近期其他活动:', eventLine(all[0]!, now));
    } else if (!name && asksDateOf(ctx)) {
      // "具体哪天办" after the plan's brand events: the plan gives no dates; what it arranges, then what is on record.
      lines.push('文件没有写明这些活动的具体日期。');
      planArrangement(ctx, lines);
      if (all.length) lines.push('近期活动:', ...all.slice(0, 2).map((e) => eventLine(e, now)));
    } else if (all.length && !asked.length && topic) {
      // "县里会办啥活动" after the brand events: what the plan arranges at the level asked, then the next event.
      const entry = topic;
      const top = scoreFacts(entry, ctx.analysis, ctx.deps.retriever)[0];
      if (top) {
        lines.push(...arrangementLines([{ entry, fact: top.fact }]));
        ctx.cite(entry.id);
      }
      lines.push('近期活动:', eventLine(all[0]!, now));
    } else if (all.length && !asked.length && namedArrangement(ctx)) {
      // "荆州有冇纺织服装的活动", "农产品精深加工 有冇推介对接的活动": what the plan arranges of the kind named, then the next
      // event on record (the list of all would leave no room for it).
      planArrangement(ctx, lines);
      lines.push('近期活动:', eventLine(next!, now));
    } else if (all.length) {
      const list = asked.length ? asked : all;
      // "市里今年有么大型的楚商活动": the plan's arrangement the question names (楚文化节、楚商大会), when it fits.
      // So is the plan's own line on an event of a kind on record ("站里有什么活动 training camp": 训练营不少于1次).
      // ("我们坚利有冇得么活动" names a county: the plan's line on the counties' own events, which does not say which
      // county holds which, beside the events on record.)
      const onTopic = asked.length ? undefined : askedEntry(ctx);
      const local = !asked.length && !onTopic && countyOf(text) ? brandEvents(ctx) : undefined;
      const entry = asked.length
        ? ctx.classification?.hits.find((h) => h.entry.facts.some((f) => f.includes(name!)))?.entry
        : (onTopic ?? local);
      const ranked = entry ? scoreFacts(entry, ctx.analysis, ctx.deps.retriever) : [];
      const top =
        (asked.length ? ranked.find((f) => f.fact.includes(name!)) : undefined) ??
        (entry && entry === local ? ranked.find((f) => COUNTIES_HOLD.test(f.fact)) : undefined) ??
        ranked[0];
      const arrangement = entry && top ? arrangementLines([{ entry, fact: top.fact }]) : [];
      // ("小龙虾加工…有冇得对接的活动": the plan's line on that kind of event is worth more than a third event on record;
      // fewer events are listed to make room for it.)
      const listing = (n: number): string[] => [
        asked.length ? `${name}的安排:` : '近期活动:',
        ...list.slice(0, n).map((e) => eventLine(e, now)),
        ...signup(list.slice(0, n)),
        ...(list.length > n ? [`还有${list.length - n}场。`] : []),
      ];
      const fits = (n: number) => length(lines) + length(listing(n)) + length(arrangement) + length(closing) <= SCREEN;
      let shown = LISTED;
      while (arrangement.length && shown > 1 && !fits(shown)) shown -= 1;
      const withArrangement = arrangement.length > 0 && fits(shown);
      lines.push(...listing(shown));
      if (withArrangement) {
        lines.push(...arrangement);
        ctx.cite(entry!.id);
      }
    } else {
      lines.push('目前还没有安排好日期的活动。');
      planArrangement(ctx, lines);
    }
  }
  const away = namesAnArrangement(ctx) ? [] : stationsAway(ctx, false);
  if (away.length && length(lines) + length(arrangementLines(away)) + length(closing) <= SCREEN + SCREEN / 2) {
    // (Shown, with their sources in the text, but not cited: the conversation's topic stays the events asked about.)
    lines.push(...arrangementLines(away));
  }
  ctx.reply([...lines, ...closing].join('\n'));
};
