import {expect, test} from '@playwright/test';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {sampleTests} from '../unit/site/sample-tests';
import {SAMPLE_CERTIFICATE, hydrated} from './live-helpers';
import {agora, decodeForTest} from '../support/token-check';
import {APP_CERTIFICATE, APP_ID, startChild} from '../support/servers';

const {RtcTokenBuilder, RtcRole} = agora;

// The guide: seven pages in order, each with its diagrams and live components, a correct heading
// outline, and code blocks that only come from files a test runs.

type GuidePage = {
  slug: string;
  title: string;
  /** Sequence diagrams the page must render. */
  diagrams: number;
  /** Live components the page embeds, as locators of their rendered root. */
  components: string[];
};

const guide: GuidePage[] = [
  {slug: 'understand-tokens', title: 'Understand tokens', diagrams: 1, components: ['[data-playground]']},
  {slug: 'run-a-token-server', title: 'Run a token server', diagrams: 0, components: ['section[aria-label="Token server tester"]']},
  {slug: 'fetch-and-use-tokens', title: 'Fetch and use tokens in your app', diagrams: 1, components: []},
  {slug: 'test-the-flow', title: 'Test the flow', diagrams: 0, components: ['[data-inspector]']},
  {slug: 'rotate-the-app-certificate', title: 'Rotate the App Certificate', diagrams: 0, components: []},
  {slug: 'reference', title: 'Reference', diagrams: 0, components: []},
  {slug: 'troubleshooting', title: 'Troubleshooting', diagrams: 0, components: []},
];

const source = (slug: string) => readFileSync(join('docs/guide', `${slug}.mdx`), 'utf8');

