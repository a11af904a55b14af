import { loadKnowledge } from '../kb/load.ts';
import { loadConfig } from '../config.ts';
import { exitOnStartupError, endQuietlyOnClosedPipe } from './startup.ts';

endQuietlyOnClosedPipe();

/** `npm run kb:check [-- DIR]`: validates the knowledge base without starting the bot. */
try {
  const dir = process.argv[2] ?? loadConfig().HUIXIANG_KNOWLEDGE;
  const kb = loadKnowledge(dir);
  const byCategory = new Map<string, number>();
  for (const e of kb.entries) byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
  const questions = kb.entries.reduce((n, e) => n + e.questions.length, 0);
  console.log(
    `knowledge OK: ${kb.entries.length} entries, ${questions} example questions, ${Object.keys(kb.lexicon.replace).length} lexicon replacements`,
  );
  console.log([...byCategory].map(([c, n]) => `${c} ${n}`).join(' · '));
} catch (error) {
  exitOnStartupError(error);
}
