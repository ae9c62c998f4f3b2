import {expect, test, type Page} from '@playwright/test';
import {
  SAMPLE_APP_ID,
  SAMPLE_CERTIFICATE,
  field,
  fillPlayground,
  prng,
  randomHex32,
  randomName,
  type PlaygroundInput,
} from './live-helpers';
import {agora, parseWithAgora, type ParsedService} from '../support/token-check';

// The playground on the built site: every token it shows is judged by agora-token in Node.

const publisherPrivileges = (e: number) => ({1: e, 2: e, 3: e, 4: e});

/** What agora-token must find in the token for a playground input. */
function expectedServices(input: PlaygroundInput): ParsedService[] {
  const expire = Number(input.tokenLifetime ?? '3600');
  const priv = Number(input.privilegeLifetime ?? '3600');
  const rolePrivileges = input.role === 'subscriber' ? {1: priv} : publisherPrivileges(priv);
  switch (input.kind) {
    case 'rtcUid':
      return [{type: 1, privileges: rolePrivileges, channel: input.channel!, uid: input.uid === '0' ? '' : String(Number(input.uid))}];
    case 'rtcAccount':
      return [{type: 1, privileges: rolePrivileges, channel: input.channel!, uid: input.account!}];
    case 'rtcRtm':
      return [
        {type: 1, privileges: rolePrivileges, channel: input.channel!, uid: input.account!},
        {type: 2, privileges: {1: expire}, userId: input.account!},
      ];
    case 'rtm':
      return [{type: 2, privileges: {1: expire}, userId: input.userId!}];
    case 'chatUser':
      return [{type: 5, privileges: {1: expire}, userId: input.userId!}];
    case 'chatApp':
      return [{type: 5, privileges: {2: expire}, userId: ''}];
  }
}

function checkToken(token: string, input: PlaygroundInput, before: number) {
  const {parsed, signatureValid} = parseWithAgora(token, input.certificate);
  expect(signatureValid, 'agora-token verifies the signature with the typed certificate').toBe(true);
  expect(parsed.appId).toBe(input.appId);
  expect(parsed.expire).toBe(Number(input.tokenLifetime ?? '3600'));
  expect(parsed.issueTs).toBeGreaterThanOrEqual(before - 2);
  expect(parsed.issueTs).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 2);
  const normalise = (services: ParsedService[]) =>
    services.map((s) => ({...s, privileges: Object.fromEntries(Object.entries(s.privileges).map(([k, v]) => [String(k), v]))}));
  expect(normalise(parsed.services)).toEqual(normalise(expectedServices(input)));
}

async function open(page: Page) {
  await page.goto('playground');
  // Hydrated once the status line stops saying the page is loading.
  await expect(page.locator('[data-playground] [data-status]')).not.toHaveText(/once the page has loaded/);
}

