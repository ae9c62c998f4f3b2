import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './live-helpers';
import {buildChatAppToken, buildChatUserToken, buildRtcTokenWithUid, buildRtmToken, buildToken006} from '../../src/token';
import {ByteWriter, toBase64} from '../../src/token/bytes';
import {zlibCompress} from '../../src/token/zlib';

// What developers actually hit, pasted into the built inspector: tokens changed on their way,
// legacy keys, 006 spellings, RTM logins; and what attackers paste: deep nesting and tokens that
// announce 65,535 services or privileges, answered without a crash and quickly. Then each
// troubleshooting symptom, found by its error text in the offline search.

const APP_ID = '4d1b6c2a9e8f70123456789abcdef012';
const CERT = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';

/** A token with "+", "/" and "=", so that every kind of damage changes something. */
function damageableToken(): string {
  for (let salt = 1; ; salt++) {
    const t = buildRtcTokenWithUid({appId: APP_ID, appCertificate: CERT, channelName: 'demo', uid: 1234, role: 1, tokenExpire: 3600, salt});
    if (t.includes('+') && t.includes('/') && t.endsWith('=')) return t;
  }
}

function crafted(count: number, body: (w: ByteWriter) => void): string {
  const w = new ByteWriter().bytes(new Uint8Array(32)).string(APP_ID).u32(Math.floor(Date.now() / 1000)).u32(3600).u32(1).u16(count);
  body(w);
  return `007${toBase64(zlibCompress(w.finish()))}`;
}

async function open(page: Page) {
  await page.goto('inspect');
  await hydrated(page, 'TokenInspector');
}

/** Pastes text and waits for the inspector's answer; returns how long it took in the page. */
async function paste(page: Page, text: string): Promise<number> {
  const box = page.locator('[data-inspector] [data-field="token"]');
  await box.fill('');
  const elapsed = await box.evaluate((el: HTMLTextAreaElement, value) => {
    const start = performance.now();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', {bubbles: true}));
    return new Promise<number>((resolve) => {
      const done = () => document.querySelector('[data-breakdown], [data-decode-error]');
      const check = () => (done() ? resolve(performance.now() - start) : requestAnimationFrame(check));
      check();
    });
  }, text);
  await expect(page.locator('[data-breakdown], [data-decode-error]').first()).toBeVisible();
  return elapsed;
}

async function join(page: Page, values: {channel: string; user: string}) {
  await page.locator('[data-field="join-appId"]').fill(APP_ID);
  await page.locator('[data-field="join-channel"]').fill(values.channel);
  await page.locator('[data-field="join-user"]').fill(values.user);
}

test('a token changed on its way is rejected as given, with the cause, then judged as repaired', async ({page}) => {
  const token = damageableToken();
  await open(page);
  const cases: Array<[string, RegExp]> = [
    [token.replace(/\+/g, ' '), /"\+" became a space/],
    [encodeURIComponent(token), /percent-encoded/],
    [token.replace(/\//g, '\\/'), /arrived as "\\\/"/],
    [`${token.slice(0, 40)}\n${token.slice(40)}`, /split over several lines/],
  ];
  for (const [input, cause] of cases) {
    await paste(page, input);
    await join(page, {channel: 'demo', user: '1234'});
    const verdict = page.locator('[data-verdict]');
    await expect(verdict).toHaveAttribute('data-verdict', 'rejected');
    await expect(verdict).toHaveAttribute('data-code', '110');
    await expect(verdict).toContainText('Agora rejects the token as given');
    await expect(verdict.locator('[data-finding]').first()).toContainText(cause);
    await expect(verdict.locator('[data-once-intact]')).toHaveAttribute('data-once-intact', 'joins');
  }
  // Quotes or JSON around the token are not a change to it.
  await paste(page, JSON.stringify({rtcToken: token}));
  await join(page, {channel: 'demo', user: '1234'});
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'joins');
});

test('symptoms: letter case, 006 spellings, uid 0, a user account "0", legacy keys', async ({page}) => {
  await open(page);
  await paste(page, buildRtcTokenWithUid({appId: APP_ID, appCertificate: CERT, channelName: 'Demo', uid: 1234, role: 1, tokenExpire: 3600}));
  await join(page, {channel: 'demo', user: '1234'});
  await expect(page.locator('[data-verdict]')).toContainText('They differ only in letter case');

  const t006 = buildToken006({appId: APP_ID, appCertificate: CERT, channelName: 'Demo Room', uid: 1234, privileges: {1: 0}});
  await paste(page, t006);
  await join(page, {channel: 'demo room', user: '1234'});
  await expect(page.locator('[data-verdict] [data-finding="110"]').first()).toContainText('built for channel "Demo Room"');
  await page.locator('[data-field="join-channel"]').fill('Demo Room');
  await page.locator('[data-field="join-user"]').fill('0');
  await expect(page.locator('[data-verdict] [data-finding="110"]').first()).toContainText('SDK picks a random uid');

  await paste(page, `004${'a'.repeat(40)}${APP_ID}${'1'.repeat(10)}${'b'.repeat(8)}${'1'.repeat(10)}`);
  await expect(page.locator('[data-decode-error="prefix"]')).toContainText('This is a legacy dynamic key (version 004');
  await expect(page.locator('[data-decode-error="prefix"]')).toContainText('build a 007 token instead');

  // Numbers are read strictly: "1e3" is refused with what it would have meant.
  await paste(page, buildRtcTokenWithUid({appId: APP_ID, appCertificate: CERT, channelName: 'demo', uid: 1000, role: 1, tokenExpire: 3600}));
  await join(page, {channel: 'demo', user: '1e3'});
  await expect(page.locator('[data-field-error]').first()).toContainText('exponent notation (that is 1000)');
});

test('RTM: will this token log in as user X?', async ({page}) => {
  await open(page);
  await paste(page, buildRtmToken({appId: APP_ID, appCertificate: CERT, userId: 'alice', expire: 3600}));
  // An RTM-only token starts on the RTM check.
  await expect(page.locator('[data-check="rtm"]')).toBeChecked();
  await page.locator('[data-field="join-appId"]').fill(APP_ID);
  await page.locator('[data-field="rtm-user"]').fill('alice');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'joins');
  await expect(page.locator('[data-verdict]')).toContainText('accepts this RTM login');
  await page.locator('[data-field="rtm-user"]').fill('bob');
  await expect(page.locator('[data-verdict]')).toContainText('wrong RTM user id');
  await expect(page.locator('[data-verdict]')).toContainText('RTM login fails with error 110');

  await paste(page, buildRtcTokenWithUid({appId: APP_ID, appCertificate: CERT, channelName: 'demo', uid: 7, role: 1, tokenExpire: 3600}));
  await page.locator('[data-check="rtm"]').check();
  await page.locator('[data-field="join-appId"]').fill(APP_ID);
  await page.locator('[data-field="rtm-user"]').fill('alice');
  await expect(page.locator('[data-verdict]')).toContainText('the token has no RTM service');
});

