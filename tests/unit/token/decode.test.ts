// Decoding what users paste, and the named errors for each broken part.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {deflate} from 'pako';
import {buildAccessToken2, buildRtcTokenWithUid, buildToken006, decodeToken, tokenToJSON, verifyToken, type DecodeResult, type DecodedToken007} from '../../../src/token';
import {ByteWriter, concat, toBase64} from '../../../src/token/bytes';
import {crc32} from '../../../src/token/crypto';
import {sign006} from '../../../src/token/legacy';

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const token = buildRtcTokenWithUid({appId, appCertificate, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600, salt: 4, issueTs: 1700000000});

function ok(r: DecodeResult): DecodedToken007 {
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.equal(r.token.version, '007');
  return r.token as DecodedToken007;
}
function err(r: DecodeResult) {
  assert.ok(!r.ok, 'expected an error');
  return r.error;
}

test('decodes every field with names and absolute times', () => {
  const t = ok(decodeToken(token));
  assert.deepEqual([t.appId, t.issueTs, t.expire, t.expiresAt, t.salt], [appId, 1700000000, 3600, 1700003600, 4]);
  assert.equal(t.services.length, 1);
  const rtc = t.services[0];
  assert.ok(rtc.type === 1);
  assert.deepEqual([rtc.name, rtc.channelName, rtc.uid], ['rtc', 'demo', '42']);
  assert.deepEqual(rtc.privileges.map((p) => [p.name, p.expire, p.expiresAt]), [
    ['joinChannel', 0, null], ['publishAudioStream', 0, null], ['publishVideoStream', 0, null], ['publishDataStream', 0, null],
  ]);
  assert.equal(t.signature.length, 64);
  assert.deepEqual(t.layout.slice(0, 3).map((e) => [e.field, e.offset, e.length]), [['signature', 0, 34], ['appId', 34, 34], ['issueTs', 68, 4]]);
  const json = tokenToJSON(t);
  assert.deepEqual(Object.keys(json), ['version', 'appId', 'issueTs', 'expire', 'expiresAt', 'salt', 'services', 'signature']);
});

