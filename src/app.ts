import type { LanguageModel } from './llm/port.ts';
import { createCore, type Core } from './pipeline/bot.ts';
import type { Logger } from './core/logger.ts';
import { loadKnowledge, type Knowledge } from './kb/load.ts';
import { createRetriever, type Retriever } from './kb/retriever.ts';
import { loadIntentTraining, ourLabelledSets, trainIntentModel, type IntentModel, type WeightsStore } from './intent/learned.ts';
import { fileWeightsStore } from './intent/weights-file.ts';
import { loadSampleMentors, samplesRemoved } from './booking/sample.ts';
import { createBookingService, type BookingService } from './booking/service.ts';
import { createSqliteIdentityStore, type IdentityStore } from './identity/identity.ts';
import { createLeadRepo, type LeadRepo } from './leads/leads.ts';
import { createStaffRepo, type StaffRepo } from './leads/staff.ts';
import { createTicketRepo, type TicketRepo } from './handoff/tickets.ts';
import type { SessionStore } from './dialogue/session.ts';
import { createSubscriptionRepo, type SubscriptionRepo } from './notices/subscriptions.ts';
import { createEventRepo, loadSampleEvents, type EventRepo } from './notices/events.ts';
import { createStationRepo, loadSampleStations, type StationRepo } from './notices/stations.ts';
import { createNoticeRepo, type Notice, type NoticeRepo } from './notices/notices.ts';
import { createSqliteSessionStore } from './store/sessions.ts';
import { openDatabase, type Db } from './store/db.ts';
import { createAnalyzer, type Analyzer } from './text/analyzer.ts';
import { JINGZHOU_PLACES_EN, OTHER_PLACES_EN } from './kb/places.ts';
import { limitsWith, type SecurityLimits } from './security/limits.ts';
import { createPersonalData, type PersonalData } from './privacy/personal-data.ts';
import { coreHolders } from './privacy/core-holders.ts';
import { createSqliteAttemptLimiter } from './security/attempts.ts';
import { signInLink, webPersonalData } from './web/auth.ts';

export interface AppOptions {
  knowledgeDir: string;
  /** SQLite file, or `:memory:`. */
  dbPath: string;
  logger: Logger;
  now?: () => Date;
  /** Abuse limits and retention; defaults in `DEFAULT_LIMITS`. */
  limits?: Partial<SecurityLimits>;
  /**
   * Fill an empty database with the sample mentors, stations and events (示例): for the quick start and tests only.
   * Off by default, so that a bot serving real people never offers a made-up mentor (see `samplesWanted`).
   */
  samples?: boolean;
  /**
   * Where the knowledge base, analyser and index come from when first needed; by default built from `knowledgeDir`
   * for this app. They do not change once built, so apps on the same directory may share them (tests make many).
   */
  understanding?: () => Understanding;
  /** The optional language model (issue 14); without it, the offline path answers everything. */
  llm?: LanguageModel;
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
  identities: IdentityStore;
  subscriptions: SubscriptionRepo;
  events: EventRepo;
  stations: StationRepo;
  notices: NoticeRepo;
  limits: SecurityLimits;
  /** Where every part that keeps personal data registers (adapters too), so that a deletion reaches all of it. */
  personalData: PersonalData;
  /** Set by the runtime's broadcaster: told of each notice composed in chat. */
  onNotice: (notice: Notice) => void;
  /** Where the web console's sign-in links point (issue 15); set by the runtime when one is configured. */
  webPublicUrl: string | undefined;
  close(): void;
}

/** Terms from the knowledge base that the segmenter must keep whole. */
export function domainTerms(knowledge: Knowledge): string[] {
  return knowledge.entries.flatMap((e) => e.synonyms);
}

/** The entries' English wording, whose words misspelt English is read as ("bisness": business). */
export function domainEnglish(knowledge: Knowledge): string[] {
  const places = [...OTHER_PLACES_EN, ...JINGZHOU_PLACES_EN.map((p) => p.replace("'?", ''))];
  return [...knowledge.entries.flatMap((e) => [e.en.title, e.en.summary, ...e.en.facts, ...e.en.units]), places.join(' ')];
}

/** The knowledge base with what reads messages against it. Built once, never changed. */
export interface Understanding {
  knowledge: Knowledge;
  analyzer: Analyzer;
  retriever: Retriever;
  /** The intent classifier trained from our labelled phrasings and the entries' example questions. */
  intents: IntentModel;
}

