import { countiesNamed } from '../booking/vocabulary.ts';
import {
  ASKS_HOW_OFTEN,
  ASKS_IF_SUBSCRIBED,
  ASKS_WHAT_IS_LEFT,
  DROPS_PLACE,
  KINDS_WANTED,
  keepsSubscription,
  placesDropped,
  REFUSES_ANOTHER_PLACE,
} from '../intent/notice-words.ts';
import { JINGZHOU_PLACES } from '../kb/places.ts';
import { hometownOf } from '../leads/places.ts';
import { valuesField, valuesOf } from '../notices/field-values.ts';
import { regionsIn } from '../notices/regions.ts';
import type { Interest, Subscription } from '../notices/subscriptions.ts';
import { kindWordIn, NOTICE_TOPICS, topicsIn } from '../notices/topics.ts';
import { ALSO_AFTER, ALSO_BEFORE } from '../text/also.ts';

/**
 * What a message about event notices changes in the sender's subscription, read apart from the replies
 * (`notice-subscribe.ts` applies it and says it). Kinds of change:
 * - `not-kept`: a place taken off that the subscription does not hold; nothing changes.
 * - `ended`: the last places (`dropped`) or the last kinds taken off; the subscription ends.
 * - `narrowed`: places taken off (and others `put` in their place); `left` is kept.
 * - `status`: "还订着冇", answered with what is kept (`holds`), or none when not subscribed.
 * - `how-often`: how often notices come.
 * - `nothing-refused`: a kind refused by someone not subscribed; nothing is started.
 * - `which-kind`: narrowing by a kind that notices are not sorted by, or none said, when not subscribed.
 * - `kept`: "就这一个 别的莫发" when already narrowed; confirmed unchanged.
 * - `subscribed`: `chosen` is now the subscription (`was` subscribed before); `added` places, `goneKinds` taken off,
 *   `kinds` chosen by this message (none when it chose none), `under` the words that named a kind ("小龙虾节归在"节日"类"),
 *   `byKind` when a kind was asked that is not one.
 */
export type NoticeChange =
  | { kind: 'not-kept'; named: string[]; holds: Partial<Interest> }
  | { kind: 'ended'; dropped: string[] }
  | { kind: 'narrowed'; dropped: string[]; put: string[]; left: Partial<Interest> }
  | { kind: 'status'; holds?: Partial<Interest> }
  | { kind: 'how-often'; subscribed: boolean }
  | { kind: 'nothing-refused' }
  | { kind: 'which-kind' }
  | { kind: 'kept'; holds: Partial<Interest> }
  | {
      kind: 'subscribed';
      chosen: Partial<Interest>;
      was: boolean;
      byKind: boolean;
      kinds: string[];
      added: string[];
      goneKinds: string[];
      under: string[];
    };

/** The message as the change is read from it: normalised (`text`), as said (`said`), and as typed (`typed`). */
export interface NoticeMessage {
  text: string;
  said: string;
  typed: string;
}

/** Whether a change stops notices (a place or a kind taken off): reported as `notice.unsubscribe`. */
export const stopsNotices = (change: NoticeChange): boolean =>
  change.kind === 'not-kept' ||
  change.kind === 'ended' ||
  change.kind === 'narrowed' ||
  change.kind === 'nothing-refused' ||
  (change.kind === 'subscribed' && change.goneKinds.length > 0 && change.was);

/** A place whose notices are refused ("莫推荆门的", "把泉州去掉"): not one to narrow to. */
const REFUSED_PLACE = new RegExp(`${REFUSES_ANOTHER_PLACE.source}|${DROPS_PLACE.source}`, 'g');

/** What the subscriber narrowed to, if anything: a region (上海, 长三角) or a home county (洪湖的活动). */
export function interestIn(wanted: string): Partial<Interest> {
  const text = wanted.replace(REFUSED_PLACE, ' ');
  // ("只要上海和苏州的", "洪湖和监利的": both places, kept together.)
  const region = valuesField(regionsIn(text));
  const county = valuesField(countiesIn(text));
  return { ...(region ? { region } : {}), ...(county ? { county } : {}) };
}

/** A Jingzhou county or district named ("监利", "公安县"; not 公安局). */
const COUNTY_NAMED = new RegExp(`(?:${[...JINGZHOU_PLACES, '公安'].join('|')})(?!局|厅|部门|机关)`, 'g');

/** The Jingzhou counties and districts a text names, by their full names, in order. */
function countiesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COUNTY_NAMED)) {
    const home = hometownOf(m[0]);
    if (home && 'hometown' in home && !out.includes(home.hometown)) out.push(home.hometown);
  }
  // ("events in Jingzhou Development Zone", "also Honghu": the English names, as the booking form reads them; the
  // Chinese ones were read above, the lead form's way.)
  for (const name of countiesNamed(text.replace(/[\u3400-\u9fff]+/g, ' '))) if (!out.includes(name)) out.push(name);
  // (A hometown said in other ways, as the lead form reads it.)
  if (!out.length) {
    const home = hometownOf(text);
    if (home && 'hometown' in home) out.push(home.hometown);
  }
  return out;
}