test('Chat: will this token log in to Chat as user X, or serve a RESTful call?', async ({page}) => {
  await open(page);
  await paste(page, buildChatUserToken({appId: APP_ID, appCertificate: CERT, userId: 'alice', expire: 3600}));
  const check = page.locator('[data-chat-check]');
  // A Chat token opens the Chat check; a user token starts on the SDK login.
  await expect(check).toHaveAttribute('open', '');
  await expect(check.locator('[data-chat-use="login"]')).toBeChecked();
  await check.locator('[data-field="chat-user"]').fill('alice');
  await check.locator('[data-field="chat-appId"]').fill(APP_ID);
  await expect(check.locator('[data-chat-verdict]')).toHaveAttribute('data-chat-verdict', 'accepted');
  await check.locator('[data-field="chat-user"]').fill('Alice');
  await expect(check.locator('[data-chat-verdict]')).toHaveAttribute('data-chat-error', 'invalid-token');
  await expect(check.locator('[data-chat-verdict]')).toContainText('wrong Chat user');
  await expect(check.locator('[data-chat-verdict]')).toContainText('202 USER_AUTHENTICATION_FAILED');
  await check.locator('[data-chat-use="rest"]').check();
  await expect(check.locator('[data-chat-verdict]')).toContainText('this is a Chat user token, not an app token');

  await paste(page, buildChatAppToken({appId: APP_ID, appCertificate: CERT, expire: 3600}));
  await expect(check.locator('[data-chat-use="rest"]')).toBeChecked();
  await expect(check.locator('[data-chat-verdict]')).toHaveAttribute('data-chat-verdict', 'accepted');

  // Any other token keeps the Chat check closed until the reader opens it, and says why Chat refuses it.
  await paste(page, buildRtcTokenWithUid({appId: APP_ID, appCertificate: CERT, channelName: 'demo', uid: 7, role: 1, tokenExpire: 3600}));
  await expect(check).not.toHaveAttribute('open', '');
  await check.locator('summary').click();
  await check.locator('[data-field="chat-user"]').fill('alice');
  await expect(check.locator('[data-chat-verdict]')).toContainText('the token has no Chat service');
});

