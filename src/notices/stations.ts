import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { HOMETOWNS } from '../leads/places.ts';
import type { Db } from '../store/db.ts';

export const STATION_KINDS = ['楚商联络站', '返乡创业驻外推介服务站'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

const StationInput = z.strictObject({
  name: z.string().trim().min(2).max(40),
  kind: z.enum(STATION_KINDS),
  city: z.string().trim().min(2).max(20),
  /** The area or city its audience lives in (上海, 长三角, 深圳 ...). */
  region: z.string().trim().min(2).max(20),
  /** The county that runs it. */
  county: z.enum(HOMETOWNS),
});
export type StationInput = z.infer<typeof StationInput>;

export interface Station extends StationInput {
  id: number;
  active: boolean;
  sample: boolean;
}

const STATION_SAMPLE_FILE = 'stations.sample.yaml';

type Row = {
  id: number;
  name: string;
  kind: StationKind;
  city: string;
  region: string;
  county: StationInput['county'];
  active: number;
  sample: number;
};

/** Liaison stations (楚商联络站) and promotion stations away from home (返乡创业驻外推介服务站). */
export function createStationRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string, string, number, number]>(
    'INSERT INTO stations (name, kind, city, region, county, sample, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const COLUMNS = 'id, name, kind, city, region, county, active, sample';
  const byId = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM stations WHERE id = ?`);
  const byName = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM stations WHERE name = ?`);
  const all = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM stations ORDER BY id`);
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM stations');
  const setActive = db.prepare<[number, number]>('UPDATE stations SET active = ? WHERE id = ?');
  const toStation = (r: Row): Station => ({ ...r, active: r.active === 1, sample: r.sample === 1 });

  return {
    /** Adds a station; throws a ZodError naming the field when the input is wrong. */
    add(input: unknown, now: Date, options: { sample?: boolean } = {}): Station {
      const s = StationInput.parse(input);
      const { lastInsertRowid } = insert.run(s.name, s.kind, s.city, s.region, s.county, options.sample ? 1 : 0, now.getTime());
      return toStation(byId.get(Number(lastInsertRowid))!);
    },
    get: (id: number): Station | undefined => {
      const r = byId.get(id);
      return r && toStation(r);
    },
    /** By id ("3") or exact name. */
    find(ref: string): Station | undefined {
      const r = /^\d+$/.test(ref.trim()) ? byId.get(Number(ref)) : byName.get(ref.trim());
      return r && toStation(r);
    },
    list: (): Station[] => all.all().map(toStation),
    setActive: (id: number, active: boolean): boolean => setActive.run(active ? 1 : 0, id).changes > 0,
    count: (): number => count.get()!.n,
  };
}

export type StationRepo = ReturnType<typeof createStationRepo>;

/** Loads the clearly marked sample stations into an empty table (so notices work out of the box). */
export function loadSampleStations(repo: StationRepo, knowledgeDir: string, now: Date): number {
  const file = join(knowledgeDir, STATION_SAMPLE_FILE);
  if (repo.count() > 0 || !existsSync(file)) return 0;
  const { stations } = z.object({ stations: z.array(z.unknown()) }).parse(parse(readFileSync(file, 'utf8')));
  for (const s of stations) repo.add(s, now, { sample: true });
  return stations.length;
}
