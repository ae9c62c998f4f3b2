// The edge token handler (examples/edge/token-handler.ts) in workerd without Node.js
// compatibility: a runtime with Web APIs only, as edge-function platforms offer. The bundle may import nothing
// (no node: modules); the endpoint is checked like every other token endpoint on the site.
import {before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {checkTokenEndpoint, randomCredentials, repoRoot, run, withServer} from '../../support/sample-harness';
import {bin, bundleWorker, compareBadRequests, scratchDir, workerdCommand, workerdConfig} from './runtime-harness';

const credentials = randomCredentials();
const dir = scratchDir('agora-edge-');
const bundle = join(dir, 'edge.js');
const host = join(dir, 'edge-host.js');

// Wires the handler up as a platform's entry file does: credentials from the secret environment
// (here workerd's bindings), then a Request in and a Response out.
const hostSource = (handler: string) => `import {tokenHandler} from ${JSON.stringify(handler)};
export default {
  fetch(request, env) {
    return tokenHandler({appId: env.APP_ID, appCertificate: env.APP_CERTIFICATE})(request);
  },
};
`;

describe(`Edge token handler (Web APIs only, ${run(bin('workerd'), ['--version']).stdout.trim()} without nodejs_compat)`, () => {
  before(async () => {
    writeFileSync(host, hostSource(join(repoRoot, 'examples/edge/token-handler.ts')));
    await bundleWorker(host, bundle);
  });

  test('the bundle of the handler and the engine imports no module at all', () => {
    const code = readFileSync(bundle, 'utf8');
    assert.doesNotMatch(code, /^\s*import\b|\brequire\(|\bBuffer\b/m, 'the edge bundle reaches for a module, require() or Buffer');
  });

  test('token endpoint: answers like the reference server', async () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'edge.js', []));
    await withServer(cmd, args, {env: credentials}, async (baseUrl) => {
      await checkTokenEndpoint(baseUrl, credentials);
      await compareBadRequests(baseUrl, credentials);
    });
  });

  test('a missing APP_CERTIFICATE: a 500 that names no secret, and no token', async () => {
    const {cmd, args} = workerdCommand(workerdConfig(dir, 'edge.js', []));
    await withServer(cmd, args, {env: {...credentials, APP_CERTIFICATE: ''}}, async (baseUrl) => {
      const res = await fetch(`${baseUrl}/rtc/demo/publisher/uid/1/`);
      const text = await res.text();
      assert.equal(res.status, 500, text);
      assert.doesNotMatch(text, /007/);
      assert.equal(JSON.parse(text).error, 'server_misconfigured');
    });
  });
});