/** The files the page's code fences are filled from (```lang file=PATH). */
function sampleFiles(slug: string): string[] {
  const fences = [...source(slug).matchAll(/^\s*```([^\n]*)$/gm)].map((m) => m[1]);
  // Fences come in pairs: an opening one with its meta, then a bare closing one.
  return fences.filter((_, i) => i % 2 === 0).map((meta) => /(?:^|\s)file=(\S+)/.exec(meta)?.[1] ?? '');
}

test.describe('guide sources', () => {
  test('the guide folder holds exactly the seven pages, in sidebar order', () => {
    const files = readdirSync('docs/guide').filter((f) => f.endsWith('.mdx'));
    expect(files.sort()).toEqual(guide.map((p) => `${p.slug}.mdx`).sort());
    const positions = guide.map((p) => Number(/^sidebar_position:\s*(\d+)/m.exec(source(p.slug))?.[1]));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  // Which test runs each file is the explicit map in tests/unit/site/sample-tests.ts; the unit
  // test beside it checks that each mapped test exists and builds or starts its sample.
  test('every code fence names an existing sample file that a test runs', () => {
    for (const page of guide) {
      for (const file of sampleFiles(page.slug)) {
        expect(file, `a code fence on ${page.slug} has no file= (code typed into the page)`).not.toBe('');
        expect(existsSync(file), `${page.slug}: ${file} does not exist`).toBe(true);
        expect(sampleTests[file]?.test, `${page.slug}: ${file} is not in the sample -> test map`).toBeTruthy();
        expect(existsSync(sampleTests[file].test), `${page.slug}: ${sampleTests[file].test} does not exist`).toBe(true);
      }
    }
  });

  test('every web client file is shown on a guide page', () => {
    const shown = new Set(guide.flatMap((p) => sampleFiles(p.slug)));
    const files = readdirSync('examples/web-client').filter((f) => !f.endsWith('.d.ts'));
    for (const f of files) expect(shown, `examples/web-client/${f} is not on any guide page`).toContain(`examples/web-client/${f}`);
  });

  test('no page carries draft leftovers', () => {
    for (const page of guide) {
      expect(source(page.slug)).not.toMatch(/COMMENT:|TODO|Code goes here|Code need to add|magically|localhost:3000|herokuapp|<heroku url>|Do something|\bIAIN\b/i);
    }
  });
});

test.describe('guide pages', () => {
  test('the sidebar lists the seven pages in order', async ({page}) => {
    await page.goto('docs/guide/understand-tokens');
    const links = page.locator('nav.menu a.menu__link');
    await expect(links).toHaveText(guide.map((p) => p.title));
  });

  for (const g of guide) {
    test(`${g.slug}: one h1, no skipped heading levels, diagrams, components and tested code blocks`, async ({page}) => {
      const response = await page.goto(`docs/guide/${g.slug}`);
      expect(response?.status()).toBe(200);
      const article = page.locator('main article');

      // Outline: exactly one h1, the page title; each heading at most one level below the last.
      await expect(article.locator('h1')).toHaveCount(1);
      await expect(article.locator('h1')).toHaveText(g.title);
      const levels = await article.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i + 1} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(levels[i - 1] + 1);
      });
      expect(levels.length).toBeGreaterThan(2);

      // Admonitions render as boxes, never as literal ":::" text.
      expect(await article.textContent()).not.toContain(':::');
      const admonitions = (source(g.slug).match(/^:::[a-z]+/gm) ?? []).length;
      await expect(article.locator('.theme-admonition')).toHaveCount(admonitions);

      // Diagrams: rendered SVG with an accessible name and the steps as text.
      const diagrams = article.locator('figure svg[role="img"]');
      await expect(diagrams).toHaveCount(g.diagrams);
      for (const svg of await diagrams.all()) {
        await expect(svg).toBeVisible();
        expect((await svg.locator('title').textContent())?.trim()).toBeTruthy();
        expect(await svg.locator('line').count()).toBeGreaterThan(2);
      }

      for (const component of g.components) {
        await expect(page.locator(component).first(), `${g.slug} embeds ${component}`).toBeVisible();
      }

      // Code blocks: each is titled with a sample file from the page's source, in the same order,
      // and shows that file's text.
      const files = sampleFiles(g.slug);
      const blocks = article.locator('.theme-code-block');
      await expect(blocks).toHaveCount(files.length);
      for (const [i, file] of files.entries()) {
        const block = blocks.nth(i);
        await expect(block.locator('[class*="codeBlockTitle"]')).toHaveText(file);
        const firstLine = readFileSync(file, 'utf8').split('\n')[0];
        await expect(block.locator('code')).toContainText(firstLine);
      }
    });
  }

  // The embedded components do what the page's steps say the reader sees.
  test('understand-tokens: the preset playground makes a valid token for demo / 1234 from the sample credentials', async ({page}) => {
    await page.goto('docs/guide/understand-tokens');
    const playground = page.locator('[data-playground]');
    await hydrated(page, 'TokenPlayground');
    await playground.getByRole('button', {name: 'Use sample credentials'}).click();
    const text = (await playground.locator('[data-token]').textContent())!.trim();
    expect(text.startsWith('007')).toBe(true);
    const t = decodeForTest(text, SAMPLE_CERTIFICATE);
    const rtc = t.services.find((service) => service.type === 1)!;
    expect([rtc.channelName, rtc.uid, t.expire]).toEqual(['demo', '1234', 3600]);
    expect(Object.keys(rtc.privileges).sort()).toEqual(['1', '2', '3', '4']);
    expect(t.signatureValid).toBe(true);
  });

  test('run-a-token-server: the embedded tester passes against the reference token server', async ({page, baseURL}) => {
    // The server as page 2 starts it, allowing this site's origin as the page tells the reader to.
    // PORT=0: the system picks a free port and the server prints it, so no other process can answer.
    const server = await startChild({APP_ID, APP_CERTIFICATE, CORS_ALLOW_ORIGIN: new URL(baseURL!).origin});
    try {
      const serverUrl = server.url;
      await page.goto('docs/guide/run-a-token-server');
      await hydrated(page, 'TokenServerTester');
      const tester = page.locator('section[aria-label="Token server tester"]');
      await tester.getByLabel('Token server URL').fill(serverUrl);
      await tester.getByRole('button', {name: 'Test my server'}).click();
      await expect(tester.getByRole('status')).toContainText('All checks passed', {timeout: 15_000});
    } finally {
      await server.stop();
    }
  });

  for (const slug of ['test-the-flow']) {
    test(`${slug}: the embedded inspector gives the verdicts the page quotes`, async ({page}) => {
      const appId = '970ca35de60c44645bbae8a215061b33';
      const certificate = '5cfd2fd1755d40ecb72977518be15d3b';
      const token = RtcTokenBuilder.buildTokenWithUid(appId, certificate, 'demo', 1234, RtcRole.PUBLISHER, 600, 600);
      await page.goto(`docs/guide/${slug}`);
      await hydrated(page, 'TokenInspector');
      const inspector = page.locator('[data-inspector]');
      await inspector.getByLabel(/^Token, or your token server/).fill(token);
      await inspector.locator('[data-field="join-appId"]').fill(appId);
      await inspector.locator('[data-field="certificate"]').fill(certificate);
      const verdict = inspector.locator('[data-verdict]');
      await expect(verdict).toHaveAttribute('data-verdict', 'joins');
      await expect(verdict).toContainText('Agora accepts this join: App ID, channel, uid, signature and expiry all match.');

      await inspector.locator('[data-field="join-channel"]').fill('other');
      await expect(verdict).toHaveAttribute('data-code', '110');
      await expect(verdict).toContainText('Join fails with error 110: wrong channel');

      await inspector.locator('[data-field="join-channel"]').fill('demo');
      await inspector.locator('[data-field="certificate"]').fill(certificate.replace(/b$/, 'c'));
      await expect(verdict).toContainText('Join fails with error 110: the signature does not match the App Certificate');
    });
  }

  test('the reference index links to the guide reference sections', async ({page}) => {
    await page.goto('docs/reference');
    const link = page.getByRole('link', {name: 'Error codes'});
    await link.click();
    await expect(page).toHaveURL(/docs\/guide\/reference#error-codes$/);
    await expect(page.locator('#error-codes')).toBeVisible();
  });
});
