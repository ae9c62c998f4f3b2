import {expect, test} from '@playwright/test';

// The search plugin loads its index when the box gets focus and, once loaded, focuses the box
// again. A keyboard user who tabbed past the box must not be pulled back into it.
test('tabbing past the search box leaves focus where the reader went', async ({page}) => {
  await page.goto('docs/guide/understand-tokens', {waitUntil: 'networkidle'});
  const search = page.locator('.navbar input[aria-label="Search"]');
  await search.focus();
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  expect(after).not.toContain('Search');
  const indexLoaded = page.waitForResponse((r) => r.url().includes('search-index'));
  await indexLoaded.catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await expect(search).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(after);
});

test('the search box still opens its results for a reader who types in it', async ({page}) => {
  await page.goto('docs/guide/understand-tokens', {waitUntil: 'networkidle'});
  const search = page.locator('.navbar input[aria-label="Search"]');
  await search.click();
  await search.pressSequentially('expire');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(search).toBeFocused();
});
