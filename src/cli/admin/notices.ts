import { ZodError } from 'zod';
import { formatSlot, parseLocalDateTime } from '../../booking/time.ts';
import { checkNotice } from '../../notices/compose.ts';
import { STATION_KINDS } from '../../notices/stations.ts';
import { EVENT_KINDS } from '../../notices/events.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea, CommandInput } from './area.ts';
import { table } from './table.ts';
import { validFor } from './staff.ts';

const idArg = (args: string[], usage: string): number => {
  const id = Number(args[0]);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(usage);
  return id;
};

/** A ZodError as "field: problem" lines, for people. */
const explain = (error: unknown): never => {
  if (error instanceof ZodError) throw new UsageError(error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  throw error;
};

export const stations: AdminArea = {
  list({ app, out }) {
    const list = app.stations.list();
    out.json(list);
    out.text(
      table(
        ['id', 'name', 'kind', 'city', 'region', 'county', 'active'],
        list.map((s) => [s.id, s.name, s.kind, s.city, s.region, s.county, s.active ? 'yes' : 'no']),
      ),
    );
  },
  add({ app, flags, out }) {
    try {
      const s = app.stations.add(
        {
          name: flags['name'],
          kind: flags['kind'],
          city: flags['city'],
          region: flags['region'] ?? flags['city'],
          county: flags['county'],
        },
        new Date(),
      );
      out.json(s);
      out.text(`added station ${s.id}: ${s.name}`);
    } catch (error) {
      explain(error);
    }
  },
  deactivate({ app, args, out }) {
    const id = idArg(args, 'usage: stations deactivate ID');
    if (!app.stations.setActive(id, false)) throw new UsageError(`no station ${id}`);
    out.json({ id, active: false });
    out.text(`station ${id} deactivated`);
  },
  /** A one-time bind code for the station's operator. */
  invite({ app, args, flags, out }) {
    const id = idArg(args, 'usage: stations invite ID --name OPERATOR');
    const station = app.stations.get(id);
    if (!station) throw new UsageError(`no station ${id}`);
    const name = flags['name']?.trim() || `${station.name}运营`;
    const hours = app.limits.staffCodeTtlHours;
    const code = app.staff.invite('operator', name, station.county, new Date(), id, hours);
    out.json({ station: id, name, code, validHours: hours });
    out.text(
      `bind code for ${name} (${station.name}): ${code}\n请在自己的微信或Telegram里给机器人发送:/bind ${code}(${validFor(hours)}内有效,只能用一次)`,
    );
  },
  /** Removes the station's operators at once (only the one named, with --name) and revokes its unused operator codes. */
  'remove-operator'({ app, args, flags, out }) {
    const id = idArg(args, 'usage: stations remove-operator ID [--name OPERATOR]');
    const station = app.stations.get(id);
    if (!station) throw new UsageError(`no station ${id}`);
    const name = flags['name']?.trim() || undefined;
    const { removed, codes } = app.staff.removeOperators(id, name, new Date());
    if (!removed.length && !codes)
      throw new UsageError(`station ${id} has no operator${name ? ` called ${name}` : ''} and no unused operator code; nothing changed`);
    out.json({ station: id, removed: removed.map((s) => ({ name: s.name, account: s.person })), codes });
    out.text(
      `${station.name}: ${removed.length ? `removed ${removed.map((s) => `${s.name} (${s.person})`).join(', ')}` : 'no operator bound'}; ${codes} unused code(s) revoked`,
    );
  },
};

export const events: AdminArea = {
  list({ app, out }) {
    const list = app.events.upcoming(new Date());
    out.json(list);
    out.text(
      table(
        ['id', 'when', 'title', 'kind', 'place', 'organiser'],
        list.map((e) => [e.id, formatSlot(e.startsAt), e.title, e.kind, e.place, e.organiser]),
      ),
    );
  },
  add({ app, flags, out }) {
    const at = flags['at'] ? parseLocalDateTime(flags['at']) : undefined;
    if (at === undefined) throw new UsageError('--at is required: "YYYY-MM-DD HH:MM" (Asia/Shanghai)');
    if (at < Date.now()) throw new UsageError(`--at is in the past: ${flags['at']}`);
    const station = flags['station'] ? app.stations.find(flags['station']) : undefined;
    if (flags['station'] && !station) throw new UsageError(`no station ${flags['station']}`);
    try {
      const e = app.events.add(
        {
          title: flags['title'],
          kind: flags['kind'] ?? '其他',
          starts_at: at,
          place: flags['place'],
          organiser: flags['organiser'] ?? station?.name,
          ...(flags['city'] ? { city: flags['city'] } : {}),
          ...((flags['region'] ?? station?.region) ? { region: flags['region'] ?? station?.region } : {}),
          ...(flags['county'] ? { county: flags['county'] } : {}),
          ...(station ? { station_id: station.id } : {}),
          ...(flags['description'] ? { description: flags['description'] } : {}),
          ...(flags['signup'] ? { signup: flags['signup'] } : {}),
        },
        new Date(),
      );
      out.json(e);
      out.text(`added event ${e.id}: ${formatSlot(e.startsAt)} ${e.title}`);
    } catch (error) {
      explain(error);
    }
  },
  remove({ app, args, out }) {
    const id = idArg(args, 'usage: events remove ID');
    if (!app.events.remove(id)) throw new UsageError(`no event ${id}`);
    out.json({ id, removed: true });
    out.text(`event ${id} removed`);
  },
};

function send({ app, flags, out }: CommandInput): void {
  const checked = checkNotice(
    {
      author: `cli:${flags['by'] ?? 'admin'}`,
      text: flags['text'] ?? '',
      ...(flags['station'] ? { station: flags['station'] } : {}),
      ...(flags['region'] ? { region: flags['region'] } : {}),
      ...(flags['county'] ? { county: flags['county'] } : {}),
      ...(flags['topic'] ? { topic: flags['topic'] } : {}),
      ...(flags['at'] ? { at: flags['at'] } : {}),
      ...(flags['cron'] ? { cron: flags['cron'] } : {}),
      urgent: flags['urgent'] === 'true',
    },
    { stations: app.stations, subscriptions: app.subscriptions, now: new Date() },
  );
  if (!checked.ok) throw new UsageError(checked.error);
  const notice = app.notices.create(checked.notice, new Date());
  out.json({ ...notice, recipients: checked.recipients });
  const when = notice.cron
    ? `每次按"${notice.cron}"(北京时间)`
    : notice.sendAt! <= Date.now() + 60_000
      ? '1分钟内'
      : formatSlot(notice.sendAt!);
  out.text(
    `notice ${notice.id} saved for ${checked.recipients} subscribers; the running bot sends it ${when}(22:00–08:00 不发,--urgent 除外)`,
  );
}

export const notices: AdminArea = {
  send,
  list({ app, out }) {
    const list = app.notices.list().map((n) => ({ ...n, runs: app.notices.runsOf(n.id) }));
    out.json(list);
    out.text(
      table(
        ['id', 'status', 'when', 'audience', 'sent/failed/pending', 'text'],
        list.map((n) => [
          n.id,
          n.status,
          n.cron ?? (n.sendAt ? formatSlot(n.sendAt) : ''),
          Object.values(n.audience).join(' ') || '全部',
          n.runs.map((r) => `${r.sent}/${r.failed}/${r.pending}`).join(' '),
          n.text.slice(0, 20),
        ]),
      ),
    );
  },
  cancel({ app, args, out }) {
    const id = idArg(args, 'usage: notices cancel ID');
    if (!app.notices.cancel(id)) throw new UsageError(`no notice ${id} to cancel (unknown or already cancelled)`);
    out.json({ id, status: 'cancelled' });
    out.text(`notice ${id} cancelled; nothing more of it will be sent`);
  },
};

export const STATION_USAGE = `stations list | add --name N --kind ${STATION_KINDS.join('|')} --city C [--region R] --county X | deactivate ID | invite ID [--name OPERATOR] | remove-operator ID [--name OPERATOR]`;
export const EVENT_USAGE = `events   list | add --title T --kind ${EVENT_KINDS.slice(0, 4).join('|')}|… --at "YYYY-MM-DD HH:MM" --place P [--organiser O] [--station ID] [--city C] [--region R] [--county X] [--signup S] | remove ID`;
export const NOTICE_USAGE =
  'notices  send --text T [--station ID] [--region R] [--county X] [--topic 节日|招商推介|创业培训|金融对接|座谈交流] [--at "YYYY-MM-DD HH:MM" | --cron "0 10 * * 1"] [--urgent] | list | cancel ID';
