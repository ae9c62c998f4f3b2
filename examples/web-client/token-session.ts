// Keeps an Agora Web SDK 4.x client (agora-rtc-sdk-ng) in its channel with tokens from your
// token server: fetch a token, join, renew on `token-privilege-will-expire`, join again on
// `token-privilege-did-expire`, and retry failed fetches with backoff before reporting an error.
//
// The SDK client is a parameter typed by the small interface below, so this file imports
// nothing from the SDK: the real client fits it, and so does the stand-in the tests use.

/** A numeric uid (0 to 2^32-1; 0 lets the SDK pick one) or a string user account. */
export type User = number | string;

export type TokenEvent = 'token-privilege-will-expire' | 'token-privilege-did-expire';

/** The methods of the SDK's client (IAgoraRTCClient) that this file calls. */
export interface TokenClient {
  join(appId: string, channel: string, token: string | null, uid?: User | null): Promise<User>;
  renewToken(token: string): Promise<void>;
  leave(): Promise<void>;
  on(event: TokenEvent, listener: () => void): void;
  off(event: TokenEvent, listener: () => void): void;
}

export type Role = 'publisher' | 'subscriber';

export type TokenRequest = {
  serverUrl: string;
  channel: string;
  user: User;
  role: Role;
  /** Token lifetime in seconds from now: 60 to 86400 (24 hours). */
  expirySeconds: number;
};

/** Delays grow 1 s, 2 s, 4 s... up to maxDelayMs, for `attempts` tries in all. */
export type RetryPolicy = {attempts: number; firstDelayMs: number; maxDelayMs: number; timeoutMs: number};

export const defaultRetry: RetryPolicy = {attempts: 4, firstDelayMs: 1000, maxDelayMs: 8000, timeoutMs: 10_000};