let understandingsBuilt = 0;
/**
 * How many times this process has loaded a knowledge base and built its analyser (jieba) and index. They take
 * seconds, so an app builds them on first use of `core`, `knowledge`, `analyzer` or `retriever`; a command that only
 * needs the stores (admin festivals, staff list ...) leaves this count alone.
 */
export const understandingsBuiltCount = (): number => understandingsBuilt;

/**
 * Loads the knowledge base from `knowledgeDir` and builds its analyser (jieba with the domain terms) and index, and the
 * intent classifier: its weights are read from `weights` when trained before from the same data, else trained (and kept
 * there); `null` trains at every start.
 */
export function loadUnderstanding(knowledgeDir: string, weights: WeightsStore | null = fileWeightsStore()): Understanding {
  const knowledge = loadKnowledge(knowledgeDir);
  const analyzer = createAnalyzer(knowledge.lexicon, domainTerms(knowledge), { englishText: domainEnglish(knowledge) });
  const retriever = createRetriever(knowledge.entries, analyzer);
  const intents = trainIntentModel(
    loadIntentTraining(knowledgeDir, knowledge.entries, ourLabelledSets()),
    analyzer,
    {},
    weights ?? undefined,
  );
  understandingsBuilt++;
  return { knowledge, analyzer, retriever, intents };
}

/**
 * Wires the application: storage at once; knowledge, text analysis, retrieval and the core on first use (a start
 * of the bot uses them at once, so a broken knowledge base still fails the start). The one place that builds things.
 */
export function createApp(options: AppOptions): App {
  let understanding: Understanding | undefined;
  const understood = () => (understanding ??= (options.understanding ?? (() => loadUnderstanding(options.knowledgeDir)))());
  let core: Core | undefined;
  const db = openDatabase(options.dbPath);
  const identities = createSqliteIdentityStore(db);
  const booking = createBookingService(db, identities);
  const leads = createLeadRepo(db);
  const staff = createStaffRepo(db);
  const tickets = createTicketRepo(db);
  const now = options.now ?? (() => new Date());
  const limits = limitsWith(options.limits);
  const samples = options.samples === true && !samplesRemoved(db);
  if (samples) loadSampleMentors(booking.mentors, options.knowledgeDir, now());
  const subscriptions = createSubscriptionRepo(db);
  const events = createEventRepo(db);
  const stations = createStationRepo(db);
  const notices = createNoticeRepo(db, subscriptions);
  if (samples) {
    loadSampleStations(stations, options.knowledgeDir, now());
    loadSampleEvents(events, options.knowledgeDir, now());
  }
  const auditInsert = db.prepare<[number, string, string]>('INSERT INTO audit (at, event, detail) VALUES (?, ?, ?)');

  const sessions = createSqliteSessionStore(db);
  const personalData = createPersonalData({
    identities,
    transaction: (work) => db.transaction(work)(),
    // The deleted rows' pages were zeroed (secure_delete); this also empties the write-ahead log that held them.
    // Another process reading at that moment keeps the log; its next checkpoint (at the latest on close) empties it.
    compact: () => {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      if (result?.busy) options.logger.warn('privacy.checkpoint_busy', {});
    },
  });
  for (const holder of coreHolders(db, identities)) personalData.register(holder);
  // The console's tables are in every database (the migrations make them), also where no console runs.
  personalData.register(webPersonalData(db));
  const buildCore = (): Core =>
    createCore({
      ...understood(),
      sessions,
      identities,
      booking,
      leads,
      staff,
      tickets,
      subscriptions,
      events,
      stations,
      notices,
      noticeCreated: (notice) => app.onNotice(notice),
      audit: (event, detail) => void auditInsert.run(now().getTime(), event, JSON.stringify(detail)),
      logger: options.logger,
      limits,
      personalData,
      attempts: createSqliteAttemptLimiter(db, limits),
      now,
      webSignIn: (person) => (app.webPublicUrl ? signInLink(db, person, app.webPublicUrl, now) : undefined),
      ...(options.llm ? { llm: options.llm } : {}),
    });
  const app: App = {
    get core() {
      core ??= buildCore();
      return core;
    },
    get knowledge() {
      return understood().knowledge;
    },
    get analyzer() {
      return understood().analyzer;
    },
    get retriever() {
      return understood().retriever;
    },
    db,
    booking,
    leads,
    staff,
    tickets,
    sessions,
    identities,
    subscriptions,
    events,
    stations,
    notices,
    limits,
    personalData,
    onNotice: () => {},
    webPublicUrl: undefined,
    close: () => db.close(),
  };
  return app;
}
