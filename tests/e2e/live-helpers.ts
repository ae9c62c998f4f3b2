// Shared by the live-component specs: a network and storage recorder for the "the certificate
// never leaves the page" checks, and form helpers. agora-token, the independent judge of tokens,
// comes from tests/support/token-check.ts.
import {expect, type BrowserContext, type Page} from '@playwright/test';
import {BUILDERS} from '../../src/token';

/** A small deterministic PRNG, so a failing random case can be replayed by seed. */
export {rng as prng} from '../unit/token/gen';

export const CHARSET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&()+-:;<=.>?@[]^_{}|~,';

export function randomHex32(rand: () => number): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
  return s;
}

/** A random name from Agora's character set; no leading/trailing space so it reads clearly in failures. */
export function randomName(rand: () => number, maxLength: number): string {
  const n = 1 + Math.floor(rand() * maxLength);
  let s = '';
  for (let i = 0; i < n; i++) s += CHARSET[Math.floor(rand() * CHARSET.length)];
  return s.replace(/^ | $/g, 'x');
}

export type NetworkLog = {requests: string[]; offending: string[]; foreign: string[]; consoleHits: string[]};

/**
 * Records every request a page makes (URL, headers, body) and every console message, and
 * flags any that contain one of the secrets or go to another origin.
 */
export function recordTraffic(page: Page, origin: string, secrets: string[]): NetworkLog {
  const log: NetworkLog = {requests: [], offending: [], foreign: [], consoleHits: []};
  const contains = (text: string) => secrets.some((s) => text.toLowerCase().includes(s.toLowerCase()));
  page.on('request', (req) => {
    const url = req.url();
    log.requests.push(url);
    const u = new URL(url);
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) log.foreign.push(url);
    const headers = JSON.stringify(req.headers());
    const body = req.postData() ?? '';
    if (contains(url) || contains(headers) || contains(body)) log.offending.push(url);
  });
  page.on('console', (msg) => {
    if (contains(msg.text())) log.consoleHits.push(msg.text());
  });
  return log;
}

/** Everything the site could have persisted: both storages, cookies, the URL and history length. */
export async function persistedState(page: Page, context: BrowserContext): Promise<string> {
  const inPage = await page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({length: s.length}, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)]));
    return JSON.stringify({local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie, url: location.href, state: history.state});
  });
  const cookies = JSON.stringify(await context.cookies());
  return `${inPage}\n${cookies}\n${page.url()}`;
}

export function field(page: Page, name: string) {
  return page.locator(`[data-playground] [data-field="${name}"]`).first();
}

export type PlaygroundInput = {
  /** The engine's builder kind, as the playground offers it. */
  kind: 'rtcUid' | 'rtcAccount' | 'rtcRtm' | 'rtm' | 'chatUser' | 'chatApp';
  appId: string;
  certificate: string;
  channel?: string;
  uid?: string;
  account?: string;
  userId?: string;
  role?: 'publisher' | 'subscriber';
  tokenLifetime?: string;
  privilegeLifetime?: string;
};

/** The playground labels each token type with its builder record's label. */
export const kindLabel = (kind: PlaygroundInput['kind']): string => BUILDERS[kind].label;

/** Fills the playground on the current page and returns the token it shows. */
export async function fillPlayground(page: Page, input: PlaygroundInput): Promise<string> {
  await page.getByRole('radio', {name: kindLabel(input.kind), exact: true}).check();
  await field(page, 'appId').fill(input.appId);
  await field(page, 'certificate').fill(input.certificate);
  for (const key of ['channel', 'uid', 'account', 'userId', 'tokenLifetime', 'privilegeLifetime'] as const) {
    // Fields the token type does not use are not on the form.
    if (input[key] !== undefined && (await field(page, key).count()) > 0) await field(page, key).fill(input[key]!);
  }
  if (input.role) {
    await page.getByRole('radio', {name: input.role === 'publisher' ? /^Publisher/ : /^Subscriber/}).check();
  }
  await expect(page.locator('[data-playground] [data-status]')).toHaveText(/^Token ready/);
  return (await page.locator('[data-playground] [data-token]').textContent())!.trim();
}

export const SAMPLE_APP_ID = '0123456789abcdef0123456789abcdef';
export const SAMPLE_CERTIFICATE = 'fedcba9876543210fedcba9876543210';

/** Waits until a live component has hydrated (listed in <html data-hydrated> by MarkHydrated, src/components/ui/loadedOnUse.tsx). */
export async function hydrated(page: Page, component: string): Promise<void> {
  // An embedded tool loads its code once it comes near the screen, as it would for a reader
  // scrolling to it (the full-page tools, which are not wrapped, load with the page).
  const embedded = page.locator(`[data-live="${component}"]`).first();
  if ((await embedded.count()) > 0) await embedded.scrollIntoViewIfNeeded();
  await page.waitForFunction((name) => (document.documentElement.dataset.hydrated ?? '').split(' ').includes(name), component);
}
