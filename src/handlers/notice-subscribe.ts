import { JINGZHOU_PLACES } from '../kb/places.ts';
import { hometownOf } from '../leads/places.ts';
import { countiesNamed } from '../booking/vocabulary.ts';
import { placesOf, regionNameEn, placesField, regionsIn } from '../notices/regions.ts';
import type { Interest, Subscription } from '../notices/subscriptions.ts';
import { kindWordIn, NOTICE_TOPICS, TOPIC_LIST, TOPIC_LIST_EN, topicsEn, topicsField, topicsIn, topicsOf } from '../notices/topics.ts';
import type { Handler } from './handler.ts';
import { FOR_SOMEONE_ELSE, onlyTheirOwn } from '../notices/someone-else.ts';
import { ALSO_AFTER, ALSO_BEFORE } from '../text/also.ts';
import {
  ASKS_HOW_OFTEN,
  ASKS_IF_SUBSCRIBED,
  ASKS_WHAT_IS_LEFT,
  DROPS_PLACE,
  KINDS_WANTED,
  placesDropped,
  REFUSES_ANOTHER_PLACE,
} from '../intent/notice-words.ts';

/** A place whose notices are refused ("莫推荆门的", "把泉州去掉"): not one to narrow to. */
const REFUSED_PLACE = new RegExp(`${REFUSES_ANOTHER_PLACE.source}|${DROPS_PLACE.source}`, 'g');

