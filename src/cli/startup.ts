import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config.ts';
import { AdapterStartError } from '../core/adapter.ts';
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