test('cleans what users paste and says what it cleaned', () => {
  const cases: Array<[string, RegExp]> = [
    [`  ${token}\n`, /whitespace/],
    [`"${token}"`, /quotes/],
    [`'${token}'`, /quotes/],
    [`\u201c${token}\u201d`, /quotes/],
    [JSON.stringify({rtcToken: token}), /JSON field "rtcToken"/],
    [JSON.stringify({data: {token}}), /JSON field "data.token"/],
    [`${token.slice(0, 40)}\n${token.slice(40)}`, /line breaks/],
    [token.replace(/\+/g, '-').replace(/\//g, '_'), /URL-safe/],
    [token.replace(/=+$/, ''), /padding/],
    [token.replace(/\+/g, ' '), /spaces with "\+"/],
    [token.replace(/\+/g, '%2B').replace(/=/g, '%3D'), /percent-encoding/],
    [`Authorization: Bearer ${token}`, /surrounding text/],
  ];
  assert.ok(/[+]/.test(token) && /=$/.test(token), 'the sample token should contain "+" and padding');
  for (const [input, note] of cases) {
    const r = decodeToken(input);
    const t = ok(r);
    assert.equal(t.salt, 4, input);
    assert.ok(r.cleaned.some((c) => note.test(c)), `${input}: ${JSON.stringify(r.cleaned)}`);
  }
  const both = decodeToken(JSON.stringify({rtcToken: token, rtmToken: token}));
  assert.ok(both.cleaned.some((c) => /2 tokens/.test(c)));
  assert.deepEqual(decodeToken(token).cleaned, []);
});

test('names the broken part: input, prefix, base64, zlib, field N, trailing', () => {
  assert.equal(err(decodeToken('')).part, 'input');
  assert.equal(err(decodeToken('{"a": 1}')).part, 'input');
  const p = err(decodeToken('hello'));
  assert.equal(p.part, 'prefix');
  assert.match(p.message, /starts with "007"/);
  assert.match(err(decodeToken(appId)).message, /App ID or App Certificate/);
  // Keys older than 006 are named as legacy dynamic keys (issue 11), with the one thing to do.
  assert.match(err(decodeToken('005abc')).message, /legacy dynamic key \(version 005\).*: build a 007 token instead/);
  assert.doesNotMatch(err(decodeToken('005abc')).message, /AccessToken|Channel Key|malformed/i);
  assert.match(err(decodeToken(token.slice(3))).message, /prefix is missing/);
  const b = err(decodeToken(`007${token.slice(3, 20)}!${token.slice(21)}`));
  assert.equal(b.part, 'base64');
  assert.equal(b.offset, 20);
  assert.match(b.message, /"!" at position 20/);
  const z = err(decodeToken(token.slice(0, 63)));
  assert.equal(z.part, 'zlib');
  assert.match(z.message, /cut off/);
  assert.equal(err(decodeToken(`007${toBase64(new Uint8Array([1, 2, 3, 4, 5, 6]))}`)).part, 'zlib');

  const good = ok(decodeToken(token)).content;
  const cut = err(decodeToken(`007${toBase64(deflate(good.subarray(0, 70)))}`));
  assert.equal(cut.part, 'field');
  assert.equal(cut.field, 'issueTs');
  assert.equal(cut.fieldNumber, 3);
  assert.equal(cut.offset, 68);
  assert.match(cut.message, /field 3 \(issueTs\) at byte 68/);
  const tail = err(decodeToken(`007${toBase64(deflate(concat([good, new Uint8Array([9, 9])])))}`));
  assert.equal(tail.part, 'trailing');
  assert.match(tail.message, /2 unexpected byte/);
  const appended = err(decodeToken(`007${toBase64(concat([deflate(good), new Uint8Array([1, 2, 3])]))}`));
  assert.equal(appended.part, 'trailing');
});

test('an unknown service type returns what was decoded and where decoding stopped', () => {
  const known = buildAccessToken2({appId, appCertificate, expire: 600, salt: 1, issueTs: 1, services: [{type: 2, userId: 'u', privileges: {1: 600}}]});
  const content = ok(decodeToken(known)).content;
  // Append a service of type 42 and bump the service count from 1 to 2.
  const bumped = content.slice();
  const countAt = 2 + 32 + 2 + 32 + 12;
  bumped[countAt] = 2;
  const withUnknown = concat([bumped, new ByteWriter().u16(42).u16(0).finish()]);
  const t = ok(decodeToken(`007${toBase64(deflate(withUnknown))}`));
  assert.equal(t.services.length, 1);
  assert.equal(t.services[0].type, 2);
  assert.deepEqual({index: t.stoppedAt?.serviceIndex, type: t.stoppedAt?.type, offset: t.stoppedAt?.offset}, {index: 1, type: 42, offset: content.length});
  assert.match(t.stoppedAt?.reason ?? '', /type 42.*1 of 2 service/);
});

test('decodes every service type 1-10', () => {
  const t = ok(decodeToken(buildAccessToken2({appId, appCertificate, expire: 60, salt: 3, issueTs: 10, services: [
    {type: 10, privileges: {}},
    {type: 9, privileges: {}},
    {type: 8, userId: 'r', permissions: [{resourceType: 4, permissionType: 1, resources: ['a', 'b']}], privileges: {1: 5}},
    {type: 7, roomUuid: 'room', userUuid: 'user', role: -2, privileges: {1: 0}},
    {type: 6, channelName: 'c', account: 'a', privileges: {1: 1, 2: 2}},
    {type: 5, userId: 'chat', privileges: {2: 3}},
    {type: 4, privileges: {1: 0}},
    {type: 3, channelName: 's', account: 'x', privileges: {1: 4, 2: 4}},
    {type: 2, userId: 'rtm', privileges: {1: 9}},
    {type: 1, channelName: 'ch', uid: '', privileges: {1: 0}},
  ]})));
  assert.deepEqual(t.services.map((s) => s.name), ['rtc', 'rtm', 'streaming', 'fpa', 'chat', 'fcdn', 'apaas', 'rtm2', 'convoai', 'stt']);
  const apaas = t.services[6];
  assert.ok(apaas.type === 7 && apaas.role === -2 && apaas.privileges[0].name === 'roomUser');
  const rtm2 = t.services[7];
  assert.ok(rtm2.type === 8);
  assert.deepEqual(rtm2.permissions, [{resourceType: 4, resourceName: 'users', permissionType: 1, permissionName: 'write', resources: ['a', 'b']}]);
  const fcdn = t.services[5];
  assert.deepEqual(fcdn.privileges.map((p) => [p.name, p.expiresAt]), [['publish', 11], ['play', 12]]);
});

test('decodes 006 tokens: App ID, salt, ts, absolute privileges, CRCs', () => {
  const t006 = buildToken006({appId, appCertificate, channelName: 'demo', uid: 42, salt: 5, ts: 1700086400, privileges: {1: 1700003600, 1000: 0}});
  const r = decodeToken(` ${t006} `);
  assert.ok(r.ok && r.token.version === '006');
  assert.deepEqual([r.token.appId, r.token.salt, r.token.ts, r.token.expiresAt], [appId, 5, 1700086400, 1700086400]);
  assert.deepEqual(r.token.privileges.map((p) => [p.name, p.expire, p.expiresAt]), [['joinChannel', 1700003600, 1700003600], ['rtmLogin', 0, null]]);
  const bad = decodeToken(`006${'z'.repeat(32)}AAAA`);
  assert.ok(!bad.ok && bad.error.part === 'prefix' && /32 hex characters of its App ID/.test(bad.error.message));
  const short = decodeToken(t006.slice(0, 63));
  assert.ok(!short.ok && short.error.part === 'field');
});

test('006 is verified over the message bytes as received (PHP writes privileges unsorted)', () => {
  // A message with privileges in the order 4, 1 (as PHP may write them), signed as is.
  const message = new ByteWriter().u32(5).u32(1700086400).u16(2).u16(4).u32(0).u16(1).u32(0).finish();
  const signature = sign006(appCertificate, appId, 'demo', '42', message);
  const content = new ByteWriter().bytes(signature).u32(crc32('demo')).u32(crc32('42')).bytes(message).finish();
  const token = `006${appId}${toBase64(content)}`;
  const r = decodeToken(token);
  assert.ok(r.ok && r.token.version === '006');
  assert.deepEqual(r.token.privileges.map((p) => p.id), [4, 1]);
  assert.equal(verifyToken(token, appCertificate, {channelName: 'demo', uid: 42}).status, 'valid');
  assert.equal(verifyToken(token, appCertificate, {channelName: 'demo', uid: 43}).status, 'invalid');
  assert.equal(verifyToken(token, appCertificate).status, 'unchecked');
});
