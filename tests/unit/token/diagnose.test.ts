// diagnoseToken: Agora's verdict for a join attempt, in Agora's terms, with reason and fix.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildAccessToken2, buildRtcTokenWithUid, buildRtcTokenWithUserAccount, buildRtmToken, buildToken006, diagnoseToken, type JoinAttempt} from '../../../src/token';

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const issueTs = 1700000000;
const common = {appId, appCertificate, salt: 9, issueTs};
const uidToken = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600});
const join: JoinAttempt = {appId, channelName: 'demo', uid: 42, publish: true, now: issueTs + 60, appCertificate};

function titles(d: ReturnType<typeof diagnoseToken>): string[] {
  return d.findings.map((f) => `${f.code}: ${f.title}`);
}

test('a matching join is accepted and the signature checked', () => {
  const d = diagnoseToken(uidToken, join);
  assert.equal(d.verdict, 'joins');
  assert.equal(d.code, null);
  assert.equal(d.signature, 'valid');
  assert.deepEqual(d.findings, []);
  const unchecked = diagnoseToken(uidToken, {...join, appCertificate: undefined});
  assert.equal(unchecked.verdict, 'joins');
  assert.equal(unchecked.signature, 'unchecked');
  assert.equal(unchecked.findings[0].code, 'info');
  const badCert = diagnoseToken(uidToken, {...join, appCertificate: 'not-a-certificate'});
  assert.equal(badCert.signature, 'unchecked');
  assert.match(badCert.findings[0].reason, /32 hexadecimal characters/);
});

test('another project\'s App ID is 110; an App ID that is not one at all is 101', () => {
  const d = diagnoseToken(uidToken, {...join, appId: 'a'.repeat(32)});
  assert.deepEqual([d.verdict, d.code, d.findings[0].title], ['rejected', 110, 'App ID mismatch']);
  assert.match(d.findings[0].fix, /same project/);
  assert.match(diagnoseToken(uidToken, {...join, appId: appId.toLowerCase()}).findings[0].reason, /only in letter case/);
  for (const bad of ['', 'not-an-app-id', appId.slice(1), ` ${appId}`]) {
    const invalid = diagnoseToken(uidToken, {...join, appId: bad});
    assert.deepEqual([invalid.code, invalid.findings[0].title], [101, 'invalid App ID'], JSON.stringify(bad));
  }
  const legacy = buildToken006({appId, appCertificate, channelName: 'demo', uid: 42, salt: 1, ts: issueTs + 86400, privileges: {1: 0}});
  assert.equal(diagnoseToken(legacy, {...join, appId: 'b'.repeat(32)}).code, 110);
  assert.equal(diagnoseToken(legacy, {...join, appId: 'nope'}).code, 101);
});

test('wildcard tokens: an empty or "*" channel and a "*" user match as Agora documents, with the risk named', () => {
  const rtc = (channelName: string, uid: string, privileges: Record<number, number>) =>
    buildAccessToken2({...common, expire: 3600, services: [{type: 1, channelName, uid, privileges}]});
  const publisher = {1: 3600, 2: 3600, 3: 3600, 4: 3600};
  const subscriber = {1: 3600};
  for (const channel of ['', '*']) {
    for (const joinChannel of ['demo', 'other room', 'x']) {
      const d = diagnoseToken(rtc(channel, '42', subscriber), {...join, channelName: joinChannel, publish: false});
      assert.equal(d.verdict, 'joins', `${JSON.stringify(channel)} admits ${joinChannel}`);
      const w = d.findings.find((f) => f.title.startsWith('wildcard token'));
      assert.deepEqual([w?.code, w?.title], ['info', 'wildcard token: any channel']);
    }
  }
  const pattern = rtc('1*a*2', '42', subscriber);
  for (const ok of ['1abc2', '1a2', '1xxaxx2']) assert.equal(diagnoseToken(pattern, {...join, channelName: ok, publish: false}).verdict, 'joins', ok);
  for (const no of ['abc2', '1bc2', '1abc', '2a1']) {
    const d = diagnoseToken(pattern, {...join, channelName: no, publish: false});
    assert.deepEqual([d.code, d.findings[0].title], [110, 'wrong channel'], no);
  }
  const anyUser = rtc('demo', '*', publisher);
  for (const uid of [1, 42, 4294967295, 'alice']) assert.equal(diagnoseToken(anyUser, {...join, uid}).verdict, 'joins', String(uid));
  const risky = diagnoseToken(anyUser, join).findings.find((f) => f.title.startsWith('wildcard token'));
  assert.deepEqual([risky?.code, risky?.title], ['warning', 'wildcard token: any user']);
  assert.match(risky?.fix ?? '', /subscriber role/);
  const users = rtc('demo', 'team-*', subscriber);
  assert.equal(diagnoseToken(users, {...join, uid: 'team-ana', publish: false}).verdict, 'joins');
  assert.equal(diagnoseToken(users, {...join, uid: 'ana', publish: false}).code, 110);
  assert.equal(diagnoseToken(users, {...join, uid: 0, publish: false}).code, 110);
  const uid0 = buildRtcTokenWithUid({...common, channelName: '', uid: 0, role: 2, tokenExpire: 3600});
  const both = diagnoseToken(uid0, {...join, channelName: 'lobby', uid: 7, publish: false});
  assert.equal(both.verdict, 'joins');
  assert.ok(titles(both).includes('info: wildcard token: any channel, any user'), titles(both).join('; '));
});

