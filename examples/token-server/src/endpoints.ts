// This server's endpoints: each route pattern, what it reads and the token it returns. Matching a
// request to a pattern is route-matcher.ts's job.
import {HttpError, ValidationError} from './errors.js';
import {Router, type Params} from './route-matcher.js';
import {chatToken, rtcToken, rtmToken, type Credentials, type RtcUser} from './tokens.js';
import * as v from './validate.js';
import {channelOf, expiryParam, RTC_ROUTE, rtcPath, type Query} from './rtc-request.js';

export type {Query};
export type RouteContext = {params: Params; query: Query; body: unknown; credentials: Credentials; allowWildcardChannel: boolean};

export type Route = {
  /** Token routes sit behind the optional bearer check and rate limit; /ping does not. */
  issuesTokens: boolean;
  /** Reads a JSON request body. */
  readsBody: boolean;
  run(ctx: RouteContext): Record<string, string>;
};

const ping: Route = {issuesTokens: false, readsBody: false, run: () => ({message: 'pong'})};

const rtc: Route = {
  issuesTokens: true,
  readsBody: false,
  run({params, query, credentials, allowWildcardChannel}) {
    const {channel, role, user} = rtcPath(params, 'uid', allowWildcardChannel);
    return {rtcToken: rtcToken(credentials, channel, user, role, expiryParam(query))};
  },
};

const rtm: Route = {
  issuesTokens: true,
  readsBody: false,
  run({params, query, credentials}) {
    return {rtmToken: rtmToken(credentials, v.userId(params.uid), expiryParam(query))};
  },
};

// RTC and RTM tokens in one call; the RTM user defaults to the RTC uid or account.
const rte: Route = {
  issuesTokens: true,
  readsBody: false,
  run({params, query, credentials, allowWildcardChannel}) {
    const {channel, role, user} = rtcPath(params, 'rtcuid', allowWildcardChannel);
    if (params.rtmuid === undefined && (params.rtcuid === '0' || params.rtcuid === '')) {
      throw new ValidationError('rtmuid', 'required when rtcuid is 0', 'rtcuid is 0 (anyone may join), which is not an RTM user. Add the RTM user ID: /rte/:channelName/:role/:tokenType/0/:rtmuid/.');
    }
    const rtmUser = v.userId(params.rtmuid ?? params.rtcuid, params.rtmuid === undefined ? 'rtcuid' : 'rtmuid');
    const expire = expiryParam(query);
    // The RTM token also carries the channel as an RTM 2.x stream channel, as on agora-token-service.
    return {rtcToken: rtcToken(credentials, channel, user, role, expire), rtmToken: rtmToken(credentials, rtmUser, expire, channel)};
  },
};

const chatApp: Route = {
  issuesTokens: true,
  readsBody: false,
  run: ({query, credentials}) => ({chatToken: chatToken(credentials, undefined, expiryParam(query))}),
};

const chatUser: Route = {
  issuesTokens: true,
  readsBody: false,
  run: ({params, query, credentials}) => ({chatToken: chatToken(credentials, v.userId(params.uid), expiryParam(query))}),
};

// Field names people send by mistake in the POST body, and the name this API uses.
const BODY_ALIASES: Record<string, string> = {
  channelName: 'channel',
  expiry: 'expire',
  expireTime: 'expire',
  userAccount: 'uid',
  account: 'uid',
  userId: 'uid',
  rtcRole: 'role',
  type: 'tokenType',
};

function stringField(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new ValidationError(field, 'string', `${field} must be a string, not ${typeof value}.`);
  }
  return value;
}

/** The `uid` of a POST body: a JSON number or string; digits mean an integer uid. */
function bodyUid(body: Record<string, unknown>): string | undefined {
  const value = body.uid;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 4294967295) {
      throw new ValidationError('uid', 'integer from 0 to 4294967295', `uid ${value} is not a whole number from 0 to 4294967295.`);
    }
    return String(value);
  }
  return stringField(body, 'uid');
}

/** The body fields this API reads; a key that matches one only in letter case is named. */
const BODY_FIELDS = ['tokenType', 'channel', 'role', 'uid', 'expire'];

/**
 * `expire` of a POST body. As on agora-token-service, 0, null and a missing field mean the
 * default (3600 s); a numeric string is read as its number.
 */
function bodyExpire(value: unknown): number {
  if (value === undefined || value === null || value === 0) return v.DEFAULT_EXPIRY;
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new ValidationError('expire', `whole seconds from 1 to ${v.MAX_EXPIRY}`, 'expire must be a number of seconds, e.g. 3600.');
  }
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new ValidationError('expire', `whole seconds from 1 to ${v.MAX_EXPIRY}`, `expire ${value} is not a whole number of seconds. Send e.g. 3600.`);
  }
  return v.expiry(value, 'expire');
}

