// The real server (main.ts in a child process, as `npm run token-server` starts it): every route,
// with and without the trailing slash; every token decodes, verifies and carries what was asked.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {APP_CERTIFICATE, APP_ID, getJson, startChild, type Child} from './server';
import {expectToken} from './expect-token';
import {nowSeconds, rolePrivileges} from '../../support/token-check';

let server: Child;
before(async () => {
  server = await startChild({APP_ID, APP_CERTIFICATE, LOG_REQUESTS: 'true', CORS_ALLOW_ORIGIN: '*'});
});
after(async () => {
  const code = await server.stop();
  assert.equal(code, 0, 'exits cleanly on SIGTERM');
  assert.ok(!server.output().includes(APP_CERTIFICATE), 'the certificate is not in the log');
});

const responses: string[] = [];
async function call(path: string, init?: RequestInit) {
  const t0 = nowSeconds();
  const r = await getJson(server.url + path, init);
  responses.push(r.text, JSON.stringify([...r.headers]));
  return {...r, window: [t0, nowSeconds()] as [number, number]};
}
const base = {appId: APP_ID, certificate: APP_CERTIFICATE};

function assertNoCache(headers: Headers) {
  assert.match(headers.get('cache-control') ?? '', /no-store/);
  assert.equal(headers.get('pragma'), 'no-cache');
  assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
}

