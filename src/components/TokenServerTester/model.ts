// The token server tester without React: the form's rules, the requests it sends, what the
// token must carry, and how each failure is explained. Pure, so it is tested in Node too.
import {
  decodeToken, isKnownServiceType, privilegeName, privilegeWords, SERVICES, validateAppId, validateChannelName, validateRtmUserId, validateUserAccount,
} from '@site/src/token';

export type RouteKind = 'rtc' | 'rtm' | 'rte' | 'chatUser' | 'chatApp' | 'post';
export type PostTokenType = 'rtc' | 'rtm' | 'chat';
export type Role = 'publisher' | 'subscriber';

export type TesterForm = {
  serverUrl: string;
  route: RouteKind;
  channel: string;
  role: Role;
  uidType: 'uid' | 'userAccount';
  /** RTC uid or account; for RTM and Chat user routes, the user ID. */
  uid: string;
  /** /rte only: the RTM user, when it differs from the RTC user. */
  rtmUser: string;
  /** POST /getToken only: the token type in the JSON body. */
  postTokenType: PostTokenType;
  expiry: string;
  /** Optional: checks the App ID in the token. Public, unlike the certificate. */
  appId: string;
  /** Optional: for servers that require `Authorization: Bearer ...`. */
  bearer: string;
};

export type FieldErrors = Partial<Record<keyof TesterForm, string>>;

export const ROUTES: Record<RouteKind, {label: string; fields: (keyof TesterForm)[]}> = {
  rtc: {label: 'RTC token: /rtc/…', fields: ['channel', 'role', 'uidType', 'uid']},
  rte: {label: 'RTC and RTM tokens: /rte/…', fields: ['channel', 'role', 'uidType', 'uid', 'rtmUser']},
  rtm: {label: 'RTM token: /rtm/…', fields: ['uid']},
  chatUser: {label: 'Chat user token: /chat/account/…', fields: ['uid']},
  chatApp: {label: 'Chat app token: /chat/app/', fields: []},
  post: {label: 'Any token by POST /getToken (JSON)', fields: ['postTokenType', 'channel', 'role', 'uid']},
};

/** The fields the form shows for its current route (POST /getToken: by token type). */
export function fieldsFor(form: Pick<TesterForm, 'route' | 'postTokenType'>): (keyof TesterForm)[] {
  if (form.route !== 'post') return ROUTES[form.route].fields;
  if (form.postTokenType === 'rtc') return ['postTokenType', 'channel', 'role', 'uid'];
  // RTM: the channel is an optional RTM 2.x stream channel; Chat: no user means an app token.
  return form.postTokenType === 'rtm' ? ['postTokenType', 'uid', 'channel'] : ['postTokenType', 'uid'];
}

/** One service a returned token must carry. */
export type ExpectedService =
  | {type: 1; channelName: string; uid: string; privileges: number[]}
  | {type: 2; userId: string; privileges: number[]}
  | {type: 5; userId: string; privileges: number[]};

export type Plan = {
  base: string;
  pingUrl: string;
  method: 'GET' | 'POST';
  tokenUrl: string;
  /** POST only: the JSON body. */
  body?: string;
  /** Path and query of the token request, as shown to the reader. */
  tokenPath: string;
  headers: Record<string, string>;
  expire: number;
  appId?: string;
  /**
   * Response field name -> the service its token must carry. `stream`: an RTM token that also
   * carries an RTC service for an RTM 2.x stream channel (join + publish data stream), first.
   */
  tokens: {field: 'rtcToken' | 'rtmToken' | 'chatToken' | 'token'; service: ExpectedService; stream?: ExpectedService}[];
};

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|[\w.-]+\.localhost)$/i;
/** A service type as the reader knows it: "RTC", "RTM", "Chat". */
function serviceLabel(type: number): string {
  return isKnownServiceType(type) ? SERVICES[type].label : `type ${type}`;
}