/** A setting the session cannot work with; `field` names it. */
export class TokenSessionConfigError extends Error {
  override name = 'TokenSessionConfigError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The token server could not give a token. `retryable` is false when trying again cannot help. */
export class TokenFetchError extends Error {
  override name = 'TokenFetchError';
  constructor(
    message: string,
    readonly attempts: number,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type SessionEvent =
  | {type: 'joined'; uid: User}
  | {type: 'renewed'}
  | {type: 'rejoined'; uid: User}
  | {type: 'retrying'; attempt: number; delayMs: number; reason: string}
  | {type: 'error'; phase: 'renew' | 'rejoin'; error: Error};

export type SessionOptions = {
  appId: string;
  serverUrl: string;
  channel: string;
  user: User;
  role?: Role;
  expirySeconds?: number;
  retry?: RetryPolicy;
  /** Extra request headers, e.g. your app's own session credential, so the server knows who asks. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  onEvent?: (event: SessionEvent) => void;
};

export type TokenSession = {
  /** The uid Agora admitted the user with (the SDK's pick when you passed 0). */
  readonly uid: User;
  /** Stops renewing and leaves the channel. */
  leave(): Promise<void>;
};

/** The agora-token-service route, which the project's reference token server also serves. */
export function tokenUrl({serverUrl, channel, user, role, expirySeconds}: TokenRequest): string {
  const base = serverUrl.replace(/\/+$/, '');
  // The token type must match what join() receives: a number is a uid, a string an account.
  const type = typeof user === 'number' ? 'uid' : 'userAccount';
  return `${base}/rtc/${encodeURIComponent(channel)}/${role}/${type}/${encodeURIComponent(String(user))}/?expiry=${expirySeconds}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}

async function describeFailure(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).trim();
  let detail = text;
  try {
    const body = JSON.parse(text) as {error?: unknown; message?: unknown};
    detail = String(body.message ?? body.error ?? text); // the reference server sends both
  } catch {
    // Plain-text error bodies are fine as they are.
  }
  return `the token server answered HTTP ${response.status}${detail ? `: ${detail.slice(0, 200)}` : ''}`;
}

type Attempt = {token: string} | {error: string; retryable: boolean; status?: number};

type AttemptOptions = {fetch: typeof fetch; timeoutMs: number; headers?: Record<string, string>; signal?: AbortSignal};

async function attempt(url: string, {fetch: fetchImpl, timeoutMs, headers, signal}: AttemptOptions): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, {once: true});
  try {
    const response = await fetchImpl(url, {signal: controller.signal, headers: {accept: 'application/json', ...headers}});
    if (!response.ok) {
      // 4xx means the request itself is wrong (a bad channel name, say): the same request fails
      // again. 408, 429 and 5xx are temporary.
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      return {error: await describeFailure(response), retryable, status: response.status};
    }
    const body = (await response.json().catch(() => null)) as {rtcToken?: unknown} | null;
    if (typeof body?.rtcToken !== 'string' || body.rtcToken === '') {
      return {error: 'the token server answered without an "rtcToken" string in its JSON body', retryable: false};
    }
    return {token: body.rtcToken};
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : `the request failed (${String(error)})`;
    return {error: reason, retryable: true};
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * Fetches an RTC token. Temporary failures (network, timeout, 408, 429, 5xx) are retried with
 * exponential backoff; the last failure, or the first permanent one, is thrown as TokenFetchError.
 */
export async function fetchRtcToken(
  request: TokenRequest,
  options: {
    retry?: RetryPolicy;
    headers?: Record<string, string>;
    fetch?: typeof fetch;
    signal?: AbortSignal;
    onRetry?: (event: SessionEvent & {type: 'retrying'}) => void;
  } = {},
): Promise<string> {
  const retry = options.retry ?? defaultRetry;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = tokenUrl(request);
  for (let n = 1; ; n++) {
    const result = await attempt(url, {fetch: fetchImpl, timeoutMs: retry.timeoutMs, headers: options.headers, signal: options.signal});
    if ('token' in result) return result.token;
    if (!result.retryable || n >= retry.attempts) {
      const tries = n === 1 ? '1 attempt' : `${n} attempts`;
      throw new TokenFetchError(`Could not get a token from ${url} after ${tries}: ${result.error}.`, n, result.retryable, result.status);
    }
    const delayMs = Math.min(retry.firstDelayMs * 2 ** (n - 1), retry.maxDelayMs);
    options.onRetry?.({type: 'retrying', attempt: n, delayMs, reason: result.error});
    await sleep(delayMs, options.signal);
  }
}

function checkOptions(o: SessionOptions): Required<Pick<SessionOptions, 'role' | 'expirySeconds'>> {
  if (!/^[0-9a-fA-F]{32}$/.test(o.appId)) {
    throw new TokenSessionConfigError('appId', `expected the 32 hex characters of your project's App ID, got "${o.appId}".`);
  }
  if (!/^https?:\/\//.test(o.serverUrl)) {
    throw new TokenSessionConfigError('serverUrl', `expected an http:// or https:// URL of your token server, got "${o.serverUrl}".`);
  }
  if (typeof o.user === 'number' && !(Number.isInteger(o.user) && o.user >= 0 && o.user <= 0xffffffff)) {
    throw new TokenSessionConfigError('user', `a numeric uid is an integer from 0 to 4294967295, got ${o.user}.`);
  }
  if (typeof o.user === 'string' && (o.user === '' || new TextEncoder().encode(o.user).length > 255)) {
    throw new TokenSessionConfigError('user', 'a user account is 1 to 255 bytes long.');
  }
  const expirySeconds = o.expirySeconds ?? 3600;
  if (!Number.isInteger(expirySeconds) || expirySeconds < 60 || expirySeconds > 86400) {
    throw new TokenSessionConfigError(
      'expirySeconds',
      `expected whole seconds from 60 to 86400 (24 hours), got ${expirySeconds}. The SDK warns 30 s before expiry, so a shorter token leaves no time to renew.`,
    );
  }
  return {role: o.role ?? 'publisher', expirySeconds};
}

/**
 * Fetches a token, joins the channel and keeps the user in it. Rejects if the first token cannot
 * be fetched or the join fails; later failures are reported through `onEvent` as errors.
 */
export async function joinWithTokens(client: TokenClient, options: SessionOptions): Promise<TokenSession> {
  const {role, expirySeconds} = checkOptions(options);
  const {appId, serverUrl, channel, user} = options;
  const onEvent = options.onEvent ?? (() => {});
  const stopped = new AbortController();
  const getToken = () =>
    fetchRtcToken(
      {serverUrl, channel, user, role, expirySeconds},
      {retry: options.retry, headers: options.headers, fetch: options.fetch, signal: stopped.signal, onRetry: onEvent},
    );

  let renewing = false;
  const onWillExpire = async () => {
    if (renewing) return; // one renewal at a time
    renewing = true;
    try {
      const token = await getToken();
      if (stopped.signal.aborted) return;
      await client.renewToken(token);
      onEvent({type: 'renewed'});
    } catch (error) {
      if (!stopped.signal.aborted) onEvent({type: 'error', phase: 'renew', error: error as Error});
    } finally {
      renewing = false;
    }
  };
  const onDidExpire = async () => {
    try {
      const token = await getToken();
      if (stopped.signal.aborted) return;
      session.uid = await client.join(appId, channel, token, user);
      onEvent({type: 'rejoined', uid: session.uid});
    } catch (error) {
      if (!stopped.signal.aborted) onEvent({type: 'error', phase: 'rejoin', error: error as Error});
    }
  };

  const token = await getToken();
  client.on('token-privilege-will-expire', onWillExpire);
  client.on('token-privilege-did-expire', onDidExpire);
  const session = {
    uid: user,
    async leave() {
      stopped.abort(new Error('The session was left.'));
      client.off('token-privilege-will-expire', onWillExpire);
      client.off('token-privilege-did-expire', onDidExpire);
      await client.leave();
    },
  };
  try {
    session.uid = await client.join(appId, channel, token, user);
  } catch (error) {
    client.off('token-privilege-will-expire', onWillExpire);
    client.off('token-privilege-did-expire', onDidExpire);
    throw error;
  }
  onEvent({type: 'joined', uid: session.uid});
  return session;
}
