import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {readFileSync} from 'node:fs';
import {sitemapPaths} from './support/sitemap';

// Site-wide checks over every page in the built sitemap, in light and in dark mode.
const paths = sitemapPaths();

test('the sitemap lists the home page and the guide', () => {
  expect(paths).toContain('');
  expect(paths.some((p) => p.startsWith('docs/guide/'))).toBe(true);
});

// Link texts that say nothing out of context (the list search engines and Lighthouse flag).
const VAGUE_LINK_TEXT = new Set(['click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info', 'more information', 'right here', 'read more', 'see more', 'start', 'this']);

test('every page has one description and no link named only "here", "more" or "Go"', () => {
  const problems: string[] = [];
  for (const path of new Set([...paths, 'search'])) {
    const html = readFileSync(`build/${path === '' ? 'index' : path}.html`, 'utf8');
    // The built HTML is minified: attribute values may or may not be quoted.
    const descriptions = [...html.matchAll(/<meta\b([^>]*)>/g)]
      .map((m) => m[1])
      .filter((attrs) => /\bname=("description"|description\b)/.test(attrs))
      .map((attrs) => (/\bcontent=(?:"([^"]*)"|([^\s"'>]+))/.exec(attrs) ?? []).slice(1).join('').trim());
    if (descriptions.length !== 1 || descriptions[0] === '') problems.push(`/${path}: ${descriptions.length} descriptions`);
    // In the page's own content: a sidebar entry such as "Go" is clear among the other languages.
    const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
    for (const m of main.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)) {
      const text = m[1].replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      if (VAGUE_LINK_TEXT.has(text)) problems.push(`/${path}: a link reads only "${text}"`);
    }
  }
  expect(problems).toEqual([]);
});

type Watch = {consoleErrors: string[]; failed: string[]; foreign: string[]};

function watch(page: Page, origin: string): Watch {
  const w: Watch = {consoleErrors: [], failed: [], foreign: []};
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => w.consoleErrors.push(String(error)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) w.foreign.push(req.url());
  });
  page.on('requestfailed', (req) => w.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) w.failed.push(`${res.url()} (HTTP ${res.status()})`);
  });
  return w;
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of paths) {
    test(`/${path} loads cleanly and passes axe (${colorScheme})`, async ({page, baseURL}) => {
      const origin = new URL(baseURL!).origin;
      await page.emulateMedia({colorScheme});
      const w = watch(page, origin);
      const response = await page.goto(path, {waitUntil: 'networkidle'});
      expect(response?.status(), 'HTTP status').toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.getByRole('heading', {level: 1}).first()).toBeVisible();
      // Scroll through the page so that parts loaded on view are fetched and audited too.
      // Timers, not animation frames: headless Chromium sometimes stops producing frames for a
      // while, and a loop waiting on requestAnimationFrame then stalled past the test timeout.
      await page.evaluate(async () => {
        for (let y = 0, steps = 0; y < document.body.scrollHeight && steps < 200; y += window.innerHeight, steps++) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await page.waitForLoadState('networkidle');

      const axe = await new AxeBuilder({page}).analyze();
      const violations = axe.violations.map(
        (v) => `${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(violations, 'axe violations').toEqual([]);
      expect(w.consoleErrors, 'console errors').toEqual([]);
      expect(w.failed, 'failed requests').toEqual([]);
      expect(w.foreign, 'requests to other hosts').toEqual([]);
    });
  }
}

test('a missing page answers with the site 404 page', async ({page}) => {
  const response = await page.goto('docs/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1})).toContainText(/not found/i);
});

test('search works offline from the built index', async ({page}) => {
  await page.goto('');
  await page.getByRole('textbox', {name: 'Search'}).fill('certificate');
  const suggestion = page.getByRole('option').first();
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText(/certificate/i);
});