function checkServerUrl(text: string, pageProtocol: string): {url?: URL; error?: string} {
  const trimmed = text.trim();
  if (trimmed === '') return {error: 'Enter the address of your token server, e.g. http://localhost:8080.'};
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {error: `"${trimmed}" is not a full URL. Include the scheme, e.g. http://localhost:8080 or https://tokens.example.com.`};
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return {error: `The server URL must start with http:// or https://, not ${url.protocol}//.`};
  if (url.username || url.password) return {error: 'Remove the user name and password from the URL: this tester sends an optional bearer token instead.'};
  if (url.search || url.hash) return {error: 'Enter the server address only, without ?query or #fragment: the tester adds the routes itself.'};
  if (/\/:[a-z]/i.test(url.pathname)) return {error: 'The URL contains a :placeholder. Enter only the server address, e.g. http://localhost:8080; the tester fills in the route.'};
  if (/\/(?:rtc|rtm|rte|chat|ping|getToken)(?:\/|$)/.test(url.pathname)) {
    return {error: `Enter the server address without a route (remove ${url.pathname}); the tester adds /ping and the token route itself.`};
  }
  // Browsers block http:// requests from an https:// page, except to the reader's own machine.
  if (pageProtocol === 'https:' && url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    return {error: `This page is served over HTTPS, so your browser blocks requests to http://${url.host}. Serve your token server over HTTPS (every host in the deploy notes does), or test a local server at http://localhost.`};
  }
  return {url};
}

function uidValue(form: TesterForm, errors: FieldErrors): string {
  if (form.uidType === 'uid') {
    if (!/^\d+$/.test(form.uid) || form.uid.length > 10 || Number(form.uid) > 4294967295) {
      errors.uid = 'A uid is a whole number from 0 to 4294967295 (0 lets any uid join). For a text ID, choose "user account".';
      return '';
    }
    return String(Number(form.uid));
  }
  const issue = validateUserAccount(form.uid, 'uid');
  if (issue) errors.uid = issue.message;
  return form.uid;
}

function userIdValue(value: string, field: 'uid' | 'rtmUser', errors: FieldErrors): string {
  const issue = validateRtmUserId(value, field, 'User ID');
  if (issue && issue.severity === 'error') errors[field] = issue.message;
  else if (value === '0') errors[field] = 'User ID "0" is not a user. Enter the ID the user logs in with.';
  else if (issue) errors[field] = issue.message;
  return value;
}

const enc = encodeURIComponent;