test('hostile pastes: deep nesting and amplification tokens answer within a second, without a crash', async ({page}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page);
  const inputs: Array<[string, string, string]> = [
    ['2,000 nested "["', `${'['.repeat(2000)}${']'.repeat(2000)}`, 'nested more than 32 levels'],
    ['65,535 services', crafted(65535, (w) => {
      for (let i = 0; i < 65535; i++) w.u16(4).u16(0);
    }), 'announces 65535 services'],
    ['65,535 privileges', crafted(1, (w) => {
      w.u16(1).u16(65535);
      for (let i = 0; i < 65535; i++) w.u16(i % 5).u32(0);
      w.string('demo').string('1');
    }), 'announces 65535 privileges'],
  ];
  for (const [name, input, message] of inputs) {
    const ms = await paste(page, input);
    expect(ms, name).toBeLessThan(1000);
    await expect(page.locator('[data-decode-error]'), name).toContainText(message);
  }
  await expect(page.getByText('This page crashed')).toHaveCount(0);
  expect(errors).toEqual([]);

  // The same nesting from a share link (a fresh load: a hash change alone does not reload the page).
  await page.goto('about:blank');
  await page.goto(`inspect#token=${encodeURIComponent(`${'['.repeat(2000)}${']'.repeat(2000)}`)}`);
  await expect(page.locator('[data-decode-error="input"]')).toContainText('nested more than 32 levels');
  await expect(page.getByText('This page crashed')).toHaveCount(0);
});

test('the token field is kept out of autofill, session restore and password managers, like the certificate', async ({page}) => {
  await open(page);
  const box = page.locator('[data-inspector] [data-field="token"]');
  await expect(box).toHaveAttribute('autocomplete', 'off');
  await expect(box).toHaveAttribute('spellcheck', 'false');
  await expect(box).toHaveAttribute('data-1p-ignore', 'true');
  await expect(box).toHaveAttribute('data-lpignore', 'true');
});

test('the offline search finds each troubleshooting entry by its error text', async ({page}) => {
  await page.goto('docs/guide/troubleshooting');
  const search = page.locator('.navbar input[aria-label="Search"]');
  // Each error text, and the start of the heading of the entry it must lead to.
  const symptoms: Array<[string, string]> = [
    ['static use dynamic key', '"static use dynamic key"'],
    ['ERR_NO_AUTHORIZED', 'ERR_NO_AUTHORIZED, "invalid token'],
    ['invalid token, authorized failed', 'ERR_NO_AUTHORIZED, "invalid token'],
    ['WEB_SECURITY_RESTRICT', 'WEB_SECURITY_RESTRICT'],
    ['INVALID_UINT_UID_FROM_STRING_UID', 'INVALID_UINT_UID_FROM_STRING_UID'],
    ['UID_CONFLICT', 'UID_CONFLICT, UID_BANNED'],
    ['legacy dynamic key', 'This is a legacy dynamic key'],
    ['LOGIN_ERR_INVALID_TOKEN', 'RTM: INVALID_TOKEN or LOGIN_ERR_INVALID_TOKEN'],
    ['ERR_DYNAMIC_KEY_EXPIRED', 'Error 109 on a token that was never cached'],
    ['differs only in letter case', 'Error 110 when the channel name differs only in letter case'],
    ['ERR_DYNAMIC_USE_STATIC_KE', '"dynamic use static key"'],
    ['ERR_STATIC_USE_DYANMIC_KE', '"static use dynamic key"'],
    ['Get server node failed [NO_AUTHORIZED]', 'ERR_NO_AUTHORIZED, "invalid token'],
    ['ERR_INVALID_VENDOR_KEY', 'Error 101, invalid App ID'],
    ['invalid string uid', 'INVALID_UINT_UID_FROM_STRING_UID'],
    ['joinChannelWithUserAccount', 'INVALID_UINT_UID_FROM_STRING_UID'],
    ['UID_BANNED', 'UID_CONFLICT, UID_BANNED'],
    ['CONNECTION_CHANGED_SAME_UID_LOGIN', 'UID_CONFLICT, UID_BANNED'],
    ['CONNECTION_CHANGED_INVALID_TOKEN', 'ERR_NO_AUTHORIZED, "invalid token'],
    ['WARN_OPEN_CHANNEL_REJECTED', 'Warning 107, WARN_OPEN_CHANNEL_REJECTED'],
    ['blocked by CORS policy', '"blocked by CORS policy" for a request to Agora'],
    ['USER_AUTHENTICATION_FAILED', 'Chat login fails'],
    ['WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR', 'Chat login fails'],
    ['Generate Temp Token', 'RTM login fails with a temporary token'],
    ['The vendor enabled the dynamic key, but uses the static key', 'Error 110 with no token at all'],
    ['The vendor did not enable the dynamic key', '"static use dynamic key"'],
    ['The user ID to login does not match the token', 'RTM: INVALID_TOKEN or LOGIN_ERR_INVALID_TOKEN'],
  ];
  for (const [symptom, heading] of symptoms) {
    await search.fill('');
    await search.fill(symptom);
    const hit = page.getByRole('option').filter({hasText: /Troubleshooting/}).filter({hasText: heading});
    await expect(hit.first(), `${symptom} -> ${heading}`).toBeVisible();
  }
});
