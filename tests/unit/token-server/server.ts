// Starts the token server for tests: the real entry point in a child process (as
// `npm run token-server` does), or the request handler in this process for config variants.
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {createTokenServer} from '../../../examples/token-server/src/http-server.js';
import {loadConfig} from '../../../examples/token-server/src/config.js';

export {APP_CERTIFICATE, APP_ID, MAIN, runToExit, startChild, type Child} from '../../support/servers';
import {APP_CERTIFICATE, APP_ID} from '../../support/servers';

export type InProcess = {url: string; logs: string[]; close: () => Promise<void>};

/** The same request handler, in this process, with `env` as its whole configuration. */
export async function startInProcess(env: Record<string, string>): Promise<InProcess> {
  const config = loadConfig({APP_ID, APP_CERTIFICATE, ...env});
  const logs: string[] = [];
  const server: Server = createTokenServer(config, (line) => logs.push(line)).server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function getJson(url: string, init?: RequestInit): Promise<{status: number; headers: Headers; body: any; text: string}> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {status: res.status, headers: res.headers, body, text};
}
