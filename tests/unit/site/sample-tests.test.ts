// The sample -> test map (sample-tests.ts) against the pages and the tests, both ways: every file
// a page shows is in the map, every mapped sample is shown and exists, and every mapped test
// exists, is a test the suite runs, and contains the text that builds or starts that sample.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {basename, dirname, join, relative, resolve} from 'node:path';
import {sampleTests} from './sample-tests';

const root = resolve(import.meta.dirname, '../../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Files named by `file=` on code fences and by string `file` attributes on JSX elements. */
function shownFiles(mdx: string): string[] {
  const fences = [...mdx.matchAll(/^\s*(?:`{3,}|~{3,})[^\n]*?(?:^|\s)file=(\S+)/gm)].map((m) => m[1]);
  const jsx = [...mdx.matchAll(/<[A-Z][\w.]*\b[^>]*?\sfile=(["'])([^"']+)\1/g)].map((m) => m[2]);
  return [...fences, ...jsx];
}

const shown = new Map<string, string[]>(); // file -> pages
for (const page of [...walk(join(root, 'docs')), ...walk(join(root, 'src/pages'))].filter((f) => /\.mdx?$/.test(f))) {
  for (const file of shownFiles(readFileSync(page, 'utf8'))) shown.set(file, [...(shown.get(file) ?? []), relative(root, page)]);
}

test('every file a page shows is in the sample -> test map', () => {
  assert.ok(shown.size >= 40, `only ${shown.size} files found on the pages: the finder is broken`);
  const unmapped = [...shown].filter(([file]) => !(file in sampleTests)).map(([file, pages]) => `${file} (on ${pages.join(', ')})`);
  assert.deepEqual(unmapped, [], 'add each to tests/unit/site/sample-tests.ts with the test that runs it');
});

test('every mapped sample exists and is shown on a page', () => {
  for (const sample of Object.keys(sampleTests)) {
    assert.ok(existsSync(join(root, sample)), `${sample} is mapped but does not exist`);
    assert.ok(shown.has(sample), `${sample} is mapped but no page shows it: remove it from the map`);
  }
});

test('every mapped test exists, is run by the suite, and builds or starts its sample', () => {
  for (const [sample, {test: file, runs, loadedBy}] of Object.entries(sampleTests)) {
    assert.match(file, /^tests\/(unit\/.+\.test\.ts|e2e\/.+\.spec\.ts)$/, `${sample}: ${file} is not a file the test runners pick up`);
    assert.ok(existsSync(join(root, file)), `${sample}: ${file} does not exist`);
    const source = readFileSync(join(root, file), 'utf8');
    const code = source.replace(/^\s*\/\/.*$/gm, ''); // a mention in a comment runs nothing
    assert.ok(code.includes(runs), `${sample}: ${file} does not contain ${JSON.stringify(runs)} outside comments`);
    // `runs` names this sample: its file name, stem or folder, or a folder the test builds whole.
    const stem = basename(sample).replace(/\.[^.]+$/, '');
    const names = [basename(sample), stem, basename(dirname(sample))];
    const folders = sample.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/')).filter((f) => f.includes('/'));
    assert.ok(
      [...names, ...folders].some((n) => runs.includes(n)),
      `${sample}: ${JSON.stringify(runs)} names neither the sample nor a folder holding it`,
    );
    if (loadedBy) {
      assert.ok(loadedBy.sample in sampleTests && sampleTests[loadedBy.sample].test === file, `${sample}: its loader must be run by the same test`);
      assert.ok(readFileSync(join(root, loadedBy.sample), 'utf8').includes(loadedBy.text), `${loadedBy.sample} does not load ${sample}`);
    }
  }
});
