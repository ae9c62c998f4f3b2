import {expect, test, type Locator, type Page} from '@playwright/test';
import {sitemapPaths} from './support/sitemap';
import {SAMPLE_APP_ID, SAMPLE_CERTIFICATE, hydrated} from './live-helpers';
import {parseWithAgora} from '../support/token-check';

// Layout on a phone (390 px) and a desktop (1280 px), in light and dark mode, over every page of
// the built sitemap: no diagram, table or code block is cut off without a visible way to scroll
// to the rest, and diagram text is drawn large enough to read.
const paths = sitemapPaths();
// Layout does not depend on the colour mode (site.spec.ts checks every page in both), so each
// width is audited in one mode and each mode at one width: the phone in light, the desktop in dark.
const screens = [
  {width: 390, colorScheme: 'light'},
  {width: 1280, colorScheme: 'dark'},
] as const;

/** Smallest rendered size of diagram text, in CSS pixels (a small tolerance for rounding). */
const smallestText = 12 - 0.05;

/**
 * Runs in the page: every visible table, code block and diagram in <main>, and every box that
 * cuts part of one off. Returns one sentence per problem.
 */
function auditLayout(smallest: number): string[] {
  const problems: string[] = [];
  const name = (el: Element) => {
    const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}> "${text}"`;
  };
  // Not inside a closed <details>, not display:none, not visibility:hidden.
  const visible = (el: Element) => el.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true});
  const viewport = document.documentElement.clientWidth;

  if (document.documentElement.scrollWidth > viewport + 1) {
    // The narrowest element that runs past the right edge is the one to blame.
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => visible(e) && e.getBoundingClientRect().right > viewport + 1)
      .sort((a, b) => a.getBoundingClientRect().width - b.getBoundingClientRect().width)[0];
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in a ${viewport} px window), first wide element ${wide ? name(wide) : '?'}`);
  }

  const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  /** A box that lets the reader reach what it cuts off: it scrolls, shows the cue, takes the keyboard. */
  const scrollProblem = (box: HTMLElement): string | null => {
    const style = getComputedStyle(box);
    if (!['auto', 'scroll'].includes(style.overflowX)) return `overflow-x is ${style.overflowX}, so the rest cannot be scrolled to`;
    // The cue: shadows fixed to the box's edges (attachment "scroll"), covered by strips that move
    // with the content (attachment "local"), so a shadow shows exactly where there is more to see.
    const attachments = style.backgroundAttachment;
    if (!style.backgroundImage.includes('gradient') || !attachments.includes('local') || !attachments.includes('scroll')) {
      return 'it scrolls with no visible cue at its edges';
    }
    if (!box.matches(focusable) && !box.querySelector(focusable)) return 'it scrolls but cannot be reached with the keyboard';
    const rect = box.getBoundingClientRect();
    if (rect.right > viewport + 1 || rect.left < -1) return 'the scrolling box itself runs off the screen';
    return null;
  };

  const targets = [...document.querySelectorAll('main table, main pre, main svg[role="img"]')].filter(visible);
  for (const el of targets) {
    const rect = el.getBoundingClientRect();
    // A table or code block may let its content spill out of its own box (overflow visible):
    // what an outer box must then show or scroll to reaches to the end of that content.
    const right = el instanceof HTMLElement ? Math.max(rect.right, rect.left + el.scrollWidth) : rect.right;
    for (let box = el as HTMLElement | null; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX === 'visible') continue;
      if (box === el && el.tagName.toLowerCase() === 'svg') continue; // its drawing is checked below
      const outer = box.getBoundingClientRect();
      const cut =
        box === el
          ? box.scrollWidth > box.clientWidth + 1
          : right > outer.right + 1 || rect.left < outer.left - 1;
      if (!cut) continue;
      const problem = scrollProblem(box);
      if (problem) problems.push(`${name(el)} is cut off by ${box === el ? 'itself' : name(box)}: ${problem}`);
    }
  }

  for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[role="img"]')) {
    if (!visible(svg)) continue;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => visible(t) && t.getBBox().width > 0);
    if (texts.length === 0) continue;
    const boxes = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((text, i) => {
      const scale = text.getScreenCTM()?.a ?? 1;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallest) problems.push(`${name(svg)}: text "${text.textContent}" is drawn at ${size.toFixed(1)} px`);
      // Inside its drawing, so none of it is clipped away.
      const area = (text.ownerSVGElement ?? svg).getBoundingClientRect();
      const b = boxes[i];
      if (b.left < area.left - 1 || b.right > area.right + 1 || b.top < area.top - 1 || b.bottom > area.bottom + 1) {
        problems.push(`${name(svg)}: text "${text.textContent}" runs past the edge of the drawing`);
      }
      for (let j = 0; j < i; j++) {
        const o = boxes[j];
        const overlap = Math.min(b.right, o.right) - Math.max(b.left, o.left) > 1 && Math.min(b.bottom, o.bottom) - Math.max(b.top, o.top) > 1;
        if (overlap) problems.push(`${name(svg)}: text "${text.textContent}" overlaps "${texts[j].textContent}"`);
      }
    });
  }
  return problems;
}

