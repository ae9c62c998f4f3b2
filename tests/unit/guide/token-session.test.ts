import {test, describe, beforeEach, afterEach, mock} from 'node:test';
import assert from 'node:assert/strict';
import {
  fetchRtcToken,
  joinWithTokens,
  tokenUrl,
  TokenFetchError,
  TokenSessionConfigError,
  type SessionEvent,
} from '../../../examples/web-client/token-session';
import {StandInClient, scriptedFetch, settle, token} from './stand-in-client';

const appId = '970ca35de60c44645bbae8a215061b33';
const serverUrl = 'http://127.0.0.1:8080';
const base = {appId, serverUrl, channel: 'demo', user: 1234, expirySeconds: 600} as const;

function recorder() {
  const events: SessionEvent[] = [];
  return {events, onEvent: (e: SessionEvent) => events.push(e), types: () => events.map((e) => e.type)};
}

beforeEach(() => mock.timers.enable({apis: ['setTimeout']}));
afterEach(() => mock.timers.reset());

describe('tokenUrl', () => {
  test('asks the agora-token-service route for a uid token', () => {
    assert.equal(
      tokenUrl({serverUrl: 'https://tokens.example.com/', channel: 'demo', user: 1234, role: 'publisher', expirySeconds: 600}),
      'https://tokens.example.com/rtc/demo/publisher/uid/1234/?expiry=600',
    );
  });
  test('a string user is a user account, and path characters are escaped', () => {
    assert.equal(
      tokenUrl({serverUrl, channel: 'room #1?', user: 'ana', role: 'subscriber', expirySeconds: 60}),
      `${serverUrl}/rtc/room%20%231%3F/subscriber/userAccount/ana/?expiry=60`,
    );
  });
});

describe('joining', () => {
  test('fetches a token, then joins with the same App ID, channel, token and uid', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1)]);
    const r = recorder();
    const session = await joinWithTokens(client, {...base, fetch: server.fetch, onEvent: r.onEvent});
    assert.deepEqual(server.urls, [`${serverUrl}/rtc/demo/publisher/uid/1234/?expiry=600`]);
    assert.deepEqual(client.calls, [{method: 'join', appId, channel: 'demo', token: '007token-1', uid: 1234}]);
    assert.equal(session.uid, 1234);
    assert.deepEqual(r.events, [{type: 'joined', uid: 1234}]);
  });

  test('uid 0 reports the uid the SDK assigned', async () => {
    const client = new StandInClient();
    const session = await joinWithTokens(client, {...base, user: 0, fetch: scriptedFetch([token(1)]).fetch});
    assert.equal(session.uid, client.assignedUid);
  });

  test('a rejected join rejects the session and leaves no listeners behind', async () => {
    const client = new StandInClient();
    client.joinError = new Error('AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed');
    await assert.rejects(joinWithTokens(client, {...base, fetch: scriptedFetch([token(1)]).fetch}), /invalid token/);
    assert.equal(client.listenerCount('token-privilege-will-expire'), 0);
    assert.equal(client.listenerCount('token-privilege-did-expire'), 0);
  });

  test('bad settings are refused before any request, naming the field', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1)]);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{appId: 'my-app-id'}, 'appId'],
      [{serverUrl: 'localhost:8080'}, 'serverUrl'],
      [{user: 2 ** 32}, 'user'],
      [{user: 1.5}, 'user'],
      [{user: ''}, 'user'],
      [{expirySeconds: 3_600_000}, 'expirySeconds'], // milliseconds by mistake
      [{expirySeconds: 7 * 86400}, 'expirySeconds'], // a week: over the 24-hour limit
      [{expirySeconds: 30}, 'expirySeconds'], // shorter than the 30 s warning
    ];
    for (const [override, field] of cases) {
      await assert.rejects(
        joinWithTokens(client, {...base, ...override, fetch: server.fetch} as never),
        (e: unknown) => e instanceof TokenSessionConfigError && e.field === field && e.message.startsWith(`${field}: `),
        `expected a ${field} error for ${JSON.stringify(override)}`,
      );
    }
    assert.equal(server.urls.length, 0);
    assert.equal(client.calls.length, 0);
  });
});