/** Checks the form; on success, the two requests to send and what the token must carry. */
export function planRequests(form: TesterForm, pageProtocol: string): {ok: true; plan: Plan} | {ok: false; errors: FieldErrors} {
  const errors: FieldErrors = {};
  const {url, error} = checkServerUrl(form.serverUrl, pageProtocol);
  if (error) errors.serverUrl = error;
  if (!/^\d+$/.test(form.expiry.trim()) || Number(form.expiry) < 1 || Number(form.expiry) > 86400) {
    errors.expiry = 'Enter a lifetime in seconds from 1 to 86400 (24 hours, the longest Agora accepts), e.g. 3600.';
  }
  const appId = form.appId.trim();
  if (appId !== '') {
    const issue = validateAppId(appId);
    if (issue) errors.appId = issue.message;
  }
  if (/[\r\n]/.test(form.bearer)) errors.bearer = 'The bearer token must be on one line.';
  const expire = Number(form.expiry);
  const all = [1, 2, 3, 4];
  const rolePrivileges = form.role === 'publisher' ? all : [1];
  let tokenPath = '';
  let tokens: Plan['tokens'] = [];
  let postBody: string | undefined;

  if (form.route === 'rtc' || form.route === 'rte') {
    const channelIssue = validateChannelName(form.channel, 'channel');
    if (channelIssue) errors.channel = channelIssue.message;
    const uid = uidValue(form, errors);
    const tokenUid = form.uidType === 'uid' && uid === '0' ? '' : uid;
    const rtc: ExpectedService = {type: 1, channelName: form.channel, uid: tokenUid, privileges: rolePrivileges};
    tokenPath = `/${form.route}/${enc(form.channel)}/${form.role}/${form.uidType}/${enc(form.uid)}/`;
    tokens = [{field: 'rtcToken', service: rtc}];
    if (form.route === 'rte') {
      const rtmUser = form.rtmUser.trim() === '' ? undefined : form.rtmUser;
      if (rtmUser === undefined && uid === '0' && form.uidType === 'uid') {
        errors.rtmUser = 'With uid 0 (anyone may join) there is no RTM user: enter the RTM user ID.';
      }
      if (rtmUser !== undefined) {
        userIdValue(rtmUser, 'rtmUser', errors);
        tokenPath += `${enc(rtmUser)}/`;
      }
      // As agora-token-service, the RTM token also lets the RTM user into the channel as a stream channel.
      const rtmUserId = rtmUser ?? form.uid;
      tokens.push({field: 'rtmToken', service: {type: 2, userId: rtmUserId, privileges: [1]}, stream: {type: 1, channelName: form.channel, uid: rtmUserId, privileges: [1, 4]}});
    }
  } else if (form.route === 'rtm' || form.route === 'chatUser') {
    const userId = userIdValue(form.uid, 'uid', errors);
    tokenPath = form.route === 'rtm' ? `/rtm/${enc(userId)}/` : `/chat/account/${enc(userId)}/`;
    tokens = [form.route === 'rtm' ? {field: 'rtmToken', service: {type: 2, userId, privileges: [1]}} : {field: 'chatToken', service: {type: 5, userId, privileges: [1]}}];
  } else if (form.route === 'post') {
    // The JSON route of agora-token-service: {tokenType, channel, role, uid, expire} -> {token}.
    tokenPath = '/getToken';
    const body: Record<string, unknown> = {tokenType: form.postTokenType};
    if (form.postTokenType === 'rtc') {
      const channelIssue = validateChannelName(form.channel, 'channel');
      if (channelIssue) errors.channel = channelIssue.message;
      const numeric = /^\d+$/.test(form.uid);
      if (numeric && (form.uid.length > 10 || Number(form.uid) > 4294967295)) errors.uid = 'A uid is a whole number from 0 to 4294967295 (0 lets any uid join).';
      else if (!numeric) {
        const issue = validateUserAccount(form.uid, 'uid');
        if (issue) errors.uid = `${issue.message} (digits make an integer uid, anything else a user account)`;
      }
      const tokenUid = numeric ? (Number(form.uid) === 0 ? '' : String(Number(form.uid))) : form.uid;
      Object.assign(body, {channel: form.channel, role: form.role, uid: form.uid});
      tokens = [{field: 'token', service: {type: 1, channelName: form.channel, uid: tokenUid, privileges: rolePrivileges}}];
    } else if (form.postTokenType === 'rtm') {
      const userId = userIdValue(form.uid, 'uid', errors);
      const stream = form.channel.trim() === '' ? undefined : form.channel;
      if (stream !== undefined) {
        const channelIssue = validateChannelName(stream, 'channel');
        if (channelIssue) errors.channel = channelIssue.message;
      }
      Object.assign(body, {uid: userId}, stream === undefined ? {} : {channel: stream});
      tokens = [{field: 'token', service: {type: 2, userId, privileges: [1]}, ...(stream === undefined ? {} : {stream: {type: 1 as const, channelName: stream, uid: userId, privileges: [1, 4]}})}];
    } else {
      const userId = form.uid.trim() === '' ? '' : userIdValue(form.uid, 'uid', errors);
      if (userId !== '') body.uid = userId;
      tokens = [{field: 'token', service: {type: 5, userId, privileges: [userId === '' ? 2 : 1]}}];
    }
    body.expire = expire;
    postBody = JSON.stringify(body);
  } else {
    tokenPath = '/chat/app/';
    tokens = [{field: 'chatToken', service: {type: 5, userId: '', privileges: [2]}}];
  }
  if (Object.keys(errors).length > 0 || !url) return {ok: false, errors};

  if (postBody === undefined) tokenPath += `?expiry=${expire}`;
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const headers: Record<string, string> = postBody === undefined ? {} : {'Content-Type': 'application/json'};
  if (form.bearer.trim() !== '') headers.Authorization = `Bearer ${form.bearer.trim()}`;
  const method = postBody === undefined ? 'GET' : 'POST';
  return {ok: true, plan: {base, pingUrl: `${base}/ping`, method, tokenUrl: base + tokenPath, body: postBody, tokenPath, headers, expire, appId: appId || undefined, tokens}};
}

