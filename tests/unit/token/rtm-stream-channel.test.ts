// RTM token with an RTM 2.x stream channel (the form agora-token-service hands out for /rte and
// POST /getToken with a channel): differential against tokens composed from agora-token's own
// AccessToken2 services, plus the decoded shape and the input checks.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildRtmToken, buildToken, decodeToken, TokenInputError, verifyToken, type DecodedToken007} from '../../../src/token';
import {agoraBuild, agoraParse} from './agora';
import {Gen} from './gen';

test('RTM token with a stream channel: 1,000 random inputs equal the agora-token composition and verify', () => {
  const gen = new Gen(20261130);
  for (let i = 0; i < 1000; i++) {
    const params = {appId: gen.hex32(), appCertificate: gen.hex32(), salt: gen.u32() || 1, issueTs: gen.u32(), userId: gen.rtmUser(), expire: gen.expire(), streamChannel: gen.channel()};
    const label = JSON.stringify(params);
    const ours = buildToken('rtm', params);
    assert.equal(ours, agoraBuild('rtm', params), label);
    const parsed = agoraParse(ours, params.appCertificate);
    assert.ok(parsed.parsed && parsed.verified, `${label}: agora-token rejects it`);
    assert.equal(verifyToken(ours, params.appCertificate).status, 'valid', label);
  }
});

test('RTM token with a stream channel carries RTC join + publish data stream for (channel, user), then RTM login', () => {
  const token = buildRtmToken({appId: '970ca35de60c44645bbae8a215061b33', appCertificate: '5cfd2fd1755d40ecb72977518be15d3b', userId: 'alice', expire: 600, streamChannel: 'room-1', salt: 7, issueTs: 1700000000});
  const decoded = decodeToken(token);
  assert.ok(decoded.ok);
  const t = decoded.token as DecodedToken007;
  assert.deepEqual(
    t.services.map((s) => ({type: s.type, privileges: s.privileges.map((p) => [p.id, p.expire])})),
    [{type: 1, privileges: [[1, 600], [4, 600]]}, {type: 2, privileges: [[1, 600]]}],
  );
  const rtc = t.services[0] as {channelName: string; uid: string};
  assert.deepEqual([rtc.channelName, rtc.uid], ['room-1', 'alice']);
  // Without a stream channel the token is the plain RTM login token.
  const plain = decodeToken(buildRtmToken({appId: '970ca35de60c44645bbae8a215061b33', appCertificate: '5cfd2fd1755d40ecb72977518be15d3b', userId: 'alice', expire: 600}));
  assert.ok(plain.ok);
  assert.deepEqual((plain.token as DecodedToken007).services.map((s) => s.type), [2]);
});

test('RTM stream channel: a bad channel name is refused by name', () => {
  assert.throws(
    () => buildRtmToken({appId: '970ca35de60c44645bbae8a215061b33', appCertificate: '5cfd2fd1755d40ecb72977518be15d3b', userId: 'alice', expire: 600, streamChannel: 'a/b'}),
    (e: unknown) => e instanceof TokenInputError && e.issues.some((i) => i.field === 'streamChannel'),
  );
});
