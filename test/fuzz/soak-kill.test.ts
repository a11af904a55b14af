import { describe, expect, it } from 'vitest';
import { killed } from '../../bench/soak.ts';

// The small version of `npm run soak -- --kill`: 20 users × 10 messages in a child process, SIGKILLed about half-way
// (while the notice to 40 subscribers is being sent), restarted and run to the end.
// It takes 6–10 s here (two processes start), too slow for the default suite: run it with SOAK_KILL=1.
describe.runIf(process.env.SOAK_KILL)('the soak killed with SIGKILL and restarted (small)', () => {
  it('loses and doubles no booking, no open form and no notice', async () => {
    const lines: string[] = [];
    const failures = await killed({
      users: 20,
      messages: 10,
      seed: 7,
      passiveSubscribers: 40,
      noticePerSecond: 50,
      at: 0.5,
      print: (l) => lines.push(l),
    });
    expect(failures, lines.join('\n')).toEqual([]);
    expect(lines.join('\n')).toMatch(/lost 0, doubled 0/);
  }, 60_000);
});
