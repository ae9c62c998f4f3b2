// Start-up configuration, .env loading, refusing to start, and graceful shutdown on SIGTERM.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadConfig} from '../../../examples/token-server/src/config.js';
import {ConfigError} from '../../../examples/token-server/src/errors.js';
import {APP_CERTIFICATE, APP_ID, getJson, runToExit, startChild} from './server';

const good = {APP_ID, APP_CERTIFICATE};

test('loadConfig: defaults, SERVER_PORT over PORT, CORS list, flags', () => {
  const c = loadConfig(good);
  assert.equal(c.port, 8080);
  assert.deepEqual(c.cors, {kind: 'none'});
  assert.equal(c.authToken, undefined);
  assert.equal(c.rateLimitPerMinute, 0);
  assert.equal(loadConfig({...good, PORT: '3000'}).port, 3000);
  assert.equal(loadConfig({...good, PORT: '3000', SERVER_PORT: '9000'}).port, 9000);
  const list = loadConfig({...good, CORS_ALLOW_ORIGIN: 'https://a.example, http://localhost:3000'}).cors;
  assert.equal(list.kind, 'list');
  assert.deepEqual(list.kind === 'list' && [...list.origins], ['https://a.example', 'http://localhost:3000']);
  assert.equal(loadConfig({...good, APP_ID: ` "${APP_ID}" `}).appId, APP_ID, 'quotes and spaces around a pasted value are dropped');
  assert.equal(loadConfig({...good, TRUST_PROXY: 'true', LOG_REQUESTS: '1'}).trustProxy, true);
});

test('loadConfig: each malformed setting names the variable, and never echoes the certificate', () => {
  const cases: [Record<string, string>, string, RegExp][] = [
    [{APP_CERTIFICATE}, 'APP_ID', /APP_ID is not set/],
    [{APP_ID}, 'APP_CERTIFICATE', /APP_CERTIFICATE is not set/],
    [{APP_ID, APP_CERTIFICATE: '   '}, 'APP_CERTIFICATE', /not set/],
    [{APP_ID: 'my-app-id', APP_CERTIFICATE}, 'APP_ID', /32 hexadecimal characters, but it is 9 characters long/],
    [{APP_ID, APP_CERTIFICATE: APP_CERTIFICATE.slice(1)}, 'APP_CERTIFICATE', /it is 31 characters long/],
    [{APP_ID, APP_CERTIFICATE: `${APP_CERTIFICATE.slice(0, 30)}zz`}, 'APP_CERTIFICATE', /2 of its characters are not hexadecimal/],
    [{...good, PORT: 'eighty'}, 'PORT', /port number from 0 to 65535/],
    [{...good, SERVER_PORT: '70000'}, 'SERVER_PORT', /port number/],
    [{...good, CORS_ALLOW_ORIGIN: 'https://a.example/'}, 'CORS_ALLOW_ORIGIN', /no path or trailing slash. Use "https:\/\/a.example"/],
    [{...good, CORS_ALLOW_ORIGIN: 'a.example'}, 'CORS_ALLOW_ORIGIN', /is not an origin/],
    [{...good, AUTH_TOKEN: 'short'}, 'AUTH_TOKEN', /too short/],
    [{...good, RATE_LIMIT_PER_MINUTE: 'lots'}, 'RATE_LIMIT_PER_MINUTE', /whole number/],
    [{...good, LOG_REQUESTS: 'maybe'}, 'LOG_REQUESTS', /true or false/],
  ];
  for (const [env, variable, message] of cases) {
    assert.throws(
      () => loadConfig(env),
      (e) => e instanceof ConfigError && e.variable === variable && message.test(e.message) && !e.message.includes(APP_CERTIFICATE.slice(0, 30)),
      `${variable}: ${JSON.stringify(env)}`,
    );
  }
});

test('the server refuses to start without valid credentials, with a clear message on stderr', async () => {
  let r = await runToExit({APP_ID});
  assert.equal(r.code, 1);
  assert.match(r.output, /Cannot start the token server: APP_CERTIFICATE is not set/);
  const wrong = `${APP_CERTIFICATE}0`;
  r = await runToExit({APP_ID, APP_CERTIFICATE: wrong});
  assert.equal(r.code, 1);
  assert.match(r.output, /APP_CERTIFICATE must be 32 hexadecimal characters, but it is 33 characters long/);
  assert.ok(!r.output.includes(wrong), 'the malformed certificate is not echoed');
});

test('.env is read from the working folder; the environment wins over it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'token-server-'));
  try {
    writeFileSync(join(dir, '.env'), `# test\nAPP_ID=${APP_ID}\nAPP_CERTIFICATE="${APP_CERTIFICATE}"\nCORS_ALLOW_ORIGIN=https://from-dotenv.example\nPORT=1\n`);
    const child = await startChild({CORS_ALLOW_ORIGIN: 'https://from-env.example'}, dir);
    try {
      assert.match(child.output(), /Read settings from .*\.env/);
      assert.match(child.output(), /CORS: https:\/\/from-env\.example/);
      const r = await getJson(`${child.url}/rtm/alice`);
      assert.equal(r.status, 200);
    } finally {
      assert.equal(await child.stop(), 0);
    }
    assert.ok(!child.output().includes(APP_CERTIFICATE));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('a port already in use: exit 1 with a hint', async () => {
  const first = await startChild(good);
  try {
    const port = new URL(first.url).port;
    const r = await runToExit({...good, PORT: port});
    assert.equal(r.code, 1);
    assert.match(r.output, /EADDRINUSE.*set PORT to a free port/s);
  } finally {
    await first.stop();
  }
});

test('SIGTERM: the request in flight completes, new connections are refused, exit code 0', async () => {
  const child = await startChild(good);
  const {hostname, port} = new URL(child.url);
  // A POST whose body is still arriving when the signal lands.
  const response = new Promise<{status: number; body: string}>((resolve, reject) => {
    const req = request({hostname, port, path: '/getToken', method: 'POST', headers: {'content-type': 'application/json'}}, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({status: res.statusCode ?? 0, body}));
    });
    req.on('error', reject);
    req.write('{"tokenType":"rtm",');
    setTimeout(async () => {
      child.proc.kill('SIGTERM');
      await waitFor(() => /SIGTERM received/.test(child.output()));
      await assert.rejects(fetch(`${child.url}/ping`), 'new connections are refused while draining');
      req.end('"uid":"late"}');
    }, 200);
  });
  const r = await response;
  assert.equal(r.status, 200, r.body);
  assert.match(JSON.parse(r.body).token, /^007/);
  assert.equal(await child.exited, 0);
  assert.match(child.output(), /Token server stopped/);
});

async function waitFor(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
