import { runAdmin } from '../../src/cli/admin/run.ts';
import type { CliResult } from '../helpers.ts';

/**
 * `npm run --silent admin -- ARGS` in this process: the same function the entry point runs, with stdout and stderr
 * captured. Settings come from `env` only (defaults otherwise), not from the developer's `.env`.
 */
export async function adminCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await runAdmin(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr, ms: performance.now() - started };
}
