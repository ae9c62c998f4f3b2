// Regenerates the known-answer vectors in this folder from agora-token 2.0.6 (the reference),
// with a fixed salt and issue time: `npx tsx tests/vectors/generate.ts`. The unit test
// tests/unit/token/vectors.test.ts checks that both agora-token and our engine still produce them.
import {writeFileSync} from 'node:fs';
import {buildToken006, decodeToken, tokenToJSON, type BuildParams, type BuilderKind, type Token006Params} from '../../src/token';
import {toHex} from '../../src/token/bytes';
import {agoraBuild, agoraBuild006} from '../unit/token/agora';

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const channelName = '7d72365eb983485397e3e3f9d460bdda';
const fixed = {appId, appCertificate, salt: 1, issueTs: 1111111};

interface Spec<K extends BuilderKind> {
  name: string;
  params: Omit<BuildParams[K], 'appId' | 'appCertificate' | 'salt' | 'issueTs'>;
}

const FILES: {[K in BuilderKind]: {engine: string; reference: string; description: string; vectors: Spec<K>[]}} = {
  rtcUid: {engine: 'buildRtcTokenWithUid', reference: 'RtcTokenBuilder.buildTokenWithUid', description: 'RTC token for an integer uid and a role.', vectors: [
    {name: 'publisher, uid 2882341273, privileges as long as the token', params: {channelName, uid: 2882341273, role: 1, tokenExpire: 600, privilegeExpire: 0}},
    {name: 'subscriber, uid 0 (written as an empty uid: anyone may join)', params: {channelName, uid: 0, role: 2, tokenExpire: 3600, privilegeExpire: 600}},
  ]},
  rtcAccount: {engine: 'buildRtcTokenWithUserAccount', reference: 'RtcTokenBuilder.buildTokenWithUserAccount', description: 'RTC token for a string user account and a role.', vectors: [
    {name: 'publisher, account "2882341273" (same bytes as uid 2882341273)', params: {channelName, account: '2882341273', role: 1, tokenExpire: 600, privilegeExpire: 0}},
    {name: 'subscriber, account "alice"', params: {channelName, account: 'alice', role: 2, tokenExpire: 3600, privilegeExpire: 3600}},
  ]},
  rtcUidPrivileges: {engine: 'buildRtcTokenWithUidAndPrivileges', reference: 'RtcTokenBuilder.buildTokenWithUidAndPrivilege', description: 'RTC token for an integer uid with a separate expiry per privilege.', vectors: [
    {name: 'join 600 s, audio 300 s, video 200 s, data 100 s', params: {channelName, uid: 2882341273, tokenExpire: 600, joinChannelPrivilegeExpire: 600, pubAudioPrivilegeExpire: 300, pubVideoPrivilegeExpire: 200, pubDataStreamPrivilegeExpire: 100}},
  ]},
  rtcAccountPrivileges: {engine: 'buildRtcTokenWithUserAccountAndPrivileges', reference: 'RtcTokenBuilder.BuildTokenWithUserAccountAndPrivilege', description: 'RTC token for a user account with a separate expiry per privilege.', vectors: [
    {name: 'account "alice", publishing privileges end before the token', params: {channelName, account: 'alice', tokenExpire: 3600, joinChannelPrivilegeExpire: 3600, pubAudioPrivilegeExpire: 1800, pubVideoPrivilegeExpire: 1800, pubDataStreamPrivilegeExpire: 0}},
  ]},
  rtcRtm: {engine: 'buildRtcRtmToken', reference: 'RtcTokenBuilder.buildTokenWithRtm', description: 'RTC + RTM token: one account for both; RTM login lasts tokenExpire.', vectors: [
    {name: 'publisher "alice"', params: {channelName, account: 'alice', role: 1, tokenExpire: 600, privilegeExpire: 600}},
  ]},
  rtcRtm2: {engine: 'buildRtcRtmTokenWithPrivileges', reference: 'RtcTokenBuilder.buildTokenWithRtm2', description: 'RTC + RTM token with separate RTC user, RTM user ID and expiries.', vectors: [
    {name: 'RTC uid 2882341273 publisher, RTM user "test_user"', params: {channelName, rtcAccount: 2882341273, rtcRole: 1, rtcTokenExpire: 600, joinChannelPrivilegeExpire: 600, pubAudioPrivilegeExpire: 600, pubVideoPrivilegeExpire: 600, pubDataStreamPrivilegeExpire: 600, rtmUserId: 'test_user', rtmTokenExpire: 600}},
    {name: 'RTC account "alice" subscriber (publish expiries ignored)', params: {channelName, rtcAccount: 'alice', rtcRole: 2, rtcTokenExpire: 3600, joinChannelPrivilegeExpire: 3600, pubAudioPrivilegeExpire: 60, pubVideoPrivilegeExpire: 60, pubDataStreamPrivilegeExpire: 60, rtmUserId: 'alice', rtmTokenExpire: 3600}},
  ]},
  rtm: {engine: 'buildRtmToken', reference: 'RtmTokenBuilder.buildToken', description: 'RTM login token.', vectors: [
    {name: 'user "test_user"', params: {userId: 'test_user', expire: 600}},
  ]},
  rtmPermissions: {engine: 'buildRtmTokenWithPermissions', reference: 'RtmTokenBuilder.buildTokenWithPermissions', description: 'RTM token with RTM2 resource permissions (service type 8).', vectors: [
    {name: 'read all message channels, write "lobby", read user "bob"', params: {userId: 'test_user', expire: 600, permissions: [
      {resourceType: 0, permissionType: 0, resources: ['*']},
      {resourceType: 0, permissionType: 1, resources: ['lobby']},
      {resourceType: 4, permissionType: 0, resources: ['bob']},
    ]}},
  ]},
  chatUser: {engine: 'buildChatUserToken', reference: 'ChatTokenBuilder.buildUserToken', description: 'Chat user token.', vectors: [
    {name: 'user "2882341273"', params: {userId: '2882341273', expire: 600}},
  ]},
  chatApp: {engine: 'buildChatAppToken', reference: 'ChatTokenBuilder.buildAppToken', description: 'Chat app token (for Chat REST calls).', vectors: [
    {name: 'app token, 600 s', params: {expire: 600}},
  ]},
  fpa: {engine: 'buildFpaToken', reference: 'FpaTokenBuilder.buildToken', description: 'FPA token: lifetime fixed at 24 hours, login privilege 0.', vectors: [
    {name: 'FPA', params: {}},
  ]},
  apaasRoomUser: {engine: 'buildApaasRoomUserToken', reference: 'ApaasTokenBuilder.buildRoomUserToken (= EducationTokenBuilder)', description: 'APaaS/Education room-user token: APaaS (no privileges), RTM login as userUuid, Chat user md5(userUuid).', vectors: [
    {name: 'room "room-1", user "user-1", role 1', params: {roomUuid: 'room-1', userUuid: 'user-1', role: 1, expire: 600}},
    {name: 'role 0 is written as -1', params: {roomUuid: 'room-1', userUuid: 'user-1', role: 0, expire: 600}},
  ]},
  apaasUser: {engine: 'buildApaasUserToken', reference: 'ApaasTokenBuilder.buildUserToken (= EducationTokenBuilder)', description: 'APaaS/Education user token: empty room, role -1, user privilege.', vectors: [
    {name: 'user "user-1"', params: {userUuid: 'user-1', expire: 600}},
  ]},
  apaasApp: {engine: 'buildApaasAppToken', reference: 'ApaasTokenBuilder.buildAppToken (= EducationTokenBuilder)', description: 'APaaS/Education app token: empty room and user, role -1, app privilege.', vectors: [
    {name: 'app token, 600 s', params: {expire: 600}},
  ]},
  convoAi: {engine: 'buildConvoAiToken', reference: 'ConvoAITokenBuilder.buildToken', description: 'RTC + RTM + ConvoAI (type 9, no fields) token.', vectors: [
    {name: 'agent account "agent", RTM "agent"', params: {channelName, rtcAccount: 'agent', rtcRole: 1, rtcTokenExpire: 600, joinChannelPrivilegeExpire: 600, pubAudioPrivilegeExpire: 600, pubVideoPrivilegeExpire: 600, pubDataStreamPrivilegeExpire: 600, rtmUserId: 'agent', rtmTokenExpire: 600}},
  ]},
  stt: {engine: 'buildSttToken', reference: 'SttTokenBuilder.buildToken', description: 'RTC + RTM + STT (type 10, no fields) token.', vectors: [
    {name: 'bot uid 1000, RTM "1000"', params: {channelName, rtcAccount: 1000, rtcRole: 1, rtcTokenExpire: 600, joinChannelPrivilegeExpire: 600, pubAudioPrivilegeExpire: 600, pubVideoPrivilegeExpire: 600, pubDataStreamPrivilegeExpire: 600, rtmUserId: '1000', rtmTokenExpire: 600}},
  ]},
};

