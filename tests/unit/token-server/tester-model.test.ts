// The token server tester's logic (src/components/TokenServerTester/model.ts) in Node: the
// requests it plans, the checks it runs on real servers' tokens, and its explanations.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import agora from 'agora-token';
import {buildToken006} from '../../../src/token';
import {checkTokens, explainNetwork, explainStatus, planRequests, type Plan, type RouteKind, type TesterForm} from '../../../src/components/TokenServerTester/model';
import {APP_CERTIFICATE, APP_ID, getJson, startInProcess, type InProcess} from './server';

const form: TesterForm = {
  serverUrl: 'http://localhost:8080',
  route: 'rtc',
  channel: 'demo',
  role: 'publisher',
  uidType: 'uid',
  uid: '1234',
  rtmUser: '',
  expiry: '3600',
  appId: '',
  bearer: '',
};

function plan(changes: Partial<TesterForm>, protocol = 'http:'): Plan {
  const r = planRequests({...form, ...changes}, protocol);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.plan;
}
function errors(changes: Partial<TesterForm>, protocol = 'http:') {
  const r = planRequests({...form, ...changes}, protocol);
  assert.ok(!r.ok, 'expected field errors');
  return r.errors;
}

describe('planRequests', () => {
  test('builds the ping and token URLs, encoding values and keeping a path prefix', () => {
    let p = plan({});
    assert.equal(p.pingUrl, 'http://localhost:8080/ping');
    assert.equal(p.tokenUrl, 'http://localhost:8080/rtc/demo/publisher/uid/1234/?expiry=3600');
    assert.deepEqual(p.headers, {});
    p = plan({serverUrl: ' https://tokens.example.com/api/ ', channel: 'room #1', uidType: 'userAccount', uid: 'ana@x', role: 'subscriber', expiry: '600'});
    assert.equal(p.pingUrl, 'https://tokens.example.com/api/ping');
    assert.equal(p.tokenUrl, 'https://tokens.example.com/api/rtc/room%20%231/subscriber/userAccount/ana%40x/?expiry=600');
    assert.deepEqual(p.tokens, [{field: 'rtcToken', service: {type: 1, channelName: 'room #1', uid: 'ana@x', privileges: [1]}}]);
    assert.equal(plan({uid: '0'}).tokens[0].service.type === 1 && (plan({uid: '0'}).tokens[0].service as {uid: string}).uid, '', 'uid 0 is stored as an empty uid');
    assert.equal(plan({route: 'rte'}).tokenUrl, 'http://localhost:8080/rte/demo/publisher/uid/1234/?expiry=3600');
    assert.equal(plan({route: 'rte', rtmUser: 'alice'}).tokenUrl, 'http://localhost:8080/rte/demo/publisher/uid/1234/alice/?expiry=3600');
    assert.equal(plan({route: 'rtm', uid: 'bob'}).tokenUrl, 'http://localhost:8080/rtm/bob/?expiry=3600');
    assert.equal(plan({route: 'chatUser', uid: 'bob'}).tokenUrl, 'http://localhost:8080/chat/account/bob/?expiry=3600');
    assert.equal(plan({route: 'chatApp'}).tokenUrl, 'http://localhost:8080/chat/app/?expiry=3600');
    assert.deepEqual(plan({bearer: ' s3cret '}).headers, {Authorization: 'Bearer s3cret'});
  });

  test('an https page may call http://localhost but not a remote http:// server', () => {
    assert.ok(plan({serverUrl: 'http://127.0.0.1:8080'}, 'https:'));
    assert.ok(plan({serverUrl: 'http://localhost:3000'}, 'https:'));
    assert.match(errors({serverUrl: 'http://tokens.example.com'}, 'https:').serverUrl!, /blocks requests to http:\/\/tokens\.example\.com/);
  });

  test('each bad field gets its own message', () => {
    const cases: [Partial<TesterForm>, keyof TesterForm, RegExp][] = [
      [{serverUrl: ''}, 'serverUrl', /Enter the address/],
      [{serverUrl: 'localhost:8080'}, 'serverUrl', /scheme|http:\/\/ or https:\/\//],
      [{serverUrl: 'tokens.example.com'}, 'serverUrl', /not a full URL/],
      [{serverUrl: 'ftp://x.example'}, 'serverUrl', /http:\/\/ or https:\/\//],
      [{serverUrl: 'http://localhost:8080/rtc/demo/publisher/uid/1'}, 'serverUrl', /without a route/],
      [{serverUrl: 'http://localhost:8080/:channelName'}, 'serverUrl', /placeholder/],
      [{serverUrl: 'http://localhost:8080/?x=1'}, 'serverUrl', /without \?query/],
      [{serverUrl: 'http://user:pw@localhost:8080'}, 'serverUrl', /user name and password/],
      [{channel: 'café'}, 'channel', /does not allow/],
      [{channel: ''}, 'channel', /required/],
      [{uid: '1.5'}, 'uid', /whole number from 0 to 4294967295/],
      [{uid: '4294967296'}, 'uid', /whole number/],
      [{uid: 'bob'}, 'uid', /user account/],
      [{uidType: 'userAccount', uid: 'x'.repeat(256)}, 'uid', /255 bytes/],
      [{expiry: '3600000'}, 'expiry', /86400/],
      [{expiry: '0'}, 'expiry', /1 to 86400/],
      [{appId: 'my app'}, 'appId', /App ID/],
      [{route: 'rte', uid: '0'}, 'rtmUser', /RTM user ID/],
      [{route: 'rtm', uid: '0'}, 'uid', /not a user/],
      [{route: 'chatUser', uid: ''}, 'uid', /required/],
      [{bearer: 'a\nb'}, 'bearer', /one line/],
    ];
    for (const [changes, field, message] of cases) {
      const e = errors(changes);
      assert.match(e[field] ?? '', message, `${JSON.stringify(changes)} -> ${JSON.stringify(e)}`);
    }
  });
});

describe('checkTokens', () => {
  const now = Math.floor(Date.now() / 1000);
  const rtc = (channel: string, uid: number | string, role: number, expire: number) =>
    typeof uid === 'number'
      ? agora.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channel, uid, role, expire, expire)
      : agora.RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, APP_CERTIFICATE, channel, uid, role, expire, expire);
  const statuses = (checks: {status: string}[]) => checks.map((c) => c.status);
  const errorText = (checks: {status: string; text: string}[]) => checks.filter((c) => c.status === 'error').map((c) => c.text).join(' | ');

  test('a token that carries what was asked: every check passes, signature left unchecked', () => {
    const checks = checkTokens(plan({appId: APP_ID}), {rtcToken: rtc('demo', 1234, 1, 3600)}, now);
    assert.deepEqual(statuses(checks), ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'info']);
    assert.match(checks.at(-1)!.text, /never asks for it/);
  });

  test('each mismatch is named', () => {
    const p = plan({appId: APP_ID});
    const cases: [unknown, RegExp][] = [
      [{rtcToken: rtc('other', 1234, 1, 3600)}, /channel "other", not "demo".*110/],
      // Another project's App ID is 110 (101 is an App ID that is not valid at all).
      [{rtcToken: agora.RtcTokenBuilder.buildTokenWithUid('f'.repeat(32), APP_CERTIFICATE, 'demo', 1234, 1, 3600, 3600)}, /another project\. The SDK would reject the join with error 110\./],
      [{rtcToken: rtc('demo', 99, 1, 3600)}, /for "99", not "1234"/],
      [{rtcToken: rtc('demo', 0, 1, 3600)}, /uid 0 \(anyone\), not "1234"/],
      [{rtcToken: rtc('demo', 1234, 2, 3600)}, /Privileges are join channel; expected join channel, publish audio/],
      [{rtcToken: rtc('demo', 1234, 1, 600)}, /lasts 600 s, but 3600 s was asked/],
      [{rtcToken: rtc('demo', 1234, 1, 1767225600)}, /absolute Unix time/],
      [{token: rtc('demo', 1234, 1, 3600)}, /no "rtcToken" field \(it has: token\)/],
      [{rtcToken: ''}, /empty string.*APP_CERTIFICATE/],
      [{rtcToken: 'hello'}, /does not decode \(prefix\)/],
      [{rtcToken: agora.RtmTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, 'x', 3600)}, /Expected one RTC service; the token carries RTM/],
      [{rtcToken: buildToken006({appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'demo', uid: 1234, privileges: {1: now + 3600}})}, /legacy 006/],
      ['<html>', /not a JSON object/],
    ];
    for (const [body, message] of cases) {
      const checks = checkTokens(p, body, now);
      assert.match(errorText(checks), message, JSON.stringify(body).slice(0, 80));
      assert.ok(!checks.some((c) => c.status === 'info'), 'no "all fine" note beside a failure');
    }
    const otherApp = checkTokens(plan({appId: 'aab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5'}), {rtcToken: rtc('demo', 1234, 1, 3600)}, now);
    assert.match(errorText(otherApp), /App ID 970ca35de60c44645bbae8a215061b33, not aab1/);
  });

  test('a server clock 10 minutes off is a warning', () => {
    const checks = checkTokens(plan({}), {rtcToken: rtc('demo', 1234, 1, 3600)}, now + 600);
    assert.ok(checks.some((c) => c.status === 'warn' && /behind this computer's clock/.test(c.text)));
  });
});

