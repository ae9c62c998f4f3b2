import {gzipSync} from 'node:zlib';
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {SAMPLE_APP_ID, SAMPLE_CERTIFICATE, field} from './live-helpers';
import {sitemapPaths} from './support/sitemap';
import {agora} from '../support/token-check';

// The site-wide check runs axe on each page as loaded; here the live components are checked in
// the states a reader brings them to (token shown, errors, warnings, verdicts), in both colour
// modes and on a 360 px phone, and each page's JavaScript is weighed.

async function axe(page: Page, what: string) {
  const result = await new AxeBuilder({page}).analyze();
  const violations = result.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(violations, `axe violations: ${what}`).toEqual([]);
}

async function usedPlayground(page: Page) {
  await page.goto('playground');
  await page.getByRole('button', {name: 'Use sample credentials'}).click();
  await expect(page.locator('[data-playground] [data-token]')).toHaveCount(1);
  await page.getByRole('checkbox', {name: /separate expiry/}).check();
  await field(page, 'tokenLifetime').fill('172800'); // a warning
  await field(page, 'audioExpire').fill('0');
}

async function usedInspector(page: Page) {
  const token = agora.RtcTokenBuilder.buildTokenWithUid(SAMPLE_APP_ID, SAMPLE_CERTIFICATE, 'demo', 1234, 2, 3600, 3600);
  await page.goto(`inspect#token=${encodeURIComponent(token)}`);
  await expect(page.locator('[data-breakdown]')).toBeVisible();
  await page.getByText('Every field as a table').click();
  await page.locator('[data-inspector] [data-field="certificate"]').fill('00112233445566778899aabbccddeeff');
  await page.locator('[data-field="join-appId"]').fill(SAMPLE_APP_ID);
  await page.locator('[data-field="join-channel"]').fill('demo');
  await page.locator('[data-field="join-user"]').fill('1234');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'rejected');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`live components in use pass axe (${colorScheme})`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    await usedPlayground(page);
    await axe(page, 'playground with token, warning and per-privilege expiries');
    await field(page, 'uid').fill('12.5');
    await expect(field(page, 'uid')).toHaveAttribute('aria-invalid', 'true');
    await axe(page, 'playground with a validation error');

    await usedInspector(page);
    await axe(page, 'inspector with breakdown, invalid signature and a rejected verdict');
    await page.locator('[data-inspector] [data-field="token"]').fill('007eJxTYBCrO1FQ$$$');
    await expect(page.locator('[data-decode-error]')).toBeVisible();
    await axe(page, 'inspector with a malformed token');
  });
}

test('both pages fit a 360 px wide phone screen while in use', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await usedPlayground(page);
  expect(await overflow(), 'playground: horizontal overflow in px').toBeLessThanOrEqual(0);
  await usedInspector(page);
  expect(await overflow(), 'inspector: horizontal overflow in px').toBeLessThanOrEqual(0);
});

test('every page loads at most 200 KB of gzipped JavaScript', async ({context}) => {
  test.setTimeout(240_000);
  for (const path of sitemapPaths()) {
    // A fresh page per path, and only the URLs are noted while it loads: the bodies are fetched
    // afterwards, because a response's body can no longer be read once its page has moved on.
    const page = await context.newPage();
    const urls = new Set<string>();
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') urls.add(res.url());
    });
    await page.goto(path, {waitUntil: 'networkidle'});
    let total = 0;
    for (const url of urls) {
      const res = await context.request.get(url);
      expect(res.ok(), `${url} downloads`).toBe(true);
      total += gzipSync(await res.body(), {level: 9}).length;
    }
    console.log(`/${path}: ${urls.size} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(urls.size).toBeGreaterThan(0);
    expect(total, `/${path} gzipped JS bytes`).toBeLessThanOrEqual(200 * 1024);
    await page.close();
  }
});
