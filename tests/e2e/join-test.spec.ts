// The join test on the test-the-flow page: the real Agora Web SDK loads from the site's own
// origin only when Join is pressed, receives exactly the reader's values, and each failure is
// shown beside the inspector's diagnosis. Agora's servers cannot be reached from here: the SDK's
// requests to Agora are recorded and refused. (The success path is unit-tested in
// tests/unit/guide/join-test.test.ts.)
import {expect, test, type Page} from '@playwright/test';
import config from '../../playwright.config';
import {SAMPLE_APP_ID, SAMPLE_CERTIFICATE, fillPlayground, hydrated} from './live-helpers';
import {agora} from '../support/token-check';

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

// A string only Agora's Web SDK carries (the host of its event reporting), to find its bytes.
const SDK_MARKER = 'statscollector';

type JoinRequest = {appid: string; cname: string; key: string; uid: unknown; account?: string};

async function watch(page: Page, origin: string) {
  const log = {joins: [] as JoinRequest[], sdkScripts: [] as string[], foreign: [] as string[]};
  await page.route(/^https:\/\/[^/]*(agora\.io|sd-rtn\.com)\//, (route) => {
    const body = route.request().postData() ?? '';
    const json = /\{"appid".*\}/.exec(body)?.[0];
    if (json) {
      const parsed = JSON.parse(json) as {appid: string; request_bodies?: Array<{buffer?: {cname?: string; key?: string; uid?: unknown; detail?: Record<string, string>}}>};
      const b = parsed.request_bodies?.[0]?.buffer;
      if (b?.key !== undefined) log.joins.push({appid: parsed.appid, cname: b.cname!, key: b.key, uid: b.uid, account: b.detail?.['6']});
    }
    return route.abort('internetdisconnected');
  });
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) log.foreign.push(r.url());
  });
  page.on('response', async (r) => {
    if (!/javascript/.test(r.headers()['content-type'] ?? '')) return;
    const text = await r.text().catch(() => '');
    if (text.includes(SDK_MARKER)) log.sdkScripts.push(r.url());
  });
  return log;
}

const joinTest = (page: Page) => page.locator('[data-join-test]');
const input = (page: Page, name: string) => joinTest(page).locator(`[data-field="join-test-${name}"]`);

async function fill(page: Page, values: {appId: string; channel: string; user: string; token: string}) {
  await input(page, 'appId').fill(values.appId);
  await input(page, 'channel').fill(values.channel);
  await input(page, 'user').fill(values.user);
  await input(page, 'token').fill(values.token);
}

const token = (channel: string, uid: number) => agora.RtcTokenBuilder.buildTokenWithUid(SAMPLE_APP_ID, SAMPLE_CERTIFICATE, channel, uid, 1, 600, 600);

test('no SDK bytes before Join; on Join the SDK comes from the site and sends exactly the join values', async ({page, baseURL}) => {
  const origin = new URL(baseURL!).origin;
  const log = await watch(page, origin);
  await page.goto('docs/guide/test-the-flow');
  await hydrated(page, 'JoinTest');
  await expect(joinTest(page)).toContainText('This step connects to Agora');
  await expect(joinTest(page).getByLabel(/certificate/i)).toHaveCount(0);
  await joinTest(page).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(log.sdkScripts).toEqual([]);
  expect(log.foreign).toEqual([]);

  const valid = token('demo', 1234);
  await fill(page, {appId: SAMPLE_APP_ID, channel: 'demo', user: '1234', token: valid});
  await joinTest(page).getByRole('button', {name: 'Join'}).click();
  await expect.poll(() => log.sdkScripts.length, {timeout: 15_000}).toBeGreaterThan(0);
  expect(log.sdkScripts.every((url) => url.startsWith(origin)), log.sdkScripts.join()).toBe(true);
  await expect(joinTest(page).locator('video')).toHaveCount(1);
  await expect.poll(() => log.joins.length, {timeout: 15_000}).toBeGreaterThan(0);
  expect(log.joins[0]).toEqual({appid: SAMPLE_APP_ID, cname: 'demo', key: valid, uid: 1234, account: undefined});

  // Agora never answers here: the SDK's side says so, the inspector's side finds the token right.
  await expect(joinTest(page).locator('[data-sdk-error]')).toHaveAttribute('data-sdk-error', 'JOIN_TIMEOUT', {timeout: 25_000});
  await expect(joinTest(page).locator('[data-diagnosis-code]')).toHaveAttribute('data-diagnosis-code', 'joins');
  await expect(joinTest(page)).toContainText('Agora could not be reached');
  await expect(joinTest(page).locator('video')).toHaveCount(0);
});

