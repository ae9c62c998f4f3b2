// The call page in examples/web-client, both ways (plain <script> tags and the esbuild bundle),
// started with its documented command next to the real reference token server, in Chromium with
// fake camera and microphone. Agora's servers cannot be reached from here, so the SDK's requests
// to Agora are recorded and refused: the tests check everything up to the network.
import {expect, test, type Page} from '@playwright/test';
import {spawn, type ChildProcess} from 'node:child_process';
import config from '../../playwright.config';
import {decodeForTest} from '../support/token-check';


const appId = '970ca35de60c44645bbae8a215061b33';
const certificate = '5cfd2fd1755d40ecb72977518be15d3b';
const e2ePort = Number(process.env.E2E_PORT ?? 3210);
const pagePort = e2ePort + 20000;
const tokenPort = e2ePort + 21000;
const pageUrl = `http://localhost:${pagePort}/`;

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});
test.describe.configure({mode: 'serial'});

let server: ChildProcess;
let serverOutput = '';

test.beforeAll(async () => {
  server = spawn(process.execPath, ['examples/web-client/serve.mjs'], {
    env: {...process.env, APP_ID: appId, APP_CERTIFICATE: certificate, WEB_CLIENT_PORT: String(pagePort), PORT: String(tokenPort), CORS_ALLOW_ORIGIN: ''},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (serverOutput += d));
  server.stderr!.on('data', (d) => (serverOutput += d));
  for (let i = 0; i < 300 && !/Call page: .*Token server listening|Token server listening[\s\S]*Call page:/.test(serverOutput); i++) {
    if (server.exitCode !== null) throw new Error(`npm run web-client exited: ${serverOutput}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(serverOutput).toContain(`Call page: http://localhost:${pagePort}/`);
});
test.afterAll(() => {
  server?.kill('SIGTERM');
});

/** A join as the SDK sends it: a user account travels beside uid 0, in detail["6"]. */
type JoinRequest = {appid: string; cname: string; key: string; uid: unknown; account?: string};

/** Records what the SDK sends to Agora's gateway to join, and refuses every request to Agora. */
async function recordAgora(page: Page): Promise<{joins: JoinRequest[]; hosts: Set<string>}> {
  const joins: JoinRequest[] = [];
  const hosts = new Set<string>();
  await page.route(/^https:\/\/[^/]*(agora\.io|sd-rtn\.com)\//, (route) => {
    const request = route.request();
    hosts.add(new URL(request.url()).host);
    const body = request.postData() ?? '';
    const json = /\{"appid".*\}/.exec(body)?.[0];
    if (json) {
      const parsed = JSON.parse(json) as {appid: string; request_bodies?: Array<{buffer?: {cname?: string; key?: string; uid?: unknown; detail?: Record<string, string>}}>};
      const buffer = parsed.request_bodies?.[0]?.buffer;
      if (buffer?.key !== undefined) joins.push({appid: parsed.appid, cname: buffer.cname!, key: buffer.key, uid: buffer.uid, account: buffer.detail?.['6']});
    }
    return route.abort('internetdisconnected');
  });
  return {joins, hosts};
}

/** The fields of the token the SDK joined with, decoded and cross-checked with agora-token. */
function decode(token: string) {
  const d = decodeForTest(token, certificate);
  const rtc = d.services.find((s) => s.type === 1)!;
  return {appId: d.appId, channel: rtc.channelName, uid: rtc.uid, valid: d.signatureValid};
}

const status = (page: Page) => page.locator('#status');

for (const [way, path] of [
  ['plain <script> tags', 'index.html'],
  ['the esbuild bundle', 'bundled.html'],
] as const) {
  test.describe(`the call page with ${way}`, () => {
    test('joins with the token from the reference server, shows the camera, renews and rejoins on the SDK events, and says when Agora is unreachable', async ({page}) => {
      const agora = await recordAgora(page);
      const tokenRequests: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(`http://localhost:${tokenPort}/rtc/`)) tokenRequests.push(new URL(r.url()).pathname);
      });
      await page.goto(pageUrl + path);
      await expect(status(page)).toContainText(/Agora Web SDK 4\.\d+\.\d+\. Tokens come from http:\/\/localhost:\d+\./);
      await page.getByLabel('Channel').fill('demo');
      await page.getByLabel(/^User/).fill('1234');
      await page.getByRole('button', {name: 'Join'}).click();

      // The camera preview plays from the fake device.
      await expect(page.locator('#local-video video')).toHaveCount(1);
      // The real SDK asked Agora to join with the App ID, channel, uid and the server's token.
      await expect.poll(() => agora.joins.length, {timeout: 10_000}).toBeGreaterThan(0);
      const join = agora.joins[0];
      expect([join.appid, join.cname, join.uid, join.account]).toEqual([appId, 'demo', 1234, undefined]);
      expect(decode(join.key)).toEqual({appId, channel: 'demo', uid: '1234', valid: true});
      expect(tokenRequests).toEqual(['/rtc/demo/publisher/uid/1234/']);

      // The SDK's own events on the real client: will-expire fetches a token and renews with it,
      // did-expire fetches one and joins with it. (The SDK refuses both while its first join is
      // still trying to reach Agora, and the page says so.)
      const calls = await page.evaluate(async () => {
        const client = window.agoraClient! as unknown as {emit(event: string): void} & Record<string, (...args: unknown[]) => Promise<unknown>>;
        const seen: Array<[string, unknown[]]> = [];
        for (const method of ['renewToken', 'join']) {
          const original = client[method].bind(client);
          client[method] = (...args: unknown[]) => (seen.push([method, args]), original(...args));
        }
        client.emit('token-privilege-will-expire');
        await new Promise((r) => setTimeout(r, 1500));
        client.emit('token-privilege-did-expire');
        await new Promise((r) => setTimeout(r, 1500));
        return seen;
      });
      expect(calls.map(([method]) => method)).toEqual(['renewToken', 'join']);
      const [, [renewed]] = calls[0];
      expect(decode(renewed as string)).toEqual({appId, channel: 'demo', uid: '1234', valid: true});
      const [, [rejoinAppId, rejoinChannel, rejoinToken, rejoinUid]] = calls[1];
      expect([rejoinAppId, rejoinChannel, rejoinUid]).toEqual([appId, 'demo', 1234]);
      expect(decode(rejoinToken as string).valid).toBe(true);
      expect(tokenRequests).toHaveLength(3);
      await expect(status(page)).toContainText('Could not renew the token: INVALID_OPERATION');
      await expect(status(page)).toContainText('Could not join again: INVALID_OPERATION');

      // Agora never answers: after the page's time limit the user reads why, in plain words.
      await expect(status(page)).toContainText("Could not join: Cannot reach Agora's servers. Check your internet connection", {timeout: 20_000});
      await expect(page.getByRole('button', {name: 'Join'})).toBeEnabled();
      await expect(page.locator('#local-video video')).toHaveCount(0);
      expect([...agora.hosts].some((h) => /^webrtc2-ap-web-\d\.agora\.io$/.test(h)), [...agora.hosts].join()).toBe(true);
    });
  });
}

