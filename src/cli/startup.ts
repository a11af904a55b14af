import { ConfigError } from '../config.ts';
import { KnowledgeError } from '../kb/load.ts';

/** Start-up failures people can fix get a plain message and exit code 1; anything else keeps its stack for us. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof KnowledgeError || error instanceof ConfigError) {
    process.stderr.write(`huixiang: ${error.message}\n`);
  } else {
    process.stderr.write(`huixiang: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}
