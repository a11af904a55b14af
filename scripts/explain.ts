// Shows how the bot reads a message: normalised text, tokens, corrections, intent rule and top knowledge hits.
// npx tsx scripts/explain.ts "贴息贷款最多多少" ["another message" ...]
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/core/logger.ts';
import { classify } from '../src/intent/classify.ts';

const app = createApp({ knowledgeDir: './knowledge', dbPath: ':memory:', logger: silentLogger });
for (const text of process.argv.slice(2)) {
  const a = app.analyzer.analyze(text);
  const c = classify(a, app.retriever);
  console.log(`\n${text}\n  text: ${a.text}\n  tokens: ${a.tokens.join(' ')}\n  corrections: ${a.corrections.join(' ')}`);
  console.log(`  intent: ${c.intent} (${c.reason})`);
  for (const h of c.hits.slice(0, 4)) console.log(`  ${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)} ${h.entry.id}`);
}
app.close();
