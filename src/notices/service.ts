import cron, { type ScheduledTask } from 'node-cron';
import { formatSlot, MINUTE_MS } from '../booking/time.ts';
import type { Logger } from '../core/logger.ts';
import type { Outbound, Recipient } from '../core/message.ts';
import type { Db } from '../store/db.ts';
import { createDispatcher, type Dispatcher, type RateLimits } from './dispatcher.ts';
import { DIRECT_AUTHOR } from './direct.ts';
import { UNSUBSCRIBE_FOOTER, type Notice, type NoticeRepo, type RunReport } from './notices.ts';

/** A one-off notice found late (the process was down at its time) is still sent within this window, else reported missed. */
const NOTICE_GRACE_MS = 6 * 60 * MINUTE_MS;
/** A repeating notice's occurrence missed while down is sent at start if it was due this recently. */
const CRON_GRACE_MS = 2 * 60 * MINUTE_MS;
/** A broadcast still going after this long tells its author how far it got, and again every interval. */
const PROGRESS_EVERY_MS = 30 * MINUTE_MS;

/** Longest notice text, under Telegram's 4096 with the footer; adapters split it where a platform needs. */
export const NOTICE_MAX_CHARS = 4000;

export interface BroadcastOptions {
  db: Db;
  notices: NoticeRepo;
  /** Sends one message and lets its failure through (the router's `send`). */
  send: (message: Outbound) => Promise<void>;
  /** The router's `enqueueDurably`: platforms with a persistent queue in this database take messages atomically. */
  enqueueDurably?: (message: Outbound) => boolean;
  /** Delivers messages to staff (reports, missed notices); failures are logged by the router. */
  deliver: (messages: Outbound[]) => Promise<void>;
  reach: (person: string) => Recipient | undefined;
  onGone: (person: string) => void;
  logger: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  limits?: Partial<Record<string, RateLimits>>;
}

/** The text every recipient gets. */
const noticeText = (notice: Pick<Notice, 'text'>): string => `${notice.text}\n${UNSUBSCRIBE_FOOTER}`;

/** "通知 #3 发送完毕:成功 120,失败 2,未确认 0。" */
function reportText(r: RunReport): string {
  const parts = [`成功 ${r.sent}`, `失败 ${r.failed}`];
  if (r.pending) parts.push(`待发 ${r.pending}`);
  return `通知 #${r.noticeId}(${formatSlot(r.dueAt)})${r.pending ? '发送进度' : '发送完毕'}:共 ${r.recipients} 人,${parts.join(',')}。`;
}

/**
 * Broadcasting: due notices become runs (recipients fixed in the outbox), the dispatcher sends them at each
 * platform's rate outside quiet hours, and the author gets a report when a run is done. Repeating notices are
 * armed with node-cron; every run is recorded, so a restart neither loses nor repeats one.
 */
