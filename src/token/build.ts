// Token 007 builders, one per builder of agora-token 2.0.6, with the same bytes for the same
// inputs, salt and issue time. Unlike agora-token they throw TokenInputError instead of
// returning "" or writing "undefined" into a token.
import {ByteWriter, concat, toBase64} from './bytes';
import {hmacSha256, md5Hex, nowSeconds, randomSalt} from './crypto';
import {signingKey} from './sign';
import {zlibCompress} from './zlib';
import {TokenInputError, type FieldIssue} from './errors';
import {encodeService, RtcPrivilege, type PrivilegeMap, type Rtm2PermissionEntry, type ServiceSpec} from './services';
import {
  U32_MAX,
  validateApaasRole,
  validateAppCertificate,
  validateAppId,
  validateExpire,
  validateIssueTs,
  validateRtcRole,
  validateRtcUser,
  validateRtm2Permissions,
  validateRtmUserId,
  validateSalt,
  validateTokenString,
  validateTokenUid,
  validateUid,
  validateTokenAccount,
  validateTokenChannel,
} from './validate';

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
/** Name of a builder: the playground can switch on it. */
export type BuilderKind = keyof BuildParams;

/** Low-level 007 input: any services, in any order (they are written in ascending type order). */
export interface AccessToken2Params extends CommonParams {
  /** Seconds after issueTs until the token expires. */
  expire: number;
  services: ServiceSpec[];
}

type Validator = (value: unknown, field: string) => FieldIssue | null;
/** A field to check: its name, its validator, and whether it may be left out. */
type Check = readonly [field: string, validator: Validator, optional?: boolean];

// Plain array literals of validators (no calls at module level), so that a bundle using one
// builder drops the rules of the others.
const chatUserId: Validator = (v, f) => validateTokenString(v, f, 'Chat user ID', {required: true, maxBytes: 255});
const roomUuid: Validator = (v, f) => validateTokenString(v, f, 'Room UUID', {required: true, maxBytes: 255});
const userUuid: Validator = (v, f) => validateTokenString(v, f, 'User UUID', {required: true, maxBytes: 255});
const COMMON: Check[] = [['appId', validateAppId], ['appCertificate', validateAppCertificate], ['salt', validateSalt, true], ['issueTs', validateIssueTs, true]];
const RTC_UID: Check[] = [['channelName', validateTokenChannel], ['uid', validateTokenUid], ['role', validateRtcRole], ['tokenExpire', validateExpire], ['privilegeExpire', validateExpire, true]];
const RTC_ACCOUNT: Check[] = [['channelName', validateTokenChannel], ['account', validateTokenAccount], ['role', validateRtcRole], ['tokenExpire', validateExpire], ['privilegeExpire', validateExpire, true]];
const RTC_UID_PRIVILEGES: Check[] = [
  ['channelName', validateTokenChannel], ['uid', validateTokenUid], ['tokenExpire', validateExpire],
  ['joinChannelPrivilegeExpire', validateExpire], ['pubAudioPrivilegeExpire', validateExpire], ['pubVideoPrivilegeExpire', validateExpire], ['pubDataStreamPrivilegeExpire', validateExpire],
];
const RTC_ACCOUNT_PRIVILEGES: Check[] = [
  ['channelName', validateTokenChannel], ['account', validateTokenAccount], ['tokenExpire', validateExpire],
  ['joinChannelPrivilegeExpire', validateExpire], ['pubAudioPrivilegeExpire', validateExpire], ['pubVideoPrivilegeExpire', validateExpire], ['pubDataStreamPrivilegeExpire', validateExpire],
];
const RTC_RTM: Check[] = [['channelName', validateTokenChannel], ['account', validateTokenAccount], ['account', validateRtmUserId], ['role', validateRtcRole], ['tokenExpire', validateExpire], ['privilegeExpire', validateExpire, true]];
const RTC_RTM2: Check[] = [
  ['channelName', validateTokenChannel], ['rtcAccount', validateRtcUser], ['rtcRole', validateRtcRole], ['rtcTokenExpire', validateExpire],
  ['joinChannelPrivilegeExpire', validateExpire], ['pubAudioPrivilegeExpire', validateExpire], ['pubVideoPrivilegeExpire', validateExpire], ['pubDataStreamPrivilegeExpire', validateExpire],
  ['rtmUserId', validateRtmUserId], ['rtmTokenExpire', validateExpire],
];
const RTM: Check[] = [['userId', validateRtmUserId], ['expire', validateExpire]];
const RTM_PERMISSIONS: Check[] = [['userId', validateRtmUserId], ['permissions', validateRtm2Permissions], ['expire', validateExpire]];
const CHAT_USER: Check[] = [['userId', chatUserId], ['expire', validateExpire]];
const EXPIRE_ONLY: Check[] = [['expire', validateExpire]];
const NONE: Check[] = [];
const APAAS_ROOM_USER: Check[] = [['roomUuid', roomUuid], ['userUuid', userUuid], ['role', validateApaasRole], ['expire', validateExpire]];
const APAAS_USER: Check[] = [['userUuid', userUuid], ['expire', validateExpire]];

