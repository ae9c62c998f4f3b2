// Chat token diagnosis: property and differential tests against tokens that agora-token's
// ChatTokenBuilder builds (same salt and issue time injected), and one test per Chat symptom.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createHash} from 'node:crypto';
import fc from 'fast-check';
import {
  buildAccessToken2,
  buildApaasRoomUserToken,
  buildChatAppToken,
  buildChatUserToken,
  buildRtcTokenWithUid,
  buildToken006,
  decodeToken,
  diagnoseChat,
  CHAT_SDK_ERRORS,
} from '../../../src/token';
import {agoraBuild} from './agora';

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);
// Chat user IDs: Agora's Chat docs allow letters, digits and a few symbols; any text exercises the comparison.
const userId = fc.string({minLength: 1, maxLength: 64});
const appId = '970ca35de60c44645bbae8a215061b33';
const appCertificate = '5cfd2fd1755d40ecb72977518be15d3b';
const issueTs = 1700000000;

test('property: an agora-token Chat user token logs in as its user until it expires, and as nobody else', () => {
  fc.assert(
    fc.property(hex32, hex32, userId, fc.integer({min: 1, max: 86400}), fc.integer({min: 1, max: 99999999}), fc.double({min: 0, max: 0.999, noNaN: true}), (a, c, user, expire, salt, at) => {
      const token = agoraBuild('chatUser', {appId: a, appCertificate: c, userId: user, expire, salt, issueTs});
      const now = issueTs + Math.floor(expire * at);
      const ok = diagnoseChat(token, {use: 'login', appId: a, userId: user, now, appCertificate: c});
      assert.deepEqual([ok.verdict, ok.error, ok.signature], ['accepted', null, 'valid'], ok.summary);
      const other = diagnoseChat(token, {use: 'login', appId: a, userId: `${user}x`, now, appCertificate: c});
      assert.deepEqual([other.verdict, other.error, other.findings[0].title], ['rejected', 'invalid-token', 'wrong Chat user']);
      assert.equal(other.sdkErrors, CHAT_SDK_ERRORS['invalid-token']);
      const late = diagnoseChat(token, {use: 'login', appId: a, userId: user, now: issueTs + expire, appCertificate: c});
      assert.deepEqual([late.verdict, late.error], ['rejected', 'token-expired']);
      assert.match(late.sdkErrors, /108 TOKEN_EXPIRED/);
      const rest = diagnoseChat(token, {use: 'rest', appId: a, now, appCertificate: c});
      assert.deepEqual([rest.verdict, rest.findings[0].title], ['rejected', 'this is a Chat user token, not an app token']);
    }),
    {numRuns: 150},
  );
});

test('property: an agora-token Chat app token serves RESTful calls, never an SDK login; a wrong certificate or App ID is rejected', () => {
  fc.assert(
    fc.property(hex32, hex32, hex32, userId, fc.integer({min: 1, max: 86400}), fc.integer({min: 1, max: 99999999}), (a, c, otherCert, user, expire, salt) => {
      fc.pre(otherCert !== c);
      const token = agoraBuild('chatApp', {appId: a, appCertificate: c, expire, salt, issueTs});
      const now = issueTs;
      assert.deepEqual(diagnoseChat(token, {use: 'rest', appId: a, now, appCertificate: c}).verdict, 'accepted');
      const login = diagnoseChat(token, {use: 'login', appId: a, userId: user, now, appCertificate: c});
      assert.deepEqual([login.verdict, login.findings[0].title], ['rejected', 'this is a Chat app token, not a user token']);
      const forged = diagnoseChat(token, {use: 'rest', appId: a, now, appCertificate: otherCert});
      assert.deepEqual([forged.verdict, forged.signature, forged.findings[0].title], ['rejected', 'invalid', 'the signature does not match the App Certificate']);
      const otherApp = diagnoseChat(token, {use: 'rest', appId: otherCert, now});
      assert.deepEqual([otherApp.verdict, otherApp.findings[0].title], ['rejected', 'App ID mismatch']);
    }),
    {numRuns: 100},
  );
});

test('differential: the engine\'s Chat tokens get the same verdicts as agora-token\'s', () => {
  fc.assert(
    fc.property(userId, fc.integer({min: 1, max: 86400}), fc.integer({min: 1, max: 99999999}), fc.integer({min: 0, max: 90000}), fc.boolean(), (user, expire, salt, after, sameUser) => {
      const params = {appId, appCertificate, userId: user, expire, salt, issueTs};
      const attempt = {use: 'login' as const, appId, userId: sameUser ? user : `${user}!`, now: issueTs + after, appCertificate};
      const ours = diagnoseChat(buildChatUserToken(params), attempt);
      const theirs = diagnoseChat(agoraBuild('chatUser', params), attempt);
      assert.deepEqual(ours, theirs);
      const app = {use: 'rest' as const, appId, now: issueTs + after, appCertificate};
      assert.deepEqual(diagnoseChat(buildChatAppToken({appId, appCertificate, expire, salt, issueTs}), app), diagnoseChat(agoraBuild('chatApp', {appId, appCertificate, expire, salt, issueTs}), app));
    }),
    {numRuns: 100},
  );
});

