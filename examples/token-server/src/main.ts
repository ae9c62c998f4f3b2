// Agora token server: `npm run token-server` from the repository root, or `npm start` in this
// folder after `npm run build`. Configuration comes from the environment and an optional .env.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createTokenServer} from './http-server.js';
import type {RateLimitStore} from './security.js';
import {describeConfig, loadConfig, type Config} from './config.js';
import {ConfigError} from './errors.js';

const here = dirname(fileURLToPath(import.meta.url));

// .env in the current folder, else in this example's folder. Variables already set in the
// environment win, so a host's settings override a stray .env file. (Node 20.12+ built-in.)
function loadEnvFile(): string | undefined {
  for (const file of [join(process.cwd(), '.env'), join(here, '..', '.env')]) {
    if (existsSync(file)) {
      process.loadEnvFile(file);
      return file;
    }
  }
  return undefined;
}

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

let config: Config;
try {
  const envFile = loadEnvFile();
  if (envFile) log(`Read settings from ${envFile}`);
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Cannot start the token server: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

// With REDIS_URL, instances share one rate limit; the client library loads only then.
let store: RateLimitStore | undefined;
if (config.redisUrl !== undefined && config.rateLimitPerMinute > 0) {
  try {
    const {RedisRateStore} = await import('./redis-store.js');
    store = await RedisRateStore.connect(config.redisUrl, config.rateLimitPerMinute, log);
  } catch (error) {
    process.stderr.write(`Cannot start the token server: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

const tokenServer = createTokenServer(config, log, store);
const {server} = tokenServer;

server.on('error', (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ' Another program uses this port: stop it or set PORT to a free port.' : '';
  process.stderr.write(`Cannot start the token server: ${error.message}.${hint}\n`);
  process.exit(1);
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  log(`Token server listening on http://${host.includes(':') ? `[${host}]` : host}:${port} (${describeConfig(config)})`);
});

// Hosts send SIGTERM before replacing an instance: stop accepting connections, answer every
// request that reaches the server (with Connection: close, so clients reconnect elsewhere), then
// exit. A stuck client cannot hold the process for more than 10 s.
function shutdown(signal: string) {
  if (tokenServer.stopping) return;
  log(`${signal} received: finishing requests in flight, then exiting`);
  void tokenServer.shutdown().then(() => {
    log('Token server stopped');
    process.exit(0);
  });
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