const CROSS_FIELDS = ['privilegeExpire', 'joinChannelPrivilegeExpire', 'pubAudioPrivilegeExpire', 'pubVideoPrivilegeExpire', 'pubDataStreamPrivilegeExpire', 'rtmTokenExpire'];

/**
 * Cross-field warnings about privilege expiries against the token's own lifetime. Agora's rules
 * (docs.agora.io, "Deploy a token server", API reference): privilege expiry 0 means the privilege
 * never expires; when the token expires before a privilege, a user already in the channel keeps
 * it and the SDK fires no token event; Agora recommends the same value for both.
 */
function crossChecks(p: Record<string, unknown>): FieldIssue[] {
  const tokenField = ['tokenExpire', 'rtcTokenExpire', 'expire'].find((f) => typeof p[f] === 'number');
  if (!tokenField) return [];
  const limit = p[tokenField] as number;
  const out: FieldIssue[] = [];
  const recommend = `Agora recommends giving the privileges the same lifetime as the token (${tokenField} ${limit}).`;
  for (const f of CROSS_FIELDS) {
    const v = p[f];
    if (typeof v !== 'number' || !Number.isInteger(v) || limit <= 0 || limit > U32_MAX) continue;
    if (v === 0 && f !== 'rtmTokenExpire') {
      const all = f === 'privilegeExpire';
      out.push({field: f, rule: 'never-expires', value: v, severity: 'warning', message: `${f} = 0: ${all ? 'the privileges never expire' : 'this privilege never expires'}. After the token expires, a user already in the channel keeps ${all ? 'them, and the SDK fires no token-privilege-will-expire event, so the app is never asked to renew' : 'it'}; the token can no longer be used to join. ${recommend}`});
    } else if (v > limit && v <= U32_MAX && v <= 86400) {
      out.push({field: f, rule: 'outlives-token', value: v, severity: 'warning', message: `${f} (${v} s) is longer than ${tokenField} (${limit} s). When the token expires first, a user already in the channel keeps the privilege and the SDK fires no renewal event; the token can no longer be used to join. ${recommend}`});
    }
  }
  return out;
}

/** Runs the common checks and a builder's checks: at most one finding per field, then cross-field warnings. */
function runChecks(params: unknown, checks: Check[]): FieldIssue[] {
  const p = (params ?? {}) as Record<string, unknown>;
  const found: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [name, validate, optional] of [...COMMON, ...checks]) {
    if (seen.has(name) || (optional && p[name] === undefined)) continue;
    const result = validate(p[name], name);
    if (result) {
      seen.add(name);
      found.push(result);
    }
  }
  return [...found, ...crossChecks(p).filter((i) => !seen.has(i.field))];
}

/**
 * Every finding (errors and warnings) for one builder's parameters, one per field at most
 * plus cross-field warnings; an empty list means the builder will accept them silently.
 */
export function validateBuildParams<K extends BuilderKind>(kind: K, params: BuildParams[K]): FieldIssue[] {
  const table: Record<BuilderKind, Check[]> = {
    rtcUid: RTC_UID, rtcAccount: RTC_ACCOUNT, rtcUidPrivileges: RTC_UID_PRIVILEGES, rtcAccountPrivileges: RTC_ACCOUNT_PRIVILEGES,
    rtcRtm: RTC_RTM, rtcRtm2: RTC_RTM2, convoAi: RTC_RTM2, stt: RTC_RTM2, rtm: RTM, rtmPermissions: RTM_PERMISSIONS,
    chatUser: CHAT_USER, chatApp: EXPIRE_ONLY, fpa: NONE, apaasRoomUser: APAAS_ROOM_USER, apaasUser: APAAS_USER, apaasApp: EXPIRE_ONLY,
  };
  const checks = Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
  if (!checks) return [{field: 'kind', rule: 'enum', value: kind, severity: 'error', message: `Unknown builder "${String(kind)}".`}];
  return runChecks(params, checks);
}

