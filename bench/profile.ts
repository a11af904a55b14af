// Profiling driver (not part of `npm run bench`): the mixed phrasings through core.handle, then booking conversations
// on a SQLite file. Run with `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [core|booking|both]`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/core/logger.ts';
import { bookingsPerSecond } from './booking.ts';

const ROOT = resolve(import.meta.dirname, '..');
const which = process.argv[2] ?? 'both';

async function core(): Promise<void> {
  const texts = ['test/fixtures/phrasings.jsonl', 'test/fixtures/holdout.jsonl'].flatMap((f) =>
    readFileSync(resolve(ROOT, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const app = createApp({ knowledgeDir: resolve(ROOT, 'knowledge'), dbPath: ':memory:', logger: silentLogger, samples: true });
  const handle = (text: string, user: string) =>
    app.core.handle({ platform: 'jsonl', userId: user, chatId: user, chatType: 'direct', text, time: new Date() });
  for (const [i, text] of texts.slice(0, 300).entries()) await handle(text, `w${i}`);
  const rounds = 4;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const [i, text] of texts.entries()) await handle(text, `u${r}-${i}`);
  const s = (performance.now() - t0) / 1000;
  console.log(`core: ${((rounds * texts.length) / s).toFixed(0)} msg/s over ${rounds * texts.length}`);
  app.close();
}

if (which !== 'booking') await core();
if (which !== 'core') {
  const b = await bookingsPerSecond();
  console.log(`booking: ${b.perSecond.toFixed(0)}/s (${b.booked} booked)`);
}
