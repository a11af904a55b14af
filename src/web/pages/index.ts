/**
 * The console's pages. Each registers its routes under its `path` ('/leads', '/leads/:id' ...); the server puts
 * every route behind sign-in and CSRF, answers 403 to a role not in `roles` for any route under `path`, and lists
 * in the navigation only the pages the user's role may open. A new page is one file here and one entry below.
 */
import type { Hono } from 'hono';
import type { WebDeps, WebEnv, WebRole } from '../env.ts';
import { auditPage } from './audit.tsx';
import { bookingsPage } from './bookings.tsx';
import { homePage } from './home.tsx';
import { leadsPage } from './leads.tsx';
import { noticesPage } from './notices.tsx';
import { planPage } from './plan.tsx';
import { questionsPage } from './questions.tsx';

export interface WebPage {
  /** Where its routes live; '/' matches only the home page itself. */
  path: string;
  /** Its name in the navigation. */
  label: string;
  /** Who may open it (and every route under `path`). */
  roles: readonly WebRole[];
  register(web: Hono<WebEnv>, deps: WebDeps): void;
}

export const ALL_ROLES: readonly WebRole[] = ['admin', 'county', 'operator', 'mentor'];

export const PAGES: WebPage[] = [homePage, leadsPage, bookingsPage, noticesPage, questionsPage, planPage, auditPage];