function assertValid(issues: FieldIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new TokenInputError(errors);
}

function isPublisher(role: RtcRole): boolean {
  return role === 1 || role === 'publisher';
}

/** RTC uid as agora-token writes it: the number 0 becomes "", anything else its decimal text. */
function rtcUidText(user: string | number): string {
  return user === 0 ? '' : String(user);
}

function checkSpec(s: ServiceSpec, i: number): FieldIssue | null {
  const path = `services[${i}]`;
  if (!s || typeof s !== 'object' || !Number.isInteger(s.type) || s.type < 1 || s.type > 10) {
    return {field: `${path}.type`, rule: 'enum', value: s?.type, severity: 'error', message: `${path}.type must be a service type from 1 to 10.`};
  }
  for (const [id, v] of Object.entries(s.privileges ?? {})) {
    const n = Number(id);
    if (!Number.isInteger(n) || n < 0 || n > 65535) return {field: `${path}.privileges`, rule: 'range', value: id, severity: 'error', message: `${path} privilege id ${id} must be an integer from 0 to 65535.`};
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > U32_MAX) return {field: `${path}.privileges`, rule: 'range', value: v, severity: 'error', message: `${path} privilege ${id} expiry must be a whole number of seconds from 0 to ${U32_MAX}.`};
  }
  const strings: Array<[string, unknown]> = [];
  if ('channelName' in s) strings.push(['channelName', s.channelName]);
  if ('uid' in s) strings.push(['uid', s.uid]);
  if ('account' in s) strings.push(['account', s.account]);
  if ('userId' in s) strings.push(['userId', s.userId]);
  if ('roomUuid' in s) strings.push(['roomUuid', s.roomUuid], ['userUuid', s.userUuid]);
  for (const [name, value] of strings) {
    const bad = validateTokenString(value, `${path}.${name}`, `${path}.${name}`);
    if (bad) return bad;
  }
  if (s.type === 7 && (!Number.isInteger(s.role) || s.role < -32768 || s.role > 32767)) return validateApaasRole(s.role, `${path}.role`);
  if (s.type === 8) return validateRtm2Permissions(s.permissions, `${path}.permissions`);
  return null;
}

/**
 * Builds a 007 token from explicit services: the generic form every named builder uses.
 * Services are written in ascending type order (stable for repeated types).
 */
export function buildAccessToken2(params: AccessToken2Params): string {
  const p = (params ?? {}) as AccessToken2Params;
  const issues = runChecks(p, [['expire', validateExpire]]).filter((i) => i.severity === 'error');
  if (!Array.isArray(p.services) || p.services.length === 0) {
    issues.push({field: 'services', rule: 'required', value: p.services, severity: 'error', message: 'A token needs at least one service.'});
  } else if (p.services.length > 65535) {
    issues.push({field: 'services', rule: 'length', value: p.services.length, severity: 'error', message: 'A token holds at most 65535 services.'});
  } else {
    p.services.forEach((s, i) => {
      const bad = checkSpec(s, i);
      if (bad) issues.push(bad);
    });
  }
  assertValid(issues);
  return encodeAccessToken2(p.appId, p.appCertificate, p.issueTs ?? nowSeconds(), p.salt ?? randomSalt(), p.expire, p.services);
}

/** Signs and packs already validated fields. */
function encodeAccessToken2(appId: string, certificate: string, issueTs: number, salt: number, expire: number, services: ServiceSpec[]): string {
  const ordered = services.map((s, i) => ({s, i})).sort((a, b) => a.s.type - b.s.type || a.i - b.i);
  const w = new ByteWriter().string(appId).u32(issueTs).u32(expire).u32(salt).u16(ordered.length);
  for (const {s} of ordered) encodeService(w, s);
  const signingInfo = w.finish();
  const signature = hmacSha256(signingKey(certificate, issueTs, salt), signingInfo);
  const content = concat([new ByteWriter().bytes(signature).finish(), signingInfo]);
  return `007${toBase64(zlibCompress(content))}`;
}


