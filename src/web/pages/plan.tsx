/**
 * The plan page (issue 15): the 13 rows of the 2025 task list, each with its target, deadline and responsible units
 * from the knowledge base, what the bot's tables count toward it, and "系统无法统计" where they do not see it; charts
 * of leads per week and the pipeline funnel; the monthly report for the joint-meeting office as HTML and XLSX.
 * Admins see the city; county offices see their county's numbers wherever the tables split by county.
 */
import type { Context } from 'hono';
import { toLocal } from '../../booking/time.ts';
import { STAGES } from '../../leads/leads.ts';
import { audit } from '../auth.ts';
import { BarChart, Funnel, Progress } from '../charts.tsx';
import type { WebDeps, WebEnv, WebRole, WebUser } from '../env.ts';
import {
  collectPlanInputs,
  leadsPerWeek,
  type Metric,
  type PlanRow,
  planRows,
  progressOf,
  reachedStage,
  type Scope,
} from '../plan-data.ts';
import { buildMonthlyReport, type MonthlyReport, reportXlsx, targetText } from '../report.ts';
import { renderPage } from '../layout.tsx';
import type { WebPage } from './index.ts';

const ROLES: readonly WebRole[] = ['admin', 'county'];
/** The task list's year. */
export const PLAN_YEAR = 2025;

const scopeOf = (user: WebUser): Scope => ({ county: user.role === 'county' ? user.county : null });
const forbidden = (c: Context<WebEnv>) => c.text('无权访问此页面', 403);
const allowed = (user: WebUser) => ROLES.includes(user.role) && (user.role !== 'county' || !!user.county);
const fmtDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const currentMonth = (now: Date) => {
  const t = toLocal(now.getTime());
  return `${t.year}-${String(t.month).padStart(2, '0')}`;
};

function MetricLine({ m }: { m: Metric }) {
  const share = progressOf(m);
  const target = m.target && 'value' in m.target ? m.target : undefined;
  return (
    <li class="metric">
      <span class="metric-label">{m.label}</span>
      {m.target && <span class="badge">目标 {targetText(m.target)}</span>}{' '}
      {m.count === undefined ? (
        <span class="badge muted">系统无法统计</span>
      ) : share !== undefined && target ? (
        <Progress value={m.count} max={target.value} label={`${m.label}进度`} />
      ) : (
        <strong>{m.count}</strong>
      )}
      <div class="muted small">{m.note}</div>
      {m.byCounty && m.byCounty.length > 0 && <div class="muted small">分县市区:{m.byCounty.map(([k, n]) => `${k} ${n}`).join(' · ')}</div>}
    </li>
  );
}

function RowCard({ row }: { row: PlanRow }) {
  return (
    <li class="card task">
      <h2>
        <span class="badge">第{row.no}项</span> {row.title}
      </h2>
      <p class="muted small">
        完成时限 {row.deadline} · 责任单位 {row.units.join('、')}
      </p>
      <ul class="metrics">
        {row.metrics.map((m) => (
          <MetricLine m={m} />
        ))}
      </ul>
    </li>
  );
}

