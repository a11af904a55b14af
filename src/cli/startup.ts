import { mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, type Config } from '../config.ts';
import { AdapterStartError } from '../core/adapter.ts';
import { createLogger, type Logger } from '../core/logger.ts';
import { KnowledgeError } from '../kb/load.ts';
import { DatabaseOpenError } from '../store/db.ts';

/** A command line that cannot be understood: the message is the usage, printed without a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses argv with node:util, turning unknown options into a `UsageError` that carries `usage`. */
export function parseCli<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('.')[0] : String(error)}\n${usage}`);
  }
}

/** What a failed command prints: a plain message for failures people can fix, the stack for anything else (ours to fix). */
export function describeFailure(error: unknown): string {
  if (
    error instanceof KnowledgeError ||
    error instanceof ConfigError ||
    error instanceof UsageError ||
    error instanceof AdapterStartError ||
    error instanceof DatabaseOpenError
  ) {
    return `huixiang: ${error.message}`;
  }
  return `huixiang: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/** Start-up failures people can fix get a plain message and exit code 1; anything else keeps its stack for us. */
export function exitOnStartupError(error: unknown): never {
  process.stderr.write(`${describeFailure(error)}\n`);
  process.exit(1);
}

/** A reader that stops early (`| head`) closes our stdout: that is the end of the run, not an error. */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Where a process's log lines can go: stderr, unless it shares the terminal with a chat. */
export interface LogStream {
  isTTY?: boolean;
  write(line: string): unknown;
}

/**
 * The process's logger. Lines go to `LOG_FILE` when set. Otherwise to stderr, except while the terminal chat runs
 * with stderr on the same terminal: there a JSON line would land in the middle of the conversation, so they go to
 * huixiang.log next to the database, and one plain line says so. A redirected stderr (`2>bot.log`, Docker, a pipe)
 * is already apart from the chat and stays the destination.
 */
export function startLogger(
  config: Pick<Config, 'LOG_LEVEL' | 'LOG_FILE' | 'HUIXIANG_DB'>,
  options: { consoleChat: boolean; stderr?: LogStream },
): { logger: Logger; file?: string } {
  const stderr = options.stderr ?? process.stderr;
  const dataDir = dirname(config.HUIXIANG_DB === ':memory:' ? './data/huixiang.sqlite' : config.HUIXIANG_DB);
  const file = config.LOG_FILE ?? (options.consoleChat && stderr.isTTY ? join(dataDir, 'huixiang.log') : undefined);
  if (!file) return { logger: createLogger({ level: config.LOG_LEVEL, write: (line) => stderr.write(`${line}\n`) }) };
  mkdirSync(dirname(file), { recursive: true });
  // Written synchronously, so that the lines of a crash or of process.exit are in the file; readable by the owner only
  // (lines are masked, but still say who booked what).
  const fd = openSync(file, 'a', 0o600);
  if (!config.LOG_FILE) stderr.write(`huixiang: logs go to ${file} while the terminal chat runs (LOG_FILE chooses another file)\n`);
  return { logger: createLogger({ level: config.LOG_LEVEL, write: (line) => writeSync(fd, `${line}\n`) }), file };
}
