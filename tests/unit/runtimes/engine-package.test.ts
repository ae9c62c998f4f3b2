// The engine as a package (packages/agora-token-engine): packed with `npm pack`, installed from
// the tarball into a scratch project, and used there from Node.js, Deno, Bun, workerd and
// Chromium. In each, the same program builds a token with a fixed salt and issue time (which must
// equal agora-token's, byte for byte), a fresh token (decoded and verified here), verifies it with
// the right and a wrong certificate, and feeds a builder a bad App ID.
import {before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createReadStream, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import * as esbuild from 'esbuild';
import {chromium} from '@playwright/test';
import {expectToken, randomCredentials, repoRoot, run, runOk, withServer} from '../../support/sample-harness';
import {nowSeconds} from '../../support/token-check';
import {agoraBuild} from '../token/agora';
import {bin, scratchDir} from './runtime-harness';

const credentials = randomCredentials();
const packageDir = join(repoRoot, 'packages/agora-token-engine');
const project = scratchDir('agora-engine-package-');
const FIXED = {channelName: 'demo', uid: 4294967295, role: 'publisher', tokenExpire: 600, privilegeExpire: 600, salt: 12345, issueTs: 1700000000} as const;

// The program each runtime runs; it reads only what the package exports.
const checkSource = `import {buildRtcTokenWithUid, decodeToken, verifyToken} from 'agora-token-engine';
export function check(appId, appCertificate) {
  const fixed = buildRtcTokenWithUid({appId, appCertificate, ...${JSON.stringify(FIXED)}});
  const fresh = buildRtcTokenWithUid({appId, appCertificate, channelName: 'demo', uid: 42, role: 'subscriber', tokenExpire: 900, privilegeExpire: 900});
  const decoded = decodeToken(fresh);
  const wrongCertificate = appCertificate.slice(1) + (appCertificate[0] === '0' ? '1' : '0');
  let badInput = 'no error';
  try {
    buildRtcTokenWithUid({appId: 'not-an-app-id', appCertificate, channelName: 'demo', uid: 1, role: 'publisher', tokenExpire: 60});
  } catch (error) {
    badInput = error.name + ' ' + error.field;
  }
  return {fixed, fresh, decodedOk: decoded.ok, valid: verifyToken(fresh, appCertificate).status, wrong: verifyToken(fresh, wrongCertificate).status, badInput};
}
`;
const mainSource = `import {check} from './check.mjs';
const args = globalThis.Deno ? Deno.args : process.argv.slice(2);
console.log(JSON.stringify(check(args[0], args[1])));
`;
const workerSource = `import {check} from './check.mjs';
export default {fetch: (request, env) => Response.json(check(env.APP_ID, env.APP_CERTIFICATE))};
`;
const pageSource = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>agora-token-engine</title>
<script type="importmap">{"imports": {"agora-token-engine": "/node_modules/agora-token-engine/dist/index.js"}}</script>
<script type="module">
import {check} from '/check.mjs';
const params = new URLSearchParams(location.hash.slice(1));
try { window.result = check(params.get('appId'), params.get('appCertificate')); } catch (e) { window.result = {error: String(e)}; }
</script></head><body></body></html>
`;

type Result = {fixed: string; fresh: string; decodedOk: boolean; valid: string; wrong: string; badInput: string};

function checkResult(result: Result, issuedBetween: [number, number], where: string): void {
  const expected = agoraBuild('rtcUid', {appId: credentials.APP_ID, appCertificate: credentials.APP_CERTIFICATE, ...FIXED});
  assert.equal(result.fixed, expected, `${where}: the fixed-salt token differs from agora-token's`);
  expectToken(result.fresh, {
    credentials,
    expire: 900,
    issuedBetween,
    services: [{type: 1, channelName: 'demo', uid: '42', privileges: {1: 900}}],
  }, where);
  assert.deepEqual(
    {decodedOk: result.decodedOk, valid: result.valid, wrong: result.wrong, badInput: result.badInput},
    {decodedOk: true, valid: 'valid', wrong: 'invalid', badInput: 'TokenInputError appId'},
    where,
  );
}

function runMain(cmd: string, args: string[], env: Record<string, string> = {}): Result {
  return JSON.parse(runOk(cmd, [...args, credentials.APP_ID, credentials.APP_CERTIFICATE], {cwd: project, env}).trim()) as Result;
}