test('no token: the login fails with the SDKs\' no-token errors', () => {
  const d = diagnoseChat('', {use: 'login', appId, userId: 'ana', now: issueTs});
  assert.deepEqual([d.verdict, d.error], ['rejected', 'no-token']);
  assert.match(d.sdkErrors, /WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR/);
  assert.match(d.findings[0].fix, /"ana"/);
});

test('tokens without a Chat service: RTC, 006, legacy keys and garbage are named, never thrown', () => {
  const rtc = buildRtcTokenWithUid({appId, appCertificate, channelName: 'demo', uid: 7, role: 1, tokenExpire: 3600, salt: 1, issueTs});
  const d = diagnoseChat(rtc, {use: 'login', appId, userId: 'ana', now: issueTs, appCertificate});
  assert.deepEqual([d.verdict, d.findings[0].title], ['rejected', 'the token has no Chat service']);
  assert.match(d.findings[0].reason, /It carries RTC/);
  const t006 = buildToken006({appId, appCertificate, channelName: 'demo', uid: 7, salt: 1, ts: issueTs + 86400, privileges: {1: 0}});
  assert.equal(diagnoseChat(t006, {use: 'login', appId, userId: 'ana', now: issueTs}).findings[0].title, 'a 006 token has no Chat service');
  const legacy = `005${'a'.repeat(120)}`;
  assert.equal(diagnoseChat(legacy, {use: 'login', appId, userId: 'ana'}).verdict, 'rejected');
  fc.assert(
    fc.property(fc.string({maxLength: 300}), fc.string({maxLength: 20}), (text, user) => {
      const r = diagnoseChat(text, {use: 'login', appId, userId: user});
      assert.ok(r.verdict === 'rejected' || r.verdict === 'accepted');
      assert.ok(r.summary.length > 0);
    }),
    {numRuns: 300},
  );
  // @ts-expect-error: a caller without types may pass anything
  assert.equal(diagnoseChat(null, null).verdict, 'rejected');
});

test('a user ID that differs in letter case is named; an APaaS token carries the Chat user as MD5 of the user UUID', () => {
  const t = buildChatUserToken({appId, appCertificate, userId: 'Ana', expire: 3600, salt: 1, issueTs});
  assert.match(diagnoseChat(t, {use: 'login', appId, userId: 'ana', now: issueTs}).findings[0].reason, /differ only in letter case/);
  const apaas = buildApaasRoomUserToken({appId, appCertificate, roomUuid: 'room1', userUuid: 'teacher-1', role: 1, expire: 3600, salt: 1, issueTs});
  const md5 = createHash('md5').update('teacher-1').digest('hex');
  const asUuid = diagnoseChat(apaas, {use: 'login', appId, userId: 'teacher-1', now: issueTs, appCertificate});
  assert.equal(asUuid.findings[0].title, 'wrong Chat user');
  assert.match(asUuid.findings[0].fix, /MD5/);
  assert.equal(diagnoseChat(apaas, {use: 'login', appId, userId: md5, now: issueTs, appCertificate}).verdict, 'accepted');
});

test('a Chat privilege that ends before the token, and lifetimes beyond 24 hours', () => {
  const short = buildAccessToken2({appId, appCertificate, expire: 3600, salt: 1, issueTs, services: [{type: 5, userId: 'ana', privileges: {1: 60}}]});
  const d = diagnoseChat(short, {use: 'login', appId, userId: 'ana', now: issueTs + 120, appCertificate});
  assert.deepEqual([d.error, d.findings[0].title], ['token-expired', 'the Chat user privilege expired']);
  assert.equal(diagnoseChat(short, {use: 'login', appId, userId: 'ana', now: issueTs + 30, appCertificate}).verdict, 'accepted');
  const long = buildChatUserToken({appId, appCertificate, userId: 'ana', expire: 7 * 86400, salt: 1, issueTs});
  assert.ok(diagnoseChat(long, {use: 'login', appId, userId: 'ana', now: issueTs + 10}).findings.some((f) => f.title === 'lifetime longer than 24 hours'));
  const after = diagnoseChat(long, {use: 'login', appId, userId: 'ana', now: issueTs + 86400});
  assert.deepEqual([after.error, after.findings[0].reason.includes('at most 24 hours')], ['token-expired', true]);
  const zero = diagnoseChat(buildChatUserToken({appId, appCertificate, userId: 'ana', expire: 0, salt: 1, issueTs}), {use: 'login', appId, userId: 'ana', now: issueTs});
  assert.match(zero.findings[0].reason, /lifetime is 0/);
});

test('a token changed on its way is rejected as given, with what the intact token would do', () => {
  let token = '';
  for (let salt = 1; !token.includes('+'); salt++) token = buildChatUserToken({appId, appCertificate, userId: 'ana', expire: 3600, salt, issueTs});
  const damaged = token.replace(/\+/g, ' ');
  assert.equal(decodeToken(damaged).ok, true);
  const d = diagnoseChat(damaged, {use: 'login', appId, userId: 'ana', now: issueTs, appCertificate});
  assert.deepEqual([d.verdict, d.error], ['rejected', 'invalid-token']);
  assert.match(d.findings[0].title, /changed on its way/);
  assert.match(d.findings[0].reason, /Once sent intact: Agora Chat accepts/);
  assert.equal(diagnoseChat(token, {use: 'login', appId, userId: 'ana', now: issueTs, appCertificate}).verdict, 'accepted');
});
