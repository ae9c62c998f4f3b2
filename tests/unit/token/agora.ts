// Harness around the reference implementation, agora-token 2.0.6: its builders with an
// injected salt and issue time (it has no parameter for them), and its 006 AccessToken.
import {createRequire} from 'node:module';
import {join} from 'node:path';
import type {BuildParams, BuilderKind, RtcRole} from '../../../src/token';

// Resolved from the repository root (every test runner starts there), so this file also loads
// under Playwright's TypeScript transform, which has no import.meta.
const require = createRequire(join(process.cwd(), 'package.json'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
export const agora: Any = require('agora-token');
export const {AccessToken2, ServiceRtc, ServiceRtm}: Any = require('agora-token/src/AccessToken2.js');
export const {AccessToken: AccessToken006}: Any = require('agora-token/src/AccessToken.js');

const injected = {salt: 1, issueTs: 0};
const originalBuild = AccessToken2.prototype.build;
// Every agora-token builder ends in AccessToken2#build: set the salt and issue time there.
AccessToken2.prototype.build = function build(this: Any) {
  this.salt = injected.salt;
  this.issueTs = injected.issueTs;
  return originalBuild.call(this);
};

function roleNumber(role: RtcRole): number {
  return role === 'publisher' ? 1 : role === 'subscriber' ? 2 : role;
}

function rtm2Permissions(entries: BuildParams['rtmPermissions']['permissions']): Any {
  const p = new agora.Rtm2Permissions();
  for (const e of entries) p.add(e.resourceType, e.permissionType, e.resources);
  return p;
}

/**
 * agora-token has no builder for an RTM token with a stream channel: compose it from its own
 * AccessToken2 services as AgoraIO-Community/go-tokenbuilder's RTM BuildToken does (RTC service
 * for (channel, user) with join + publish data stream, then RTM login; all lasting `expire`).
 */
function agoraRtmStreamToken(a: string, c: string, userId: string, expire: number, channel: string): string {
  const token = new AccessToken2(a, c, null, expire);
  const rtc = new ServiceRtc(channel, userId);
  rtc.add_privilege(ServiceRtc.kPrivilegeJoinChannel, expire);
  rtc.add_privilege(ServiceRtc.kPrivilegePublishDataStream, expire);
  token.add_service(rtc);
  const rtm = new ServiceRtm(userId);
  rtm.add_privilege(ServiceRtm.kPrivilegeLogin, expire);
  token.add_service(rtm);
  return token.build();
}

/** The agora-token call equivalent to one of our builders, with the same salt and issue time. */
export function agoraBuild<K extends BuilderKind>(kind: K, params: BuildParams[K], variant = 0): string {
  const q = params as Any;
  injected.salt = q.salt;
  injected.issueTs = q.issueTs;
  const {appId: a, appCertificate: c} = q;
  const R = agora.RtcTokenBuilder;
  const apaas = variant % 2 === 0 ? agora.ApaasTokenBuilder : agora.EducationTokenBuilder;
  switch (kind) {
    case 'rtcUid':
      return R.buildTokenWithUid(a, c, q.channelName, q.uid, roleNumber(q.role), q.tokenExpire, q.privilegeExpire);
    case 'rtcAccount':
      return R.buildTokenWithUserAccount(a, c, q.channelName, q.account, roleNumber(q.role), q.tokenExpire, q.privilegeExpire);
    case 'rtcUidPrivileges':
      return R.buildTokenWithUidAndPrivilege(a, c, q.channelName, q.uid, q.tokenExpire, q.joinChannelPrivilegeExpire, q.pubAudioPrivilegeExpire, q.pubVideoPrivilegeExpire, q.pubDataStreamPrivilegeExpire);
    case 'rtcAccountPrivileges':
      return R.BuildTokenWithUserAccountAndPrivilege(a, c, q.channelName, q.account, q.tokenExpire, q.joinChannelPrivilegeExpire, q.pubAudioPrivilegeExpire, q.pubVideoPrivilegeExpire, q.pubDataStreamPrivilegeExpire);
    case 'rtcRtm':
      return R.buildTokenWithRtm(a, c, q.channelName, q.account, roleNumber(q.role), q.tokenExpire, q.privilegeExpire);
    case 'rtcRtm2':
    case 'convoAi':
    case 'stt': {
      const args = [a, c, q.channelName, q.rtcAccount, roleNumber(q.rtcRole), q.rtcTokenExpire, q.joinChannelPrivilegeExpire, q.pubAudioPrivilegeExpire, q.pubVideoPrivilegeExpire, q.pubDataStreamPrivilegeExpire, q.rtmUserId, q.rtmTokenExpire];
      if (kind === 'rtcRtm2') return R.buildTokenWithRtm2(...args);
      return kind === 'convoAi' ? agora.ConvoAITokenBuilder.buildToken(...args) : agora.SttTokenBuilder.buildToken(...args);
    }
    case 'rtm':
      if (q.streamChannel !== undefined) return agoraRtmStreamToken(a, c, q.userId, q.expire, q.streamChannel);
      return agora.RtmTokenBuilder.buildToken(a, c, q.userId, q.expire);
    case 'rtmPermissions':
      return agora.RtmTokenBuilder.buildTokenWithPermissions(a, c, q.userId, rtm2Permissions(q.permissions), q.expire);
    case 'chatUser':
      return agora.ChatTokenBuilder.buildUserToken(a, c, q.userId, q.expire);
    case 'chatApp':
      return agora.ChatTokenBuilder.buildAppToken(a, c, q.expire);
    case 'fpa':
      return agora.FpaTokenBuilder.buildToken(a, c);
    case 'apaasRoomUser':
      return apaas.buildRoomUserToken(a, c, q.roomUuid, q.userUuid, q.role, q.expire);
    case 'apaasUser':
      return apaas.buildUserToken(a, c, q.userUuid, q.expire);
    case 'apaasApp':
      return apaas.buildAppToken(a, c, q.expire);
  }
  throw new Error(`no agora-token equivalent for ${String(kind)}`);
}

/** agora-token's parser and signature check on a 007 token. */
export function agoraParse(token: string, certificate: string): {parsed: boolean; verified: boolean; parser: Any} {
  const parser = new AccessToken2('', '', 0, 0);
  const parsed = parser.from_string(token);
  return {parsed, verified: parsed && parser.verifySignature(certificate), parser};
}

/** agora-token's 006 AccessToken with a fixed salt and ts. */
export function agoraBuild006(p: {appId: string; appCertificate: string; channelName: string; uid: number | string; privileges: Record<number, number>; salt: number; ts: number}): string {
  const t = new AccessToken006(p.appId, p.appCertificate, p.channelName, p.uid);
  t.salt = p.salt;
  t.ts = p.ts;
  for (const [id, v] of Object.entries(p.privileges)) t.addPriviledge(Number(id), v);
  return t.build();
}
