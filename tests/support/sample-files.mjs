// Finding files for the tests: one recursive walk, the language of a sample file, and the files
// the pages show. Plain JavaScript so that tests/run-unit.mjs, which starts before TypeScript is
// loaded, shares the walk with the TypeScript tests.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {extname, join, relative} from 'node:path';

/** Folders that hold installed dependencies or build output, never sources. */
const notSources = new Set(['node_modules', 'target']);

/**
 * Every file under `dir`, recursively, as `dir` joined with its relative path; dependency and
 * build folders (node_modules, Rust's target) and dot-files are left out, and a missing `dir`
 * has none.
 * @param {string} dir
 * @returns {string[]}
 */
export function walkFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (notSources.has(entry.name) || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walkFiles(path) : [path];
  });
}

/**
 * The language of a sample or builder source file by its extension, named as the sample
 * folders are (`examples/<language>/`) and as the builder doubles' descriptions say.
 * @type {Readonly<Record<string, string>>}
 */
export const languageByExtension = Object.freeze({
  '.mjs': 'node',
  '.js': 'node',
  '.py': 'python',
  '.go': 'go',
  '.java': 'java',
  '.php': 'php',
  '.cpp': 'cpp',
  '.h': 'cpp',
  '.cs': 'csharp',
  '.rb': 'ruby',
  '.kt': 'kotlin',
  '.rs': 'rust',
  '.lua': 'lua',
});

/** Every language with a sample folder under examples/. */
export const sampleLanguages = [...new Set(Object.values(languageByExtension))];

/**
 * @param {string} file
 * @returns {string | undefined}
 */
export function languageOf(file) {
  return languageByExtension[extname(file)];
}

/**
 * Every file a page shows: code fences with `file=PATH` and JSX `file="PATH"` attributes.
 * @param {string} mdx
 * @returns {string[]}
 */
export function filesShownBy(mdx) {
  const fences = [...mdx.matchAll(/^\s*(?:`{3,}|~{3,})[^\n]*?(?:^|\s)file=(\S+)/gm)].map((m) => m[1]);
  const jsx = [...mdx.matchAll(/<[A-Z][\w.]*\b[^>]*?\sfile=(["'])([^"']+)\1/g)].map((m) => m[2]);
  return [...fences, ...jsx];
}

/**
 * Each file the pages under docs/ and src/pages/ show, with the pages (relative to `root`) that
 * show it.
 * @param {string} root
 * @returns {Map<string, string[]>}
 */
export function filesShownOnPages(root) {
  const shown = new Map();
  const pages = [...walkFiles(join(root, 'docs')), ...walkFiles(join(root, 'src/pages'))].filter((f) => /\.mdx?$/.test(f));
  for (const page of pages) {
    for (const file of filesShownBy(readFileSync(page, 'utf8'))) shown.set(file, [...(shown.get(file) ?? []), relative(root, page)]);
  }
  return shown;
}