function rtcService(channelName: string, user: string | number, privileges: PrivilegeMap): ServiceSpec {
  return {type: 1, channelName, uid: rtcUidText(user), privileges};
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

function make<P extends CommonParams>(params: P, checks: Check[], expire: (p: P) => number, services: (p: P) => ServiceSpec[]): string {
  assertValid(runChecks(params, checks));
  return encodeAccessToken2(params.appId, params.appCertificate, params.issueTs ?? nowSeconds(), params.salt ?? randomSalt(), expire(params), services(params));
}

/** RTC token for an integer uid and a role (agora-token `buildTokenWithUid`). */
export function buildRtcTokenWithUid(params: RtcUidParams): string {
  return make(params, RTC_UID, (p) => p.tokenExpire, (p) => {
    const e = p.privilegeExpire ?? 0;
    return [rtcService(p.channelName, p.uid, rolePrivileges(p.role, e, e, e, e))];
  });
}

/** RTC token for a string user account and a role (`buildTokenWithUserAccount`). */
export function buildRtcTokenWithUserAccount(params: RtcAccountParams): string {
  return make(params, RTC_ACCOUNT, (p) => p.tokenExpire, (p) => {
    const e = p.privilegeExpire ?? 0;
    return [rtcService(p.channelName, p.account, rolePrivileges(p.role, e, e, e, e))];
  });
}

/** RTC token for an integer uid with one expiry per privilege (`buildTokenWithUidAndPrivilege`). */
export function buildRtcTokenWithUidAndPrivileges(params: RtcUidPrivilegeParams): string {
  return make(params, RTC_UID_PRIVILEGES, (p) => p.tokenExpire, (p) => [rtcService(p.channelName, p.uid, allPrivileges(p))]);
}

/** RTC token for a user account with one expiry per privilege (`BuildTokenWithUserAccountAndPrivilege`). */
export function buildRtcTokenWithUserAccountAndPrivileges(params: RtcAccountPrivilegeParams): string {
  return make(params, RTC_ACCOUNT_PRIVILEGES, (p) => p.tokenExpire, (p) => [rtcService(p.channelName, p.account, allPrivileges(p))]);
}

/** RTC + RTM token for one user account (`buildTokenWithRtm`). */
export function buildRtcRtmToken(params: RtcRtmParams): string {
  return make(params, RTC_RTM, (p) => p.tokenExpire, (p) => {
    const e = p.privilegeExpire ?? 0;
    return [rtcService(p.channelName, p.account, rolePrivileges(p.role, e, e, e, e)), {type: 2, userId: p.account, privileges: {1: p.tokenExpire}}];
  });
}

function rtcRtm2Services(p: RtcRtm2Params): ServiceSpec[] {
  return [
    rtcService(p.channelName, p.rtcAccount, rolePrivileges(p.rtcRole, p.joinChannelPrivilegeExpire, p.pubAudioPrivilegeExpire, p.pubVideoPrivilegeExpire, p.pubDataStreamPrivilegeExpire)),
    {type: 2, userId: p.rtmUserId, privileges: {1: p.rtmTokenExpire}},
  ];
}

/** RTC + RTM token with separate users and expiries (`buildTokenWithRtm2`). */
export function buildRtcRtmTokenWithPrivileges(params: RtcRtm2Params): string {
  return make(params, RTC_RTM2, (p) => p.rtcTokenExpire, rtcRtm2Services);
}

/** RTM login token (`RtmTokenBuilder.buildToken`). */
export function buildRtmToken(params: RtmParams): string {
  return make(params, RTM, (p) => p.expire, (p) => [{type: 2, userId: p.userId, privileges: {1: p.expire}}]);
}

/** RTM token carrying RTM2 permissions (`RtmTokenBuilder.buildTokenWithPermissions`). */
export function buildRtmTokenWithPermissions(params: RtmPermissionsParams): string {
  return make(params, RTM_PERMISSIONS, (p) => p.expire, (p) => [{type: 8, userId: p.userId, permissions: p.permissions, privileges: {1: p.expire}}]);
}

/** Chat user token (`ChatTokenBuilder.buildUserToken`). */
export function buildChatUserToken(params: ChatUserParams): string {
  return make(params, CHAT_USER, (p) => p.expire, (p) => [{type: 5, userId: p.userId, privileges: {1: p.expire}}]);
}

/** Chat app token (`ChatTokenBuilder.buildAppToken`). */
export function buildChatAppToken(params: ChatAppParams): string {
  return make(params, EXPIRE_ONLY, (p) => p.expire, () => [{type: 5, userId: '', privileges: {2: params.expire}}]);
}

/** FPA token: 24-hour lifetime, login privilege 0 (`FpaTokenBuilder.buildToken`). */
export function buildFpaToken(params: FpaParams): string {
  return make(params, NONE, () => 24 * 3600, () => [{type: 4, privileges: {1: 0}}]);
}

/** APaaS role as agora-token writes it (`role || -1`). */
function apaasRole(role: number): number {
  return role || -1;
}

/** APaaS/Education room-user token (`ApaasTokenBuilder`/`EducationTokenBuilder.buildRoomUserToken`). */
export function buildApaasRoomUserToken(params: ApaasRoomUserParams): string {
  return make(params, APAAS_ROOM_USER, (p) => p.expire, (p): ServiceSpec[] => [
    {type: 7, roomUuid: p.roomUuid, userUuid: p.userUuid, role: apaasRole(p.role), privileges: {}},
    {type: 2, userId: p.userUuid, privileges: {1: p.expire}},
    {type: 5, userId: md5Hex(p.userUuid), privileges: {1: p.expire}},
  ]);
}

/** APaaS/Education user token (`buildUserToken`). */
export function buildApaasUserToken(params: ApaasUserParams): string {
  return make(params, APAAS_USER, (p) => p.expire, (p) => [{type: 7, roomUuid: '', userUuid: p.userUuid, role: -1, privileges: {2: p.expire}}]);
}

/** APaaS/Education app token (`buildAppToken`). */
export function buildApaasAppToken(params: ApaasAppParams): string {
  return make(params, EXPIRE_ONLY, (p) => p.expire, (p) => [{type: 7, roomUuid: '', userUuid: '', role: -1, privileges: {3: p.expire}}]);
}

/** RTC + RTM + ConvoAI token (`ConvoAITokenBuilder.buildToken`). */
export function buildConvoAiToken(params: RtcRtm2Params): string {
  return make(params, RTC_RTM2, (p) => p.rtcTokenExpire, (p) => [...rtcRtm2Services(p), {type: 9, privileges: {}}]);
}

/** RTC + RTM + STT token (`SttTokenBuilder.buildToken`). */
export function buildSttToken(params: RtcRtm2Params): string {
  return make(params, RTC_RTM2, (p) => p.rtcTokenExpire, (p) => [...rtcRtm2Services(p), {type: 10, privileges: {}}]);
}

const BUILDERS: {[K in BuilderKind]: (p: BuildParams[K]) => string} = {
  rtcUid: buildRtcTokenWithUid,
  rtcAccount: buildRtcTokenWithUserAccount,
  rtcUidPrivileges: buildRtcTokenWithUidAndPrivileges,
  rtcAccountPrivileges: buildRtcTokenWithUserAccountAndPrivileges,
  rtcRtm: buildRtcRtmToken,
  rtcRtm2: buildRtcRtmTokenWithPrivileges,
  rtm: buildRtmToken,
  rtmPermissions: buildRtmTokenWithPermissions,
  chatUser: buildChatUserToken,
  chatApp: buildChatAppToken,
  fpa: buildFpaToken,
  apaasRoomUser: buildApaasRoomUserToken,
  apaasUser: buildApaasUserToken,
  apaasApp: buildApaasAppToken,
  convoAi: buildConvoAiToken,
  stt: buildSttToken,
};

/** Every builder kind, in a stable order. */
export const BUILDER_KINDS: readonly BuilderKind[] = [
  'rtcUid', 'rtcAccount', 'rtcUidPrivileges', 'rtcAccountPrivileges', 'rtcRtm', 'rtcRtm2', 'rtm', 'rtmPermissions',
  'chatUser', 'chatApp', 'fpa', 'apaasRoomUser', 'apaasUser', 'apaasApp', 'convoAi', 'stt',
];

/** Builds a token with the named builder; throws TokenInputError on invalid input. */
export function buildToken<K extends BuilderKind>(kind: K, params: BuildParams[K]): string {
  const builder = (Object.prototype.hasOwnProperty.call(BUILDERS, kind) ? BUILDERS[kind] : undefined) as ((p: BuildParams[K]) => string) | undefined;
  if (!builder) throw new TokenInputError([{field: 'kind', rule: 'enum', value: kind, severity: 'error', message: `Unknown builder "${String(kind)}"; use one of ${BUILDER_KINDS.join(', ')}.`}]);
  return builder(params);
}
