// Token 007 builders, one per builder of agora-token 2.0.6, with the same bytes for the same
// inputs, salt and issue time. Unlike agora-token they throw TokenInputError instead of
// returning "" or writing "undefined" into a token.
//
// Each builder kind is one record (BuilderSpec): its label, the services it writes, the checks
// its parameters pass, and how its parameters become services; its parameter type sits beside
// it. The named builders, buildToken, validateBuildParams, the playground, the CLI and the tests
// all read these records (BUILDERS), and the kinds from its keys.
import {ByteWriter, concat, toBase64} from './bytes';
import {hmacSha256, md5Hex, nowSeconds, randomSalt} from './crypto';
import {signingKey} from './sign';
import {zlibCompress} from './zlib';
import {TokenInputError, type FieldIssue} from './errors';
import {encodeService, RtcPrivilege, type PrivilegeMap, type Rtm2PermissionEntry, type ServiceSpec, type ServiceTypeId} from './services';
import {
  apaasRoleError, expireError, issue, rtcUserError, rtmUserIdError, tokenAccountError, tokenChannelError, tokenUidError, validateRtcRole, validateRtm2Permissions,
} from './validate';
import {assertValid, chatUserId, checkSpec, roomUuid, runAllChecks, runChecks, userUuid, type Check} from './checks';
import {uidText, type AccessToken2Params, type CommonParams, type RtcPrivilegeExpiries, type RtcRole} from './params';

/** One builder kind: everything the engine and its views know about it. */
export interface BuilderSpec<P> {
  /** Its name for a reader, e.g. "RTC, by uid". */
  label: string;
  /** The service types its tokens carry, in the order they are written. */
  serviceTypes: readonly ServiceTypeId[];
  /** The checks of its own parameters (the credentials, salt and issue time are checked for every kind). */
  checks: Check[];
  /** The token's lifetime, from the parameters. */
  expire: (p: P) => number;
  /** The services to write, from the parameters. */
  services: (p: P) => ServiceSpec[];
}

/** A token just built, with what went into it: no need to decode it again to show it. */
export interface BuiltToken {
  token: string;
  issueTs: number;
  salt: number;
  /** Lifetime in seconds after issueTs. */
  expire: number;
  /** issueTs + expire. */
  expiresAt: number;
  /** The services as written: ascending type order, as a decoder reads them back. */
  services: ServiceSpec[];
}

function isPublisher(role: RtcRole): boolean {
  return role === 1 || role === 'publisher';
}

/** Signs and packs already validated fields. */
function encodeAccessToken2(appId: string, certificate: string, issueTs: number, salt: number, expire: number, services: ServiceSpec[]): BuiltToken {
  // Array sort is stable (ES2019), so services of the same type keep their order.
  const ordered = [...services].sort((a, b) => a.type - b.type);
  const w = new ByteWriter().string(appId).u32(issueTs).u32(expire).u32(salt).u16(ordered.length);
  for (const s of ordered) encodeService(w, s);
  const signingInfo = w.finish();
  const signature = hmacSha256(signingKey(certificate, issueTs, salt), signingInfo);
  const content = concat([new ByteWriter().bytes(signature).finish(), signingInfo]);
  return {token: `007${toBase64(zlibCompress(content))}`, issueTs, salt, expire, expiresAt: issueTs + expire, services: ordered};
}

/**
 * Builds a 007 token from explicit services: the generic form every named builder uses.
 * Services are written in ascending type order (stable for repeated types).
 */
export function buildAccessToken2(params: AccessToken2Params): string {
  const p = (params ?? {}) as AccessToken2Params;
  const issues: FieldIssue[] = runChecks(p, [['expire', expireError]]);
  if (!Array.isArray(p.services) || p.services.length === 0) {
    issues.push(issue('services', 'required', p.services, 'A token needs at least one service.'));
  } else if (p.services.length > 65535) {
    issues.push(issue('services', 'length', p.services.length, 'A token holds at most 65535 services.'));
  } else {
    p.services.forEach((s, i) => {
      const bad = checkSpec(s, i);
      if (bad) issues.push(bad);
    });
  }
  assertValid(issues);
  return encodeAccessToken2(p.appId, p.appCertificate, p.issueTs ?? nowSeconds(), p.salt ?? randomSalt(), p.expire, p.services).token;
}

function make<P extends CommonParams>(spec: BuilderSpec<P>, params: P): BuiltToken {
  assertValid(runChecks(params, spec.checks));
  return encodeAccessToken2(params.appId, params.appCertificate, params.issueTs ?? nowSeconds(), params.salt ?? randomSalt(), spec.expire(params), spec.services(params));
}