describe('routes', () => {
  test('GET /ping answers pong', async () => {
    for (const path of ['/ping', '/ping/']) {
      const r = await call(path);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, {message: 'pong'});
    }
  });

  for (const slash of ['', '/']) {
    test(`GET /rtc by uid, publisher and subscriber${slash ? ', trailing slash' : ''}`, async () => {
      for (const role of ['publisher', 'subscriber'] as const) {
        const r = await call(`/rtc/room-7/${role}/uid/4294967295${slash}?expiry=600`);
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(Object.keys(r.body), ['rtcToken']);
        assertNoCache(r.headers);
        expectToken(r.body.rtcToken, {...base, expire: 600, window: r.window, services: [{type: 1, privileges: rolePrivileges(role, 600), channelName: 'room-7', uid: '4294967295'}]});
      }
    });
  }

  test('GET /rtc uid 0 is the wildcard (stored as an empty uid); default expiry is 3600', async () => {
    const r = await call('/rtc/demo/publisher/uid/0');
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.rtcToken, {...base, expire: 3600, window: r.window, services: [{type: 1, privileges: rolePrivileges('publisher', 3600), channelName: 'demo', uid: ''}]});
  });

  test('GET /rtc by user account, with a percent-encoded channel name', async () => {
    const channel = 'Team room #1 (a+b)';
    const r = await call(`/rtc/${encodeURIComponent(channel)}/subscriber/userAccount/${encodeURIComponent('ana@example.com')}/?expiry=86400`);
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.rtcToken, {...base, expire: 86400, window: r.window, services: [{type: 1, privileges: rolePrivileges('subscriber', 86400), channelName: channel, uid: 'ana@example.com'}]});
  });

  for (const slash of ['', '/']) {
    test(`GET /rtm/:uid${slash}`, async () => {
      const r = await call(`/rtm/user-42${slash}?expiry=120`);
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(Object.keys(r.body), ['rtmToken']);
      assertNoCache(r.headers);
      expectToken(r.body.rtmToken, {...base, expire: 120, window: r.window, services: [{type: 2, privileges: {1: 120}, userId: 'user-42'}]});
    });
  }

  test('GET /rte with and without :rtmuid, with and without the trailing slash', async () => {
    const cases = [
      {path: '/rte/demo/publisher/uid/77', rtm: '77'},
      {path: '/rte/demo/publisher/uid/77/', rtm: '77'},
      {path: '/rte/demo/publisher/uid/77/alice', rtm: 'alice'},
      {path: '/rte/demo/publisher/uid/0/alice/', rtm: 'alice'},
    ];
    for (const c of cases) {
      const r = await call(`${c.path}?expiry=900`);
      assert.equal(r.status, 200, `${c.path}: ${r.text}`);
      assert.deepEqual(Object.keys(r.body).sort(), ['rtcToken', 'rtmToken']);
      const uid = c.path.includes('/uid/0/') ? '' : '77';
      expectToken(r.body.rtcToken, {...base, expire: 900, window: r.window, services: [{type: 1, privileges: rolePrivileges('publisher', 900), channelName: 'demo', uid}]});
      // The RTM token carries the channel as an RTM 2.x stream channel (as agora-token-service).
      expectToken(r.body.rtmToken, {...base, expire: 900, window: r.window, services: [{type: 1, privileges: {1: 900, 4: 900}, channelName: 'demo', uid: c.rtm}, {type: 2, privileges: {1: 900}, userId: c.rtm}]});
    }
  });

  test('GET /chat/app and /chat/account/:uid', async () => {
    for (const path of ['/chat/app', '/chat/app/']) {
      const r = await call(`${path}?expiry=300`);
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(Object.keys(r.body), ['chatToken']);
      expectToken(r.body.chatToken, {...base, expire: 300, window: r.window, services: [{type: 5, privileges: {2: 300}, userId: ''}]});
    }
    for (const path of ['/chat/account/bo_b', '/chat/account/bo_b/']) {
      const r = await call(path);
      assert.equal(r.status, 200, r.text);
      expectToken(r.body.chatToken, {...base, expire: 3600, window: r.window, services: [{type: 5, privileges: {1: 3600}, userId: 'bo_b'}]});
    }
  });

  test('POST /getToken: rtc by uid and by account, rtm, chat user and app', async () => {
    const post = (body: unknown) => call('/getToken', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
    let r = await post({tokenType: 'rtc', channel: 'demo', role: 'publisher', uid: '1234', expire: 1800});
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(Object.keys(r.body), ['token']);
    assertNoCache(r.headers);
    expectToken(r.body.token, {...base, expire: 1800, window: r.window, services: [{type: 1, privileges: rolePrivileges('publisher', 1800), channelName: 'demo', uid: '1234'}]});

    r = await post({tokenType: 'rtc', channel: 'demo', uid: 99});
    assert.equal(r.status, 200, r.text);
    // As agora-token-service: no role means subscriber, no expire means 3600.
    expectToken(r.body.token, {...base, expire: 3600, window: r.window, services: [{type: 1, privileges: rolePrivileges('subscriber', 3600), channelName: 'demo', uid: '99'}]});

    r = await post({tokenType: 'rtc', channel: 'demo', role: 'subscriber', uid: 'user123', expire: 60});
    expectToken(r.body.token, {...base, expire: 60, window: r.window, services: [{type: 1, privileges: rolePrivileges('subscriber', 60), channelName: 'demo', uid: 'user123'}]});

    r = await post({tokenType: 'rtm', uid: 'user123', expire: 60});
    expectToken(r.body.token, {...base, expire: 60, window: r.window, services: [{type: 2, privileges: {1: 60}, userId: 'user123'}]});

    r = await post({tokenType: 'chat', uid: 'user123'});
    expectToken(r.body.token, {...base, expire: 3600, window: r.window, services: [{type: 5, privileges: {1: 3600}, userId: 'user123'}]});

    r = await post({tokenType: 'chat', expire: 10});
    expectToken(r.body.token, {...base, expire: 10, window: r.window, services: [{type: 5, privileges: {2: 10}, userId: ''}]});
  });
});

