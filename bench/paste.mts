// Worst-case paste benchmark of the token inspector: hostile inputs (deep JSON nesting, tokens
// announcing 65,535 services or privileges, a zlib bomb, the longest accepted paste) go through
// decodeToken, diagnoseToken and a server render of the TokenInspector component (the same React
// tree the page shows; the DOM cost grows with its element count). Prints the time of each and
// the worst total against the 1 s target.
//
//   npm run bench:paste                          # the engine and component in this checkout
//   PASTE_SRC=/tmp/old/src npm run bench:paste   # another copy of src/ (e.g. before a change)
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
import {ByteWriter, toBase64} from '../src/token/bytes';
import {zlibCompress} from '../src/token/zlib';

const root = resolve(import.meta.dirname, '..');
const src = resolve(process.env.PASTE_SRC ?? join(root, 'src'));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const appId = '970CA35de60c44645bbae8a215061b33';

/** A 007 token whose header announces `services` built by `body` (no valid signature needed). */
function token007(count: number, body: (w: ByteWriter) => void): string {
  const w = new ByteWriter().bytes(new Uint8Array(32)).string(appId).u32(1700000000).u32(3600).u32(1).u16(count);
  body(w);
  return `007${toBase64(zlibCompress(w.finish()))}`;
}

/** A 006 token (not compressed) whose message lists `privileges` privileges. */
function token006(privileges: number): string {
  const message = new ByteWriter().u32(1).u32(1700086400).u16(privileges);
  for (let i = 0; i < privileges; i++) message.u16(i % 5).u32(0);
  const content = new ByteWriter().bytes(new Uint8Array(32)).u32(0).u32(0).bytes(message.finish()).finish();
  return `006${appId}${toBase64(content)}`;
}

/** An RTC service with `privileges` privileges; `distinct` gives each its own id, as a map would. */
const rtc = (w: ByteWriter, privileges: number, distinct = false) => {
  w.u16(1).u16(privileges);
  for (let i = 0; i < privileges; i++) w.u16(distinct ? i : i % 5).u32(0);
  w.string('demo').string('42');
};

const inputs: Array<[string, string]> = [
  ['2,000 nested "[" (4 KB)', `${'['.repeat(2000)}${']'.repeat(2000)}`],
  ['100,000 nested "[" (200 KB)', `${'['.repeat(100000)}${']'.repeat(100000)}`],
  ['65,535 services', token007(65535, (w) => {
    for (let i = 0; i < 65535; i++) w.u16(4).u16(0);
  })],
  ['65,535 privileges in one service', token007(1, (w) => rtc(w, 65535))],
  ['RTM2 entry with 65,535 resources', token007(1, (w) => {
    w.u16(8).u16(0).string('bob').u16(1).u16(0).u16(1).u16(1).u16(65535);
    for (let i = 0; i < 65535; i++) w.string('c');
  })],
  ['10 services of 8 privileges (the caps)', token007(10, (w) => {
    for (let i = 0; i < 10; i++) rtc(w, 8, true);
  })],
  ['RTM2 entry with 256 resources (cap)', token007(1, (w) => {
    w.u16(8).u16(0).string('bob').u16(1).u16(0).u16(1).u16(1).u16(256);
    for (let i = 0; i < 256; i++) w.string(`channel-${i}`);
  })],
  ['JSON array of 100,000 numbers', `[${'0,'.repeat(99999)}0]`],
  ['channel of 65,535 bytes', token007(1, (w) => {
    w.u16(1).u16(1).u16(1).u32(0).string('a'.repeat(65535)).string('');
  })],
  ['200,000 characters of base64', `007${'A'.repeat(199996)}`],
  ['006 token with 10,000 privileges', token006(10000)],
];

