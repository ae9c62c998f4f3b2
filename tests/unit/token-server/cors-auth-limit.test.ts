// CORS (preflight, allow-list, any, none), the optional bearer check and the per-client rate
// limit, over HTTP against the server's request handler on a loopback port.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {RateLimiter} from '../../../examples/token-server/src/security.js';
import {HttpError} from '../../../examples/token-server/src/errors.js';
import {APP_CERTIFICATE, getJson, startInProcess, type InProcess} from './server';

const servers: InProcess[] = [];
after(() => Promise.all(servers.map((s) => s.close())));
async function start(env: Record<string, string>) {
  const s = await startInProcess(env);
  servers.push(s);
  return s;
}
const preflight = (origin: string, extra: Record<string, string> = {}) => ({
  method: 'OPTIONS',
  headers: {Origin: origin, 'Access-Control-Request-Method': 'GET', ...extra},
});

describe('CORS with an allow-list', async () => {
  const s = await start({CORS_ALLOW_ORIGIN: 'https://app.example.com, http://localhost:5173'});

  test('an allowed origin gets its own origin back, and Vary: Origin', async () => {
    for (const origin of ['https://app.example.com', 'http://localhost:5173']) {
      const r = await getJson(`${s.url}/rtc/demo/publisher/uid/1`, {headers: {Origin: origin}});
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('access-control-allow-origin'), origin);
      assert.match(r.headers.get('vary') ?? '', /Origin/);
    }
  });

  test('preflight from an allowed origin: 204 with methods, headers and max-age', async () => {
    const r = await getJson(`${s.url}/getToken`, preflight('https://app.example.com', {'Access-Control-Request-Headers': 'content-type, authorization'}));
    assert.equal(r.status, 204);
    assert.equal(r.text, '');
    assert.equal(r.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.match(r.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
    assert.equal(r.headers.get('access-control-max-age'), '600');
    assert.equal(r.headers.get('access-control-allow-private-network'), null);
  });

  test('preflight for a path that does not exist still succeeds, so the 404 is readable', async () => {
    const r = await getJson(`${s.url}/no/such/route`, preflight('http://localhost:5173'));
    assert.equal(r.status, 204);
    const g = await getJson(`${s.url}/no/such/route`, {headers: {Origin: 'http://localhost:5173'}});
    assert.equal(g.status, 404);
    assert.equal(g.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  });

  test('Chrome private-network preflight gets Access-Control-Allow-Private-Network', async () => {
    const r = await getJson(`${s.url}/ping`, preflight('https://app.example.com', {'Access-Control-Request-Private-Network': 'true'}));
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-private-network'), 'true');
  });

  test('an origin not on the list: 403 without CORS headers, and the message gives the fix', async () => {
    for (const origin of ['https://evil.example', 'https://app.example.com.evil.example', 'http://app.example.com', 'null']) {
      const r = await getJson(`${s.url}/rtc/demo/publisher/uid/1`, {headers: {Origin: origin}});
      assert.equal(r.status, 403, origin);
      assert.equal(r.headers.get('access-control-allow-origin'), null);
      assert.equal(r.body.error, 'origin_not_allowed');
      assert.ok(r.body.message.includes(`CORS_ALLOW_ORIGIN=https://app.example.com,http://localhost:5173,${origin}`), r.body.message);
      assert.ok(!r.text.includes('007'), 'no token for a denied origin');
      const p = await getJson(`${s.url}/rtc/demo/publisher/uid/1`, preflight(origin));
      assert.equal(p.status, 403, origin);
      assert.equal(p.headers.get('access-control-allow-origin'), null);
    }
  });

  test('requests without an Origin header (curl, back ends) are served without CORS headers', async () => {
    const r = await getJson(`${s.url}/rtm/bob`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  });
});

describe('CORS_ALLOW_ORIGIN=*', async () => {
  const s = await start({CORS_ALLOW_ORIGIN: '*'});
  test('any origin gets *, on success, errors and preflight', async () => {
    for (const path of ['/ping', '/rtc/demo/publisher/uid/x', '/nowhere']) {
      const r = await getJson(s.url + path, {headers: {Origin: 'https://anything.example'}});
      assert.equal(r.headers.get('access-control-allow-origin'), '*', path);
    }
    const p = await getJson(`${s.url}/ping`, preflight('https://anything.example'));
    assert.equal(p.status, 204);
    assert.equal(p.headers.get('access-control-allow-origin'), '*');
  });
});

describe('CORS_ALLOW_ORIGIN unset', async () => {
  const s = await start({});
  test('browser origins are refused, with the exact variable to set', async () => {
    const r = await getJson(`${s.url}/ping`, {headers: {Origin: 'http://localhost:3000'}});
    assert.equal(r.status, 403);
    assert.match(r.body.message, /set CORS_ALLOW_ORIGIN=http:\/\/localhost:3000 and restart/);
    assert.equal((await getJson(`${s.url}/ping`)).status, 200);
  });
});

describe('bearer check (AUTH_TOKEN)', async () => {
  const secret = 'k3y-for-tests-only-0123456789';
  const s = await start({AUTH_TOKEN: secret, CORS_ALLOW_ORIGIN: '*'});
  test('token routes need the bearer token; /ping and preflight do not', async () => {
    let r = await getJson(`${s.url}/rtc/demo/publisher/uid/1`);
    assert.equal(r.status, 401);
    assert.equal(r.headers.get('www-authenticate'), 'Bearer');
    assert.match(r.body.message, /Authorization: Bearer/);
    r = await getJson(`${s.url}/rtc/demo/publisher/uid/1`, {headers: {Authorization: 'Bearer wrong-token-wrong-token'}});
    assert.equal(r.status, 401);
    assert.ok(!r.text.includes(secret));
    r = await getJson(`${s.url}/rtc/demo/publisher/uid/1`, {headers: {Authorization: `Basic ${secret}`}});
    assert.equal(r.status, 401);
    r = await getJson(`${s.url}/rtc/demo/publisher/uid/1`, {headers: {Authorization: `Bearer ${secret}`}});
    assert.equal(r.status, 200);
    r = await getJson(`${s.url}/getToken`, {method: 'POST', body: '{"tokenType":"chat"}', headers: {'content-type': 'application/json'}});
    assert.equal(r.status, 401);
    assert.equal((await getJson(`${s.url}/ping`)).status, 200);
    assert.equal((await getJson(`${s.url}/rtm/x`, preflight('https://a.example', {'Access-Control-Request-Headers': 'authorization'}))).status, 204);
  });
});

describe('rate limit (RATE_LIMIT_PER_MINUTE)', async () => {
  const s = await start({RATE_LIMIT_PER_MINUTE: '5'});
  test('the sixth token request in a burst gets 429 with Retry-After; /ping is not counted', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await getJson(`${s.url}/ping`)).status, 200);
    for (let i = 0; i < 5; i++) assert.equal((await getJson(`${s.url}/rtm/u${i}`)).status, 200, `request ${i + 1}`);
    const r = await getJson(`${s.url}/rtm/u6`);
    assert.equal(r.status, 429);
    assert.equal(r.body.error, 'rate_limited');
    assert.ok(Number(r.headers.get('retry-after')) >= 1);
  });

  test('the bucket refills with time, per client, and stays bounded in memory', () => {
    let t = 0;
    const limiter = new RateLimiter(60, () => t, 3);
    for (let i = 0; i < 60; i++) limiter.take('a');
    assert.throws(() => limiter.take('a'), (e) => e instanceof HttpError && e.status === 429 && e.headers['Retry-After'] === '1');
    limiter.take('b'); // another client has its own bucket
    t += 1000; // one second refills one request
    limiter.take('a');
    assert.throws(() => limiter.take('a'));
    // Many clients: the table never grows past its bound.
    for (let i = 0; i < 100; i++) limiter.take(`client-${i}`);
    assert.ok((limiter as unknown as {buckets: Map<string, unknown>}).buckets.size <= 3);
  });

  test('behind a proxy, a forged X-Forwarded-For does not buy a fresh quota', async () => {
    const proxied = await start({RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'true'});
    // The proxy appends the real client (203.0.113.7); whatever the client wrote comes first.
    const via = (forged: string) => ({headers: {'X-Forwarded-For': `${forged}, 203.0.113.7`}});
    assert.equal((await getJson(`${proxied.url}/rtm/a`, via('10.0.0.1'))).status, 200);
    assert.equal((await getJson(`${proxied.url}/rtm/a`, via('10.0.0.2'))).status, 200);
    assert.equal((await getJson(`${proxied.url}/rtm/a`, via('10.0.0.3'))).status, 429);
    // Another real client behind the same proxy has its own bucket.
    assert.equal((await getJson(`${proxied.url}/rtm/a`, {headers: {'X-Forwarded-For': '198.51.100.9'}})).status, 200);
  });

  test('off by default', async () => {
    const open = await start({});
    for (let i = 0; i < 30; i++) assert.equal((await getJson(`${open.url}/rtm/u`)).status, 200);
  });
});

