/**
 * The monthly report for the joint-meeting office (meeting.05.reporting: member units report 工作推进情况、存在主要
 * 问题、典型经验做法): the 13 task-list rows with what the system counts as of the month's end, leads by stage and
 * county, events held and consultations in the month, and the two sections staff write themselves. One data shape,
 * rendered as printable HTML by the plan page and as an XLSX workbook here.
 */
import ExcelJS from 'exceljs';
import type { App } from '../app.ts';
import { type Lead, STAGES, type Stage } from '../leads/leads.ts';
import type { EventRow } from '../notices/events.ts';
import {
  collectPlanInputs,
  funnel,
  leadsByCountyAndStage,
  monthRange,
  type PlanRow,
  planRows,
  type Scope,
  type Target,
} from './plan-data.ts';

export interface MonthlyReport {
  /** 2025年6月 */
  title: string;
  month: string;
  scope: Scope;
  /** The task-list rows counted as of the month's end (or now, for the running month). */
  rows: PlanRow[];
  asOf: number;
  newLeads: number;
  leadsByStage: Array<[Stage, number]>;
  leadsByCounty: ReturnType<typeof leadsByCountyAndStage>;
  events: EventRow[];
  consultations: number;
  subscribers: number;
  samplesLeftOut: number;
}

/** The report for `month` (YYYY-MM); undefined when the month is malformed. County staff get their county's. */
export function buildMonthlyReport(app: App, month: string, now: Date, scope: Scope): MonthlyReport | undefined {
  const range = monthRange(month);
  if (!range) return undefined;
  const asOf = Math.min(now.getTime(), range.until - 1);
  const inputs = collectPlanInputs(app, range.year, new Date(asOf));
  const mine = (l: Lead) => scope.county === null || l.hometown === scope.county;
  inputs.leads = inputs.leads.filter((l) => l.createdAt <= asOf);
  const leads = inputs.leads.filter(mine);
  const inMonth = (at: number) => at >= range.from && at < range.until && at <= asOf;
  return {
    title: `${range.year}年${range.month}月${scope.county ? `·${scope.county}` : ''}`,
    month,
    scope,
    rows: planRows((id) => app.retriever.get(id), inputs, scope),
    asOf,
    newLeads: leads.filter((l) => inMonth(l.createdAt)).length,
    leadsByStage: funnel(leads),
    leadsByCounty: leadsByCountyAndStage(leads),
    events: inputs.events.filter((e) => inMonth(e.startsAt) && (scope.county === null || !e.county || e.county === scope.county)),
    consultations: inputs.consultations.filter((c) => inMonth(c.start) && (scope.county === null || c.county === scope.county)).length,
    subscribers: inputs.subscribers,
    samplesLeftOut: inputs.samplesLeftOut,
  };
}

/** A target as the plan says it ("不少于20场", "一批"), or empty. */
export const targetText = (t: Target | undefined): string =>
  !t ? '' : 'value' in t ? `${t.value}${t.unit}${t.atLeast ? '以上' : ''}` : t.text;

/** The report's sheet names, in order. */
export const REPORT_SHEETS = ['任务清单进度', '线索分阶段', '线索分县市区', '本月活动', '存在主要问题', '典型经验做法'] as const;

const fmtDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The report as an XLSX workbook, one sheet per section, Chinese headers. */
export async function reportXlsx(report: MonthlyReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '回乡通工作台';
  const sheet = (name: (typeof REPORT_SHEETS)[number], headers: string[], widths: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };

  const tasks = sheet(
    REPORT_SHEETS[0],
    ['序号', '任务', '完成时限', '责任单位', '统计项', '目标', '系统计数', '说明'],
    [6, 40, 12, 30, 28, 12, 10, 50],
  );
  for (const row of report.rows) {
    for (const m of row.metrics) {
      tasks.addRow([
        row.no,
        row.title,
        row.deadline,
        row.units.join('、'),
        m.label,
        targetText(m.target),
        m.count ?? '系统无法统计',
        m.note,
      ]);
    }
  }
  tasks.addRow([]);
  tasks.addRow(['', `统计截至 ${fmtDate(report.asOf)};示例站点和活动(${report.samplesLeftOut} 条)未计入`]);

  const stages = sheet(REPORT_SHEETS[1], ['阶段', '线索数'], [12, 10]);
  for (const [stage, n] of report.leadsByStage) stages.addRow([stage, n]);
  stages.addRow(['本月新增', report.newLeads]);
  stages.addRow(['本月完成导师咨询', report.consultations]);
  stages.addRow(['订阅通知人数', report.subscribers]);

  const counties = sheet(REPORT_SHEETS[2], ['县市区', ...STAGES, '合计'], [14, ...STAGES.map(() => 9), 8]);
  for (const r of report.leadsByCounty) counties.addRow([r.county, ...STAGES.map((s) => r.counts[s]), r.total]);

  const events = sheet(REPORT_SHEETS[3], ['日期', '活动', '类型', '地点', '县市区', '主办'], [18, 36, 12, 24, 12, 24]);
  for (const e of report.events) events.addRow([fmtDate(e.startsAt), e.title, e.kind, e.place, e.county ?? '全市', e.organiser]);

  const problems = sheet(REPORT_SHEETS[4], ['序号', '存在主要问题', '涉及任务', '责任单位'], [6, 60, 14, 24]);
  const practices = sheet(REPORT_SHEETS[5], ['序号', '典型经验做法', '涉及任务', '单位'], [6, 60, 14, 24]);
  for (let i = 1; i <= 5; i++) {
    problems.addRow([i, '', '', '']);
    practices.addRow([i, '', '', '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