function rtcService(channelName: string, user: string | number, privileges: PrivilegeMap): ServiceSpec {
  return {type: 1, channelName, uid: uidText(user), privileges};
}

function rolePrivileges(role: RtcRole, join: number, audio: number, video: number, data: number): PrivilegeMap {
  const map: PrivilegeMap = {[RtcPrivilege.JOIN_CHANNEL]: join};
  if (isPublisher(role)) {
    map[RtcPrivilege.PUBLISH_AUDIO_STREAM] = audio;
    map[RtcPrivilege.PUBLISH_VIDEO_STREAM] = video;
    map[RtcPrivilege.PUBLISH_DATA_STREAM] = data;
  }
  return map;
}

function allPrivileges(p: RtcPrivilegeExpiries): PrivilegeMap {
  return {1: p.joinChannelPrivilegeExpire, 2: p.pubAudioPrivilegeExpire, 3: p.pubVideoPrivilegeExpire, 4: p.pubDataStreamPrivilegeExpire};
}

function sameForAll(role: RtcRole, e = 0): PrivilegeMap {
  return rolePrivileges(role, e, e, e, e);
}

function rtcRtm2Services(p: RtcRtm2Params): ServiceSpec[] {
  return [
    rtcService(p.channelName, p.rtcAccount, rolePrivileges(p.rtcRole, p.joinChannelPrivilegeExpire, p.pubAudioPrivilegeExpire, p.pubVideoPrivilegeExpire, p.pubDataStreamPrivilegeExpire)),
    {type: 2, userId: p.rtmUserId, privileges: {1: p.rtmTokenExpire}},
  ];
}

/** APaaS role as agora-token writes it (`role || -1`). */
function apaasRole(role: number): number {
  return role || -1;
}

const tokenExpire = (p: {tokenExpire: number}) => p.tokenExpire;
const rtcTokenExpire = (p: {rtcTokenExpire: number}) => p.rtcTokenExpire;
const expire = (p: {expire: number}) => p.expire;

// One section per builder kind: the type of its parameters, its record, and the named builder
// that agora-token has for it. The records are plain object literals (no calls at module
// level), so that a bundle using one named builder drops the records and rules of the others.
// A new builder kind is a section here, its name in BUILDERS below, and a vector file in
// tests/vectors/ (every test and view reads the kinds from BUILDERS).

// RTC, by uid

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

const rtcUid: BuilderSpec<RtcUidParams> = {
  label: 'RTC, by uid', serviceTypes: [1],
  checks: [
    ['channelName', tokenChannelError], ['uid', tokenUidError], ['role', validateRtcRole], ['tokenExpire', expireError],
    ['privilegeExpire', expireError, true],
  ],
  expire: tokenExpire,
  services: (p) => [rtcService(p.channelName, p.uid, sameForAll(p.role, p.privilegeExpire))],
};

/** RTC token for an integer uid and a role (agora-token `buildTokenWithUid`). */
export function buildRtcTokenWithUid(params: RtcUidParams): string {
  return make(rtcUid, params).token;
}

// RTC, by user account

/** RTC token for a string user account with a role. */
export interface RtcAccountParams extends Omit<RtcUidParams, 'uid'> {
  account: string;
}

const rtcAccount: BuilderSpec<RtcAccountParams> = {
  label: 'RTC, by user account', serviceTypes: [1],
  checks: [
    ['channelName', tokenChannelError], ['account', tokenAccountError], ['role', validateRtcRole], ['tokenExpire', expireError],
    ['privilegeExpire', expireError, true],
  ],
  expire: tokenExpire,
  services: (p) => [rtcService(p.channelName, p.account, sameForAll(p.role, p.privilegeExpire))],
};

/** RTC token for a string user account and a role (`buildTokenWithUserAccount`). */
export function buildRtcTokenWithUserAccount(params: RtcAccountParams): string {
  return make(rtcAccount, params).token;
}

// RTC, by uid, one expiry per privilege

/** RTC token for an integer uid with a separate expiry per privilege. */
export interface RtcUidPrivilegeParams extends CommonParams, RtcPrivilegeExpiries {
  channelName: string;
  uid: number;
  tokenExpire: number;
}

const rtcUidPrivileges: BuilderSpec<RtcUidPrivilegeParams> = {
  label: 'RTC, by uid, one expiry per privilege', serviceTypes: [1],
  checks: [
    ['channelName', tokenChannelError], ['uid', tokenUidError], ['tokenExpire', expireError], ['joinChannelPrivilegeExpire', expireError],
    ['pubAudioPrivilegeExpire', expireError], ['pubVideoPrivilegeExpire', expireError], ['pubDataStreamPrivilegeExpire', expireError],
  ],
  expire: tokenExpire,
  services: (p) => [rtcService(p.channelName, p.uid, allPrivileges(p))],
};

