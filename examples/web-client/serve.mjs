// Starts the reference token server and serves this folder's call page beside it:
//   http://localhost:5173/               the page with plain <script> tags (no bundler)
//   http://localhost:5173/bundled.html   the same page built by a bundler (esbuild)
// Run from the repository root: npm run web-client. It reads APP_ID and APP_CERTIFICATE like the
// token server does (environment first, then .env here or in examples/token-server).
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {dirname, extname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build, transform} from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const require = createRequire(import.meta.url);

for (const file of [join(process.cwd(), '.env'), join(root, 'examples/token-server/.env')]) {
  if (existsSync(file)) {
    process.loadEnvFile(file); // variables already set win
    break;
  }
}
const pagePort = Number(process.env.WEB_CLIENT_PORT ?? 5173);
const tokenPort = Number(process.env.SERVER_PORT ?? process.env.PORT ?? 8080);
const pageOrigins = [`http://localhost:${pagePort}`, `http://127.0.0.1:${pagePort}`];
const appId = process.env.APP_ID ?? '';

// The token server must let the page's origin read its answers (CORS); keep any origins set already.
const allowed = [process.env.CORS_ALLOW_ORIGIN, ...pageOrigins].filter(Boolean).join(',');
const tokenServer = spawn(
  process.execPath,
  ['--import', pathToFileURL(require.resolve('tsx')).href, join(root, 'examples/token-server/src/main.ts')],
  {env: {...process.env, PORT: String(tokenPort), SERVER_PORT: '', CORS_ALLOW_ORIGIN: allowed}, stdio: 'inherit'},
);
tokenServer.on('exit', (code) => {
  console.error(`The token server stopped (exit code ${code}); stopping the page server too.`);
  process.exit(code || 1);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { tokenServer.kill(signal); process.exit(0); });

// The bundler path: one file with the SDK from npm and the modules, built once at start.
const bundle = (await build({entryPoints: [join(here, 'bundled.ts')], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'error'})).outputFiles[0].text;
// The plain path: the SDK's browser build straight from the npm package.
const sdkBrowserBuild = readFileSync(require.resolve('agora-rtc-sdk-ng'));

const types = {'.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json'};

async function answer(path) {
  if (path === '/') path = '/index.html';
  if (path === '/config.json') return {type: '.json', body: JSON.stringify({appId, serverUrl: `http://localhost:${tokenPort}`})};
  if (path === '/bundle.js') return {type: '.js', body: bundle};
  if (path === '/AgoraRTC_N-production.js') return {type: '.js', body: sdkBrowserBuild};
  const name = path.slice(1);
  if (!/^[\w-]+\.(html|css|js)$/.test(name)) return null;
  // Browsers run JavaScript: a request for page.js gets page.ts with its types removed, file for file.
  const ts = join(here, name.replace(/\.js$/, '.ts'));
  if (name.endsWith('.js') && existsSync(ts)) {
    return {type: '.js', body: (await transform(readFileSync(ts, 'utf8'), {loader: 'ts', format: 'esm'})).code};
  }
  const file = join(here, name);
  return existsSync(file) ? {type: extname(file), body: readFileSync(file)} : null;
}

createServer(async (req, res) => {
  const found = await answer(new URL(req.url ?? '/', 'http://x').pathname).catch((e) => ({type: '.txt', body: String(e), status: 500}));
  res.writeHead(found?.status ?? (found ? 200 : 404), {'content-type': `${types[found?.type] ?? 'text/plain'}; charset=utf-8`, 'cache-control': 'no-store'});
  res.end(found ? found.body : 'Not found');
}).listen(pagePort, 'localhost', () => {
  console.log(`Call page: http://localhost:${pagePort}/ (plain <script> tags) and http://localhost:${pagePort}/bundled.html (bundled)`);
});
