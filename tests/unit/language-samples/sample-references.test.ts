// Pure-MDX check: every `file=` a page references exists, and every sample under the
// per-language folders (examples/<language>/) is shown on some page, so no sample is tested
// without being read and no page shows a file that is not there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {repoRoot} from '../../support/sample-harness';

const languageFolders = ['node', 'python', 'go', 'java', 'php', 'cpp', 'csharp', 'ruby', 'kotlin', 'rust', 'lua'];
const sampleExtensions = /\.(mjs|js|py|go|java|php|cpp|cs|rb|kt|rs|lua)$|(^|\/)(pom\.xml|Cargo\.toml)$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'target' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file a page names: code fences with `file=PATH` and JSX `file="PATH"` attributes. */
export function referencedFiles(mdx: string): string[] {
  const fences = [...mdx.matchAll(/^\s*(?:`{3,}|~{3,})[^\n]*?(?:^|\s)file=(\S+)/gm)].map((m) => m[1]);
  const jsx = [...mdx.matchAll(/<[A-Z][\w.]*\b[^>]*?\sfile=(["'])([^"']+)\1/g)].map((m) => m[2]);
  return [...fences, ...jsx];
}

const pages = [...walk(join(repoRoot, 'docs')), ...walk(join(repoRoot, 'src/pages'))].filter((f) => /\.mdx?$/.test(f));
const references = new Map<string, string[]>(); // file -> pages
for (const page of pages) {
  for (const file of referencedFiles(readFileSync(page, 'utf8'))) {
    references.set(file, [...(references.get(file) ?? []), relative(repoRoot, page)]);
  }
}

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
  assert.deepEqual(referencedFiles(mdx).sort(), ['examples/go/a.go', 'examples/node/b.mjs', 'examples/python/c.py']);
});

test('every file a page references exists', () => {
  assert.ok(references.size > 0, 'no page references any file: the finder is broken');
  const missing = [...references].filter(([file]) => !existsSync(join(repoRoot, file)));
  assert.deepEqual(missing.map(([file, on]) => `${file} (on ${on.join(', ')})`), []);
});

test('every sample under the language folders is shown on a page', () => {
  const samples = languageFolders
    .flatMap((lang) => walk(join(repoRoot, 'examples', lang)))
    .map((f) => relative(repoRoot, f))
    .filter((f) => sampleExtensions.test(f));
  assert.ok(samples.length >= languageFolders.length * 3, `expected at least three samples per language, found ${samples.length}`);
  const unreferenced = samples.filter((f) => !references.has(f));
  assert.deepEqual(unreferenced, [], 'samples that no page shows');
});

test('every language has a page that shows its samples and embeds the inspector', () => {
  for (const lang of languageFolders) {
    const page = join(repoRoot, 'docs/languages', `${lang}.mdx`);
    assert.ok(existsSync(page), `docs/languages/${lang}.mdx is missing`);
    const text = readFileSync(page, 'utf8');
    assert.ok(referencedFiles(text).some((f) => f.startsWith(`examples/${lang}/`)), `${lang}.mdx shows none of its samples`);
    assert.match(text, /<TokenInspector\b/, `${lang}.mdx does not embed the inspector`);
  }
});

// Pages speak to the reader: what the reader needs, not how or where this site's tests run.
const aboutOurTests = /How this page is tested|test machines?|test suite|\bthe tests (use|run|check)\b|site's tests/i;

test("no language page talks about this site's test machines or test suite", () => {
  for (const page of [...languageFolders, 'index'].map((lang) => join(repoRoot, 'docs/languages', `${lang}.mdx`))) {
    const line = readFileSync(page, 'utf8').split('\n').find((l) => aboutOurTests.test(l));
    assert.equal(line, undefined, `${relative(repoRoot, page)}: ${line}`);
  }
});