test('110: wrong channel (and the letter-case hint), wrong uid, uid type, certificate, no RTC service', () => {
  const channel = diagnoseToken(uidToken, {...join, channelName: 'Demo'});
  assert.deepEqual([channel.code, channel.findings[0].title], [110, 'wrong channel']);
  assert.match(channel.findings[0].reason, /letter case/);
  const uid = diagnoseToken(uidToken, {...join, uid: 43});
  assert.deepEqual([uid.code, uid.findings[0].title], [110, 'wrong uid']);
  const zero = diagnoseToken(uidToken, {...join, uid: 0});
  assert.match(zero.findings[0].reason, /SDK assigns a random uid/);
  const asAccount = diagnoseToken(uidToken, {...join, uid: 'bob'});
  assert.match(asAccount.findings[0].title, /uid type mismatch: the token is for an integer uid/);
  const accountToken = buildRtcTokenWithUserAccount({...common, channelName: 'demo', account: 'bob', role: 1, tokenExpire: 3600});
  const asUid = diagnoseToken(accountToken, {...join, uid: 42});
  assert.deepEqual([asUid.code, asUid.findings[0].title], [110, 'uid type mismatch: the token is for a user account']);
  assert.equal(diagnoseToken(accountToken, {...join, uid: 'bob'}).verdict, 'joins');
  const cert = diagnoseToken(uidToken, {...join, appCertificate: 'f'.repeat(32)});
  assert.deepEqual([cert.code, cert.signature], [110, 'invalid']);
  const rtm = diagnoseToken(buildRtmToken({...common, userId: 'bob', expire: 3600}), join);
  assert.deepEqual([rtm.code, rtm.findings[0].title], [110, 'the token has no RTC service']);
  assert.match(rtm.findings[0].reason, /RTM/);
  const garbage = diagnoseToken('007nonsense', join);
  assert.deepEqual([garbage.code, garbage.findings[0].title], [110, 'Agora cannot read this token']);
});

test('uid 0 tokens admit any uid; the string "0" and PHP\'s "0" are flagged', () => {
  const any = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 0, role: 1, tokenExpire: 3600});
  assert.equal(diagnoseToken(any, {...join, uid: 12345}).verdict, 'joins');
  const stringZero = diagnoseToken(any, {...join, uid: '0'});
  assert.ok(titles(stringZero).includes('warning: the uid is the string "0"'));
  const php = buildAccessToken2({...common, expire: 3600, services: [{type: 1, channelName: 'demo', uid: '0', privileges: {1: 0, 2: 0, 3: 0, 4: 0}}]});
  const d = diagnoseToken(php, {...join, uid: 0});
  assert.equal(d.code, 110);
  assert.ok(titles(d).includes('warning: the token uid is the string "0"'));
});

test('109: expired token, 24-hour cap, zero lifetime, expired join privilege', () => {
  const expired = diagnoseToken(uidToken, {...join, now: issueTs + 3600});
  assert.deepEqual([expired.code, expired.findings[0].title], [109, 'token expired']);
  const week = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: 7 * 86400});
  const capped = diagnoseToken(week, {...join, now: issueTs + 86400 + 5});
  assert.equal(capped.code, 109);
  assert.match(capped.findings[0].reason, /24 hours after issue/);
  assert.ok(titles(capped).includes('warning: expire is longer than 24 hours'));
  const zero = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: 0});
  const zeroFinding = diagnoseToken(zero, join).findings[0];
  assert.deepEqual([diagnoseToken(zero, join).code, zeroFinding.title], [109, 'token expired']);
  assert.match(zeroFinding.reason, /A token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109\./);
  assert.match(zeroFinding.reason, /A privilege lifetime of 0 means the privilege itself does not expire; the token still does\./);
  const shortJoin = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600, privilegeExpire: 30});
  assert.deepEqual([diagnoseToken(shortJoin, join).code, diagnoseToken(shortJoin, join).findings[0].title], [109, 'the join privilege expired']);
});

