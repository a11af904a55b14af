/**
 * The Leads page (issue 15, item 4): the pipeline by stage with counts and a funnel chart, filters, overdue marking,
 * possible duplicates, a lead's full page with its dated history, stage changes, merges and CSV/XLSX exports of what
 * is filtered. Admins see every lead, a county office its county's (`mayHandleLead`, as chat); nobody else.
 */
import type { Context } from 'hono';
import { toLocal } from '../../booking/time.ts';
import { maskPhone } from '../../core/logger.ts';
import { leadsToCsv, leadsToXlsx } from '../../leads/export.ts';
import { isStage, mayHandleLead, refOf, STAGES, type HistoryEntry, type Lead } from '../../leads/leads.ts';
import { HOMETOWNS } from '../../leads/places.ts';
import { oneWorkingDayBefore } from '../../leads/digest.ts';
import { audit } from '../auth.ts';
import { Funnel } from '../charts.tsx';
import type { WebDeps, WebEnv, WebRole, WebUser } from '../env.ts';
import { Csrf, renderPage } from '../layout.tsx';
import {
  filterQuery,
  forExport,
  mayUseLeads,
  OTHER_COUNTY,
  parseFilter,
  readLeadId,
  type ScopedLead,
  scopedLead,
  scopedLeads,
  stageCounts,
  type WebLeadFilter,
} from '../leads-data.ts';
import type { WebPage } from './index.ts';

type Ctx = Context<WebEnv>;

const ROLES = ['admin', 'county'] as const satisfies readonly WebRole[];

const pad = (n: number) => String(n).padStart(2, '0');
/** "2026-03-11 09:05", Beijing time. */
function localTime(ms: number): string {
  const t = toLocal(ms);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
}
const Time = ({ at }: { at: number }) => <time datetime={new Date(at).toISOString()}>{localTime(at)}</time>;

const hometownOf = (lead: Lead) => lead.hometown ?? (lead.outsideJingzhou ? `${lead.outsideJingzhou}(荆州以外)` : '未知');
const amountOf = (lead: Lead) => (typeof lead.amountWan === 'number' ? `${lead.amountWan}万元` : '未说明');

const OverdueBadge = () => <span class="badge overdue">超1个工作日未跟进</span>;
const DuplicateBadge = ({ of }: { of: number }) => <span class="badge duplicate">可能与 {refOf(of)} 重复</span>;

