import { JINGZHOU_PLACES } from '../kb/places.ts';
import { hometownOf } from '../leads/places.ts';
import { placesOf, regionNameEn, placesField, regionsIn } from '../notices/regions.ts';
import type { Interest } from '../notices/subscriptions.ts';
import type { Handler } from './handler.ts';
import { FOR_SOMEONE_ELSE, onlyTheirOwn } from '../notices/someone-else.ts';
import { ALSO_AFTER, ALSO_BEFORE } from '../text/also.ts';
import {
  ASKS_HOW_OFTEN,
  ASKS_IF_SUBSCRIBED,
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
const describeEn = (i: Partial<Interest>) => [...placesOf(i.region).map(regionNameEn), ...placesOf(i.county)].join(' and ');

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
  const dropped = placesDropped(ctx.analysis.text)
    .map(asKept)
    .filter((p) => kept.includes(p));
  if (before?.active && dropped.length) {
    const restRegions = keptRegions.filter((p) => !dropped.includes(p));
    const restCounties = keptCounties.filter((p) => !dropped.includes(p));
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
    };
    ctx.deps.subscriptions.subscribe(ctx.person, left, ctx.deps.now());
    ctx.reply(
      ctx.language === 'en'
        ? `${dropped.map(regionNameEn).join(' and ')} taken off: event notices for ${describeEn(left)} and city-wide ones will still come to this chat. To stop them all, say "unsubscribe".`
        : `已去掉${gone}:以后有${describe(left)}和全市的活动通知还会发到这里。全部不想收了,回复"退订"即可。`,
    );
    return;
  }
  // "你订阅了吗", "还订着冇" with no subscription: said so; nothing is started unasked.
  if (
    !before?.active &&
    ASKS_IF_SUBSCRIBED.test(ctx.analysis.text) &&
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
  if (before?.active && ASKS_IF_SUBSCRIBED.test(ctx.analysis.text) && !named.region && !named.county) {
    const holds = { ...(before.region ? { region: before.region } : {}), ...(before.county ? { county: before.county } : {}) };
    const held = describe(holds);
    ctx.reply(
      ctx.language === 'en'
        ? `Yes, you are subscribed: event notices${held ? ` for ${describeEn(holds)} and city-wide ones` : ''} come to this chat. To stop them, say "unsubscribe".`
        : `已经订上了:以后有${held ? `${held}和全市的活动通知` : '活动通知'}会发到这里。不想收了,回复"退订"即可。`,
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
  // "招商的和创业推介的都要" once subscribed: notices are not sorted by kind, so every kind already comes.
  if (before?.active && KINDS_WANTED.test(ctx.analysis.said.trim()) && !named.region && !named.county) {
    ctx.reply(
      ctx.language === 'en'
        ? 'Event notices are not sorted by kind: investment, festival and returnee-business events all come to this chat, so nothing needs changing. To stop them, say "unsubscribe".'
        : '活动通知不分类别:招商、节日、返乡创业推介等活动的通知都会发到这里,订阅不用改。不想收了,回复"退订"即可。',
    );
    return;
  }
  // "只要小龙虾节的 别的莫发": a kind of event, which a subscription cannot single out; said so, nothing narrowed.
  const byKind = NARROWS_BY_KIND.test(ctx.analysis.text) && !interest.region && !interest.county;
  // "那你把纺织服装大会的消息单独推给我吧 其他的别推" from someone not subscribed: all notices are not what they asked
  // for, so none are started; they are told what a subscription can do, and how to take it.
  if (byKind && !before?.active) {
    ctx.reply(
      ctx.language === 'en'
        ? 'A subscription can only be narrowed by place (e.g. "only Wuhan"), not to one kind of event, so nothing was subscribed. To get all event notices, say "subscribe"; to ask about one event, just ask.'
        : '订阅目前只能按地方筛选(比如"只要武汉的"),还不能只收某一类活动,所以没有给您订阅。想收全部活动通知,回复"订阅活动通知";想问某个活动,直接问我就行。',
    );
    return;
  }
  ctx.deps.subscriptions.subscribe(ctx.person, interest, ctx.deps.now());
  const scope = describe(interest);
  const added = also ? also.also.join('、') : '';
  const addedEn = also ? also.also.map(regionNameEn).join(' and ') : '';
  const what = scope ? `${scope}和全市的活动通知` : '全部活动通知';
  if (ctx.language === 'en') {
    ctx.reply(
      [
        byKind ? 'A subscription can only be narrowed by place (e.g. "only Wuhan"), not to one kind of event.' : '',
        `${before?.active ? (byKind ? 'Your subscription is unchanged' : also ? `${addedEn} added` : 'Subscription updated') : 'Subscribed'}: ${scope ? `event notices for ${describeEn(interest)} and city-wide ones` : 'event notices'} will be sent ${ctx.inbound.chatType === 'group' ? 'to you privately' : 'to this chat'} (in Chinese, as staff write them; none between 10 pm and 8 am except urgent ones).`,
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
      byKind ? '订阅目前只能按地方筛选(比如"只要武汉的"),还不能只收某一类活动。' : '',
      `${before?.active ? (byKind ? '订阅没有变' : also ? `已加上${added}` : '已更新订阅') : '订阅成功'}:以后有${what}会${ctx.inbound.chatType === 'group' ? '私聊发给您' : '发到这里'}(晚上10点到早上8点不打扰,紧急通知除外)。`,
      // ("我号码159… 有活动发短信给我": notices come here only; the number is not kept for them.)
      SMS_OR_PHONE.test(ctx.analysis.text) ? '通知只发在这个对话里,不发短信、不打电话,也不用留电话。' : '',
      scope || byKind ? '' : '只想收某个地方的,可以说"只订阅上海的"或"只要洪湖的"。',
      '不想收了,回复"退订"即可。',
    ]
      .filter(Boolean)
      .join('\n'),
  );
};