/** A place named by its short name ("监利") as a subscription keeps it ("监利市"). */
const asKept = (place: string): string => {
  const home = hometownOf(place);
  return home && 'hometown' in home ? home.hometown : place;
};

/** Wanting a place as well as the one subscribed to ("广州的也要", "加上洪湖的"). */
const ALSO = new RegExp(String.raw`${ALSO_AFTER}|${ALSO_BEFORE}|\balso\b|\bas well\b`, 'i');

/** Narrowing the notices to a kind of event ("只要小龙虾节的", "只要楚商的活动", "only the investment fairs"). */
const NARROWS_BY_KIND =
  /只要|只收|只订|只想收|只推|只发|才推|才发|(?:别的|其他的?|其余的?).{0,4}(?:莫|不要|别|不用)(?:发|推)|(?:那种|这种|那类|这类|那个)(?:活动)?的?(?:还是|也)(?:可以|能)?(?:发|推)|\bonly\b/i;

/** The places a subscription keeps, without its kinds. */
const placesKept = (s: Subscription | undefined): Partial<Interest> =>
  s?.active ? { ...(s.region ? { region: s.region } : {}), ...(s.county ? { county: s.county } : {}) } : {};
/** The kinds a subscription keeps, as a field to carry over. */
const topicKept = (s: Subscription | undefined): Partial<Interest> => (s?.active && s.topic ? { topic: s.topic } : {});
/** Everything a subscription keeps. */
const holdsOf = (s: Subscription | undefined): Partial<Interest> => ({ ...placesKept(s), ...topicKept(s) });

/** Words of refusing ("招商的不要了", "培训那些莫推"), in one clause of a message. */
const REFUSES = /不要|不用|去掉|删掉|别推|莫推|别发|莫发|不推|不发|取消|退掉|不想收|\bnot\b|\bno\b|\bdon'?t\b|\bwithout\b|\bexcept\b/i;
/** Words of narrowing to a kind ("只要", "就留", "单独推"), besides NARROWS_BY_KIND. */
const KEEPS_ONLY = /就要|就留|只留|留着|单独|才要/;
/** A kind of notice asked for by its name ("小龙虾节的通知", "培训的推送"). */
const KIND_NOTICE = /的(?:通知|推送|消息)/;

/**
 * The kinds a message asks for and refuses, clause by clause ("不对 招商的不要了 就留培训": 招商推介 refused,
 * 创业培训 kept); `narrows` when it says to hear only of some.
 */
function topicsAsked(text: string): { wanted: string[]; refused: string[]; narrows: boolean } {
  const wanted: string[] = [];
  const refused: string[] = [];
  // (English words stand apart with spaces: its clauses end at punctuation.)
  const apart = /[a-z]{2,} +[a-z]{2,}/i.test(text) ? /[,，。.!！;；?？]+/ : /[\s,，。!！;；?？]+/;
  for (const clause of text.split(apart).filter(Boolean)) {
    const named = topicsIn(clause);
    for (const t of named) {
      const into = REFUSES.test(clause) && !KEEPS_ONLY.test(clause) ? refused : wanted;
      if (!into.includes(t)) into.push(t);
    }
  }
  // ("过节那些 以后都不用发了": refused in another clause than the one naming it, with nothing kept.)
  if (!refused.length && wanted.length && REFUSES.test(text) && !KEEPS_ONLY.test(text) && !NARROWS_BY_KIND.test(text))
    return { wanted: [], refused: wanted, narrows: false };
  const narrows = wanted.length > 0 && (NARROWS_BY_KIND.test(text) || KEEPS_ONLY.test(text) || KIND_NOTICE.test(text));
  return { wanted, refused, narrows };
}

