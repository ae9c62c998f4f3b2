import {ConfigError} from './errors.js';

export type CorsPolicy =
  | {kind: 'any'}
  | {kind: 'list'; origins: ReadonlySet<string>}
  /** No browser origin may call the server (curl and servers still can). */
  | {kind: 'none'};

export type Config = {
  appId: string;
  appCertificate: string;
  port: number;
  /** Interface to listen on; undefined listens on every interface (what containers need). */
  host: string | undefined;
  cors: CorsPolicy;
  /** When set, token routes require `Authorization: Bearer <authToken>`. */
  authToken: string | undefined;
  /** Token requests allowed per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you control). */
  trustProxy: boolean;
  /** Log one line per request. */
  logRequests: boolean;
  /** Open connections allowed at once; more are refused. */
  maxConnections: number;
  /** Redis server shared by several instances for the rate limit; undefined = in memory. */
  redisUrl: string | undefined;
};

const HEX32 = /^[0-9a-fA-F]{32}$/;

// The certificate is described (length, which characters are wrong) but never echoed.
function credential(env: NodeJS.ProcessEnv, name: 'APP_ID' | 'APP_CERTIFICATE'): string {
  const raw = env[name];
  const where = 'Copy it from your project in Agora Console (Project Management > Configure) into .env or the environment.';
  if (raw === undefined || raw.trim() === '') {
    throw new ConfigError(name, `${name} is not set. ${where}`);
  }
  const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (!HEX32.test(value)) {
    const nonHex = [...value].filter((c) => !/[0-9a-fA-F]/.test(c)).length;
    const detail =
      value.length !== 32
        ? `it is ${value.length} characters long`
        : `${nonHex} of its characters ${nonHex === 1 ? 'is' : 'are'} not hexadecimal`;
    throw new ConfigError(name, `${name} must be 32 hexadecimal characters, but ${detail}. ${where}`);
  }
  return value;
}

function port(env: NodeJS.ProcessEnv): number {
  // SERVER_PORT first, as in agora-token-service; PORT is what most hosts inject.
  const name = env.SERVER_PORT ? 'SERVER_PORT' : env.PORT ? 'PORT' : undefined;
  if (!name) return 8080;
  const text = env[name]!.trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) {
    throw new ConfigError(name, `${name} must be a port number from 0 to 65535, not ${JSON.stringify(text)}.`);
  }
  return n;
}

function cors(env: NodeJS.ProcessEnv): CorsPolicy {
  const raw = (env.CORS_ALLOW_ORIGIN ?? '').trim();
  if (raw === '') return {kind: 'none'};
  if (raw === '*') return {kind: 'any'};
  const origins = new Set<string>();
  for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new ConfigError('CORS_ALLOW_ORIGIN', `CORS_ALLOW_ORIGIN entry ${JSON.stringify(item)} is not an origin. Use e.g. https://app.example.com (scheme, host and port if any; no path), or * for any origin.`);
    }
    if (url.origin === 'null' || url.pathname !== '/' || url.search || url.hash || item.endsWith('/')) {
      throw new ConfigError('CORS_ALLOW_ORIGIN', `CORS_ALLOW_ORIGIN entry ${JSON.stringify(item)} is not an origin: browsers send just scheme://host[:port], with no path or trailing slash. Use ${JSON.stringify(url.origin)}.`);
    }
    origins.add(url.origin);
  }
  return {kind: 'list', origins};
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const v = (env[name] ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return false;
  if (v === '1' || v === 'true' || v === 'yes') return true;
  throw new ConfigError(name, `${name} must be true or false, not ${JSON.stringify(env[name])}.`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const appId = credential(env, 'APP_ID');
  const appCertificate = credential(env, 'APP_CERTIFICATE');
  const authToken = env.AUTH_TOKEN?.trim() || undefined;
  if (authToken !== undefined && authToken.length < 16) {
    throw new ConfigError('AUTH_TOKEN', `AUTH_TOKEN is too short to be a secret (${authToken.length} characters). Use at least 16 random characters, e.g. the output of: openssl rand -hex 24`);
  }
  const rateText = (env.RATE_LIMIT_PER_MINUTE ?? '').trim();
  if (rateText !== '' && !/^\d+$/.test(rateText)) {
    throw new ConfigError('RATE_LIMIT_PER_MINUTE', `RATE_LIMIT_PER_MINUTE must be a whole number of requests per client per minute (0 = off), not ${JSON.stringify(rateText)}.`);
  }
  const maxText = (env.MAX_CONNECTIONS ?? '').trim();
  if (maxText !== '' && (!/^\d+$/.test(maxText) || Number(maxText) < 1)) {
    throw new ConfigError('MAX_CONNECTIONS', `MAX_CONNECTIONS must be a whole number of connections, at least 1, not ${JSON.stringify(maxText)}.`);
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/./.test(redisUrl)) {
    throw new ConfigError('REDIS_URL', 'REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://localhost:6379.');
  }
  if (redisUrl !== undefined && rateText === '') {
    throw new ConfigError('REDIS_URL', 'REDIS_URL is set but RATE_LIMIT_PER_MINUTE is not: Redis only holds the shared rate limit. Set RATE_LIMIT_PER_MINUTE too, or remove REDIS_URL.');
  }
  return {
    appId,
    appCertificate,
    port: port(env),
    host: env.HOST?.trim() || undefined,
    cors: cors(env),
    authToken,
    rateLimitPerMinute: rateText === '' ? 0 : Number(rateText),
    trustProxy: flag(env, 'TRUST_PROXY'),
    logRequests: flag(env, 'LOG_REQUESTS'),
    maxConnections: maxText === '' ? 1000 : Number(maxText),
    redisUrl,
  };
}

/** A one-line summary for the start-up log: no secrets, the App ID shortened. */
export function describeConfig(c: Config): string {
  const corsText = c.cors.kind === 'any' ? 'any origin' : c.cors.kind === 'none' ? 'off (no browser origin allowed)' : [...c.cors.origins].join(', ');
  return [
    `App ID ${c.appId.slice(0, 4)}…${c.appId.slice(-4)}`,
    `CORS: ${corsText}`,
    `auth: ${c.authToken ? 'bearer token required' : 'off'}`,
    `rate limit: ${c.rateLimitPerMinute ? `${c.rateLimitPerMinute}/min per client${c.redisUrl ? ', shared in Redis' : ''}` : 'off'}`,
  ].join('; ');
}
