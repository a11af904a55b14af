import { exitOnStartupError } from './cli/startup.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './core/logger.ts';
import { runBot } from './runtime/run.ts';

/**
 * `npm start`: the bot with every platform whose credentials are in `.env` (WeChat, Telegram), or on its embedded
 * default, a terminal chat with data in a SQLite file under ./data/.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await runBot(config, createLogger({ level: config.LOG_LEVEL }));
}

main().catch(exitOnStartupError);
