// The sample -> test map (sample-tests.ts) against the pages and the tests, both ways: every file
// a page shows is in the map, every mapped sample is shown and exists, and every mapped test
// exists, is a test the suite runs, and contains the text that builds or starts that sample.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {filesShownOnPages} from '../../support/sample-files.mjs';
import {sampleTests} from './sample-tests';

const root = resolve(import.meta.dirname, '../../..');

const shown = filesShownOnPages(root); // file -> pages

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
