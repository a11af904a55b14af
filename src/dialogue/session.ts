import type { BookingEdit } from '../booking/bookings.ts';
import type { Choice } from '../core/message.ts';
import type { Turnlet } from '../handoff/tickets.ts';
import type { ConversationContext } from './context.ts';
import type { FormState } from './form.ts';

/** What the bot remembers about one user between messages. */
export interface DialogueState {
  /** A numbered question the user has not answered yet. */
  pending?: {
    /**
     * choose-entry: knowledge entries (`kb:<id>`); choose-action: actions such as `booking:accept:<ref>`;
     * menu: things to do, each value a phrase the bot understands ("预约创业导师").
     */
    kind: 'choose-entry' | 'choose-action' | 'menu';
    choices: Choice[];
    /** The message that led to the question, to answer it once the user picks. */
    asked: string;
  };
  /** A form being filled in (booking a mentor, registering a lead). */
  form?: FormState;
  /** The last few exchanges, carried into a hand-off ticket; deleted with everything else on request. */
  recent?: Turnlet[];
  /** What the conversation is about (topic, list shown, places), for follow-ups; forgotten after a quiet period. */
  context?: ConversationContext;
  /** A mentor's bookings last put before them (a new booking's notice, /schedule): what a plain "接受" or "婉拒" means. */
  mentorShown?: string[];
  /** A mentor was asked until when to pause new bookings ("要暂停到哪天?"): their next words may be the answer. */
  mentorAsked?: 'pause';
  lastSources?: string[];
  /** The question the last policy answer answered (for its rating). */
  lastQuestion?: string;
  /** A change of a booking asked for while "改哪一个预约?" waits for the pick (the phone in it is the user's own). */
  bookingEdit?: BookingEdit;
  /** Set while the user writes in English or asked for English; cleared when they write Chinese again. */
  language?: 'en';
}

/** Port: where dialogue state lives (SQLite in production, the same in tests with a temporary file). */
export interface SessionStore {
  load(person: string): DialogueState;
  save(person: string, state: DialogueState, at: Date): void;
  delete(person: string): void;
  /** Forgets every dialogue not touched since `before` (abandoned forms, old turns); returns how many. */
  prune(before: Date): number;
}

/** A dialogue untouched this many days is forgotten: its half-filled form and its recent turns (personal data). */
export const ABANDONED_AFTER_DAYS = 7;
