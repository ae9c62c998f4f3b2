// Benchmark of the token engine against agora-token 2.0.6 in the same run: build, decode and
// verify operations per second with printed ratios, and the engine's browser bundle size
// (esbuild, minified, gzipped) against the 20 KB target. Run: npm run bench:token
//
// The engine is timed as bundled by esbuild (as a browser or any bundler runs it), not as tsx
// loads it: tsx rewrites ES-module dependencies such as @noble/hashes into CommonJS whose every
// cross-file call goes through a getter, which makes hashing about ten times slower than the
// same code run natively. `--engine <dir>` measures another copy of src/token (say, a
// checkout of an older commit) the same way, for before/after figures.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {build, transform} from 'esbuild';
import type * as Engine from '../src/token';
import {median} from './median.mjs';

const {values: args} = parseArgs({options: {engine: {type: 'string', default: new URL('../src/token', import.meta.url).pathname}}});
const engineDir = resolve(args.engine);
const require = createRequire(import.meta.url);
const agora = require('agora-token');
const {AccessToken2} = require('agora-token/src/AccessToken2.js');

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const seconds = Number(process.env.BENCH_SECONDS ?? 0.5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

/** Operations per second of fn, running it for about `seconds`. */
function opsPerSecond(fn: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < 200; i++) sink ^= fn(i) ? 1 : 0; // warm-up
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < deadline) {
    for (let k = 0; k < 50; k++) sink ^= fn(n++) ? 1 : 0;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (sink === 42) console.log('');
  return n / elapsed;
}

async function loadEngine(): Promise<typeof Engine> {
  const result = await build({entryPoints: [join(engineDir, 'index.ts')], bundle: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], target: 'es2022', logLevel: 'silent'});
  const dir = mkdtempSync(join(tmpdir(), 'bench-token-'));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, result.outputFiles[0].contents);
  try {
    return (await import(pathToFileURL(file).href)) as typeof Engine;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  const {buildRtcTokenWithUid, decodeToken, verifyToken} = await loadEngine();
  const channels = Array.from({length: 64}, (_, i) => `channel-${i}`);
  const ourTokens = channels.map((c, i) => buildRtcTokenWithUid({appId, appCertificate, channelName: c, uid: 1000 + i, role: 1, tokenExpire: 3600}));
  const ourDecoded = ourTokens.map((t) => {
    const d = decodeToken(t);
    if (!d.ok) throw new Error('bench token does not decode');
    return d.token;
  });
  const theirParsed = ourTokens.map((t) => {
    const p = new AccessToken2('', '', 0, 0);
    if (!p.from_string(t)) throw new Error('agora-token cannot parse the bench token');
    return p;
  });

  const cases: Array<{name: string; ours: (i: number) => unknown; theirs: (i: number) => unknown; target: string}> = [
    {
      name: 'build (RTC uid, publisher)',
      ours: (i) => buildRtcTokenWithUid({appId, appCertificate, channelName: channels[i & 63], uid: 1000 + (i & 63), role: 1, tokenExpire: 3600}),
      theirs: (i) => agora.RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, channels[i & 63], 1000 + (i & 63), 1, 3600, 0),
      target: 'within 2x (ratio >= 0.5)',
    },
    {
      name: 'decode (string -> fields)',
      ours: (i) => decodeToken(ourTokens[i & 63]).ok,
      theirs: (i) => new AccessToken2('', '', 0, 0).from_string(ourTokens[i & 63]),
      target: 'at least as fast (ratio >= 1)',
    },
    {
      name: 'verify (string: decode + check)',
      ours: (i) => verifyToken(ourTokens[i & 63], appCertificate).valid,
      theirs: (i) => {
        const p = new AccessToken2('', '', 0, 0);
        return p.from_string(ourTokens[i & 63]) && p.verifySignature(appCertificate);
      },
      target: '-',
    },
    {
      name: 'verify (already decoded)',
      ours: (i) => verifyToken(ourDecoded[i & 63], appCertificate).valid,
      theirs: (i) => theirParsed[i & 63].verifySignature(appCertificate),
      target: '-',
    },
  ];

  console.log(`Token engine (${engineDir}, bundled) vs agora-token 2.0.6 (Node ${process.version}; median of ${rounds} rounds of ${seconds}s each, interleaved)\n`);
  console.log(`${'operation'.padEnd(34)}${'ours ops/s'.padStart(13)}${'agora ops/s'.padStart(13)}${'ratio'.padStart(8)}  target`);
  for (const c of cases) {
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(opsPerSecond(c.ours));
      theirs.push(opsPerSecond(c.theirs));
    }
    const o = median(ours);
    const t = median(theirs);
    console.log(`${c.name.padEnd(34)}${Math.round(o).toLocaleString('en-US').padStart(13)}${Math.round(t).toLocaleString('en-US').padStart(13)}${(o / t).toFixed(2).padStart(8)}  ${c.target}`);
  }
  await sizes();
}

