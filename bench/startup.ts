// Start-up in a fresh process, for `npm run bench`: module load, then createApp (KB load, analyser, index build).
// Prints one JSON line: {"importMs": ..., "createAppMs": ...}.
const started = performance.now();
const { createApp } = await import('../src/app.ts');
const { silentLogger } = await import('../src/core/logger.ts');
const imported = performance.now();
const app = createApp({ knowledgeDir: process.argv[2] ?? './knowledge', dbPath: ':memory:', logger: silentLogger });
// The knowledge base, analyser and index are built on first use of the core: a start of the bot uses it at once.
void app.core;
const built = performance.now();
app.close();
console.log(JSON.stringify({ importMs: imported - started, createAppMs: built - imported }));
