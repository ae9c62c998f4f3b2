import agoraToken from 'agora-token';
import {createRequire} from 'node:module';
import {HttpError} from './errors.js';
import type {Role} from './validate.js';

// agora-token is CommonJS: take the builders from its default export.
const {RtcTokenBuilder, RtcRole, RtmTokenBuilder, ChatTokenBuilder} = agoraToken;
// agora-token has no builder for an RTM token with a stream channel; its AccessToken2 classes
// (not in its type declarations, hence the untyped require) compose one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const {AccessToken2, ServiceRtc, ServiceRtm} = createRequire(import.meta.url)('agora-token/src/AccessToken2.js') as any;

export type Credentials = {appId: string; appCertificate: string};

/** An RTC user: an integer uid (0 = anyone) or a string user account. */
export type RtcUser = {kind: 'uid'; uid: number} | {kind: 'userAccount'; account: string};

// agora-token returns "" instead of throwing when it dislikes its input. Inputs are validated
// before they get here, so an empty token is a server bug: never send it to a client.
function nonEmpty(token: string, what: string): string {
  if (typeof token !== 'string' || !token.startsWith('007')) {
    throw new HttpError(500, 'token_build_failed', `The server could not build the ${what} token. See the server log.`);
  }
  return token;
}

/**
 * An RTC token. Token and privileges share one lifetime (seconds from now); a subscriber gets
 * the join privilege only, a publisher also gets publish audio, video and data stream.
 */
export function rtcToken(c: Credentials, channel: string, user: RtcUser, role: Role, expire: number): string {
  const r = role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
  const token =
    user.kind === 'uid'
      ? RtcTokenBuilder.buildTokenWithUid(c.appId, c.appCertificate, channel, user.uid, r, expire, expire)
      : RtcTokenBuilder.buildTokenWithUserAccount(c.appId, c.appCertificate, channel, user.account, r, expire, expire);
  return nonEmpty(token, 'RTC');
}

/**
 * An RTM (Signaling) login token for one user ID. With a stream channel (RTM 2.x), the token
 * also lets that user join the channel and publish data to it: an RTC service for
 * (channel, user ID) with join and publish-data-stream privileges, the token agora-token-service
 * hands out for /rte and for POST /getToken with a channel.
 */
export function rtmToken(c: Credentials, userId: string, expire: number, streamChannel?: string): string {
  if (streamChannel === undefined) return nonEmpty(RtmTokenBuilder.buildToken(c.appId, c.appCertificate, userId, expire), 'RTM');
  const token = new AccessToken2(c.appId, c.appCertificate, null, expire);
  const stream = new ServiceRtc(streamChannel, userId);
  stream.add_privilege(ServiceRtc.kPrivilegeJoinChannel, expire);
  stream.add_privilege(ServiceRtc.kPrivilegePublishDataStream, expire);
  token.add_service(stream);
  const login = new ServiceRtm(userId);
  login.add_privilege(ServiceRtm.kPrivilegeLogin, expire);
  token.add_service(login);
  return nonEmpty(token.build(), 'RTM');
}

/** A Chat user token, or with no user an app token (for your own back end's REST calls). */
export function chatToken(c: Credentials, userId: string | undefined, expire: number): string {
  const token =
    userId === undefined
      ? ChatTokenBuilder.buildAppToken(c.appId, c.appCertificate, expire)
      : ChatTokenBuilder.buildUserToken(c.appId, c.appCertificate, userId, expire);
  return nonEmpty(token, 'Chat');
}
