// Field validators. Each returns the single most important finding for a field (or null), so a
// form can show it inline; builders collect the errors and throw TokenInputError.
import {utf8Length} from './bytes';
import type {FieldIssue} from './errors';

/** The 89 characters Agora allows in channel names and user accounts. */
export const AGORA_CHARSET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&()+-:;<=.>?@[]^_{}|~,';
// Built on first use, not on import: a bundle that never validates a name pays nothing.
let allowed: Set<string> | undefined;

/** Largest value of an unsigned 32-bit field (uid, expiries, salt, issueTs). */
export const U32_MAX = 4294967295;
/** Agora's maximum token lifetime in seconds (24 hours). */
export const MAX_LIFETIME_SECONDS = 86400;

const HEX32 = /^[0-9a-fA-F]{32}$/;

/** One problem with one field; errors unless `severity` says otherwise. */
export function issue(field: string, rule: string, value: unknown, message: string, severity: FieldIssue['severity'] = 'error'): FieldIssue {
  return {field, rule, value, severity, message};
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

function firstBadChar(text: string): string | undefined {
  allowed ??= new Set(AGORA_CHARSET);
  for (const ch of text) if (!allowed.has(ch)) return ch;
  return undefined;
}

/** A character as a message names it: quotes by name, control characters by code point only. */
function describeChar(ch: string): string {
  if (ch === '"' || ch === "'") return `the quote ${ch}`;
  const code = ch.codePointAt(0) ?? 0;
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 32 || code === 127 ? `a control character (${point})` : `"${ch}" (${point})`;
}

const isHex = (ch: string) => /[0-9a-fA-F]/.test(ch);

/** The errors App ID and App Certificate share: not a string, or empty. `shown` stands in the issue's value. */
function missingHex(field: string, label: string, value: unknown, shown: unknown, got: string): FieldIssue | null {
  if (typeof value !== 'string') return issue(field, 'type', shown, `${label} must be a string of 32 hexadecimal characters; got ${got}.`);
  if (value.length === 0) return issue(field, 'required', shown, `${label} is required: copy it from Agora Console (32 hexadecimal characters).`);
  return null;
}

const HEX_RULE = 'must be exactly 32 hexadecimal characters (0-9, a-f)';

/** App ID: 32 hexadecimal characters. */
export function validateAppId(value: unknown): FieldIssue | null {
  const field = 'appId';
  const missing = missingHex(field, 'App ID', value, value, show(value));
  if (missing || typeof value !== 'string') return missing;
  const trimmed = value.trim();
  if (trimmed !== value && HEX32.test(trimmed)) return issue(field, 'whitespace', value, 'App ID has spaces or line breaks around it; remove them.');
  if (!HEX32.test(value)) {
    const bad = [...value].find((c) => !isHex(c));
    const detail = bad !== undefined ? `it contains ${describeChar(bad)}` : `it has ${value.length} characters`;
    return issue(field, 'hex32', value, `App ID ${HEX_RULE}; ${detail}.`);
  }
  return null;
}

/** What the certificate looks like, never what it is: what stands in an issue's `value`. */
function certificateShape(value: unknown): string {
  if (typeof value !== 'string') return `(not shown: ${value === null ? 'null' : typeof value})`;
  return `(not shown: ${value.length} characters)`;
}

function whereIs(index: number, length: number): string {
  if (index === length - 1) return 'at the end';
  if (index === 0) return 'at the start';
  return `at position ${index + 1} of ${length}`;
}

function nameChar(ch: string): string {
  if (ch === '\r') return 'a carriage return (\\r: a file saved with Windows line endings)';
  if (ch === '\n') return 'a line break';
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  // A character that is not hexadecimal cannot be part of the certificate, so naming it gives nothing away.
  return describeChar(ch);
}

/**
 * App Certificate: 32 hexadecimal characters (used as text, so its letter case matters). The
 * issue never holds the certificate: its `value` and message describe it (length, the position of
 * a stray character), because apps log errors and a certificate in a log is a leaked certificate.
 */
export function validateAppCertificate(value: unknown): FieldIssue | null {
  const field = 'appCertificate';
  const shape = certificateShape(value);
  const missing = missingHex(field, 'App Certificate', value, shape, value === null ? 'null' : typeof value);
  if (missing || typeof value !== 'string' || HEX32.test(value)) return missing;
  const chars = [...value];
  const bad = chars.findIndex((c) => !isHex(c));
  const rule = `App Certificate ${HEX_RULE}`;
  if (bad !== -1) {
    const stray = chars.filter((c) => !isHex(c));
    const hexCount = chars.length - stray.length;
    const around = HEX32.test(value.trim());
    const what = chars[bad] === '\r' && bad === chars.length - 1 ? 'ends with a carriage return (\\r: read from a file with Windows line endings, such as a .env saved on Windows)' : `contains ${nameChar(chars[bad])} ${whereIs(bad, chars.length)}`;
    const more = stray.length > 1 ? ` and ${stray.length - 1} more character(s) that are not hexadecimal` : '';
    const tail = around ? ': remove the whitespace around it' : hexCount === 32 ? ': remove the extra characters' : ` (it has ${hexCount} hexadecimal characters)`;
    return issue(field, around ? 'whitespace' : 'hex32', shape, `${rule}; it ${what}${more}${tail}.`);
  }
  return issue(field, 'hex32', shape, `${rule}; it has ${value.length} characters. ${value.length > 32 ? 'Something was appended to it, or two values ran together' : 'Part of it is missing: copy it again from Agora Console'}.`);
}

/** The symbols of Agora's character set, spaced out as the messages list them: "! # $ ... ,". */
function agoraSymbols(): string {
  return [...AGORA_CHARSET.slice(AGORA_CHARSET.indexOf(' ') + 1)].join(' ');
}

/** A kind of name from Agora's character set: what messages call it and its byte limit. */
interface AgoraName {
  label: string;
  maxBytes: number;
  lengthRule: string;
}
const CHANNEL: AgoraName = {label: 'Channel name', maxBytes: 63, lengthRule: 'it must be under 64 bytes'};
const ACCOUNT: AgoraName = {label: 'User account', maxBytes: 255, lengthRule: 'it can be at most 255 bytes'};

/**
 * The errors of a channel name or user account (type, length, characters). A wildcard pattern
 * (a string with "*", or an empty channel) may be empty and may use "*" besides Agora's characters.
 */
function agoraNameError(field: string, {label, maxBytes, lengthRule}: AgoraName, value: unknown, wildcard = false): FieldIssue | null {
  if (typeof value !== 'string') return issue(field, 'type', value, `${label} must be a string; got ${show(value)}.`);
  if (value.length === 0 && !wildcard) return issue(field, 'required', value, `${label} is required and cannot be empty.`);
  const bytes = utf8Length(value);
  if (bytes > maxBytes) return issue(field, 'length', value, `${label} is ${bytes} bytes long; ${lengthRule}.`);
  const bad = firstBadChar(wildcard ? value.split(WILDCARD).join('') : value);
  if (bad !== undefined) {
    return issue(field, 'charset', value, `${label} contains ${describeChar(bad)}, which Agora does not allow. Use letters a-z A-Z, digits, space and ${agoraSymbols()} only${wildcard ? ', and * for a wildcard' : ''}.`);
  }
  return null;
}

function agoraName(field: string, name: AgoraName, value: unknown): FieldIssue | null {
  return agoraNameError(field, name, value) ?? unsetVariable(field, name.label, value as string);
}

/** "undefined", "null" and "NaN" are valid names, but almost always an unset variable turned into text. */
function unsetVariable(field: string, label: string, value: string): FieldIssue | null {
  if (value !== 'undefined' && value !== 'null' && value !== 'NaN') return null;
  return issue(field, 'unset-variable', value, `${label} is the text "${value}": that is what an unset variable becomes in a string, so the ${label.toLowerCase()} was probably never filled in. A token built with it only works for a client that also joins with "${value}"; pass the real value (the reference token server refuses this one).`, 'warning');
}

/** Channel name a client joins: 1 to 63 bytes from Agora's 89-character set. */
export function validateChannelName(value: unknown, field = 'channelName'): FieldIssue | null {
  return agoraName(field, CHANNEL, value);
}

/** User account (string uid) a client joins with: 1 to 255 bytes from Agora's 89-character set. */
export function validateUserAccount(value: unknown, field = 'account'): FieldIssue | null {
  return agoraName(field, ACCOUNT, value);
}

/** Wildcard marker in a token's channel name or user account; clients never join with it. */
export const WILDCARD = '*';

/** Whether a channel name or user account in a token is one of Agora's wildcard forms. */
export function isWildcardPattern(text: string): boolean {
  return text.includes(WILDCARD);
}

/**
 * Whether a channel name or user ID matches a token's wildcard pattern: each "*" stands for any
 * run of characters (also none), the rest must match exactly. A pattern without "*" matches
 * only itself.
 */
export function matchesWildcard(pattern: string, text: string): boolean {
  const parts = pattern.split(WILDCARD);
  if (parts.length === 1) return pattern === text;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = text.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}

const WILDCARD_RISK = 'Anyone who gets hold of this token can use it the same way, so Agora recommends giving wildcard tokens the subscriber role';

/**
 * Channel name written into a token. Besides a channel name, Agora documents wildcard channels
 * (docs.agora.io, "Deploy a token server", wildcard tokens): empty or "*" admits any channel,
 * and "*" inside a name stands for any run of characters. Wildcards are accepted with a warning.
 */
export function validateTokenChannel(value: unknown, field = 'channelName'): FieldIssue | null {
  return tokenChannelError(value, field) ?? tokenChannelWarning(value, field);
}

/** The errors of validateTokenChannel: what a builder refuses. */
export function tokenChannelError(value: unknown, field = 'channelName'): FieldIssue | null {
  return agoraNameError(field, CHANNEL, value, typeof value === 'string' && (value === '' || isWildcardPattern(value)));
}

/** The warnings of validateTokenChannel, for a channel name without errors. */
function tokenChannelWarning(value: unknown, field: string): FieldIssue | null {
  const text = value as string;
  if (text !== '' && !isWildcardPattern(text)) return unsetVariable(field, 'Channel name', text);
  const any = text === '' || /^\*+$/.test(text);
  return issue(field, 'wildcard', value, `${any ? `${text === '' ? 'An empty channel name' : 'The channel name "*"'} makes a wildcard token: it admits the user to any channel of your project` : `The channel name ${show(value)} is a wildcard pattern: * stands for any run of characters, so the token admits the user to every channel that matches`}. ${WILDCARD_RISK}. To admit one channel only, type its name.`, 'warning');
}

/**
 * User account written into a token: "*" admits any user, and "*" inside an account stands for
 * any run of characters (Agora's wildcard user ID). Accepted with a warning.
 */
export function validateTokenAccount(value: unknown, field = 'account'): FieldIssue | null {
  return tokenAccountError(value, field) ?? tokenAccountWarning(value, field);
}

/** The errors of validateTokenAccount: what a builder refuses. */
export function tokenAccountError(value: unknown, field = 'account'): FieldIssue | null {
  const error = agoraNameError(field, ACCOUNT, value, typeof value === 'string' && isWildcardPattern(value));
  if (error?.rule === 'required') {
    return issue(field, 'required', value, 'User account is required and cannot be empty. To admit any user, build the token for uid 0 or for the wildcard account "*".');
  }
  return error;
}

/** The warnings of validateTokenAccount, for an account without errors. */
function tokenAccountWarning(value: unknown, field: string): FieldIssue | null {
  const text = value as string;
  if (!isWildcardPattern(text)) return unsetVariable(field, 'User account', text);
  return issue(field, 'wildcard', value, `${/^\*+$/.test(text) ? 'The user account "*" makes a wildcard token: it admits any user' : `The user account ${show(value)} is a wildcard pattern: * stands for any run of characters, so the token admits every user whose ID matches`}. ${WILDCARD_RISK}. To admit one user only, type the account the app joins with.`, 'warning');
}

/** Integer uid: 0 to 2^32-1, where 0 writes an empty uid: Agora's wildcard user ID, any user can join with it. */
export function validateUid(value: unknown, field = 'uid'): FieldIssue | null {
  if (typeof value === 'string') {
    if (value === '0') {
      return issue(field, 'string-zero', value, 'uid is the string "0": that is a user account named "0", not the wildcard uid. Pass the number 0 to let any uid join, or the real uid as a number.');
    }
    // Text that looks numeric but is not plain digits ("-0", "1e3", "1234.0"): say what is wrong with it.
    if (/^\s*[+-]?[\d.]/.test(value) && !/^\d+$/.test(value)) {
      const parsed = parseUidText(value);
      if (!parsed.ok) return issue(field, 'format', value, parsed.message);
    }
    if (/^\d+$/.test(value)) {
      return issue(field, 'type', value, `uid must be a number, not the string ${show(value)}. Pass ${value} as a number, or use the user-account builder if the app joins with a string account.`);
    }
    return issue(field, 'type', value, `uid must be an integer from 0 to ${U32_MAX}; ${show(value)} is a string. For string user IDs use the user-account builder.`);
  }
  if (typeof value !== 'number') return issue(field, 'type', value, `uid must be an integer from 0 to ${U32_MAX}; got ${show(value)}.`);
  if (!Number.isInteger(value)) return issue(field, 'integer', value, `uid must be a whole number from 0 to ${U32_MAX}; ${show(value)} is not an integer.`);
  if (Object.is(value, -0)) return issue(field, 'negative-zero', value, 'uid is -0 (negative zero), which builders read as 0: a token any uid can join with. Pass 0 if that is what you mean, or the real uid.');
  if (value < 0 || value > U32_MAX) {
    return issue(field, 'range', value, `uid must be from 0 to ${U32_MAX} (an unsigned 32-bit integer); ${value} is out of range.${value < 0 ? ' A negative uid usually means a signed 32-bit overflow: use the unsigned value.' : ''}`);
  }
  return null;
}

/** uid written into a token: 0 is Agora's wildcard user ID, accepted with a warning. */
export function validateTokenUid(value: unknown, field = 'uid'): FieldIssue | null {
  return tokenUidError(value, field) ?? tokenUidWarning(value, field);
}

/** The errors of validateTokenUid. Object.is: -0 is not the wildcard 0 a reader typed; validateUid refuses it. */
export function tokenUidError(value: unknown, field = 'uid'): FieldIssue | null {
  return Object.is(value, 0) ? null : validateUid(value, field);
}

function tokenUidWarning(value: unknown, field: string): FieldIssue | null {
  if (!Object.is(value, 0)) return null;
  return issue(field, 'wildcard', value, `uid 0 makes a wildcard token: any uid can join with it (the app joins with uid 0 to let the SDK pick one, or with its own uid). ${WILDCARD_RISK}. To admit one user only, type the uid the app joins with.`, 'warning');
}

/** RTC user for builders that take either: a number is a uid, a string is a user account (wildcards allowed). */
export function validateRtcUser(value: unknown, field = 'account'): FieldIssue | null {
  return rtcUserError(value, field) ?? rtcUserWarning(value, field);
}

/** The errors of validateRtcUser. */
export function rtcUserError(value: unknown, field = 'account'): FieldIssue | null {
  return typeof value === 'number' ? tokenUidError(value, field) : tokenAccountError(value, field);
}

function rtcUserWarning(value: unknown, field: string): FieldIssue | null {
  return typeof value === 'number' ? tokenUidWarning(value, field) : tokenAccountWarning(value, field);
}

/**
 * Whether a lifetime over 24 hours is more likely milliseconds than seconds: a round thousand
 * that, read as milliseconds, is at most 24 hours (the token server's rule). From 300000 up,
 * because 300000 s would be 3.5 days while 300000 ms is a plain 5 minutes.
 */
export function looksLikeMilliseconds(seconds: number): boolean {
  return seconds > MAX_LIFETIME_SECONDS && seconds >= 300000 && seconds % 1000 === 0 && seconds / 1000 <= MAX_LIFETIME_SECONDS;
}

/**
 * An expiry in seconds after the issue time (tokenExpire, privilegeExpire, expire...).
 * Integers 0 to 2^32-1 are valid; values that look like Unix times, or exceed 24 hours, warn.
 */
export function validateExpire(value: unknown, field = 'tokenExpire', nowSeconds = Math.floor(Date.now() / 1000)): FieldIssue | null {
  return expireError(value, field) ?? expireWarning(value as number, field, nowSeconds);
}

/** The errors of validateExpire: what a builder refuses (not a whole number of seconds that fits in 32 bits). */
export function expireError(value: unknown, field = 'tokenExpire'): FieldIssue | null {
  if (typeof value !== 'number') {
    if (typeof value === 'string' && /^\d+$/.test(value.trim())) return issue(field, 'type', value, `${field} must be a number of seconds, not the string ${show(value)}.`);
    return issue(field, 'type', value, `${field} must be a whole number of seconds from 0 to ${U32_MAX}; got ${show(value)}.`);
  }
  if (!Number.isInteger(value)) return issue(field, 'integer', value, `${field} must be a whole number of seconds; ${show(value)} is not an integer.`);
  if (value < 0) return issue(field, 'range', value, `${field} cannot be negative (${value}); it is a number of seconds from now, e.g. 3600 for one hour.`);
  if (value > U32_MAX) {
    const ms = value >= 1e12 && value < 1e14;
    return issue(field, ms ? 'milliseconds' : 'range', value, ms
      ? `${field} = ${value} looks like a time in milliseconds; token expiries are seconds from now (e.g. 3600), at most ${U32_MAX}.`
      : `${field} must be at most ${U32_MAX} seconds; ${value} does not fit in 32 bits.`);
  }
  return null;
}

/** The warnings of validateExpire, for a valid expiry: likely a Unix time, milliseconds, over 24 hours, or 0. */
function expireWarning(value: number, field: string, nowSeconds: number): FieldIssue | null {
  const isPrivilege = field !== 'tokenExpire' && field !== 'expire' && field !== 'rtcTokenExpire' && field !== 'rtmTokenExpire';
  if (value >= 1e9) {
    const abs = value > nowSeconds - 10 * 365 * 86400;
    return issue(field, 'unix-time', value, `${field} = ${value} looks like an absolute Unix time (${abs ? 'around now' : 'a date'}). In a 007 token it means seconds from now, so this asks for about ${Math.round(value / 31557600)} years; Agora still stops the token after 24 hours. Pass a duration, e.g. 3600.`, 'warning');
  }
  if (looksLikeMilliseconds(value)) {
    return issue(field, 'milliseconds', value, `${field} = ${value} looks like milliseconds: expiries are seconds from now, so this asks for about ${Math.round(value / 86400)} days, and Agora stops the token after 24 hours. Pass ${value / 1000} for ${value / 1000} seconds.`, 'warning');
  }
  if (value > MAX_LIFETIME_SECONDS) {
    return issue(field, 'lifetime', value, `${field} = ${value} s is more than 24 hours; Agora caps a token's lifetime at 24 hours (86400 s), so it stops working then anyway. Renew tokens before they expire instead of asking for longer ones.`, 'warning');
  }
  // A privilege of 0 never expires; checks.ts warns about that against the token's lifetime.
  if (value === 0 && !isPrivilege) {
    return issue(field, 'zero', value, `${field} = 0: a token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109. Use the lifetime you need in seconds, e.g. 3600. (A privilege lifetime of 0 means the privilege itself does not expire; the token still does.)`, 'warning');
  }
  return null;
}

function u32(field: string, label: string, value: unknown, min: number): FieldIssue | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return issue(field, 'integer', value, `${label} must be a whole number from ${min} to ${U32_MAX}; got ${show(value)}.`);
  if (value < min || value > U32_MAX) return issue(field, 'range', value, `${label} must be from ${min} to ${U32_MAX}; ${value} is out of range.`);
  return null;
}

