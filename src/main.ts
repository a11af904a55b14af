import { runConsole } from '../adapters/console/console.ts';
import { createApp } from './app.ts';
import { exitOnStartupError } from './cli/startup.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './core/logger.ts';

/** `npm start`: the bot on its embedded default, a console chat with data in a SQLite file under ./data/. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const app = createApp({ knowledgeDir: config.HUIXIANG_KNOWLEDGE, dbPath: config.HUIXIANG_DB, logger });
  logger.info('start', { db: config.HUIXIANG_DB, entries: app.knowledge.entries.length });
  const stop = () => {
    app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await runConsole(app.core, { input: process.stdin, output: process.stdout });
  app.close();
}

main().catch(exitOnStartupError);
