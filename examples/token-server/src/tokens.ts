import agoraToken from 'agora-token';
import {HttpError} from './errors.js';
import type {Role} from './validate.js';

// agora-token is CommonJS: take the builders from its default export.
const {RtcTokenBuilder, RtcRole, RtmTokenBuilder, ChatTokenBuilder} = agoraToken;

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

/** An RTM (Signaling) login token for one user ID. */
export function rtmToken(c: Credentials, userId: string, expire: number): string {
  return nonEmpty(RtmTokenBuilder.buildToken(c.appId, c.appCertificate, userId, expire), 'RTM');
}

/** A Chat user token, or with no user an app token (for your own back end's REST calls). */
export function chatToken(c: Credentials, userId: string | undefined, expire: number): string {
  const token =
    userId === undefined
      ? ChatTokenBuilder.buildAppToken(c.appId, c.appCertificate, expire)
      : ChatTokenBuilder.buildUserToken(c.appId, c.appCertificate, userId, expire);
  return nonEmpty(token, 'Chat');
}
