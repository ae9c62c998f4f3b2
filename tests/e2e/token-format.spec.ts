import {expect, test} from '@playwright/test';
import {readdirSync, readFileSync} from 'node:fs';

// The token-format reference as built: its byte tables and known-answer vectors are written into
// the page at build time (src/remark/token-vectors.ts), as plain, keyboard-usable HTML.

type VectorFile = {vectors: {name: string; token: string; content: string}[]};
const vectorFiles = readdirSync('tests/vectors').filter((f) => f.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(`tests/vectors/${name}.json`, 'utf8')) as VectorFile;

test('the byte tables are captioned, with column headers, and start with the signature bytes', async ({page}) => {
  await page.goto('docs/reference/token-format');
  for (const [caption, name] of [
    ['Content of a 007 RTC token, field by field', 'rtcUid'],
    ['Content of a 006 token after the App ID, field by field', 'legacy006'],
  ]) {
    const table = page.getByRole('table', {name: caption});
    await expect(table.getByRole('columnheader')).toHaveText(['Field', 'Offset', 'Bytes', 'Value (hex)']);
    const first = table.getByRole('row').nth(1).getByRole('cell');
    await expect(first).toHaveText(['signature', '0', '34', read(name).vectors[0].content.slice(0, 68)]);
  }
});

test('every vector of every file is on the page, in a plain details element a keyboard opens', async ({page}) => {
  await page.goto('docs/reference/token-format');
  const vectors = vectorFiles.flatMap((f) => read(f.replace(/\.json$/, '')).vectors);
  const details = page.locator('main details');
  await expect(details).toHaveCount(vectors.length);
  // The browser's own element, not the theme's animated one.
  await expect(page.locator('main details:not([class])')).toHaveCount(vectors.length);
  expect((await details.locator('summary').allTextContents()).sort()).toEqual(vectors.map((v) => v.name).sort());

  const {name, token} = read('rtcUid').vectors[0];
  const summary = page.locator('main summary', {hasText: name});
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(summary.locator('..')).toHaveAttribute('open', '');
  // Inputs first, then the token: each block can be reached (and scrolled) with Tab.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(token);
  await expect(page.locator(':focus')).toHaveJSProperty('tagName', 'PRE');
});
