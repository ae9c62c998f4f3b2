import {expect, test, type Page} from '@playwright/test';
import {hydrated} from './live-helpers';
import {AgoraAccessToken006, AgoraAccessToken2, AgoraServiceRtc as ServiceRtc, agora, parseWithAgora, privileges006} from '../support/token-check';

// The inspector on the built site, fed tokens that agora-token built in Node.

const APP_ID = '4d1b6c2a9e8f70123456789abcdef012';
const CERT = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const OTHER_CERT = '00112233445566778899aabbccddeeff';
const {RtcTokenBuilder, RtcRole, RtmTokenBuilder, ChatTokenBuilder} = agora;

function pad(n: number) {
  return String(n).padStart(2, '0');
}
function utc(unix: number) {
  const d = new Date(unix * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

async function inspect(page: Page, text: string) {
  await page.goto('inspect');
  await expect(page.locator('[data-inspector]')).toBeVisible();
  // The pre-rendered field only reacts once React is attached.
  await hydrated(page, 'TokenInspector');
  await page.locator('[data-inspector] [data-field="token"]').fill(text);
  await expect(page.locator('[data-breakdown], [data-decode-error]').first()).toBeVisible();
}

/** A 007 token whose issue time lies in the past, built with agora-token's own classes. */
function pastToken(secondsAgo: number, expire: number): string {
  const t = new AgoraAccessToken2(APP_ID, CERT, Math.floor(Date.now() / 1000) - secondsAgo, expire);
  const rtc = new ServiceRtc('demo', 1234);
  rtc.add_privilege(1, expire);
  t.add_service(rtc);
  return t.build();
}

test('tokens built by agora-token decode to the right fields, times in local time and UTC', async ({page}) => {
  const cases = [
    {token: RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, 'demo', 1234, RtcRole.PUBLISHER, 3600, 3600), service: 'rtc', texts: ['"demo"', '"1234"'], privileges: ['joinChannel', 'publishAudioStream', 'publishVideoStream', 'publishDataStream']},
    {token: RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, 'lobby', 0, RtcRole.SUBSCRIBER, 600, 0), service: 'rtc', texts: ['"lobby"', 'any uid may join', 'never expires (0)'], privileges: ['joinChannel']},
    {token: RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, CERT, '', 'team-*', RtcRole.SUBSCRIBER, 600, 600), service: 'rtc', texts: ['empty: any channel (a wildcard token)', '"team-*" (a wildcard'], privileges: ['joinChannel']},
    {token: RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, CERT, 'demo', 'alice', RtcRole.PUBLISHER, 900, 900), service: 'rtc', texts: ['"alice"', 'a user account'], privileges: ['joinChannel', 'publishAudioStream']},
    {token: RtmTokenBuilder.buildToken(APP_ID, CERT, 'bob', 3600), service: 'rtm', texts: ['"bob"'], privileges: ['login']},
    {token: ChatTokenBuilder.buildAppToken(APP_ID, CERT, 600), service: 'chat', texts: ['User ID: empty'], privileges: ['app']},
  ];
  for (const c of cases) {
    const {parsed} = parseWithAgora(c.token, CERT);
    await inspect(page, c.token);
    const breakdown = page.locator('[data-breakdown]');
    await expect(breakdown.locator('[data-fact="version"]')).toContainText('007');
    await expect(breakdown.locator('[data-fact="appId"]')).toContainText(APP_ID);
    await expect(breakdown.locator('[data-fact="issueTs"]')).toContainText(utc(parsed.issueTs));
    await expect(breakdown.locator('[data-fact="expiresAt"]')).toContainText(utc(parsed.issueTs + parsed.expire));
    await expect(breakdown.locator('[data-fact="expiresAt"]')).toContainText(/expires in/);
    await expect(breakdown.locator('[data-fact="salt"]')).toContainText(String(parsed.salt));
    const service = breakdown.locator(`[data-service="${c.service}"]`);
    for (const text of c.texts) await expect(service).toContainText(text);
    for (const p of c.privileges) await expect(service.locator(`[data-privilege="${p}"]`)).toBeVisible();
    // The parts of the token, coloured, and the content field by field.
    await expect(page.locator('[data-coloured-token] [data-part="version"]')).toHaveText('007');
    await expect(page.locator('[data-coloured-token] [data-part="body"]')).toHaveText(c.token.slice(3));
    await expect(page.locator('[data-byte-view] span').first()).toHaveAttribute('title', 'signature');
  }
});

