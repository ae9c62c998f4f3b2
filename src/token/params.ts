// The parameters of every builder, by builder kind: what a caller passes to buildToken.
import type {Rtm2PermissionEntry, ServiceSpec} from './services';

/** RTC role: 1 publisher (join + publish audio, video, data), 2 subscriber (join only). */
export type RtcRole = 1 | 2 | 'publisher' | 'subscriber';
/** Numeric RTC roles, as agora-token's RtcRole. */
export const RtcRole = {PUBLISHER: 1, SUBSCRIBER: 2} as const;

/** Inputs every builder takes. `salt` and `issueTs` default to a random salt and the clock. */
export interface CommonParams {
  /** 32 hex characters from Agora Console. */
  appId: string;
  /** 32 hex characters; used as text, so letter case matters. */
  appCertificate: string;
  /** 1..2^32-1; default: random 1..99999999. */
  salt?: number;
  /** Unix seconds; default: now. */
  issueTs?: number;
}

/** RTC token for an integer uid (0 = any uid may join) with a role. */
export interface RtcUidParams extends CommonParams {
  channelName: string;
  uid: number;
  role: RtcRole;
  /** Seconds after issueTs until the whole token expires. */
  tokenExpire: number;
  /** Seconds after issueTs until the privileges expire; 0 (default) = they never expire (Agora recommends the token's lifetime). */
  privilegeExpire?: number;
}

/** RTC token for a string user account with a role. */
export interface RtcAccountParams extends Omit<RtcUidParams, 'uid'> {
  account: string;
}

/** Per-privilege expiries (seconds after issueTs), shared by the "with privileges" builders. */
export interface RtcPrivilegeExpiries {
  joinChannelPrivilegeExpire: number;
  pubAudioPrivilegeExpire: number;
  pubVideoPrivilegeExpire: number;
  pubDataStreamPrivilegeExpire: number;
}

/** RTC token for an integer uid with a separate expiry per privilege. */
export interface RtcUidPrivilegeParams extends CommonParams, RtcPrivilegeExpiries {
  channelName: string;
  uid: number;
  tokenExpire: number;
}

/** RTC token for a user account with a separate expiry per privilege. */
export interface RtcAccountPrivilegeParams extends Omit<RtcUidPrivilegeParams, 'uid'> {
  account: string;
}

/** RTC + RTM token: the account is both the RTC user and the RTM user ID (so at most 64 bytes); RTM login lasts tokenExpire. */
export interface RtcRtmParams extends CommonParams {
  channelName: string;
  account: string;
  role: RtcRole;
  tokenExpire: number;
  privilegeExpire?: number;
}

/** RTC + RTM token with separate RTC user (uid number or account string), RTM user ID and expiries. */
export interface RtcRtm2Params extends CommonParams, RtcPrivilegeExpiries {
  channelName: string;
  rtcAccount: string | number;
  rtcRole: RtcRole;
  rtcTokenExpire: number;
  rtmUserId: string;
  rtmTokenExpire: number;
}

/** RTM login token. */
export interface RtmParams extends CommonParams {
  userId: string;
  /** Seconds after issueTs; both the token and the login privilege. */
  expire: number;
  /**
   * Optional RTM 2.x stream channel: the token then also carries an RTC service for
   * (streamChannel, userId) with join and publish-data-stream privileges, as the RTM builder of
   * AgoraIO-Community/go-tokenbuilder (used by agora-token-service) writes it.
   */
  streamChannel?: string;
}

/** RTM token with RTM2 resource permissions. */
export interface RtmPermissionsParams extends RtmParams {
  permissions: Rtm2PermissionEntry[];
}

/** Chat user token. */
export interface ChatUserParams extends CommonParams {
  userId: string;
  expire: number;
}

/** Chat app token (REST API calls). */
export interface ChatAppParams extends CommonParams {
  expire: number;
}

/** FPA token: agora-token fixes the lifetime at 24 hours and the login privilege at 0. */
export type FpaParams = CommonParams;

/** APaaS/Education room-user token: APaaS room user, RTM login as userUuid, Chat user md5(userUuid). */
export interface ApaasRoomUserParams extends CommonParams {
  roomUuid: string;
  userUuid: string;
  role: number;
  expire: number;
}

/** APaaS/Education user token. */
export interface ApaasUserParams extends CommonParams {
  userUuid: string;
  expire: number;
}

/** APaaS/Education app token. */
export interface ApaasAppParams extends CommonParams {
  expire: number;
}

/** Parameters of every named builder, by kind. */
export interface BuildParams {
  rtcUid: RtcUidParams;
  rtcAccount: RtcAccountParams;
  rtcUidPrivileges: RtcUidPrivilegeParams;
  rtcAccountPrivileges: RtcAccountPrivilegeParams;
  rtcRtm: RtcRtmParams;
  rtcRtm2: RtcRtm2Params;
  rtm: RtmParams;
  rtmPermissions: RtmPermissionsParams;
  chatUser: ChatUserParams;
  chatApp: ChatAppParams;
  fpa: FpaParams;
  apaasRoomUser: ApaasRoomUserParams;
  apaasUser: ApaasUserParams;
  apaasApp: ApaasAppParams;
  convoAi: RtcRtm2Params;
  stt: RtcRtm2Params;
}
/** Name of a builder kind: a key of BUILDERS. */
export type BuilderKind = keyof BuildParams;

/** Low-level 007 input: any services, in any order (they are written in ascending type order). */
export interface AccessToken2Params extends CommonParams {
  /** Seconds after issueTs until the token expires. */
  expire: number;
  services: ServiceSpec[];
}
