import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {Server as NetServer, type Socket} from 'node:net';
import {createApp, type Logger} from './app.js';
import type {Config} from './config.js';
import type {RateLimitStore} from './security.js';

/**
 * Limits suited to a token endpoint, whose requests are a few hundred bytes answered in well under
 * a millisecond: a client that has not sent its headers within 10 s, or its whole request within
 * 15 s, is cut off, and at most `maxConnections` sockets are open at once (more are refused at
 * once), so slow or idle clients cannot hold the process. Node's defaults are 60 s and 300 s with
 * no cap.
 */
export const LIMITS = {headersTimeoutMs: 10_000, requestTimeoutMs: 15_000, keepAliveTimeoutMs: 5_000, maxHeaderBytes: 8192, shutdownGraceMs: 10_000};

const clientErrors = (limits: typeof LIMITS): Record<string, [number, string, string]> => ({
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', `The request headers are over ${limits.maxHeaderBytes} bytes; a token request needs a few hundred.`],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', `The request did not arrive within ${limits.requestTimeoutMs / 1000} s.`],
  HPE_HEADERS_TIMEOUT: [408, 'request_timeout', `The request headers did not arrive within ${limits.headersTimeoutMs / 1000} s.`],
});

function rawJson(status: number, reason: string, body: Record<string, unknown>): string {
  const text = JSON.stringify(body);
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`;
}

export type TokenServer = {
  server: Server;
  /** Stops taking connections and ends each one after its next answer; resolves when all are closed. */
  shutdown(): Promise<void>;
  readonly stopping: boolean;
};

/** The HTTP server around the request handler: limits, malformed-request answers, graceful stop. */
export function createTokenServer(config: Config, log: Logger = () => {}, store?: RateLimitStore, limits: typeof LIMITS = LIMITS): TokenServer {
  const app = createApp(config, log, store);
  let stopping = false;
  const server = createServer(
    {
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      // How often the two timeouts above are checked (default 30 s would stretch them).
      connectionsCheckingInterval: 1_000,
    },
    (req: IncomingMessage, res: ServerResponse) => {
      // Once shutdown starts, every answer says Connection: close and Node ends the socket
      // after it, so keep-alive clients move to another instance instead of losing a request.
      if (stopping) res.shouldKeepAlive = false;
      app(req, res);
    },
  );
  server.maxConnections = config.maxConnections;

  // Malformed HTTP (bad request line, oversized headers, broken chunked body, timeouts) gets the
  // same JSON error shape as every other error, not Node's bare status line.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A response already on its way (headers sent) cannot be replaced: just end the connection.
    const pending = (socket as Socket & {_httpMessage?: ServerResponse | null})._httpMessage;
    if (!socket.writable || error.code === 'ECONNRESET' || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, code, message] = clientErrors(limits)[error.code ?? ''] ?? [400, 'bad_request', `The request is not valid HTTP/1.1 (${error.code ?? 'parse error'}). Send e.g. GET /rtc/demo/publisher/uid/1234/ with a standard client.`];
    const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
    socket.end(rawJson(status, reason, {status, error: code, message}));
  });
  // Expect: 100-continue is answered by Node; any other expectation gets a JSON 417.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const text = JSON.stringify({status: 417, error: 'expectation_failed', message: `This server does not support Expect: ${String(req.headers.expect).slice(0, 60)}. Leave the Expect header out.`});
    res.writeHead(417, {'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), Connection: 'close'});
    res.end(text);
  });

  function shutdown(): Promise<void> {
    stopping = true;
    return new Promise((resolve) => {
      const force = setTimeout(() => {
        log(`Connections still open after ${limits.shutdownGraceMs / 1000} s: closing them`);
        server.closeAllConnections();
      }, limits.shutdownGraceMs);
      force.unref();
      // Stop listening only. http.Server#close would also drop idle keep-alive connections at
      // once, losing a request a client is writing on one at that moment; instead each
      // connection ends after its next answer (Connection: close) or when keepAliveTimeout
      // finds it idle.
      NetServer.prototype.close.call(server, () => {
        clearTimeout(force);
        void (store?.close() ?? Promise.resolve()).catch(() => {}).then(resolve);
      });
    });
  }

  return {
    server,
    shutdown,
    get stopping() {
      return stopping;
    },
  };
}