/** Salt: integer 1 to 2^32-1 (Node, Python, Go and PHP builders pick 1..99999999). */
export function validateSalt(value: unknown): FieldIssue | null {
  return u32('salt', 'salt', value, 1);
}

/** Issue time: Unix time in whole seconds, 0 to 2^32-1. */
export function validateIssueTs(value: unknown): FieldIssue | null {
  const base = u32('issueTs', 'issueTs', value, 0);
  if (base) return base;
  if ((value as number) >= 1e12) return issue('issueTs', 'milliseconds', value, 'issueTs looks like milliseconds; it is a Unix time in seconds.');
  return null;
}

/** A string field written into a token: must be a string and fit the format's 16-bit length. */
export function validateTokenString(value: unknown, field: string, label: string, options: {required?: boolean; maxBytes?: number} = {}): FieldIssue | null {
  if (typeof value !== 'string') return issue(field, 'type', value, `${label} must be a string; got ${show(value)}.`);
  if (options.required && value.length === 0) return issue(field, 'required', value, `${label} is required and cannot be empty.`);
  const bytes = utf8Length(value);
  if (bytes > 65535) return issue(field, 'length', value, `${label} is ${bytes} bytes; a token string field holds at most 65535 bytes.`);
  if (options.maxBytes !== undefined && bytes > options.maxBytes) {
    return issue(field, 'length', value, `${label} is ${bytes} bytes; it can be at most ${options.maxBytes} bytes.`);
  }
  return null;
}