/** RTC token for an integer uid with one expiry per privilege (`buildTokenWithUidAndPrivilege`). */
export function buildRtcTokenWithUidAndPrivileges(params: RtcUidPrivilegeParams): string {
  return make(rtcUidPrivileges, params).token;
}

// RTC, by user account, one expiry per privilege

/** RTC token for a user account with a separate expiry per privilege. */
export interface RtcAccountPrivilegeParams extends Omit<RtcUidPrivilegeParams, 'uid'> {
  account: string;
}

const rtcAccountPrivileges: BuilderSpec<RtcAccountPrivilegeParams> = {
  label: 'RTC, by user account, one expiry per privilege', serviceTypes: [1],
  checks: [
    ['channelName', tokenChannelError], ['account', tokenAccountError], ['tokenExpire', expireError],
    ['joinChannelPrivilegeExpire', expireError], ['pubAudioPrivilegeExpire', expireError], ['pubVideoPrivilegeExpire', expireError],
    ['pubDataStreamPrivilegeExpire', expireError],
  ],
  expire: tokenExpire,
  services: (p) => [rtcService(p.channelName, p.account, allPrivileges(p))],
};

/** RTC token for a user account with one expiry per privilege (`BuildTokenWithUserAccountAndPrivilege`). */
export function buildRtcTokenWithUserAccountAndPrivileges(params: RtcAccountPrivilegeParams): string {
  return make(rtcAccountPrivileges, params).token;
}

// RTC + RTM

/** RTC + RTM token: the account is both the RTC user and the RTM user ID (so at most 64 bytes); RTM login lasts tokenExpire. */
export interface RtcRtmParams extends CommonParams {
  channelName: string;
  account: string;
  role: RtcRole;
  tokenExpire: number;
  privilegeExpire?: number;
}

const rtcRtm: BuilderSpec<RtcRtmParams> = {
  label: 'RTC + RTM', serviceTypes: [1, 2],
  checks: [
    ['channelName', tokenChannelError], ['account', tokenAccountError], ['account', rtmUserIdError], ['role', validateRtcRole],
    ['tokenExpire', expireError], ['privilegeExpire', expireError, true],
  ],
  expire: tokenExpire,
  services: (p) => [rtcService(p.channelName, p.account, sameForAll(p.role, p.privilegeExpire)), {type: 2, userId: p.account, privileges: {1: p.tokenExpire}}],
};

/** RTC + RTM token for one user account (`buildTokenWithRtm`). */
export function buildRtcRtmToken(params: RtcRtmParams): string {
  return make(rtcRtm, params).token;
}

// RTC + RTM, separate users and expiries

/** RTC + RTM token with separate RTC user (uid number or account string), RTM user ID and expiries (also the ConvoAI and STT builders' parameters). */
export interface RtcRtm2Params extends CommonParams, RtcPrivilegeExpiries {
  channelName: string;
  rtcAccount: string | number;
  rtcRole: RtcRole;
  rtcTokenExpire: number;
  rtmUserId: string;
  rtmTokenExpire: number;
}

const RTC_RTM2: Check[] = [
  ['channelName', tokenChannelError], ['rtcAccount', rtcUserError], ['rtcRole', validateRtcRole], ['rtcTokenExpire', expireError], ['joinChannelPrivilegeExpire', expireError], ['pubAudioPrivilegeExpire', expireError], ['pubVideoPrivilegeExpire', expireError],
    ['pubDataStreamPrivilegeExpire', expireError],
  ['rtmUserId', rtmUserIdError], ['rtmTokenExpire', expireError],
];
const rtcRtm2: BuilderSpec<RtcRtm2Params> = {
  label: 'RTC + RTM, separate users and expiries', serviceTypes: [1, 2],
  checks: RTC_RTM2,
  expire: rtcTokenExpire,
  services: rtcRtm2Services,
};

/** RTC + RTM token with separate users and expiries (`buildTokenWithRtm2`). */
export function buildRtcRtmTokenWithPrivileges(params: RtcRtm2Params): string {
  return make(rtcRtm2, params).token;
}

// RTM (Signaling)

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

