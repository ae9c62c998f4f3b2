// One test per symptom class of issue 11, with tokens the engine builds: 006 channel spellings and
// uid 0, legacy dynamic keys, and RTM logins.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildRtcRtmTokenWithPrivileges, buildRtcTokenWithUid, buildRtmToken, buildToken006, decodeToken, diagnoseRtmLogin, diagnoseToken} from '../../../src/token';

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const issueTs = 1700000000;
const now = issueTs + 60;

test('006: a channel that differs in letter case or spaces is named; uid 0 against a one-uid token', () => {
  const t = buildToken006({appId, appCertificate, channelName: 'Demo Room', uid: 42, salt: 1, ts: issueTs + 86400, privileges: {1: 0}});
  const cases: Array<[string, RegExp]> = [
    ['demo room', /built for channel "Demo Room".*differ only in letter case/],
    ['DEMO ROOM', /built for channel "Demo Room".*letter case/],
    [' Demo Room', /built for channel "Demo Room".*spaces at the ends/],
    ['demo room ', /built for channel "Demo Room".*letter case and spaces/],
  ];
  for (const [channelName, reason] of cases) {
    const d = diagnoseToken(t, {appId, channelName, uid: 42, now, appCertificate});
    assert.deepEqual([d.code, d.findings.find((f) => f.code === 110)?.title], [110, 'wrong channel'], channelName);
    const f = d.findings.find((x) => x.title === 'wrong channel');
    assert.match(f?.reason ?? '', reason, channelName);
    assert.match(f?.fix ?? '', /"Demo Room" for the token/);
  }
  const unrelated = diagnoseToken(t, {appId, channelName: 'lobby', uid: 42, now});
  assert.match(unrelated.findings.find((f) => f.title === 'wrong channel')?.reason ?? '', /matches none of its variants/);
  const zero = diagnoseToken(t, {appId, channelName: 'Demo Room', uid: 0, now});
  assert.equal(zero.code, 110);
  assert.match(zero.findings.find((f) => f.code === 110)?.reason ?? '', /SDK picks a random uid/);
  assert.equal(diagnoseToken(t, {appId, channelName: 'Demo Room', uid: 42, now, appCertificate}).verdict, 'joins');
});

test('legacy dynamic keys are named by their prefix or shape: build a 007 token instead', () => {
  const hex = (n: number, c = 'a') => c.repeat(n);
  const digits = (n: number) => '1'.repeat(n);
  const keys: Array<[string, RegExp]> = [
    // Shapes from AgoraIO/Tools DynamicKey*.py: signature (40 hex), App ID, times, salt, uid.
    [`003${hex(40)}${appId}${digits(10)}${hex(8, 'b')}${digits(20)}`, /version 003, for App ID 970CA35de60c44645bbae8a215061b33/],
    [`004${hex(40)}${appId}${digits(10)}${hex(8, 'b')}${digits(10)}`, /version 004, for App ID/],
    [`005${'AQABAAAAxrZ2BT'.repeat(6)}`, /version 005/],
    [`${hex(40)}${appId}${digits(10)}${hex(8, 'b')}${digits(20)}`, /unnumbered key with a uid/],
    [`${hex(40)}${appId}${digits(10)}${hex(8, 'b')}`, /first, unnumbered key/],
    [`1:${appId}:1700086400:${hex(32, 'c')}`, /Signaling/],
  ];
  for (const [key, name] of keys) {
    const r = decodeToken(key);
    assert.ok(!r.ok, key);
    assert.equal(r.error.part, 'prefix');
    assert.match(r.error.message, /^This is a legacy dynamic key/);
    assert.match(r.error.message, name);
    assert.match(r.error.message, /build a 007 token instead/);
    const d = diagnoseToken(key, {appId, channelName: 'demo', uid: 1, now});
    assert.deepEqual([d.code, d.findings[0].title], [110, 'this is a legacy dynamic key, not a token']);
  }
  // A 006 or 007 token is never mistaken for one.
  assert.ok(decodeToken(buildRtcTokenWithUid({appId, appCertificate, channelName: 'demo', uid: 1, role: 1, tokenExpire: 600})).ok);
});

