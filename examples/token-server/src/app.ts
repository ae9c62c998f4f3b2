import type {IncomingMessage, RequestListener, ServerResponse} from 'node:http';
import type {Config} from './config.js';
import {HttpError, ValidationError} from './errors.js';
import {createRouter, notFound, type Query, type Route} from './endpoints.js';
import {checkBearer, clientAddress, corsHeaders, originDenied, preflightHeaders, RateLimiter, rateLimited, type HeaderList, type RateLimitStore} from './security.js';

export type Logger = (line: string) => void;

/** Larger bodies than any valid token request are refused before they are read. */
const MAX_BODY_BYTES = 4096;

// Every answer is JSON that must not be cached: a cached token would be served after it expires.
// (Headers go to Node as a flat list: with a token costing ~70 us, building header objects
// per request was a measurable share of the time.)
const BASE_HEADERS: HeaderList = [
  'Content-Type', 'application/json; charset=utf-8',
  'Cache-Control', 'private, no-cache, no-store, must-revalidate',
  'Pragma', 'no-cache',
  'X-Content-Type-Options', 'nosniff',
];

function parseQuery(search: string): Query {
  const query: Query = {};
  if (search === '') return query;
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    let key: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      if (Object.prototype.hasOwnProperty.call(query, key)) {
        throw new ValidationError(key, 'once', `The query parameter ${JSON.stringify(key.slice(0, 40))} is given twice. Send it once: servers differ in which copy they read.`);
      }
      query[key] = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch (e) {
      if (e instanceof ValidationError) throw e;
      throw new ValidationError(rawKey, 'valid percent-encoding', `The query parameter ${JSON.stringify(rawKey.slice(0, 40))} has a broken %-escape.`);
    }
  }
  return query;
}

// Bodies are read as JSON whatever they are labelled, as long as the label is one a JSON body
// really arrives with: application/json (and +json), text/json, text/plain (what fetch() sends
// for a string body without headers) and application/x-www-form-urlencoded (what curl -d sends).
const JSON_LABELS = /^\s*(?:application\/(?:[\w.+-]+\+)?json|text\/json|text\/plain|application\/x-www-form-urlencoded)\s*(?:;|$)/i;
const FORM = /^\s*application\/x-www-form-urlencoded/i;

function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'];
  if (type !== undefined && type !== '' && !JSON_LABELS.test(type)) {
    return Promise.reject(new HttpError(415, 'unsupported_media_type', `Send the body as JSON, e.g. with Content-Type: application/json (got ${JSON.stringify(type.slice(0, 60))}).`));
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    return Promise.reject(new HttpError(413, 'body_too_large', `The body is ${declared} bytes; a token request is under ${MAX_BODY_BYTES}.`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'body_too_large', `The body is over ${MAX_BODY_BYTES} bytes; a token request is much smaller.`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        reject(new ValidationError('body', 'JSON object', 'The request body is empty. Send JSON, e.g. {"tokenType":"rtc","channel":"demo","role":"publisher","uid":"1234"}.'));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch (e) {
        const form = type !== undefined && FORM.test(type) && !text.trimStart().startsWith('{');
        const hint = form ? ' It looks form-encoded (name=value&...): send the fields as a JSON object instead, e.g. curl -H "Content-Type: application/json" -d \'{"tokenType":"rtc",...}\'.' : '';
        reject(new ValidationError('body', 'valid JSON', `The request body is not valid JSON (${(e as Error).message}).${hint}`));
      }
    });
  });
}

/**
 * The request handler: CORS, then routing, then the optional bearer check and rate limit, then
 * the route. Anything thrown becomes a JSON error; only a bug in the server becomes a 500, and
 * its message is never sent to the client.
 */