describe('agora-token-engine, packed and installed', () => {
  before(() => {
    const packed = JSON.parse(runOk('npm', ['pack', '--json', '--pack-destination', project], {cwd: packageDir, timeoutMs: 180_000})) as Array<{filename: string; files: Array<{path: string}>}>;
    const files = packed[0].files.map((f) => f.path).sort();
    assert.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts') && files.includes('README.md'), files.join(', '));
    assert.ok(!files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), `sources in the tarball: ${files.join(', ')}`);
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'scratch', private: true, type: 'module'}));
    runOk('npm', ['install', '--offline', '--no-audit', '--no-fund', join(project, packed[0].filename)], {cwd: project, timeoutMs: 120_000});
    writeFileSync(join(project, 'check.mjs'), checkSource);
    writeFileSync(join(project, 'main.mjs'), mainSource);
    writeFileSync(join(project, 'worker.mjs'), workerSource);
    writeFileSync(join(project, 'index.html'), pageSource);
  });

  test('the installed package has no dependencies and its module imports nothing', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/agora-token-engine/package.json'), 'utf8'));
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.sideEffects, false);
    const code = readFileSync(join(project, 'node_modules/agora-token-engine/dist/index.js'), 'utf8');
    assert.doesNotMatch(code, /^\s*import\b|\brequire\(|\bBuffer\b|\bprocess\./m, 'the module reaches for Node.js or another module');
  });

  test('TypeScript (moduleResolution node16) finds the types; a wrong parameter is a type error', () => {
    writeFileSync(join(project, 'typed.ts'), `import {buildRtcTokenWithUid, type VerifyResult} from 'agora-token-engine';
export const token: string = buildRtcTokenWithUid({appId: '', appCertificate: '', channelName: 'c', uid: 1, role: 'publisher', tokenExpire: 60});
export type Checked = VerifyResult['status'];
`);
    writeFileSync(join(project, 'mistyped.ts'), `import {buildRtcTokenWithUid} from 'agora-token-engine';
export const token = buildRtcTokenWithUid({appId: '', appCertificate: '', channelName: 'c', uid: '1', role: 'publisher', tokenExpire: 60});
`);
    // One compiler run for both files: typed.ts must pass, mistyped.ts must fail on its uid.
    const r = run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck',
      '--module', 'node16', '--moduleResolution', 'node16', '--ignoreConfig', 'typed.ts', 'mistyped.ts'], {cwd: project});
    const errors = r.stdout.split('\n').filter((line) => /error TS/.test(line));
    assert.equal(errors.length, 1, r.stdout);
    assert.match(errors[0], /^mistyped\.ts.*TS2322/, r.stdout);
  });

  test('tree-shaking: a bundle of one builder leaves out the diagnosis', async () => {
    const size = async (contents: string) => {
      const out = await esbuild.build({stdin: {contents, resolveDir: project, loader: 'js'}, bundle: true, minify: true, format: 'esm', write: false, platform: 'neutral'});
      return out.outputFiles[0].text;
    };
    const one = await size(`export {buildRtcTokenWithUid} from 'agora-token-engine';`);
    const all = await size(`export * from 'agora-token-engine';`);
    assert.ok(one.length < all.length * 0.8, `one builder ${one.length} bytes, everything ${all.length} bytes`);
    // A sentence of diagnoseToken: in the whole bundle, not in the one-builder bundle.
    const diagnosis = 'the signature does not match the App Certificate';
    assert.ok(all.includes(diagnosis) && !one.includes(diagnosis), 'diagnoseToken is in the one-builder bundle');
  });

  test('Node.js', () => {
    const started = nowSeconds();
    checkResult(runMain(process.execPath, ['main.mjs']), [started, nowSeconds()], 'Node.js');
  });

  test('Deno (npm package resolution from node_modules, nothing downloaded)', () => {
    const started = nowSeconds();
    const env = {DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1'};
    checkResult(runMain(bin('deno'), ['run', '--cached-only', 'main.mjs'], env), [started, nowSeconds()], 'Deno');
  });

  test('Bun', () => {
    const started = nowSeconds();
    checkResult(runMain(bin('bun'), ['main.mjs']), [started, nowSeconds()], 'Bun');
  });

  test('workerd without Node.js compatibility, the package module loaded unbundled', async () => {
    const config = join(project, 'config.capnp');
    writeFileSync(config, `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = (
    modules = [
      (name = "worker.mjs", esModule = embed "worker.mjs"),
      (name = "check.mjs", esModule = embed "check.mjs"),
      (name = "agora-token-engine", esModule = embed "node_modules/agora-token-engine/dist/index.js"),
    ],
    compatibilityDate = "2025-09-01",
    bindings = [(name = "APP_ID", fromEnvironment = "APP_ID"), (name = "APP_CERTIFICATE", fromEnvironment = "APP_CERTIFICATE")],
  ))],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
`);
    const args = ['-c', `exec "${bin('workerd')}" serve "${config}" --socket-addr "http=127.0.0.1:$PORT"`];
    await withServer('sh', args, {env: credentials}, async (baseUrl) => {
      const started = nowSeconds();
      const res = await fetch(`${baseUrl}/rtc/`);
      checkResult((await res.json()) as Result, [started, nowSeconds()], 'workerd');
    });
  });

  test('Chromium, from a page with an import map', async () => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+$/, '/index.html');
      const type = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript'}[extname(path)] ?? 'application/octet-stream';
      res.writeHead(200, {'Content-Type': type});
      createReadStream(join(project, path)).on('error', () => res.end()).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = await browser.newPage();
      const started = nowSeconds();
      const port = (server.address() as AddressInfo).port;
      await page.goto(`http://127.0.0.1:${port}/#appId=${credentials.APP_ID}&appCertificate=${credentials.APP_CERTIFICATE}`);
      const result = (await (await page.waitForFunction(() => (window as {result?: unknown}).result)).jsonValue()) as Result;
      checkResult(result, [started, nowSeconds()], 'Chromium');
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
