#!/usr/bin/env node
// Site benchmark: builds the site, serves the build gzipped under its base path (as GitHub
// Pages does) and prints, per page, the gzipped JavaScript a visit downloads and Lighthouse's
// mobile and desktop scores (median of 3 runs after one warm-up) in Debian's Chromium.
//
//   npm run bench:site                 # representative pages
//   npm run bench:site -- --all        # every page in the sitemap (slow: ~1 min a page)
//   npm run bench:site -- --no-build --runs 1
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import lighthouse, {desktopConfig} from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const {values} = parseArgs({
  options: {
    all: {type: 'boolean', default: false},
    'no-build': {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    port: {type: 'string', default: '3290'},
  },
});
const runs = Number(values.runs);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

// Targets from the site foundation issue, and the stock Docusaurus template measured on this
// machine kind when the project started (home mobile 86, docs page 91, ~170 KB gzipped JS).
const targets = {mobilePerformance: 95, accessibility: 100, bestPractices: 100, seo: 100, jsKB: 200};
const stockTemplate = {homeMobile: 86, docsMobile: 91, jsKB: 170};

if (!values['no-build']) {
  console.log('Building the site…');
  const build = spawnSync('npx', ['docusaurus', 'build'], {stdio: ['ignore', 'ignore', 'inherit']});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['scripts/serve-build.mjs', '--port', values.port], {stdio: ['ignore', 'pipe', 'inherit']});
const baseUrl = await new Promise((resolve) => {
  server.stdout.on('data', (chunk) => {
    const match = /at (http\S+)/.exec(String(chunk));
    if (match) resolve(match[1]);
  });
});

try {
  const xml = readFileSync('build/sitemap.xml', 'utf8');
  const sitemap = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const prefix = sitemap.reduce((a, b) => (a.length <= b.length ? a : b));
  const allPaths = sitemap.map((p) => p.slice(prefix.length));
  const representative = ['', 'docs/guide/understand-tokens', 'playground', 'inspect', 'docs/languages/node', 'docs/reference/token-format'];
  const paths = values.all ? allPaths : representative.filter((p) => allPaths.includes(p));

  const jsBytes = await measureJs(paths);
  const rows = [];
  const chrome = await chromeLauncher.launch({chromePath, chromeFlags});
  try {
    for (const path of paths) {
      const url = baseUrl + path;
      const mobile = await medianScores(url, chrome.port, undefined);
      const desktop = await medianScores(url, chrome.port, desktopConfig);
      rows.push({page: `/${path}`, jsKB: (jsBytes.get(path) / 1024).toFixed(1), ...prefixKeys('m', mobile), ...prefixKeys('d', desktop)});
      console.log(`measured /${path}`);
    }
  } finally {
    await chrome.kill();
  }

  console.log(`\nLighthouse median of ${runs} run(s) after a warm-up; JS = gzipped bytes of script responses.`);
  console.table(rows.map((r) => ({
    page: r.page,
    'JS KB': r.jsKB,
    'mobile perf': r.mPerformance, 'mobile a11y': r.mAccessibility, 'mobile BP': r.mBestPractices, 'mobile SEO': r.mSeo,
    'desktop perf': r.dPerformance,
  })));
  const home = rows.find((r) => r.page === '/');
  const docs = rows.find((r) => r.page.startsWith('/docs/'));
  console.log('Against the stock template measured on this machine kind:');
  if (home) console.log(`  home mobile performance ${home.mPerformance} vs ${stockTemplate.homeMobile} (×${(home.mPerformance / stockTemplate.homeMobile).toFixed(2)})`);
  if (docs) console.log(`  docs page mobile performance ${docs.mPerformance} vs ${stockTemplate.docsMobile} (×${(docs.mPerformance / stockTemplate.docsMobile).toFixed(2)})`);
  const maxJs = Math.max(...rows.map((r) => Number(r.jsKB)));
  console.log(`  largest page JS ${maxJs.toFixed(1)} KB vs ${stockTemplate.jsKB} KB (×${(maxJs / stockTemplate.jsKB).toFixed(2)})`);
  const misses = rows.flatMap((r) => [
    r.mPerformance < targets.mobilePerformance && `${r.page}: mobile performance ${r.mPerformance} < ${targets.mobilePerformance}`,
    r.mAccessibility < targets.accessibility && `${r.page}: accessibility ${r.mAccessibility}`,
    r.mBestPractices < targets.bestPractices && `${r.page}: best practices ${r.mBestPractices}`,
    r.mSeo < targets.seo && `${r.page}: SEO ${r.mSeo}`,
    Number(r.jsKB) > targets.jsKB && `${r.page}: ${r.jsKB} KB JS > ${targets.jsKB} KB`,
  ]).filter(Boolean);
  console.log(misses.length ? `Targets missed:\n  ${misses.join('\n  ')}` : 'Every page meets every target.');
} finally {
  server.kill();
}

function prefixKeys(p, scores) {
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [p + k[0].toUpperCase() + k.slice(1), v]));
}

async function medianScores(url, port, config) {
  const flags = {port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']};
  await lighthouse(url, flags, config); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const {lhr} = await lighthouse(url, flags, config);
    const c = lhr.categories;
    samples.push({performance: c.performance.score, accessibility: c.accessibility.score, bestPractices: c['best-practices'].score, seo: c.seo.score});
  }
  const median = (key) => {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] * 100);
  };
  return {performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('bestPractices'), seo: median('seo')};
}

async function measureJs(paths) {
  const browser = await chromium.launch({executablePath: chromePath, args: chromeFlags.slice(1)});
  const totals = new Map();
  try {
    for (const path of paths) {
      const page = await browser.newPage();
      let total = 0;
      page.on('response', async (res) => {
        if (res.request().resourceType() === 'script') total += Number((await res.headerValue('content-length')) ?? 0);
      });
      await page.goto(baseUrl + path, {waitUntil: 'networkidle'});
      totals.set(path, total);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return totals;
}
