/**
 * Notices by kind: subscribers narrow to kinds of events in their own words, staff mark a notice with its kind (CLI,
 * chat form), and a notice reaches the subscribers of its kind, those who chose no kind, and no one else.
 */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { checkNotice } from '../../src/notices/compose.ts';
import type { Interest } from '../../src/notices/subscriptions.ts';
import { topicMatches, topicNamed, topicsIn } from '../../src/notices/topics.ts';
import { makeApp, replyText, talk } from '../helpers.ts';

function subscriber(app: App, userId: string, interest: Partial<Interest>): string {
  const person = app.identities.personOf({ platform: 'telegram', userId });
  app.subscriptions.subscribe(person, interest, new Date());
  return person;
}

describe("kinds of events in people's words", () => {
  it.each([
    ['就要端午中秋这种过节的活动', ['节日']],
    ['订一下小龙虾节的通知', ['节日']],
    ['只要招商引资的', ['招商推介']],
    ['再加个创业培训的', ['创业培训']],
    ['只要座谈会这种', ['座谈交流']],
    ['政银企对接会的通知', ['金融对接']],
    ['only the training ones', ['创业培训']],
    ['只要农产品相关的', []],
  ])('"%s" names %j', (text, kinds) => {
    expect(topicsIn(text)).toEqual(kinds);
  });

  it('staff name a kind in a word; an unknown one is not guessed', () => {
    expect(topicNamed('培训')).toBe('创业培训');
    expect(topicNamed('节日')).toBe('节日');
    expect(topicNamed('小龙虾')).toBeUndefined();
    expect(topicMatches('创业培训', '节日、创业培训')).toBe(true);
    expect(topicMatches('创业培训', '节日')).toBe(false);
    expect(topicMatches(undefined, '节日')).toBe(true);
    expect(topicMatches('节日', null)).toBe(true);
  });
});

describe('who a notice of a kind reaches', () => {
  it('the subscribers of that kind and those who chose none, within its places; a notice of no kind reaches all', () => {
    const app = makeApp();
    const training = subscriber(app, 'training', { topic: '创业培训' });
    const festivals = subscriber(app, 'festivals', { topic: '节日' });
    const every = subscriber(app, 'every', {});
    const honghuTraining = subscriber(app, 'hh', { county: '洪湖市', topic: '创业培训、节日' });
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(app.subscriptions.audience({ topic: '创业培训' }))).toEqual(sorted([training, every, honghuTraining]));
    expect(sorted(app.subscriptions.audience({ topic: '节日', county: '监利市' }))).toEqual(sorted([festivals, every]));
    expect(sorted(app.subscriptions.audience({ topic: '节日', county: '洪湖市' }))).toEqual(sorted([festivals, every, honghuTraining]));
    expect(sorted(app.subscriptions.audience({}))).toEqual(sorted([training, festivals, every, honghuTraining]));
    expect(app.subscriptions.audience({ topic: '金融对接' })).toEqual([every]);
  });

  it('checkNotice keeps the kind a notice is marked with and refuses one it does not know', () => {
    const app = makeApp();
    subscriber(app, 'training', { topic: '创业培训' });
    const deps = { stations: app.stations, subscriptions: app.subscriptions, now: new Date() };
    const checked = checkNotice({ author: 'cli:test', text: '创业训练营下周开班', topic: '培训' }, deps);
    expect(checked).toMatchObject({ ok: true, recipients: 1, notice: { audience: { topic: '创业培训' } } });
    expect(checkNotice({ author: 'cli:test', text: '节日慰问', topic: '小龙虾' }, deps)).toMatchObject({
      ok: false,
      error: expect.stringContaining('不认识的类别:小龙虾'),
    });
    // Nobody narrowed to festivals and nobody takes everything: not saved, as with an empty place.
    expect(checkNotice({ author: 'cli:test', text: '春节团拜会', topic: '节日' }, deps)).toMatchObject({ ok: false });
  });
});

