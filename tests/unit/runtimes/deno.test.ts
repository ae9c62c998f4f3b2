// The Deno sample (examples/deno/server.ts) in Deno 2 from the npm package `deno`, with
// agora-token through Deno's npm compatibility: type-checked by Deno, started on a loopback
// port, its tokens decoded and verified, and its refusals compared with the reference server's.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {checkTokenEndpoint, randomCredentials, run, withServer} from '../../support/sample-harness';
import {bin, compareBadRequests} from './runtime-harness';

const credentials = randomCredentials();
const sample = 'examples/deno/server.ts';
// What the sample's header tells the reader to run; --cached-only: nothing is downloaded here
// (npm:agora-token resolves to the agora-token in node_modules, beside package.json).
const serve = ['run', '--cached-only', '--allow-net', '--allow-env', sample];
const env = {DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1'};

describe(`Deno sample (${run(bin('deno'), ['--version']).stdout.split('\n')[0]}, npm:agora-token 2.0.6)`, () => {
  test('deno check: the sample type-checks against Deno\'s and agora-token\'s types', () => {
    const r = run(bin('deno'), ['check', '--cached-only', sample], {env});
    assert.equal(r.status, 0, `deno check failed:\n${r.stdout}\n${r.stderr}`);
  });

  test('token endpoint: GET /rtc/:channelName/:role/:tokenType/:uid/ answers like the reference server', async () => {
    await withServer(bin('deno'), serve, {env: {...env, ...credentials}}, async (baseUrl) => {
      await checkTokenEndpoint(baseUrl, credentials);
      await compareBadRequests(baseUrl, credentials);
    });
  });

  test('a malformed App Certificate stops it with a message naming the variable', () => {
    const r = run(bin('deno'), serve, {env: {...env, ...credentials, APP_CERTIFICATE: 'not-a-certificate'}, timeoutMs: 30_000});
    assert.notEqual(r.status, 0, `expected a failure exit, got:\n${r.stdout}`);
    assert.match(r.stderr, /APP_CERTIFICATE/, r.stderr);
  });
});
