// What each builder checks before it signs: the field checks of every builder kind, the
// cross-field warnings about expiries, and the checks of a raw service list.
import {TokenInputError, type FieldIssue} from './errors';
import type {ServiceSpec} from './services';
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
  validateTokenAccount,
  validateTokenChannel,
  validateTokenString,
  validateTokenUid,
} from './validate';

export type Validator = (value: unknown, field: string) => FieldIssue | null;
/** A field to check: its name, its validator, and whether it may be left out. */
export type Check = readonly [field: string, validator: Validator, optional?: boolean];

// Plain array literals of validators (no calls at module level), so that a bundle using one
// builder drops the rules of the others.
const chatUserId: Validator = (v, f) => validateTokenString(v, f, 'Chat user ID', {required: true, maxBytes: 255});
const roomUuid: Validator = (v, f) => validateTokenString(v, f, 'Room UUID', {required: true, maxBytes: 255});
const userUuid: Validator = (v, f) => validateTokenString(v, f, 'User UUID', {required: true, maxBytes: 255});
const COMMON: Check[] = [['appId', validateAppId], ['appCertificate', validateAppCertificate], ['salt', validateSalt, true], ['issueTs', validateIssueTs, true]];
export const RTC_UID: Check[] = [['channelName', validateTokenChannel], ['uid', validateTokenUid], ['role', validateRtcRole], ['tokenExpire', validateExpire], ['privilegeExpire', validateExpire, true]];
export const RTC_ACCOUNT: Check[] = [['channelName', validateTokenChannel], ['account', validateTokenAccount], ['role', validateRtcRole], ['tokenExpire', validateExpire], ['privilegeExpire', validateExpire, true]];
export const RTC_UID_PRIVILEGES: Check[] = [
  ['channelName', validateTokenChannel], ['uid', validateTokenUid], ['tokenExpire', validateExpire],
  ['joinChannelPrivilegeExpire', validateExpire], ['pubAudioPrivilegeExpire', validateExpire], ['pubVideoPrivilegeExpire', validateExpire], ['pubDataStreamPrivilegeExpire', validateExpire],
];
export const RTC_ACCOUNT_PRIVILEGES: Check[] = [
  ['channelName', validateTokenChannel], ['account', validateTokenAccount], ['tokenExpire', validateExpire],
  ['joinChannelPrivilegeExpire', validateExpire], ['pubAudioPrivilegeExpire', validateExpire], ['pubVideoPrivilegeExpire', validateExpire], ['pubDataStreamPrivilegeExpire', validateExpire],
];
export const RTC_RTM: Check[] = [['channelName', validateTokenChannel], ['account', validateTokenAccount], ['account', validateRtmUserId], ['role', validateRtcRole], ['tokenExpire', validateExpire], ['privilegeExpire', validateExpire, true]];
export const RTC_RTM2: Check[] = [
  ['channelName', validateTokenChannel], ['rtcAccount', validateRtcUser], ['rtcRole', validateRtcRole], ['rtcTokenExpire', validateExpire],
  ['joinChannelPrivilegeExpire', validateExpire], ['pubAudioPrivilegeExpire', validateExpire], ['pubVideoPrivilegeExpire', validateExpire], ['pubDataStreamPrivilegeExpire', validateExpire],
  ['rtmUserId', validateRtmUserId], ['rtmTokenExpire', validateExpire],
];
export const RTM: Check[] = [['userId', validateRtmUserId], ['expire', validateExpire], ['streamChannel', validateTokenChannel, true]];
export const RTM_PERMISSIONS: Check[] = [['userId', validateRtmUserId], ['permissions', validateRtm2Permissions], ['expire', validateExpire]];
export const CHAT_USER: Check[] = [['userId', chatUserId], ['expire', validateExpire]];
export const EXPIRE_ONLY: Check[] = [['expire', validateExpire]];
export const NONE: Check[] = [];
export const APAAS_ROOM_USER: Check[] = [['roomUuid', roomUuid], ['userUuid', userUuid], ['role', validateApaasRole], ['expire', validateExpire]];
export const APAAS_USER: Check[] = [['userUuid', userUuid], ['expire', validateExpire]];

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
export function runChecks(params: unknown, checks: Check[]): FieldIssue[] {
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

export function assertValid(issues: FieldIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new TokenInputError(errors);
}

export function checkSpec(s: ServiceSpec, i: number): FieldIssue | null {
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
