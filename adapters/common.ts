/** What every chat adapter shares: replies to what cannot be read, and per-chat ordering of work. */

/** The reply to anything but text (pictures, voice, stickers, files); voice is not transcribed. */
export const UNREADABLE_REPLY = '我只能看懂文字消息,请直接打字提问,比如"返乡创业贴息贷款最多多少"。';

/**
 * Runs tasks with the same key one after another, and tasks of different keys side by side. Platforms deliver
 * messages concurrently; two quick messages from one person must not load and save the same dialogue state at once,
 * and their replies must keep their order, while one slow chat must not hold up the others.
 */
export function createLanes(): (key: string, task: () => Promise<void>) => Promise<void> {
  const tails = new Map<string, Promise<void>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    tails.set(key, run);
    void run.then(() => tails.get(key) === run && tails.delete(key));
    return run;
  };
}

/** Work that shutdown must wait for. */
export function createInFlight(): { track(work: Promise<void>): void; settled(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    track(work) {
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },
    async settled() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}

/**
 * Splits a long text into parts a platform accepts, at line breaks where possible, else at the limit. Replies are
 * short; broadcasts may not be.
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf('\n', limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  parts.push(rest);
  return parts;
}