export type CheckStatus = 'ok' | 'warn' | 'error' | 'info';
export type Check = {status: CheckStatus; text: string};

const list = (ids: number[], type: number) => (ids.length === 0 ? 'none' : ids.map((id) => privilegeWords(privilegeName(type, id))).join(', '));

/** Decodes each token in a 200 response with the engine and checks it carries what was asked. */
export function checkTokens(plan: Plan, body: unknown, nowSeconds: number): Check[] {
  const checks: Check[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{status: 'error', text: 'The response is not a JSON object. A token server answers e.g. {"rtcToken": "007…"}.'}];
  }
  const fields = body as Record<string, unknown>;
  for (const {field, service, stream} of plan.tokens) {
    const label = plan.tokens.length > 1 ? `${field}: ` : '';
    const value = fields[field];
    if (value === undefined) {
      const got = Object.keys(fields);
      checks.push({status: 'error', text: `${label}The response has no "${field}" field${got.length ? ` (it has: ${got.join(', ')})` : ''}. The reference server and agora-token-service answer {"${field}": "007…"}; a client that reads "${field}" gets undefined here.`});
      continue;
    }
    if (typeof value !== 'string' || value === '') {
      checks.push({status: 'error', text: `${label}"${field}" is ${value === '' ? 'an empty string' : `not a string (${typeof value})`}. agora-token returns "" instead of an error when APP_ID or APP_CERTIFICATE is malformed: check both on the server.`});
      continue;
    }
    const decoded = decodeToken(value);
    if (!decoded.ok) {
      checks.push({status: 'error', text: `${label}The token does not decode (${decoded.error.part}): ${decoded.error.message}`});
      continue;
    }
    const t = decoded.token;
    if (t.version === '006') {
      checks.push({status: 'error', text: `${label}This is a legacy 006 token (from the old agora-access-token package). Build 007 tokens with agora-token: 006 tokens take absolute expiry times and are being phased out.`});
      continue;
    }
    checks.push({status: 'ok', text: `${label}Decodes as a 007 token for App ID ${t.appId}.`});
    if (plan.appId !== undefined) {
      checks.push(
        t.appId.toLowerCase() === plan.appId.toLowerCase()
          ? {status: 'ok', text: `${label}The App ID matches the one you entered.`}
          : {status: 'error', text: `${label}The token is for App ID ${t.appId}, not ${plan.appId}: the server's APP_ID belongs to another project. The SDK would reject the join with error 110.`},
      );
    }
    const expected = stream ? [stream, service] : [service];
    if (t.services.length !== expected.length || t.services.some((x, i) => x.type !== expected[i].type)) {
      const got = t.services.map((s) => serviceLabel(s.type)).join(' + ') || 'no service';
      const want = stream ? 'an RTC service for the stream channel, then an RTM service' : `one ${serviceLabel(service.type)} service`;
      checks.push({status: 'error', text: `${label}Expected ${want}; the token carries ${got}.`});
      continue;
    }
    if (stream && stream.type === 1 && t.services[0].type === 1) {
      const rtc = t.services[0];
      const ids = rtc.privileges.map((p) => p.id).sort((a, b) => a - b).join();
      checks.push(
        rtc.channelName === stream.channelName && rtc.uid === stream.uid && ids === '1,4'
          ? {status: 'ok', text: `${label}Stream channel: "${rtc.channelName}" for "${rtc.uid}" (join channel, publish data stream).`}
          : {status: 'error', text: `${label}The stream-channel service is for channel "${rtc.channelName}", user "${rtc.uid}" with ${list(rtc.privileges.map((p) => p.id), 1)}; expected "${stream.channelName}", "${stream.uid}" with join channel, publish data stream.`},
      );
    }
    const s = t.services[expected.length - 1];
    if (service.type === 1 && s.type === 1) {
      checks.push(
        s.channelName === service.channelName
          ? {status: 'ok', text: `${label}Channel: "${s.channelName}".`}
          : {status: 'error', text: `${label}The token is for channel "${s.channelName}", not "${service.channelName}". Joining "${service.channelName}" would fail with error 110.`},
      );
      const asked = service.uid === '' ? 'uid 0 (anyone)' : `"${service.uid}"`;
      const got = s.uid === '' ? 'uid 0 (anyone)' : `"${s.uid}"`;
      checks.push(
        s.uid === service.uid
          ? {status: 'ok', text: `${label}User: ${got}.`}
          : {status: 'error', text: `${label}The token is for ${got}, not ${asked}. The client must join with exactly the uid or account the token was built for, or the join fails with error 110.`},
      );
    } else if (s.type === 2 || s.type === 5) {
      const userId = (service as {userId: string}).userId;
      checks.push(
        s.userId === userId
          ? {status: 'ok', text: `${label}${userId === '' ? 'App-level token (no user).' : `User ID: "${s.userId}".`}`}
          : {status: 'error', text: `${label}The token is for user "${s.userId}", not "${userId}".`},
      );
    }
    const ids = s.privileges.map((p) => p.id).sort((a, b) => a - b);
    const want = [...service.privileges].sort((a, b) => a - b);
    if (ids.join() === want.join()) {
      checks.push({status: 'ok', text: `${label}Privileges: ${list(ids, s.type)}.`});
    } else {
      const hint = service.type === 1 ? (want.length === 1 ? ' A subscriber gets join only.' : ' A publisher gets join and the three publish privileges.') : '';
      checks.push({status: 'error', text: `${label}Privileges are ${list(ids, s.type)}; expected ${list(want, s.type)}.${hint}`});
    }
    if (t.expire === plan.expire) {
      checks.push({status: 'ok', text: `${label}Lifetime: ${t.expire} s, as asked; expires at ${new Date(t.expiresAt * 1000).toISOString().replace('.000Z', 'Z')}.`});
    } else {
      checks.push({status: 'error', text: `${label}The token lasts ${t.expire} s, but ${plan.expire} s was asked for: the server ignores or rewrites the expiry parameter.${t.expire >= 1e9 ? ' It looks like an absolute Unix time was passed where agora-token expects seconds from now.' : ''}`});
    }
    const late = s.privileges.filter((p) => p.expire !== 0 && p.expire < t.expire);
    if (late.length > 0) checks.push({status: 'warn', text: `${label}Some privileges end before the token does (${late.map((p) => `${p.name} after ${p.expire} s`).join(', ')}).`});
    const skew = t.issueTs - nowSeconds;
    if (Math.abs(skew) > 300) {
      checks.push({status: 'warn', text: `${label}The token's issue time is ${Math.abs(skew)} s ${skew > 0 ? 'ahead of' : 'behind'} this computer's clock. If the server's clock is wrong, tokens expire early or look not yet valid: sync it with NTP.`});
    }
  }
  if (checks.every((c) => c.status !== 'error')) {
    checks.push({status: 'info', text: 'Signature not checked: that needs the App Certificate, which stays on your server. This page never asks for it.'});
  }
  return checks;
}

