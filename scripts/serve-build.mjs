#!/usr/bin/env node
// Serves the production build the way GitHub Pages does: under the site's base path, with
// `/page` answered by `page.html` or `page/index.html`, gzip when the client asks for it,
// and a 404 page for everything else. Used by the e2e tests and the site benchmark.
//
//   node scripts/serve-build.mjs [--port 3210] [--dir build] [--base /repo/] [--no-gzip]
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {parseArgs} from 'node:util';

const {values} = parseArgs({
  options: {
    port: {type: 'string', default: process.env.PORT ?? '3210'},
    dir: {type: 'string', default: 'build'},
    base: {type: 'string'},
    'no-gzip': {type: 'boolean', default: false},
  },
});

const root = resolve(values.dir);
const base = values.base ?? (await readBaseUrl(root));
const gzip = !values['no-gzip'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

// The base path is written into every page; read it from the home page so that the server
// needs no configuration of its own.
async function readBaseUrl(dir) {
  try {
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    return /href=["']?(\/[^"' >]*?)assets\/css\//.exec(html)?.[1] ?? '/';
  } catch {
    return '/';
  }
}

async function findFile(pathname) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = rel.endsWith('/')
    ? [join(rel, 'index.html')]
    : [rel, `${rel}.html`, join(rel, 'index.html')];
  for (const candidate of candidates) {
    const file = join(root, candidate);
    if (!file.startsWith(root)) return null;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

async function send(req, res, status, file) {
  const ext = extname(file);
  let body = await readFile(file);
  const headers = {'content-type': types[ext] ?? 'application/octet-stream', vary: 'accept-encoding'};
  if (gzip && compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  try {
    const {pathname} = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/' && base !== '/') {
      res.writeHead(302, {location: base}).end();
      return;
    }
    const file = pathname.startsWith(base) ? await findFile(pathname.slice(base.length)) : null;
    if (file) {
      await send(req, res, 200, file);
    } else {
      await send(req, res, 404, join(root, '404.html'));
    }
  } catch (error) {
    res.writeHead(500, {'content-type': 'text/plain'}).end(String(error));
  }
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}${gzip ? ' (gzip)' : ''}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
