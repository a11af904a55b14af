import { createLanguageModel } from '../llm/provider.ts';
import { existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createConsoleAdapter, runConsole } from '../../adapters/console/console.ts';
import { wechatPersonalData } from '../../adapters/wechat/personal-data.ts';
import { createApp, type App } from '../app.ts';
import { enabledAdapters, limitsOf, samplesWanted, webPublicUrl, type Config } from '../config.ts';
import type { Adapter } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import { createBroadcast } from '../notices/service.ts';
import { defaultBackupDir } from '../store/backup.ts';
import { DatabaseOpenError } from '../store/db.ts';
import { holdWhileRunning, RunLockBusy, runLockFile, type RunLock } from '../store/run-lock.ts';
import { startHealthServer, type HealthServer } from './health.ts';
import { startJobs } from './jobs.ts';
import { startWebServer, type WebServer } from '../web/serve.ts';
import { createRouter } from './router.ts';

type Router = ReturnType<typeof createRouter>;

/**
 * Wechaty's login session file goes next to the database (./data/huixiang.memory-card.json), out of the working
 * tree and into the Docker volume; one left in the working directory by an earlier version is moved there once.
 */
export function wechatyName(config: Pick<Config, 'HUIXIANG_DB' | 'WECHATY_NAME'>, logger: Logger, cwd = '.'): string {
  const name = join(dirname(config.HUIXIANG_DB), config.WECHATY_NAME);
  const legacy = join(cwd, `${config.WECHATY_NAME}.memory-card.json`);
  const card = `${name}.memory-card.json`;
  if (existsSync(legacy) && !existsSync(card)) {
    renameSync(legacy, card);
    logger.info('wechat.memory_card_moved', { from: legacy, to: card });
  }
  return name;
}

/** Marks the database as in use by a running bot, so that `admin -- restore` refuses (none for `:memory:`). */
function lockDatabase(dbPath: string): RunLock | undefined {
  if (dbPath === ':memory:') return undefined;
  try {
    return holdWhileRunning(dbPath);
  } catch (error) {
    if (error instanceof RunLockBusy) throw new DatabaseOpenError('DB.CANNOT_OPEN', error.message);
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    const message = `cannot create ${runLockFile(dbPath)} (${why}): check HUIXIANG_DB and its folder's permissions`;
    throw new DatabaseOpenError('DB.UNREACHABLE', message);
  }
}

/** Builds the adapter of one platform. SDKs are imported only when their platform is configured. */
async function buildAdapter(platform: 'wechat' | 'telegram', app: App, router: Router, config: Config, logger: Logger): Promise<Adapter> {
  if (platform === 'wechat') {
    const { createWechatAdapter } = await import('../../adapters/wechat/wechat.ts');
    return createWechatAdapter({
      core: app.core,
      delivery: router,
      db: app.db,
      personalData: app.personalData,
      logger,
      settings: {
        ...(config.WECHATY_PUPPET ? { puppet: config.WECHATY_PUPPET } : {}),
        ...(config.WECHATY_PUPPET_SERVICE_TOKEN ? { puppetToken: config.WECHATY_PUPPET_SERVICE_TOKEN } : {}),
        name: wechatyName(config, logger),
        qrPng: config.WECHAT_QR_PNG,
        welcome: config.WECHAT_WELCOME,
        minGapMs: config.WECHAT_MIN_GAP_MS,
        switchGapMinMs: config.WECHAT_SWITCH_GAP_MIN_MS,
        switchGapMaxMs: config.WECHAT_SWITCH_GAP_MAX_MS,
        perMinute: config.WECHAT_PER_MINUTE,
        perDay: config.WECHAT_PER_DAY,
      },
    });
  }
  const { createTelegramAdapter } = await import('../../adapters/telegram/telegram.ts');
  return createTelegramAdapter({
    core: app.core,
    delivery: router,
    logger,
    // A user who blocks the bot gets no more notices; one who comes back gets them again.
    onReachability: (userId, reachable) =>
      void app.subscriptions.setReachable(app.identities.personOf({ platform: 'telegram', userId }), reachable, new Date()),
    token: config.TELEGRAM_BOT_TOKEN!,
    apiRoot: config.TELEGRAM_API_ROOT,
    ...(config.TELEGRAM_WEBHOOK_URL
      ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET!, port: config.TELEGRAM_WEBHOOK_PORT } }
      : {}),
  });
}

