import type { App } from '../../app.ts';

/** What a command may print: text for people, or (with --json) one JSON value and nothing else. */
export interface Output {
  text(line: string): void;
  json(value: unknown): void;
}

export interface CommandInput {
  app: App;
  /** Positional arguments after `<area> <command>`. */
  args: string[];
  /** --name value flags (without the dashes); booleans as 'true'. */
  flags: Record<string, string | undefined>;
  out: Output;
  /** Where the web console's sign-in links point (WEB_PUBLIC_URL, or http://127.0.0.1:WEB_PORT); undefined when neither is set. */
  publicUrl?: string | undefined;
}

/** One area of the admin CLI (mentors, bookings, leads ...): its commands by name. */
export type AdminArea = Record<string, (input: CommandInput) => void | Promise<void>>;