test('fixed inputs of every main token type build tokens agora-token parses and verifies', async ({page}) => {
  await open(page);
  const cases: PlaygroundInput[] = [
    {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '1234', role: 'publisher', tokenLifetime: '3600', privilegeLifetime: '3600'},
    {kind: 'rtcUid', appId: 'ABCDEF0123456789abcdef0123456789', certificate: 'A1B2C3D4E5F60718293a4b5c6d7e8f90', channel: 'Room #1 (test)', uid: '0', role: 'subscriber', tokenLifetime: '600', privilegeLifetime: '0'},
    {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'x', uid: '4294967295', role: 'publisher', tokenLifetime: '86400', privilegeLifetime: '600'},
    {kind: 'rtcAccount', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', account: 'alice@example.com', role: 'publisher', tokenLifetime: '3600', privilegeLifetime: '3600'},
    {kind: 'rtcRtm', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', account: 'bob', role: 'subscriber', tokenLifetime: '1800', privilegeLifetime: '1800'},
    {kind: 'rtm', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, userId: 'carol', tokenLifetime: '7200'},
    {kind: 'chatUser', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, userId: 'dave', tokenLifetime: '600'},
    {kind: 'chatApp', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, tokenLifetime: '86400'},
  ];
  for (const input of cases) {
    const before = Math.floor(Date.now() / 1000);
    const token = await fillPlayground(page, input);
    checkToken(token, input, before);
  }
});

test('random inputs (seeded) build tokens that carry exactly the requested fields', async ({page}) => {
  const seed = Number(process.env.LIVE_SEED ?? 20250101);
  const rand = prng(seed);
  await open(page);
  const kinds: PlaygroundInput['kind'][] = ['rtcUid', 'rtcAccount', 'rtcRtm', 'rtm', 'chatUser', 'chatApp'];
  for (let i = 0; i < 18; i++) {
    const kind = kinds[i % kinds.length];
    const input: PlaygroundInput = {
      kind,
      appId: randomHex32(rand),
      certificate: randomHex32(rand),
      tokenLifetime: String(1 + Math.floor(rand() * 86400)),
    };
    if (kind.startsWith('rtc')) {
      input.channel = randomName(rand, 63);
      input.role = rand() < 0.5 ? 'publisher' : 'subscriber';
      input.privilegeLifetime = String(Math.floor(rand() * 86401));
      if (kind === 'rtcUid') input.uid = String(Math.floor(rand() * 4294967296));
      else input.account = randomName(rand, kind === 'rtcRtm' ? 64 : 255);
    } else if (kind !== 'chatApp') {
      input.userId = randomName(rand, 64);
    }
    const before = Math.floor(Date.now() / 1000);
    const token = await fillPlayground(page, input);
    try {
      checkToken(token, input, before);
    } catch (e) {
      throw new Error(`seed ${seed}, case ${i}: ${JSON.stringify(input)}\n${e}`);
    }
  }
});

test('keystrokes rebuild the token at once, and an invalid keystroke removes it', async ({page}) => {
  await open(page);
  const input: PlaygroundInput = {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'a', uid: '7'};
  await fillPlayground(page, input);
  const channel = field(page, 'channel');
  await channel.fill('');
  // Type one key at a time: after each one the token must be for exactly the text typed so far.
  let typed = '';
  for (const key of 'room-42') {
    await channel.press(key === '-' ? 'Minus' : key);
    typed += key;
    const token = (await page.locator('[data-playground] [data-token]').textContent())!;
    expect(parseWithAgora(token, SAMPLE_CERTIFICATE).parsed.services[0].channel).toBe(typed);
  }
  await channel.press('Shift+Quote'); // a double quote is not allowed in channel names
  await expect(page.locator('[data-playground] [data-token]')).toHaveCount(0);
  await expect(channel).toHaveAttribute('aria-invalid', 'true');
  await channel.press('Backspace');
  const token = (await page.locator('[data-playground] [data-token]').textContent())!;
  expect(parseWithAgora(token, SAMPLE_CERTIFICATE).parsed.services[0].channel).toBe('room-42');
});

type Rule = {kind?: PlaygroundInput['kind']; field: string; value: string; message: RegExp; perPrivilege?: boolean};

const rules: Rule[] = [
  {field: 'appId', value: 'not-an-app-id', message: /App ID must be exactly 32 hexadecimal characters.*"n"/},
  {field: 'appId', value: '0123456789abcdef0123456789abcde', message: /App ID must be exactly 32 hexadecimal characters.*31 characters/},
  {field: 'appId', value: '', message: /App ID is required/},
  {field: 'appId', value: ` ${SAMPLE_APP_ID}`, message: /spaces or line breaks/},
  {field: 'certificate', value: 'g'.repeat(32), message: /App Certificate must be exactly 32 hexadecimal characters/},
  {field: 'certificate', value: '', message: /App Certificate is required/},
  {field: 'channel', value: 'c'.repeat(64), message: /64 bytes.*under 64 bytes/},
  {field: 'channel', value: 'say "hi"', message: /quote/},
  {field: 'channel', value: 'café', message: /"é"/},
  {field: 'uid', value: '1.5', message: /not an integer/},
  {field: 'uid', value: '-1', message: /out of range/},
  {field: 'uid', value: '4294967296', message: /4294967296 is out of range/},
  {field: 'uid', value: 'abc', message: /uid must be an integer.*"abc"/},
  {field: 'uid', value: '', message: /empty/},
  {kind: 'rtcAccount', field: 'account', value: '', message: /User account is required/},
  {kind: 'rtcAccount', field: 'account', value: 'a'.repeat(256), message: /256 bytes/},
  {kind: 'rtcAccount', field: 'account', value: 'a/b', message: /"\/"/},
  {field: 'tokenLifetime', value: '-5', message: /cannot be negative/},
  {field: 'tokenLifetime', value: '1.5', message: /not an integer/},
  {field: 'tokenLifetime', value: '99999999999', message: /at most 4294967295|milliseconds/},
  {field: 'tokenLifetime', value: 'soon', message: /whole number of seconds.*"soon"/},
  {field: 'privilegeLifetime', value: '-1', message: /cannot be negative/},
  {field: 'joinExpire', value: 'x', perPrivilege: true, message: /whole number of seconds/},
  {field: 'videoExpire', value: '2.5', perPrivilege: true, message: /not an integer/},
  {kind: 'rtm', field: 'userId', value: '', message: /RTM user ID is required/},
  {kind: 'rtm', field: 'userId', value: 'u'.repeat(65), message: /65 bytes.*at most 64/},
  {kind: 'chatUser', field: 'userId', value: '', message: /Chat user ID is required/},
];

test('every validation rule shows its message next to its field and hides the token', async ({page}) => {
  await open(page);
  for (const rule of rules) {
    const kind = rule.kind ?? 'rtcUid';
    const base = {appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '1', account: 'alice', userId: 'alice', tokenLifetime: '3600', privilegeLifetime: '3600'};
    await fillPlayground(page, {kind, ...base});
    const perPrivilege = page.getByRole('checkbox', {name: /separate expiry for each privilege/});
    if (rule.perPrivilege) {
      await perPrivilege.check();
      for (const f of ['joinExpire', 'audioExpire', 'videoExpire', 'dataExpire']) await field(page, f).fill('3600');
      await expect(page.locator('[data-playground] [data-token]')).toHaveCount(1);
    }
    const input = field(page, rule.field);
    await input.fill(rule.value);
    const label = `${rule.field} = ${JSON.stringify(rule.value)}`;
    await expect(input, label).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, `${label}: the error is tied to the field`).toBeTruthy();
    await expect(page.locator(`[id="${errorId}"]`), label).toHaveText(rule.message);
    await expect(page.locator('[data-playground] [data-token]'), `${label}: no token`).toHaveCount(0);
    await expect(page.locator('[data-playground] [data-status]'), label).toHaveText(/^No token/);
    if (rule.perPrivilege) await perPrivilege.uncheck();
  }
});

test('wildcard channels and users build Agora\'s wildcard token, with a warning that names the risk', async ({page}) => {
  await open(page);
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '7', tokenLifetime: '3600', privilegeLifetime: '3600'});
  for (const channel of ['', '*', 'room-*']) {
    await field(page, 'channel').fill(channel);
    await expect(page.locator('[data-playground] [data-field-warning]').first(), JSON.stringify(channel)).toContainText(/wildcard.*subscriber role/);
    const token = (await page.locator('[data-playground] [data-token]').textContent())!;
    expect(parseWithAgora(token, SAMPLE_CERTIFICATE).parsed.services[0].channel).toBe(channel);
  }
  await field(page, 'channel').fill('demo');
  await field(page, 'uid').fill('0');
  await expect(page.locator('[data-playground] [data-field-warning]').first()).toContainText(/uid 0 makes a wildcard token/);
  await expect(page.locator('[data-playground] [data-token]')).toHaveCount(1);
});

