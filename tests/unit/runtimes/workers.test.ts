// The Cloudflare Workers samples in workerd (the Workers runtime, from the npm package
// `workerd`), bundled into one ES module as for deployment:
// - examples/workers/worker.ts (the engine) without nodejs_compat;
// - examples/workers/agora-token-worker.ts (agora-token) with nodejs_compat, and the evidence
//   that it cannot load without it.
// Each endpoint is started on a loopback port, its tokens decoded and verified, and its refusals
// compared with the reference server's.
import {before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {checkTokenEndpoint, randomCredentials, run, withServer} from '../../support/sample-harness';
import {bin, bundleWorker, compareBadRequests, scratchDir, workerdCommand, workerdConfig} from './runtime-harness';

const credentials = randomCredentials();
const dir = scratchDir('agora-workers-');
const engineBundle = join(dir, 'worker.js');
const agoraBundle = join(dir, 'agora-token-worker.js');

describe(`Cloudflare Workers samples (${run(bin('workerd'), ['--version']).stdout.trim()})`, () => {
  before(async () => {
    await bundleWorker('examples/workers/worker.ts', engineBundle);
    await bundleWorker('examples/workers/agora-token-worker.ts', agoraBundle);
  });

  test('the engine Worker, without nodejs_compat: answers like the reference server', async () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'worker.js', []));
    await withServer(cmd, args, {env: credentials}, async (baseUrl) => {
      await checkTokenEndpoint(baseUrl, credentials);
      await compareBadRequests(baseUrl, credentials);
    });
  });

  test('the engine Worker with a malformed certificate secret: a 500 that does not echo it', async () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'worker.js', []));
    const badCertificate = 'zz' + credentials.APP_CERTIFICATE.slice(2);
    await withServer(cmd, args, {env: {...credentials, APP_CERTIFICATE: badCertificate}}, async (baseUrl) => {
      const res = await fetch(`${baseUrl}/rtc/demo/publisher/uid/1/`);
      const text = await res.text();
      assert.equal(res.status, 500, text);
      assert.equal(JSON.parse(text).error, 'server_misconfigured');
      assert.ok(!text.includes(badCertificate), 'the reply contains the certificate');
    });
  });

  test('agora-token with nodejs_compat: loads and answers like the reference server', async () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'agora-token-worker.js', ['nodejs_compat']));
    await withServer(cmd, args, {env: credentials}, async (baseUrl) => {
      await checkTokenEndpoint(baseUrl, credentials);
      await compareBadRequests(baseUrl, credentials);
    });
  });

  test('agora-token with compatibility date 2026-08-04 and no flag (Node.js compatibility by default): loads', async () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'agora-token-worker.js', [], '2026-08-04'));
    await withServer(cmd, args, {env: credentials}, (baseUrl) => checkTokenEndpoint(baseUrl, credentials));
  });

  test('agora-token without nodejs_compat: workerd refuses the module (no node:crypto)', () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'agora-token-worker.js', []));
    const r = run(cmd, args, {env: {...credentials, PORT: '0'}, timeoutMs: 30_000});
    assert.notEqual(r.status, 0, `workerd started the agora-token Worker without nodejs_compat:\n${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /No such module "node:(crypto|zlib|buffer)"/, r.stderr);
  });
});
