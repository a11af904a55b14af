import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import QRCode from 'qrcode';
import qrcodeTerminal from 'qrcode-terminal';
import type { Logger } from '../../src/core/logger.ts';
import { createOutageLog } from '../outage.ts';
import type { Sleep } from './send-queue.ts';

/**
 * Shows the login QR code twice: in the terminal for whoever runs the bot, and as a PNG file for an operator who
 * only has the server's files (a remote box, a container). The code's content is not logged.
 */
export async function showLoginQr(qrcode: string, pngPath: string, terminal: (text: string) => void, logger: Logger): Promise<void> {
  qrcodeTerminal.generate(qrcode, { small: true }, (art) => terminal(`请用运营微信号扫码登录(二维码图片: ${pngPath})\n${art}`));
  await mkdir(dirname(pngPath), { recursive: true });
  await QRCode.toFile(pngPath, qrcode, { width: 320 });
  logger.info('wechat.scan', { png: pngPath });
}

export interface ReconnectOptions {
  /** Brings the bot back: typically stop, then start the Wechaty instance. */
  restart(): Promise<void>;
  sleep: Sleep;
  logger: Logger;
  now?: () => number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Back-off steps between two summaries while WeChat stays down. */
  summaryEvery?: number;
}

export interface Reconnector {
  /** Restarts after the current back-off; a call while a restart is pending or running does nothing. */
  schedule(reason: string): void;
  /** An error while logged out: counted (the puppet may repeat it many times a second), and a restart scheduled. */
  failed(error: unknown): void;
  /** A login proves the connection: the outage is summed up and the next trouble waits the shortest delay again. */
  reset(): void;
  /** Stops any pending restart (the adapter is shutting down) and waits for a running one to end. */
  cancel(): Promise<void>;
}

/**
 * Reconnection with exponential back-off (1 s, 2 s, 4 s … up to 5 min). The delay only shrinks after a login, so
 * a puppet that keeps failing is not hammered. A failing restart is counted and retried, never thrown. While WeChat
 * is down the log gets one line per step and a summary now and then (see `createOutageLog`).
 */
export function createReconnector(options: ReconnectOptions): Reconnector {
  const first = options.firstDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 300_000;
  const outage = createOutageLog({
    platform: 'wechat',
    logger: options.logger,
    ...(options.now ? { now: options.now } : {}),
    ...(options.summaryEvery ? { summaryEvery: options.summaryEvery } : {}),
  });
  let delay = first;
  let pending: Promise<void> | undefined;
  let abort = new AbortController();

  const nextDelay = (): number => {
    const current = delay;
    delay = Math.min(max, delay * 2);
    return current;
  };

  const run = async (reason: string, signal: AbortSignal): Promise<void> => {
    while (!signal.aborted) {
      const wait = nextDelay();
      const attempt = outage.step(wait, reason);
      await options.sleep(wait, signal);
      if (signal.aborted) return;
      try {
        await options.restart();
        // Only the next login says WeChat is back (a puppet may start and fail again at once).
        options.logger.debug('wechat.restarted', { attempt });
        return;
      } catch (error) {
        outage.failed(error);
        reason = 'restart failed';
      }
    }
  };

  const schedule = (reason: string) => {
    if (pending) return;
    pending = run(reason, abort.signal).finally(() => (pending = undefined));
  };

  return {
    schedule,
    failed(error) {
      outage.failed(error);
      schedule('error');
    },
    reset() {
      delay = first;
      outage.recovered();
    },
    async cancel() {
      abort.abort();
      await pending;
      outage.stopped();
      abort = new AbortController();
    },
  };
}
