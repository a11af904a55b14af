/**
 * The plan page's numbers (issue 15): the 13 rows of the 2025 task list, each target read from its knowledge entry
 * (task.01 … task.13), held against what the bot's own tables can count. Pure functions over a `PlanInputs`
 * snapshot, which `collectPlanInputs` reads from the app's repositories; nothing here renders.
 */
import type { App } from '../app.ts';
import { DAY_MS, fromLocal, startOfLocalDay, toLocal } from '../booking/time.ts';
import type { Entry } from '../kb/schema.ts';
import { type Lead, STAGES, type Stage } from '../leads/leads.ts';
import type { EventRow } from '../notices/events.ts';
import type { Station } from '../notices/stations.ts';

/** A target figure as the plan states it: "不少于20个" is 20 个, at least; "签约一批项目" has no number. */
export type Target = { value: number; unit: string; atLeast: boolean; text: string } | { batch: true; text: string };

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const UNITS = '人次|场次|个|场|名|家|次|人';
const FIGURE = new RegExp(`(不少于|至少|达到)?\\s*(\\d+|[一二两三四五六七八九十])\\s*(${UNITS})(以上)?`);

/** Reads the first target figure in a phrase of the plan; undefined when it states none. */
export function parseTarget(text: string): Target | undefined {
  const m = FIGURE.exec(text);
  if (m) {
    const raw = m[2]!;
    const value = /^\d+$/.test(raw) ? Number(raw) : CN_DIGITS[raw]!;
    return { value, unit: m[3]!, atLeast: !!(m[1] || m[4]), text: m[0].trim() };
  }
  const batch = /一批/.exec(text);
  return batch ? { batch: true, text: text.slice(Math.max(0, batch.index - 2), batch.index + 4) } : undefined;
}

/** The counted rows and tables for one year, taken from the app (samples left out: they are not real). */
export interface PlanInputs {
  year: number;
  /** When the figures were taken: events count as held once they have started. */
  now: number;
  /** Active, non-sample stations. */
  stations: Station[];
  /** Non-sample events starting in `year`. */
  events: EventRow[];
  leads: Lead[];
  /** Consultations marked done, starting in `year`, with the county the person gave. */
  consultations: Array<{ start: number; county: string | null }>;
  /** Active non-sample mentors with the counties they serve. */
  mentors: Array<{ counties: string[] }>;
  subscribers: number;
  /** How many sample stations and events were left out (so the page can say so). */
  samplesLeftOut: number;
}

/** Epoch ms of 1 January of `year`, Asia/Shanghai. */
export const yearStart = (year: number): number => fromLocal(year, 1, 1);

/** Reads the year's figures from the app's repositories. */
export function collectPlanInputs(app: App, year: number, now: Date): PlanInputs {
  const from = yearStart(year);
  const until = yearStart(year + 1);
  const allStations = app.stations.list();
  const allEvents = app.events.upcoming(new Date(from)).filter((e) => e.startsAt < until);
  const stations = allStations.filter((s) => s.active && !s.sample);
  const events = allEvents.filter((e) => !e.sample);
  const consultations = app.booking.bookings
    .all()
    .filter((b) => b.status === 'done' && b.start >= from && b.start < until)
    .map((b) => ({ start: b.start, county: b.county }));
  const mentors = app.booking.mentors
    .list()
    .filter((m) => m.active && !m.sample)
    .map((m) => ({ counties: [...m.counties] }));
  return {
    year,
    now: now.getTime(),
    stations,
    events,
    leads: app.leads.list(),
    consultations,
    mentors,
    subscribers: app.subscriptions.counts().active,
    samplesLeftOut: allStations.filter((s) => s.sample).length + allEvents.filter((e) => e.sample).length,
  };
}

/** Only what one county may see: its stations, its events (and citywide ones), its leads and consultations. */
export interface Scope {
  /** null: the whole city (admins). */
  county: string | null;
}

/** One measurable part of a row: a count against a target, or why the system cannot count it. */
export interface Metric {
  label: string;
  target?: Target;
  /** undefined when the system cannot count it. */
  count?: number;
  /** How the count was made, or why there is none. */
  note: string;
  /** Per-county counts where the plan sets a per-county target (admins see them). */
  byCounty?: Array<[string, number]>;
}

export interface PlanRow {
  no: number;
  entryId: string;
  title: string;
  deadline: string;
  units: string[];
  metrics: Metric[];
}

