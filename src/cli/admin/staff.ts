import { HOMETOWNS } from '../../leads/places.ts';
import { ROLE_LABEL, STAFF_ROLES, type StaffRole } from '../../leads/staff.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea } from './area.ts';
import { table } from './table.ts';

export const staff: AdminArea = {
  invite({ app, flags, out }) {
    const role = flags['role'] as StaffRole | undefined;
    if (!role || !STAFF_ROLES.includes(role)) throw new UsageError(`--role must be one of ${STAFF_ROLES.join(', ')}\nusage: staff invite --role ${STAFF_ROLES.join('|')} --name NAME [--county COUNTY]`);
    const name = flags['name']?.trim();
    if (!name) throw new UsageError('--name is required');
    const county = flags['county'] ?? null;
    if (role === 'county' && !(HOMETOWNS as readonly string[]).includes(county ?? '')) throw new UsageError(`--county is required for role county: one of ${HOMETOWNS.join(', ')}`);
    const code = app.staff.invite(role, name, county, new Date());
    out.text(`bind code for ${name} (${ROLE_LABEL[role]}): ${code}\n请在自己的微信或Telegram里给机器人发送:/bind ${code}(7天内有效,只能用一次)`);
    out.json({ role, name, county, code });
  },
  list({ app, out }) {
    const all = app.staff.all();
    out.json(all);
    out.text(table(['name', 'role', 'county', 'account'], all.map((s) => [s.name, ROLE_LABEL[s.role], s.county, s.person])));
  },
};

export const misses: AdminArea = {
  list({ app, flags, out }) {
    const days = flags['days'] ? Number(flags['days']) : 30;
    if (!Number.isFinite(days) || days <= 0) throw new UsageError('--days must be a positive number');
    const list = app.tickets.misses(Date.now() - days * 86_400_000);
    out.json(list);
    out.text(table(['at', 'kind', 'question', 'answered from'], list.map((m) => [new Date(m.at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '), m.kind === 'unanswered' ? '没答上' : '没帮助', m.question, m.sources.join(' ')])));
  },
};
