import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.ts';

const WORKER = 'test/notices/broadcast-worker.ts';
const RECIPIENTS = 400;

const received = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);

describe('a broadcast killed with SIGKILL mid-way and restarted', () => {
  it('reaches every recipient exactly once', async () => {
    const dir = tempDir();
    const db = join(dir, 'broadcast.sqlite');
    const log = join(dir, 'delivered.log');
    const created = await runCli(process.execPath, ['--import', 'tsx', WORKER, 'create', db, String(RECIPIENTS)]);
    expect(created.code, created.stderr).toBe(0);

    // First run: killed without warning once about a third has gone out.
    const first = spawn(process.execPath, ['--import', 'tsx', WORKER, 'send', db, log], { cwd: ROOT, stdio: 'ignore' });
    const firstExit = new Promise((resolve) => first.on('close', resolve));
    await expect.poll(() => received(log).length, { timeout: 30_000, interval: 10 }).toBeGreaterThanOrEqual(RECIPIENTS / 3);
    first.kill('SIGKILL');
    await firstExit;
    const beforeRestart = received(log).length;
    expect(beforeRestart).toBeLessThan(RECIPIENTS);

    // Second run: resumes, sends the rest, reports.
    const second = await runCli(process.execPath, ['--import', 'tsx', WORKER, 'send', db, log]);
    expect(second.code, second.stderr).toBe(0);
    const report = JSON.parse(second.stdout.trim().split('\n').at(-1)!) as { recipients: number; sent: number; failed: number; pending: number };

    const lines = received(log);
    const counts = new Map<string, number>();
    for (const u of lines) counts.set(u, (counts.get(u) ?? 0) + 1);
    // Everyone, and nobody twice: the message in flight at the kill was sent again after the restart.
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(counts.size).toBe(RECIPIENTS);
    expect(report).toMatchObject({ recipients: RECIPIENTS, sent: RECIPIENTS, failed: 0, pending: 0 });
  }, 90_000);
});
