// The Bun sample (examples/bun/server.ts) in Bun from the npm package `bun`, with agora-token:
// started on a loopback port, its tokens decoded and verified, and its refusals compared with
// the reference server's.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {checkTokenEndpoint, randomCredentials, run, withServer} from '../../support/sample-harness';
import {bin, compareBadRequests} from './runtime-harness';

const credentials = randomCredentials();
const serve = ['run', 'examples/bun/server.ts'];
const env = {NO_COLOR: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0'};

describe(`Bun sample (Bun ${run(bin('bun'), ['--version']).stdout.trim()}, agora-token 2.0.6)`, () => {
  test('token endpoint: GET /rtc/:channelName/:role/:tokenType/:uid/ answers like the reference server', async () => {
    await withServer(bin('bun'), serve, {env: {...env, ...credentials}}, async (baseUrl) => {
      await checkTokenEndpoint(baseUrl, credentials);
      await compareBadRequests(baseUrl, credentials);
    });
  });

  test('a malformed App Certificate stops it with a message naming the variable', () => {
    const r = run(bin('bun'), serve, {env: {...env, ...credentials, APP_CERTIFICATE: 'not-a-certificate'}, timeoutMs: 30_000});
    assert.notEqual(r.status, 0, `expected a failure exit, got:\n${r.stdout}`);
    assert.match(r.stderr, /APP_CERTIFICATE/, r.stderr);
  });
});