/**
 * `npm start`: one process with every adapter the configuration asks for (the terminal chat when no platform
 * credentials are set). SIGINT/SIGTERM stop taking messages, let those in flight finish, persist the send queues
 * and close the database; a second signal exits at once.
 */
export async function runBot(config: Config, logger: Logger): Promise<void> {
  const startedAt = new Date();
  const runLock = lockDatabase(config.HUIXIANG_DB);
  let app: App;
  try {
    const llm = await createLanguageModel(config, { logger, now: () => new Date() });
    app = createApp({
      knowledgeDir: config.HUIXIANG_KNOWLEDGE,
      dbPath: config.HUIXIANG_DB,
      logger,
      limits: limitsOf(config),
      samples: samplesWanted(config),
      ...(llm ? { llm } : {}),
    });
  } catch (error) {
    runLock?.release();
    throw error;
  }
  const router = createRouter(logger);
  const platforms = enabledAdapters(config);
  // WeChat's queue and id map are in every database (the migrations make them), also while WeChat is not configured:
  // a deletion or the retention pruning must reach what an earlier run left there.
  for (const holder of wechatPersonalData(app.db)) app.personalData.register(holder);
  logger.info('start', { db: config.HUIXIANG_DB, entries: app.knowledge.entries.length, adapters: platforms });
  // A database filled during a quick start keeps its samples when a platform is configured later: real people would
  // be offered made-up mentors.
  const sampleMentors = app.booking.mentors.active().filter((m) => m.sample).length;
  if (sampleMentors && platforms.some((p) => p !== 'console')) {
    logger.warn('samples.in_use', { mentors: sampleMentors, remove: 'npm run --silent admin -- samples remove' });
  }

  let stopping: Promise<void> | undefined;
  let jobs: ReturnType<typeof startJobs> | undefined;
  let health: HealthServer | undefined;
  let web: WebServer | undefined;
  // /web gives links wherever the console runs: in this process (WEB_PORT) or apart (npm run web, WEB_PUBLIC_URL).
  app.webPublicUrl = webPublicUrl(config);
  const broadcast = createBroadcast({
    db: app.db,
    notices: app.notices,
    send: (message) => router.send(message),
    enqueueDurably: (message) => router.enqueueDurably(message),
    deliver: (messages) => router.deliver(messages),
    reach: (person) => app.booking.reach(person),
    onGone: (person) => app.subscriptions.setReachable(person, false, new Date()),
    logger,
  });
  app.onNotice = (notice) => void broadcast.scheduled(notice).catch((error: unknown) => logger.error('notices.schedule_failed', { error }));
  const shutdown = (reason: string) =>
    (stopping ??= (async () => {
      logger.info('shutdown', { reason });
      await health?.close();
      await web?.close();
      await jobs?.stop();
      await broadcast.stop();
      await Promise.allSettled(router.adapters.map((a) => a.stop()));
      app.close();
      runLock?.release();
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    void shutdown(signal).then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    if (config.HEALTH_PORT) {
      const where = { host: config.HEALTH_HOST, port: config.HEALTH_PORT };
      health = await startHealthServer({ db: app.db, adapters: () => router.adapters, startedAt, ...where, logger });
    }
    if (config.WEB_PORT) {
      const where = { host: config.WEB_HOST, port: config.WEB_PORT, publicUrl: app.webPublicUrl!, sessionHours: config.WEB_SESSION_HOURS };
      web = await startWebServer({ app, ...where, logger });
    }
    for (const platform of platforms) {
      router.add(platform === 'console' ? createConsoleAdapter(process.stdout) : await buildAdapter(platform, app, router, config, logger));
    }
    await Promise.all(router.adapters.map((a) => a.start()));
    jobs = startJobs({
      app,
      delivery: router,
      logger,
      backup: { dir: config.BACKUP_DIR ?? defaultBackupDir(config.HUIXIANG_DB), keepDays: config.BACKUP_KEEP_DAYS },
    });
    await broadcast.start();
  } catch (error) {
    await shutdown('start failed');
    throw error;
  }

  if (platforms.includes('console')) {
    await runConsole(app.core, { input: process.stdin, output: process.stdout, delivery: router });
    // The terminal closed: with no other platform running, that is the end of the bot.
    if (platforms.length === 1) await shutdown('console closed');
  }
}