test('RTM: will this token log in as user X?', () => {
  const rtm = buildRtmToken({appId, appCertificate, userId: 'alice', expire: 3600, salt: 3, issueTs});
  const login = {appId, userId: 'alice', now, appCertificate};
  const ok = diagnoseRtmLogin(rtm, login);
  assert.deepEqual([ok.verdict, ok.code, ok.signature], ['joins', null, 'valid']);
  assert.match(ok.summary, /accepts this RTM login/);

  const other = diagnoseRtmLogin(rtm, {...login, userId: 'Alice'});
  assert.deepEqual([other.code, other.findings[0].title], [110, 'wrong RTM user id']);
  assert.match(other.findings[0].reason, /built for the RTM user id "alice".*letter case.*one user id only/);
  assert.match(other.summary, /^RTM login fails with error 110/);

  const rtcOnly = buildRtcTokenWithUid({appId, appCertificate, channelName: 'demo', uid: 7, role: 1, tokenExpire: 3600, issueTs});
  const noRtm = diagnoseRtmLogin(rtcOnly, login);
  assert.deepEqual([noRtm.code, noRtm.findings.find((f) => f.code === 110)?.title], [110, 'the token has no RTM service']);
  assert.match(noRtm.findings.find((f) => f.code === 110)?.reason ?? '', /carries RTC/);

  const none = diagnoseRtmLogin('', login);
  assert.deepEqual([none.code, none.findings[0].title], [110, 'no token: the login fails on a project with an App Certificate']);
  assert.match(none.findings[0].reason, /LOGIN_ERR_INVALID_TOKEN, 5/);

  const expired = diagnoseRtmLogin(rtm, {...login, now: issueTs + 7200});
  assert.equal(expired.code, 109);
  assert.match(expired.findings[0].title, /TOKEN_EXPIRED/);

  const wrongApp = diagnoseRtmLogin(rtm, {...login, appId: 'b'.repeat(32)});
  assert.equal(wrongApp.code, 110);
  assert.match(wrongApp.findings[0].title, /INCONSISTENT_APP_ID/);

  const both = buildRtcRtmTokenWithPrivileges({appId, appCertificate, channelName: 'demo', rtcAccount: 7, rtcRole: 1, rtcTokenExpire: 3600, joinChannelPrivilegeExpire: 0, pubAudioPrivilegeExpire: 0, pubVideoPrivilegeExpire: 0, pubDataStreamPrivilegeExpire: 0, rtmUserId: 'alice', rtmTokenExpire: 3600, issueTs});
  assert.equal(diagnoseRtmLogin(both, login).verdict, 'joins');
  const rtmUidMismatch = diagnoseRtmLogin(both, {...login, userId: '7'});
  assert.equal(rtmUidMismatch.findings[0].title, 'wrong RTM user id');

  const spaced = rtm.includes('+') ? diagnoseRtmLogin(rtm.replace(/\+/g, ' '), login) : null;
  if (spaced) assert.deepEqual([spaced.code, spaced.onceIntact?.verdict], [110, 'joins']);

  const legacyRtm = buildToken006({appId, appCertificate, channelName: 'alice', uid: '', salt: 1, ts: issueTs + 86400, privileges: {1000: 0}});
  assert.equal(diagnoseRtmLogin(legacyRtm, login).verdict, 'joins');
  assert.equal(diagnoseRtmLogin(legacyRtm, {...login, userId: 'bob'}).findings[0].title, 'wrong RTM user id');
  assert.equal(diagnoseRtmLogin(legacyRtm, login).signature, 'valid');
});

test('fix texts fit the case: a certificate that differs only in letter case is not "use another certificate"', () => {
  const token = buildRtcTokenWithUid({appId, appCertificate: appCertificate.toLowerCase(), channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600, issueTs});
  const d = diagnoseToken(token, {appId, channelName: 'demo', uid: 42, now, appCertificate: appCertificate.toUpperCase()});
  const f = d.findings.find((x) => x.code === 110);
  assert.match(f?.reason ?? '', /lower case|upper case/);
  assert.match(f?.fix ?? '', /letter case exactly as Agora Console shows it/);
  const other = diagnoseToken(token, {appId, channelName: 'demo', uid: 42, now, appCertificate: 'a'.repeat(32)});
  assert.match(other.findings.find((x) => x.code === 110)?.fix ?? '', /same project/);
});
