/**
 * Signing in to the web console without passwords (issue 15): a staff member or an active mentor bound in chat asks
 * for a link (`/web`, or `admin -- staff web-login`), which is single-use and valid for 10 minutes; redeeming it
 * starts a session. Only SHA-256 digests of the link's token and of the session id are stored. Who the user is (role,
 * county, station, mentor) is read again from the staff and mentor tables on every request, so a removed staff member
 * or a deactivated mentor is signed out at once. No HTTP here: the server (server.tsx) uses these.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { App } from '../app.ts';
import { mentorName } from '../booking/mentors.ts';
import type { PersonalDataHolder } from '../privacy/personal-data.ts';
import type { Db } from '../store/db.ts';
import type { WebDeps, WebRole, WebUser } from './env.ts';

/** How long a sign-in link works. */
export const SIGN_IN_TTL_MS = 10 * 60_000;
/** The session cookie's name. */
export const SESSION_COOKIE = 'hx_session';
/** How the console names each role (staff roles as in chat). */
export const WEB_ROLE_LABEL: Record<WebRole, string> = {
  admin: '管理员',
  county: '县市区招商部门',
  operator: '联络站运营',
  mentor: '导师',
};

/** 32 random bytes, base64url: the secret in a link, a session id or a CSRF token. */
const secret = (): string => randomBytes(32).toString('base64url');
const digest = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Who `person` is in the console now: a staff member (first), an active mentor, or no one. */
export function webUserOf(app: Pick<App, 'staff' | 'booking'>, person: string): WebUser | undefined {
  const staff = app.staff.of(person);
  if (staff) return { person, role: staff.role, name: staff.name, county: staff.county, stationId: staff.stationId, mentorId: null };
  const mentor = app.booking.mentors.ofPerson(person);
  if (mentor?.active) return { person, role: 'mentor', name: mentorName(mentor), county: null, stationId: null, mentorId: mentor.id };
  return undefined;
}

export interface WebSession {
  person: string;
  csrf: string;
  expiresAt: number;
}

/** The sign-in tokens and sessions in the database. */
export function createWebAuth(db: Db, now: () => Date) {
  const insertToken = db.prepare<[string, string, number]>('INSERT INTO web_sign_ins (token_hash, person, expires_at) VALUES (?, ?, ?)');
  const useToken = db.prepare<[number, string, number], { person: string }>(
    'UPDATE web_sign_ins SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING person',
  );
  const dropOldTokens = db.prepare<[number]>('DELETE FROM web_sign_ins WHERE expires_at < ?');
  const insertSession = db.prepare<[string, string, string, number, number]>(
    'INSERT INTO web_sessions (id_hash, person, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectSession = db.prepare<[string], WebSession>(
    'SELECT person, csrf, expires_at AS expiresAt FROM web_sessions WHERE id_hash = ?',
  );
  const deleteSession = db.prepare<[string]>('DELETE FROM web_sessions WHERE id_hash = ?');
  const dropOldSessions = db.prepare<[number]>('DELETE FROM web_sessions WHERE expires_at < ?');

  return {
    /** A new single-use sign-in token for `person`, valid for `SIGN_IN_TTL_MS`. */
    issue(person: string): string {
      const token = secret();
      const at = now().getTime();
      dropOldTokens.run(at - 86_400_000);
      insertToken.run(digest(token), person, at + SIGN_IN_TTL_MS);
      return token;
    },
    /** Uses `token` up: whose it was, or undefined for a wrong, used or expired one (no difference shown). */
    redeem(token: string): string | undefined {
      return useToken.get(now().getTime(), digest(token), now().getTime())?.person;
    },
    /** Starts a session of `sessionHours`: the id for the cookie (only its digest is stored) and its CSRF token. */
    startSession(person: string, sessionHours: number): { id: string; csrf: string } {
      const id = secret();
      const csrf = secret();
      const at = now().getTime();
      dropOldSessions.run(at);
      insertSession.run(digest(id), person, csrf, at, at + sessionHours * 3_600_000);
      return { id, csrf };
    },
    /** The live session with this id, if any (an expired one is removed). */
    session(id: string): WebSession | undefined {
      const found = selectSession.get(digest(id));
      if (found && found.expiresAt <= now().getTime()) {
        deleteSession.run(digest(id));
        return undefined;
      }
      return found;
    },
    endSession(id: string): void {
      deleteSession.run(digest(id));
    },
  };
}

export type WebAuth = ReturnType<typeof createWebAuth>;

/** A full sign-in link for `person` on `publicUrl`: `${publicUrl}/login?token=…`. */
export function signInLink(db: Db, person: string, publicUrl: string, now: () => Date): string {
  return `${publicUrl.replace(/\/+$/, '')}/login?token=${createWebAuth(db, now).issue(person)}`;
}

/**
 * Counts failed sign-ins in memory (only the console process redeems links): `perIp` per address and `overall` in
 * all within `windowMs`; once either is reached, every sign-in is refused until old failures age out.
 */
export function createSignInLimiter(now: () => Date, limits = { perIp: 10, overall: 100, windowMs: SIGN_IN_TTL_MS }) {
  let failures: Array<{ ip: string; at: number }> = [];
  const recent = () => {
    const since = now().getTime() - limits.windowMs;
    failures = failures.filter((f) => f.at > since);
    return failures;
  };
  return {
    blocked: (ip: string): boolean => {
      const all = recent();
      return all.length >= limits.overall || all.filter((f) => f.ip === ip).length >= limits.perIp;
    },
    failed: (ip: string): void => void failures.push({ ip, at: now().getTime() }),
  };
}

/**
 * Records a change made in the console (a sign-in, a stage change, an export ...). `detail` must hold no personal
 * data: ids and counts, not names or phones.
 */
export function audit(
  deps: Pick<WebDeps, 'app' | 'now'>,
  user: Pick<WebUser, 'person' | 'role'>,
  action: string,
  detail: Record<string, unknown> = {},
): void {
  deps.app.db
    .prepare('INSERT INTO web_audit (at, person, role, action, detail) VALUES (?, ?, ?, ?, ?)')
    .run(deps.now().getTime(), user.person, user.role, action, JSON.stringify(detail));
}

/** The console's tables that name a person, so that "删除我的信息" removes sign-in links, sessions and audit rows. */
export function webPersonalData(db: Db): PersonalDataHolder {
  const tables = ['web_sign_ins', 'web_sessions', 'web_audit'] as const;
  const statements = tables.map((t) => db.prepare<[string]>(`DELETE FROM ${t} WHERE person = ?`));
  return {
    name: 'web',
    tables,
    forget: (subject) => subject.keys.reduce((n, key) => n + statements.reduce((m, s) => m + s.run(key).changes, 0), 0),
  };
}