/** The phrase of an entry that states a target: the first fact (then the title) matching `pattern`. */
function targetIn(entry: Entry | undefined, pattern: RegExp): Target | undefined {
  if (!entry) return undefined;
  for (const text of [...entry.facts, entry.title]) {
    const m = pattern.exec(text);
    if (m) return parseTarget(m[0]);
  }
  return undefined;
}

const held = (inputs: PlanInputs) => inputs.events.filter((e) => e.startsAt <= inputs.now);
const inScope = (county: string | null, scope: Scope) => scope.county === null || county === scope.county;
const tally = (values: Array<string | null>): Array<[string, number]> => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
};
/** Leads whose project is worth 1亿元 (10,000 万元) or more. */
const HUNDRED_MILLION_WAN = 10_000;
const SIGNED: readonly Stage[] = ['签约', '落地'];
const CANNOT = (label: string, note: string, target?: Target): Metric => ({ label, note, ...(target ? { target } : {}) });
const OUTSIDE_JINGZHOU = (e: EventRow) => !!e.city && !e.city.includes('荆州') && !e.county;

/**
 * The 13 rows of the task list with what can be counted toward each. `entries` are the knowledge entries by id;
 * a county scope narrows every count the tables can split by county (stations, county events, leads, consultations)
 * and uses the plan's per-county target where it gives one.
 */
