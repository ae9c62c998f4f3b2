import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {decodeToken, verifyToken} from '../../src/token';
import {APP_CERTIFICATE, APP_ID, freePort, startChild, type Child} from '../support/servers';

// The token server tester in Chromium against the real reference server, started here on
// loopback ports: one that allows this site's origin, one that allows another origin only.

const running: Child[] = [];

/** The reference server on a free loopback port, allowing `corsAllowOrigin`. */
async function startServer(corsAllowOrigin: string, extraEnv: Record<string, string> = {}): Promise<Child> {
  const server = await startChild({APP_ID, APP_CERTIFICATE, CORS_ALLOW_ORIGIN: corsAllowOrigin, ...extraEnv});
  running.push(server);
  return server;
}

let allowed: Child;
let denied: Child;
let withAuth: Child;
let down: string;
const AUTH_TOKEN = 'test-only-3f9a1c7e5b2d8046aa17';

test.describe.configure({mode: 'default'});

test.beforeAll(async ({baseURL}) => {
  const origin = new URL(baseURL!).origin;
  [allowed, denied, withAuth] = await Promise.all([startServer(origin), startServer('https://some-other-site.example'), startServer(origin, {AUTH_TOKEN})]);
  // A loopback port with nothing listening on it.
  down = `http://127.0.0.1:${await freePort()}`;
});

test.afterAll(() => {
  for (const r of running) r.proc.kill('SIGTERM');
});