test('an expiry that looks like a Unix time is flagged; a future issue time is flagged', () => {
  const absolute = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: issueTs + 3600});
  const d = diagnoseToken(absolute, join);
  assert.ok(titles(d).includes('warning: expire looks like an absolute Unix time'));
  assert.match(d.findings.find((f) => /Unix time/.test(f.title))?.reason ?? '', /006 habit/);
  const millis = diagnoseToken(buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600000}), join);
  assert.ok(titles(millis).includes('warning: expire looks like milliseconds'), titles(millis).join('; '));
  assert.ok(!titles(millis).includes('warning: expire is longer than 24 hours'));
  assert.match(millis.findings.find((f) => /milliseconds/.test(f.title))?.fix ?? '', /3600, not 3600000/);
  const millisPrivilege = diagnoseToken(buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600, privilegeExpire: 600000}), join);
  assert.ok(titles(millisPrivilege).includes('warning: privilege joinChannel looks like milliseconds'), titles(millisPrivilege).join('; '));
  const future = diagnoseToken(uidToken, {...join, now: issueTs - 3600});
  assert.ok(titles(future).includes('warning: issued in the future'));
});

test('joins but cannot publish: subscriber role, expired publish privilege', () => {
  const sub = buildRtcTokenWithUid({...common, channelName: 'demo', uid: 42, role: 2, tokenExpire: 3600});
  const d = diagnoseToken(sub, join);
  assert.equal(d.verdict, 'joins-cannot-publish');
  assert.match(d.findings[0].reason, /co-host authentication/);
  assert.equal(diagnoseToken(sub, {...join, publish: false}).verdict, 'joins');
  const pubShort = buildAccessToken2({...common, expire: 3600, services: [{type: 1, channelName: 'demo', uid: '42', privileges: {1: 3600, 2: 30, 3: 30, 4: 30}}]});
  const p = diagnoseToken(pubShort, join);
  assert.equal(p.verdict, 'joins-cannot-publish');
  assert.match(p.findings[0].title, /publishAudioStream privilege expired/);
});

test('006 tokens: channel and uid by checksum, absolute times, relative-time mistake', () => {
  const t = buildToken006({appId, appCertificate, channelName: 'demo', uid: 42, salt: 1, ts: issueTs + 86400, privileges: {1: issueTs + 3600, 2: issueTs + 3600, 3: issueTs + 3600}});
  const ok = diagnoseToken(t, join);
  assert.equal(ok.verdict, 'joins');
  assert.equal(ok.signature, 'valid');
  // "version 006/007 token" only: the legacy names (AccessToken, Dynamic Key, Channel Key) stay in the glossary.
  const legacy = ok.findings.find((f) => f.title === 'legacy 006 token');
  assert.match(`${legacy?.reason} ${legacy?.fix}`, /This is a version 006 token\..*builder of version 007 tokens/);
  for (const f of [...ok.findings, ...diagnoseToken(uidToken, join).findings]) {
    assert.doesNotMatch(`${f.title} ${f.reason} ${f.fix}`, /AccessToken|Dynamic Key|Channel Key/i);
  }
  assert.equal(diagnoseToken(t, {...join, channelName: 'other'}).code, 110);
  assert.equal(diagnoseToken(t, {...join, uid: 7}).code, 110);
  assert.equal(diagnoseToken(t, {...join, appCertificate: 'f'.repeat(32)}).signature, 'invalid');
  assert.equal(diagnoseToken(t, {...join, now: issueTs + 90000}).code, 109);
  const relative = buildToken006({appId, appCertificate, channelName: 'demo', uid: 42, salt: 1, ts: issueTs + 86400, privileges: {1: 3600}});
  const r = diagnoseToken(relative, join);
  assert.equal(r.code, 109);
  assert.match(r.findings[0].reason, /Unix time in 1970/);
  const php = buildToken006({appId, appCertificate, channelName: 'demo', uid: '0', salt: 1, ts: issueTs + 86400, privileges: {1: 0}});
  assert.match(diagnoseToken(php, {...join, uid: 0}).findings.find((f) => f.code === 110)?.title ?? '', /string "0"/);
});
