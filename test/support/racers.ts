import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readSync } from 'node:fs';

/**
 * Processes that must do something at the same moment (open a new database, book one slot) wait at a start line
 * instead of a clock time guessed in advance: each says `ready` and blocks on its stdin; the test releases them all
 * once every one is ready. Nothing is lost when the machine is busy and node starts slowly, and nobody spins.
 */

/** In a racer: says it is ready, then blocks until the test writes the start signal (one line) to stdin. */
export function waitForStart(): void {
  process.stdout.write('ready\n');
  const byte = Buffer.alloc(1);
  for (;;) {
    let read = 0;
    try {
      read = readSync(0, byte, 0, 1, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw error;
    }
    if (read === 0 || byte[0] === 0x0a) return;
  }
}

export interface RaceResult {
  code: number | null;
  /** What the racer printed (stdout and stderr), without its `ready` lines. */
  out: string;
}

/** Starts `count` racers (`node --import tsx ARGS`, ARGS may depend on the racer's index), each calling `waitForStart()` once a round. */
export function startRacers(count: number, args: string[] | ((i: number) => string[]), cwd: string) {
  const racers = Array.from({ length: count }, (_, i) => {
    const child: ChildProcessWithoutNullStreams = spawn(
      process.execPath,
      ['--import', 'tsx', ...(typeof args === 'function' ? args(i) : args)],
      { cwd },
    );
    // A racer that ended early (it failed) no longer reads: its result says why, not an EPIPE here.
    child.stdin.on('error', () => {});
    const racer = { child, out: '', readies: 0, onReady: () => {} };
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      pending += d;
      for (let at = pending.indexOf('\n'); at >= 0; at = pending.indexOf('\n')) {
        const line = pending.slice(0, at);
        pending = pending.slice(at + 1);
        if (line === 'ready') {
          racer.readies++;
          racer.onReady();
        } else racer.out += `${line}\n`;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (racer.out += d));
    const exited = new Promise<RaceResult>((done) => child.on('close', (code) => done({ code, out: racer.out + pending })));
    return { racer, exited };
  });
  let round = 0;
  /** Waits until every racer is ready for the next round (or has ended), then starts them together. */
  const go = async (): Promise<void> => {
    round++;
    await Promise.all(
      racers.map(
        ({ racer, exited }) =>
          new Promise<void>((ready) => {
            if (racer.readies >= round) return ready();
            racer.onReady = () => racer.readies >= round && ready();
            void exited.then(() => ready());
          }),
      ),
    );
    for (const { racer } of racers) if (racer.child.stdin.writable) racer.child.stdin.write('go\n');
  };
  /** Runs `rounds` starts, closes stdin and resolves with each racer's exit code and output. */
  const race = async (rounds = 1): Promise<RaceResult[]> => {
    for (let i = 0; i < rounds; i++) await go();
    for (const { racer } of racers) racer.child.stdin.end();
    return Promise.all(racers.map(({ exited }) => exited));
  };
  return { race };
}
