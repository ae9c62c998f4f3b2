// How a builder checks its parameters before it signs: the checks every kind shares, the
// cross-field warnings about expiries, and the checks of a raw service list.
import {TokenInputError, type FieldIssue} from './errors';
import {SERVICE_FIELDS, type ServiceSpec} from './services';
import {
  U32_MAX,
  apaasRoleError,
  issue,
  validateAppCertificate,
  validateAppId,
  validateIssueTs,
  validateRtm2Permissions,
  validateSalt,
  validateTokenString,
  warningsOf,
} from './validate';

export type Validator = (value: unknown, field: string) => FieldIssue | null;
/** A field to check: its name, its validator, and whether it may be left out. */
export type Check = readonly [field: string, validator: Validator, optional?: boolean];

// The checks of each builder kind are in its record (builders.ts); these are the ones every
// kind shares, and the validators of fields that only a label tells apart.
export const chatUserId: Validator = (v, f) => validateTokenString(v, f, 'Chat user ID', {required: true, maxBytes: 255});
export const roomUuid: Validator = (v, f) => validateTokenString(v, f, 'Room UUID', {required: true, maxBytes: 255});
export const userUuid: Validator = (v, f) => validateTokenString(v, f, 'User UUID', {required: true, maxBytes: 255});
const COMMON: Check[] = [['appId', validateAppId], ['appCertificate', validateAppCertificate], ['salt', validateSalt, true], ['issueTs', validateIssueTs, true]];

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

/**
 * One finding per field: its first error, else (with warnings) its first warning. A later check
 * of the same field can still turn a warning into an error, so that validateBuildParams never
 * passes what the builder refuses.
 */
function check(params: unknown, checks: Check[], warnings?: (check: Validator) => Validator | undefined): {p: Record<string, unknown>; found: Map<string, FieldIssue>} {
  const p = (params ?? {}) as Record<string, unknown>;
  const found = new Map<string, FieldIssue>();
  for (const [name, validate, optional] of [...COMMON, ...checks]) {
    const had = found.get(name);
    if (had?.severity === 'error' || (optional && p[name] === undefined)) continue;
    const result = validate(p[name], name) ?? (had ? null : (warnings?.(validate)?.(p[name], name) ?? null));
    if (result) found.set(name, result);
  }
  return {p, found};
}

/** The errors of the common checks and a builder's checks, at most one per field: what a builder refuses. */
export function runChecks(params: unknown, checks: Check[]): FieldIssue[] {
  return [...check(params, checks).found.values()];
}

/** Errors and warnings, one per field at most, then the cross-field warnings: what validateBuildParams reports. */
export function runAllChecks(params: unknown, checks: Check[]): FieldIssue[] {
  const {p, found} = check(params, checks, warningsOf);
  return [...found.values(), ...crossChecks(p).filter((i) => !found.has(i.field))];
}

export function assertValid(issues: FieldIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new TokenInputError(errors);
}

export function checkSpec(s: ServiceSpec, i: number): FieldIssue | null {
  const path = `services[${i}]`;
  if (!s || typeof s !== 'object' || !Number.isInteger(s.type) || s.type < 1 || s.type > 10) {
    return issue(`${path}.type`, 'enum', s?.type, `${path}.type must be a service type from 1 to 10.`);
  }
  for (const [id, v] of Object.entries(s.privileges ?? {})) {
    const n = Number(id);
    if (!Number.isInteger(n) || n < 0 || n > 65535) return issue(`${path}.privileges`, 'range', id, `${path} privilege id ${id} must be an integer from 0 to 65535.`);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > U32_MAX) return issue(`${path}.privileges`, 'range', v, `${path} privilege ${id} expiry must be a whole number of seconds from 0 to ${U32_MAX}.`);
  }
  // The fields of its own type, each required: a missing one would otherwise be written as "".
  const fields = s as unknown as Record<string, unknown>;
  for (const name of SERVICE_FIELDS[s.type]) {
    const field = `${path}.${name}`;
    const bad = name === 'role' ? apaasRoleError(fields[name], field) : name === 'permissions' ? validateRtm2Permissions(fields[name], field) : validateTokenString(fields[name], field, field);
    if (bad) return bad;
  }
  return null;
}