export type Explanation = {problem: string; fix: string};

/** An HTTP answer other than 200 from the token route (or /ping). */
export function explainStatus(step: 'ping' | 'token', url: string, status: number, body: unknown): Explanation {
  const message = typeof body === 'object' && body !== null && typeof (body as {message?: unknown}).message === 'string' ? (body as {message: string}).message : undefined;
  const said = message ? ` The server says: "${message}"` : '';
  const path = new URL(url).pathname;
  if (status === 404) {
    return step === 'ping'
      ? {problem: `The server answered 404 for ${path}: it has no /ping route there.${said}`, fix: 'Check that the URL is the server’s root, without a path the server does not have. Servers other than the reference server may not have /ping; the token route is tested next.'}
      : {problem: `The server answered 404 for ${path}: it has no such route.${said}`, fix: 'Check the server address (no extra path) and that the server has this route. The reference server and agora-token-service answer /rtc/:channelName/:role/:tokenType/:uid/, /rtm/:uid/, /rte/…, /chat/app/ and /chat/account/:uid/.'};
  }
  if (status === 400) return {problem: `The server rejected the request (400).${said}`, fix: 'Change the field the message names and run the test again.'};
  if (status === 401) return {problem: `The server requires authorization (401).${said}`, fix: 'Enter the bearer token your server expects (AUTH_TOKEN on the reference server) in the AUTH_TOKEN field under “Optional: App ID check, authorization”, for this test only. Your web or mobile app must not send it: only your own backend should call a server that needs AUTH_TOKEN.'};
  if (status === 403) return {problem: `The server refused the request (403).${said}`, fix: 'If the message is about the origin, add this page’s origin to CORS_ALLOW_ORIGIN and restart the server.'};
  if (status === 405) return {problem: `The server does not accept GET for ${path} (405).${said}`, fix: 'Your server may expect POST for this route: check its documentation, or use the reference server.'};
  if (status === 429) return {problem: `The server rate-limited the request (429).${said}`, fix: 'Wait a minute and test again, or raise RATE_LIMIT_PER_MINUTE on the server.'};
  if (status >= 500) return {problem: `The server failed (${status}).${said}`, fix: 'Look at the server’s log. A common cause is an APP_ID or APP_CERTIFICATE with a typo: the reference server refuses to start in that case, others fail per request.'};
  return {problem: `The server answered ${status}.${said}`, fix: 'A token server answers 200 with a JSON body holding the token.'};
}