export function createApp(config: Config, log: Logger = () => {}, store?: RateLimitStore): RequestListener {
  const router = createRouter();
  const routes = router.list();
  // The rate limit's counts: the given store (Redis, shared by instances), else this process's memory.
  const limiter = config.rateLimitPerMinute > 0 ? (store ?? new RateLimiter(config.rateLimitPerMinute)) : undefined;
  const credentials = {appId: config.appId, appCertificate: config.appCertificate};
  // Defence in depth: whatever ends up in a log line, the certificate does not.
  const scrub = (s: string) => s.split(config.appCertificate).join('[APP_CERTIFICATE]');

  function send(req: IncomingMessage, res: ServerResponse, status: number, headers: HeaderList, body: unknown, started: number) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, BASE_HEADERS.concat(headers, ['Content-Length', String(Buffer.byteLength(text))]));
    res.end(text);
    if (config.logRequests) log(scrub(`${req.method} ${req.url} ${status} ${(performance.now() - started).toFixed(1)} ms`));
  }

  function fail(req: IncomingMessage, res: ServerResponse, cors: HeaderList, error: unknown, started: number) {
    if (res.headersSent) {
      // Too late for a JSON answer: end the connection rather than send half of two replies.
      res.destroy();
      return;
    }
    if (error instanceof HttpError) {
      if (error.status >= 500) log(scrub(`${error.status} on ${req.method} ${req.url}: ${error.message}`));
      send(req, res, error.status, cors.concat(Object.entries(error.headers).flat()), error.toJSON(), started);
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    log(scrub(`Unexpected error on ${req.method} ${req.url}: ${e.name}: ${e.message}`));
    send(req, res, 500, cors, {status: 500, error: 'internal_error', message: 'The server failed unexpectedly. See the server log.'}, started);
  }

  function handle(req: IncomingMessage, res: ServerResponse, cors: HeaderList, started: number) {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const method = req.method ?? 'GET';
    const match = router.match(method, path);
    if (match.kind === 'none') throw notFound(method, path, match.hints, routes);
    if (match.kind === 'method') {
      throw new HttpError(405, 'method_not_allowed', `${path} answers ${match.allow.join(', ')}, not ${method}.`, {Allow: match.allow.join(', ')});
    }
    const route: Route = match.handler;
    if (route.issuesTokens && limiter !== undefined) {
      // Counted before the bearer check, so that guessing AUTH_TOKEN is rate-limited too.
      const wait = limiter.hit(clientAddress(req, config));
      if (typeof wait !== 'number') {
        wait
          .then((w) => {
            if (w > 0) throw rateLimited(config.rateLimitPerMinute, w);
            answer(req, res, cors, started, route, match.params, url, q);
          })
          .catch((error) => fail(req, res, cors, error, started));
        return;
      }
      if (wait > 0) throw rateLimited(config.rateLimitPerMinute, wait);
    }
    answer(req, res, cors, started, route, match.params, url, q);
  }

  function answer(req: IncomingMessage, res: ServerResponse, cors: HeaderList, started: number, route: Route, params: Record<string, string>, url: string, q: number) {
    if (route.issuesTokens) checkBearer(config.authToken, req.headers.authorization);
    const query = parseQuery(q < 0 ? '' : url.slice(q + 1));
    if (!route.readsBody) {
      send(req, res, 200, cors, route.run({params, query, body: undefined, credentials, allowWildcardChannel: config.allowWildcardChannel}), started);
      return;
    }
    readJson(req)
      .then((body) => send(req, res, 200, cors, route.run({params, query, body, credentials, allowWildcardChannel: config.allowWildcardChannel}), started))
      .catch((error) => fail(req, res, cors, error, started));
  }

  return (req, res) => {
    const started = config.logRequests ? performance.now() : 0;
    const origin = req.headers.origin;
    const cors = corsHeaders(config.cors, origin);
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    try {
      if (cors === null) throw originDenied(config.cors, origin!);
      if (preflight) {
        // Preflights are answered for any path: the real request then gets a readable 404.
        send(req, res, 204, preflightHeaders(req, cors), undefined, started);
        return;
      }
      if (req.method === 'OPTIONS') {
        send(req, res, 204, cors.concat(['Allow', 'GET, POST, OPTIONS']), undefined, started);
        return;
      }
      handle(req, res, cors, started);
    } catch (error) {
      fail(req, res, cors ?? [], error, started);
    }
  };
}
