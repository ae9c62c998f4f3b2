import {ValidationError} from './errors.js';

// The rules Agora's SDKs apply. Checking them here turns a silent join failure (error 102, 110
// or 109 on the client, minutes later) into a 400 that names the field.

/** Characters Agora allows in channel names and user accounts. */
const AGORA_NAME = /^[a-zA-Z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]+$/;
const DIGITS = /^\d+$/;
const MAX_UID = 4294967295;
/** Agora caps a token's lifetime at 24 hours. */
export const MAX_EXPIRY = 86400;
export const DEFAULT_EXPIRY = 3600;

// Placeholders from route docs (`:uid`, `<uid>`, `{uid}`, `${uid}`) and unset JavaScript
// variables interpolated into a URL: both are common, and both are otherwise valid channel names.
const PLACEHOLDER =
  /^(?::|\$\{|\{\{?|<)(?:channel_?name|channel|role|token_?type|uid|rtc_?uid|rtm_?uid|user_?account|account|user_?id|chat_?id|expiry|expire|expire_?time)(?:\}\}?|>)?$/i;
const UNSET = new Set(['undefined', 'null', 'NaN']);

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

/** Shows a value in a message: quoted, and cut short so a huge input cannot bloat the reply. */
export function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

function checkPlaceholder(field: string, value: string): void {
  if (PLACEHOLDER.test(value)) {
    throw new ValidationError(
      field,
      'not a placeholder',
      `${field} is ${show(value)}, a placeholder copied from the route documentation. ` +
        `Replace it with a real value, e.g. /rtc/my-channel/publisher/uid/1234.`,
    );
  }
  if (UNSET.has(value)) {
    throw new ValidationError(
      field,
      'not an unset variable',
      `${field} is the text ${show(value)}: the client put an unset variable into the request. ` +
        `Check the variable that holds the ${field} before building the URL.`,
    );
  }
}

function checkName(field: string, value: string, maxBytes: number, what: string): string {
  if (value === '') {
    throw new ValidationError(field, 'required', `${field} is missing. Send ${what}.`);
  }
  checkPlaceholder(field, value);
  // `bytes < maxBytes` for channels (Agora: "less than 64 bytes"); accounts allow up to 255.
  // A UTF-16 unit is at most 3 UTF-8 bytes: short strings skip the encoding.
  if (value.length * 3 > maxBytes && byteLength(value) > maxBytes) {
    throw new ValidationError(
      field,
      `at most ${maxBytes} bytes`,
      `${field} is ${byteLength(value)} bytes long; Agora allows at most ${maxBytes}. Use a shorter ${field}.`,
    );
  }
  if (!AGORA_NAME.test(value)) {
    const bad = [...value].find((c) => !AGORA_NAME.test(c)) ?? '';
    throw new ValidationError(
      field,
      'characters a-z A-Z 0-9 space ! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,',
      `${field} ${show(value)} contains ${show(bad)}, which Agora does not allow. ` +
        `Allowed: letters a-z and A-Z, digits, space and ! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,`,
    );
  }
  return value;
}

/** Channel name: 1 to 63 bytes of Agora's character set. */
export function channelName(value: string, field = 'channelName'): string {
  return checkName(field, value, 63, 'the channel name the client will join');
}

/** A user account (string uid) for RTC: 1 to 255 bytes of Agora's character set. */
export function userAccount(value: string, field = 'uid'): string {
  return checkName(field, value, 255, 'the user account the client will join with');
}

/** RTM and Chat user IDs: 1 to 64 bytes; "0" is not a user. */
export function userId(value: string, field = 'uid'): string {
  checkName(field, value, 64, 'the user ID the client will log in with');
  if (value === '0') {
    throw new ValidationError(field, 'not "0"', `${field} "0" is not a user ID for RTM or Chat. Send the user's own ID.`);
  }
  return value;
}

/** Integer RTC uid: 0 (anyone may join) to 2^32 - 1. */
export function uid(value: string, field = 'uid'): number {
  // An empty path segment (/rtc/ch/publisher/uid//) is uid 0, as on agora-token-service.
  if (value === '') return 0;
  checkPlaceholder(field, value);
  if (!DIGITS.test(value) || value.length > 10 || Number(value) > MAX_UID) {
    throw new ValidationError(
      field,
      'integer from 0 to 4294967295',
      `${field} ${show(value)} is not a whole number from 0 to 4294967295. ` +
        `Send the integer uid the client joins with, or use tokenType userAccount for a string account.`,
    );
  }
  return Number(value);
}

export type Role = 'publisher' | 'subscriber';

// Role words as clients of agora-token-service send them, in any letter case; "" is the
// subscriber there too. Anything else is refused by name rather than silently made a subscriber.
const PUBLISHER_WORDS = new Set(['publisher', 'host', '1']);
const SUBSCRIBER_WORDS = new Set(['subscriber', 'audience', '2', '']);
const ROLE_RULE = 'publisher, host or 1; subscriber, audience or 2 (any letter case)';

export function role(value: string, field = 'role'): Role {
  const lower = value.trim().toLowerCase();
  if (PUBLISHER_WORDS.has(lower)) return 'publisher';
  if (SUBSCRIBER_WORDS.has(lower)) return 'subscriber';
  checkPlaceholder(field, value);
  throw new ValidationError(field, ROLE_RULE, `${field} ${show(value)} is not a role. Send publisher (or host, 1) to join and publish, or subscriber (or audience, 2) to join only.`);
}

export type RtcUidType = 'uid' | 'userAccount';

export function rtcTokenType(value: string, field = 'tokenType'): RtcUidType {
  if (value === 'uid' || value === 'userAccount') return value;
  checkPlaceholder(field, value);
  throw new ValidationError(
    field,
    'uid or userAccount',
    `${field} ${show(value)} is not supported. Send uid (integer uid) or userAccount (string account).`,
  );
}

/**
 * Token lifetime in seconds from now. The classic mistakes get their own message: an absolute
 * Unix time (the 006 habit), milliseconds, and asking for more than Agora's 24 hours.
 */
export function expiry(value: string | number | undefined, field = 'expiry'): number {
  if (value === undefined) return DEFAULT_EXPIRY;
  const text = String(value);
  const rule = `whole seconds from 1 to ${MAX_EXPIRY}`;
  if (text === '') throw new ValidationError(field, rule, `${field} is empty. Send a lifetime in seconds, e.g. ${field}=3600, or leave it out for ${DEFAULT_EXPIRY}.`);
  if (!DIGITS.test(text)) {
    checkPlaceholder(field, text);
    throw new ValidationError(field, rule, `${field} ${show(text)} is not a whole number of seconds. Send e.g. 3600 for one hour.`);
  }
  const n = Number(text);
  if (n === 0) throw new ValidationError(field, rule, `${field} is 0: a token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109. Send e.g. 3600 for one hour.`);
  if (n <= MAX_EXPIRY) return n;
  let why: string;
  if (n >= 1e11) {
    why = `looks like a Unix time in milliseconds. Send the lifetime in seconds from now, e.g. 3600`;
  } else if (n >= 1e9) {
    why = `looks like an absolute Unix time. Tokens take a lifetime in seconds from now, e.g. 3600, not a date`;
  } else if (n % 1000 === 0 && n >= 300000 && n / 1000 <= MAX_EXPIRY) {
    // 300000 s would be 3.5 days, a round 300000 ms is 5 minutes: milliseconds is the likelier slip.
    why = `looks like milliseconds. Send seconds instead: ${n / 1000}`;
  } else {
    why = `is over 24 hours (${MAX_EXPIRY} s), the longest Agora accepts. Send at most ${MAX_EXPIRY} and renew the token before it expires`;
  }
  throw new ValidationError(field, rule, `${field} ${n} ${why}.`);
}