/** What `message` changes in the subscription `before` (none, or stopped, when the sender has none). */
export function readNoticeChange(message: NoticeMessage, before: Subscription | undefined): NoticeChange {
  const { text, said, typed } = message;
  const named = interestIn(text);
  // "广州的也要", "再加个泉州", "也加上监利" when narrowed to 深圳 or 洪湖: the place is added to those kept.
  const keptRegions = before?.active ? valuesOf(before.region) : [];
  const keptCounties = before?.active ? valuesOf(before.county) : [];
  const kept = [...keptRegions, ...keptCounties];
  const addingRegions = valuesOf(named.region).filter((p) => !keptRegions.includes(p));
  const addingCounties = valuesOf(named.county).filter((p) => !keptCounties.includes(p));
  const adding = [...addingRegions, ...addingCounties];
  const also = kept.length > 0 && adding.length > 0 && ALSO.test(text);
  const regions = valuesField([...keptRegions, ...addingRegions]);
  const counties = valuesField([...keptCounties, ...addingCounties]);
  const interest: Partial<Interest> = also ? { ...(regions ? { region: regions } : {}), ...(counties ? { county: counties } : {}) } : named;
  // "泉州的不要了", "不要监利的了" when that is one of the places kept: taken off, the others kept (the last one
  // taken off ends it).
  const namedOff = placesDropped(text).map(asKept);
  const dropped = namedOff.filter((p) => kept.includes(p));
  // "荆州区那个就取消" when 荆州区 is not among the places kept: nothing to take off, and nothing widened.
  if (before?.active && kept.length && namedOff.length && !dropped.length && !adding.length)
    return { kind: 'not-kept', named: namedOff, holds: holdsOf(before) };
  if (before?.active && dropped.length) {
    // ("不对 荆州区不要 换成沙市": one taken off, another put in its place.)
    const rest = (places: string[]) => places.filter((p) => !dropped.includes(p));
    const restRegions = rest([...keptRegions, ...addingRegions]);
    const restCounties = rest([...keptCounties, ...addingCounties]);
    if (!restRegions.length && !restCounties.length) return { kind: 'ended', dropped };
    const left: Partial<Interest> = {
      ...(restRegions.length ? { region: valuesField(restRegions)! } : {}),
      ...(restCounties.length ? { county: valuesField(restCounties)! } : {}),
      ...topicKept(before),
    };
    return { kind: 'narrowed', dropped, put: rest(adding), left };
  }
  // "你订阅了吗", "还订着冇", "你确定订上了": answered with the subscription as it stands (or none); nothing is
  // started unasked.
  // ("同意", "号码138…" right after subscribing: the subscription as it stands; the number is not kept.)
  const confirms = before?.active && keepsSubscription(said.trim());
  const asksIfSubscribed = ((ASKS_IF_SUBSCRIBED.test(text) || ASKS_WHAT_IS_LEFT.test(text)) && !named.region && !named.county) || confirms;
  if (asksIfSubscribed && !before?.active && !/^(?:帮我|给我|请)/.test(text)) return { kind: 'status' };
  if (asksIfSubscribed && before?.active) return { kind: 'status', holds: holdsOf(before) };
  // "你们会不会天天发 我怕烦": how often, asked; answered, the subscription as it stands.
  if (ASKS_HOW_OFTEN.test(typed) || ASKS_HOW_OFTEN.test(text)) return { kind: 'how-often', subscribed: Boolean(before?.active) };
  // Kinds of events: narrowed to ("只要端午中秋这种过节的活动", "订一下小龙虾节的通知"), added ("再加个创业培训的"),
  // refused ("招商的不要了 就留培训"). Notices staff mark with no kind still reach everyone of the places.
  const kinds = topicsAsked(said.replace(REFUSED_PLACE, ' '));
  const keptTopics = before?.active ? valuesOf(before.topic) : [];
  const refusing = kinds.refused.length > 0 && !kinds.narrows;
  let topics: string[] | undefined;
  if (refusing) topics = (keptTopics.length ? keptTopics : NOTICE_TOPICS.map((t) => t.name)).filter((t) => !kinds.refused.includes(t));
  else if (kinds.wanted.length && keptTopics.length && (ALSO.test(text) || KINDS_WANTED.test(said.trim())))
    topics = [...keptTopics, ...kinds.wanted.filter((t) => !keptTopics.includes(t))];
  else if (kinds.narrows || (kinds.wanted.length && KINDS_WANTED.test(said.trim()) && keptTopics.length))
    topics = kinds.wanted.filter((t) => !kinds.refused.includes(t));
  // ("培训的不要了": a kind taken off is stopping its notices; every kind taken off ends it. A kind refused by someone
  // not subscribed subscribes them to nothing, least of all to the other kinds.)
  if (refusing && !before?.active) return { kind: 'nothing-refused' };
  if (refusing && topics !== undefined && !topics.length) return { kind: 'ended', dropped: [] };
  // "其他的不用推", "只要农产品相关的": a kind wanted that notices are not sorted by, or none said; nothing narrowed.
  const byKind = NARROWS_BY_KIND.test(text) && !interest.region && !interest.county && topics === undefined;
  if (byKind && !before?.active) return { kind: 'which-kind' };
  // "就这一个哈 别的莫发" when already narrowed: what is kept, confirmed; nothing else comes.
  if (byKind && before?.active && (before.topic || before.region || before.county)) return { kind: 'kept', holds: holdsOf(before) };
  const places = before?.active && !named.region && !named.county && topics !== undefined ? placesKept(before) : interest;
  const topicNow = topics === undefined ? topicKept(before) : topics.length ? { topic: valuesField(topics)! } : {};
  // ("订一下小龙虾节的通知": notices are sorted by kind, not by event; said which kind it falls under.)
  const under = (topics ?? []).flatMap((t) => {
    const word = kindWordIn(said, t);
    return word ? [`${word}归在"${t}"类`] : [];
  });
  return {
    kind: 'subscribed',
    chosen: { ...places, ...topicNow },
    was: Boolean(before?.active),
    byKind,
    kinds: topics ?? [],
    added: also ? adding : [],
    goneKinds: refusing ? kinds.refused.filter((t) => !topics?.includes(t)) : [],
    under,
  };
}
