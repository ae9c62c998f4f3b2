// The HTTP layer under hostile or careless clients: malformed HTTP answered in the JSON error
// shape, slow clients cut off, a connection cap, IPv6 clients rate-limited per /64, and a
// SIGTERM that loses no request on keep-alive connections.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {connect} from 'node:net';
import type {AddressInfo} from 'node:net';
import {loadConfig} from '../../../examples/token-server/src/config.js';
import {createTokenServer, LIMITS} from '../../../examples/token-server/src/http-server.js';
import {rateLimitKey} from '../../../examples/token-server/src/security.js';
import {APP_CERTIFICATE, APP_ID, getJson, startChild} from './server';
import {startKeepAliveClients} from './keepalive-clients';

const closers: (() => void)[] = [];
after(() => closers.forEach((c) => c()));

async function inProcess(env: Record<string, string> = {}, limits = LIMITS) {
  const {server} = createTokenServer(loadConfig({APP_ID, APP_CERTIFICATE, ...env}), () => {}, undefined, limits);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return {server, port: (server.address() as AddressInfo).port};
}

/** Writes raw bytes, collects everything the server sends until it closes (or `ms` passes). */
function rawExchange(port: number, bytes: string, ms = 5000): Promise<{text: string; closed: boolean}> {
  return new Promise((resolve) => {
    const socket = connect({host: '127.0.0.1', port});
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({text, closed: false});
    }, ms);
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({text, closed: true});
    });
    if (bytes) socket.write(bytes);
  });
}

function jsonAnswer(text: string): {status: number; body: any} {
  const end = text.indexOf('\r\n\r\n');
  assert.ok(end > 0, `no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`);
  assert.match(text.slice(0, end), /\r\ncontent-type: application\/json; charset=utf-8/i);
  return {status: Number(text.slice(9, 12)), body: JSON.parse(text.slice(end + 4))};
}

describe('malformed HTTP gets the JSON error shape', async () => {
  const {port} = await inProcess();
  const cases: [string, string, number, string][] = [
    ['a bad request line', 'GARBAGE\r\n\r\n', 400, 'bad_request'],
    ['headers over 8 KB', `GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(9000)}\r\n\r\n`, 431, 'headers_too_large'],
    ['a bad chunk size', 'POST /getToken HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n', 400, 'bad_request'],
    ['an unknown Expect', 'GET /ping HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n', 417, 'expectation_failed'],
  ];
  for (const [name, bytes, status, error] of cases) {
    test(name, async () => {
      const {text} = await rawExchange(port, bytes);
      const answer = jsonAnswer(text);
      assert.equal(answer.status, status, text.slice(0, 200));
      assert.deepEqual([answer.body.status, answer.body.error, typeof answer.body.message], [status, error, 'string']);
    });
  }
});

describe('slow and numerous clients', () => {
  test('a client that never finishes its headers gets a JSON 408 and is disconnected', async () => {
    const {port} = await inProcess({}, {...LIMITS, headersTimeoutMs: 300, requestTimeoutMs: 400});
    const started = Date.now();
    const {text, closed} = await rawExchange(port, 'GET /ping HTTP/1.1\r\nHost: x\r\n', 8000);
    assert.ok(closed, 'the server closed the connection');
    assert.equal(jsonAnswer(text).body.error, 'request_timeout');
    assert.ok(Date.now() - started < 5000);
  });

  test('a client that never finishes its body is cut off', async () => {
    const {port} = await inProcess({}, {...LIMITS, headersTimeoutMs: 300, requestTimeoutMs: 400});
    const {closed} = await rawExchange(port, 'POST /getToken HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"tokenType"', 8000);
    assert.ok(closed, 'the server closed the connection');
  });

  test('connections over MAX_CONNECTIONS are refused; the ones inside are served', async () => {
    const {port} = await inProcess({MAX_CONNECTIONS: '2'});
    const held = [connect({host: '127.0.0.1', port}), connect({host: '127.0.0.1', port})];
    await Promise.all(held.map((s) => new Promise((r) => s.once('connect', r))));
    await new Promise((r) => setTimeout(r, 100));
    const third = await rawExchange(port, 'GET /ping HTTP/1.1\r\nHost: x\r\n\r\n', 3000);
    assert.deepEqual(third, {text: '', closed: true});
    held[0].destroy();
    await new Promise((r) => setTimeout(r, 100));
    const fourth = await rawExchange(port, 'GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 3000);
    assert.match(fourth.text, /^HTTP\/1\.1 200/);
    held[1].destroy();
  });
});

describe('IPv6 clients are rate-limited per /64', () => {
  test('rateLimitKey', () => {
    assert.equal(rateLimitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2::/64');
    assert.equal(rateLimitKey('2001:0db8:0001:0002::1'), '2001:db8:1:2::/64');
    assert.equal(rateLimitKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(rateLimitKey('::1'), '0:0:0:0::/64');
    assert.equal(rateLimitKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(rateLimitKey('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(rateLimitKey('203.0.113.7'), '203.0.113.7');
    assert.notEqual(rateLimitKey('2001:db8:1:2::1'), rateLimitKey('2001:db8:1:3::1'));
  });

  test('rotating addresses inside one /64 shares one quota; another /64 has its own', async () => {
    const {port} = await inProcess({RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'true'});
    const from = (address: string) => getJson(`http://127.0.0.1:${port}/rtm/u`, {headers: {'X-Forwarded-For': address}});
    assert.equal((await from('2001:db8:1:2::1')).status, 200);
    assert.equal((await from('2001:db8:1:2::2')).status, 200);
    assert.equal((await from('2001:db8:1:2:ffff:ffff:ffff:ffff')).status, 429);
    assert.equal((await from('2001:db8:1:3::1')).status, 200);
  });
});

test('SIGTERM with keep-alive clients looping: every request written is answered, answers after SIGTERM say Connection: close', async () => {
  const child = await startChild({APP_ID, APP_CERTIFICATE});
  const {hostname, port} = new URL(child.url);
  let stop = false;
  const {tally: counting, done} = startKeepAliveClients(hostname, Number(port), '/rtc/demo/publisher/uid/1/', 8, () => stop);
  // SIGTERM once the clients are well into their loops, whatever the machine's speed.
  for (let i = 0; i < 200 && counting.sent < 200; i++) await new Promise((r) => setTimeout(r, 50));
  child.proc.kill('SIGTERM');
  const code = await child.exited;
  stop = true;
  const tally = await done;
  assert.equal(code, 0);
  assert.equal(tally.lost, 0, JSON.stringify(tally));
  assert.ok(tally.sent >= 200, JSON.stringify(tally));
  assert.deepEqual(Object.keys(tally.answered), ['200'], JSON.stringify(tally));
  assert.ok(tally.closing >= 1, `no answer said Connection: close: ${JSON.stringify(tally)}`);
  assert.ok(tally.refused >= 1, 'clients found the server gone');
});
