import {readFileSync} from 'node:fs';

/** Every page of the built site, as paths relative to the base URL (e.g. `docs/guide/x`). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('build/sitemap.xml', 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  if (urls.length === 0) throw new Error('build/sitemap.xml lists no pages: run `npm run build` first.');
  // Sitemap URLs carry the production base path; strip it so the test server's base applies.
  const base = commonPrefix(urls);
  return urls.map((u) => u.slice(base.length)).sort();
}

function commonPrefix(paths: string[]): string {
  const home = paths.reduce((a, b) => (a.length <= b.length ? a : b));
  return home.endsWith('/') ? home : home.slice(0, home.lastIndexOf('/') + 1);
}
