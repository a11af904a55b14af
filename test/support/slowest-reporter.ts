import type { Reporter, TestModule } from 'vitest/node';

/** How many files the summary names. */
const SHOWN = 5;

/**
 * Prints the slowest test files at the end of a run, so that a file that became slow shows in every run.
 * A file's time is what its worker spent on it: setting up, importing, then its tests and hooks.
 */
export default class SlowestReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const timed = modules.map((m) => {
      const d = m.diagnostic();
      return {
        file: m.relativeModuleId,
        total: d.prepareDuration + d.setupDuration + d.collectDuration + d.duration,
        imports: d.collectDuration,
      };
    });
    if (timed.length < 2) return;
    const slowest = timed.sort((a, b) => b.total - a.total).slice(0, SHOWN);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = slowest.map(({ file, total, imports }) => `  ${s(total).padStart(7)}  ${file}  (import ${s(imports)})`);
    process.stdout.write(`\n slowest ${slowest.length} test files:\n${lines.join('\n')}\n`);
  }
}
