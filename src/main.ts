import { exitOnStartupError, startLogger } from './cli/startup.ts';
import { enabledAdapters, loadConfig } from './config.ts';
import { runBot } from './runtime/run.ts';

/**
 * `npm start`: the bot with every platform whose credentials are in `.env` (WeChat, Telegram), or on its embedded
 * default, a terminal chat with data in a SQLite file under ./data/.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const { logger } = startLogger(config, { consoleChat: enabledAdapters(config).includes('console') });
  await runBot(config, logger);
}

main().catch(exitOnStartupError);
