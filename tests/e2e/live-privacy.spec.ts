import {expect, test} from '@playwright/test';
import {SAMPLE_APP_ID, SAMPLE_CERTIFICATE, field, fillPlayground, persistedState, recordTraffic} from './live-helpers';
import {agora} from '../support/token-check';

// "The App Certificate never leaves the page": a full session with the playground, the samples
// and the inspector, recording every request, console line, storage entry, cookie and URL.

test('the certificate is never sent, logged, stored or put in a URL', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const origin = new URL(baseURL!).origin;
  const playgroundCert = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
  const inspectorCert = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
  const traffic = recordTraffic(page, origin, [playgroundCert, inspectorCert]);

  await page.goto('playground');
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: playgroundCert, channel: 'demo', uid: '77'});
  // Every control that could leak it: show/hide, type switches, presets, copy, share, remember.
  await page.getByRole('button', {name: /^Show/}).click();
  await page.getByRole('radio', {name: 'RTC + RTM'}).check();
  await page.getByRole('button', {name: '10 min'}).first().click();
  await page.getByRole('checkbox', {name: /separate expiry/}).check();
  await page.getByRole('button', {name: 'Copy token'}).click();
  await page.getByRole('button', {name: /Copy share link/}).click();
  const shareLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(shareLink).not.toContain(playgroundCert);
  await page.getByRole('checkbox', {name: /Remember my App ID/}).check();
  await page.locator('[data-samples-section]').scrollIntoViewIfNeeded();
  await page.getByRole('tab', {name: 'Python'}).click();
  await page.getByRole('radio', {name: 'RTC, by uid'}).check();
  await expect(page.locator('[data-playground] [data-token]')).toHaveCount(1);
  await page.getByRole('link', {name: 'Open in the inspector'}).click();
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');

  // The inspector with a certificate of its own, a pasted token and the diagnosis.
  const token = agora.RtcTokenBuilder.buildTokenWithUid(SAMPLE_APP_ID, inspectorCert, 'demo', 77, 1, 600, 600);
  await page.locator('[data-inspector] [data-field="token"]').fill(JSON.stringify({rtcToken: token}));
  await page.locator('[data-inspector] [data-field="certificate"]').fill(inspectorCert);
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');
  await page.locator('[data-field="join-channel"]').fill('other');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-code', '110');
  // Navigate around the site, as a reader would, and come back.
  await page.getByRole('link', {name: 'Playground', exact: true}).first().click();
  await expect(field(page, 'certificate')).toHaveValue(playgroundCert); // kept in memory across pages
  await page.waitForLoadState('networkidle');

  const state = await persistedState(page, context);
  expect(state).not.toContain(playgroundCert);
  expect(state).not.toContain(inspectorCert);
  expect(state).toContain(SAMPLE_APP_ID); // the opt-in App ID, and only that
  expect(traffic.requests.length, 'the session made requests (the recorder works)').toBeGreaterThan(0);
  expect(traffic.offending, 'requests carrying a certificate').toEqual([]);
  expect(traffic.foreign, 'requests to other origins').toEqual([]);
  expect(traffic.consoleHits, 'console lines with a certificate').toEqual([]);

  // A reload forgets the certificate: it only ever lived in the page's memory.
  await page.reload();
  await expect(field(page, 'appId')).toHaveValue(SAMPLE_APP_ID);
  await expect(field(page, 'certificate')).toHaveValue('');
});

test('the recorder itself catches a leak (so the check above can fail)', async ({page, baseURL}) => {
  const origin = new URL(baseURL!).origin;
  const secret = 'deadbeefdeadbeefdeadbeefdeadbeef';
  const traffic = recordTraffic(page, origin, [secret]);
  await page.goto('playground');
  await page.evaluate((s) => fetch(`./leak?c=${s}`).catch(() => undefined), secret);
  await page.evaluate((s) => console.log(`cert ${s}`), secret);
  await expect.poll(() => traffic.offending.length).toBe(1);
  expect(traffic.consoleHits).toHaveLength(1);
});

// Browsers offer to save what is typed into a password field (Chromium's password manager looks
// for input[type=password], or autocomplete hints naming a password). A certificate field is a
// plain text input masked by CSS, with autocomplete off: there is nothing for them to save.
test('certificate fields are masked text inputs, not password fields a browser offers to save', async ({page}) => {
  const masking = (locator: ReturnType<typeof field>) => locator.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'));
  const expectUnsaveable = async (locator: ReturnType<typeof field>) => {
    await expect(locator).toHaveAttribute('type', 'text');
    await expect(locator).toHaveAttribute('autocomplete', 'off');
    expect(await masking(locator)).toBe('disc');
    await expect(page.locator('input[type="password"], input[autocomplete*="password"]')).toHaveCount(0);
  };
  await page.goto('playground');
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '77'});
  const cert = field(page, 'certificate');
  await expectUnsaveable(cert);
  // Show and hide switch the mask, never the type.
  await page.getByRole('button', {name: /^Show/}).click();
  expect(await masking(cert)).toBe('none');
  await expect(cert).toHaveAttribute('type', 'text');
  await page.getByRole('button', {name: /^Hide/}).click();
  expect(await masking(cert)).toBe('disc');
  // Enter in the form submits nothing and leaves the page where it is.
  const before = page.url();
  await cert.press('Enter');
  expect(page.url()).toBe(before);
  await expect(cert).toHaveValue(SAMPLE_CERTIFICATE);

  await page.getByRole('link', {name: 'Open in the inspector'}).click();
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');
  await expectUnsaveable(page.locator('[data-inspector] [data-field="certificate"]'));
});
