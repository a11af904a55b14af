import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Adapter, AdapterStartError } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../store/db.ts';

export interface HealthOptions {
  db: Db;
  /** The adapters running now (the router's list). */
  adapters: () => readonly Adapter[];
  startedAt: Date;
  now?: () => Date;
}

export interface HealthReport {
  status: 'ok' | 'down';
  uptimeSeconds: number;
  adapters: Array<{ platform: string; up: boolean; state: string }>;
  /** Messages waiting in the persistent send queue (WeChat): pending, and given up on. */
  sendQueue: Record<string, { pending: number; failed: number }>;
  /** The latest occurrence of each durable job (job_runs): when it was due and when it started. */
  jobs: Array<{ job: string; dueAt: string; ranAt: string }>;
}

/** What /healthz answers: every adapter, the send queue depth, the last job runs; `down` when an adapter is down. */
function healthReport(options: HealthOptions): HealthReport {
  const now = (options.now ?? (() => new Date()))();
  const adapters = options
    .adapters()
    .map((adapter) => ({ platform: adapter.platform, ...(adapter.health?.() ?? { up: true, state: 'running' }) }));
  const queueRows = options.db
    .prepare(
      `SELECT platform, sum(sent_at IS NULL AND failed_at IS NULL) AS pending, sum(failed_at IS NOT NULL) AS failed
       FROM send_queue WHERE sent_at IS NULL GROUP BY platform`,
    )
    .all() as Array<{ platform: string; pending: number; failed: number }>;
  // SQLite takes the bare column ran_at from the row holding max(due_at).
  const jobRows = options.db.prepare('SELECT job, max(due_at) AS due_at, ran_at FROM job_runs GROUP BY job ORDER BY job').all() as Array<{
    job: string;
    due_at: number;
    ran_at: number;
  }>;
  return {
    status: adapters.every((a) => a.up) ? 'ok' : 'down',
    uptimeSeconds: Math.round((now.getTime() - options.startedAt.getTime()) / 1000),
    adapters,
    sendQueue: Object.fromEntries(queueRows.map((r) => [r.platform, { pending: r.pending, failed: r.failed }])),
    jobs: jobRows.map((r) => ({ job: r.job, dueAt: new Date(r.due_at).toISOString(), ranAt: new Date(r.ran_at).toISOString() })),
  };
}

export interface HealthServer {
  address(): AddressInfo;
  close(): Promise<void>;
}

/**
 * `GET /healthz` on `host:port` (HEALTH_HOST, HEALTH_PORT): the report as JSON, 200 when every adapter is up,
 * 503 otherwise (for Docker's HEALTHCHECK, a load balancer or a monitor). Anything else is 404. Port 0 picks one.
 */
export async function startHealthServer(options: HealthOptions & { host: string; port: number; logger: Logger }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.url ?? '').split('?')[0] !== '/healthz') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    try {
      const report = healthReport(options);
      res.writeHead(report.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : `${JSON.stringify(report)}\n`);
    } catch (error) {
      // The database is closed or broken: that is unhealthy too.
      options.logger.error('health.failed', { error });
      res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"status":"down"}\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AdapterStartError(
          `cannot listen on ${options.host}:${options.port} (HEALTH_HOST, HEALTH_PORT): ${error.code ?? error.message}; choose another port`,
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  options.logger.info('health.listening', { host: options.host, port: (server.address() as AddressInfo).port });
  return {
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
