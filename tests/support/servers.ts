// Servers for tests: a free loopback port, and the reference token server
// (examples/token-server) started through its real entry point in a child process, as
// `npm run token-server` starts it. Used by the unit tests, the e2e specs and the benchmarks.
import {spawn, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

/** A loopback port that nothing listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

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

