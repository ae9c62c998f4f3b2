// Property and fuzz tests over HTTP: random valid requests get a token that carries exactly the
// request; random junk gets a 4xx JSON error naming a field, never a 500 and never a token.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {APP_CERTIFICATE, APP_ID, getJson, startInProcess, type InProcess} from './server';
import {expectToken} from './expect-token';
import {decodeForTest, nowSeconds, rolePrivileges} from '../../support/token-check';

let s: InProcess;
before(async () => {
  s = await startInProcess({CORS_ALLOW_ORIGIN: '*'});
});
after(() => s.close());

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&()+-:;<=.>?@[]^_{}|~,';
const nameChar = fc.constantFrom(...NAME_CHARS);
// Values that are valid names but also look like mistakes the server flags on purpose.
const flagged = (v: string) => /^(?::|\$\{|\{\{?|<)[a-z_]+(?:\}\}?|>)?$/i.test(v) || ['undefined', 'null', 'NaN'].includes(v);
const channel = fc.string({unit: nameChar, minLength: 1, maxLength: 63}).filter((v) => !flagged(v));
const account = fc.string({unit: nameChar, minLength: 1, maxLength: 255}).filter((v) => !flagged(v));
// "." and ".." are valid channel names and accounts, but a URL path cannot carry them: clients
// (fetch, curl, browsers) resolve them as dot segments before sending. POST /getToken can.
const dotSegment = (v: string) => v === '.' || v === '..';
const FIELDS = new Set(['channelName', 'role', 'tokenType', 'uid', 'expiry', 'rtcuid', 'rtmuid', 'expireTime', 'expire']);

test('random valid RTC requests: the token carries the channel, uid, role privileges and expiry', async () => {
  await fc.assert(
    fc.asyncProperty(
      channel.filter((v) => !dotSegment(v)),
      fc.oneof(fc.record({kind: fc.constant('uid' as const), v: fc.integer({min: 0, max: 4294967295})}), fc.record({kind: fc.constant('userAccount' as const), v: account.filter((v) => !dotSegment(v))})),
      fc.constantFrom('publisher' as const, 'subscriber' as const),
      fc.integer({min: 1, max: 86400}),
      fc.boolean(),
      async (ch, user, role, expiry, slash) => {
        const t0 = nowSeconds();
        const path = `/rtc/${encodeURIComponent(ch)}/${role}/${user.kind}/${encodeURIComponent(String(user.v))}${slash ? '/' : ''}?expiry=${expiry}`;
        const r = await getJson(s.url + path);
        assert.equal(r.status, 200, `${path}: ${r.text}`);
        const uid = user.kind === 'uid' && user.v === 0 ? '' : String(user.v);
        expectToken(r.body.rtcToken, {
          appId: APP_ID,
          certificate: APP_CERTIFICATE,
          expire: expiry,
          window: [t0, nowSeconds()],
          services: [{type: 1, privileges: rolePrivileges(role, expiry), channelName: ch, uid}],
        });
      },
    ),
    {numRuns: 200},
  );
});

test('channels "." and "..", which no URL path can carry, get tokens from POST /getToken', async () => {
  for (const ch of ['.', '..']) {
    const t0 = nowSeconds();
    const r = await getJson(s.url + '/getToken', {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({tokenType: 'rtc', channel: ch, role: 'publisher', uid: '42', expire: 600}),
    });
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.token, {
      appId: APP_ID,
      certificate: APP_CERTIFICATE,
      expire: 600,
      window: [t0, nowSeconds()],
      services: [{type: 1, privileges: rolePrivileges('publisher', 600), channelName: ch, uid: '42'}],
    });
  }
});

test('fuzzed path segments and query: a token exactly as asked, or a 4xx naming a field', async () => {
  const segment = fc.oneof(fc.string({maxLength: 70}), fc.string({unit: 'grapheme', maxLength: 20}), channel, fc.constantFrom('publisher', 'subscriber', 'uid', 'userAccount', '0', '4294967296', ':uid', '%', '..'));
  await fc.assert(
    fc.asyncProperty(fc.array(segment, {minLength: 4, maxLength: 4}), fc.option(fc.oneof(fc.string(), fc.nat().map(String)), {nil: undefined}), async (parts, expiry) => {
      const path = `/rtc/${parts.map(encodeURIComponent).join('/')}${expiry === undefined ? '' : `?expiry=${encodeURIComponent(expiry)}`}`;
      const r = await getJson(s.url + path);
      assert.ok([200, 400, 404].includes(r.status), `${path}: ${r.status} ${r.text}`);
      if (r.status === 200) {
        const d = expectToken(r.body.rtcToken, {
          appId: APP_ID,
          certificate: APP_CERTIFICATE,
          expire: expiry === undefined ? 3600 : Number(expiry),
          window: [nowSeconds() - 30, nowSeconds()],
          services: [
            {type: 1, privileges: rolePrivileges(parts[1] as 'publisher', expiry === undefined ? 3600 : Number(expiry)), channelName: parts[0], uid: parts[2] === 'uid' && Number(parts[3]) === 0 ? '' : parts[2] === 'uid' ? String(Number(parts[3])) : parts[3]},
          ],
        });
        assert.ok(d);
      } else {
        assert.ok(!r.text.includes('007eJ'), 'no token in an error');
        if (r.status === 400) assert.ok(FIELDS.has(r.body.field), r.text);
        assert.ok(r.body.message.length > 20);
      }
    }),
    {numRuns: 400},
  );
});

test('fuzzed POST /getToken bodies: 200 with a verifying token, or a 4xx JSON error', async () => {
  const body = fc.oneof(
    fc.json(),
    fc.string(),
    fc.record(
      {
        tokenType: fc.oneof(fc.constantFrom('rtc', 'rtm', 'chat'), fc.anything()),
        channel: fc.oneof(channel, fc.anything()),
        role: fc.oneof(fc.constantFrom('publisher', 'subscriber'), fc.anything()),
        uid: fc.oneof(fc.integer({min: -1, max: 2 ** 33}), account, fc.anything()),
        expire: fc.oneof(fc.integer({min: -10, max: 200000}), fc.anything()),
      },
      {requiredKeys: []},
    ).map((o) => JSON.stringify(o)),
  );
  await fc.assert(
    fc.asyncProperty(body, async (text) => {
      const r = await getJson(`${s.url}/getToken`, {method: 'POST', headers: {'content-type': 'application/json'}, body: text});
      assert.ok([200, 400, 413].includes(r.status), `${text}: ${r.status} ${r.text}`);
      if (r.status === 200) {
        const sent = JSON.parse(text);
        const d = decodeForTest(r.body.token, APP_CERTIFICATE);
        assert.equal(d.signatureValid, true);
        assert.equal(d.appId, APP_ID);
        // 0, null and a missing expire mean 3600, as on agora-token-service.
        assert.equal(d.expire, sent.expire || 3600);
        // An RTM request with a channel also carries an RTC service for that stream channel, first.
        const stream = sent.tokenType === 'rtm' && typeof sent.channel === 'string' && sent.channel !== '';
        assert.deepEqual(d.services.map((x) => x.type), stream ? [1, 2] : [{rtc: 1, rtm: 2, chat: 5}[sent.tokenType as string]]);
        if (stream) assert.deepEqual([d.services[0].channelName, d.services[0].uid, d.services[0].privileges], [sent.channel, String(sent.uid), {1: d.expire, 4: d.expire}]);
      } else {
        assert.equal(typeof r.body.message, 'string');
      }
    }),
    {numRuns: 300},
  );
});