/** RTM user ID: 1 to 64 bytes; characters outside Agora's set are flagged as a warning. */
export function validateRtmUserId(value: unknown, field = 'userId', label = 'RTM user ID'): FieldIssue | null {
  return rtmUserIdError(value, field, label) ?? rtmUserIdWarning(value, field, label);
}

/** The errors of validateRtmUserId: a string of 1 to 64 bytes. */
export function rtmUserIdError(value: unknown, field = 'userId', label = 'RTM user ID'): FieldIssue | null {
  return validateTokenString(value, field, label, {required: true, maxBytes: 64});
}

function rtmUserIdWarning(value: unknown, field: string, label = 'RTM user ID'): FieldIssue | null {
  const bad = firstBadChar(value as string);
  if (bad !== undefined) {
    return issue(field, 'charset', value, `${label} contains ${describeChar(bad)}; RTM SDKs accept letters, digits, space and ${agoraSymbols()} only, so login may fail.`, 'warning');
  }
  return unsetVariable(field, label, value as string);
}

/** RTC role for role-based builders: 1 publisher, 2 subscriber (names accepted too). */
export function validateRtcRole(value: unknown, field = 'role'): FieldIssue | null {
  if (value === 1 || value === 2 || value === 'publisher' || value === 'subscriber') return null;
  return issue(field, 'enum', value, `${field} must be 1 (publisher: join and publish) or 2 (subscriber: join only); got ${show(value)}.`);
}

