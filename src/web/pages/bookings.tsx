/**
 * 预约 (issue 15): a week of consultations per mentor with utilisation, unrecorded sessions and /done notes; for
 * admins also the mentor pool (add, deactivate, import, invite codes). Mentors see only their own schedule, and only
 * a booking's own mentor sees its phone number in full. County staff and operators are refused, as in chat.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { App } from '../../app.ts';
import { STATUS_LABEL, type Booking } from '../../booking/bookings.ts';
import { mentorName, type Mentor } from '../../booking/mentors.ts';
import { DAY_MS, formatSlot, toLocal } from '../../booking/time.ts';
import { COUNTY_NAMES, MODE_LABEL, MODES, ROLES, SPECIALTY_NAMES } from '../../booking/vocabulary.ts';
import { maskPersonal, maskPhone } from '../../core/logger.ts';
import { addMentor, dayKey, importMentors, type MentorWeek, mentorWeeks, perDay, type Week, weekOf } from '../bookings-data.ts';
import { audit } from '../auth.ts';
import { BarChart } from '../charts.tsx';
import type { WebEnv, WebRole, WebUser } from '../env.ts';
import { Csrf, renderPage } from '../layout.tsx';
import type { WebPage } from './index.ts';

type C = Context<WebEnv>;

const refuse = (c: C) => renderPage(c, '无权访问', <p>您的账号不能查看预约。导师只能看自己的日程,预约和导师库由管理员管理。</p>, 403);

/** Lets only these roles through; a mentor also needs an active mentor record of their own. */
const only =
  (...roles: WebRole[]): MiddlewareHandler<WebEnv> =>
  async (c, next) => {
    if (!roles.includes(c.get('user').role)) return refuse(c);
    await next();
  };

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const hhmm = (ms: number) => {
  const m = toLocal(ms).minutes;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const percent = (share: number | undefined) => (share === undefined ? '—' : `${Math.round(share * 100)}%`);

/** Bookings per day, Monday first, as a server-side SVG bar chart. */
const DayChart = ({ counts, week }: { counts: number[]; week: Week }) => (
  <BarChart
    title="本周每天的预约(待确认、已确认、已完成)"
    points={counts.map((value, i) => ({ label: `${WEEKDAYS[i]} ${toLocal(week.start + i * DAY_MS).day}日`, value }))}
    height={140}
  />
);

/** One booking as its viewer may see it: the phone in full only for the booking's own mentor. */
function BookingItem({ b, viewer, now }: { b: Booking; viewer: WebUser; now: number }) {
  const own = viewer.role === 'mentor' && viewer.mentorId === b.mentorId;
  const unrecorded = b.status === 'confirmed' && b.end <= now;
  return (
    <li>
      <strong>{hhmm(b.start)}</strong> {b.specialty} · {maskPersonal(b.topic)}{' '}
      <span class={`badge status-${b.status}`}>{STATUS_LABEL[b.status]}</span>
      {unrecorded ? <span class="badge warn">已结束未记录</span> : null}
      <br />
      <small>
        编号 {b.ref} · {b.mode === 'online' ? '线上' : b.mode === 'in_person' ? '线下' : '线上或线下'}
        {b.county ? ` · ${b.county}` : ''} · 电话 {b.phone ? (own ? b.phone : maskPhone(b.phone)) : '未留'}
      </small>
      {b.status === 'done' && b.note ? <p class="note">咨询记录:{maskPersonal(b.note)}</p> : null}
    </li>
  );
}

function MentorCard({ w, week, viewer, now }: { w: MentorWeek; week: Week; viewer: WebUser; now: number }) {
  const days = Array.from({ length: 7 }, (_, i) => week.start + i * DAY_MS);
  return (
    <article class="card" id={`mentor-${w.mentor.id}`}>
      <h3>
        {mentorName(w.mentor)}
        {w.mentor.active ? null : <span class="badge">已停用</span>}
        {w.mentor.sample ? <span class="badge">示例</span> : null}
      </h3>
      <p>
        利用率 {percent(w.utilisation)}(已约 {w.booked},空闲 {w.free})
        <progress class="progress" max={w.booked + w.free || 1} value={w.booked} />
      </p>
      <p>
        已完成 {w.done.length} · 已结束未记录(可能未到)<strong>{w.unrecorded.length}</strong>
      </p>
      {w.bookings.length ? (
        days.map((day) => {
          const list = w.bookings.filter((b) => b.start >= day && b.start < day + DAY_MS);
          return list.length ? (
            <section>
              <h4>{formatSlot(day).replace(/ \d\d:\d\d$/, '')}</h4>
              <ul>
                {list.map((b) => (
                  <BookingItem b={b} viewer={viewer} now={now} />
                ))}
              </ul>
            </section>
          ) : null;
        })
      ) : (
        <p>本周没有预约。</p>
      )}
    </article>
  );
}

/** The mentors whose week the viewer sees: a mentor only themself, an admin all (or the one picked). */
function visibleMentors(app: App, user: WebUser, picked: number | undefined): Mentor[] | undefined {
  if (user.role === 'mentor') {
    const own = user.mentorId === null ? undefined : app.booking.mentors.get(user.mentorId);
    return own?.active ? [own] : undefined;
  }
  return app.booking.mentors.list().filter((m) => (picked === undefined ? m.active : m.id === picked));
}

function MentorPool({ mentors, csrf }: { mentors: Mentor[]; csrf: string }) {
  return (
    <section id="pool">
      <h2>导师库</h2>
      <div class="cards">
        {mentors.map((m) => (
          <article class="card">
            <h3>
              #{m.id} {mentorName(m)} <span class="badge">{m.active ? '在岗' : '已停用'}</span>
              {m.sample ? <span class="badge">示例</span> : null}
            </h3>
            <p>
              {m.specialties.join('、')} · {m.counties.length ? m.counties.join('、') : '全市'} · {MODE_LABEL[m.mode]} ·{' '}
              {m.person ? '已绑定聊天账号' : '未绑定'}
            </p>
            <p>
              每周:
              {m.availability.map((a) => `周${WEEKDAYS[a.weekday - 1]} ${a.start}-${a.end}`).join(',')}
            </p>
            {m.active ? (
              <div class="filters">
                <form method="post" action={`/bookings/mentors/${m.id}/invite`}>
                  <Csrf token={csrf} />
                  <button type="submit">生成绑定码</button>
                </form>
                <form method="post" action={`/bookings/mentors/${m.id}/deactivate`}>
                  <Csrf token={csrf} />
                  <button type="submit">停用</button>
                </form>
              </div>
            ) : null}
          </article>
        ))}
      </div>
      <h3>添加导师</h3>
      <form method="post" action="/bookings/mentors" class="filters">
        <Csrf token={csrf} />
        <label>
          姓名 <input name="name" required maxlength={40} />
        </label>
        <label>
          身份
          <select name="role">
            {ROLES.map((r) => (
              <option value={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          专长(用、分隔) <input name="specialties" required placeholder={SPECIALTY_NAMES.slice(0, 2).join('、')} />
        </label>
        <label>
          服务县市区(空为全市) <input name="counties" placeholder={COUNTY_NAMES.slice(0, 2).join('、')} />
        </label>
        <label>
          方式
          <select name="mode">
            {MODES.map((m) => (
              <option value={m} selected={m === 'both'}>
                {MODE_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          每周可约时间 <input name="availability" required placeholder="2 14:00-17:00,4 09:00-12:00" />
        </label>
        <small>时间写法:星期几(1=周一 … 7=周日)加时段,多个用逗号分隔。可选专长:{SPECIALTY_NAMES.join('、')}。</small>
        <button type="submit">添加</button>
      </form>
      <h3>批量导入</h3>
      <form method="post" action="/bookings/mentors/import">
        <Csrf token={csrf} />
        <label>
          格式
          <select name="format">
            <option value="csv">CSV(第一行为列名)</option>
            <option value="yaml">YAML(同 knowledge/mentors.sample.yaml)</option>
          </select>
        </label>
        <textarea name="text" rows={8} required placeholder="name,role,specialties,counties,mode,availability" />
        <small>全部通过检查才导入;有一行不对就一条也不导入,并指出哪一行。</small>
        <button type="submit">导入</button>
      </form>
    </section>
  );
}

const back = (week?: string) => <a href={`/bookings${week ? `?week=${week}` : ''}#pool`}>返回预约</a>;
const idParam = (c: C) => Number(c.req.param('id'));
const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

export const bookingsPage: WebPage = {
  path: '/bookings',
  label: '预约',
  roles: ['admin', 'mentor'],
  register(web, deps) {
    const { app } = deps;
    const admin = only('admin');

    web.get('/bookings', only('admin', 'mentor'), (c) => {
      const user = c.get('user');
      const now = deps.now();
      const week = weekOf(c.req.query('week'), now);
      const pickedRaw = user.role === 'admin' ? c.req.query('mentor') : undefined;
      const picked = pickedRaw && /^\d+$/.test(pickedRaw) ? Number(pickedRaw) : undefined;
      const mentors = visibleMentors(app, user, picked);
      if (!mentors) return renderPage(c, '无权访问', <p>您的导师身份未绑定或已停用,不能查看日程。如有疑问请联系工作人员。</p>, 403);
      const weeks = mentorWeeks(app, mentors, week, now);
      const prev = dayKey(week.start - 7 * DAY_MS);
      const next = dayKey(week.end);
      const title = user.role === 'mentor' ? '我的日程' : '预约';
      return renderPage(
        c,
        title,
        <>
          <nav class="filters">
            <a href={`/bookings?week=${prev}`}>← 上一周</a>
            <strong>
              {formatSlot(week.start).replace(/ \d\d:\d\d$/, '')} — {formatSlot(week.end - DAY_MS).replace(/ \d\d:\d\d$/, '')}
            </strong>
            <a href="/bookings">本周</a>
            <a href={`/bookings?week=${next}`}>下一周 →</a>
          </nav>
          {user.role === 'admin' ? (
            <form method="get" action="/bookings" class="filters">
              <input type="hidden" name="week" value={week.key} />
              <label>
                导师
                <select name="mentor">
                  <option value="">全部在岗导师</option>
                  {app.booking.mentors.list().map((m) => (
                    <option value={String(m.id)} selected={m.id === picked}>
                      {mentorName(m)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit">查看</button>
            </form>
          ) : null}
          <DayChart counts={perDay(weeks, week)} week={week} />
          <div class="cards">
            {weeks.map((w) => (
              <MentorCard w={w} week={week} viewer={user} now={now.getTime()} />
            ))}
          </div>
          <p>
            <small>
              利用率 = 本周已约(待确认、已确认、已完成)÷(已约 +
              按导师每周可约时间、每日上限和间隔还能约的空档)。已结束未记录:已确认、已结束,导师还没用 /done 记录结果,可能是未到。
            </small>
          </p>
          {user.role === 'admin' ? <MentorPool mentors={app.booking.mentors.list()} csrf={c.get('csrf')} /> : null}
        </>,
      );
    });

    web.post('/bookings/mentors/:id{[0-9]+}/deactivate', admin, (c) => {
      const id = idParam(c);
      if (!app.booking.mentors.setActive(id, false))
        return renderPage(
          c,
          '没有这位导师',
          <p>
            没有编号为 {id} 的导师。{back()}
          </p>,
          404,
        );
      audit(deps, c.get('user'), 'mentor.deactivate', { mentor: id });
      return c.redirect('/bookings#pool', 303);
    });

    web.post('/bookings/mentors/:id{[0-9]+}/invite', admin, (c) => {
      const id = idParam(c);
      const mentor = app.booking.mentors.get(id);
      if (!mentor)
        return renderPage(
          c,
          '没有这位导师',
          <p>
            没有编号为 {id} 的导师。{back()}
          </p>,
          404,
        );
      if (!mentor.active)
        return renderPage(
          c,
          '导师已停用',
          <p>
            {mentorName(mentor)}已停用,不能生成绑定码。{back()}
          </p>,
          409,
        );
      const hours = app.limits.staffCodeTtlHours;
      const code = app.booking.mentors.invite(id, deps.now(), hours);
      audit(deps, c.get('user'), 'mentor.invite', { mentor: id, validHours: hours });
      // Shown once: the code is kept only as a hash, and this page must not be cached.
      c.header('Cache-Control', 'no-store');
      return renderPage(
        c,
        '导师绑定码',
        <>
          <p>
            {mentorName(mentor)}的绑定码(只显示这一次):<strong class="code">{code}</strong>
          </p>
          <p>
            请导师在自己的微信或Telegram里给机器人发送:<code>/bind {code}</code>({hours}小时内有效,只能用一次)。
          </p>
          {back()}
        </>,
      );
    });

    web.post('/bookings/mentors/import', admin, async (c) => {
      const form = await c.req.parseBody();
      const format = field(form, 'format') === 'yaml' ? 'yaml' : 'csv';
      const result = await importMentors(app, format, field(form, 'text'));
      if (!result.ok)
        return renderPage(
          c,
          '没有导入',
          <p>
            {result.error}。{back()}
          </p>,
          400,
        );
      audit(deps, c.get('user'), 'mentor.import', { format, imported: result.imported });
      return renderPage(
        c,
        '已导入',
        <p>
          已导入 {result.imported} 位导师。{back()}
        </p>,
      );
    });

    web.post('/bookings/mentors', admin, async (c) => {
      const form = await c.req.parseBody();
      const result = await addMentor(app, {
        name: field(form, 'name'),
        role: field(form, 'role'),
        specialties: field(form, 'specialties'),
        counties: field(form, 'counties'),
        mode: field(form, 'mode'),
        availability: field(form, 'availability'),
      });
      if (!result.ok)
        return renderPage(
          c,
          '没有添加',
          <p>
            {result.error}。请返回修改后再提交。{back()}
          </p>,
          400,
        );
      audit(deps, c.get('user'), 'mentor.add', { mentor: result.id });
      return c.redirect('/bookings#pool', 303);
    });
  },
};