function ReportBody({ r, month }: { r: MonthlyReport; month: string }) {
  return (
    <section class="report">
      <h1>楚商回乡和返乡创业工作月报 · {r.title}</h1>
      <p class="muted small">
        统计截至 {fmtDate(r.asOf)};数据来自回乡通系统,示例站点和活动({r.samplesLeftOut} 条)未计入。
        <a href={`/plan/report.xlsx?month=${month}`}>下载 Excel</a>
      </p>
      <h2>一、工作推进情况</h2>
      <h3>(一)任务清单完成情况</h3>
      <table>
        <thead>
          <tr>
            <th>序号</th>
            <th>任务</th>
            <th>统计项</th>
            <th>目标</th>
            <th>系统计数</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.flatMap((row) =>
            row.metrics.map((m, i) => (
              <tr>
                <td>{i === 0 ? row.no : ''}</td>
                <td>{i === 0 ? row.title : ''}</td>
                <td>{m.label}</td>
                <td>{targetText(m.target)}</td>
                <td>{m.count ?? '系统无法统计'}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <h3>(二)线索(累计,按阶段)</h3>
      <p>
        本月新增线索 {r.newLeads} 条;{r.leadsByStage.map(([s, n]) => `${s} ${n}`).join(',')}。
      </p>
      <table>
        <thead>
          <tr>
            <th>县市区</th>
            {STAGES.map((s) => (
              <th>{s}</th>
            ))}
            <th>合计</th>
          </tr>
        </thead>
        <tbody>
          {r.leadsByCounty.map((row) => (
            <tr>
              <td>{row.county}</td>
              {STAGES.map((s) => (
                <td>{row.counts[s]}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>(三)本月举办的活动({r.events.length} 场)</h3>
      <ul>
        {r.events.map((e) => (
          <li>
            {fmtDate(e.startsAt)} {e.title}({e.kind},{e.county ?? '全市'})
          </li>
        ))}
      </ul>
      <h3>(四)导师咨询和通知订阅</h3>
      <p>
        本月完成导师咨询 {r.consultations} 次;订阅通知 {r.subscribers} 人。
      </p>
      <h2>二、存在主要问题</h2>
      <div class="fill-in">(请填写)</div>
      <h2>三、典型经验做法</h2>
      <div class="fill-in">(请填写)</div>
    </section>
  );
}

export const planPage: WebPage = {
  path: '/plan',
  label: '任务清单',
  roles: ROLES,
  register(web, deps: WebDeps) {
    web.get('/plan', (c) => {
      const user = c.get('user');
      if (!allowed(user)) return forbidden(c);
      const scope = scopeOf(user);
      const now = deps.now();
      const inputs = collectPlanInputs(deps.app, PLAN_YEAR, now);
      const rows = planRows((id) => deps.app.retriever.get(id), inputs, scope);
      const leads = inputs.leads.filter((l) => scope.county === null || l.hometown === scope.county);
      const weeks = leadsPerWeek(leads, now.getTime(), 12).map((p) => ({ label: p.label, value: p.count }));
      const funnel = reachedStage(leads).map(([label, value]) => ({ label, value }));
      const lost = leads.filter((l) => l.stage === '流失').length;
      return renderPage(
        c,
        '任务清单',
        <section>
          <h1>
            {PLAN_YEAR}年任务清单进度{scope.county && `·${scope.county}`}
          </h1>
          <p class="muted small">
            目标、时限和责任单位取自知识库(task.01–task.13);计数来自本系统,示例站点和活动({inputs.samplesLeftOut} 条)未计入。
            {scope.county && '县市区账号只看本县市区能拆分的数字;不能拆分的标为“全市”。'}
          </p>
          <p>
            <a href={`/plan/report?month=${currentMonth(now)}`}>本月月报</a> ·{' '}
            <a href={`/plan/report.xlsx?month=${currentMonth(now)}`}>下载月报 Excel</a>
          </p>
          <div class="cards">
            <div class="card">
              线索 <strong>{leads.length}</strong>
            </div>
            <div class="card">
              签约 <strong>{leads.filter((l) => l.stage === '签约').length}</strong>
            </div>
            <div class="card">
              落地 <strong>{leads.filter((l) => l.stage === '落地').length}</strong>
            </div>
            <div class="card">
              导师咨询 <strong>{inputs.consultations.filter((x) => scope.county === null || x.county === scope.county).length}</strong>
            </div>
            <div class="card">
              订阅 <strong>{inputs.subscribers}</strong>
            </div>
          </div>
          <div class="charts">
            <BarChart title="每周新增线索(最近12周)" points={weeks} />
            <Funnel title={`线索漏斗(到达各阶段的线索数;流失 ${lost})`} points={funnel} />
          </div>
          <ol class="tasks">
            {rows.map((row) => (
              <RowCard row={row} />
            ))}
          </ol>
        </section>,
      );
    });

    web.get('/plan/report', (c) => {
      const user = c.get('user');
      if (!allowed(user)) return forbidden(c);
      const month = c.req.query('month') ?? currentMonth(deps.now());
      const report = buildMonthlyReport(deps.app, month, deps.now(), scopeOf(user));
      if (!report) return c.text('月份格式应为 YYYY-MM,例如 2025-06', 400);
      audit(deps, user, 'export', { what: `plan.report ${month}${report.scope.county ? ` ${report.scope.county}` : ''}` });
      return renderPage(c, `月报 ${report.title}`, <ReportBody r={report} month={month} />);
    });

    web.get('/plan/report.xlsx', async (c) => {
      const user = c.get('user');
      if (!allowed(user)) return forbidden(c);
      const month = c.req.query('month') ?? currentMonth(deps.now());
      const report = buildMonthlyReport(deps.app, month, deps.now(), scopeOf(user));
      if (!report) return c.text('月份格式应为 YYYY-MM,例如 2025-06', 400);
      audit(deps, user, 'export', { what: `plan.report.xlsx ${month}${report.scope.county ? ` ${report.scope.county}` : ''}` });
      const body = await reportXlsx(report);
      const name = encodeURIComponent(`月报-${month}${report.scope.county ? `-${report.scope.county}` : ''}.xlsx`);
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="report-${month}.xlsx"; filename*=UTF-8''${name}`,
      });
    });
  },
};