function Filters({ user, filter }: { user: WebUser; filter: WebLeadFilter }) {
  return (
    <form class="filters" method="get" action="/leads" aria-label="筛选线索">
      {user.role === 'admin' ? (
        <label>
          县市区
          <select name="county">
            <option value="">全部</option>
            {HOMETOWNS.map((h) => (
              <option value={h} selected={filter.county === h}>
                {h}
              </option>
            ))}
            <option value={OTHER_COUNTY} selected={filter.county === OTHER_COUNTY}>
              荆州以外/未知
            </option>
          </select>
        </label>
      ) : (
        <p>县市区:{user.county ?? '未设定'}</p>
      )}
      <label>
        行业
        <input type="search" name="industry" value={filter.industry ?? ''} maxlength={30} />
      </label>
      <label>
        最低规模(万元)
        <input type="number" name="min" min="0" step="any" inputmode="decimal" value={filter.minWan ?? ''} />
      </label>
      <label>
        最高规模(万元)
        <input type="number" name="max" min="0" step="any" inputmode="decimal" value={filter.maxWan ?? ''} />
      </label>
      <label>
        阶段
        <select name="stage">
          <option value="">全部</option>
          {STAGES.map((s) => (
            <option value={s} selected={filter.stage === s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" name="overdue" value="1" checked={!!filter.overdue} />
        只看超时未跟进
      </label>
      <button type="submit">筛选</button>
      <a href="/leads">清除筛选</a>
    </form>
  );
}

/** The pipeline: each stage with its count, a link that narrows the list to it (other filters kept). */
function Pipeline({ counts, filter }: { counts: Array<{ stage: string; count: number }>; filter: WebLeadFilter }) {
  return (
    <ol class="pipeline">
      {counts.map((c) => {
        const href = `/leads${filterQuery({ ...filter, stage: c.stage as WebLeadFilter['stage'] })}`;
        return (
          <li aria-current={filter.stage === c.stage ? 'true' : undefined}>
            <a href={href}>
              {c.stage} <strong>{c.count}</strong>
            </a>
          </li>
        );
      })}
    </ol>
  );
}

function LeadTable({ rows }: { rows: readonly ScopedLead[] }) {
  if (!rows.length) return <p>没有符合条件的线索。</p>;
  return (
    <table class="cards">
      <thead>
        <tr>
          <th scope="col">编号</th>
          <th scope="col">称呼</th>
          <th scope="col">电话</th>
          <th scope="col">老家</th>
          <th scope="col">行业</th>
          <th scope="col">规模</th>
          <th scope="col">阶段</th>
          <th scope="col">更新</th>
          <th scope="col">提醒</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ lead, overdue }) => (
          <tr class={overdue ? 'overdue' : undefined}>
            <th scope="row" data-label="编号">
              <a href={`/leads/${lead.id}`}>{refOf(lead.id)}</a>
            </th>
            <td data-label="称呼">{lead.name ?? '未留'}</td>
            <td data-label="电话">{lead.phone ? maskPhone(lead.phone) : '未留'}</td>
            <td data-label="老家">{hometownOf(lead)}</td>
            <td data-label="行业">{lead.industry ?? '未知'}</td>
            <td data-label="规模">{amountOf(lead)}</td>
            <td data-label="阶段">{lead.stage}</td>
            <td data-label="更新">
              <Time at={lead.updatedAt} />
            </td>
            <td data-label="提醒">
              {overdue ? <OverdueBadge /> : null}
              {lead.duplicateOf !== null ? <DuplicateBadge of={lead.duplicateOf} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function listPage(c: Ctx, deps: WebDeps, user: WebUser) {
  const { filter, problems } = parseFilter(c.req.query());
  const rows = scopedLeads(deps, user, filter);
  // Counts per stage over everything else the filter selects, so the pipeline still shows the whole funnel.
  const { stage: _stage, ...withoutStage } = filter;
  const counts = stageCounts(filter.stage ? scopedLeads(deps, user, withoutStage) : rows);
  const query = filterQuery(filter);
  return renderPage(
    c,
    '线索',
    <>
      {user.role === 'county' && !user.county ? <p role="alert">您的账号没有设定所属县市区,暂时不能查看线索。请联系管理员。</p> : null}
      {problems.length ? (
        <ul role="alert" class="problems">
          {problems.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      ) : null}
      <Filters user={user} filter={filter} />
      <section aria-labelledby="pipeline-h">
        <h2 id="pipeline-h">跟进阶段</h2>
        <Pipeline counts={counts} filter={filter} />
        <Funnel title="各阶段线索数" points={counts.map((c) => ({ label: c.stage, value: c.count }))} />
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">线索列表({rows.length}条)</h2>
        <p class="exports">
          导出当前筛选结果:<a href={`/leads/export.csv${query}`}>CSV</a> · <a href={`/leads/export.xlsx${query}`}>Excel</a>
        </p>
        <LeadTable rows={rows} />
      </section>
    </>,
  );
}

function changesText(changes: NonNullable<HistoryEntry['changes']>): string {
  return Object.entries(changes)
    .map(([field, { from, to }]) => `${field}:${from ?? '空'} → ${to ?? '空'}`)
    .join(';');
}

function leadPage(c: Ctx, deps: WebDeps, user: WebUser, lead: Lead, error?: string) {
  const { leads } = deps.app;
  const csrf = c.get('csrf');
  const original = lead.duplicateOf === null ? undefined : scopedLead(deps, user, lead.duplicateOf);
  const later = leads
    .duplicatesOf(lead.id)
    .map((id) => scopedLead(deps, user, id))
    .filter((l): l is Lead => !!l);
  const overdue = leads.waiting(oneWorkingDayBefore(deps.now().getTime())).some((l) => l.id === lead.id);
  const fields: Array<[string, string]> = [
    ['类型', lead.kind],
    ['阶段', lead.stage],
    ['称呼', lead.name ?? '未留'],
    ['电话', lead.phone ?? '未留,请在平台内联系'],
    ['老家', hometownOf(lead)],
    ['现在城市', lead.city ?? '未知'],
    ['公司', lead.company ?? '未留'],
    ['行业', lead.industry ?? '未知'],
    ['项目', lead.project ?? '未说明'],
    ['用地/厂房', lead.siteNeeds ?? '未说明'],
    ['希望支持', lead.supportWanted ?? '未说明'],
    [
      '规模',
      typeof lead.amountWan === 'number' ? `约${lead.amountWan}万元${lead.amountText ? `(原话“${lead.amountText}”)` : ''}` : '未说明',
    ],
    ['负责单位', lead.ownerOffice],
    ['登记时间', localTime(lead.createdAt)],
    ['更新时间', localTime(lead.updatedAt)],
  ];
  return renderPage(
    c,
    `线索 ${refOf(lead.id)}`,
    <>
      <p>
        <a href="/leads">← 返回线索列表</a>
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {overdue ? <OverdueBadge /> : null}
      <dl class="lead">
        {fields.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      </dl>
      {lead.duplicateOf !== null ? (
        <section aria-labelledby="dup-h">
          <h2 id="dup-h">可能重复</h2>
          <p>
            <DuplicateBadge of={lead.duplicateOf} />
            电话与 {original ? <a href={`/leads/${original.id}`}>{refOf(original.id)}</a> : refOf(lead.duplicateOf)} 相同,另一人登记。
          </p>
          {original ? (
            <form method="post" action={`/leads/${lead.id}/merge`}>
              <Csrf token={csrf} />
              <input type="hidden" name="into" value={refOf(original.id)} />
              <p>
                核实是同一项目后,把 {refOf(lead.id)} 合并到 {refOf(original.id)}(保留的线索登记人不变,两条的记录都保留)。
              </p>
              <button type="submit">合并到 {refOf(original.id)}</button>
            </form>
          ) : (
            <p>如是同一项目,请管理员合并。</p>
          )}
        </section>
      ) : null}
      {later.length ? (
        <p>
          可能重复的登记:
          {later.map((l) => (
            <>
              {' '}
              <a href={`/leads/${l.id}`}>{refOf(l.id)}</a>
            </>
          ))}
        </p>
      ) : null}
      <section aria-labelledby="stage-h">
        <h2 id="stage-h">更改阶段</h2>
        <form method="post" action={`/leads/${lead.id}/stage`} class="stage">
          <Csrf token={csrf} />
          <label>
            新阶段
            <select name="stage" required>
              {STAGES.map((s) => (
                <option value={s} selected={s === lead.stage}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            备注
            <input type="text" name="note" maxlength={200} />
          </label>
          <button type="submit">保存</button>
        </form>
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">记录</h2>
        <ol class="history">
          {leads.history(lead.id).map((h) => (
            <li>
              <Time at={h.at} /> {h.actor} {h.stageFrom ? `${h.stageFrom} → ` : ''}
              {h.stageTo ?? ''} {h.note ?? ''}
              {h.changes ? ` (${changesText(h.changes)})` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>,
    error ? 400 : 200,
  );
}

/** The same answer for a lead that does not exist and for one outside the user's scope. */
const notFound = (c: Ctx) =>
  renderPage(
    c,
    '没有找到线索',
    <p>
      没有找到您能查看的这条线索。<a href="/leads">返回线索列表</a>
    </p>,
    404,
  );

const formText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function exportName(deps: WebDeps, ext: string): string {
  const t = toLocal(deps.now().getTime());
  return `leads-${t.year}-${pad(t.month)}-${pad(t.day)}.${ext}`;
}

export const leadsPage: WebPage = {
  path: '/leads',
  label: '线索',
  roles: ROLES,
  register(web, deps) {
    // Defensive: the foundation checks roles too; a page never relies on that alone.
    const guard = async (c: Ctx, next: () => Promise<void>) => {
      const user = c.get('user') as WebUser | undefined;
      if (!user) return c.text('请先登录。', 401);
      if (!(ROLES as readonly WebRole[]).includes(user.role) || !mayUseLeads(user))
        return renderPage(c, '无权查看', <p>您的账号不能查看线索;线索由管理员和县市区招商部门跟进。</p>, 403);
      await next();
    };
    web.use('/leads', guard);
    web.use('/leads/*', guard);

    web.get('/leads', (c) => listPage(c, deps, c.get('user')));

    web.get('/leads/export.csv', (c) => {
      const user = c.get('user');
      const { filter } = parseFilter(c.req.query());
      const rows = forExport(user, scopedLeads(deps, user, filter));
      audit(deps, user, 'lead.export', { format: 'csv', count: rows.length, filter });
      return c.body(leadsToCsv(rows), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportName(deps, 'csv')}"`,
        'Cache-Control': 'no-store',
      });
    });

    web.get('/leads/export.xlsx', async (c) => {
      const user = c.get('user');
      const { filter } = parseFilter(c.req.query());
      const rows = forExport(user, scopedLeads(deps, user, filter));
      audit(deps, user, 'lead.export', { format: 'xlsx', count: rows.length, filter });
      const body = await leadsToXlsx(rows);
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${exportName(deps, 'xlsx')}"`,
        'Cache-Control': 'no-store',
      });
    });

    web.get('/leads/:id', (c) => {
      const user = c.get('user');
      const id = readLeadId(c.req.param('id'));
      const lead = id === undefined ? undefined : scopedLead(deps, user, id);
      if (!lead) return notFound(c);
      c.header('Cache-Control', 'no-store');
      return leadPage(c, deps, user, lead);
    });

    web.post('/leads/:id/stage', async (c) => {
      const user = c.get('user');
      const id = readLeadId(c.req.param('id'));
      const lead = id === undefined ? undefined : scopedLead(deps, user, id);
      if (!lead) return notFound(c);
      const form = await c.req.parseBody();
      const stage = formText(form['stage']);
      if (!isStage(stage)) {
        return leadPage(c, deps, user, lead, `没有“${stage}”这个阶段。阶段:${STAGES.join('、')}。`);
      }
      const note = formText(form['note']).slice(0, 200) || null;
      deps.app.leads.setStage(lead.id, stage, user.name, note, deps.now().getTime());
      audit(deps, user, 'lead.stage', { ref: refOf(lead.id), from: lead.stage, to: stage });
      return c.redirect(`/leads/${lead.id}`, 303);
    });

    web.post('/leads/:id/merge', async (c) => {
      const user = c.get('user');
      const fromId = readLeadId(c.req.param('id'));
      const from = fromId === undefined ? undefined : scopedLead(deps, user, fromId);
      if (!from) return notFound(c);
      const form = await c.req.parseBody();
      const intoId = readLeadId(formText(form['into']));
      const into = intoId === undefined ? undefined : scopedLead(deps, user, intoId);
      if (!into) return notFound(c);
      if (from.id === into.id) {
        return leadPage(c, deps, user, from, '不能合并到自己。');
      }
      // As chat's /merge: an admin, or a county office both leads are of (scopedLead checked both).
      if (!mayHandleLead(user, from) || !mayHandleLead(user, into)) return notFound(c);
      const result = deps.app.leads.merge(from.id, into.id, user.name, deps.now().getTime());
      if (!result.ok) return notFound(c);
      audit(deps, user, 'lead.merge', { from: refOf(from.id), into: refOf(into.id), filled: result.filled });
      return c.redirect(`/leads/${into.id}`, 303);
    });
  },
};
