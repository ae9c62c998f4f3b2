// Shared by the runtime tests (deno, bun, workers, edge): the runtimes' binaries from the npm
// devDependencies, workerd configs and bundles, and the comparison with the reference server.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {builtinModules} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {createApp} from '../../../examples/token-server/src/app.js';
import {loadConfig} from '../../../examples/token-server/src/config.js';
import {repoRoot, type Credentials} from '../../support/sample-harness';

/** A runtime binary that `npm ci` installed from the npm registry (package deno, bun, workerd). */
export const bin = (name: 'deno' | 'bun' | 'workerd') => join(repoRoot, 'node_modules/.bin', name);

/** A scratch folder removed when the test process exits. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
  return dir;
}

const builtins = new Set(builtinModules);

// agora-token is CommonJS and require()s crypto and zlib. Turned into imports of workerd's node:
// modules (as a Workers bundler does for nodejs_compat), they load only when the flag is on.
const nodeBuiltinsAsImports: esbuild.Plugin = {
  name: 'node-builtins-as-imports',
  setup(build) {
    build.onResolve({filter: /^(node:)?[a-z_/]+$/}, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!builtins.has(name)) return undefined;
      if (args.kind === 'require-call') return {path: name, namespace: 'node-builtin'};
      return {path: `node:${name}`, external: true};
    });
    build.onLoad({filter: /.*/, namespace: 'node-builtin'}, (args) => ({
      contents: `import * as m from 'node:${args.path}'; export default m; export * from 'node:${args.path}';`,
      resolveDir: repoRoot,
    }));
  },
};

/**
 * Bundles a Worker module as `wrangler deploy` would: one ES module. `agora-token-engine` is the
 * engine's source (what the package builds from); Node built-ins become node: imports.
 */
export async function bundleWorker(entry: string, outfile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    alias: {'agora-token-engine': join(repoRoot, 'src/token/index.ts')},
    plugins: [nodeBuiltinsAsImports],
    logLevel: 'silent',
  });
}

/**
 * Writes a workerd config serving `bundle` (a file in `dir`) on the socket "http"; the test
 * passes the port with --socket-addr. The App ID and certificate are bindings read from the
 * environment, as secrets are on Cloudflare.
 */
/** Before 2026-08-04: from that compatibility date on, Node.js compatibility is on without a flag. */
export const WEB_ONLY_DATE = '2025-09-01';

export function workerdConfig(dir: string, bundle: string, flags: string[], compatibilityDate = WEB_ONLY_DATE): string {
  const config = join(dir, `config-${bundle}-${flags.join('-')}-${compatibilityDate}.capnp`);
  writeFileSync(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "${bundle}")],
  compatibilityDate = "${compatibilityDate}",
  compatibilityFlags = [${flags.map((f) => JSON.stringify(f)).join(', ')}],
  bindings = [
    (name = "APP_ID", fromEnvironment = "APP_ID"),
    (name = "APP_CERTIFICATE", fromEnvironment = "APP_CERTIFICATE"),
  ],
);
`,
  );
  return config;
}

/** The command that serves a workerd config on $PORT (set by withServer). */
export function workerdCommand(config: string): {cmd: string; args: string[]} {
  return {cmd: 'sh', args: ['-c', `exec "${bin('workerd')}" serve "${config}" --socket-addr "http=127.0.0.1:$PORT"`]};
}

// Requests the reference server refuses; a sample with the same rules answers each one with the
// same status and the same JSON (field, rule and message).
export const BAD_REQUESTS = [
  '/rtc/demo/admin/uid/1/',
  '/rtc/demo/publisher/email/1/',
  '/rtc/demo/publisher/uid/4294967296/',
  '/rtc/demo/publisher/uid/12ab/',
  '/rtc/demo/publisher/uid/:uid/',
  '/rtc/undefined/publisher/uid/1/',
  '/rtc/bad%2Fname/publisher/uid/1/',
  `/rtc/${'x'.repeat(64)}/publisher/uid/1/`,
  '/rtc/demo/publisher/userAccount/%E2%9C%93/',
  '/rtc/demo/publisher/uid/1/?expiry=-5',
  '/rtc/demo/publisher/uid/1/?expiry=soon',
  '/rtc/demo/publisher/uid/1/?expiry=0',
  '/rtc/demo/publisher/uid/1/?expiry=90000',
  '/rtc/demo/publisher/uid/1/?expiry=1735689600',
  '/rtc/demo/publisher/uid/1/?expireTime=3600',
];

/** The reference token server's request handler on a loopback port, for the comparison. */
export async function withReferenceServer<T>(credentials: Credentials, fn: (baseUrl: string) => Promise<T>): Promise<T> {
  const config = loadConfig({APP_ID: credentials.APP_ID, APP_CERTIFICATE: credentials.APP_CERTIFICATE});
  const server = createServer(createApp(config));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Sends BAD_REQUESTS to both servers: same status, same JSON body, no certificate in either. */
export async function compareBadRequests(sampleUrl: string, credentials: Credentials): Promise<void> {
  await withReferenceServer(credentials, async (referenceUrl) => {
    for (const path of BAD_REQUESTS) {
      const [got, want] = await Promise.all([fetch(sampleUrl + path), fetch(referenceUrl + path)]);
      const [gotText, wantText] = await Promise.all([got.text(), want.text()]);
      assert.equal(want.status, 400, `the reference server should refuse ${path}`);
      assert.equal(got.status, want.status, `${path}: status ${got.status}, the reference server answers ${want.status}`);
      assert.deepEqual(JSON.parse(gotText), JSON.parse(wantText), `${path}: a different error body from the reference server's`);
      assert.ok(!gotText.includes(credentials.APP_CERTIFICATE), `${path}: the reply contains the App Certificate`);
    }
  });
}
