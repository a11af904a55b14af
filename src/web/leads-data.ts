/**
 * What the console's Leads page reads and writes, apart from the HTML: the query-string filter, the role's scope
 * (`mayHandleLead`, as chat), the overdue rule (as the daily digest), the pipeline counts, exports and the audit.
 */
import { oneWorkingDayBefore } from '../leads/digest.ts';
import { maskPhone } from '../core/logger.ts';
import { isStage, mayHandleLead, STAGES, type Lead, type Stage } from '../leads/leads.ts';
import { HOMETOWNS } from '../leads/places.ts';
import type { WebDeps, WebUser } from './env.ts';

/** The county filter's value for leads whose hometown is outside Jingzhou or unknown (admins only see those). */
export const OTHER_COUNTY = '其他';

/** The page's filter, read from the GET form's query string. */
export interface WebLeadFilter {
  county?: string;
  industry?: string;
  minWan?: number;
  maxWan?: number;
  stage?: Stage;
  overdue?: boolean;
}

/** A lead as the page shows it: whether it is overdue by the digest's rule. */
export interface ScopedLead {
  lead: Lead;
  overdue: boolean;
}

/**
 * Reads the filter from a query string; values that mean nothing (an unknown stage, a negative amount) are left out
 * and named in `problems`, so that the page says what it ignored instead of silently showing everything.
 */
export function parseFilter(query: Record<string, string | undefined>): { filter: WebLeadFilter; problems: string[] } {
  const filter: WebLeadFilter = {};
  const problems: string[] = [];
  const text = (key: string) => query[key]?.trim() ?? '';
  const county = text('county');
  if (county) {
    if ((HOMETOWNS as readonly string[]).includes(county) || county === OTHER_COUNTY) filter.county = county;
    else problems.push(`没有“${county}”这个县市区,已忽略。`);
  }
  const industry = text('industry');
  if (industry) filter.industry = industry.slice(0, 30);
  for (const [key, label, field] of [
    ['min', '最低规模', 'minWan'],
    ['max', '最高规模', 'maxWan'],
  ] as const) {
    const raw = text(key);
    if (!raw) continue;
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) filter[field] = n;
    else problems.push(`${label}“${raw}”不是万元数,已忽略。`);
  }
  const stage = text('stage');
  if (stage) {
    if (isStage(stage)) filter.stage = stage;
    else problems.push(`没有“${stage}”这个阶段,已忽略。阶段:${STAGES.join('、')}。`);
  }
  if (text('overdue') === '1') filter.overdue = true;
  return { filter, problems };
}

/** The filter back as a query string (for export links and the pipeline's stage links). */
export function filterQuery(filter: WebLeadFilter): string {
  const params = new URLSearchParams();
  if (filter.county) params.set('county', filter.county);
  if (filter.industry) params.set('industry', filter.industry);
  if (filter.minWan !== undefined) params.set('min', String(filter.minWan));
  if (filter.maxWan !== undefined) params.set('max', String(filter.maxWan));
  if (filter.stage) params.set('stage', filter.stage);
  if (filter.overdue) params.set('overdue', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether this user may see the Leads page at all (operators and mentors: no; chat gives them no leads either). */
export const mayUseLeads = (user: WebUser): boolean => user.role === 'admin' || user.role === 'county';

/**
 * The leads this user may handle (`mayHandleLead`, as chat's /leads), narrowed by `filter`, oldest first; each
 * marked overdue by the digest's rule (`LeadRepo.waiting` at the digest's cutoff).
 */
export function scopedLeads(deps: WebDeps, user: WebUser, filter: WebLeadFilter): ScopedLead[] {
  const { leads } = deps.app;
  const overdueIds = new Set(leads.waiting(oneWorkingDayBefore(deps.now().getTime())).map((l) => l.id));
  const county = filter.county && filter.county !== OTHER_COUNTY ? filter.county : undefined;
  const industry = filter.industry?.toLowerCase();
  return leads
    .list({
      ...(county ? { county } : {}),
      ...(filter.stage ? { stage: filter.stage } : {}),
      ...(user.role === 'county' && user.county ? { county: user.county } : {}),
    })
    .filter((lead) => mayHandleLead(user, lead))
    .filter((lead) => filter.county !== OTHER_COUNTY || lead.hometown === null)
    .filter((lead) => !county || lead.hometown === county)
    .filter((lead) => !industry || (lead.industry ?? '').toLowerCase().includes(industry))
    .filter((lead) => filter.minWan === undefined || (typeof lead.amountWan === 'number' && lead.amountWan >= filter.minWan))
    .filter((lead) => filter.maxWan === undefined || (typeof lead.amountWan === 'number' && lead.amountWan <= filter.maxWan))
    .map((lead) => ({ lead, overdue: overdueIds.has(lead.id) }))
    .filter((l) => !filter.overdue || l.overdue);
}

/** How many of `leads` are at each stage, in pipeline order. */
export function stageCounts(leads: readonly ScopedLead[]): Array<{ stage: Stage; count: number }> {
  return STAGES.map((stage) => ({ stage, count: leads.filter((l) => l.lead.stage === stage).length }));
}

/** One lead this user may handle, or undefined for a lead that does not exist and for one outside their scope alike. */
export function scopedLead(deps: WebDeps, user: WebUser, id: number): Lead | undefined {
  const lead = deps.app.leads.get(id);
  return lead && mayUseLeads(user) && mayHandleLead(user, lead) ? lead : undefined;
}

/**
 * The leads as an export holds them. Admins get phones in full, as the admin CLI's `leads export` writes them (the
 * CLI is an admin's tool); a county office gets them masked, since the console shows a full phone only on a lead's
 * own page and an export is a list that leaves the system.
 */
export function forExport(user: WebUser, leads: readonly ScopedLead[]): Lead[] {
  return leads.map(({ lead }) => (user.role === 'admin' || !lead.phone ? lead : { ...lead, phone: maskPhone(lead.phone) }));
}

/** A lead id from the URL or a form: L000012, l12 or 12. */
export function readLeadId(ref: string | undefined): number | undefined {
  const m = /^L?0*(\d{1,9})$/i.exec(ref?.trim() ?? '');
  return m ? Number(m[1]) : undefined;
}