test('a legacy 006 token decodes with absolute privilege times', async ({page}) => {
  const t = new AgoraAccessToken006(APP_ID, CERT, 'demo', 1234);
  const joinUntil = Math.floor(Date.now() / 1000) + 3600;
  t.addPriviledge(privileges006.kJoinChannel, joinUntil);
  const token = t.build();
  await inspect(page, token);
  await expect(page.locator('[data-fact="version"]')).toContainText('006');
  await expect(page.locator('[data-fact="appId"]')).toContainText(APP_ID);
  await expect(page.locator('[data-privilege="joinChannel"]')).toContainText(utc(joinUntil));
  // 006 signs channel and uid: the signature check uses the "Will this token work?" values.
  await page.locator('[data-field="join-channel"]').fill('demo');
  await page.locator('[data-field="join-user"]').fill('1234');
  await page.locator('[data-inspector] [data-field="certificate"]').fill(CERT);
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');
  // The site says "version 006 token"; the legacy names are for the glossary, which it links.
  await expect(page.locator('[data-fact="version"]')).toContainText('version 006 token (legacy)');
  await expect(page.locator('[data-fact="version"] a')).toHaveAttribute('href', /\/docs\/guide\/reference#glossary$/);
  await page.locator('[data-field="join-appId"]').fill(APP_ID);
  await expect(page.locator('[data-inspector]')).toContainText('This is a version 006 token.');
  await expect(page.locator('[data-inspector]')).not.toContainText(/AccessToken|Dynamic Key|Channel Key/i);
});

test('signature: valid with the right certificate, invalid with another', async ({page}) => {
  const token = RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, 'demo', 1234, RtcRole.PUBLISHER, 3600, 3600);
  await inspect(page, token);
  const cert = page.locator('[data-inspector] [data-field="certificate"]');
  await cert.fill(CERT);
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');
  await expect(page.locator('[data-signature]')).toContainText('Signature valid');
  await cert.fill(OTHER_CERT);
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'invalid');
  await expect(page.locator('[data-signature]')).toContainText('Signature invalid');
  await cert.fill(CERT.toUpperCase());
  await expect(page.locator('[data-signature]')).toContainText('lower case');
  await cert.fill('not hex');
  await expect(cert).toHaveAttribute('aria-invalid', 'true');
});

type Case = {name: string; token: () => string; join: {appId?: string; channel?: string; user?: string; account?: boolean; publish?: boolean}; cert?: string; verdict: string; code: string; text: RegExp};

const publisher = () => RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, 'demo', 1234, RtcRole.PUBLISHER, 3600, 3600);
const diagnosis: Case[] = [
  {name: 'everything matches', token: publisher, join: {}, cert: CERT, verdict: 'joins', code: '', text: /Agora accepts this join/},
  {name: 'wrong channel', token: publisher, join: {channel: 'Demo'}, verdict: 'rejected', code: '110', text: /Error 110: wrong channel.*letter case/},
  {name: 'wrong uid', token: publisher, join: {user: '999'}, verdict: 'rejected', code: '110', text: /Error 110: wrong uid/},
  {name: 'uid vs account', token: () => RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, CERT, 'demo', 'alice', RtcRole.PUBLISHER, 3600, 3600), join: {user: '1234'}, verdict: 'rejected', code: '110', text: /uid type mismatch/},
  {name: 'account vs uid', token: publisher, join: {user: 'alice', account: true}, verdict: 'rejected', code: '110', text: /uid type mismatch: the token is for an integer uid/},
  {name: 'expired', token: () => pastToken(4 * 3600, 3600), join: {}, verdict: 'rejected', code: '109', text: /Error 109: token expired/},
  {name: 'subscriber publishing', token: () => RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, 'demo', 1234, RtcRole.SUBSCRIBER, 3600, 3600), join: {publish: true}, verdict: 'joins-cannot-publish', code: '', text: /Cannot publish: the token has no publish privilege/},
  {name: 'subscriber not publishing', token: () => RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, 'demo', 1234, RtcRole.SUBSCRIBER, 3600, 3600), join: {publish: false}, verdict: 'joins', code: '', text: /accepts this join/},
  {name: 'another project\'s App ID', token: publisher, join: {appId: 'ffffffffffffffffffffffffffffffff'}, verdict: 'rejected', code: '110', text: /Error 110: App ID mismatch/},
  {name: 'wildcard channel', token: () => RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, '', 1234, RtcRole.SUBSCRIBER, 3600, 3600), join: {channel: 'any room', publish: false}, verdict: 'joins', code: '', text: /Note: wildcard token: any channel\./},
  {name: 'wrong certificate', token: publisher, join: {}, cert: OTHER_CERT, verdict: 'rejected', code: '110', text: /signature does not match/},
];

test('"Will this token work?" gives Agora’s verdict for each classic mistake', async ({page}) => {
  for (const c of diagnosis) {
    await inspect(page, c.token());
    await page.locator('[data-field="join-appId"]').fill(c.join.appId ?? APP_ID);
    await page.locator('[data-field="join-channel"]').fill(c.join.channel ?? 'demo');
    if (c.join.account) await page.getByRole('radio', {name: 'a string user account'}).check();
    await page.locator('[data-field="join-user"]').fill(c.join.user ?? '1234');
    await page.getByRole('checkbox', {name: /It will publish/}).setChecked(c.join.publish ?? true);
    if (c.cert) await page.locator('[data-inspector] [data-field="certificate"]').fill(c.cert);
    const verdict = page.locator('[data-verdict]');
    await expect(verdict, c.name).toHaveAttribute('data-verdict', c.verdict);
    await expect(verdict, c.name).toHaveAttribute('data-code', c.code);
    await expect(verdict, c.name).toContainText(c.text);
    if (c.verdict !== 'joins') await expect(verdict, c.name).toContainText('Fix:');
  }
});