/** A request that failed without an HTTP answer the page may read. */
export function explainNetwork(kind: 'cors' | 'down' | 'timeout', url: string, pageOrigin: string, withBearer: boolean): Explanation {
  const {origin, host} = new URL(url);
  if (kind === 'cors') {
    return {
      problem: `${host} answered, but the browser did not let this page read the answer: the server does not allow requests from ${pageOrigin} (CORS).`,
      fix: `Start the reference server with CORS_ALLOW_ORIGIN=${pageOrigin} (or add ${pageOrigin} to its comma-separated list) and restart it. Another server must answer with Access-Control-Allow-Origin: ${pageOrigin}${withBearer ? ' and answer the OPTIONS preflight allowing the Authorization header' : ''}. In production, list your app’s origin, not *.`,
    };
  }
  if (kind === 'timeout') {
    return {problem: `${origin} did not answer within 10 seconds.`, fix: 'Check that the server is running and not stuck; a host that sleeps idle apps can take a while to wake: try again.'};
  }
  const local = LOOPBACK.test(new URL(url).hostname);
  return {
    problem: `Nothing answered at ${origin}.`,
    fix: local
      ? `Start the server (in examples/token-server: npm ci && npm start) and check the port: the reference server listens on PORT, 8080 by default, and prints its address when it starts.`
      : 'Check the address and that the server is deployed and running; open the /ping URL in a new tab to see whether it answers.',
  };
}
