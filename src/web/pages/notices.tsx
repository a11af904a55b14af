/**
 * 通知 (issue 15): the notices list with outbox counts, composing with an audience preview (recipients per
 * platform), scheduling, cancelling, and a live progress view of a broadcast that refreshes itself with htmx.
 * Admins see every notice; a station operator only their station's notices and subscribers, as /notice in chat.
 * County staff and mentors are refused.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { formatSlot } from '../../booking/time.ts';
import { HOMETOWNS } from '../../leads/places.ts';
import type { StaffMember } from '../../leads/staff.ts';
import { checkNotice, type Draft } from '../../notices/compose.ts';
import { NOTICE_TOPICS } from '../../notices/topics.ts';
import type { Notice, NoticeStatus } from '../../notices/notices.ts';
import { NOTICE_MAX_CHARS } from '../../notices/service.ts';
import type { Audience } from '../../notices/subscriptions.ts';
import { audit } from '../auth.ts';
import type { WebDeps, WebEnv, WebUser } from '../env.ts';
import { Csrf, renderPage } from '../layout.tsx';
import { mayManage, PLATFORM_LABEL, perPlatform, type RunProgress, runProgress } from '../notices-data.ts';
import type { WebPage } from './index.ts';

type C = Context<WebEnv>;

const refuse = (c: C, why = '只有管理员和联络站运营可以管理通知。') => renderPage(c, '无权访问', <p>{why}</p>, 403);

/** Admins and operators with a station of their own; everyone else is refused. */
const mayUse: MiddlewareHandler<WebEnv> = async (c, next) => {
  const user = c.get('user');
  if (user.role !== 'admin' && user.role !== 'operator') return refuse(c);
  if (user.role === 'operator' && user.stationId === null) return refuse(c, '您的账号没有关联联络站,请管理员重新发绑定码。');
  await next();
};

/** The signed-in user as checkNotice knows staff: it keeps an operator to their own station's audience. */
const staffOf = (user: WebUser): StaffMember => ({
  person: user.person,
  role: user.role === 'operator' ? 'operator' : 'admin',
  county: user.county,
  name: user.name,
  stationId: user.stationId,
});

const STATUS_LABEL: Record<NoticeStatus, string> = { scheduled: '待发', done: '已发出', cancelled: '已取消', missed: '错过' };
const audienceText = (a: Audience) =>
  `${[a.region, a.county].filter(Boolean).join('、') || '全部订阅用户'}${a.topic ? `(${a.topic}类)` : ''}`;
const platformText = (list: Array<{ platform: string; count: number }>) =>
  list.map((p) => `${PLATFORM_LABEL[p.platform] ?? p.platform} ${p.count}`).join(',') || '无';
const when = (n: Notice) =>
  n.cron ? `定时 ${n.cron}(北京时间)` : n.sendAt !== null ? `${formatSlot(n.sendAt)}${n.urgent ? '(紧急)' : ''}` : '';
const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');

/** The compose form's fields as a draft for checkNotice; an operator's audience is always their own station. */
function readDraft(form: Record<string, unknown>, user: WebUser): { ok: true; draft: Draft } | { ok: false; error: string } {
  const timing = field(form, 'when') || 'now';
  const at = field(form, 'at');
  const cron = field(form, 'cron');
  if (timing === 'at' && !at) return { ok: false, error: '请填写发送时间,如 2026-12-12 10:00。' };
  if (timing === 'cron' && !cron) return { ok: false, error: '请填写定时表达式,如每周一上午10点:0 10 * * 1。' };
  const admin = user.role === 'admin';
  return {
    ok: true,
    draft: {
      author: user.person,
      text: typeof form['text'] === 'string' ? form['text'] : '',
      ...(admin && field(form, 'station') ? { station: field(form, 'station') } : {}),
      ...(!admin && user.stationId !== null ? { station: String(user.stationId) } : {}),
      ...(admin && field(form, 'region') ? { region: field(form, 'region') } : {}),
      ...(field(form, 'county') ? { county: field(form, 'county') } : {}),
      ...(field(form, 'topic') ? { topic: field(form, 'topic') } : {}),
      ...(timing === 'at' ? { at } : {}),
      ...(timing === 'cron' ? { cron } : {}),
      urgent: timing === 'urgent',
    },
  };
}