export function planRows(entry: (id: string) => Entry | undefined, inputs: PlanInputs, scope: Scope): PlanRow[] {
  const e = (n: number) => entry(`task.${String(n).padStart(2, '0')}`);
  const county = scope.county;
  const where = county ?? '全市';
  const leads = inputs.leads.filter((l) => inScope(l.hometown ?? null, scope));
  const heldEvents = held(inputs);
  const countyEvents = heldEvents.filter((ev) => ev.county && inScope(ev.county, scope));
  const stationsOf = (kind: Station['kind']) => inputs.stations.filter((s) => s.kind === kind && inScope(s.county, scope));
  const eventsTitled = (word: string) => heldEvents.filter((ev) => ev.title.includes(word) && (county === null || ev.county === county));

  const metrics: Record<number, Metric[]> = {
    1: [CANNOT('发布投资指引和五张清单', '系统无法统计:文件发布情况不在系统中')],
    2: [
      {
        label: `楚商登记(对照现有楚商楚才名录)`,
        ...withTarget(targetIn(entry('chushang.01.database'), /现有\d+名/)),
        count: new Set(leads.filter((l) => l.kind === '楚商回乡').map((l) => l.person)).size,
        note: `${where}经本系统登记的楚商回乡线索人数(不含名录库中的其他人)`,
      },
      {
        label: '返乡创业项目库',
        count: leads.filter((l) => l.kind === '返乡创业').length,
        note: `${where}经本系统登记的返乡创业项目线索`,
      },
      {
        label: '创业指导专家库(在岗导师)',
        count: inputs.mentors.filter((m) => county === null || m.counties.length === 0 || m.counties.includes(county)).length,
        note: county ? `服务${county}(或不限县市区)的在岗导师,不含示例` : '导师库中在岗的导师,不含示例',
      },
      {
        label: '导师咨询(已完成)',
        count: inputs.consultations.filter((c) => inScope(c.county, scope)).length,
        note: `${inputs.year}年已完成的导师咨询预约${county ? `(预约人所在${county})` : ''}`,
      },
      CANNOT('荆州籍在外能人信息库', '系统无法统计:该库在“智慧就业”平台,不在本系统'),
    ],
    3: [CANNOT('返乡创业热线、“一号通”', '系统无法统计:热线开通情况不在系统中')],
    4: [
      {
        label: '“清明话家乡”推介活动',
        ...withTarget(county ? targetIn(e(4), /各县市区.*不少于\S+场/) : targetIn(e(4), /全市不少于\d+场/)),
        count: eventsTitled('清明').length,
        note: `${inputs.year}年已举办、标题含“清明”的活动${county ? `(${county})` : ''}`,
        ...(county ? {} : { byCounty: tally(eventsTitled('清明').map((ev) => ev.county)) }),
      },
    ],
    5: [CANNOT('礼聘招商大使', '系统无法统计:招商大使礼聘不在系统中登记', targetIn(e(5), /\d+名/))],
    6: [
      {
        label: '楚商联络站',
        ...withTarget(county ? undefined : targetIn(e(6), /\d+个楚商联络站/)),
        count: stationsOf('楚商联络站').length,
        note: `系统登记、在用的楚商联络站${county ? `(${county}所建)` : ''},不含示例`,
      },
      {
        label: '返乡创业驻外推介服务站',
        ...withTarget(county ? targetIn(e(6), /服务站各县市区.*不少于\S+个/) : targetIn(e(6), /\d+个返乡创业驻外推介服务站/)),
        count: stationsOf('返乡创业驻外推介服务站').length,
        note: `系统登记、在用的推介服务站${county ? `(${county}所建)` : ''},不含示例`,
        ...(county ? {} : { byCounty: tally(stationsOf('返乡创业驻外推介服务站').map((s) => s.county)) }),
      },
      CANNOT('回乡企业家联络中心', '系统无法统计:联络中心不在系统中登记'),
    ],
    7: [
      {
        label: '回乡楚商恳谈会等活动',
        count: heldEvents.filter((ev) => ev.kind === '招商恳谈会' && (county === null || ev.county === county)).length,
        note: `${inputs.year}年已举办的招商恳谈会;节日慰问、拜访系统无法统计`,
      },
    ],
    8: [
      {
        label: '市级“楚商回乡”招商活动',
        ...withTarget(targetIn(e(8), /市级举办.*\d+场次以上/)),
        count: heldEvents.filter((ev) => !ev.county).length,
        note: `${inputs.year}年已举办、未标县市区的活动(全市)`,
      },
      {
        label: county ? `${county}特色活动` : '县市区特色活动(合计)',
        ...withTarget(county ? targetIn(e(8), /各县市区.*\d+场次以上/) : undefined),
        count: countyEvents.length,
        note: county ? `${inputs.year}年已举办、标为${county}的活动` : `${inputs.year}年已举办、标有县市区的活动;每个县市区目标6场次以上`,
        ...(county ? {} : { byCounty: tally(countyEvents.map((ev) => ev.county)) }),
      },
      {
        label: '农产品精深加工推介对接',
        ...withTarget(targetIn(e(8), /农产品精深加工.*不少于\d+次/)),
        count: eventsTitled('农产品').length,
        note: `${inputs.year}年已举办、标题含“农产品”的活动`,
      },
      CANNOT('拜访楚商重点企业', '系统无法统计:拜访记录不在系统中', targetIn(e(8), /不少于\d+家/)),
      {
        label: '赴外返乡创业推介和人才引进',
        ...withTarget(targetIn(e(8), /赴外.*不少于\d+次/)),
        count: heldEvents.filter(OUTSIDE_JINGZHOU).length,
        note: `${inputs.year}年已举办、地点在荆州以外的活动(全市)`,
      },
    ],
    9: [CANNOT('认定园区街巷、评选特色项目、认定领军企业', '系统无法统计:认定和评选结果不在系统中', targetIn(e(9), /园区、街巷\d+个以上/))],
    10: [
      CANNOT(
        '创业培训',
        `系统无法统计:培训人次不在系统中(相关:已举办训练营 ${countTrainingEvents(heldEvents, county)} 场)`,
        targetIn(e(10), /创业培训\d+人次以上/),
      ),
      CANNOT('涉农人才培训', '系统无法统计:培训人次不在系统中', targetIn(e(10), /涉农人才培训\d+人次以上/)),
    ],
    11: [
      {
        label: '政银企对接会',
        ...withTarget(targetIn(e(11), /不少于\d+次政银企/)),
        count: eventsTitled('政银企').length,
        note: `${inputs.year}年已举办、标题含“政银企”的活动`,
      },
      CANNOT('新型农业经营主体贷款余额增长10%', '系统无法统计:贷款余额在金融监管部门,不在系统中'),
    ],
    12: [CANNOT('树立典型人物', '系统无法统计:典型选树不在系统中', targetIn(e(12), /典型人物\d+个以上/))],
    13: [
      {
        label: '回乡投资亿元项目(已签约、落地)',
        ...withTarget(targetIn(e(13), /亿元项目\d+个以上/)),
        count: leads.filter((l) => SIGNED.includes(l.stage) && (l.amountWan ?? 0) >= HUNDRED_MILLION_WAN && createdIn(l, inputs.year))
          .length,
        note: `${inputs.year}年登记、规模1亿元以上、处于签约或落地阶段的线索${county ? `(老家${county})` : ''};系统外签约的项目不在其中`,
      },
      {
        label: '线索已签约 / 已落地',
        count: leads.filter((l) => SIGNED.includes(l.stage)).length,
        note: `签约 ${leads.filter((l) => l.stage === '签约').length},落地 ${leads.filter((l) => l.stage === '落地').length}(全部规模)`,
      },
      CANNOT('新增返乡创业市场主体达省外务工人员2%', '系统无法统计:市场主体登记和省外务工人数不在系统中'),
    ],
  };

  return Array.from({ length: 13 }, (_, i) => {
    const no = i + 1;
    const en = e(no);
    return {
      no,
      entryId: en?.id ?? `task.${String(no).padStart(2, '0')}`,
      title: en ? en.title.replace(/^任务\d+[::]/, '') : '(知识库缺少此条)',
      deadline: en?.deadline ?? '',
      units: en?.units ?? [],
      metrics: metrics[no] ?? [],
    };
  });
}