describe('a subscriber narrows, widens and asks in their own words', () => {
  it('narrows to a kind, picks a place, adds a kind, refuses one, and is told what they get', async () => {
    const u = talk('c38-kinds');
    const person = () => u.app.identities.personOf({ platform: 'test', userId: 'c38-kinds' });
    expect(await u.say('我想订通知 只要招商引资的')).toContain('招商推介类活动通知');
    expect(await u.say('地方选江陵')).toContain('江陵县和全市的招商推介类活动通知');
    expect(await u.say('再加个创业培训的')).toContain('招商推介、创业培训类');
    const refused = await u.turn('不对 招商的不要了 就留培训');
    expect(refused.intent).toBe('notice.subscribe');
    expect(replyText(refused)).toContain('江陵县和全市的创业培训类活动通知');
    expect(await u.say('现在订的是哪几个')).toContain('已经订上了:以后有江陵县和全市的创业培训类活动通知');
    expect(u.app.subscriptions.get(person())).toMatchObject({ county: '江陵县', topic: '创业培训', active: true });
    // A place changed keeps the kinds.
    expect(await u.say('帮我换成松滋')).toContain('松滋市和全市的创业培训类活动通知');
    expect(u.app.subscriptions.audience({ county: '松滋市', topic: '节日' })).not.toContain(person());
    expect(u.app.subscriptions.audience({ county: '松滋市', topic: '创业培训' })).toContain(person());
  });

  it('"订一下小龙虾节的通知" subscribes to festivals and says the event falls under that kind', async () => {
    const reply = await talk('c38-crayfish').say('订一下小龙虾节的通知');
    expect(reply).toContain('节日类活动通知');
    expect(reply).toContain('小龙虾节归在"节日"类');
  });

  it('"就要端午中秋这种过节的活动 别的莫推" after subscribing narrows; it does not unsubscribe', async () => {
    const u = talk('c38-festivals');
    await u.turn('订阅活动通知');
    const turn = await u.turn('就要端午中秋这种过节的活动 别的莫推');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('节日类活动通知');
  });

  it('"其他的不用推" with nothing named leaves the subscription as it is and says how to narrow', async () => {
    const u = talk('c38-rest');
    await u.turn('订阅活动通知');
    const turn = await u.turn('其他的不用推');
    expect(turn.intent).toBe('notice.subscribe');
    expect(replyText(turn)).toContain('也可以按类别');
    expect(replyText(turn)).toContain('订阅没有变');
  });
});

describe('staff mark a notice with its kind in the chat form', () => {
  it('"洪湖 培训" as the audience sends to 洪湖\'s training subscribers and those who chose no kind', async () => {
    const app = makeApp();
    subscriber(app, 'hh-training', { county: '洪湖市', topic: '创业培训' });
    subscriber(app, 'hh-festivals', { county: '洪湖市', topic: '节日' });
    subscriber(app, 'every', {});
    const admin = async (text: string) =>
      replyText(
        await app.core.handle({ platform: 'telegram', userId: 'boss', chatId: 'boss', chatType: 'direct', text, time: new Date() }),
      );
    expect(await admin(`/bind ${app.staff.invite('admin', '市人社局', null, new Date())}`)).toContain('绑定成功');
    await admin('/notice');
    expect(await admin('洪湖返乡创业训练营下周一开班')).toContain('类别');
    await admin('洪湖 培训');
    const preview = await admin('1');
    expect(preview).toContain('洪湖市(创业培训类,及没选类别的订阅用户)');
    expect(preview).toContain('共 2 人');
  });
});

describe('a kind refused by someone not subscribed', () => {
  it('subscribes them to nothing, least of all to the other kinds', async () => {
    const u = talk('topics-not-subscribed');
    await u.turn('退订');
    const turn = await u.turn('培训的不要了');
    expect(turn.intent).toBe('notice.unsubscribe');
    expect(u.app.subscriptions.get(u.app.identities.personOf({ platform: 'test', userId: 'topics-not-subscribed' }))?.active ?? false).toBe(
      false,
    );
  });
});