test('a lifetime over 24 hours warns but still builds', async ({page}) => {
  await open(page);
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '1'});
  await field(page, 'tokenLifetime').fill('172800');
  await expect(page.locator('[data-playground] [data-field-warning]').first()).toContainText('24 hours');
  await expect(page.locator('[data-playground] [data-token]')).toHaveCount(1);
});

test('per-privilege expiries reach the token', async ({page}) => {
  await open(page);
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'stage', uid: '42', tokenLifetime: '3600'});
  await page.getByRole('checkbox', {name: /separate expiry for each privilege/}).check();
  await field(page, 'joinExpire').fill('3600');
  await field(page, 'audioExpire').fill('600');
  await field(page, 'videoExpire').fill('0');
  await field(page, 'dataExpire').fill('1200');
  const token = (await page.locator('[data-playground] [data-token]').textContent())!;
  const {parsed, signatureValid} = parseWithAgora(token, SAMPLE_CERTIFICATE);
  expect(signatureValid).toBe(true);
  expect(parsed.services).toEqual([{type: 1, channel: 'stage', uid: '42', privileges: {1: 3600, 2: 600, 3: 0, 4: 1200}}]);
  // The page shows each privilege's own end.
  await expect(page.locator('[data-privilege="RTC:publish audio stream"]')).toContainText(/ends in (9|10) min/);
  await expect(page.locator('[data-privilege="RTC:publish video stream"]')).toContainText('Never expires');
  await expect(page.locator('[data-playground] [data-field-warning]').first()).toContainText(/never expires/);
});