/** The name each live tool carries in <html data-hydrated> once it has hydrated. */
const componentOf = {playground: 'TokenPlayground', inspector: 'TokenInspector'} as const;
/** Pages that render a tool directly rather than through the MDX pages' registry. */

/**
 * Presses a live tool's sample button once the tool has hydrated (the pre-rendered form ignores
 * a press before that), and waits for its result.
 */
async function pressSample(page: Page, tool: keyof typeof componentOf, button: Locator, done: Locator) {
  const component = componentOf[tool];
  await hydrated(page, component);
  await button.click();
  await expect(done).toBeVisible();
}

/** Scrolls through the page so that parts loaded on view are rendered, then back to the top. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    // Timers, not animation frames: headless Chromium sometimes stops producing frames for a while.
    for (let y = 0, steps = 0; y < document.body.scrollHeight && steps < 200; y += window.innerHeight, steps++) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

for (const {width, colorScheme} of screens) {
  test.describe(`${width} px, ${colorScheme}`, () => {
    test.use({viewport: {width, height: 844}, colorScheme});
    for (const path of paths) {
      test(`/${path}: no diagram, table or code block is cut off without a way to scroll it`, async ({page}) => {
        await page.goto(path, {waitUntil: 'networkidle'});
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // The live tools are filled in, so that their results are laid out too.
        const sample = page.getByRole('button', {name: /^(Use sample credentials|Try a sample token)$/});
        if ((await sample.count()) > 0) {
          // The tool the button belongs to (the inspector's button goes once it has a token).
          const [toolIndex, kind] = await sample.first().evaluate((b) => {
            const owner = b.closest('[data-playground], [data-inspector]')!;
            return [[...document.querySelectorAll('[data-playground], [data-inspector]')].indexOf(owner), owner.hasAttribute('data-playground') ? 'playground' : 'inspector'] as const;
          });
          const tool = page.locator('[data-playground], [data-inspector]').nth(toolIndex);
          await pressSample(page, kind, sample.first(), tool.locator('[data-token], [data-coloured-token]').first());
        }
        await scrollThrough(page);
        expect(await page.evaluate(auditLayout, smallestText)).toEqual([]);
      });
    }
  });
}

test.describe('the audit itself', () => {
  test('finds code with no cue or no scrolling, small diagram text and a page that scrolls sideways', async ({page}) => {
    // Code blocks on a desktop: some lines are longer than the column, and scroll.
    await page.setViewportSize({width: 1280, height: 844});
    await page.goto('docs/languages/go', {waitUntil: 'networkidle'});
    expect(await page.evaluate(auditLayout, smallestText)).toEqual([]);
    const noCue = await page.addStyleTag({content: 'pre.prism-code { background-image: none !important }'});
    expect((await page.evaluate(auditLayout, smallestText)).join('\n')).toMatch(/<pre.*is cut off by itself: it scrolls with no visible cue/);
    await noCue.evaluate((tag) => (tag as HTMLStyleElement).remove());
    await page.addStyleTag({content: 'pre.prism-code { overflow-x: hidden !important }'});
    expect((await page.evaluate(auditLayout, smallestText)).join('\n')).toMatch(/<pre.*overflow-x is hidden/);

    await page.setViewportSize({width: 390, height: 844});
    await page.goto('docs/guide/understand-tokens', {waitUntil: 'networkidle'});
    expect(await page.evaluate(auditLayout, smallestText)).toEqual([]);
    await page.addStyleTag({content: 'figure svg[role="img"] { min-width: 0 !important; max-width: 200px !important }'});
    expect((await page.evaluate(auditLayout, smallestText)).join('\n')).toMatch(/is drawn at \d+\.\d px/);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '900px';
      wide.textContent = 'A line wider than a phone';
      document.body.append(wide);
    });
    expect((await page.evaluate(auditLayout, smallestText)).join('\n')).toContain('the page scrolls sideways');
  });
});

test.describe('tools and landing page', () => {
  test('/playground and /inspect: no two headings say the same', async ({page}) => {
    for (const path of ['playground', 'inspect']) {
      await page.goto(path);
      const headings = (await page.getByRole('heading').allTextContents()).map((h) => h.trim().toLowerCase());
      expect(new Set(headings).size, `${path}: ${headings.join(' | ')}`).toBe(headings.length);
    }
  });

  test('the empty inspector offers a sample token, built by the engine from the public sample credentials', async ({page}) => {
    await page.goto('inspect');
    await pressSample(page, 'inspector', page.getByRole('button', {name: 'Try a sample token'}), page.locator('[data-coloured-token]'));
    const token = await page.locator('[data-inspector] [data-field="token"]').inputValue();
    const {parsed, signatureValid} = parseWithAgora(token, SAMPLE_CERTIFICATE);
    expect(signatureValid).toBe(true);
    expect(parsed.appId).toBe(SAMPLE_APP_ID);
    expect(parsed.services).toEqual([expect.objectContaining({type: 1, channel: 'demo', uid: '1234'})]);
    // Issued just now, not a stored string.
    expect(Math.abs(parsed.issueTs - Date.now() / 1000)).toBeLessThan(120);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'joins');
    await expect(page.getByRole('button', {name: 'Try a sample token'})).toHaveCount(0);
  });

  test('the home page says where to start', async ({page}) => {
    // Above the fold on a phone and on a desktop: one button to the first page of the guide.
    for (const width of [390, 1280]) {
      await page.setViewportSize({width, height: 844});
      await page.goto('');
      const start = page.getByRole('link', {name: /^Start here/});
      await expect(start).toBeInViewport({ratio: 1});
      await expect(start).toHaveAttribute('href', /\/docs\/guide\/understand-tokens$/);
    }
    // Then the guide's pages in reading order.
    const order = page.getByRole('region', {name: /guide in this order/i}).getByRole('link');
    expect(await order.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').pop()))).toEqual([
      'understand-tokens',
      'run-a-token-server',
      'fetch-and-use-tokens',
      'test-the-flow',
    ]);
  });

  test('embedded playground at 1280 px: the token sits beside the form, level with its first fields', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 844});
    await page.goto('docs/guide/understand-tokens');
    const playground = page.locator('[data-playground]');
    await pressSample(page, 'playground', playground.getByRole('button', {name: 'Use sample credentials'}), playground.locator('[data-token]'));
    const form = await playground.locator('form').boundingBox();
    const token = await playground.locator('[data-token]').boundingBox();
    expect(token!.x).toBeGreaterThan(form!.x + form!.width - 1);
    expect(token!.y - form!.y).toBeLessThan(300);
  });

  test('playground on a phone: the way to the token is on screen while the first fields are', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('playground');
    const playground = page.locator('[data-playground]');
    await pressSample(page, 'playground', playground.getByRole('button', {name: 'Use sample credentials'}), playground.locator('[data-token]'));
    await playground.locator('[data-field="appId"]').scrollIntoViewIfNeeded();
    const jump = playground.getByRole('link', {name: /^Token ready: go to it/});
    await expect(jump).toBeInViewport();
    await jump.click();
    await expect(playground.locator('[data-token]')).toBeInViewport();
  });
});

test.describe('phone menu', () => {
  test('the closed menu prefetches none of its pages; opening it does', async ({page}) => {
    // The closed menu is just off the screen. Were it touching the edge, every page it lists
    // would be prefetched (scripts and all) as each page loads.
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('docs/languages/csharp', {waitUntil: 'networkidle'});
    const prefetched = () => page.evaluate(() => new Set([...document.querySelectorAll('link[rel="prefetch"]')].map((l) => (l as HTMLLinkElement).href)).size);
    const before = await prefetched();
    await page.getByRole('button', {name: /toggle navigation/i}).click();
    await expect(page.locator('.navbar-sidebar').getByRole('link', {name: 'PHP', exact: true})).toBeInViewport();
    await expect.poll(prefetched).toBeGreaterThan(before);
  });
});