/** APaaS role: a signed 16-bit integer; 0 is written as -1, as agora-token does. */
export function validateApaasRole(value: unknown, field = 'role'): FieldIssue | null {
  return apaasRoleError(value, field) ?? apaasRoleWarning(value, field);
}

/** The errors of validateApaasRole. */
export function apaasRoleError(value: unknown, field = 'role'): FieldIssue | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return issue(field, 'integer', value, `${field} must be a whole number from -32768 to 32767; got ${show(value)}.`);
  if (value < -32768 || value > 32767) return issue(field, 'range', value, `${field} must fit in a signed 16-bit integer (-32768 to 32767); ${value} does not.`);
  return null;
}

function apaasRoleWarning(value: unknown, field: string): FieldIssue | null {
  if (value === 0) return issue(field, 'zero-role', value, `${field} 0 is written as -1 (agora-token treats 0 as "no role"); use the role number your classroom expects.`, 'warning');
  return null;
}

/** RTM2 permission entries: known resource/permission types and string resources. */
export function validateRtm2Permissions(value: unknown, field = 'permissions'): FieldIssue | null {
  if (!Array.isArray(value)) return issue(field, 'type', value, `${field} must be a list of {resourceType, permissionType, resources} entries.`);
  for (let i = 0; i < value.length; i++) {
    const e = value[i] as Partial<{resourceType: unknown; permissionType: unknown; resources: unknown}> | null;
    if (!e || typeof e !== 'object') return issue(field, 'type', value, `${field}[${i}] must be an object with resourceType, permissionType and resources.`);
    if (typeof e.resourceType !== 'number' || !Number.isInteger(e.resourceType) || e.resourceType < 0 || e.resourceType > 4) {
      return issue(field, 'resource-type', value, `${field}[${i}].resourceType must be 0 (message channels), 1 (stream channels), 2 (group channels), 3 (server groups) or 4 (users).`);
    }
    if (e.permissionType !== 0 && e.permissionType !== 1) return issue(field, 'permission-type', value, `${field}[${i}].permissionType must be 0 (read) or 1 (write).`);
    if (!Array.isArray(e.resources) || e.resources.length > 65535 || e.resources.some((r) => typeof r !== 'string' || utf8Length(r) > 65535)) {
      return issue(field, 'resources', value, `${field}[${i}].resources must be a list of strings (resource names, '*' for all).`);
    }
  }
  return null;
}

