#!/usr/bin/env node
// Site benchmark: every page in the sitemap beside a stock Docusaurus "classic" site, both built
// and served the same way in the same run (production build, gzip, under a base path), measured
// by Lighthouse (mobile) in Debian's Chromium. Lighthouse scores swing with the machine's load,
// so the figures that matter are the ratios to the stock site's docs page measured in between.
//
// The stock site is generated at bench time from the create-docusaurus package, pinned to the
// site's Docusaurus version, into a temporary directory (npm install needs the npm registry);
// pass --stock-dir to reuse one that an earlier run kept.
//
//   npm run bench:site                           # build, then median of 3 interleaved runs
//   npm run bench:site -- --no-build --runs 1
//   npm run bench:site -- --pages playground,inspect --stock-dir /tmp/stock-docusaurus-3.10.2
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {median} from './median.mjs';

const DOCUSAURUS_VERSION = '3.10.2';
const STOCK_BASE = '/stock-template/';
const STOCK_PAGES = ['', 'docs/intro'];
/** The stock docs page is measured again before every this many of our pages. */
const REFERENCE_EVERY = 6;
const JS_BUDGET_KB = 200;

const {values} = parseArgs({
  options: {
    'no-build': {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    port: {type: 'string', default: '3290'},
    pages: {type: 'string'},
    'stock-dir': {type: 'string'},
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function run(command, args, cwd) {
  const result = spawnSync(command, args, {cwd, stdio: ['ignore', 'ignore', 'inherit']});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`);
}

/** Generates, installs and builds the stock classic site; returns its directory. */
function stockSite() {
  if (values['stock-dir'] && existsSync(join(values['stock-dir'], 'build', 'index.html'))) return resolve(values['stock-dir']);
  const parent = mkdtempSync(join(tmpdir(), 'stock-docusaurus-'));
  const dir = join(parent, 'stock');
  console.log(`Generating the stock Docusaurus ${DOCUSAURUS_VERSION} classic site in ${dir}…`);
  run('npx', ['--yes', `create-docusaurus@${DOCUSAURUS_VERSION}`, 'stock', 'classic', '--typescript', '--skip-install', '--package-manager', 'npm'], parent);
  // Served under a base path like the guide (the template's own default is '/').
  const configFile = join(dir, 'docusaurus.config.ts');
  const config = readFileSync(configFile, 'utf8');
  if (!/baseUrl: '\/'/.test(config)) throw new Error(`unexpected template: no "baseUrl: '/'" in ${configFile}`);
  writeFileSync(configFile, config.replace(/baseUrl: '\/'/, `baseUrl: '${STOCK_BASE}'`));
  run('npm', ['install', '--no-audit', '--no-fund'], dir);
  console.log('Building the stock site…');
  run('npx', ['docusaurus', 'build'], dir);
  return dir;
}

function serve(dir, servePort) {
  const server = spawn(process.execPath, ['scripts/serve-build.mjs', '--dir', join(dir, 'build'), '--port', String(servePort)], {stdio: ['ignore', 'pipe', 'inherit']});
  const url = new Promise((resolveUrl, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /at (http\S+)/.exec(String(chunk));
      if (match) resolveUrl(match[1]);
    });
    // A server that stops before it is listening (most often: the port is taken) ends the run.
    server.on('exit', (code) => reject(new Error(`the server for ${dir} stopped (exit ${code}) before listening on port ${servePort}; if the port is in use, pass another with --port`)));
  });
  // Stopping the benchmark stops its servers too, so none is left holding a port.
  process.once('exit', () => server.kill());
  return {server, url};
}

// A signal ends the run through process.exit, so each server's 'exit' handler stops it.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

function sitemapPaths(dir) {
  const xml = readFileSync(join(dir, 'build', 'sitemap.xml'), 'utf8');
  const sitemap = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const prefix = sitemap.reduce((a, b) => (a.length <= b.length ? a : b));
  return sitemap.map((p) => p.slice(prefix.length)).sort();
}

/** One Lighthouse mobile run: scores, total blocking time and the gzipped JavaScript it loaded. */
async function measure(url, chromePort) {
  const flags = {port: chromePort, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']};
  const {lhr} = await lighthouse(url, flags);
  const c = lhr.categories;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    score: Math.round(c.performance.score * 100),
    tbt: lhr.audits['total-blocking-time'].numericValue,
    jsKB: jsBytes / 1024,
    a11y: Math.round(c.accessibility.score * 100),
    bp: Math.round(c['best-practices'].score * 100),
    seo: Math.round(c.seo.score * 100),
  };
}

if (!values['no-build']) {
  console.log('Building the site…');
  run('npx', ['docusaurus', 'build'], process.cwd());
}
const stockDir = stockSite();

const ours = serve(process.cwd(), port);
const stock = serve(stockDir, port + 1);
try {
  const oursUrl = await ours.url;
  const stockUrl = await stock.url;
  const allPaths = sitemapPaths(process.cwd());
  const wanted = values.pages?.split(',').map((p) => p.replace(/^\//, ''));
  const unknown = wanted?.filter((p) => !allPaths.includes(p)) ?? [];
  if (unknown.length > 0) throw new Error(`--pages: ${unknown.join(', ')} not in the sitemap; pages are written as in it, e.g. ${allPaths.slice(1, 3).join(', ')}`);
  const paths = wanted ? allPaths.filter((p) => wanted.includes(p)) : allPaths;

  // One round: the stock pages, then our pages with the stock docs page measured again every
  // few pages, so that both sites see the same machine load.
  const order = STOCK_PAGES.map((p) => ({site: 'stock', path: p}));
  paths.forEach((p, i) => {
    if (i > 0 && i % REFERENCE_EVERY === 0) order.push({site: 'stock', path: 'docs/intro'});
    order.push({site: 'ours', path: p});
  });
  const samples = new Map();
  const chrome = await chromeLauncher.launch({chromePath, chromeFlags});
  try {
    await measure(oursUrl, chrome.port); // warm-up: Chromium, Lighthouse and both servers
    await measure(stockUrl, chrome.port);
    for (let r = 0; r < runs; r++) {
      for (const {site, path} of order) {
        const key = `${site} /${path}`;
        const sample = await measure((site === 'stock' ? stockUrl : oursUrl) + path, chrome.port);
        samples.set(key, [...(samples.get(key) ?? []), sample]);
        process.stdout.write(`run ${r + 1}/${runs} ${key}: ${sample.score}, ${Math.round(sample.tbt)} ms, ${sample.jsKB.toFixed(1)} KB\n`);
      }
    }
  } finally {
    await chrome.kill();
  }

  const summary = (key) => {
    const list = samples.get(key);
    const pick = (k) => median(list.map((s) => s[k]));
    return {score: pick('score'), tbt: pick('tbt'), jsKB: pick('jsKB'), a11y: pick('a11y'), bp: pick('bp'), seo: pick('seo')};
  };
  const reference = summary('stock /docs/intro');
  const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));
  const rows = [];
  for (const key of [...STOCK_PAGES.map((p) => `stock /${p}`), ...paths.map((p) => `ours /${p}`)]) {
    const s = summary(key);
    rows.push({
      page: key,
      score: s.score,
      'TBT ms': Math.round(s.tbt),
      'JS KB': s.jsKB.toFixed(1),
      'score ×': ratio(s.score, reference.score),
      'TBT ×': ratio(s.tbt, reference.tbt),
      'JS ×': ratio(s.jsKB, reference.jsKB),
      a11y: s.a11y,
      BP: s.bp,
      SEO: s.seo,
      _s: s,
    });
  }
  console.log(`\nLighthouse mobile, median of ${runs} interleaved run(s); JS = gzipped script bytes loaded.`);
  console.log(`Ratios are to the stock Docusaurus ${DOCUSAURUS_VERSION} classic site's /docs/intro measured in the same run (${samples.get('stock /docs/intro').length} samples).`);
  console.table(rows.map(({_s, ...r}) => r));
  const misses = rows.filter((r) => r.page.startsWith('ours')).flatMap(({page, _s: s}) => [
    s.score < reference.score && `${page}: score ${s.score} < stock docs ${reference.score}`,
    s.tbt > reference.tbt && `${page}: TBT ${Math.round(s.tbt)} ms > stock docs ${Math.round(reference.tbt)} ms`,
    s.jsKB > JS_BUDGET_KB && `${page}: ${s.jsKB.toFixed(1)} KB JS > ${JS_BUDGET_KB} KB`,
    s.a11y < 100 && `${page}: accessibility ${s.a11y}`,
    s.bp < 100 && `${page}: best practices ${s.bp}`,
    s.seo < 100 && `${page}: SEO ${s.seo}`,
  ]).filter(Boolean);
  console.log(misses.length ? `Budgets missed (${misses.length}):\n  ${misses.join('\n  ')}` : 'Every page meets every budget.');
  console.log(`\nStock site kept in ${stockDir} (reuse it with --stock-dir).`);
} finally {
  ours.server.kill();
  stock.server.kill();
}
