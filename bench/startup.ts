// Start-up in a fresh process, for `npm run bench`: module load, then createApp (KB load, analyser, index build).
// Prints one JSON line: {"importMs": ..., "createAppMs": ...}. A second argument names the directory of trained intent
// weights to use (the default one when absent; `none` trains at start as a checkout's first start does).
const started = performance.now();
const { createApp } = await import('../src/app.ts');
const { silentLogger } = await import('../src/core/logger.ts');
const { fileWeightsStore } = await import('../src/intent/weights-file.ts');
const { loadUnderstanding } = await import('../src/app.ts');
const imported = performance.now();
const knowledgeDir = process.argv[2] ?? './knowledge';
const weightsDir = process.argv[3];
const weights = weightsDir === 'none' ? null : fileWeightsStore(weightsDir);
const app = createApp({
  knowledgeDir,
  dbPath: ':memory:',
  logger: silentLogger,
  understanding: () => loadUnderstanding(knowledgeDir, weights),
});
// The knowledge base, analyser and index are built on first use of the core: a start of the bot uses it at once.
void app.core;
const built = performance.now();
app.close();
console.log(JSON.stringify({ importMs: imported - started, createAppMs: built - imported }));