describe('explanations', () => {
  test('CORS: the exact variable and origin; down: how to start the server', () => {
    const cors = explainNetwork('cors', 'http://127.0.0.1:8080/ping', 'https://guide.example.io', false);
    assert.match(cors.fix, /CORS_ALLOW_ORIGIN=https:\/\/guide\.example\.io/);
    assert.match(explainNetwork('cors', 'http://127.0.0.1:8080/rtc/x', 'https://g.io', true).fix, /preflight allowing the Authorization header/);
    assert.match(explainNetwork('down', 'http://localhost:8080/ping', 'https://g.io', false).fix, /npm run token-server/);
    assert.match(explainNetwork('down', 'https://tokens.example.com/ping', 'https://g.io', false).fix, /deployed/);
    assert.match(explainNetwork('timeout', 'https://tokens.example.com/ping', 'https://g.io', false).problem, /10 seconds/);
  });

  test('HTTP statuses: the server message is quoted and the fix fits the status', () => {
    const nf = explainStatus('token', 'http://h/api/rtc/demo/publisher/uid/1/', 404, {message: 'No route for GET /api/rtc/…'});
    assert.match(nf.problem, /404 for \/api\/rtc\/demo\/publisher\/uid\/1\/.*No route/);
    assert.match(nf.fix, /\/rtc\/:channelName\/:role\/:tokenType\/:uid\//);
    assert.match(explainStatus('token', 'http://h/rtc', 401, {}).fix, /bearer token/);
    // It names the field the page really has, and that the app itself must not hold AUTH_TOKEN.
    assert.match(explainStatus('token', 'http://h/rtc', 401, {}).fix, /AUTH_TOKEN field .*for this test only.*must not send it/);
    assert.match(explainStatus('token', 'http://h/rtc', 429, {}).fix, /RATE_LIMIT_PER_MINUTE/);
    assert.match(explainStatus('token', 'http://h/rtc', 500, 'oops').fix, /server’s log/);
    assert.match(explainStatus('token', 'http://h/rtc', 400, {message: 'expiry 3600000 looks like milliseconds.'}).problem, /looks like milliseconds/);
  });
});

describe('against the reference server', () => {
  let s: InProcess;
  before(async () => {
    s = await startInProcess({});
  });
  after(() => s.close());

  const variants: Partial<TesterForm>[] = [
    {route: 'rtc'},
    {route: 'rtc', role: 'subscriber', uid: '0', expiry: '60'},
    {route: 'rtc', uidType: 'userAccount', uid: 'ana@example.com', channel: 'Room (1)'},
    {route: 'rte'},
    {route: 'rte', uid: '0', rtmUser: 'alice'},
    {route: 'rtm', uid: 'bob'},
    {route: 'chatUser', uid: 'bob'},
    {route: 'chatApp', expiry: '86400'},
  ];
  test(`every request kind: the tester's checks pass on the server's real answer (${variants.length} variants)`, async () => {
    for (const v of variants) {
      const p = plan({...v, serverUrl: `${s.url}/`, appId: APP_ID});
      assert.equal((await getJson(p.pingUrl)).body.message, 'pong');
      const r = await getJson(p.tokenUrl, {headers: p.headers});
      assert.equal(r.status, 200, r.text);
      const checks = checkTokens(p, r.body, Math.floor(Date.now() / 1000));
      assert.deepEqual(checks.filter((c) => c.status !== 'ok' && c.status !== 'info'), [], JSON.stringify(v));
      assert.equal(checks.filter((c) => c.status === 'ok').length, {rtc: 6, rte: 11, rtm: 5, chatUser: 5, chatApp: 5}[v.route as RouteKind], JSON.stringify(v));
    }
  });

  test('a wrong route on the real server: 404 explained with the expected routes', async () => {
    const p = plan({serverUrl: `${s.url}/api`});
    const r = await getJson(p.tokenUrl);
    assert.equal(r.status, 404);
    const e = explainStatus('token', p.tokenUrl, r.status, r.body);
    assert.match(e.problem, /No route for GET \/api\/rtc\/demo/);
  });
});