test('sample credentials are labelled as public test values and make a working token', async ({page}) => {
  await open(page);
  await page.getByRole('button', {name: 'Use sample credentials'}).click();
  await expect(page.getByText(/Public, made-up test values/)).toBeVisible();
  await expect(field(page, 'appId')).toHaveValue(SAMPLE_APP_ID);
  // Masked by CSS on a text input (a password field would invite the browser to save it).
  const masking = () => field(page, 'certificate').evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'));
  await expect(field(page, 'certificate')).toHaveAttribute('type', 'text');
  expect(await masking()).toBe('disc');
  const token = (await page.locator('[data-playground] [data-token]').textContent())!;
  expect(parseWithAgora(token, SAMPLE_CERTIFICATE).signatureValid).toBe(true);
  await expect(page.locator('[data-playground] [data-expires]')).toContainText(/expires in (59 min|1 h)/);
  await page.getByRole('button', {name: /^Show/}).click();
  expect(await masking()).toBe('none');
});

test('copy button puts the shown token on the clipboard', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const token = await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '5'});
  await page.getByRole('button', {name: 'Copy token'}).click();
  await expect(page.locator('[data-playground]').getByRole('status').filter({hasText: 'Copied.'})).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
});

test('share link round-trip restores every field but the certificate', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const secret = 'c0ffee00c0ffee00c0ffee00c0ffee00';
  await fillPlayground(page, {kind: 'rtcAccount', appId: SAMPLE_APP_ID, certificate: secret, channel: 'team sync', account: 'erin', role: 'subscriber', tokenLifetime: '600', privilegeLifetime: '300'});
  await page.getByRole('button', {name: /Copy share link/}).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toContain(secret);
  expect(new URL(link).pathname).toMatch(/\/playground$/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('radio', {name: 'RTC, by user account'})).toBeChecked();
  await expect(field(other, 'appId')).toHaveValue(SAMPLE_APP_ID);
  await expect(field(other, 'channel')).toHaveValue('team sync');
  await expect(field(other, 'account')).toHaveValue('erin');
  await expect(other.getByRole('radio', {name: /^Subscriber/})).toBeChecked();
  await expect(field(other, 'tokenLifetime')).toHaveValue('600');
  await expect(field(other, 'privilegeLifetime')).toHaveValue('300');
  await expect(field(other, 'certificate')).toHaveValue('');
  await expect(other.locator('[data-playground] [data-token]')).toHaveCount(0);
  // Typing the certificate completes the same token request.
  await field(other, 'certificate').fill(secret);
  const token = (await other.locator('[data-playground] [data-token]').textContent())!;
  const {parsed} = parseWithAgora(token, secret);
  expect(parsed.services[0]).toEqual({type: 1, channel: 'team sync', uid: 'erin', privileges: {1: 300}});
});

test('a certificate put into a link by hand is neither used nor kept in the address bar', async ({page}) => {
  const secret = 'bad0bad0bad0bad0bad0bad0bad0bad0';
  await page.goto(`playground?type=rtc-uid&appId=${SAMPLE_APP_ID}&certificate=${secret}&channel=demo`);
  await expect(field(page, 'appId')).toHaveValue(SAMPLE_APP_ID);
  await expect(field(page, 'certificate')).toHaveValue('');
  await expect.poll(() => page.url()).not.toContain(secret);
  expect(page.url()).toContain('channel=demo');
});

test('remembering the App ID is opt-in and stores the App ID only', async ({page, context}) => {
  const secret = '5ecae75ecae75ecae75ecae75ecae75e';
  await open(page);
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: secret, channel: 'demo', uid: '1'});
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.getByRole('checkbox', {name: /Remember my App ID/}).check();
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain(SAMPLE_APP_ID);
  expect(stored).not.toContain(secret);
  const again = await context.newPage();
  await again.goto('playground');
  await expect(field(again, 'appId')).toHaveValue(SAMPLE_APP_ID);
  await expect(field(again, 'certificate')).toHaveValue('');
  await again.getByRole('checkbox', {name: /Remember my App ID/}).uncheck();
  expect(await again.evaluate(() => localStorage.length)).toBe(0);
});

