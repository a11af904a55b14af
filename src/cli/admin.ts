import { runAdmin } from './admin/run.ts';
import { endQuietlyOnClosedPipe } from './startup.ts';

/** `npm run --silent admin -- <area> <command> ...`: the staff CLI (src/cli/admin/run.ts) on this process's streams. */
endQuietlyOnClosedPipe();
process.exitCode = await runAdmin(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
