import { readFileSync } from 'node:fs';
import { ZodError } from 'zod';
import { MentorInputSchema, pauseAfter, type MentorInput } from '../../booking/mentors.ts';
import { readMentorYaml } from '../../booking/sample.ts';
import { MAX_AWAY_DAYS, readAway } from '../../booking/away.ts';
import { formatDay, formatSlot } from '../../booking/time.ts';
import { MODE_LABEL } from '../../booking/vocabulary.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea } from './area.ts';
import { revokeCode, validFor } from './staff.ts';
import { parseCsv, table } from './table.ts';

const LIST = /[|、;；]/;
const WINDOW = /^\s*([1-7])\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/;

/** "2 14:00-17:00|4 09:00-12:00" → weekly windows. */
function windows(cell: string, where: string): MentorInput['availability'] {
  return cell
    .split(/[|、;；,，]/)
    .filter((w) => w.trim())
    .map((w) => {
      const m = WINDOW.exec(w);
      if (!m) throw new UsageError(`${where}: availability "${w.trim()}" should look like "2 14:00-17:00" (weekday 1-7, start-end)`);
      return { weekday: Number(m[1]), start: m[2]!.padStart(5, '0'), end: m[3]!.padStart(5, '0') };
    });
}

/** A YAML file that does not parse, or is not a list of mentors, is the staff member's to fix: a plain message, no stack. */
function yamlEntries(file: string, text: string): Array<{ where: string; input: unknown }> {
  let list: unknown[];
  try {
    list = readMentorYaml(text);
  } catch (error) {
    const why =
      error instanceof ZodError
        ? 'expected "mentors:" followed by a list of mentors, as in knowledge/mentors.sample.yaml'
        : (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/:\s*$/, '');
    throw new UsageError(`${file}: not a mentor file: ${why}`);
  }
  return list.map((input, i) => ({ where: `${file} entry ${i + 1}`, input }));
}

/** The mentor ID a command is about; without one, says so and how the command is written. */
function mentorId(args: string[], command: string): number {
  if (!args[0]) throw new UsageError(`mentors ${command} needs a mentor ID (the id column of mentors list)\nusage: mentors ${command} ID`);
  const id = Number(args[0]);
  if (!Number.isInteger(id)) throw new UsageError(`no mentor with id ${args[0]}`);
  return id;
}

const num = (cell: string | undefined) => (cell?.trim() ? Number(cell.trim()) : undefined);

/** Mentors from a CSV sheet (header row naming the columns) or a YAML file like knowledge/mentors.sample.yaml. */
function readFile(file: string): Array<{ where: string; input: unknown }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  if (!/\.csv$/i.test(file)) return yamlEntries(file, text);
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new UsageError(`${file}: empty`);
  const col = (name: string) => header.findIndex((h) => h.trim() === name);
  return rows.map((r, i) => {
    const where = `${file} row ${i + 2}`;
    const get = (name: string) => (col(name) >= 0 ? r[col(name)] : undefined);
    const input: Record<string, unknown> = {
      name: get('name')?.trim(),
      role: get('role')?.trim(),
      specialties: (get('specialties') ?? '')
        .split(LIST)
        .map((s) => s.trim())
        .filter(Boolean),
      counties: (get('counties') ?? '')
        .split(LIST)
        .map((s) => s.trim())
        .filter(Boolean),
      availability: windows(get('availability') ?? '', where),
    };
    if (get('mode')?.trim()) input['mode'] = get('mode')!.trim();
    for (const [key, name] of [
      ['session_minutes', 'session_minutes'],
      ['buffer_minutes', 'buffer_minutes'],
      ['daily_cap', 'daily_cap'],
    ] as const) {
      const v = num(get(name));
      if (v !== undefined) input[key] = v;
    }
    return { where, input };
  });
}

/** The last day of a mentor's pause still to come, or nothing. */
function pausedUntil(mentor: Parameters<typeof pauseAfter>[0]): string {
  const pause = pauseAfter(mentor, Date.now());
  return pause ? formatDay(pause.until - 1) : '';
}

