import {ValidationError} from './errors.js';
import type {Params} from './router.js';
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

/** The channel, role and user parts shared by /rtc/... and /rte/... paths. */
export function rtcPath(params: Params, uidField: 'uid' | 'rtcuid') {
  const channel = v.channelName(params.channelName);
  const role = v.role(params.role);
  const user = rtcUser(v.rtcTokenType(params.tokenType), params[uidField], uidField);
  return {channel, role, user};
}

/** Everything an RTC token needs, from the params of RTC_ROUTE and the query; throws ValidationError. */
export function rtcRequest(params: Params, query: Query) {
  return {...rtcPath(params, 'uid'), expire: expiryParam(query)};
}