// API-compatible with agora-token-service: {tokenType, channel, role, uid, expire} -> {token}.
const getToken: Route = {
  issuesTokens: true,
  readsBody: true,
  run({body, credentials, allowWildcardChannel}) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ValidationError('body', 'JSON object', 'The request body must be a JSON object, e.g. {"tokenType":"rtc","channel":"demo","role":"publisher","uid":"1234","expire":3600}.');
    }
    const b = body as Record<string, unknown>;
    for (const [wrong, right] of Object.entries(BODY_ALIASES)) {
      if (wrong in b && !(right in b)) {
        throw new ValidationError(wrong, `use ${right}`, `The body field ${wrong} is not read by this server; send it as ${right}.`);
      }
    }
    for (const key of Object.keys(b)) {
      const right = BODY_FIELDS.find((f) => f !== key && f.toLowerCase() === key.toLowerCase());
      if (right !== undefined) {
        throw new ValidationError(key, `use ${right}`, `The body field ${key} is spelt ${right} in this API (letter case matters); send it as ${right}.`);
      }
    }
    const tokenType = stringField(b, 'tokenType');
    if (tokenType !== 'rtc' && tokenType !== 'rtm' && tokenType !== 'chat') {
      throw new ValidationError('tokenType', 'rtc, rtm or chat', tokenType === undefined ? 'tokenType is missing. Send rtc, rtm or chat.' : `tokenType ${v.show(tokenType)} is not supported. Send rtc, rtm or chat.`);
    }
    const expire = bodyExpire(b.expire);
    const uid = bodyUid(b);

    if (tokenType === 'rtc') {
      const channelText = stringField(b, 'channel') ?? '';
      if (channelText === '*' && !allowWildcardChannel) channelOf('*', 'channel', false, {kind: 'rtm'});
      const channelOrWildcard = channelText === '*' ? undefined : v.channelName(channelText, 'channel');
      // A missing role, like "", means subscriber, as on agora-token-service.
      const role = v.role(stringField(b, 'role') ?? '');
      const uidText = uid ?? '';
      if (uidText === '') {
        throw new ValidationError('uid', 'required', 'uid is missing. Send the integer uid or the user account the client will join with ("0" lets any uid join).');
      }
      if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(uidText) && !/^\d+$/.test(uidText)) {
        // agora-token-service would build a token for the user account "-1" or "1.5": a client
        // with a numeric uid can never join with it.
        throw new ValidationError('uid', 'integer from 0 to 4294967295, or a user account', `uid ${v.show(uidText)} looks like a number but is not a whole number from 0 to 4294967295. Send the integer uid the client joins with (a negative uid is usually a signed 32-bit overflow: send the unsigned value).`);
      }
      const user: RtcUser = /^\d+$/.test(uidText) ? {kind: 'uid', uid: v.uid(uidText)} : {kind: 'userAccount', account: v.userAccount(uidText)};
      const channel = channelOrWildcard ?? channelOf('*', 'channel', allowWildcardChannel, user);
      return {token: rtcToken(credentials, channel, user, role, expire)};
    }
    if (tokenType === 'rtm') {
      const userId = v.userId(uid ?? '');
      // With a channel, an RTM 2.x stream-channel token, as on agora-token-service.
      const channel = stringField(b, 'channel');
      return {token: rtmToken(credentials, userId, expire, channel === undefined || channel === '' ? undefined : channelOf(channel, 'channel', allowWildcardChannel, {kind: 'rtm'}))};
    }
    return {token: chatToken(credentials, uid === undefined || uid === '' ? undefined : v.userId(uid), expire)};
  },
};

export function createRouter(): Router<Route> {
  return new Router<Route>()
    .add('GET', '/ping', ping)
    .add('POST', '/getToken', getToken)
    .add('GET', RTC_ROUTE, rtc)
    .add('GET', '/rtm/:uid/', rtm)
    .add('GET', '/rte/:channelName/:role/:tokenType/:rtcuid/', rte)
    .add('GET', '/rte/:channelName/:role/:tokenType/:rtcuid/:rtmuid/', rte)
    .add('GET', '/chat/app/', chatApp)
    .add('GET', '/chat/account/:uid/', chatUser);
}

export function notFound(method: string, path: string, hints: string[], all: string[]): HttpError {
  const shown = path.length > 100 ? `${path.slice(0, 97)}...` : path;
  const hint = hints.length > 0 ? ` Expected: ${hints.join(' or ')} (replace each :name with a value).` : ` Routes: ${all.join(', ')}.`;
  return new HttpError(404, 'not_found', `No route for ${method} ${shown}.${hint}`);
}
