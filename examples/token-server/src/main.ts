// Agora token server: `npm run token-server` from the repository root, or `npm start` in this
// folder after `npm run build`. Configuration comes from the environment and an optional .env.
import {existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createApp} from './app.js';
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

const server = createServer({keepAliveTimeout: 5000}, createApp(config, log));

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

// Hosts send SIGTERM before replacing an instance: stop accepting connections, let requests
// in flight finish, then exit. A stuck client cannot hold the process for more than 10 s.
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal} received: finishing requests in flight, then exiting`);
  const force = setTimeout(() => {
    log('Connections still open after 10 s: closing them');
    server.closeAllConnections();
  }, 10_000);
  force.unref();
  server.close(() => {
    log('Token server stopped');
    process.exit(0);
  });
  // Keep-alive connections go idle as their last response is sent: close them as they do.
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 100).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