test('a token for another channel: the SDK request carries the reader values, and the diagnosis beside the failure is 110 wrong channel', async ({page, baseURL}) => {
  const log = await watch(page, new URL(baseURL!).origin);
  await page.goto('docs/guide/test-the-flow');
  await hydrated(page, 'JoinTest');
  await joinTest(page).getByRole('radio', {name: 'user account'}).check();
  await fill(page, {appId: SAMPLE_APP_ID, channel: 'other', user: 'ana', token: token('demo', 1234)});
  await joinTest(page).getByRole('button', {name: 'Join'}).click();
  await expect.poll(() => log.joins.length, {timeout: 20_000}).toBeGreaterThan(0);
  expect([log.joins[0].cname, log.joins[0].uid, log.joins[0].account]).toEqual(['other', 0, 'ana']);
  const diagnosis = joinTest(page).locator('[data-diagnosis-code]');
  await expect(diagnosis).toHaveAttribute('data-diagnosis-code', '110', {timeout: 25_000});
  await expect(diagnosis).toContainText(/Join fails with error 110: .*channel/);
  await expect(diagnosis).toContainText("expect the inspector's verdict");
});

test('bad values are refused in the form, and nothing is loaded', async ({page, baseURL}) => {
  const log = await watch(page, new URL(baseURL!).origin);
  await page.goto('docs/guide/test-the-flow');
  await hydrated(page, 'JoinTest');
  await fill(page, {appId: 'my-app-id', channel: 'demo', user: '12x', token: '"007abc"'});
  await joinTest(page).getByRole('button', {name: 'Join'}).click();
  await expect(input(page, 'appId')).toHaveAttribute('aria-invalid', 'true');
  await expect(input(page, 'user')).toHaveAttribute('aria-invalid', 'true');
  await expect(input(page, 'token')).toHaveAttribute('aria-invalid', 'true');
  await expect(joinTest(page)).toContainText('App ID: the 32 hexadecimal characters');
  await page.waitForTimeout(500);
  expect(log.sdkScripts).toEqual([]);
  expect(log.joins).toEqual([]);
});

test("the playground's token is handed on in memory, without the certificate, to the join test under the inspector and on the guide page", async ({page, baseURL}) => {
  const log = await watch(page, new URL(baseURL!).origin);
  await page.goto('playground');
  const made = await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '77'});
  await page.getByRole('link', {name: 'Open in the inspector'}).click();
  await expect(page).toHaveURL(/inspect/);
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');
  await joinTest(page).getByRole('button', {name: "Use the playground's token"}).click();
  await expect(input(page, 'token')).toHaveValue(made);
  await expect(input(page, 'appId')).toHaveValue(SAMPLE_APP_ID);
  await expect(input(page, 'user')).toHaveValue('77');
  expect(await joinTest(page).innerHTML()).not.toContain(SAMPLE_CERTIFICATE);
  await page.waitForLoadState('networkidle');
  expect(log.sdkScripts, 'no SDK bytes on the inspector page before Join').toEqual([]);

  // Move on inside the site without a page load, as its links do: the hand-over lives in memory
  // only, so the token arriving proves it travelled that way.
  await page.evaluate(() => {
    history.pushState(null, '', location.pathname.replace(/inspect\/?$/, 'docs/guide/test-the-flow'));
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page).toHaveURL(/test-the-flow/);
  // The URL changes at once, while the inspector page (with its own join test) stays on screen
  // until the guide page has rendered: wait for the guide page before pressing its button.
  await expect(page.locator('h1')).toHaveText('Test the flow');
  await expect(joinTest(page)).toHaveCount(1);
  await joinTest(page).getByRole('button', {name: "Use the playground's token"}).click();
  await expect(input(page, 'token')).toHaveValue(made);
  expect(log.sdkScripts).toEqual([]);
});