const rtm: BuilderSpec<RtmParams> = {
  label: 'RTM (Signaling)', serviceTypes: [2],
  checks: [['userId', rtmUserIdError], ['expire', expireError], ['streamChannel', tokenChannelError, true]],
  expire,
  services: (p) => {
    const login: ServiceSpec = {type: 2, userId: p.userId, privileges: {1: p.expire}};
    if (p.streamChannel === undefined) return [login];
    const stream = {[RtcPrivilege.JOIN_CHANNEL]: p.expire, [RtcPrivilege.PUBLISH_DATA_STREAM]: p.expire};
    return [{type: 1, channelName: p.streamChannel, uid: p.userId, privileges: stream}, login];
  },
};
/**
 * RTM login token (`RtmTokenBuilder.buildToken`). With `streamChannel`, an RTC service for that
 * channel and the same user (join + publish data stream, both lasting `expire`) comes first.
 */
export function buildRtmToken(params: RtmParams): string {
  return make(rtm, params).token;
}

// RTM with permissions

/** RTM token with RTM2 resource permissions. */
export interface RtmPermissionsParams extends RtmParams {
  permissions: Rtm2PermissionEntry[];
}

const rtmPermissions: BuilderSpec<RtmPermissionsParams> = {
  label: 'RTM with permissions', serviceTypes: [8],
  checks: [['userId', rtmUserIdError], ['permissions', validateRtm2Permissions], ['expire', expireError]],
  expire,
  services: (p) => [{type: 8, userId: p.userId, permissions: p.permissions, privileges: {1: p.expire}}],
};

/** RTM token carrying RTM2 permissions (`RtmTokenBuilder.buildTokenWithPermissions`). */
export function buildRtmTokenWithPermissions(params: RtmPermissionsParams): string {
  return make(rtmPermissions, params).token;
}

// Chat user

/** Chat user token. */
export interface ChatUserParams extends CommonParams {
  userId: string;
  expire: number;
}

const chatUser: BuilderSpec<ChatUserParams> = {
  label: 'Chat user', serviceTypes: [5],
  checks: [['userId', chatUserId], ['expire', expireError]],
  expire,
  services: (p) => [{type: 5, userId: p.userId, privileges: {1: p.expire}}],
};

/** Chat user token (`ChatTokenBuilder.buildUserToken`). */
export function buildChatUserToken(params: ChatUserParams): string {
  return make(chatUser, params).token;
}

// Chat app

/** Chat app token (REST API calls). */
export interface ChatAppParams extends CommonParams {
  expire: number;
}

const chatApp: BuilderSpec<ChatAppParams> = {
  label: 'Chat app', serviceTypes: [5],
  checks: [['expire', expireError]],
  expire,
  services: (p) => [{type: 5, userId: '', privileges: {2: p.expire}}],
};

/** Chat app token (`ChatTokenBuilder.buildAppToken`). */
export function buildChatAppToken(params: ChatAppParams): string {
  return make(chatApp, params).token;
}

// FPA

/** FPA token: agora-token fixes the lifetime at 24 hours and the login privilege at 0. */
export type FpaParams = CommonParams;

const fpa: BuilderSpec<FpaParams> = {
  label: 'FPA (accelerated transport)', serviceTypes: [4],
  checks: [],
  expire: () => 24 * 3600,
  services: () => [{type: 4, privileges: {1: 0}}],
};

/** FPA token: 24-hour lifetime, login privilege 0 (`FpaTokenBuilder.buildToken`). */
export function buildFpaToken(params: FpaParams): string {
  return make(fpa, params).token;
}

// Flexible Classroom: room user

/** APaaS/Education room-user token: APaaS room user, RTM login as userUuid, Chat user md5(userUuid). */
export interface ApaasRoomUserParams extends CommonParams {
  roomUuid: string;
  userUuid: string;
  role: number;
  expire: number;
}

const apaasRoomUser: BuilderSpec<ApaasRoomUserParams> = {
  label: 'Flexible Classroom: room user', serviceTypes: [2, 5, 7],
  checks: [['roomUuid', roomUuid], ['userUuid', userUuid], ['role', apaasRoleError], ['expire', expireError]],
  expire,
  services: (p): ServiceSpec[] => [
    {type: 7, roomUuid: p.roomUuid, userUuid: p.userUuid, role: apaasRole(p.role), privileges: {}},
    {type: 2, userId: p.userUuid, privileges: {1: p.expire}},
    {type: 5, userId: md5Hex(p.userUuid), privileges: {1: p.expire}},
  ],
};

/** APaaS/Education room-user token (`ApaasTokenBuilder`/`EducationTokenBuilder.buildRoomUserToken`). */
export function buildApaasRoomUserToken(params: ApaasRoomUserParams): string {
  return make(apaasRoomUser, params).token;
}

// Flexible Classroom: user

/** APaaS/Education user token. */
export interface ApaasUserParams extends CommonParams {
  userUuid: string;
  expire: number;
}

