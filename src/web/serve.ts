/** Serves the console over HTTP with @hono/node-server (`npm run web`, and `npm start` when WEB_PORT is set). */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { App } from '../app.ts';
import { AdapterStartError } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import { createWebApp } from './server.tsx';

export interface WebServer {
  /** The port listened on (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** Listens on `host:port` (WEB_HOST, WEB_PORT); a port in use fails the start with a message naming the settings. */
export async function startWebServer(options: {
  app: App;
  host: string;
  port: number;
  publicUrl: string;
  sessionHours: number;
  logger: Logger;
  now?: () => Date;
}): Promise<WebServer> {
  const web = createWebApp(
    { app: options.app, now: options.now ?? (() => new Date()), publicUrl: options.publicUrl },
    { sessionHours: options.sessionHours, logger: options.logger },
  );
  const server = createAdaptorServer({ fetch: web.fetch, hostname: options.host });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AdapterStartError(
          `cannot listen on ${options.host}:${options.port} (WEB_HOST, WEB_PORT): ${error.code ?? error.message}; choose another port`,
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info('web.listening', { url: `http://${options.host}:${port}`, publicUrl: options.publicUrl });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