describe('token-privilege-will-expire', () => {
  test('fetches a new token and renews with it, without joining again', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1), token(2)]);
    const r = recorder();
    await joinWithTokens(client, {...base, fetch: server.fetch, onEvent: r.onEvent});
    client.emit('token-privilege-will-expire');
    await settle();
    assert.equal(server.urls.length, 2);
    assert.deepEqual(client.callsTo('renewToken'), [{method: 'renewToken', token: '007token-2'}]);
    assert.equal(client.callsTo('join').length, 1);
    assert.deepEqual(r.types(), ['joined', 'renewed']);
  });

  test('a second warning during a renewal does not start a second fetch', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1), 'network-error', token(2)]);
    await joinWithTokens(client, {...base, fetch: server.fetch});
    client.emit('token-privilege-will-expire');
    await settle();
    client.emit('token-privilege-will-expire'); // still waiting for the retry
    await settle();
    assert.equal(server.urls.length, 2);
    mock.timers.tick(1000);
    await settle();
    assert.equal(server.urls.length, 3);
    assert.deepEqual(client.callsTo('renewToken'), [{method: 'renewToken', token: '007token-2'}]);
  });
});

describe('token-privilege-did-expire', () => {
  test('fetches a new token and joins again with it', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1), token(2)]);
    const r = recorder();
    await joinWithTokens(client, {...base, fetch: server.fetch, onEvent: r.onEvent});
    client.emit('token-privilege-did-expire');
    await settle();
    assert.deepEqual(client.callsTo('join'), [
      {method: 'join', appId, channel: 'demo', token: '007token-1', uid: 1234},
      {method: 'join', appId, channel: 'demo', token: '007token-2', uid: 1234},
    ]);
    assert.equal(client.callsTo('renewToken').length, 0);
    assert.deepEqual(r.events.at(-1), {type: 'rejoined', uid: 1234});
  });

  test('a failed rejoin is surfaced as an error event', async () => {
    const client = new StandInClient();
    const r = recorder();
    await joinWithTokens(client, {...base, fetch: scriptedFetch([token(1), token(2)]).fetch, onEvent: r.onEvent});
    client.joinError = new Error('UID_CONFLICT');
    client.emit('token-privilege-did-expire');
    await settle();
    const last = r.events.at(-1);
    assert.ok(last?.type === 'error' && last.phase === 'rejoin' && /UID_CONFLICT/.test(last.error.message));
  });
});

