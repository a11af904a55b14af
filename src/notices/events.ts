import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DAY_MS, parseClock, parseLocalDateTime, startOfLocalDay } from '../booking/time.ts';
import type { Db } from '../store/db.ts';
import { valuesOf } from './field-values.ts';
import { regionMatches } from './regions.ts';

export const EVENT_KINDS = [
  '推介会',
  '招商恳谈会',
  '训练营',
  '楚商大会',
  '楚文化节',
  '小龙虾节',
  '桃花节',
  '对接会',
  '创业大赛',
  '招聘会',
  '其他',
] as const;

const when = z.union([
  z.number().int(),
  z.string().transform((s, ctx) => {
    const at = parseLocalDateTime(s);
    if (at !== undefined) return at;
    ctx.addIssue({ code: 'custom', message: 'must be a date-time like 2026-12-12 14:00 (Asia/Shanghai)' });
    return z.NEVER;
  }),
]);

const EventInput = z.strictObject({
  title: z.string().trim().min(2).max(60),
  kind: z.enum(EVENT_KINDS),
  starts_at: when,
  place: z.string().trim().min(2).max(60),
  city: z.string().trim().max(20).optional(),
  region: z.string().trim().max(20).optional(),
  county: z.string().trim().max(20).optional(),
  organiser: z.string().trim().min(2).max(40),
  station_id: z.number().int().optional(),
  description: z.string().trim().max(300).default(''),
  signup: z.string().trim().max(120).default(''),
});
export type EventInput = z.input<typeof EventInput>;

export interface EventRow {
  id: number;
  title: string;
  kind: string;
  startsAt: number;
  place: string;
  city: string | null;
  region: string | null;
  county: string | null;
  organiser: string;
  stationId: number | null;
  description: string;
  signup: string;
  sample: boolean;
}

const EVENT_SAMPLE_FILE = 'events.sample.yaml';

/** Events that stations, counties and the city organise; `event.ask` answers from here. */
export function createEventRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO events (title, kind, starts_at, place, city, region, county, organiser, station_id, description, signup, sample, created_at)
     VALUES (@title, @kind, @starts_at, @place, @city, @region, @county, @organiser, @station_id, @description, @signup, @sample, @created_at)`,
  );
  const COLUMNS = `id, title, kind, starts_at AS startsAt, place, city, region, county, organiser, station_id AS stationId,
    description, signup, sample`;
  type Row = Omit<EventRow, 'sample'> & { sample: number };
  const byId = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM events WHERE id = ?`);
  const from = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM events WHERE starts_at >= ? ORDER BY starts_at, id`);
  const remove = db.prepare<[number]>('DELETE FROM events WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events');
  const toEvent = (r: Row): EventRow => ({ ...r, sample: r.sample === 1 });

  return {
    add(input: unknown, now: Date, options: { sample?: boolean } = {}): EventRow {
      const e = EventInput.parse(input);
      const { lastInsertRowid } = insert.run({
        ...e,
        city: e.city ?? null,
        region: e.region ?? null,
        county: e.county ?? null,
        station_id: e.station_id ?? null,
        sample: options.sample ? 1 : 0,
        created_at: now.getTime(),
      });
      return toEvent(byId.get(Number(lastInsertRowid))!);
    },
    get: (id: number): EventRow | undefined => {
      const r = byId.get(id);
      return r && toEvent(r);
    },
    remove: (id: number): boolean => remove.run(id).changes > 0,
    /** Events from the start of today on, soonest first; those near `region` or `county` first when given. */
    upcoming(now: Date, near: { region?: string | null; county?: string | null } = {}): EventRow[] {
      const events = from.all(startOfLocalDay(now.getTime())).map(toEvent);
      if (!near.region && !near.county) return events;
      const close = (e: EventRow) =>
        (near.county && e.county && valuesOf(near.county).includes(e.county)) ||
        (near.region && e.region && regionMatches(e.region, near.region));
      return [...events.filter(close), ...events.filter((e) => !close(e))];
    },
    count: (): number => count.get()!.n,
  };
}

export type EventRepo = ReturnType<typeof createEventRepo>;

const SampleEvent = z.object({ in_days: z.number().int().min(0).max(365), at: z.string() }).passthrough();

/**
 * Loads the clearly marked sample events into an empty table. Their dates are given as "in N days at HH:MM" from the
 * day the database is created, so that a new installation always has something coming up to show.
 */
export function loadSampleEvents(repo: EventRepo, knowledgeDir: string, now: Date): number {
  const file = join(knowledgeDir, EVENT_SAMPLE_FILE);
  if (repo.count() > 0 || !existsSync(file)) return 0;
  const { events } = z.object({ events: z.array(SampleEvent) }).parse(parse(readFileSync(file, 'utf8')));
  for (const { in_days, at, ...rest } of events) {
    repo.add({ ...rest, starts_at: startOfLocalDay(now.getTime()) + in_days * DAY_MS + parseClock(at) * 60_000 }, now, { sample: true });
  }
  return events.length;
}
