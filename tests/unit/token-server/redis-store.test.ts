// The shared rate limit: two server instances (main.ts in child processes, as deployed) with one
// real redis-server (Debian's package, started here on a free loopback port) share one quota.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {APP_CERTIFICATE, APP_ID, getJson, runToExit, startChild, type Child} from './server';
import {freePort} from '../../support/servers';

const REDIS = spawnSync('sh', ['-c', 'command -v redis-server'], {encoding: 'utf8'}).stdout.trim();

async function startRedis(): Promise<{url: string; proc: ChildProcess}> {
  assert.ok(REDIS, 'redis-server is not installed: run scripts/ensure-system-deps.sh (Debian package redis-server)');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const proc = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 10000);
      proc.stdout!.on('data', (c) => {
        out += c;
        if (/Ready to accept connections/.test(out)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      proc.on('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ready) return {url: `redis://127.0.0.1:${port}`, proc};
    proc.kill('SIGKILL');
  }
  throw new Error('redis-server did not start');
}

let redis: {url: string; proc: ChildProcess};
let a: Child;
let b: Child;
before(async () => {
  redis = await startRedis();
  const env = {APP_ID, APP_CERTIFICATE, RATE_LIMIT_PER_MINUTE: '4', REDIS_URL: redis.url, TRUST_PROXY: 'true'};
  [a, b] = await Promise.all([startChild(env), startChild(env)]);
});
after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  redis?.proc.kill('SIGTERM');
});

describe('Redis store shared by two instances', () => {
  test('a client alternating between instances gets the limit once, not twice; another client has its own', async () => {
    const as = (client: string) => ({headers: {'X-Forwarded-For': client}});
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await getJson(`${(i % 2 ? b : a).url}/rtm/u`, as('198.51.100.1'))).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    const r = await getJson(`${a.url}/rtm/u`, as('198.51.100.1'));
    assert.equal(r.status, 429);
    assert.equal(r.body.error, 'rate_limited');
    const retry = Number(r.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    assert.equal((await getJson(`${b.url}/rtm/u`, as('198.51.100.2'))).status, 200);
    // IPv6 clients share one quota per /64 across instances too.
    for (let i = 0; i < 4; i++) assert.equal((await getJson(`${(i % 2 ? b : a).url}/rtm/u`, as(`2001:db8:7:7::${i + 1}`))).status, 200);
    assert.equal((await getJson(`${a.url}/rtm/u`, as('2001:db8:7:7::99'))).status, 429);
  });

  test('the certificate and the Redis URL stay out of the logs', () => {
    for (const c of [a, b]) {
      assert.ok(!c.output().includes(APP_CERTIFICATE));
      assert.ok(!c.output().includes(redis.url));
      assert.match(c.output(), /shared in Redis/);
    }
  });
});

test('REDIS_URL without a reachable Redis: the server refuses to start and names REDIS_URL', async () => {
  const port = await freePort();
  const {code, output} = await runToExit({APP_ID, APP_CERTIFICATE, RATE_LIMIT_PER_MINUTE: '4', REDIS_URL: `redis://127.0.0.1:${port}`});
  assert.equal(code, 1);
  assert.match(output, /Cannot reach Redis at REDIS_URL/);
});

test('REDIS_URL without RATE_LIMIT_PER_MINUTE is a configuration error', async () => {
  const {code, output} = await runToExit({APP_ID, APP_CERTIFICATE, REDIS_URL: 'redis://127.0.0.1:1'});
  assert.equal(code, 1);
  assert.match(output, /RATE_LIMIT_PER_MINUTE/);
});

test('when Redis goes away, tokens are still issued and the failure is logged', async () => {
  const own = await startRedis();
  const c = await startChild({APP_ID, APP_CERTIFICATE, RATE_LIMIT_PER_MINUTE: '100', REDIS_URL: own.url});
  try {
    assert.equal((await getJson(`${c.url}/rtm/u`)).status, 200);
    own.proc.kill('SIGKILL');
    await new Promise((r) => own.proc.once('exit', r));
    const r = await getJson(`${c.url}/rtm/u`);
    assert.equal(r.status, 200, r.text);
    for (let i = 0; i < 50 && !/Rate limit not applied|Redis error/.test(c.output()); i++) await new Promise((res) => setTimeout(res, 100));
    assert.match(c.output(), /Rate limit not applied|Redis error/);
  } finally {
    await c.stop();
  }
});
