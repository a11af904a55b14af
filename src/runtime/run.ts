import { createConsoleAdapter, runConsole } from '../../adapters/console/console.ts';
import { wechatPersonalData } from '../../adapters/wechat/personal-data.ts';
import { createApp, type App } from '../app.ts';
import { enabledAdapters, limitsOf, type Config } from '../config.ts';
import type { Adapter } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import { createBroadcast } from '../notices/service.ts';
import { startJobs } from './jobs.ts';
import { createRouter } from './router.ts';

type Router = ReturnType<typeof createRouter>;

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
        name: config.WECHATY_NAME,
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
    onReachability: (userId, reachable) => void app.subscriptions.setReachable(app.identities.personOf({ platform: 'telegram', userId }), reachable, new Date()),
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
  const app = createApp({ knowledgeDir: config.HUIXIANG_KNOWLEDGE, dbPath: config.HUIXIANG_DB, logger, limits: limitsOf(config) });
  const router = createRouter(logger);
  const platforms = enabledAdapters(config);
  // WeChat's queue and id map are in every database (the migrations make them), also while WeChat is not configured:
  // a deletion or the retention pruning must reach what an earlier run left there.
  for (const holder of wechatPersonalData(app.db)) app.personalData.register(holder);
  logger.info('start', { db: config.HUIXIANG_DB, entries: app.knowledge.entries.length, adapters: platforms });

  let stopping: Promise<void> | undefined;
  let jobs: ReturnType<typeof startJobs> | undefined;
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
      await jobs?.stop();
      await broadcast.stop();
      await Promise.allSettled(router.adapters.map((a) => a.stop()));
      app.close();
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    void shutdown(signal).then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    for (const platform of platforms) {
      router.add(platform === 'console' ? createConsoleAdapter(process.stdout) : await buildAdapter(platform, app, router, config, logger));
    }
    await Promise.all(router.adapters.map((a) => a.start()));
    jobs = startJobs({ app, delivery: router, logger });
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