async function bundleSize(label: string, contents: string): Promise<void> {
  const result = await build({
    stdin: {contents, resolveDir: engineDir, loader: 'ts'},
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, {level: 9}).length;
  console.log(`${label.padEnd(44)}${(code.length / 1024).toFixed(1).padStart(8)} KB min${(gz / 1024).toFixed(1).padStart(8)} KB gzip  ${gz <= 20 * 1024 ? 'within' : 'OVER'} the 20 KB target`);
}

async function sizes(): Promise<void> {
  console.log('\nBrowser bundle (esbuild --minify --target=es2022, gzip -9)');
  await bundleSize('RTC build + decode + verify', "export {buildRtcTokenWithUid, decodeToken, verifyToken} from '.';");
  await bundleSize('all 16 builders + decode + verify', "export {buildToken, buildAccessToken2, decodeToken, verifyToken} from '.';");
  await bundleSize('whole public API (+ diagnose, validators)', "export * from '.';");
  await bundleSize('zlib compressor alone (builders only)', "export {zlibCompress} from './zlib';");
  await moduleShares("export {buildToken, buildAccessToken2, decodeToken, verifyToken} from '.';");
}

/**
 * What each module adds to the builders + decode + verify bundle: its minified bytes (esbuild's
 * metafile) and the gzipped bytes the bundle loses without it (each module's code cut out of
 * the bundle in turn, the rest minified and gzipped again).
 */
async function moduleShares(contents: string): Promise<void> {
  const options = {stdin: {contents, resolveDir: engineDir, loader: 'ts' as const}, bundle: true, write: false, format: 'esm' as const, platform: 'browser' as const, target: 'es2022', logLevel: 'silent' as const, metafile: true};
  const full = await build({...options, minify: true});
  const gzipped = (code: string | Uint8Array) => gzipSync(code, {level: 9}).length;
  const total = gzipped(full.outputFiles?.[0].contents ?? '');
  const minified = Object.entries(Object.values(full.metafile?.outputs ?? {})[0]?.inputs ?? {});
  // Unminified whitespace keeps esbuild's "// path" line before each module's code.
  const marked = ((await build({...options, minifySyntax: true, minifyIdentifiers: true})).outputFiles?.[0].text ?? '').replace(/export\s*\{[^}]*\};?\s*$/, '');
  const parts = marked.split(/^(?=\/\/ \S*(?:src\/token|node_modules)\/)/m);
  const rows: Array<[string, number, number]> = [];
  for (let i = 0; i < parts.length; i++) {
    const path = /^\/\/ (\S+)/.exec(parts[i])?.[1];
    if (!path) continue;
    const rest = (await transform(parts.filter((_, j) => j !== i).join(''), {minifyWhitespace: true, target: 'es2022', format: 'esm'})).code;
    const min = minified.find(([input]) => input.endsWith(path))?.[1].bytesInOutput ?? 0;
    rows.push([path.replace(/^.*node_modules\//, '').replace(/^.*src\/token\//, ''), min, total - gzipped(rest)]);
  }
  console.log(`\nall 16 builders + decode + verify, by module (${total.toLocaleString('en-US')} bytes gzipped)`);
  console.log(`${'module'.padEnd(34)}${'min bytes'.padStart(10)}${'gzip bytes'.padStart(12)}`);
  for (const [name, min, gz] of rows.sort((a, b) => b[2] - a[2])) console.log(`${name.padEnd(34)}${String(min).padStart(10)}${String(gz).padStart(12)}`);
}

void main();
