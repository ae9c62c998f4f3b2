// Starts the token server for tests: the real entry point in a child process (as
// `npm run token-server` does), or the request handler in this process for config variants.
import {spawn, type ChildProcess} from 'node:child_process';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {createTokenServer} from '../../../examples/token-server/src/http-server.js';
import {loadConfig} from '../../../examples/token-server/src/config.js';

// Test credentials: random hex, not a real project.
export const APP_ID = '970ca35de60c44645bbae8a215061b33';
export const APP_CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';
export const MAIN = 'examples/token-server/src/main.ts';
// tsx by absolute path, so that the server can run with any working folder (for .env tests).
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const args = () => ['--import', TSX, resolve(MAIN)];

export type Child = {url: string; proc: ChildProcess; output: () => string; exited: Promise<number | null>; stop: () => Promise<number | null>};

/** Runs main.ts with `env` on a free loopback port and waits for its "listening" line. */
export function startChild(env: Record<string, string>, cwd = process.cwd()): Promise<Child> {
  const proc = spawn(process.execPath, args(), {
    cwd,
    env: {PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: '0', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          proc,
          output: () => out,
          exited,
          stop: () => {
            if (proc.exitCode === null) proc.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}

/** Runs main.ts expecting it to refuse to start; returns its exit code and output. */
export function runToExit(env: Record<string, string>, cwd = process.cwd()): Promise<{code: number | null; output: string}> {
  const proc = spawn(process.execPath, args(), {
    cwd,
    env: {PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: '0', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (c) => (output += c));
  proc.stderr.on('data', (c) => (output += c));
  const timer = setTimeout(() => proc.kill('SIGKILL'), 20000);
  return new Promise((resolve) =>
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({code, output});
    }),
  );
}

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
