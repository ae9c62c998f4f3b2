import {expect, test, type Page} from '@playwright/test';
import {SAMPLE_APP_ID, SAMPLE_CERTIFICATE} from './live-helpers';
import {parseWithAgora} from '../support/token-check';

// A keyboard-only reader: Tab, arrows, Space and Enter, never the mouse.

/** Presses Tab until the focused element matches the test, failing after `max` presses. */
async function tabTo(page: Page, describe: string, test: (el: Element) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => document.activeElement);
    if (await handle.evaluate(test)) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

const byField = (name: string) => new Function('el', `return el?.getAttribute('data-field') === ${JSON.stringify(name)}`) as (el: Element) => boolean;
const byText = (text: string) => new Function('el', `return el?.textContent?.trim() === ${JSON.stringify(text)}`) as (el: Element) => boolean;

test('keyboard only: fill the playground, copy the token, open it in the inspector and diagnose it', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('playground');
  await expect(page.locator('[data-playground] [data-status]')).not.toHaveText(/once the page has loaded/);

  // Skip the navigation with the skip link, as keyboard users do.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', {name: 'Skip to main content'})).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, 'the App ID field', byField('appId'));
  await page.keyboard.type(SAMPLE_APP_ID);
  await page.keyboard.press('Tab');
  await page.keyboard.type(SAMPLE_CERTIFICATE);
  await page.keyboard.press('Tab'); // the Show toggle
  await page.keyboard.press('Space');
  await expect(page.locator('[data-playground] [data-field="certificate"]')).toHaveAttribute('type', 'text');

  // The token type is a radio group: arrows move the choice.
  await tabTo(page, 'the token type', (el) => el.getAttribute('type') === 'radio' && (el as HTMLInputElement).value === 'rtc-uid');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', {name: 'RTC, by user account'})).toBeChecked();

  await tabTo(page, 'the channel field', byField('channel'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('kbd room');
  await tabTo(page, 'the account field', byField('account'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('keyboard-user');
  await tabTo(page, 'the subscriber role', (el) => (el as HTMLInputElement).value === 'publisher');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', {name: /^Subscriber/})).toBeChecked();
  // A preset button, pressed with Enter.
  await tabTo(page, 'the 10 min preset', byText('10 min'));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-playground] [data-field="tokenLifetime"]')).toHaveValue('600');

  await tabTo(page, 'the Copy token button', byText('Copy token'));
  await page.keyboard.press('Enter');
  const token = await page.evaluate(() => navigator.clipboard.readText());
  const {parsed, signatureValid} = parseWithAgora(token, SAMPLE_CERTIFICATE);
  expect(signatureValid).toBe(true);
  expect(parsed.expire).toBe(600);
  expect(parsed.services).toEqual([{type: 1, channel: 'kbd room', uid: 'keyboard-user', privileges: {1: 3600}}]);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Open in the inspector"
  await expect(page).toHaveURL(/\/inspect$/); // the token travels in memory, not in the URL
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'joins');

  // Change what the client joins with, by keyboard, and read the new verdict.
  await tabTo(page, 'the join channel field', byField('join-channel'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('kbd-room');
  await expect(page.locator('[data-field="join-channel"]')).toHaveValue('kbd-room');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-code', '110');
  await expect(page.locator('[data-verdict]')).toContainText('wrong channel');
});