/** Who the notices page is about: all subscribers for an admin, the own station's audience for an operator. */
function SubscriberSummary({ deps, user }: { deps: WebDeps; user: WebUser }) {
  const { app } = deps;
  if (user.role === 'operator') {
    const station = app.stations.get(user.stationId!);
    if (!station) return <p>您的联络站已不存在,请联系管理员。</p>;
    const audience = { region: station.region };
    return (
      <p>
        {station.name}(地区 {station.region})的订阅用户:<strong>{app.subscriptions.audience(audience).length}</strong> 人(
        {platformText(perPlatform(app, audience))})
      </p>
    );
  }
  const counts = app.subscriptions.counts();
  return (
    <p>
      订阅用户:<strong>{counts.active}</strong> 人({platformText(perPlatform(app, {}))}),已屏蔽机器人 {counts.inactive} 人
    </p>
  );
}

function ComposeForm({ deps, user, csrf }: { deps: WebDeps; user: WebUser; csrf: string }) {
  const admin = user.role === 'admin';
  const own = user.stationId === null ? undefined : deps.app.stations.get(user.stationId);
  return (
    <section>
      <h2>写通知</h2>
      <form method="post" action="/notices">
        <Csrf token={csrf} />
        <label>
          内容({NOTICE_MAX_CHARS}字以内,末尾会自动加退订方法)
          <textarea name="text" rows={5} required maxlength={NOTICE_MAX_CHARS} />
        </label>
        <fieldset class="filters">
          <legend>发给谁</legend>
          {admin ? (
            <>
              <label>
                联络站
                <select name="station">
                  <option value="">不限</option>
                  {deps.app.stations
                    .list()
                    .filter((s) => s.active)
                    .map((s) => (
                      <option value={String(s.id)}>{s.name}</option>
                    ))}
                </select>
              </label>
              <label>
                地区 <input name="region" placeholder="如 上海、长三角(空为全部)" />
              </label>
            </>
          ) : (
            <p>本站订阅用户:{own ? `${own.name}(${own.region})` : ''}</p>
          )}
          <label>
            县市区
            <select name="county">
              <option value="">不限</option>
              {HOMETOWNS.map((h) => (
                <option value={h}>{h}</option>
              ))}
            </select>
          </label>
          <label>
            类别
            <select name="topic">
              <option value="">不限(发给所有订阅用户)</option>
              {NOTICE_TOPICS.map((t) => (
                <option value={t.name}>{t.name}</option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset class="filters">
          <legend>什么时候发</legend>
          <label>
            <input type="radio" name="when" value="now" checked /> 现在
          </label>
          <label>
            <input type="radio" name="when" value="urgent" /> 紧急,现在(夜间也发)
          </label>
          <label>
            <input type="radio" name="when" value="at" /> 定时
            <input name="at" placeholder="2026-12-12 10:00" />
          </label>
          <label>
            <input type="radio" name="when" value="cron" /> 重复
            <input name="cron" placeholder="0 10 * * 1" />
          </label>
          <small>晚上10点到早上8点不发普通通知,顺延到早上。重复发送按 cron 写法,北京时间。</small>
        </fieldset>
        <div class="filters">
          <button type="button" hx-post="/notices/preview" hx-include="closest form" hx-target="#preview" hx-swap="innerHTML">
            预览收件人
          </button>
          <button type="submit">保存并发送</button>
        </div>
        <div id="preview" aria-live="polite" />
      </form>
    </section>
  );
}

function NoticeCard({ deps, n, csrf }: { deps: WebDeps; n: Notice; csrf: string }) {
  const runs = deps.app.notices.runsOf(n.id);
  const sum = (k: 'sent' | 'failed' | 'pending') => runs.reduce((s, r) => s + r[k], 0);
  const station = n.stationId === null ? undefined : deps.app.stations.get(n.stationId);
  return (
    <article class="card">
      <h3>
        <a href={`/notices/${n.id}`}>#{n.id}</a> <span class={`badge notice-${n.status}`}>{STATUS_LABEL[n.status]}</span>
        {n.urgent ? <span class="badge">紧急</span> : null}
      </h3>
      <p>{n.text.length > 60 ? `${n.text.slice(0, 60)}…` : n.text}</p>
      <p>
        <small>
          {when(n)} · {audienceText(n.audience)}
          {station ? ` · ${station.name}` : ''}
        </small>
      </p>
      <p>
        已发 {sum('sent')} · 失败 {sum('failed')} · 待发 {sum('pending')}
        {runs.length > 1 ? `(共 ${runs.length} 次)` : ''}
      </p>
      {n.status !== 'cancelled' && (n.status === 'scheduled' || sum('pending') > 0) ? (
        <form method="post" action={`/notices/${n.id}/cancel`}>
          <Csrf token={csrf} />
          <button type="submit">取消</button>
        </form>
      ) : null}
    </article>
  );
}

/** The latest run's counts; refreshes itself every 2 s while anything of the notice is still to be sent. */
function Progress({ n, runs }: { n: Notice; runs: RunProgress[] }) {
  const [latest, ...earlier] = runs;
  const live = n.status === 'scheduled' || runs.some((r) => r.pending > 0);
  const refresh = live ? { 'hx-get': `/notices/${n.id}/progress`, 'hx-trigger': 'every 2s', 'hx-swap': 'outerHTML' } : {};
  return (
    <section id="progress" class="card" {...refresh}>
      <h2>发送进度</h2>
      {latest ? (
        <>
          <p>
            {formatSlot(latest.dueAt)} 开始,共 {latest.recipients} 人:已发 <strong class="sent">{latest.sent}</strong> · 失败{' '}
            <strong class="failed">{latest.failed}</strong> · 待发 <strong class="pending">{latest.pending}</strong>
            {latest.uncertain ? ` · 不确定 ${latest.uncertain}` : ''}
          </p>
          <progress class="progress" max={latest.recipients || 1} value={latest.sent + latest.failed + latest.uncertain} />
          <p>
            最近一分钟发出 <strong class="rate">{latest.perMinute}</strong> 条/分钟
            {latest.lastSentAt ? `,最后一条 ${formatSlot(latest.lastSentAt)}` : ''}
          </p>
        </>
      ) : (
        <p>
          {n.status === 'cancelled'
            ? '已取消,没有发送。'
            : `还没开始发送。${n.cron ? `按"${n.cron}"定时发送。` : n.sendAt ? `计划 ${formatSlot(n.sendAt)}。` : ''}`}
        </p>
      )}
      {earlier.length ? (
        <ul>
          {earlier.map((r) => (
            <li>
              {formatSlot(r.dueAt)}:{r.recipients} 人,已发 {r.sent},失败 {r.failed},待发 {r.pending}
            </li>
          ))}
        </ul>
      ) : null}
      {live ? <small>每2秒自动刷新</small> : null}
    </section>
  );
}

export const noticesPage: WebPage = {
  path: '/notices',
  label: '通知',
  roles: ['admin', 'operator'],
  register(web, deps) {
    const { app } = deps;
    const check = (user: WebUser, draft: Draft) =>
      checkNotice(draft, { stations: app.stations, subscriptions: app.subscriptions, now: deps.now(), staff: staffOf(user) });
    /** The notice named in the path if this user may manage it; another station's notice is as unknown as a missing one. */
    const visible = (c: C): Notice | undefined => {
      const n = app.notices.get(Number(c.req.param('id')));
      return n && mayManage(c.get('user'), n) ? n : undefined;
    };
    const notFound = (c: C) =>
      renderPage(
        c,
        '没有这条通知',
        <p>
          没有找到这条通知。<a href="/notices">返回通知列表</a>
        </p>,
        404,
      );

    web.get('/notices', mayUse, (c) => {
      const user = c.get('user');
      const list = app.notices.list().filter((n) => mayManage(user, n));
      return renderPage(
        c,
        '通知',
        <>
          <SubscriberSummary deps={deps} user={user} />
          <ComposeForm deps={deps} user={user} csrf={c.get('csrf')} />
          <h2>最近的通知</h2>
          {list.length ? (
            <div class="cards">
              {list.slice(0, 50).map((n) => (
                <NoticeCard deps={deps} n={n} csrf={c.get('csrf')} />
              ))}
            </div>
          ) : (
            <p>还没有通知。</p>
          )}
        </>,
      );
    });

    web.post('/notices/preview', mayUse, async (c) => {
      const user = c.get('user');
      const read = readDraft(await c.req.parseBody(), user);
      const checked = read.ok ? check(user, read.draft) : read;
      if (!checked.ok)
        return c.html(
          <div class="preview error" role="alert">
            {checked.error}
          </div>,
        );
      const platforms = perPlatform(app, checked.notice.audience);
      const reachable = platforms.reduce((s, p) => s + p.count, 0);
      return c.html(
        <div class="preview">
          <p>
            范围:{audienceText(checked.notice.audience)},共 <strong class="recipients">{checked.recipients}</strong> 人
          </p>
          <ul>
            {platforms.map((p) => (
              <li data-platform={p.platform}>
                {PLATFORM_LABEL[p.platform] ?? p.platform}:{p.count} 人
              </li>
            ))}
            {checked.recipients > reachable ? <li>没有可送达的账号:{checked.recipients - reachable} 人</li> : null}
          </ul>
        </div>,
      );
    });

    web.post('/notices', mayUse, async (c) => {
      const user = c.get('user');
      const read = readDraft(await c.req.parseBody(), user);
      const checked = read.ok ? check(user, read.draft) : read;
      if (!checked.ok)
        return renderPage(
          c,
          '通知没有保存',
          <p>
            {checked.error}
            <a href="/notices">返回修改</a>
          </p>,
          400,
        );
      const notice = app.notices.create(checked.notice, deps.now());
      app.onNotice(notice);
      audit(deps, user, 'notice.create', { notice: notice.id, recipients: checked.recipients });
      return c.redirect(`/notices/${notice.id}`, 303);
    });

    web.post('/notices/:id{[0-9]+}/cancel', mayUse, (c) => {
      const notice = visible(c);
      if (!notice) return notFound(c);
      if (!app.notices.cancel(notice.id))
        return renderPage(
          c,
          '无法取消',
          <p>
            通知 #{notice.id} 已经取消过了。<a href={`/notices/${notice.id}`}>返回</a>
          </p>,
          409,
        );
      audit(deps, c.get('user'), 'notice.cancel', { notice: notice.id });
      return c.redirect(`/notices/${notice.id}`, 303);
    });

    web.get('/notices/:id{[0-9]+}', mayUse, (c) => {
      const n = visible(c);
      if (!n) return notFound(c);
      const station = n.stationId === null ? undefined : app.stations.get(n.stationId);
      const runs = runProgress(app, n.id, deps.now());
      // As on the list's cards: a notice already sent in full has nothing left to cancel.
      const cancellable = n.status === 'scheduled' || (n.status !== 'cancelled' && runs.some((r) => r.pending > 0));
      return renderPage(
        c,
        `通知 #${n.id}`,
        <>
          <p>
            <span class={`badge notice-${n.status}`}>{STATUS_LABEL[n.status]}</span> {when(n)} · {audienceText(n.audience)}
            {station ? ` · ${station.name}` : ''}
          </p>
          <blockquote>{n.text}</blockquote>
          <Progress n={n} runs={runs} />
          {cancellable ? (
            <form method="post" action={`/notices/${n.id}/cancel`}>
              <Csrf token={c.get('csrf')} />
              <button type="submit">取消这条通知(没发出的不再发)</button>
            </form>
          ) : null}
          <p>
            <a href="/notices">返回通知列表</a>
          </p>
        </>,
      );
    });

    web.get('/notices/:id{[0-9]+}/progress', mayUse, (c) => {
      const n = visible(c);
      if (!n) return c.html(<p>没有找到这条通知。</p>, 404);
      return c.html(<Progress n={n} runs={runProgress(app, n.id, deps.now())} />);
    });
  },
};