describe('a failing token server', () => {
  test('retries with growing delays, then renews when the server recovers', async () => {
    const client = new StandInClient();
    const down = {status: 503, body: JSON.stringify({error: 'restarting'})};
    const server = scriptedFetch([token(1), down, down, token(2)]);
    const r = recorder();
    await joinWithTokens(client, {...base, fetch: server.fetch, onEvent: r.onEvent});
    client.emit('token-privilege-will-expire');
    await settle();
    assert.equal(server.urls.length, 2);
    mock.timers.tick(999); // first delay is 1 s: not yet
    await settle();
    assert.equal(server.urls.length, 2);
    mock.timers.tick(1);
    await settle();
    assert.equal(server.urls.length, 3);
    mock.timers.tick(1999); // second delay is 2 s
    await settle();
    assert.equal(server.urls.length, 3);
    mock.timers.tick(1);
    await settle();
    assert.equal(server.urls.length, 4);
    assert.deepEqual(client.callsTo('renewToken'), [{method: 'renewToken', token: '007token-2'}]);
    const retries = r.events.filter((e) => e.type === 'retrying');
    assert.deepEqual(
      retries.map((e) => e.type === 'retrying' && [e.attempt, e.delayMs]),
      [[1, 1000], [2, 2000]],
    );
    assert.match(JSON.stringify(retries[0]), /HTTP 503: restarting/);
    assert.deepEqual(r.types().at(-1), 'renewed');
  });

  test('after the last attempt, surfaces a TokenFetchError and never renews', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1), 'network-error']);
    const r = recorder();
    await joinWithTokens(client, {...base, fetch: server.fetch, onEvent: r.onEvent});
    client.emit('token-privilege-will-expire');
    for (const delay of [1000, 2000, 4000]) {
      await settle();
      mock.timers.tick(delay);
    }
    await settle();
    assert.equal(server.urls.length, 1 + 4);
    const last = r.events.at(-1);
    assert.ok(last?.type === 'error' && last.phase === 'renew', JSON.stringify(r.events));
    assert.ok(last.error instanceof TokenFetchError);
    assert.equal(last.error.attempts, 4);
    assert.match(last.error.message, /after 4 attempts: the request failed \(TypeError: Failed to fetch\)/);
    assert.equal(client.callsTo('renewToken').length, 0);
    // Nothing else is scheduled: more time brings no more requests.
    mock.timers.tick(60_000);
    await settle();
    assert.equal(server.urls.length, 5);
  });

  test('the delay stops growing at maxDelayMs', async () => {
    const server = scriptedFetch(['network-error', 'network-error', 'network-error', token(9)]);
    const delays: number[] = [];
    const pending = fetchRtcToken(
      {serverUrl, channel: 'demo', user: 1, role: 'publisher', expirySeconds: 600},
      {
        fetch: server.fetch,
        retry: {attempts: 4, firstDelayMs: 1000, maxDelayMs: 1500, timeoutMs: 5000},
        onRetry: (e) => delays.push(e.delayMs),
      },
    );
    for (let i = 0; i < 3; i++) {
      await settle();
      mock.timers.tick(1500);
    }
    assert.equal(await pending, '007token-9');
    assert.deepEqual(delays, [1000, 1500, 1500]);
  });

  test('a server that never answers times out and is retried', async () => {
    const server = scriptedFetch(['hang', token(3)]);
    const pending = fetchRtcToken(
      {serverUrl, channel: 'demo', user: 1, role: 'publisher', expirySeconds: 600},
      {fetch: server.fetch, retry: {attempts: 2, firstDelayMs: 500, maxDelayMs: 500, timeoutMs: 10_000}},
    );
    await settle();
    mock.timers.tick(10_000);
    await settle();
    assert.equal(server.urls.length, 1);
    mock.timers.tick(500);
    assert.equal(await pending, '007token-3');
  });

  test('a 400 is not retried: the same request would fail again', async () => {
    const server = scriptedFetch([{status: 400, body: JSON.stringify({error: 'channelName contains "/", which is not allowed'})}]);
    await assert.rejects(
      fetchRtcToken({serverUrl, channel: 'demo', user: 1, role: 'publisher', expirySeconds: 600}, {fetch: server.fetch}),
      (e: unknown) =>
        e instanceof TokenFetchError && e.attempts === 1 && e.status === 400 && !e.retryable && /HTTP 400: channelName contains/.test(e.message),
    );
    assert.equal(server.urls.length, 1);
  });

  test("a JSON error body's message is preferred over its short error code", async () => {
    const body = {status: 400, error: 'invalid_parameter', field: 'expiry', message: 'expiry 3600000 looks like milliseconds. Send seconds instead: 3600.'};
    const server = scriptedFetch([{status: 400, body: JSON.stringify(body)}]);
    await assert.rejects(
      fetchRtcToken({serverUrl, channel: 'demo', user: 1, role: 'publisher', expirySeconds: 600}, {fetch: server.fetch}),
      /HTTP 400: expiry 3600000 looks like milliseconds/,
    );
  });

  test('a 200 without an rtcToken is an error, not an empty token', async () => {
    const server = scriptedFetch([{status: 200, body: JSON.stringify({token: '007abc'})}]);
    await assert.rejects(
      fetchRtcToken({serverUrl, channel: 'demo', user: 1, role: 'publisher', expirySeconds: 600}, {fetch: server.fetch}),
      /without an "rtcToken" string/,
    );
  });

  test('when the first token cannot be fetched, joining rejects and the client never joins', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([{status: 500, body: 'internal error'}]);
    const pending = joinWithTokens(client, {...base, fetch: server.fetch, retry: {attempts: 2, firstDelayMs: 100, maxDelayMs: 100, timeoutMs: 1000}});
    const outcome = assert.rejects(pending, /after 2 attempts: the token server answered HTTP 500: internal error/);
    await settle();
    mock.timers.tick(100);
    await outcome;
    assert.equal(client.calls.length, 0);
    assert.equal(client.listenerCount('token-privilege-will-expire'), 0);
  });
});

describe('leaving', () => {
  test('stops listening, cancels a pending retry and leaves the channel', async () => {
    const client = new StandInClient();
    const server = scriptedFetch([token(1), 'network-error', token(2)]);
    const r = recorder();
    const session = await joinWithTokens(client, {...base, fetch: server.fetch, onEvent: r.onEvent});
    client.emit('token-privilege-will-expire');
    await settle();
    await session.leave();
    mock.timers.tick(10_000);
    await settle();
    assert.equal(server.urls.length, 2, 'the retry after leave() must not run');
    assert.equal(client.listenerCount('token-privilege-will-expire'), 0);
    assert.equal(client.listenerCount('token-privilege-did-expire'), 0);
    assert.deepEqual(client.calls.at(-1), {method: 'leave'});
    assert.equal(client.callsTo('renewToken').length, 0);
    assert.ok(!r.types().includes('error'), 'leaving is not an error');
  });
});
