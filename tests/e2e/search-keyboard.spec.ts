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

test('a reader who keeps tabbing while the index loads is not pulled back into the search box', async ({page}) => {
  await page.goto('docs/guide/understand-tokens', {waitUntil: 'networkidle'});
  const search = page.locator('.navbar input[aria-label="Search"]');
  let loaded = false;
  void page.waitForResponse((r) => r.url().includes('search-index')).then(() => (loaded = true));
  await search.focus();
  await page.keyboard.press('Tab');
  // From here on the reader is elsewhere: count every time focus enters the box anyway.
  await page.evaluate(() => {
    const w = window as unknown as {pulledBack: number};
    w.pulledBack = 0;
    document.addEventListener('focusin', (e) => {
      if ((e.target as Element).matches?.('.navbar input[aria-label="Search"]')) w.pulledBack++;
    });
  });
  // Keep pressing Tab, as a reader moving on does, until the index has arrived and a while after.
  for (let i = 0; i < 80 && !loaded; i++) await page.keyboard.press('Tab', {delay: 15});
  expect(loaded).toBe(true);
  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab', {delay: 15});
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as {pulledBack: number}).pulledBack)).toBe(0);
  await expect(search).not.toBeFocused();
});

test('the search box still opens its results for a reader who types in it', async ({page}) => {
  await page.goto('docs/guide/understand-tokens', {waitUntil: 'networkidle'});
  const search = page.locator('.navbar input[aria-label="Search"]');
  await search.click();
  await search.pressSequentially('expire');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(search).toBeFocused();
});