test('code samples follow the reader’s values and never show the certificate', async ({page}) => {
  const secret = 'feedfacefeedfacefeedfacefeedface';
  await open(page);
  // The samples load as the reader scrolls down to them.
  await expect(page.locator('[data-sample-code]')).toHaveCount(0);
  await page.locator('[data-samples-section]').scrollIntoViewIfNeeded();
  const sample = page.locator('[data-sample-code="examples/node/rtc-token.mjs"]');
  await expect(sample).toContainText("process.env.CHANNEL ?? 'demo'");
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: secret, channel: 'room-9', uid: '31337', role: 'subscriber', tokenLifetime: '600', privilegeLifetime: '300'});
  await expect(sample).toContainText("process.env.CHANNEL ?? 'room-9'");
  await expect(sample).toContainText("process.env.UID ?? '31337'");
  await expect(sample).toContainText('RtcRole.SUBSCRIBER');
  await expect(sample).toContainText('const tokenExpire = 600;');
  await expect(sample).toContainText('const privilegeExpire = 300;');
  await expect(sample).toContainText(`APP_ID=${SAMPLE_APP_ID}`);
  expect(await page.locator('[data-sample-code]').allTextContents()).not.toContainEqual(expect.stringContaining(secret));
  // Language tabs switch together with the site's other `language` tab groups.
  await page.getByRole('tab', {name: 'Go'}).click();
  const go = page.locator('[data-sample-code="examples/go/rtctoken/main.go"]');
  await expect(go).toContainText('getenv("CHANNEL", "room-9")');
  await expect(go).toContainText('rtctokenbuilder2.RoleSubscriber');
  // An invalid value is never written into code: the sample keeps its own default.
  await field(page, 'channel').fill('bad"channel');
  await expect(go).toContainText('getenv("CHANNEL", "demo")');
});

test('the services under "More services" match agora-token\'s own builders', async ({page}) => {
  await open(page);
  await fillPlayground(page, {kind: 'rtcUid', appId: SAMPLE_APP_ID, certificate: SAMPLE_CERTIFICATE, channel: 'demo', uid: '1'});
  await page.getByText('More services').click();
  const {FpaTokenBuilder, ApaasTokenBuilder} = agora;
  const A = SAMPLE_APP_ID;
  const C = SAMPLE_CERTIFICATE;
  // Each case: what to type, and agora-token's token for the same request (salt and time differ).
  const cases: {label: string; fill: Record<string, string>; reference: string}[] = [
    {label: 'FPA (accelerated transport)', fill: {}, reference: FpaTokenBuilder.buildToken(A, C)},
    {
      label: 'Flexible Classroom: room user',
      fill: {roomUuid: 'room-7', userUuid: 'frank', apaasRole: '2', tokenLifetime: '900'},
      reference: ApaasTokenBuilder.buildRoomUserToken(A, C, 'room-7', 'frank', 2, 900),
    },
    {label: 'Flexible Classroom: user', fill: {userUuid: 'grace', tokenLifetime: '600'}, reference: ApaasTokenBuilder.buildUserToken(A, C, 'grace', 600)},
    {label: 'Flexible Classroom: app', fill: {tokenLifetime: '300'}, reference: ApaasTokenBuilder.buildAppToken(A, C, 300)},
  ];
  for (const c of cases) {
    await page.getByRole('radio', {name: c.label}).check();
    for (const [name, value] of Object.entries(c.fill)) await field(page, name).fill(value);
    await expect(page.locator('[data-playground] [data-status]')).toHaveText(/^Token ready/);
    const token = (await page.locator('[data-playground] [data-token]').textContent())!;
    const ours = parseWithAgora(token, C);
    const theirs = parseWithAgora(c.reference, C).parsed;
    expect(ours.signatureValid, c.label).toBe(true);
    expect(ours.parsed.appId, c.label).toBe(A);
    expect(ours.parsed.expire, c.label).toBe(theirs.expire);
    expect(ours.parsed.services, c.label).toEqual(theirs.services);
    expect(ours.parsed.services.length, c.label).toBeGreaterThan(0);
  }
});