describe('errors', () => {
  // Each bad request: status 400, the field named, and a message that says what to do.
  const bad: {path: string; field: string; says: RegExp}[] = [
    {path: '/rtc/demo/publisher/uid/:uid', field: 'uid', says: /placeholder/},
    {path: '/rtc/:channelName/publisher/uid/1', field: 'channelName', says: /placeholder/},
    {path: '/rtc/demo/:role/uid/1', field: 'role', says: /placeholder/},
    {path: '/rtc/demo/publisher/:tokenType/1', field: 'tokenType', says: /placeholder/},
    {path: '/rtc/demo/publisher/uid/%7Buid%7D', field: 'uid', says: /placeholder/},
    {path: '/rtc/demo/publisher/uid/undefined', field: 'uid', says: /unset variable/},
    {path: '/rtc/demo/publisher/userAccount/null', field: 'uid', says: /unset variable/},
    {path: '/rtc/demo%2Fx/publisher/uid/1', field: 'channelName', says: /contains "\/"/},
    {path: '/rtc/caf%C3%A9/publisher/uid/1', field: 'channelName', says: /contains "é"/},
    {path: `/rtc/${'a'.repeat(64)}/publisher/uid/1`, field: 'channelName', says: /64 bytes long; Agora allows at most 63/},
    {path: '/rtc/demo/publisher/uid/1.5', field: 'uid', says: /whole number from 0 to 4294967295/},
    {path: '/rtc/demo/publisher/uid/-1', field: 'uid', says: /whole number/},
    {path: '/rtc/demo/publisher/uid/4294967296', field: 'uid', says: /whole number/},
    {path: '/rtc/demo/publisher/uid/bob', field: 'uid', says: /userAccount/},
    {path: '/rtc/demo/admin/uid/1', field: 'role', says: /"admin" is not a role\. Send publisher \(or host, 1\).*subscriber \(or audience, 2\)/},
    {path: '/rtc/demo/3/uid/1', field: 'role', says: /"3" is not a role/},
    {path: '/rtc/demo/publisher/userAccount//', field: 'uid', says: /missing/},
    {path: '/rtc/demo/publisher/account/1', field: 'tokenType', says: /uid .* or userAccount/},
    {path: '/rtc/demo/publisher/userAccount/' + 'x'.repeat(256), field: 'uid', says: /at most 255/},
    {path: '/rtc/demo/publisher/uid/1?expiry=90000', field: 'expiry', says: /over 24 hours/},
    {path: '/rtc/demo/publisher/uid/1?expiry=3600000', field: 'expiry', says: /milliseconds. Send seconds instead: 3600/},
    {path: '/rtc/demo/publisher/uid/1?expiry=1767225600', field: 'expiry', says: /absolute Unix time/},
    {path: '/rtc/demo/publisher/uid/1?expiry=1767225600000', field: 'expiry', says: /Unix time in milliseconds/},
    {path: '/rtc/demo/publisher/uid/1?expiry=0', field: 'expiry', says: /a token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109\./},
    {path: '/rtc/demo/publisher/uid/1?expiry=1h', field: 'expiry', says: /not a whole number of seconds/},
    {path: '/rtc/demo/publisher/uid/1?expiry=', field: 'expiry', says: /empty/},
    {path: '/rtc/demo/publisher/uid/1?expireTime=600', field: 'expireTime', says: /goes in expiry/},
    {path: '/rtc/demo/publisher/uid/1?expiry=%ZZ', field: 'expiry', says: /%-escape/},
    {path: '/rtc/demo/publisher/uid/1?expiry=60&expiry=3600', field: 'expiry', says: /given twice/},
    {path: '/rtc/de%ZZmo/publisher/uid/1', field: 'channelName', says: /%-escape/},
    {path: '/rtc//publisher/uid/1', field: 'channelName', says: /missing/},
    {path: '/rtm/0', field: 'uid', says: /not a user ID/},
    {path: '/rtm/:uid/', field: 'uid', says: /placeholder/},
    {path: '/rte/demo/publisher/uid/0', field: 'rtmuid', says: /Add the RTM user ID/},
    {path: '/rte/demo/publisher/uid/1/%24%7Brtmuid%7D', field: 'rtmuid', says: /placeholder/},
    {path: '/chat/account/' + 'u'.repeat(65), field: 'uid', says: /at most 64/},
    {path: '/chat/app?expiry=-5', field: 'expiry', says: /not a whole number/},
  ];
  test(`${bad.length} bad GET requests: 400 naming the field and the rule`, async () => {
    for (const c of bad) {
      const r = await call(c.path);
      assert.equal(r.status, 400, `${c.path}: ${r.text}`);
      assert.equal(r.body.error, 'invalid_parameter', c.path);
      assert.equal(r.body.field, c.field, `${c.path}: ${r.text}`);
      assert.equal(typeof r.body.rule, 'string', c.path);
      assert.match(r.body.message, c.says, c.path);
      assert.ok(!/Token"/.test(r.text), 'no token in an error');
      assertNoCache(r.headers);
    }
  });

  const badPosts: {body: string; field: string; says: RegExp}[] = [
    {body: '', field: 'body', says: /empty/},
    {body: '{"tokenType":', field: 'body', says: /not valid JSON/},
    {body: '[1,2]', field: 'body', says: /JSON object/},
    {body: '{}', field: 'tokenType', says: /missing/},
    {body: '{"tokenType":"rte"}', field: 'tokenType', says: /rtc, rtm or chat/},
    {body: '{"tokenType":"rtc","uid":"1"}', field: 'channel', says: /missing/},
    {body: '{"tokenType":"rtc","channel":"demo"}', field: 'uid', says: /missing/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":1.5}', field: 'uid', says: /whole number/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","role":"admin"}', field: 'role', says: /"admin" is not a role/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"-1"}', field: 'uid', says: /not a whole number from 0 to 4294967295.*signed 32-bit overflow/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1.5"}', field: 'uid', says: /looks like a number but is not a whole number/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","expire":null,"TokenType":"rtc"}', field: 'TokenType', says: /spelt tokenType/},
    {body: '{"Channel":"demo","tokenType":"rtc","uid":"1"}', field: 'Channel', says: /spelt channel.*letter case/},
    {body: '{"tokenType":"rtm","uid":"u1","channel":"a/b"}', field: 'channel', says: /contains "\/"/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","expire":-5}', field: 'expire', says: /not a whole number/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","expire":3600000}', field: 'expire', says: /milliseconds/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","expire":"soon"}', field: 'expire', says: /whole number/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","expire":60.5}', field: 'expire', says: /whole number/},
    {body: '{"tokenType":"rtc","channel":"demo","uid":"1","expiry":600}', field: 'expiry', says: /send it as expire/},
    {body: '{"tokenType":"rtc","channelName":"demo","uid":"1"}', field: 'channelName', says: /send it as channel/},
    {body: '{"tokenType":"rtc","channel":42,"uid":"1"}', field: 'channel', says: /must be a string/},
    {body: '{"tokenType":"rtm"}', field: 'uid', says: /missing/},
    {body: '{"tokenType":"chat","uid":"0"}', field: 'uid', says: /not a user ID/},
  ];
  test(`${badPosts.length} bad POST /getToken bodies: 400 naming the field`, async () => {
    for (const c of badPosts) {
      const r = await call('/getToken', {method: 'POST', headers: {'content-type': 'application/json'}, body: c.body});
      assert.equal(r.status, 400, `${c.body}: ${r.text}`);
      assert.equal(r.body.field, c.field, `${c.body}: ${r.text}`);
      assert.match(r.body.message, c.says, c.body);
    }
  });

  test('POST /getToken: a form-encoded body 400 with a hint, a non-JSON content type 415, oversized body 413', async () => {
    let r = await call('/getToken', {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded'}, body: 'tokenType=rtc'});
    assert.equal(r.status, 400);
    assert.match(r.body.message, /form-encoded.*JSON object/);
    r = await call('/getToken', {method: 'POST', headers: {'content-type': 'multipart/form-data; boundary=x'}, body: '--x--'});
    assert.equal(r.status, 415);
    assert.match(r.body.message, /application\/json/);
    r = await call('/getToken', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({tokenType: 'rtc', channel: 'x'.repeat(5000)})});
    assert.equal(r.status, 413);
    assert.equal(r.body.error, 'body_too_large');
  });

  test('unknown routes 404 in JSON, with the expected pattern when the prefix is known', async () => {
    let r = await call('/token?channel=demo');
    assert.equal(r.status, 404);
    assert.equal(r.body.error, 'not_found');
    assert.match(r.body.message, /GET \/rtc\/:channelName\/:role\/:tokenType\/:uid\//);
    assertNoCache(r.headers);
    r = await call('/rtc/demo/publisher/uid');
    assert.equal(r.status, 404);
    assert.match(r.body.message, /Expected: GET \/rtc\/:channelName\/:role\/:tokenType\/:uid\//);
    r = await call('/rtc/demo/publisher/uid/1/extra');
    assert.equal(r.status, 404);
  });

  test('wrong method: 405 with an Allow header', async () => {
    let r = await call('/getToken');
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'POST');
    r = await call('/rtc/demo/publisher/uid/1', {method: 'POST'});
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'GET');
  });

  test('the certificate appears in no response body or header', () => {
    assert.ok(responses.length > 50);
    for (const text of responses) assert.ok(!text.includes(APP_CERTIFICATE));
  });
});
