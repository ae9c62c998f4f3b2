import {createHash, timingSafeEqual} from 'node:crypto';
import type {IncomingMessage} from 'node:http';
import type {Config, CorsPolicy} from './config.js';
import {HttpError} from './errors.js';

export const ALLOWED_METHODS = 'GET, POST, OPTIONS';
export const ALLOWED_HEADERS = 'Content-Type, Authorization';

/** Response headers as a flat [name, value, name, value...] list, the form Node writes fastest. */
export type HeaderList = string[];

const NO_HEADERS: HeaderList = [];
const VARY_ORIGIN: HeaderList = ['Vary', 'Origin'];
const ANY_ORIGIN: HeaderList = ['Access-Control-Allow-Origin', '*'];

/**
 * CORS headers for a request from `origin`, or null when that origin is not allowed.
 * Requests without an Origin header (curl, your own back end) are not browser requests and
 * get no CORS headers at all.
 */
export function corsHeaders(policy: CorsPolicy, origin: string | undefined): HeaderList | null {
  if (origin === undefined) return policy.kind === 'list' ? VARY_ORIGIN : NO_HEADERS;
  if (policy.kind === 'any') return ANY_ORIGIN;
  if (policy.kind === 'list' && policy.origins.has(origin)) {
    // The answer depends on the Origin header: caches must keep one copy per origin.
    return ['Access-Control-Allow-Origin', origin, 'Vary', 'Origin'];
  }
  return null;
}

export function originDenied(policy: CorsPolicy, origin: string): HttpError {
  const current = policy.kind === 'list' ? [...policy.origins].join(',') : '';
  const fix = current ? `CORS_ALLOW_ORIGIN=${current},${origin}` : `CORS_ALLOW_ORIGIN=${origin}`;
  return new HttpError(
    403,
    'origin_not_allowed',
    `Browser requests from ${origin} are not allowed by this server. To allow them, set ${fix} and restart the server.`,
  );
}

/** Headers for a successful preflight (OPTIONS) answer. */
export function preflightHeaders(req: IncomingMessage, cors: HeaderList): HeaderList {
  const headers = cors.concat(['Access-Control-Allow-Methods', ALLOWED_METHODS, 'Access-Control-Allow-Headers', ALLOWED_HEADERS, 'Access-Control-Max-Age', '600']);
  // Chrome asks before a public site may call a server on the reader's own machine or network.
  if (req.headers['access-control-request-private-network'] === 'true') {
    headers.push('Access-Control-Allow-Private-Network', 'true');
  }
  return headers;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Checks `Authorization: Bearer <token>` in constant time. */
export function checkBearer(expected: string | undefined, header: string | undefined): void {
  if (expected === undefined) return;
  const given = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (given === undefined || !timingSafeEqual(digest(given), digest(expected))) {
    throw new HttpError(
      401,
      'unauthorized',
      given === undefined
        ? 'This server requires an Authorization: Bearer <token> header (AUTH_TOKEN is set).'
        : 'The bearer token is not the one this server expects (AUTH_TOKEN).',
      {'WWW-Authenticate': 'Bearer'},
    );
  }
}

/**
 * Where the rate limit keeps its counts. `hit` counts one request from `key` and answers 0 when
 * it is allowed, else the seconds to wait. The in-memory store answers at once; a shared store
 * (Redis) answers with a promise.
 */
export interface RateLimitStore {
  hit(key: string): number | Promise<number>;
  close(): Promise<void>;
}

export function rateLimited(perMinute: number, retryAfter: number): HttpError {
  return new HttpError(
    429,
    'rate_limited',
    `Too many token requests from this client (limit ${perMinute} per minute). Retry in ${retryAfter} s.`,
    {'Retry-After': String(retryAfter)},
  );
}

/**
 * The default store: a per-client token bucket in this process, `perMinute` requests refilled
 * continuously. Memory stays bounded: full buckets carry no information and are dropped when the
 * table grows.
 */
export class RateLimiter implements RateLimitStore {
  private readonly buckets = new Map<string, {tokens: number; at: number}>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 10000,
  ) {
    this.perMs = perMinute / 60000;
  }

  hit(key: string): number {
    const t = this.now();
    let b = this.buckets.get(key);
    if (b === undefined) {
      if (this.buckets.size >= this.maxClients) this.prune(t);
      b = {tokens: this.perMinute, at: t};
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * this.perMs);
      b.at = t;
    }
    if (b.tokens < 1) return Math.ceil((1 - b.tokens) / this.perMs / 1000);
    b.tokens -= 1;
    return 0;
  }

  /** `hit`, throwing the 429 when over the limit. */
  take(key: string): void {
    const wait = this.hit(key);
    if (wait > 0) throw rateLimited(this.perMinute, wait);
  }

  close(): Promise<void> {
    this.buckets.clear();
    return Promise.resolve();
  }

  private prune(t: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (t - b.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
    // Everyone is mid-burst: forget the oldest rather than grow without limit.
    if (this.buckets.size >= this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}

/**
 * The rate-limit key of a client address. An IPv6 client usually owns a whole /64 and can pick
 * any address in it, so IPv6 addresses are keyed on their first 64 bits; IPv4 (also written as
 * ::ffff:a.b.c.d) on the whole address.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const bare = address.replace(/%.*$/, '').toLowerCase();
  const [head, tail] = bare.includes('::') ? bare.split('::') : [bare, undefined];
  const left = head === '' ? [] : head.split(':');
  let groups = left;
  if (tail !== undefined) {
    const right = tail === '' ? [] : tail.split(':');
    // An embedded IPv4 tail counts as two groups.
    const rightCount = right.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
    groups = [...left, ...Array(Math.max(0, 8 - left.length - rightCount)).fill('0'), ...right];
  }
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export function clientAddress(req: IncomingMessage, config: Pick<Config, 'trustProxy'>): string {
  if (config.trustProxy) {
    // The last address is the one your proxy appended; anything before it the client wrote
    // itself, so keying on it would give every forged header a fresh quota.
    const header = req.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : header)?.split(',').pop()?.trim();
    if (last) return rateLimitKey(last);
  }
  return rateLimitKey(req.socket.remoteAddress ?? 'unknown');
}
