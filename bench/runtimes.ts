// Tokens per second in each JavaScript runtime (Node.js, Deno, Bun, workerd), the engine beside
// agora-token 2.0.6 in the same run, and the size of the agora-token-engine package as a bundler
// ships it (minified, gzipped). Run: npm run bench:runtimes
// BENCH_SECONDS (per round, default 0.5) and BENCH_ROUNDS (default 5) set the length; each figure
// is the median of the rounds.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {spawn, spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';
import {repoRoot} from '../tests/support/sample-harness';
import {freePort} from '../tests/support/servers';
import {bin, bundleWorker, workerdCommand, workerdConfig} from '../tests/unit/runtimes/runtime-harness';
import {median} from './median.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 0.5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
// Inside the repository (bench/results is ignored by git) so that bundlers find node_modules.
mkdirSync(join(repoRoot, 'bench/results'), {recursive: true});
const dir = mkdtempSync(join(repoRoot, 'bench/results/runtimes-'));
process.on('exit', () => rmSync(dir, {recursive: true, force: true}));

const APP_ID = '970CA35de60c44645bbae8a215061b33';
const APP_CERTIFICATE = '5CFd2fd1755d40ecb72977518be15d3b';

// The loop each runtime runs: the same publisher token for 64 channels and uids as bench/token.ts.
const kernel = (withAgoraToken: boolean) => `
import {buildRtcTokenWithUid} from 'agora-token-engine';
${withAgoraToken ? "import agoraToken from 'agora-token';" : ''}
const appId = ${JSON.stringify(APP_ID)}, appCertificate = ${JSON.stringify(APP_CERTIFICATE)};
const channels = Array.from({length: 64}, (_, i) => 'channel-' + i);
export const builders = {
  engine: (i) => buildRtcTokenWithUid({appId, appCertificate, channelName: channels[i & 63], uid: 1000 + (i & 63), role: 1, tokenExpire: 3600}),
  ${withAgoraToken ? '' : '// '}'agora-token': (i) => agoraToken.RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, channels[i & 63], 1000 + (i & 63), 1, 3600, 0),
};
export function buildMany(name, n) {
  let sink = 0;
  for (let i = 0; i < n; i++) sink += builders[name](i).length;
  return sink;
}
`;
// Node.js, Deno and Bun time themselves.
const timed = `
import {builders, buildMany} from './kernel.mjs';
const seconds = ${seconds}, rounds = ${rounds};
const result = {};
for (const name of Object.keys(builders)) {
  buildMany(name, 2000);
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = performance.now(), end = start + seconds * 1000;
    while (performance.now() < end) { buildMany(name, 100); n += 100; }
    rates.push(n / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  result[name] = rates[Math.floor(rates.length / 2)];
}
console.log(JSON.stringify(result));
`;
// workerd's clock stands still while a request computes (a Spectre defence), so a Worker cannot
// time itself: the bench times a request that builds n tokens against one that builds none.
const worker = (kernelFile: string) => `
import {buildMany} from './${kernelFile}';
export default {
  fetch(request) {
    const url = new URL(request.url);
    return new Response(String(buildMany(url.searchParams.get('builder'), Number(url.searchParams.get('n')))));
  },
};
`;

