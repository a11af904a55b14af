/**
 * The web console's shared types (issue 15): who is signed in, and what every page handler can reach. Pages are
 * `register(web)` functions in `src/web/pages/`, each adding its routes to the one Hono app built by `createWebApp`
 * (src/web/server.tsx), behind sign-in, CSRF and role checks.
 */
import type { App } from '../app.ts';

/** The roles of the console, exactly as in chat: staff (admin, county office, station operator) and mentors. */
export type WebRole = 'admin' | 'county' | 'operator' | 'mentor';

export interface WebUser {
  /** The identity key (as in chat: linked accounts share it). */
  person: string;
  role: WebRole;
  name: string;
  /** A county office's county (e.g. 洪湖市); null for other roles. */
  county: string | null;
  /** An operator's liaison station. */
  stationId: number | null;
  /** A mentor's id in the mentor pool. */
  mentorId: number | null;
}

export interface WebDeps {
  app: App;
  now: () => Date;
  /** Where sign-in links point: WEB_PUBLIC_URL, default http://127.0.0.1:PORT. */
  publicUrl: string;
}

/** Hono's environment for console routes: the signed-in user and the session's CSRF token, set by the auth middleware. */
export interface WebEnv {
  Variables: {
    user: WebUser;
    /** The token every form posts back (hidden field `_csrf`, or header `x-csrf-token` for htmx). */
    csrf: string;
  };
}
