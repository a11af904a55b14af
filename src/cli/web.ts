import { createApp } from '../app.ts';
import { limitsOf, loadConfig, samplesWanted, webPublicUrl } from '../config.ts';
import { startWebServer } from '../web/serve.ts';
import { exitOnStartupError, parseCli, startLogger, UsageError } from './startup.ts';

const USAGE = 'usage: npm run --silent web -- [--db PATH] [--port N]';

/** `npm run web -- [--db PATH] [--port N]`: the web console alone, on WEB_HOST (default 127.0.0.1). */
async function main(): Promise<void> {
  const { values } = parseCli({ options: { db: { type: 'string' }, port: { type: 'string' } } }, USAGE);
  const config = loadConfig();
  const port = values.port ? Number(values.port) : (config.WEB_PORT ?? 8090);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number (1-65535)\n${USAGE}`);
  const { logger } = startLogger(config, { consoleChat: false });
  const app = createApp({
    knowledgeDir: config.HUIXIANG_KNOWLEDGE,
    dbPath: values.db ?? config.HUIXIANG_DB,
    logger,
    limits: limitsOf(config),
    samples: samplesWanted(config),
  });
  const publicUrl = webPublicUrl(config, port)!;
  app.webPublicUrl = publicUrl;
  const server = await startWebServer({ app, host: config.WEB_HOST, port, publicUrl, sessionHours: config.WEB_SESSION_HOURS, logger });
  process.stdout.write(`huixiang: web console on http://${config.WEB_HOST}:${server.port} (links point to ${publicUrl})\n`);
  const stop = () =>
    void server.close().then(() => {
      app.close();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(exitOnStartupError);