async function main(): Promise<void> {
  writeFileSync(join(dir, 'kernel.mjs'), kernel(true));
  writeFileSync(join(dir, 'kernel-web.mjs'), kernel(false));
  writeFileSync(join(dir, 'timed.mjs'), timed);
  writeFileSync(join(dir, 'worker.mjs'), worker('kernel.mjs'));
  writeFileSync(join(dir, 'worker-web.mjs'), worker('kernel-web.mjs'));

  const engineAlias = {'agora-token-engine': join(repoRoot, 'src/token/index.ts')};
  await esbuild.build({
    entryPoints: [join(dir, 'timed.mjs')], outfile: join(dir, 'timed.cjs'), bundle: true, format: 'cjs', platform: 'node',
    alias: engineAlias, nodePaths: [join(repoRoot, 'node_modules')], logLevel: 'silent',
  });

  type Rates = Record<string, number>;
  function runTimed(cmd: string, args: string[]): Rates {
    const r = spawnSync(cmd, [...args, join(dir, 'timed.cjs')], {encoding: 'utf8', env: {...process.env, DENO_NO_UPDATE_CHECK: '1'}, timeout: 300_000});
    if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as Rates;
  }

  async function workerdRates(flags: string[], builderNames: string[]): Promise<Rates> {
    const bundle = `worker-${flags.join('-') || 'web'}.js`;
    await bundleWorker(join(dir, flags.length === 0 ? 'worker-web.mjs' : 'worker.mjs'), join(dir, bundle));
    const port = await freePort();
    const {cmd, args} = workerdCommand(workerdConfig(dir, bundle, flags));
    const child = spawn(cmd, args, {env: {...process.env, PORT: String(port), APP_ID, APP_CERTIFICATE}, stdio: 'ignore'});
    const base = `http://127.0.0.1:${port}/`;
    try {
      for (let i = 0; ; i++) {
        try {
          await fetch(`${base}?builder=engine&n=1`);
          break;
        } catch {
          if (i > 100) throw new Error('workerd did not start');
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const timeRequest = async (builder: string, n: number) => {
        const start = performance.now();
        await (await fetch(`${base}?builder=${builder}&n=${n}`)).text();
        return performance.now() - start;
      };
      const result: Rates = {};
      for (const name of builderNames) {
        await timeRequest(name, 2000);
        // About `seconds` of building per round, sized from a first measurement.
        const probe = await timeRequest(name, 2000);
        const n = Math.max(2000, Math.round((2000 / probe) * seconds * 1000));
        const rates: number[] = [];
        for (let r = 0; r < rounds; r++) {
          const empty = await timeRequest(name, 0);
          const full = await timeRequest(name, n);
          rates.push(n / ((full - empty) / 1000));
        }
        result[name] = median(rates);
      }
      return result;
    } finally {
      child.kill('SIGTERM');
    }
  }

  const version = (cmd: string, args: string[]) => spawnSync(cmd, args, {encoding: 'utf8'}).stdout.split('\n')[0].trim();
  const rows: Array<{runtime: string; engine: number; agora?: number}> = [];
  const node = runTimed(process.execPath, []);
  rows.push({runtime: `Node.js ${process.version}`, engine: node.engine, agora: node['agora-token']});
  const deno = runTimed(bin('deno'), ['run', '--allow-all', '--cached-only']);
  rows.push({runtime: `Deno ${version(bin('deno'), ['--version']).split(' ')[1]}`, engine: deno.engine, agora: deno['agora-token']});
  const bun = runTimed(bin('bun'), []);
  rows.push({runtime: `Bun ${version(bin('bun'), ['--version'])}`, engine: bun.engine, agora: bun['agora-token']});
  const web = await workerdRates([], ['engine']);
  const compat = await workerdRates(['nodejs_compat'], ['engine', 'agora-token']);
  const wd = version(bin('workerd'), ['--version']);
  rows.push({runtime: `${wd}, Web APIs only`, engine: web.engine});
  rows.push({runtime: `${wd}, nodejs_compat`, engine: compat.engine, agora: compat['agora-token']});

  const fmt = (n: number | undefined) => (n === undefined ? 'does not load' : Math.round(n).toLocaleString('en-US'));
  console.log(`\nRTC tokens per second (buildRtcTokenWithUid, median of ${rounds} rounds of ${seconds} s)\n`);
  console.log('| Runtime | engine | agora-token 2.0.6 | engine / agora-token on Node.js |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.runtime} | ${fmt(row.engine)} | ${fmt(row.agora)} | ${(row.engine / node['agora-token']).toFixed(2)} |`);
  }

  // Size: the package as published, bundled by an application's bundler (esbuild, minified).
  const built = spawnSync(process.execPath, [join(repoRoot, 'packages/agora-token-engine/build.mjs')], {encoding: 'utf8'});
  if (built.status !== 0) throw new Error(`package build failed:\n${built.stdout}${built.stderr}`);
  const distFile = join(repoRoot, 'packages/agora-token-engine/dist/index.js');
  // Every exported function whose name starts with "build", read from the built module itself.
  const exported = (await import(pathToFileURL(distFile).href)) as Record<string, unknown>;
  const builders = Object.keys(exported).filter((name) => name.startsWith('build') && typeof exported[name] === 'function').sort();
  async function bundled(contents: string): Promise<{min: number; gz: number}> {
    const out = await esbuild.build({stdin: {contents, resolveDir: dir, loader: 'js'}, alias: {'agora-token-engine': distFile},
      bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false});
    const text = out.outputFiles[0].contents;
    return {min: text.length, gz: gzipSync(text, {level: 9}).length};
  }
  const sizes = [
    {what: `all ${builders.length} builders + decodeToken + verifyToken`, ...(await bundled(`export {${[...builders, 'decodeToken', 'verifyToken'].join(', ')}} from 'agora-token-engine';`))},
    {what: 'buildRtcTokenWithUid alone', ...(await bundled(`export {buildRtcTokenWithUid} from 'agora-token-engine';`))},
    {what: 'the whole package (export *)', ...(await bundled(`export * from 'agora-token-engine';`))},
  ];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const dist = readFileSync(distFile);
  console.log(`\nagora-token-engine size (esbuild bundle, minified; gzip level 9)\n`);
  console.log('| Imports | minified | gzipped |');
  console.log('| --- | ---: | ---: |');
  for (const s of sizes) console.log(`| ${s.what} | ${kb(s.min)} | ${kb(s.gz)} |`);
  console.log(`| dist/index.js as published (not minified) | ${kb(dist.length)} | ${kb(gzipSync(dist, {level: 9}).length)} |`);
  console.log(`\nBuilders counted: ${builders.join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