const withTarget = (target: Target | undefined): { target?: Target } => (target ? { target } : {});
const createdIn = (l: Lead, year: number) => l.createdAt >= yearStart(year) && l.createdAt < yearStart(year + 1);
const countTrainingEvents = (events: EventRow[], county: string | null) =>
  events.filter((ev) => ev.kind === '训练营' && (county === null || ev.county === county)).length;

/** Share of the target reached, 0..1; undefined without a count or a numeric target. */
export function progressOf(metric: Metric): number | undefined {
  if (metric.count === undefined || !metric.target || !('value' in metric.target) || metric.target.value <= 0) return undefined;
  return Math.min(1, metric.count / metric.target.value);
}

/** Leads by stage, in pipeline order (流失 last). */
export function funnel(leads: readonly Lead[]): Array<[Stage, number]> {
  return STAGES.map((s) => [s, leads.filter((l) => l.stage === s).length]);
}

/**
 * The pipeline funnel as people read it: how many leads reached at least each stage (a lead at 签约 has passed
 * 线索 … 接待洽谈). 流失 is left out; it is shown apart.
 */
export function reachedStage(leads: readonly Lead[]): Array<[Stage, number]> {
  const order = STAGES.filter((s) => s !== '流失');
  return order.map((s, i) => [s, leads.filter((l) => l.stage !== '流失' && order.indexOf(l.stage) >= i).length]);
}

/** New leads per week (Monday-based, Asia/Shanghai) for the last `weeks` weeks up to `now`, oldest first. */
export function leadsPerWeek(leads: readonly Lead[], now: number, weeks = 12): Array<{ label: string; count: number }> {
  const today = startOfLocalDay(now);
  const monday = today - (toLocal(today).weekday - 1) * DAY_MS;
  return Array.from({ length: weeks }, (_, i) => {
    const from = monday - (weeks - 1 - i) * 7 * DAY_MS;
    const t = toLocal(from);
    return {
      label: `${t.month}/${t.day}`,
      count: leads.filter((l) => l.createdAt >= from && l.createdAt < from + 7 * DAY_MS).length,
    };
  });
}

/** Counts per day for the last `days` days up to `now` (Asia/Shanghai), oldest first. */
export function perDay(times: readonly number[], now: number, days: number): Array<{ label: string; count: number }> {
  const today = startOfLocalDay(now);
  return Array.from({ length: days }, (_, i) => {
    const from = today - (days - 1 - i) * DAY_MS;
    const t = toLocal(from);
    return { label: `${t.month}/${t.day}`, count: times.filter((at) => at >= from && at < from + DAY_MS).length };
  });
}

/** Leads by county (hometown; 未填 when none) and stage, for the report. */
export function leadsByCountyAndStage(leads: readonly Lead[]): Array<{ county: string; counts: Record<Stage, number>; total: number }> {
  const rows = new Map<string, Record<Stage, number>>();
  for (const l of leads) {
    const key = l.hometown ?? '未填';
    const row = rows.get(key) ?? (Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>);
    row[l.stage]++;
    rows.set(key, row);
  }
  return [...rows]
    .map(([county, counts]) => ({ county, counts, total: STAGES.reduce((n, s) => n + counts[s], 0) }))
    .sort((a, b) => b.total - a.total || a.county.localeCompare(b.county, 'zh'));
}

/** The month `YYYY-MM` as [start, end) epoch ms, Asia/Shanghai; undefined when malformed. */
export function monthRange(month: string): { from: number; until: number; year: number; month: number } | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return undefined;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  return { from: fromLocal(year, mon, 1), until: fromLocal(year, mon + 1, 1), year, month: mon };
}