function contentOf(token: string): {content: string; signature: string; decoded: Record<string, unknown>} {
  const d = decodeToken(token);
  if (!d.ok) throw new Error(`cannot decode ${token}: ${d.error.message}`);
  return {content: toHex(d.token.content), signature: d.token.signature, decoded: tokenToJSON(d.token)};
}

const dir = new URL('./', import.meta.url);
for (const [kind, file] of Object.entries(FILES) as [BuilderKind, (typeof FILES)[BuilderKind]][]) {
  const vectors = file.vectors.map((v) => {
    const params = {...fixed, ...v.params} as BuildParams[typeof kind];
    const token = agoraBuild(kind, params);
    return {name: v.name, params, token, ...contentOf(token)};
  });
  const out = {
    format: 'agora-token-vector/1',
    version: '007',
    builder: kind,
    engineFunction: file.engine,
    reference: `agora-token 2.0.6 ${file.reference}`,
    description: file.description,
    notes: 'params include the fixed salt and issueTs; token was produced by the reference; content is the hex of the uncompressed token content (string(signature) then the signed bytes); decoded is the engine\'s decoding.',
    vectors,
  };
  writeFileSync(new URL(`${kind}.json`, dir), `${JSON.stringify(out, null, 2)}\n`);
}

const legacy006: Array<{name: string; params: Token006Params & {salt: number; ts: number}}> = [
  {name: 'publisher, uid 2882341273, privileges until ts 1446455471', params: {appId, appCertificate, channelName, uid: 2882341273, salt: 1, ts: 1111111, privileges: {1: 1446455471, 2: 1446455471, 3: 1446455471, 4: 1446455471}}},
  {name: 'uid 0 (empty uid), join only, no expiry', params: {appId, appCertificate, channelName, uid: 0, salt: 1, ts: 1111111, privileges: {1: 0}}},
  {name: 'RTM login for account "test_user" (channel = account, uid empty)', params: {appId, appCertificate, channelName: 'test_user', uid: '', salt: 1, ts: 1111111, privileges: {1000: 1446455471}}},
];
const legacy = legacy006.map((v) => {
  const token = agoraBuild006(v.params);
  if (token !== buildToken006(v.params)) throw new Error(`006 mismatch for ${v.name}`);
  const d = decodeToken(token);
  if (!d.ok) throw new Error('cannot decode 006 vector');
  return {name: v.name, params: v.params, token, content: toHex(d.token.content), signature: d.token.signature, decoded: tokenToJSON(d.token)};
});
writeFileSync(new URL('legacy006.json', dir), `${JSON.stringify({
  format: 'agora-token-vector/1',
  version: '006',
  builder: 'legacy006',
  engineFunction: 'buildToken006',
  reference: 'agora-token 2.0.6 src/AccessToken.js (AccessToken with salt and ts set)',
  description: 'Legacy 006 tokens: "006" + App ID + base64 of uncompressed content; privilege values are absolute Unix times.',
  notes: 'params.salt and params.ts are the fixed message salt and timestamp; verifying needs channelName and uid, which the token stores only as CRC-32.',
  vectors: legacy,
}, null, 2)}\n`);
console.log('vectors written');