async function open(page: Page, colorScheme: 'light' | 'dark' = 'light') {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.emulateMedia({colorScheme});
  await page.goto('token-server-tester', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
  return errors;
}

async function testServer(page: Page, url: string) {
  await page.getByLabel('Token server URL').fill(url);
  await page.getByRole('button', {name: 'Test my server'}).click();
}

const status = (page: Page) => page.getByRole('status');
const steps = (page: Page) => page.getByRole('list', {name: 'Test steps'});

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({page}).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('sends no request until the reader presses the button', async ({page, baseURL}) => {
  const siteOrigin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== siteOrigin) foreign.push(r.url());
  });
  await open(page);
  await page.getByLabel('Token server URL').fill(allowed.url);
  await page.getByLabel('Channel name').fill('typing-sends-nothing');
  await page.waitForTimeout(300);
  expect(foreign).toEqual([]);
  await page.getByRole('button', {name: 'Test my server'}).click();
  await expect(status(page)).toContainText('All checks passed');
  expect(foreign).toEqual([`${allowed.url}/ping`, `${allowed.url}/rtc/typing-sends-nothing/publisher/uid/1234/?expiry=3600`]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`success: the token is decoded and every check passes; axe clean (${colorScheme})`, async ({page}) => {
    const errors = await open(page, colorScheme);
    const tokenResponse = page.waitForResponse((r) => r.url().includes('/rtc/'));
    await page.getByLabel('Channel name').fill('e2e room');
    await page.getByLabel('Subscriber').check();
    await page.getByText('Optional: App ID check, authorization').click();
    await page.getByLabel('App ID (optional)').fill(APP_ID);
    await testServer(page, allowed.url);
    await expect(status(page)).toContainText('All checks passed');
    const list = steps(page);
    await expect(list).toContainText('pong in');
    await expect(list).toContainText('Channel: "e2e room".');
    await expect(list).toContainText('User: "1234".');
    await expect(list).toContainText('Privileges: join channel.');
    await expect(list).toContainText('Lifetime: 3600 s, as asked');
    await expect(list).toContainText('The App ID matches');
    await expect(list).toContainText('Signature not checked');
    // The same token, checked here with the certificate the page never sees.
    const body = await (await tokenResponse).json();
    const decoded = decodeToken(body.rtcToken);
    expect(decoded.ok && decoded.token.version === '007' && decoded.token.services[0]).toMatchObject({type: 1, channelName: 'e2e room', uid: '1234'});
    expect(verifyToken(body.rtcToken, APP_CERTIFICATE).valid).toBe(true);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test(`CORS denied: says the server answered and gives the exact setting; axe clean (${colorScheme})`, async ({page, baseURL}) => {
    const errors = await open(page, colorScheme);
    await testServer(page, denied.url);
    await expect(status(page)).toContainText('could not be reached');
    const list = steps(page);
    await expect(list).toContainText('answered, but the browser did not let this page read the answer');
    await expect(list).toContainText(`CORS_ALLOW_ORIGIN=${new URL(baseURL!).origin}`);
    await expect(list.getByRole('listitem').nth(1)).toContainText('Skipped');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test('POST /getToken: an RTM token with a stream channel, sent as JSON after a preflight, decoded and checked', async ({page, baseURL}) => {
  const errors = await open(page);
  const siteOrigin = new URL(baseURL!).origin;
  const sent: {method: string; url: string; body: string | null; type: string | undefined}[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== siteOrigin) sent.push({method: r.method(), url: r.url(), body: r.postData(), type: r.headers()['content-type']});
  });
  const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/getToken') && r.request().method() === 'POST');
  await page.getByLabel('Request').selectOption('post');
  await page.getByLabel('tokenType').selectOption('rtm');
  await page.getByLabel('User ID', {exact: true}).fill('bob');
  await page.getByLabel('Stream channel (optional)').fill('stream-1');
  await page.getByLabel('Lifetime in seconds').fill('600');
  await testServer(page, allowed.url);
  await expect(status(page)).toContainText('All checks passed');
  const list = steps(page);
  await expect(list).toContainText('POST /getToken');
  await expect(list).toContainText('Stream channel: "stream-1" for "bob" (join channel, publish data stream).');
  await expect(list).toContainText('User ID: "bob".');
  const post = sent.find((r) => r.method === 'POST');
  expect(post).toMatchObject({url: `${allowed.url}/getToken`, type: 'application/json'});
  expect(JSON.parse(post!.body!)).toEqual({tokenType: 'rtm', uid: 'bob', channel: 'stream-1', expire: 600});
  const body = await (await tokenResponse).json();
  expect(verifyToken(body.token, APP_CERTIFICATE).valid).toBe(true);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('server down: nothing answered, and how to start it', async ({page}) => {
  const errors = await open(page);
  await testServer(page, down);
  await expect(status(page)).toContainText('could not be reached');
  await expect(steps(page)).toContainText(`Nothing answered at ${down}.`);
  await expect(steps(page)).toContainText('npm ci && npm start');
  expect(errors).toEqual([]);
});

test('wrong route: the 404 is explained with the server’s own message and the expected routes', async ({page}) => {
  const errors = await open(page);
  await testServer(page, `${allowed.url}/api`);
  await expect(status(page)).toContainText('The token route answered 404.');
  const list = steps(page);
  await expect(list).toContainText('404 for /api/ping');
  await expect(list).toContainText('No route for GET /api/rtc/demo/publisher/uid/1234/');
  await expect(list).toContainText('/rtc/:channelName/:role/:tokenType/:uid/');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('keyboard only: fix a field, submit with Enter, read the result', async ({page}) => {
  await open(page);
  const url = page.getByLabel('Token server URL');
  await url.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(allowed.url);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Request')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Channel name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('café');
  await page.keyboard.press('Enter');
  // The invalid field gets focus, its message and aria-invalid; nothing is sent.
  const channel = page.getByLabel('Channel name');
  await expect(channel).toBeFocused();
  await expect(channel).toHaveAttribute('aria-invalid', 'true');
  await expect(channel).toHaveAccessibleDescription(/does not allow/);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('cafe');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('All checks passed');
  // Tab reaches the optional settings and the button.
  await page.getByLabel('Lifetime in seconds').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('App ID (optional)')).toBeVisible();
});

// The guide says AUTH_TOKEN never belongs in a web page; the tester asks for one only to test a
// server that requires it, says so, and keeps it out of storage, logs and the password store.
test('AUTH_TOKEN: labelled for testing only, masked without a password field, sent to the token route only, never stored', async ({page, context}) => {
  const errors = await open(page);
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  const sent: {url: string; authorization?: string}[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(withAuth.url)) sent.push({url: r.url(), authorization: r.headers().authorization});
  });
  await testServer(page, withAuth.url);
  await expect(status(page)).toContainText('The token route answered 401.');
  await expect(steps(page)).toContainText('AUTH_TOKEN field');

  await page.getByText('Optional: App ID check, authorization', {exact: true}).click();
  const field = page.getByLabel('AUTH_TOKEN (for testing only, never stored)');
  await expect(field).toHaveAccessibleDescription(/never stored or logged\. Never put AUTH_TOKEN in a web or mobile app/);
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  expect(await field.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc');
  await expect(page.locator('input[type="password"], input[autocomplete*="password"]')).toHaveCount(0);
  await field.fill(AUTH_TOKEN);
  await expect(page.locator('main')).toContainText('Authorization: Bearer ••••');
  await page.getByRole('button', {name: 'Test my server'}).click();
  await expect(status(page)).toContainText('All checks passed');
  // /ping goes without it; the token request carries it (twice: the 401 run, then this one).
  expect(sent.filter((r) => r.url.endsWith('/ping')).every((r) => r.authorization === undefined)).toBe(true);
  expect(sent.filter((r) => r.authorization !== undefined).map((r) => [new URL(r.url).pathname, r.authorization])).toEqual([['/rtc/demo/publisher/uid/1234/', `Bearer ${AUTH_TOKEN}`]]);

  const stored = await page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({length: s.length}, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)]));
    return JSON.stringify({local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie, url: location.href, state: history.state});
  });
  expect(stored + JSON.stringify(await context.cookies())).not.toContain(AUTH_TOKEN);
  expect(consoleLines.filter((l) => l.includes(AUTH_TOKEN))).toEqual([]);
  await expect(page.locator('main')).not.toContainText(AUTH_TOKEN);
  // A reload forgets it.
  await page.reload({waitUntil: 'networkidle'});
  await page.getByText('Optional: App ID check, authorization', {exact: true}).click();
  await expect(page.getByLabel('AUTH_TOKEN (for testing only, never stored)')).toHaveValue('');
  expect(errors).toEqual([]);
});
