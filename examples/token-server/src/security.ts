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
 * A per-client token bucket: `perMinute` requests, refilled continuously. Memory stays bounded:
 * full buckets carry no information and are dropped when the table grows.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, {tokens: number; at: number}>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 10000,
  ) {
    this.perMs = perMinute / 60000;
  }

  take(key: string): void {
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
    if (b.tokens < 1) {
      const retryAfter = Math.ceil((1 - b.tokens) / this.perMs / 1000);
      throw new HttpError(
        429,
        'rate_limited',
        `Too many token requests from this client (limit ${this.perMinute} per minute). Retry in ${retryAfter} s.`,
        {'Retry-After': String(retryAfter)},
      );
    }
    b.tokens -= 1;
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

export function clientAddress(req: IncomingMessage, config: Pick<Config, 'trustProxy'>): string {
  if (config.trustProxy) {
    // The last address is the one your proxy appended; anything before it the client wrote
    // itself, so keying on it would give every forged header a fresh quota.
    const header = req.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : header)?.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