// The expected tokens of agora-token's own test suite (test/AccessToken2Test.js), rebuilt with the
// low-level builder: these come from Agora, not from this generator.
const upstreamBase = {appId, appCertificate, salt: 1, issueTs: 1111111, expire: 600};
const upstream = [
  {name: 'AccessToken_Test: RTC uid 2882341273, join 600', services: [{type: 1, channelName, uid: '2882341273', privileges: {1: 600}}],
    token: '007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj'},
  {name: 'AccessToken_Test2: RTC uid 0 (empty), join 600', services: [{type: 1, channelName, uid: '', privileges: {1: 600}}],
    token: '007eJxTYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiQwMADacImo='},
  {name: 'AccessToken_Test4: RTC publisher + RTM "test_user"', services: [{type: 1, channelName, uid: '2882341273', privileges: {1: 600, 2: 600, 3: 600, 4: 600}}, {type: 2, userId: 'test_user', privileges: {1: 600}}],
    token: '007eJxTYOAQsrQ5s3TfH+1tvy8zZZ46EpCc0V43JXdGd2jS8porKo4KDJbmBs6OxqYpqWYGySYmZiamSUmJqRaJRoamBmaGScbG7l8EGCKYGBgYGRgYmBgYGVgYGMF8JjDJDCZZwKQCg3mKuZGxmWlqkqWFsYmFqbGleapxqnGaZYqJmUFSSkoiF4ORhYWRsYmhkbkxyCyISZwMJanFJfGlxalFACKnKng='},
  {name: 'AccessToken_Test_buildChatUserToken: Chat user "2882341273"', services: [{type: 5, userId: '2882341273', privileges: {1: 600}}],
    token: '007eJxTYNAIsnbS3v/A5t2TC6feR15r+6cq8bqAvfaW+tk/Vzz+p6xTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTAzTDI2dv8iwBDBxMDAyADCrAyMDIxgPheDkYWFkbGJoZG5MQAfpR64'},
  {name: 'AccessToken_Test_buildChatAppToken: Chat app', services: [{type: 5, userId: '', privileges: {2: 600}}],
    token: '007eJxTYNDNaz3snC8huEfHWdz6s98qltq4zqy9fl99Uh0FDvy6F6DAYGlu4OxobJqSamaQbGJiZmKalJSYapFoZGhqYGaYZGzs/kWAIYKJgYGRAYRZGRgZmMB8BgYArfIYaw=='},
].map((v) => ({name: v.name, params: {...upstreamBase, services: v.services}, token: v.token, ...contentOf(v.token)}));
writeFileSync(new URL('upstream.json', dir), `${JSON.stringify({
  format: 'agora-token-vector/1',
  version: '007',
  builder: 'accessToken2',
  engineFunction: 'buildAccessToken2',
  reference: 'agora-token 2.0.6 test/AccessToken2Test.js (expected tokens published by Agora)',
  description: 'Agora\'s own known answers for AccessToken2, expressed as explicit service lists.',
  notes: 'params.services lists each service with the exact uid/userId text written to the token and privilege id -> seconds after issueTs.',
  vectors: upstream,
}, null, 2)}\n`);
console.log('upstream vectors written');
