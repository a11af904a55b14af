import { createCore, type Core } from './core/bot.ts';
import type { Logger } from './core/logger.ts';
import { loadKnowledge, type Knowledge } from './kb/load.ts';
import { createRetriever, type Retriever } from './kb/retriever.ts';
import { loadSampleMentors } from './booking/sample.ts';
import { createBookingService, type BookingService } from './booking/service.ts';
import { createSqliteIdentityStore } from './identity/identity.ts';
import { createLeadRepo, type LeadRepo } from './leads/leads.ts';
import { createStaffRepo, type StaffRepo } from './leads/staff.ts';
import { createTicketRepo, type TicketRepo } from './handoff/tickets.ts';
import type { SessionStore } from './dialogue/session.ts';
import { createSqliteSessionStore } from './store/sessions.ts';
import { openDatabase, type Db } from './store/db.ts';
import { createAnalyzer, type Analyzer } from './text/analyzer.ts';

export interface AppOptions {
  knowledgeDir: string;
  /** SQLite file, or `:memory:`. */
  dbPath: string;
  logger: Logger;
  now?: () => Date;
}

export interface App {
  core: Core;
  knowledge: Knowledge;
  analyzer: Analyzer;
  retriever: Retriever;
  db: Db;
  booking: BookingService;
  leads: LeadRepo;
  staff: StaffRepo;
  tickets: TicketRepo;
  sessions: SessionStore;
  close(): void;
}

/** Terms from the knowledge base that the segmenter must keep whole. */
function domainTerms(knowledge: Knowledge): string[] {
  return knowledge.entries.flatMap((e) => e.synonyms);
}

/** Wires the application: knowledge, text analysis, retrieval, storage, core. The one place that builds things. */
export function createApp(options: AppOptions): App {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const analyzer = createAnalyzer(knowledge.lexicon, domainTerms(knowledge));
  const retriever = createRetriever(knowledge.entries, analyzer);
  const db = openDatabase(options.dbPath);
  const identities = createSqliteIdentityStore(db);
  const booking = createBookingService(db, identities);
  const leads = createLeadRepo(db);
  const staff = createStaffRepo(db);
  const tickets = createTicketRepo(db);
  const now = options.now ?? (() => new Date());
  loadSampleMentors(booking.mentors, options.knowledgeDir, now());
  const auditInsert = db.prepare<[number, string, string]>('INSERT INTO audit (at, event, detail) VALUES (?, ?, ?)');

  const sessions = createSqliteSessionStore(db);
  const core = createCore({
    knowledge,
    analyzer,
    retriever,
    sessions,
    identities,
    booking,
    leads,
    staff,
    tickets,
    audit: (event, detail) => void auditInsert.run(now().getTime(), event, JSON.stringify(detail)),
    logger: options.logger,
    now,
  });
  return { core, knowledge, analyzer, retriever, db, booking, leads, staff, tickets, sessions, close: () => db.close() };
}