test('no log line or response of the in-process servers contains the certificate', () => {
  for (const s of servers) for (const line of s.logs) assert.ok(!line.includes(APP_CERTIFICATE));
});

describe('bearer check and rate limit together', async () => {
  const s = await start({AUTH_TOKEN: 'k3y-for-tests-only-0123456789', RATE_LIMIT_PER_MINUTE: '3'});
  test('guesses at the bearer token count against the rate limit', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await getJson(`${s.url}/rtm/u`, {headers: {Authorization: `Bearer guess-${i}-xxxxxxxxxxxx`}})).status, 401);
    assert.equal((await getJson(`${s.url}/rtm/u`, {headers: {Authorization: 'Bearer k3y-for-tests-only-0123456789'}})).status, 429);
  });
});

test('an empty token from agora-token is a logged 500, never sent as a token', async () => {
  const {createServer} = await import('node:http');
  const {createApp} = await import('../../../examples/token-server/src/app.js');
  const {loadConfig} = await import('../../../examples/token-server/src/config.js');
  const logs: string[] = [];
  // A certificate that passed no check: agora-token answers "" instead of throwing.
  const config = {...loadConfig({APP_ID: '970ca35de60c44645bbae8a215061b33', APP_CERTIFICATE}), appCertificate: 'not-a-certificate'};
  const server = createServer(createApp(config, (l) => logs.push(l)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const r = await getJson(`http://127.0.0.1:${(server.address() as {port: number}).port}/rtc/demo/publisher/uid/1`);
    assert.equal(r.status, 500);
    assert.equal(r.body.error, 'token_build_failed');
    assert.ok(!('rtcToken' in r.body));
    assert.equal(logs.length, 1);
    assert.match(logs[0], /500 on GET \/rtc\/demo\/publisher\/uid\/1/);
    assert.ok(!logs[0].includes('not-a-certificate') && !r.text.includes('not-a-certificate'));
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
