import { ticketAbout, ticketRef } from '../../handoff/tickets.ts';
import { HOMETOWNS } from '../../leads/places.ts';
import { ROLE_LABEL, STAFF_ROLES, type StaffRole } from '../../leads/staff.ts';
import { UsageError } from '../startup.ts';
import { readCode, STAFF_PREFIX } from '../../security/codes.ts';
import type { AdminArea, CommandInput } from './area.ts';
import { table } from './table.ts';
import { signInLink, webUserOf } from '../../web/auth.ts';

/** How long codes stay valid, in the words of the instructions printed with one. */
export const validFor = (hours: number) => (hours % 24 === 0 ? `${hours / 24}天` : `${hours}小时`);

/** Revokes one unused /bind code, a staff member's or a mentor's (both areas offer it). */
export function revokeCode({ app, args, out }: CommandInput, area: string): void {
  const code = readCode(args[0] ?? '', STAFF_PREFIX) ?? readCode(args[0] ?? '');
  if (!code)
    throw new UsageError(
      `${area} revoke-code needs the code as printed by invite (e.g. S-K7M-4PX-Q2R or K7M-4PX-Q2R)\nusage: ${area} revoke-code CODE`,
    );
  const now = new Date();
  const revoked = app.staff.revokeCode(code, now) || app.booking.mentors.revokeCode(code, now);
  if (!revoked) throw new UsageError('no unused code like that (wrong, already used or already revoked); nothing changed');
  out.text('code revoked: it no longer binds');
  out.json({ revoked: true });
}

export const staff: AdminArea = {
  invite({ app, flags, out }) {
    const role = flags['role'] as StaffRole | undefined;
    if (!role || !STAFF_ROLES.includes(role))
      throw new UsageError(
        `--role must be one of ${STAFF_ROLES.join(', ')}\nusage: staff invite --role ${STAFF_ROLES.join('|')} --name NAME [--county COUNTY]`,
      );
    const name = flags['name']?.trim();
    if (!name) throw new UsageError('--name is required');
    const county = flags['county'] ?? null;
    if (role === 'county' && !(HOMETOWNS as readonly string[]).includes(county ?? ''))
      throw new UsageError(`--county is required for role county: one of ${HOMETOWNS.join(', ')}`);
    const hours = app.limits.staffCodeTtlHours;
    const code = app.staff.invite(role, name, county, new Date(), null, hours);
    out.text(
      `bind code for ${name} (${ROLE_LABEL[role]}): ${code}\n请在自己的微信或Telegram里给机器人发送:/bind ${code}(${validFor(hours)}内有效,只能用一次)`,
    );
    out.json({ role, name, county, code, validHours: hours });
  },
  list({ app, out }) {
    const all = app.staff.all();
    out.json(all);
    out.text(
      table(
        ['name', 'role', 'county', 'account'],
        all.map((s) => [s.name, ROLE_LABEL[s.role], s.county, s.person]),
      ),
    );
  },
  /** Takes the role away at once (by account, as staff list shows it, or by name), with the unused codes under that name. */
  revoke({ app, args, out }) {
    const who = args.join(' ').trim();
    if (!who) throw new UsageError('staff revoke needs the account or the name shown by staff list\nusage: staff revoke ACCOUNT|NAME');
    const all = app.staff.all();
    const byAccount = all.filter((s) => s.person === who);
    const matches = byAccount.length ? byAccount : all.filter((s) => s.name === who);
    if (matches.length > 1)
      throw new UsageError(
        `${matches.length} staff members are called ${who}; give the account instead: ${matches.map((s) => s.person).join(', ')}`,
      );
    const now = new Date();
    const [member] = matches;
    if (!member) {
      // Not bound yet: an invite that should not be used any more.
      const codes = app.staff.revokeNamed(who, now);
      if (!codes) throw new UsageError(`no staff member or unused code for ${who} (see staff list)`);
      out.text(`${codes} unused code(s) for ${who} revoked`);
      out.json({ revoked: null, codes });
      return;
    }
    const done = app.staff.revoke(member.person, now)!;
    out.text(`${member.name} (${ROLE_LABEL[member.role]}, ${member.person}) is no longer staff; ${done.codes} unused code(s) revoked`);
    out.json({ revoked: member.person, name: member.name, role: member.role, codes: done.codes });
  },
  'revoke-code': (input) => revokeCode(input, 'staff'),
  /** A single-use sign-in link (10 minutes) to the web console, for a staff member (account or name) or a mentor's id. */
  'web-login'({ app, args, out, publicUrl }) {
    const who = args.join(' ').trim();
    if (!who)
      throw new UsageError(
        'staff web-login needs the account or name shown by staff list (or a mentor id)\nusage: staff web-login ACCOUNT|NAME|MENTOR_ID',
      );
    if (!publicUrl) throw new UsageError('set WEB_PUBLIC_URL or WEB_PORT first: the link must point to the web console');
    const named = app.staff.all().filter((s) => s.person === who || s.name === who);
    if (named.length > 1)
      throw new UsageError(
        `${named.length} staff members are called ${who}; give the account instead: ${named.map((s) => s.person).join(', ')}`,
      );
    const mentor = /^\d+$/.test(who) ? app.booking.mentors.list().find((m) => m.id === Number(who)) : undefined;
    const person = named[0]?.person ?? mentor?.person ?? undefined;
    const user = person ? webUserOf(app, person) : undefined;
    if (!person || !user) throw new UsageError(`no bound staff member or active bound mentor ${who} (see staff list, mentors list)`);
    const link = signInLink(app.db, person, publicUrl, () => new Date());
    out.text(`sign-in link for ${user.name} (${user.role}), valid 10 minutes, single use:\n${link}`);
    out.json({ person, role: user.role, link });
  },
};

export const misses: AdminArea = {
  list({ app, flags, out }) {
    const days = flags['days'] ? Number(flags['days']) : 30;
    if (!Number.isFinite(days) || days <= 0) throw new UsageError('--days must be a positive number');
    const list = app.tickets.misses(Date.now() - days * 86_400_000);
    out.json(list);
    out.text(
      table(
        ['at', 'kind', 'question', 'answered from'],
        list.map((m) => [
          new Date(m.at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '),
          m.kind === 'unanswered' ? '没答上' : '没帮助',
          m.question,
          m.sources.join(' '),
        ]),
      ),
    );
  },
};

/** The open hand-off tickets, oldest first: when each opened, who holds it, what the user said (masked). */
export const tickets: AdminArea = {
  list({ app, out }) {
    const { tickets: open, total } = app.tickets.listOpen(500);
    const now = Date.now();
    const rows = open.map((t) => ({
      ticket: ticketRef(t.id),
      openedAt: t.createdAt,
      waitedMinutes: Math.max(0, Math.floor((now - t.createdAt) / 60_000)),
      holder: t.staff ? (app.staff.of(t.staff)?.name ?? null) : null,
      about: ticketAbout(t),
    }));
    out.json({ total, tickets: rows });
    out.text(
      table(
        ['ticket', 'opened', 'waited (min)', 'held by', 'user said'],
        rows.map((r) => [
          r.ticket,
          new Date(r.openedAt + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '),
          r.waitedMinutes,
          r.holder ?? '(not claimed)',
          r.about,
        ]),
      ),
    );
  },
};
