// Shows how the bot reads a message: normalised text, tokens, corrections, intent rule and top knowledge hits.
// npx tsx scripts/explain.ts "贴息贷款最多多少" ["another message" ...]
const USAGE = `usage: npx tsx scripts/explain.ts MESSAGE [MESSAGE ...]
  shows how the bot reads each message: normalised text, tokens, corrections, intent rule and top knowledge hits;
  corrections are the lexicon's replacements (单保→担保) and words recovered from homophones or pinyin (+返乡创业)`;

const messages = process.argv.slice(2);
if (messages.length === 0 || messages.some((m) => m === '--help' || m === '-h')) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(messages.length === 0 ? 1 : 0);
}

// Loaded after the usage check: a mistaken call answers at once.
const { createApp } = await import('../src/app.ts');
const { silentLogger } = await import('../src/core/logger.ts');
const { classify } = await import('../src/intent/classify.ts');
const app = createApp({ knowledgeDir: './knowledge', dbPath: ':memory:', logger: silentLogger });
for (const text of messages) {
  const a = app.analyzer.analyze(text);
  const c = classify(a, app.retriever);
  // Corrections happen in two places: the lexicon's typo and dialect list while normalising (单保→担保), and the
  // analyser's homophone and pinyin recovery (fanxiang → 返乡), which only adds words.
  const replaced: string[] = [];
  app.analyzer.normalize(text, replaced);
  const corrections = [...replaced, ...a.corrections.map((word) => `+${word}`)];
  console.log(`\n${text}\n  text: ${a.text}\n  tokens: ${a.tokens.join(' ')}\n  corrections: ${corrections.join(' ') || '(none)'}`);
  console.log(`  intent: ${c.intent} (${c.reason})`);
  for (const h of c.hits.slice(0, 4)) console.log(`  ${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)} ${h.entry.id}`);
}
app.close();