test('a user account asks the server for a user-account token and joins with that account', async ({page}) => {
  const agora = await recordAgora(page);
  const tokenRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`http://localhost:${tokenPort}/rtc/`)) tokenRequests.push(new URL(r.url()).pathname);
  });
  await page.goto(pageUrl);
  await page.getByLabel(/^User/).fill('ana');
  await page.getByRole('button', {name: 'Join'}).click();
  await expect.poll(() => agora.joins.length, {timeout: 10_000}).toBeGreaterThan(0);
  expect(tokenRequests).toEqual(['/rtc/demo/publisher/userAccount/ana/']);
  const join = agora.joins[0];
  expect([join.appid, join.cname, join.uid, join.account]).toEqual([appId, 'demo', 0, 'ana']);
  expect(decode(join.key)).toEqual({appId, channel: 'demo', uid: 'ana', valid: true});
});

test('a token server that does not answer is reported after the retries, and no join is tried', async ({page}) => {
  const agora = await recordAgora(page);
  await page.route(`http://localhost:${tokenPort}/**`, (route) => route.abort('connectionrefused'));
  await page.goto(pageUrl + 'bundled.html');
  await page.getByRole('button', {name: 'Join'}).click();
  await expect(status(page)).toContainText(/Could not join: Could not get a token from .* after 4 attempts: .*Is your token server running\?/, {timeout: 20_000});
  await expect(status(page)).toContainText('Token server failed');
  expect(agora.joins).toEqual([]);
  await expect(page.locator('#local-video video')).toHaveCount(0);
});
