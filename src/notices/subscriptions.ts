import type { Db } from '../store/db.ts';
import { valuesOf } from './field-values.ts';
import { regionMatches } from './regions.ts';
import { topicMatches } from './topics.ts';

/** What a subscriber wants to hear about; null fields mean "everything" (each field may hold several, joined by 、). */
export interface Interest {
  region: string | null;
  county: string | null;
  topic: string | null;
}

export interface Subscription extends Interest {
  person: string;
  active: boolean;
}

/** Who a notice is for; absent fields do not narrow. */
export interface Audience {
  region?: string;
  county?: string;
  topic?: string;
}

const noInterest: Interest = { region: null, county: null, topic: null };

/** Whether a notice for `audience` should reach a subscriber with `interest`. */
function wants(interest: Interest, audience: Audience): boolean {
  if (!regionMatches(audience.region, interest.region)) return false;
  if (audience.county && interest.county && !valuesOf(interest.county).includes(audience.county)) return false;
  if (!topicMatches(audience.topic, interest.topic)) return false;
  // Someone who narrowed to a place hears that place's notices and those for everyone, not another place's.
  if (interest.county && !audience.county && audience.region) return false;
  if (interest.region && !audience.region && audience.county) return false;
  return true;
}

type Row = { person: string; region: string | null; county: string | null; topic: string | null; active: number };

/** Subscriptions to event notices: one per person, optionally narrowed; blocked users are kept inactive. */
export function createSubscriptionRepo(db: Db) {
  const upsert = db.prepare<[string, string | null, string | null, string | null, number, number]>(
    `INSERT INTO subscriptions (person, region, county, topic, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (person) DO UPDATE SET region = excluded.region, county = excluded.county, topic = excluded.topic,
       active = 1, updated_at = excluded.updated_at`,
  );
  const select = db.prepare<[string], Row>('SELECT person, region, county, topic, active FROM subscriptions WHERE person = ?');
  const remove = db.prepare<[string]>('DELETE FROM subscriptions WHERE person = ?');
  const removeOutbox = db.prepare<[string]>('DELETE FROM outbox WHERE person = ?');
  const setActive = db.prepare<[number, number, string]>('UPDATE subscriptions SET active = ?, updated_at = ? WHERE person = ?');
  const active = db.prepare<[], Row>('SELECT person, region, county, topic, active FROM subscriptions WHERE active = 1 ORDER BY rowid');
  const counts = db.prepare<[], { active: number; inactive: number }>(
    'SELECT COALESCE(SUM(active = 1), 0) AS active, COALESCE(SUM(active = 0), 0) AS inactive FROM subscriptions',
  );
  // Each active subscriber with the first chat account they linked (the one the bot reaches them on).
  // A person never linked has no identities row: their id is "platform:userId" (see identity.ts).
  const withAccounts = db.prepare<[], Row & { platform: string | null; user_id: string | null }>(
    `SELECT s.person, s.region, s.county, s.topic, s.active, i.platform, i.user_id
       FROM subscriptions s LEFT JOIN identities i ON i.person = s.person
      WHERE s.active = 1 ORDER BY s.rowid, i.linked_at, i.platform`,
  );
  const toSubscription = (r: Row): Subscription => ({
    person: r.person,
    region: r.region,
    county: r.county,
    topic: r.topic,
    active: r.active === 1,
  });

  return {
    subscribe(person: string, interest: Partial<Interest>, now: Date): Subscription {
      const i = { ...noInterest, ...interest };
      upsert.run(person, i.region, i.county, i.topic, now.getTime(), now.getTime());
      return toSubscription(select.get(person)!);
    },
    /** Deletes the person's subscription and their rows in notice outboxes (their chat ids); returns how many. */
    deleteOfPerson: db.transaction((person: string): number => {
      removeOutbox.run(person);
      return remove.run(person).changes;
    }),
    /** True when there was a subscription to end. */
    unsubscribe: (person: string): boolean => remove.run(person).changes > 0,
    get: (person: string): Subscription | undefined => {
      const row = select.get(person);
      return row && toSubscription(row);
    },
    /** A user blocked the bot (false) or came back (true). */
    setReachable: (person: string, reachable: boolean, now: Date): boolean =>
      setActive.run(reachable ? 1 : 0, now.getTime(), person).changes > 0,
    /** Active subscribers a notice for `audience` should reach, in subscription order. */
    audience(audience: Audience): string[] {
      const out: string[] = [];
      for (const row of active.iterate()) if (wants(row, audience)) out.push(row.person);
      return out;
    },
    /** Like `audience`, with where to reach each one, read in one pass (a broadcast to 100,000 people). */
    recipients(audience: Audience): Array<{ person: string; platform: string; userId: string }> {
      const out: Array<{ person: string; platform: string; userId: string }> = [];
      let last = '';
      for (const row of withAccounts.iterate()) {
        if (row.person === last) continue;
        last = row.person;
        if (!wants(row, audience)) continue;
        if (row.platform !== null && row.user_id !== null) {
          out.push({ person: row.person, platform: row.platform, userId: row.user_id });
          continue;
        }
        const at = row.person.indexOf(':');
        if (at > 0) out.push({ person: row.person, platform: row.person.slice(0, at), userId: row.person.slice(at + 1) });
      }
      return out;
    },
    counts: () => counts.get()!,
  };
}

export type SubscriptionRepo = ReturnType<typeof createSubscriptionRepo>;
