import {ValidationError} from './errors.js';
import type {Params} from './route-matcher.js';
import * as v from './validate.js';

// The request rules of the RTC token route, in Web-standard TypeScript (no node: imports), so
// that this server and the Deno, Bun, Workers and edge samples answer a request the same way.

export type Query = Record<string, string>;

/** An RTC user: an integer uid (0 = anyone) or a string user account (as tokens.ts takes it). */
export type RtcUser = {kind: 'uid'; uid: number} | {kind: 'userAccount'; account: string};

/** The route every token endpoint on the site answers. */
export const RTC_ROUTE = '/rtc/:channelName/:role/:tokenType/:uid/';

// Lifetime parameter names people send by mistake (other servers' and older docs' names).
const WRONG_EXPIRY_NAMES = ['expireTime', 'expire', 'expiration', 'expiresIn', 'ttl'];

export function expiryParam(query: Query): number {
  if (query.expiry === undefined) {
    const wrong = WRONG_EXPIRY_NAMES.find((n) => query[n] !== undefined);
    if (wrong) {
      throw new ValidationError(wrong, 'use expiry', `The query parameter ${wrong} is not read by this server: the lifetime goes in expiry, e.g. ?expiry=3600.`);
    }
  }
  return v.expiry(query.expiry);
}

function rtcUser(tokenType: v.RtcUidType, value: string, field: string): RtcUser {
  return tokenType === 'uid' ? {kind: 'uid', uid: v.uid(value, field)} : {kind: 'userAccount', account: v.userAccount(value, field)};
}

/**
 * A channel name, or `*` for a wildcard token (valid in every channel of the project), which is
 * issued only when ALLOW_WILDCARD_CHANNEL=true and only for a specific user: Agora does not
 * support uid 0 with channel `*`.
 */
export function channelOf(value: string, field: string, allowWildcard: boolean, user: RtcUser | {kind: 'rtm'}): string {
  if (value !== '*') return v.channelName(value, field);
  if (!allowWildcard) {
    throw new ValidationError(
      field,
      'a channel name; * only with ALLOW_WILDCARD_CHANNEL=true',
      `${field} "*" asks for a wildcard token, which lets whoever holds it join every channel of your project. This server issues wildcard tokens only when ALLOW_WILDCARD_CHANNEL=true is set; otherwise send the channel name the client joins.`,
    );
  }
  if (user.kind === 'uid' && user.uid === 0) {
    throw new ValidationError('uid', 'not 0 with channel *', 'A wildcard channel (*) needs a specific user: Agora does not support uid 0 (any user) together with channel *. Send the uid or account the client joins with.');
  }
  return value;
}

/** The channel, role and user parts shared by /rtc/... and /rte/... paths. */
export function rtcPath(params: Params, uidField: 'uid' | 'rtcuid', allowWildcard: boolean) {
  if (params.channelName === '*' && !allowWildcard) channelOf('*', 'channelName', false, {kind: 'rtm'});
  const role = v.role(params.role);
  const user = rtcUser(v.rtcTokenType(params.tokenType), params[uidField], uidField);
  const channel = channelOf(params.channelName, 'channelName', allowWildcard, user);
  return {channel, role, user};
}

/** Everything an RTC token needs, from the params of RTC_ROUTE and the query; throws ValidationError. */
export function rtcRequest(params: Params, query: Query, allowWildcardChannel = false) {
  return {...rtcPath(params, 'uid', allowWildcardChannel), expire: expiryParam(query)};
}