const apaasUser: BuilderSpec<ApaasUserParams> = {
  label: 'Flexible Classroom: user', serviceTypes: [7],
  checks: [['userUuid', userUuid], ['expire', expireError]],
  expire,
  services: (p) => [{type: 7, roomUuid: '', userUuid: p.userUuid, role: -1, privileges: {2: p.expire}}],
};

/** APaaS/Education user token (`buildUserToken`). */
export function buildApaasUserToken(params: ApaasUserParams): string {
  return make(apaasUser, params).token;
}

// Flexible Classroom: app

/** APaaS/Education app token. */
export interface ApaasAppParams extends CommonParams {
  expire: number;
}

const apaasApp: BuilderSpec<ApaasAppParams> = {
  label: 'Flexible Classroom: app', serviceTypes: [7],
  checks: [['expire', expireError]],
  expire,
  services: (p) => [{type: 7, roomUuid: '', userUuid: '', role: -1, privileges: {3: p.expire}}],
};

/** APaaS/Education app token (`buildAppToken`). */
export function buildApaasAppToken(params: ApaasAppParams): string {
  return make(apaasApp, params).token;
}

// RTC + RTM + Conversational AI

const convoAi: BuilderSpec<RtcRtm2Params> = {
  label: 'RTC + RTM + Conversational AI', serviceTypes: [1, 2, 9],
  checks: RTC_RTM2,
  expire: rtcTokenExpire,
  services: (p) => [...rtcRtm2Services(p), {type: 9, privileges: {}}],
};

/** RTC + RTM + ConvoAI token (`ConvoAITokenBuilder.buildToken`). */
export function buildConvoAiToken(params: RtcRtm2Params): string {
  return make(convoAi, params).token;
}

// RTC + RTM + speech to text

const stt: BuilderSpec<RtcRtm2Params> = {
  label: 'RTC + RTM + speech to text', serviceTypes: [1, 2, 10],
  checks: RTC_RTM2,
  expire: rtcTokenExpire,
  services: (p) => [...rtcRtm2Services(p), {type: 10, privileges: {}}],
};

/** RTC + RTM + STT token (`SttTokenBuilder.buildToken`). */
export function buildSttToken(params: RtcRtm2Params): string {
  return make(stt, params).token;
}

/** Every builder kind's record, by kind: the one list of builder kinds. */
export const BUILDERS = {
  rtcUid, rtcAccount, rtcUidPrivileges, rtcAccountPrivileges, rtcRtm, rtcRtm2, rtm, rtmPermissions,
  chatUser, chatApp, fpa, apaasRoomUser, apaasUser, apaasApp, convoAi, stt,
};

/** Name of a builder kind: a key of BUILDERS. */
export type BuilderKind = keyof typeof BUILDERS;

/** Parameters of every builder kind, by kind (read from its record). */
export type BuildParams = {[K in BuilderKind]: (typeof BUILDERS)[K] extends BuilderSpec<infer P> ? P : never};

/** Every builder kind, in BUILDERS' order. */
export const BUILDER_KINDS = /* @__PURE__ */ Object.keys(BUILDERS) as readonly BuilderKind[];

function specOf<K extends BuilderKind>(kind: K): BuilderSpec<BuildParams[K]> | undefined {
  return Object.prototype.hasOwnProperty.call(BUILDERS, kind) ? (BUILDERS[kind] as BuilderSpec<BuildParams[K]>) : undefined;
}

/**
 * Every finding (errors and warnings) for one builder's parameters, one per field at most
 * plus cross-field warnings; an empty list means the builder will accept them silently.
 */
export function validateBuildParams<K extends BuilderKind>(kind: K, params: BuildParams[K]): FieldIssue[] {
  const spec = specOf(kind);
  if (!spec) return [issue('kind', 'enum', kind, `Unknown builder "${String(kind)}".`)];
  return runAllChecks(params, spec.checks);
}

/** Builds a token with the named builder and returns it with what went into it; throws TokenInputError on invalid input. */
export function buildTokenDetails<K extends BuilderKind>(kind: K, params: BuildParams[K]): BuiltToken {
  const spec = specOf(kind);
  if (!spec) throw new TokenInputError([issue('kind', 'enum', kind, `Unknown builder "${String(kind)}"; use one of ${BUILDER_KINDS.join(', ')}.`)]);
  return make(spec as BuilderSpec<CommonParams>, params);
}

/** Builds a token with the named builder; throws TokenInputError on invalid input. */
export function buildToken<K extends BuilderKind>(kind: K, params: BuildParams[K]): string {
  return buildTokenDetails(kind, params).token;
}