/** What the subscriber narrowed to, if anything: a region (上海, 长三角) or a home county (洪湖的活动). */
export function interestIn(wanted: string): Partial<Interest> {
  const text = wanted.replace(REFUSED_PLACE, ' ');
  // ("只要上海和苏州的", "洪湖和监利的": both places, kept together.)
  const region = placesField(regionsIn(text));
  const county = placesField(countiesIn(text));
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

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

/** Narrowing the notices to a kind of event ("只要小龙虾节的", "只要楚商的活动", "only the investment fairs"). */
const NARROWS_BY_KIND =
  /只要|只收|只订|只想收|只推|只发|才推|才发|(?:别的|其他的?|其余的?).{0,4}(?:莫|不要|别|不用)(?:发|推)|(?:那种|这种|那类|这类|那个)(?:活动)?的?(?:还是|也)(?:可以|能)?(?:发|推)|\bonly\b/i;

const describe = (i: Partial<Interest>) => [i.region && `${i.region}地区`, i.county].filter(Boolean).join('、');
const describeEn = (i: Partial<Interest>) => [...placesOf(i.region), ...placesOf(i.county)].map(regionNameEn).join(' and ');

/** What a subscription sends, said in full: "洪湖市和全市的创业培训类活动通知", "全部活动通知". */
function what(i: Partial<Interest>): string {
  const scope = describe(i);
  const kinds = topicsOf(i.topic);
  const kind = kinds.length ? `${kinds.join('、')}类` : '';
  return scope ? `${scope}和全市的${kind}活动通知` : kind ? `${kind}活动通知` : '全部活动通知';
}
function whatEn(i: Partial<Interest>): string {
  const kinds = topicsOf(i.topic);
  const places = describe(i) ? ` for ${describeEn(i)} and city-wide ones` : '';
  return `${kinds.length ? `${topicsEn(kinds)} ` : ''}event notices${places}`;
}
/** The places a subscription keeps, without its kinds. */
const placesKept = (s: Subscription | undefined): Partial<Interest> =>
  s?.active ? { ...(s.region ? { region: s.region } : {}), ...(s.county ? { county: s.county } : {}) } : {};
/** The kinds a subscription keeps, as a field to carry over. */
const topicKept = (s: Subscription | undefined): Partial<Interest> => (s?.active && s.topic ? { topic: s.topic } : {});

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

/** `notice.subscribe`: stores the subscription (narrowed if the message names a place) and says how to stop. */
/** Notices asked for by text message or phone, or with a number given. */
const SMS_OR_PHONE = /短信|电话|号码|手机|1[3-9]\d{9}/;

export const noticeSubscribe: Handler = (ctx) => {
  if (FOR_SOMEONE_ELSE.test(ctx.analysis.text)) return ctx.reply(onlyTheirOwn(ctx.language === 'en', true));
  const named = interestIn(ctx.analysis.text);
  const before = ctx.deps.subscriptions.get(ctx.person);
  // "广州的也要", "再加个泉州", "也加上监利" when narrowed to 深圳 or 洪湖: the place is added to those kept.
  const keptRegions = before?.active ? placesOf(before.region) : [];
  const keptCounties = before?.active ? placesOf(before.county) : [];
  const kept = [...keptRegions, ...keptCounties];
  const addingRegions = placesOf(named.region).filter((p) => !keptRegions.includes(p));
  const addingCounties = placesOf(named.county).filter((p) => !keptCounties.includes(p));
  const adding = [...addingRegions, ...addingCounties];
  const also = kept.length && adding.length && ALSO.test(ctx.analysis.text) ? { kept, also: adding } : undefined;
  const regions = placesField([...keptRegions, ...addingRegions]);
  const counties = placesField([...keptCounties, ...addingCounties]);
  const interest: Partial<Interest> = also ? { ...(regions ? { region: regions } : {}), ...(counties ? { county: counties } : {}) } : named;
  // "泉州的不要了", "不要监利的了" when that is one of the places kept: taken off, the others kept (the last one
  // taken off ends it).
  const namedOff = placesDropped(ctx.analysis.text).map(asKept);
  const dropped = namedOff.filter((p) => kept.includes(p));
  // "荆州区那个就取消" when 荆州区 is not among the places kept: nothing to take off, and nothing widened.
  if (before?.active && kept.length && namedOff.length && !dropped.length && !adding.length) {
    ctx.intent = 'notice.unsubscribe';
    const holds = { ...placesKept(before), ...topicKept(before) };
    ctx.reply(
      ctx.language === 'en'
        ? `${namedOff.map(regionNameEn).join(' and ')} ${namedOff.length > 1 ? 'are' : 'is'} not in your subscription, so nothing was taken off: ${whatEn(holds)} come to this chat. To stop them all, say "unsubscribe".`
        : `您订的没有${namedOff.join('、')},不用去掉:现在是${what(holds)}会发到这里。全部不想收了,回复"退订"即可。`,
    );
    return;
  }
  if (before?.active && dropped.length) {
    // (Taking a place off is stopping its notices: told as such, whatever is kept.)
    ctx.intent = 'notice.unsubscribe';
    // ("不对 荆州区不要 换成沙市": one taken off, another put in its place.)
    const restRegions = [...keptRegions.filter((p) => !dropped.includes(p)), ...addingRegions.filter((p) => !dropped.includes(p))];
    const restCounties = [...keptCounties.filter((p) => !dropped.includes(p)), ...addingCounties.filter((p) => !dropped.includes(p))];
    const put = adding.filter((p) => !dropped.includes(p));
    const gone = dropped.join('、');
    if (!restRegions.length && !restCounties.length) {
      ctx.deps.subscriptions.unsubscribe(ctx.person);
      ctx.reply(
        ctx.language === 'en'
          ? `${dropped.map(regionNameEn).join(' and ')} ${dropped.length > 1 ? 'were the only places' : 'was the only place'} you had, so you are unsubscribed: no more event notices. To get them again, say "subscribe".`
          : `您只订了${gone}的,去掉后就退订了,不会再给您推送活动通知。想再收,回复"订阅活动通知"。`,
      );
      return;
    }
    const left: Partial<Interest> = {
      ...(restRegions.length ? { region: placesField(restRegions)! } : {}),
      ...(restCounties.length ? { county: placesField(restCounties)! } : {}),
      ...topicKept(before),
    };
    ctx.deps.subscriptions.subscribe(ctx.person, left, ctx.deps.now());
    ctx.reply(
      ctx.language === 'en'
        ? `${dropped.map(regionNameEn).join(' and ')} taken off${put.length ? `, ${put.map(regionNameEn).join(' and ')} added` : ''}: ${whatEn(left)} will still come to this chat. To stop them all, say "unsubscribe".`
        : `已去掉${gone}${put.length ? `,加上${put.join('、')}` : ''}:以后有${what(left)}还会发到这里。全部不想收了,回复"退订"即可。`,
    );
    return;
  }
  // "你订阅了吗", "还订着冇" with no subscription: said so; nothing is started unasked.
  if (
    !before?.active &&
    (ASKS_IF_SUBSCRIBED.test(ctx.analysis.text) || ASKS_WHAT_IS_LEFT.test(ctx.analysis.text)) &&
    !named.region &&
    !named.county &&
    !/^(?:帮我|给我|请)/.test(ctx.analysis.text)
  ) {
    ctx.reply(
      ctx.language === 'en'
        ? 'You are not subscribed to event notices. To get them, say "subscribe".'
        : '您目前没有订阅活动通知。想收,回复"订阅活动通知";只想收某个地方的,可以说"只要上海的"。',
    );
    return;
  }
  // "你确定订上了": answered with the subscription as it stands, unchanged.
  if (
    before?.active &&
    (ASKS_IF_SUBSCRIBED.test(ctx.analysis.text) || ASKS_WHAT_IS_LEFT.test(ctx.analysis.text)) &&
    !named.region &&
    !named.county
  ) {
    const holds = { ...placesKept(before), ...topicKept(before) };
    ctx.reply(
      ctx.language === 'en'
        ? `Yes, you are subscribed: ${whatEn(holds)} come to this chat. To stop them, say "unsubscribe".`
        : `已经订上了:以后有${what(holds)}会发到这里。不想收了,回复"退订"即可。`,
    );
    return;
  }
  // "你们会不会天天发 我怕烦": how often, asked; answered, the subscription as it stands.
  if (ASKS_HOW_OFTEN.test(ctx.inbound.text) || ASKS_HOW_OFTEN.test(ctx.analysis.text)) {
    const on = Boolean(before?.active);
    ctx.reply(
      ctx.language === 'en'
        ? `Event notices are sent only when staff have an event to announce, not on a fixed daily schedule, and none between 10 pm and 8 am except urgent ones. ${on ? 'You are subscribed; to stop them, say "unsubscribe".' : 'You are not subscribed; to get them, say "subscribe".'}`
        : `活动通知只在工作人员有活动要告知时才发,不是每天固定推送;晚上10点到早上8点不打扰(紧急通知除外)。${on ? '您已订阅,不想收了随时回复"退订"。' : '您目前没有订阅,想收回复"订阅活动通知"。'}`,
    );
    return;
  }
  // Kinds of events: narrowed to ("只要端午中秋这种过节的活动", "订一下小龙虾节的通知"), added ("再加个创业培训的"),
  // refused ("招商的不要了 就留培训"). Notices staff mark with no kind still reach everyone of the places.
  const kinds = topicsAsked(ctx.analysis.said.replace(REFUSED_PLACE, ' '));
  const keptTopics = before?.active ? topicsOf(before.topic) : [];
  let topics: string[] | undefined;
  if (kinds.refused.length && !kinds.narrows)
    topics = (keptTopics.length ? keptTopics : NOTICE_TOPICS.map((t) => t.name)).filter((t) => !kinds.refused.includes(t));
  else if (kinds.wanted.length && keptTopics.length && (ALSO.test(ctx.analysis.text) || KINDS_WANTED.test(ctx.analysis.said.trim())))
    topics = [...keptTopics, ...kinds.wanted.filter((t) => !keptTopics.includes(t))];
  else if (kinds.narrows || (kinds.wanted.length && KINDS_WANTED.test(ctx.analysis.said.trim()) && keptTopics.length))
    topics = kinds.wanted.filter((t) => !kinds.refused.includes(t));
  // ("培训的不要了": a kind taken off is stopping its notices, told as such; every kind taken off ends it.)
  if (kinds.refused.length && !kinds.narrows) {
    ctx.intent = 'notice.unsubscribe';
    // (A kind refused by someone not subscribed subscribes them to nothing, least of all to the other kinds.)
    if (!before?.active) {
      ctx.reply(
        ctx.language === 'en'
          ? 'You are not subscribed to event notices, so nothing is sent to you.'
          : '您目前没有订阅活动通知,我不会给您推送消息。',
      );
      return;
    }
    if (topics !== undefined && !topics.length) {
      ctx.deps.subscriptions.unsubscribe(ctx.person);
      ctx.reply(
        ctx.language === 'en'
          ? 'Those were the only kinds you had, so you are unsubscribed: no more event notices. To get them again, say "subscribe".'
          : '您订的类别都去掉了,就退订了,不会再给您推送活动通知。想再收,回复"订阅活动通知"。',
      );
      return;
    }
  }
  // "其他的不用推", "只要农产品相关的": a kind wanted that notices are not sorted by, or none said; nothing narrowed.
  const byKind = NARROWS_BY_KIND.test(ctx.analysis.text) && !interest.region && !interest.county && topics === undefined;
  if (byKind && !before?.active) {
    ctx.reply(
      ctx.language === 'en'
        ? `Notices can be narrowed by place (e.g. "only Wuhan") or by kind: ${TOPIC_LIST_EN}. Nothing was subscribed yet: say which you want, or "subscribe" for all.`
        : `活动通知可以按地方筛选(比如"只要武汉的"),也可以按类别:${TOPIC_LIST}。还没有给您订阅,说一下要哪类,或回复"订阅活动通知"收全部。`,
    );
    return;
  }
  // "就这一个哈 别的莫发" when already narrowed: what is kept, confirmed; nothing else comes.
  if (byKind && before?.active && (before.topic || before.region || before.county)) {
    const holds = { ...placesKept(before), ...topicKept(before) };
    ctx.reply(
      ctx.language === 'en'
        ? `Yes, only ${whatEn(holds)} come to this chat. To stop them, say "unsubscribe".`
        : `好的,只发${what(holds)},别的不发。不想收了,回复"退订"即可。`,
    );
    return;
  }
  const places = before?.active && !named.region && !named.county && topics !== undefined ? placesKept(before) : interest;
  const topicNow = topics === undefined ? topicKept(before) : topics.length ? { topic: topicsField(topics)! } : {};
  const chosen: Partial<Interest> = { ...places, ...topicNow };
  ctx.deps.subscriptions.subscribe(ctx.person, chosen, ctx.deps.now());
  const added = also ? also.also.join('、') : '';
  const goneKinds = kinds.refused.length && !kinds.narrows ? kinds.refused.filter((t) => !topics?.includes(t)) : [];
  const addedEn = also ? also.also.map(regionNameEn).join(' and ') : '';
  // ("订一下小龙虾节的通知": notices are sorted by kind, not by event; said which kind it falls under.)
  const under = (topics ?? []).flatMap((t) => {
    const word = kindWordIn(ctx.analysis.said, t);
    return word ? [`${word}归在"${t}"类`] : [];
  });
  const kindsNote = topics?.length ? `${under.length ? `按类别订阅:${under.join(',')}。` : ''}没有标类别的重要通知也会发给您。` : '';
  if (ctx.language === 'en') {
    ctx.reply(
      [
        byKind ? `Notices can be narrowed by place or by kind: ${TOPIC_LIST_EN}.` : '',
        `${before?.active ? (byKind ? 'Subscription unchanged' : also ? `${addedEn} added` : goneKinds.length ? `${topicsEn(goneKinds)} taken off` : 'Subscription updated') : 'Subscribed'}: ${whatEn(chosen)} will be sent ${ctx.inbound.chatType === 'group' ? 'to you privately' : 'to this chat'} (in Chinese, as staff write them; none between 10 pm and 8 am except urgent ones).`,
        kindsNote ? 'Important notices marked with no kind come too.' : '',
        EMAIL.test(ctx.inbound.text) ? 'Notices come only through this chat; your e-mail address is not kept.' : '',
        'To stop them, say "unsubscribe".',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return;
  }
  ctx.reply(
    [
      byKind ? `活动通知可以按地方筛选,也可以按类别:${TOPIC_LIST}。` : '',
      `${before?.active ? (byKind ? '订阅没有变' : also ? `已加上${added}` : goneKinds.length ? `已去掉${goneKinds.join('、')}类` : '已更新订阅') : '订阅成功'}:以后有${what(chosen)}会${ctx.inbound.chatType === 'group' ? '私聊发给您' : '发到这里'}(晚上10点到早上8点不打扰,紧急通知除外)。`,
      kindsNote,
      // ("我号码159… 有活动发短信给我": notices come here only; the number is not kept for them.)
      SMS_OR_PHONE.test(ctx.analysis.text) ? '通知只发在这个对话里,不发短信、不打电话,也不用留电话。' : '',
      describe(chosen) || topicsOf(chosen.topic).length || byKind ? '' : '只想收某个地方或某类活动的,可以说"只要洪湖的"或"只要培训的"。',
      '不想收了,回复"退订"即可。',
    ]
      .filter(Boolean)
      .join('\n'),
  );
};
