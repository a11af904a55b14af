import type { Choice } from '../core/message.ts';
import type { Intent } from '../intent/intents.ts';

/** What the bot remembers about one user between messages. */
export interface DialogueState {
  /** A numbered question the user has not answered yet. */
  pending?: {
    kind: 'choose-entry';
    choices: Choice[];
    /** The message that led to the question, to answer it once the user picks. */
    asked: string;
  };
  lastIntent?: Intent;
  lastSources?: string[];
}

/** Port: where dialogue state lives (SQLite in production, the same in tests with a temporary file). */
export interface SessionStore {
  load(person: string): DialogueState;
  save(person: string, state: DialogueState, at: Date): void;
  delete(person: string): void;
}