/**
 * A number field as a builder should see it: text written as a number becomes that number (so
 * the validators can say "1.5 is not an integer" or "out of range"), anything else stays text
 * for them to reject with the typed value in the message. Only text that reads back the same
 * becomes a number: "1e3", "1234.0", "-0" or "1.00000000000000001" would silently become
 * another value, so they stay text.
 */
export function numberOrText(text: string): number | string {
  const t = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) && String(Number(t)) === t ? Number(t) : text;
}

/** An integer uid written as text, read strictly: digits only, no sign, decimals or exponent. */
export function parseUidText(input: string): {ok: true; uid: number; note?: string} | {ok: false; message: string} {
  const text = input.trim();
  const note = text !== input ? 'Removed spaces around the uid.' : undefined;
  if (/^\d+$/.test(text)) {
    const uid = Number(text);
    if (uid > 4294967295) return {ok: false, message: `uid ${text} is larger than 4294967295, the largest uid (an unsigned 32-bit integer).`};
    if (text.length > 1 && text.startsWith('0')) return {ok: true, uid, note: `Read ${JSON.stringify(text)} as uid ${uid} (leading zeros dropped).`};
    return note ? {ok: true, uid, note} : {ok: true, uid};
  }
  if (/^-0+$/.test(text)) return {ok: false, message: '"-0" is not a uid: a negative zero is read as 0, which lets the SDK pick any uid. Write 0 if that is what you mean, or the real uid.'};
  if (/^[+-]\d+$/.test(text)) return {ok: false, message: `uid ${text} has a sign; a uid is an unsigned integer from 0 to 4294967295.${text.startsWith('-') ? ' A negative uid usually comes from a signed 32-bit overflow: use the unsigned value.' : ' Write it without the "+".'}`};
  if (/^[+-]?(\d+\.\d*|\.\d+)$/.test(text)) {
    return {ok: false, message: `uid ${text} has a decimal point; a uid is a whole number written with digits only${/^\d+\.0*$/.test(text) ? ` (write ${text.replace(/\.0*$/, '')})` : ''}. A decimal uid usually comes from a float that rounded the real value.`};
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(text)) {
    const n = Number(text);
    return {ok: false, message: `uid ${text} is in exponent notation${Number.isInteger(n) && n >= 0 && n <= 4294967295 ? ` (that is ${n})` : ''}; write the uid with digits only.`};
  }
  if (text === '') return {ok: false, message: 'The uid is empty: enter 0 to let the SDK assign one, or the uid the client joins with.'};
  return {ok: false, message: `uid ${JSON.stringify(text)} is not a number; a uid has digits only. A user account (a string uid) is joined with joinChannelWithUserAccount or a string uid on Web.`};
}

/**
 * The warning check that goes with an error check of a builder's record, for validateBuildParams.
 * Builders refuse errors only, so a bundle that builds tokens never loads the warnings' text.
 */
export function warningsOf(check: unknown): ((value: unknown, field: string) => FieldIssue | null) | undefined {
  switch (check) {
    case tokenChannelError:
      return tokenChannelWarning;
    case tokenAccountError:
      return tokenAccountWarning;
    case tokenUidError:
      return tokenUidWarning;
    case rtcUserError:
      return rtcUserWarning;
    case expireError:
      return (value, field) => expireWarning(value as number, field, Math.floor(Date.now() / 1000));
    case rtmUserIdError:
      return rtmUserIdWarning;
    case apaasRoleError:
      return apaasRoleWarning;
    default:
      return undefined;
  }
}