// zod says "expected string, received undefined" for a field left out; staff read "missing".
const describeZod = (error: ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${/received undefined$/.test(i.message) ? 'missing' : i.message}`).join('; ');

export const mentors: AdminArea = {
  import({ app, args, out }) {
    const file = args[0];
    if (!file) throw new UsageError('mentors import needs a file\nusage: mentors import FILE.csv|FILE.yaml');
    let checked: MentorInput[];
    try {
      checked = readFile(file).map(({ where, input }) => {
        const parsed = MentorInputSchema.safeParse(input);
        if (!parsed.success) throw new UsageError(`${where}: ${describeZod(parsed.error)}`);
        return parsed.data;
      });
    } catch (error) {
      // The whole file or nothing: say so, so staff fix the row and import the same file again.
      if (error instanceof UsageError) throw new UsageError(`${error.message} — nothing imported`);
      throw error;
    }
    app.db.transaction(() => {
      for (const m of checked) app.booking.mentors.add(m, new Date());
    })();
    out.text(`imported ${checked.length} mentors from ${file}`);
    out.json({ imported: checked.length });
  },
  list({ app, out }) {
    const list = app.booking.mentors.list();
    out.json(list.map(({ person, ...m }) => ({ ...m, bound: !!person })));
    out.text(
      table(
        ['id', 'name', 'role', 'specialties', 'counties', 'mode', 'bound', 'active', 'paused until', 'sample'],
        list.map((m) => [
          m.id,
          m.name,
          m.role,
          m.specialties.join('、'),
          m.counties.length ? m.counties.join('、') : '全市',
          MODE_LABEL[m.mode],
          m.person ? 'yes' : 'no',
          m.active ? 'yes' : 'no',
          pausedUntil(m),
          m.sample ? '示例' : '',
        ]),
      ),
    );
  },
  add({ app, flags, out }) {
    const input: Record<string, unknown> = {
      name: flags['name'],
      role: flags['role'],
      specialties: (flags['specialties'] ?? '').split(/[,，|、]/).filter(Boolean),
      counties: (flags['counties'] ?? '').split(/[,，|、]/).filter(Boolean),
      availability: windows(flags['availability'] ?? '', 'availability'),
      ...(flags['mode'] ? { mode: flags['mode'] } : {}),
      ...(flags['session'] ? { session_minutes: Number(flags['session']) } : {}),
      ...(flags['buffer'] ? { buffer_minutes: Number(flags['buffer']) } : {}),
      ...(flags['cap'] ? { daily_cap: Number(flags['cap']) } : {}),
    };
    const parsed = MentorInputSchema.safeParse(input);
    if (!parsed.success) throw new UsageError(`mentors add: ${describeZod(parsed.error)}`);
    const m = app.booking.mentors.add(parsed.data, new Date());
    out.text(`added mentor ${m.id} ${m.name}`);
    out.json({ id: m.id });
  },
  deactivate: ({ app, args, out }) => setActive(app, mentorId(args, 'deactivate'), out, false),
  activate: ({ app, args, out }) => setActive(app, mentorId(args, 'activate'), out, true),
  invite({ app, args, out }) {
    const id = mentorId(args, 'invite');
    const m = app.booking.mentors.get(id);
    if (!m) throw new UsageError(`no mentor with id ${id}`);
    if (!m.active) throw new UsageError(`mentor ${id} is inactive; activate first`);
    const hours = app.limits.staffCodeTtlHours;
    const code = app.booking.mentors.invite(id, new Date(), hours);
    out.text(
      `bind code for ${m.name}: ${code}\n请导师在自己的微信或Telegram里给机器人发送:/bind ${code}(${validFor(hours)}内有效,只能用一次)`,
    );
    out.json({ mentor: id, code, validHours: hours });
  },
  /** Removes the mentor's chat binding at once (new bookings stop reaching that account) and revokes their unused codes. */
  unbind({ app, args, out }) {
    const id = mentorId(args, 'unbind');
    const done = app.booking.mentors.unbind(id, new Date());
    if (!done) throw new UsageError(`no mentor with id ${id}`);
    out.text(
      `mentor ${id} ${done.wasBound ? 'unbound: that chat account no longer acts as the mentor' : 'had no chat account bound'}; ${done.codes} unused code(s) revoked`,
    );
    out.json({ id, unbound: done.wasBound, codes: done.codes });
  },
  /** Pauses new bookings for a mentor who is not on chat (others use /pause): "7天", "到12月20日", "12月10日到12月15日". */
  pause({ app, args, out }) {
    const id = mentorId(args, 'pause');
    const words = args.slice(1).join(' ');
    if (!app.booking.mentors.get(id)) throw new UsageError(`no mentor with id ${id}`);
    const reading = readAway(words, Date.now());
    if (!reading)
      throw new UsageError(
        'mentors pause needs how long, in the words a mentor would use\nusage: mentors pause ID 7天|到12月20日|12月10日到12月15日',
      );
    if (!reading.ok)
      throw new UsageError(
        `cannot pause for "${words}": ${reading.why === 'too-long' ? `at most ${MAX_AWAY_DAYS} days; deactivate instead` : reading.why}`,
      );
    app.booking.mentors.setAway(id, { from: reading.from, until: reading.until });
    out.text(
      `mentor ${id} takes no new bookings from ${formatSlot(reading.from)} to the end of ${formatDay(reading.until - 1)}; bookings already made stay`,
    );
    out.json({ id, from: reading.from, until: reading.until });
  },
  resume({ app, args, out }) {
    const id = mentorId(args, 'resume');
    if (!app.booking.mentors.setAway(id, null)) throw new UsageError(`no mentor with id ${id}`);
    out.text(`mentor ${id} takes new bookings again`);
    out.json({ id, paused: false });
  },
  'revoke-code': (input) => revokeCode(input, 'mentors'),
};

function setActive(
  app: Parameters<AdminArea[string]>[0]['app'],
  id: number,
  out: Parameters<AdminArea[string]>[0]['out'],
  value: boolean,
): void {
  if (!app.booking.mentors.setActive(id, value)) throw new UsageError(`no mentor with id ${id}`);
  out.text(`mentor ${id} ${value ? 'activated' : 'deactivated'}`);
  out.json({ id, active: value });
}
