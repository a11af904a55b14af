import { runConsole } from '../../adapters/console/console.ts';
import { wechatPersonalData } from '../../adapters/wechat/personal-data.ts';
import { createApp } from '../app.ts';
import { createLanguageModel } from '../llm/provider.ts';
import { limitsOf, loadConfig, samplesWanted } from '../config.ts';
import { runJsonl } from './jsonl.ts';
import { exitOnStartupError, parseCli, endQuietlyOnClosedPipe, startLogger } from './startup.ts';

/** `npm run chat [-- --jsonl] [--db PATH]`: the console chat, or the JSONL mode used by evaluation and staff. */
async function main(): Promise<void> {
  const { values } = parseCli(
    { options: { jsonl: { type: 'boolean' }, db: { type: 'string' } } },
    'usage: npm run --silent chat -- [--jsonl] [--db PATH]',
  );
  const config = loadConfig();
  // JSONL keeps stdout for answers and logs on stderr; the terminal chat keeps log lines out of the conversation.
  const { logger } = startLogger(config, { consoleChat: !values.jsonl });
  const dbPath = values.db ?? (values.jsonl ? ':memory:' : config.HUIXIANG_DB);
  // A throwaway in-memory database (evaluation, JSONL) always has the samples, so booking can be tried.
  const llm = await createLanguageModel(config, { logger, now: () => new Date() });
  const app = createApp({
    knowledgeDir: config.HUIXIANG_KNOWLEDGE,
    dbPath,
    logger,
    limits: limitsOf(config),
    samples: dbPath === ':memory:' || samplesWanted(config),
    ...(llm ? { llm } : {}),
  });
  // The bot's database may hold WeChat's queue and names even when this process runs no WeChat: a deletion said here
  // must reach them too.
  for (const holder of wechatPersonalData(app.db)) app.personalData.register(holder);
  try {
    if (values.jsonl) await runJsonl(app.core, process.stdin, process.stdout, () => new Date());
    else await runConsole(app.core, { input: process.stdin, output: process.stdout });
  } finally {
    app.close();
  }
}

endQuietlyOnClosedPipe();
main().catch(exitOnStartupError);
