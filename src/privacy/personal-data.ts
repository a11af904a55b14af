import { ownPerson, type Account, type IdentityStore } from '../identity/identity.ts';

/** Whom a deletion is about. */
export interface Subject {
  /** The person (identity key) who asked. */
  person: string;
  /**
   * Every key their rows may be stored under: the person, and the own key (`platform:userId`) of each linked
   * account, under which that account's rows from before the link were stored.
   */
  keys: readonly string[];
  /** Their accounts on every platform. */
  accounts: readonly Account[];
}

/**
 * Port: a part of the bot that keeps personal data in the bot's database: a core store, or a platform adapter (the
 * WeChat send queue and id map). Each registers itself, so a deletion cannot miss what a new part keeps.
 */
export interface PersonalDataHolder {
  /** Short and stable; the deletion's audit record counts rows under it. */
  readonly name: string;
  /** The tables it keeps personal data in (a test checks every table of the schema is someone's). */
  readonly tables: readonly string[];
  /** Removes everything it keeps of `subject`. Runs inside the deletion's transaction; returns rows removed. */
  forget(subject: Subject): number;
  /** Removes what it keeps only for a while (sent messages) that is older than `before`; returns rows removed. */
  prune?(before: Date): number;
}

/** What was removed, by holder name. */
export type Forgotten = Record<string, number>;

export interface DeletionHooks {
  before?(subject: Subject): void;
  after?(removed: Forgotten, subject: Subject): void;
}

/** The registry of holders, and deletion across all of them. */
export interface PersonalData {
  /** Adds a holder; one of the same name is replaced (an adapter and the runtime may both register one). */
  register(holder: PersonalDataHolder): void;
  readonly holders: readonly PersonalDataHolder[];
  /**
   * Forgets `person` in every holder, in one transaction. Inside it, `before` runs first (to read what must be told,
   * e.g. the mentors of cancelled bookings) and `after` last (an audit record). Afterwards the write-ahead log is
   * emptied, so that the deleted bytes leave the files too.
   */
  forget(person: string, hooks?: DeletionHooks): { subject: Subject; removed: Forgotten };
  /** Prunes every holder that keeps something only for a while. */
  prune(before: Date): Forgotten;
}

export interface PersonalDataOptions {
  identities: IdentityStore;
  /** Runs `work` in one database transaction. */
  transaction: <T>(work: () => T) => T;
  /** Makes removed bytes leave the files after a commit (a WAL checkpoint that truncates the log). */
  compact: () => void;
}

/** The subject of a deletion of `person`: their keys and accounts. */
function subjectOf(identities: IdentityStore, person: string): Subject {
  const accounts = identities.accountsOf(person);
  const keys = [...new Set([person, ...accounts.map(ownPerson)])];
  return { person, keys, accounts };
}

export function createPersonalData(options: PersonalDataOptions): PersonalData {
  const holders = new Map<string, PersonalDataHolder>();
  return {
    register(holder) {
      holders.set(holder.name, holder);
    },
    get holders() {
      return [...holders.values()];
    },
    forget(person, hooks = {}) {
      const result = options.transaction(() => {
        const subject = subjectOf(options.identities, person);
        hooks.before?.(subject);
        const removed: Forgotten = {};
        for (const holder of holders.values()) removed[holder.name] = holder.forget(subject);
        hooks.after?.(removed, subject);
        return { subject, removed };
      });
      options.compact();
      return result;
    },
    prune(before) {
      const pruned = options.transaction(() => {
        const out: Forgotten = {};
        for (const holder of holders.values()) if (holder.prune) out[holder.name] = holder.prune(before);
        return out;
      });
      options.compact();
      return pruned;
    },
  };
}
