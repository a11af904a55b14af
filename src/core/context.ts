import type { Analysis, Analyzer } from '../text/analyzer.ts';
import type { Language } from '../text/language.ts';
import type { LanguageModel } from '../llm/port.ts';
import type { Classification } from '../intent/classify.ts';
import type { Intent } from '../intent/intents.ts';
import type { IntentModel } from '../intent/learned.ts';
import type { Knowledge } from '../kb/load.ts';
import type { Retriever } from '../kb/retriever.ts';
import type { DialogueState, SessionStore } from '../dialogue/session.ts';
import type { IdentityStore } from '../identity/identity.ts';
import type { BookingService } from '../booking/service.ts';
import type { LeadRepo } from '../leads/leads.ts';
import type { StaffRepo } from '../leads/staff.ts';
import type { TicketRepo } from '../handoff/tickets.ts';
import type { SubscriptionRepo } from '../notices/subscriptions.ts';
import type { EventRepo } from '../notices/events.ts';
import type { StationRepo } from '../notices/stations.ts';
import type { Notice, NoticeRepo } from '../notices/notices.ts';
import type { Logger } from './logger.ts';
import type { SecurityLimits } from '../security/limits.ts';
import type { PersonalData } from '../privacy/personal-data.ts';
import type { AttemptLimiter } from '../security/attempts.ts';
import { senderOf, type Choice, type Inbound, type Outbound, type Recipient } from './message.ts';

/** The services handlers use; built once in `createCore`. */
export interface CoreDeps {
  knowledge: Knowledge;
  analyzer: Analyzer;
  retriever: Retriever;
  /** The trained intent classifier; without it, wording rules and retrieval alone decide. */
  intents?: IntentModel;
  sessions: SessionStore;
  identities: IdentityStore;
  booking: BookingService;
  leads: LeadRepo;
  staff: StaffRepo;
  tickets: TicketRepo;
  subscriptions: SubscriptionRepo;
  events: EventRepo;
  stations: StationRepo;
  notices: NoticeRepo;
  /** A notice was composed: the broadcaster sends it now or arms its schedule (a no-op where none runs). */
  noticeCreated(notice: Notice): void;
  /** Records an event without personal data (deletions, for accountability). */
  audit(event: string, detail: Record<string, unknown>): void;
  logger: Logger;
  limits: SecurityLimits;
  /** Everything that keeps personal data, and deletion across all of it in one transaction. */
  personalData: PersonalData;
  /** Wrong /link and /bind codes, counted against `limits`. */
  attempts: AttemptLimiter;
  now: () => Date;
  /**
   * A single-use sign-in link to the web console for `person` (issue 15), or undefined where no console is
   * configured (no WEB_PUBLIC_URL or WEB_PORT). Whether `person` may sign in is the handler's check.
   */
  webSignIn?(person: string): string | undefined;
  /** The optional language model: reads unsure messages and phrases answers, each checked (src/pipeline/model.ts). */
  llm?: LanguageModel;
}

/** Everything about the message being handled; handlers read it and add replies. */
export class Context {
  readonly messages: Outbound[] = [];
  readonly sources: string[] = [];
  intent: Intent = 'out_of_scope';
  session: DialogueState = {};
  classification?: Classification;
  /** Who the sender is across platforms (linked accounts share one); set before any handler runs. */
  person = '';
  /** The language to reply in, decided once per message (see `rememberLanguage`); a restated menu pick keeps it. */
  language: Language = 'zh';
  /** The entries several questions of one message were answered from, in order: "第三条" is the third. */
  answeredInOrder?: string[];
  /** The points an answer showed, when its wording was changed after composing (a model's phrasing): "第二条" follows them. */
  points?: string[];
  /** Points shown earlier on the topic, not to show again ("还有呢"). */
  shownBefore?: string[];
  /** The user asked for the last answer in fewer words ("说简单点", "太长了"): the reply keeps to its key points. */
  brief?: true;
  /** The last answer was doubted ("你确定？", "别人说能补15万"): what the user said, to answer with the plan's own words. */
  doubted?: string;

  constructor(
    readonly inbound: Inbound,
    public analysis: Analysis,
    readonly deps: CoreDeps,
  ) {}

  /** Handles the message as if the user had typed `text` (a menu item picked by its number). */
  restate(text: string): void {
    this.analysis = this.deps.analyzer.analyze(text);
  }

  get sender(): Recipient {
    return senderOf(this.inbound);
  }

  /** Replies to the sender. */
  reply(text: string, choices?: Choice[]): void {
    this.messages.push(choices?.length ? { to: this.sender, text, choices } : { to: this.sender, text });
  }

  /** Replies with someone else's personal data (a lead card to staff): marked as about them, for their deletion. */
  replyAbout(about: string, text: string): void {
    this.messages.push({ to: this.sender, text, about });
  }

  /**
   * Sends a message to someone other than the sender (a mentor, staff, a station operator). It is marked as being
   * about the sender, so that a deletion of the sender's data also removes it from queues that still hold it.
   */
  notify(to: Recipient, text: string, choices?: Choice[]): void {
    const about = this.person || undefined;
    this.messages.push({ to, text, ...(choices?.length ? { choices } : {}), ...(about ? { about } : {}) });
  }

  cite(...ids: string[]): void {
    for (const id of ids) if (!this.sources.includes(id)) this.sources.push(id);
  }
}