const stub: Plugin = {
  name: 'docusaurus-stubs',
  setup(b) {
    b.onResolve({filter: /^@site\//}, (a) => b.resolve(`./${a.path.slice(6)}`, {resolveDir: join(src, '..'), kind: a.kind}));
    b.onResolve({filter: /^@docusaurus\/Link$/}, () => ({path: 'link', namespace: 'stub'}));
    b.onLoad({filter: /^link$/, namespace: 'stub'}, () => ({contents: "import {createElement} from 'react'; export default function Link(p) { return createElement('a', {href: p.to}, p.children); }", loader: 'js', resolveDir: root}));
    b.onResolve({filter: /\.module\.css$/}, (a) => ({path: a.path, namespace: 'css'}));
    b.onLoad({filter: /.*/, namespace: 'css'}, () => ({contents: 'export default new Proxy({}, {get: (_, k) => String(k)});', loader: 'js'}));
  },
};

async function load(): Promise<{decodeToken: (t: string) => unknown; diagnoseToken: (t: string, j: unknown) => {verdict: string}; render: (t: string) => string}> {
  // Inside the checkout, so that the bundle finds React in node_modules.
  const dir = mkdtempSync(join(root, 'bench', '.paste-'));
  const entry = join(dir, 'entry.tsx');
  writeFileSync(entry, `
    import {createElement} from 'react';
    import {renderToString} from 'react-dom/server';
    import TokenInspector from ${JSON.stringify(join(src, 'components/TokenInspector'))};
    export {decodeToken} from ${JSON.stringify(join(src, 'token/decode'))};
    export {diagnoseToken} from ${JSON.stringify(join(src, 'token/diagnose'))};
    export const render = (token) => renderToString(createElement(TokenInspector, {token}));
  `);
  const out = join(dir, 'bundle.mjs');
  await build({entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, plugins: [stub], jsx: 'automatic', logLevel: 'error', nodePaths: [join(root, 'node_modules')], external: ['react', 'react-dom', 'react-dom/server']});
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  const mod = await import(pathToFileURL(out).href);
  rmSync(dir, {recursive: true, force: true});
  return mod;
}

function time<T>(fn: () => T): {ms: number; value: T | Error} {
  let best = Infinity;
  let value: T | Error = new Error('not run');
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    try {
      value = fn();
    } catch (e) {
      value = e instanceof Error ? e : new Error(String(e));
    }
    best = Math.min(best, performance.now() - start);
  }
  return {ms: best, value};
}

const engine = await load();
console.log(`Paste benchmark: ${src} (best of ${rounds} runs; target: every paste answered in under 1000 ms)\n`);
console.log(`${'input'.padEnd(36)} ${'chars'.padStart(7)} ${'decode'.padStart(9)} ${'diagnose'.padStart(9)} ${'render'.padStart(9)} ${'elements'.padStart(9)}  outcome`);
let worst = 0;
let worstName = '';
for (const [name, text] of inputs) {
  const decode = time(() => engine.decodeToken(text));
  const diagnose = time(() => engine.diagnoseToken(text, {appId, channelName: 'demo', uid: 42, now: 1700000060}));
  const render = time(() => engine.render(text));
  const html = typeof render.value === 'string' ? render.value : '';
  const elements = (html.match(/<[a-z]/g) ?? []).length;
  const total = decode.ms + diagnose.ms + render.ms;
  if (total > worst) [worst, worstName] = [total, name];
  const outcome = render.value instanceof Error ? `render threw ${render.value.name}: ${render.value.message.slice(0, 60)}`
    : (/data-decode-error="(\w+)"/.exec(html)?.[0] ?? (html.includes('data-breakdown') ? 'decoded' : 'no result'));
  console.log(`${name.padEnd(36)} ${String(text.length).padStart(7)} ${decode.ms.toFixed(1).padStart(9)} ${diagnose.ms.toFixed(1).padStart(9)} ${render.ms.toFixed(1).padStart(9)} ${String(elements).padStart(9)}  ${outcome}`);
}
console.log(`\nWorst paste: ${worstName}, ${worst.toFixed(0)} ms for decode + diagnose + render (target < 1000 ms): ${worst < 1000 ? 'met' : 'NOT met'}.`);
console.log('The browser adds layout and paint for each rendered element on top of these figures.');