export function createBroadcast(options: BroadcastOptions) {
  const { notices, logger } = options;
  const now = options.now ?? (() => new Date());
  const tasks = new Map<number, ScheduledTask>();
  const lastProgress = new Map<number, number>();
  let ticker: ScheduledTask | undefined;

  const tellAuthor = async (author: string, text: string) => {
    const to = author.startsWith('cli:') ? undefined : options.reach(author);
    if (to) await options.deliver([{ to, text }]);
    else logger.info('notices.report', { author, text });
  };

  const reportFinished = async () => {
    for (const r of notices.takeFinished(now())) {
      const notice = notices.get(r.noticeId);
      if (notice) await tellAuthor(notice.author, reportText(r));
    }
  };

  const dispatcher: Dispatcher = createDispatcher({
    db: options.db,
    send: (to, text) => options.send({ to, text }),
    ...(options.enqueueDurably ? { enqueueDurably: (to: Recipient, text: string) => options.enqueueDurably!({ to, text }) } : {}),
    textOf: (() => {
      const cache = new Map<number, string>();
      return (runId: number) => {
        let text = cache.get(runId);
        if (text === undefined) {
          const run = notices.report(runId);
          const notice = run && notices.get(run.noticeId);
          // A message the system wrote to one person (a cancelled booking) is not a subscription: no footer.
          text = notice ? (notice.author.startsWith(DIRECT_AUTHOR) ? notice.text : noticeText(notice)) : '';
          cache.set(runId, text);
        }
        return text;
      };
    })(),
    onGone: options.onGone,
    onFinished: () => void reportFinished().catch((error: unknown) => logger.error('notices.report_failed', { error })),
    logger,
    now,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });

  const run = (notice: Notice, dueAt: number): RunReport | undefined => {
    const started = notices.startRun(notice, dueAt, now());
    if (started) {
      logger.info('notices.run_started', { notice: notice.id, recipients: started.recipients });
      dispatcher.wake();
      if (!started.recipients) void reportFinished();
    }
    return started;
  };

  /**
   * Starts the runs of one-off notices whose time has come (those found too late are reported missed), and arms
   * repeating notices composed elsewhere (the CLI), disarming cancelled ones.
   */
  const tick = async (): Promise<void> => {
    const t = now().getTime();
    const repeating = notices.repeating();
    for (const notice of repeating) if (!tasks.has(notice.id)) arm(notice);
    for (const [id, task] of tasks) {
      if (repeating.some((n) => n.id === id)) continue;
      void task.stop();
      tasks.delete(id);
    }
    // Long broadcasts (rate limits, quiet hours) report progress to their author.
    for (const r of notices.inProgress()) {
      const since = lastProgress.get(r.runId) ?? r.dueAt;
      if (t - since < PROGRESS_EVERY_MS) continue;
      lastProgress.set(r.runId, t);
      const notice = notices.get(r.noticeId);
      if (notice) await tellAuthor(notice.author, reportText(r));
    }
    // Rows another process put straight into the outbox (admin -- samples remove) are found within a minute.
    dispatcher.wake();
    for (const notice of notices.due(now())) {
      if (t - notice.sendAt! > NOTICE_GRACE_MS) {
        notices.setStatus(notice.id, 'missed');
        await tellAuthor(
          notice.author,
          `通知 #${notice.id} 原定${formatSlot(notice.sendAt!)}发送,当时服务未运行,已超过${NOTICE_GRACE_MS / 3600_000}小时,没有补发。需要的话请重新发送。`,
        );
        continue;
      }
      run(notice, notice.sendAt!);
    }
  };

  /** Arms a repeating notice, and sends its latest occurrence if it was missed within the grace window. */
  const arm = (notice: Notice): void => {
    tasks.get(notice.id)?.stop();
    const task = cron.schedule(notice.cron!, (ctx) => void run(notice, Math.floor(ctx.date.getTime() / MINUTE_MS) * MINUTE_MS), {
      timezone: 'Asia/Shanghai',
      name: `notice-${notice.id}`,
      noOverlap: true,
    });
    tasks.set(notice.id, task);
    const t = Math.floor(now().getTime() / MINUTE_MS) * MINUTE_MS;
    for (let at = t; at >= t - CRON_GRACE_MS && at >= notice.createdAt; at -= MINUTE_MS) {
      if (task.match(new Date(at))) {
        run(notice, at);
        break;
      }
    }
  };

  return {
    dispatcher,
    /** Starts the dispatcher, re-arms repeating notices, and checks one-off ones every minute. */
    async start(): Promise<void> {
      await tick();
      dispatcher.start();
      ticker = cron.schedule('* * * * *', () => tick().catch((error: unknown) => logger.error('notices.tick_failed', { error })), {
        timezone: 'Asia/Shanghai',
        name: 'notices',
        noOverlap: true,
      });
    },
    tick,
    /** A notice was just created: send it now if due, or arm it. */
    async scheduled(notice: Notice): Promise<void> {
      if (notice.cron) arm(notice);
      else if (notice.sendAt! <= now().getTime()) run(notice, notice.sendAt!);
    },
    cancel(id: number): boolean {
      tasks.get(id)?.stop();
      tasks.delete(id);
      return notices.cancel(id);
    },
    async stop(): Promise<void> {
      await ticker?.stop();
      for (const task of tasks.values()) await task.stop();
      await dispatcher.stop();
    },
  };
}

export type Broadcast = ReturnType<typeof createBroadcast>;
