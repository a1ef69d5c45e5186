import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { StartupError } from './core/errors.ts';
import type { AppEnv } from './web/env.ts';

export interface RunningServer {
  /** The address the server listens on, e.g. http://127.0.0.1:3000 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port; throws StartupError with one sentence when it cannot. */
export function listen(app: Hono<AppEnv>, port: number, host: string): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch });
  // Keep-alive longer than typical proxies' idle timeout, so they never reuse a closed socket.
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new StartupError(listenProblem(error, port, host)));
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}

function listenProblem(error: NodeJS.ErrnoException, port: number, host: string): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${port} is already in use: stop the program using it or start Tribune on another port, e.g. PORT=${port + 1}.`;
    case 'EACCES':
      return `Listening on port ${port} is not permitted for this user: choose a port above 1023 with PORT, or run behind a proxy.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST ${host} is not an address of this machine: set HOST to one of its addresses, e.g. 127.0.0.1 or 0.0.0.0.`;
    default:
      return `Cannot listen on ${host}:${port} (${error.message}): check PORT and HOST.`;
  }
}
