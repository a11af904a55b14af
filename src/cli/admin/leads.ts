import { formatSlot } from '../../booking/time.ts';
import { leadsToCsv, leadsToXlsx, writeExportFile } from '../../leads/export.ts';
import { isStage, KINDS, STAGES, type Lead, type LeadFilter, type LeadKind } from '../../leads/leads.ts';
import { leadRef } from '../../handlers/staff.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea } from './area.ts';
import { parseDay } from './bookings.ts';
import { table } from './table.ts';

function filterOf(flags: Record<string, string | undefined>): LeadFilter {
  const filter: LeadFilter = {};
  if (flags['county']) filter.county = flags['county'];
  if (flags['stage']) {
    if (!isStage(flags['stage'])) throw new UsageError(`--stage must be one of ${STAGES.join(', ')}`);
    filter.stage = flags['stage'];
  }
  if (flags['kind']) {
    if (!(KINDS as readonly string[]).includes(flags['kind'])) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    filter.kind = flags['kind'] as LeadKind;
  }
  const from = parseDay(flags['from'], 'from');
  const until = parseDay(flags['until'], 'until');
  if (from !== undefined) filter.from = from;
  if (until !== undefined) filter.until = until + 86_400_000;
  return filter;
}

const duplicateRef = (lead: Lead) => (lead.duplicateOf === null ? null : leadRef(lead.duplicateOf));

const leadId = (arg: string | undefined, usage: string) => {
  if (!arg) throw new UsageError(`a lead id is needed, like L000012 or 12\nusage: ${usage}`);
  const m = /^L?0*(\d+)$/i.exec(arg);
  if (!m) throw new UsageError(`a lead id like L000012 or 12, not ${arg}`);
  return Number(m[1]);
};

export const leads: AdminArea = {
  list({ app, flags, out }) {
    const list = app.leads.list(filterOf(flags));
    out.json(list.map((l) => ({ ref: leadRef(l.id), ...l, duplicateOf: duplicateRef(l) })));
    out.text(
      table(
        ['ref', 'kind', 'stage', 'name', 'hometown', 'city', 'project', '万元', 'phone', 'owner', 'duplicate'],
        list.map((l) => [
          leadRef(l.id),
          l.kind,
          l.stage,
          l.name,
          l.hometown ?? (l.outsideJingzhou ? `${l.outsideJingzhou}(外)` : ''),
          l.city,
          (l.project ?? '').slice(0, 16),
          l.amountWan,
          l.phone,
          l.ownerOffice,
          l.duplicateOf === null ? '' : `可能与 ${leadRef(l.duplicateOf)} 重复`,
        ]),
      ),
    );
  },
  show({ app, args, out }) {
    const lead = app.leads.get(leadId(args[0], 'leads show ID'));
    if (!lead) throw new UsageError(`no lead ${args[0]}`);
    const history = app.leads.history(lead.id);
    out.json({
      ref: leadRef(lead.id),
      ...lead,
      duplicateOf: duplicateRef(lead),
      duplicates: app.leads.duplicatesOf(lead.id).map(leadRef),
      history,
    });
    out.text(
      [
        `${leadRef(lead.id)} ${lead.kind} [${lead.stage}] ${lead.name ?? ''} ${lead.phone ?? ''}`,
        `老家 ${lead.hometown ?? lead.outsideJingzhou ?? '-'} · 现在 ${lead.city ?? '-'} · ${lead.company ?? '-'} · ${lead.industry ?? '-'}`,
        `项目 ${lead.project ?? '-'} · 规模 ${lead.amountWan ?? '-'}万元 · 负责 ${lead.ownerOffice}`,
        ...(lead.duplicateOf === null
          ? []
          : [
              `可能与 ${leadRef(lead.duplicateOf)} 重复(电话相同,另一人登记):核实后 leads merge ${leadRef(lead.id)} ${leadRef(lead.duplicateOf)}`,
            ]),
        ...(app.leads.duplicatesOf(lead.id).length ? [`可能重复的登记:${app.leads.duplicatesOf(lead.id).map(leadRef).join('、')}`] : []),
        ...history.map(
          (h) =>
            `  ${formatSlot(h.at)} ${h.actor} ${h.stageFrom ? `${h.stageFrom}→` : ''}${h.stageTo ?? ''} ${h.note ?? ''}${h.changes ? ` ${JSON.stringify(h.changes)}` : ''}`,
        ),
      ].join('\n'),
    );
  },
  /** Merges FROM into INTO after staff checked by hand that they are one project: INTO keeps its owner. */
  merge({ app, args, flags, out }) {
    const usage = 'leads merge FROM INTO [--by NAME]';
    const from = leadId(args[0], usage);
    const into = leadId(args[1], usage);
    if (from === into) throw new UsageError(`cannot merge ${leadRef(from)} into itself\nusage: ${usage}`);
    const result = app.leads.merge(from, into, flags['by'] ?? 'admin-cli', Date.now());
    if (!result.ok) throw new UsageError(`no lead ${leadRef(result.reason === 'missing-into' ? into : from)}`);
    out.text(
      `${leadRef(from)} → ${leadRef(into)} (owner kept; ${result.filled.length ? `filled ${result.filled.join(', ')}` : 'nothing filled'}; both histories kept)`,
    );
    out.json({ from: leadRef(from), into: leadRef(into), filled: result.filled });
  },
  stage({ app, args, flags, out }) {
    const usage = 'leads stage ID STAGE [--note TEXT] [--by NAME]';
    const id = leadId(args[0], usage);
    const stage = args[1] ?? '';
    if (!isStage(stage))
      throw new UsageError(
        `${stage ? `"${stage}" is not a stage` : 'leads stage needs a STAGE'}: one of ${STAGES.join(', ')}\nusage: ${usage}`,
      );
    if (!app.leads.setStage(id, stage, flags['by'] ?? 'admin-cli', flags['note'] ?? null, Date.now()))
      throw new UsageError(`no lead ${args[0]}`);
    out.text(`${leadRef(id)} → ${stage}`);
    out.json({ ref: leadRef(id), stage });
  },
  async export({ app, flags, out }) {
    const format = flags['format'] ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format must be csv or xlsx');
    const list = app.leads.list(filterOf(flags));
    const file = flags['out'] ?? `leads-${new Date().toISOString().slice(0, 10)}.${format}`;
    const content = format === 'csv' ? leadsToCsv(list) : await leadsToXlsx(list);
    try {
      writeExportFile(file, content);
    } catch (error) {
      throw new UsageError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}): choose another --out`);
    }
    out.text(`exported ${list.length} leads to ${file}`);
    out.json({ file, count: list.length });
  },
  counts({ app, out }) {
    const list = app.leads.list();
    const byStage = Object.fromEntries(STAGES.map((s) => [s, list.filter((l) => l.stage === s).length]));
    const byCounty: Record<string, number> = {};
    for (const l of list) byCounty[l.hometown ?? '荆州以外/未知'] = (byCounty[l.hometown ?? '荆州以外/未知'] ?? 0) + 1;
    const bigProjects = list.filter((l) => (l.amountWan ?? 0) >= 10_000 && l.stage !== '流失').length;
    out.json({ byStage, byCounty, projectsOf100MillionOrMore: bigProjects, total: list.length });
    out.text(
      [
        `total ${list.length} · 亿元以上项目 ${bigProjects}(计划目标:300个亿元以上项目)`,
        table(
          ['stage', 'count'],
          STAGES.map((s) => [s, byStage[s]]),
        ),
        table(['county', 'count'], Object.entries(byCounty)),
      ].join('\n\n'),
    );
  },
};