test('an expired token says how long ago it expired', async ({page}) => {
  await inspect(page, pastToken(4 * 3600, 3600));
  await expect(page.locator('[data-fact="expiresAt"]')).toContainText(/expired 3 h( \d+ s)? ago/);
});

const malformed: [string, string, RegExp][] = [
  ['plain words', 'hello world', /starts with "007".*"hel"/],
  ['an App ID', APP_ID, /App ID or App Certificate, not a token/],
  ['bad base64', '007eJxTYBCrO1FQ$$$', /not valid base64/],
  ['truncated', '', /cut off|ends early/],
  ['JSON without a token', '{"error": "invalid channel"}', /none of its string values starts with 007/],
  ['not zlib', '007AAAAAAAAAAAAAAAA', /not a valid zlib stream|corrupt/],
  ['006 without App ID', '006zzzz', /32 hex characters of its App ID/],
];

test('malformed input gets a precise message, never a blank panel or a crash', async ({page}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const [name, raw, message] of malformed) {
    const text = name === 'truncated' ? publisher().slice(0, 60) : raw;
    await page.goto('inspect');
    const box = page.locator('[data-inspector] [data-field="token"]');
    await hydrated(page, 'TokenInspector');
    await box.fill(text);
    await expect(page.locator('[data-decode-error]'), name).toBeVisible();
    await expect(page.getByRole('alert'), name).toContainText(message);
    await expect(box, name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-breakdown]'), name).toHaveCount(0);
  }
  const bad = page.locator('[data-decode-error="base64"]');
  await page.locator('[data-inspector] [data-field="token"]').fill('007eJxTYBCrO1FQ$$$');
  await expect(bad.locator('mark')).toHaveText('$');
  expect(errors).toEqual([]);
});

test('pasted tokens are cleaned: whitespace, quotes, line breaks and JSON responses', async ({page}) => {
  // The URL-safe variant only differs from the token if the token has a + or /; tokens carry a
  // random salt, so draw until one does (nearly every token does on the first draw).
  let token = publisher();
  while (!/[+/]/.test(token)) token = publisher();
  const variants: [string, RegExp][] = [
    [`  "${token}"\n`, /Removed the surrounding "" quotes/],
    [`${token.slice(0, 50)}\n${token.slice(50)}`, /Removed line breaks/],
    [JSON.stringify({rtcToken: token}), /JSON field "rtcToken"/],
    [token.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), /URL-safe base64/],
  ];
  for (const [text, note] of variants) {
    await inspect(page, text);
    await expect(page.locator('[data-cleaned]')).toContainText(note);
    await expect(page.locator('[data-fact="appId"]')).toContainText(APP_ID);
  }
});

test('"Open in the inspector" hands over the token in memory: neither token nor certificate in the URL or history', async ({page}) => {
  await page.goto('playground');
  await page.getByRole('button', {name: 'Use sample credentials'}).click();
  await expect(page.locator('[data-playground] [data-token]')).toHaveCount(1);
  const token = (await page.locator('[data-playground] [data-token]').textContent())!;
  const href = await page.getByRole('link', {name: 'Open in the inspector'}).getAttribute('href');
  expect(href).toMatch(/\/inspect$/);
  await page.getByRole('link', {name: 'Open in the inspector'}).click();
  await expect(page.locator('[data-inspector] [data-field="token"]')).toHaveValue(token);
  await expect(page).toHaveURL(/\/inspect$/);
  for (const secret of [token, encodeURIComponent(token), token.slice(3, 40), 'fedcba9876543210fedcba9876543210']) expect(page.url()).not.toContain(secret);
  expect(JSON.stringify(await page.evaluate(() => history.state))).not.toContain(token.slice(3, 40));
  await expect(page.locator('[data-signature]')).toHaveAttribute('data-signature', 'valid');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'joins');
  // Back in the playground, its URL carries no token either.
  await page.goBack();
  await expect(page.locator('[data-playground]')).toBeVisible();
  expect(page.url()).not.toContain(token.slice(3, 40));
  // An explicit share link (#token=) still opens a token, without any certificate.
  const other = await page.context().newPage();
  await other.goto(`inspect#token=${encodeURIComponent(token)}`);
  await expect(other.locator('[data-inspector] [data-field="token"]')).toHaveValue(token);
  await expect(other.locator('[data-inspector] [data-field="certificate"]')).toHaveValue('');
});
