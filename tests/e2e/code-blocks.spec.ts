import {expect, test} from '@playwright/test';
import {darkCodeTheme, lightCodeTheme} from '../../src/prism-themes';

// Code blocks keep the markup they were served with: the colours come from CSS per colour mode,
// so the browser neither highlights a block again nor swaps its elements after loading.
const PAGE = 'docs/guide/fetch-and-use-tokens';

/** The colour a theme gives a token type (the last style naming it wins). */
function colourOf(theme: typeof lightCodeTheme, type: string): string {
  const style = theme.styles.filter((s) => s.types.includes(type)).at(-1)?.style;
  if (!style?.color) throw new Error(`the theme has no colour for ${type}`);
  return style.color;
}

/** A colour as the browser reports it (rgb(r, g, b)). */
function rgb(colour: string): string {
  if (colour.startsWith('rgb')) return colour;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

for (const [mode, theme] of [['light', lightCodeTheme], ['dark', darkCodeTheme]] as const) {
  test(`code is coloured by the ${mode} theme, and its pre-rendered elements are kept`, async ({page}) => {
    await page.emulateMedia({colorScheme: mode});
    // Count every element added to or removed from a code block once the page has been parsed.
    await page.addInitScript(() => {
      const w = window as unknown as {codeChanges: number};
      w.codeChanges = 0;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records) {
            const inCode = (r.target as Element).closest?.('pre') !== null;
            for (const node of [...r.addedNodes, ...r.removedNodes]) {
              // A whole block replaced shows as its container added or removed, outside any <pre>.
              if (inCode || (node instanceof Element && (node.matches('pre') || node.querySelector('pre')))) w.codeChanges++;
            }
          }
        }).observe(document.body, {subtree: true, childList: true});
      });
    });
    await page.goto(PAGE);
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    const keyword = page.locator('pre code .token.keyword').first();
    await expect(keyword).toHaveCSS('color', rgb(colourOf(theme, 'keyword')));
    await expect(page.locator('pre.prism-code').first()).toHaveCSS('background-color', rgb(theme.plain.backgroundColor!));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as {codeChanges: number}).codeChanges)).toBe(0);
    // The buttons beside the kept markup are live React: the copy button says it copied.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.locator('.theme-code-block:visible').first().getByRole('button', {name: /^Cop(y code|ied)/});
    await expect(copy).toHaveAccessibleName('Copy code to clipboard');
    await copy.click();
    await expect(copy).toHaveAccessibleName('Copied');
  });
}

test('switching the colour mode recolours code without re-rendering it', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto(PAGE);
  const keyword = page.locator('pre code .token.keyword').first();
  await expect(keyword).toHaveCSS('color', rgb(colourOf(lightCodeTheme, 'keyword')));
  const toggle = page.getByRole('button', {name: /dark mode|light mode|system mode|color mode/i}).first();
  await expect(async () => {
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', {timeout: 500});
  }).toPass({timeout: 10_000});
  await expect(keyword).toHaveCSS('color', rgb(colourOf(darkCodeTheme, 'keyword')));
});

test('after a navigation inside the site, code in an extra language is highlighted in the browser', async ({page}) => {
  // Pre-rendered pages need no grammar in the browser; a page rendered there does (Lua is one
  // of the languages the site adds to Prism's defaults).
  const grammarRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') grammarRequests.push(request.url());
  });
  await page.goto('docs/languages');
  await page.waitForLoadState('networkidle');
  const before = grammarRequests.length;
  await page.getByRole('main').getByRole('link', {name: 'Lua page'}).click();
  await expect(page).toHaveURL(/\/docs\/languages\/lua$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Lua'})).toBeVisible();
  // Without its grammar, Lua code would be one plain token per line: no keywords.
  await expect(page.locator('pre.language-lua code .token.keyword').first()).toBeVisible();
  expect(grammarRequests.length).toBeGreaterThan(before);
});

test('a served code sample goes live with the highlighting it was served with, without loading a highlighter', async ({page}) => {
  // Scripts that carry Prism (its error for a missing grammar) or the extra grammars (their
  // bundle maps each grammar file by name).
  const highlighterScripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes('prism-ruby') || body.includes('has no grammar')) highlighterScripts.push(response.url());
  });
  await page.goto('docs/languages/ruby');
  const sample = page.locator('[data-live="SampleCode"]').first();
  const served = await sample.locator('pre code').innerHTML();
  await sample.scrollIntoViewIfNeeded();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', /\bSampleCode\b/);
  // Live now (its copy button works), with the markup it was served with: Ruby keywords and all.
  await expect(sample.locator('pre.language-ruby code .token.keyword').first()).toBeVisible();
  expect(await sample.locator('pre code').innerHTML()).toBe(served);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copy = sample.getByRole('button', {name: /^Cop(y code|ied)/});
  await copy.click();
  await expect(copy).toHaveAccessibleName('Copied');
  await page.waitForLoadState('networkidle');
  expect(highlighterScripts).toEqual([]);
});
