// Pure-MDX check: every `file=` a page references exists, and every sample under the
// per-language folders (examples/<language>/) is shown on some page, so no sample is tested
// without being read and no page shows a file that is not there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {basename, join, relative} from 'node:path';
import {repoRoot} from '../../support/sample-harness';
import {filesShownBy, filesShownOnPages, languageOf, sampleLanguages, walkFiles} from '../../support/sample-files.mjs';

/** A sample is a source file in one of the sample languages, or a build file that runs samples. */
const isSample = (file: string) => languageOf(file) !== undefined || ['pom.xml', 'Cargo.toml'].includes(basename(file));

const references = filesShownOnPages(repoRoot); // file -> pages

test('the reference finder sees code fences and JSX file attributes, and nothing else', () => {
  const mdx = [
    '```go file=examples/go/a.go',
    '```',
    '<SampleCode fill file="examples/node/b.mjs" />',
    '<SampleCode label="X">',
    "  <SampleCode value='py' file='examples/python/c.py' />",
    '</SampleCode>',
    'Prose that mentions file=examples/not/a/reference.txt is ignored.',
  ].join('\n');
  assert.deepEqual(filesShownBy(mdx).sort(), ['examples/go/a.go', 'examples/node/b.mjs', 'examples/python/c.py']);
});

test('every file a page references exists', () => {
  assert.ok(references.size > 0, 'no page references any file: the finder is broken');
  const missing = [...references].filter(([file]) => !existsSync(join(repoRoot, file)));
  assert.deepEqual(missing.map(([file, on]) => `${file} (on ${on.join(', ')})`), []);
});

test('every sample under the language folders is shown on a page', () => {
  const samples = sampleLanguages
    .flatMap((lang) => walkFiles(join(repoRoot, 'examples', lang)).filter(isSample))
    .map((f) => relative(repoRoot, f));
  assert.ok(samples.length >= sampleLanguages.length * 3, `expected at least three samples per language, found ${samples.length}`);
  const unreferenced = samples.filter((f) => !references.has(f));
  assert.deepEqual(unreferenced, [], 'samples that no page shows');
});

test('every language has a page that shows its samples and embeds the inspector', () => {
  for (const lang of sampleLanguages) {
    const page = join(repoRoot, 'docs/languages', `${lang}.mdx`);
    assert.ok(existsSync(page), `docs/languages/${lang}.mdx is missing`);
    const text = readFileSync(page, 'utf8');
    assert.ok(filesShownBy(text).some((f) => f.startsWith(`examples/${lang}/`)), `${lang}.mdx shows none of its samples`);
    assert.match(text, /<TokenInspector\b/, `${lang}.mdx does not embed the inspector`);
  }
});

// Pages speak to the reader: what the reader needs, not how or where this site's tests run.
const aboutOurTests = /How this page is tested|test machines?|test suite|\bthe tests (use|run|check)\b|site's tests/i;

test("no language page talks about this site's test machines or test suite", () => {
  for (const page of [...sampleLanguages, 'index'].map((lang) => join(repoRoot, 'docs/languages', `${lang}.mdx`))) {
    const line = readFileSync(page, 'utf8').split('\n').find((l) => aboutOurTests.test(l));
    assert.equal(line, undefined, `${relative(repoRoot, page)}: ${line}`);
  }
});
