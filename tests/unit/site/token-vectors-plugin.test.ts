// The remark plugin that writes the known-answer vectors and byte tables into the token-format
// reference at build time: pages are compiled with MDX (the compiler Docusaurus uses) and
// rendered with React, and the HTML is checked against the vector files.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {createElement, type ComponentType} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import tokenVectors, {type VectorFileData} from '../../../src/remark/token-vectors';

const root = resolve(import.meta.dirname, '../../..');
const page = 'docs/reference/example.mdx';

function vectorFile(name: string): VectorFileData {
  return JSON.parse(readFileSync(resolve(root, 'tests/vectors', `${name}.json`), 'utf8'));
}

// What a theme might put in place of plain elements: the plugin's output must not use them.
const themeComponents = {
  pre: () => createElement('div', null, 'theme pre'),
  code: () => createElement('span', null, 'theme code'),
  details: () => createElement('div', null, 'theme details'),
  table: () => createElement('div', null, 'theme table'),
};

async function render(mdx: string): Promise<string> {
  // Imported as an ES module: the MDX compiler has no CommonJS build.
  const {evaluate} = await import('@mdx-js/mdx');
  const {default: Content} = await evaluate({value: mdx, path: page}, {...runtime, remarkPlugins: [tokenVectors]} as never);
  return renderToStaticMarkup(createElement(Content as ComponentType<{components: object}>, {components: themeComponents}));
}

function unescapeHtml(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => unescapeHtml(m[1]));

test('<VectorFile> writes the file description and every vector, inputs indented, as plain elements', async () => {
  const file = vectorFile('rtcUid');
  const html = await render('Before.\n\n<VectorFile name="rtcUid" />\n\nAfter.\n');
  assert.doesNotMatch(html, /theme /, 'the theme components replaced plain elements');
  assert.match(html, /^<p>Before\.<\/p>/);
  assert.match(html, /<p>After\.<\/p>$/);

  const intro = /<p>((?:(?!<p>).)*)<\/p>\s*<details>/s.exec(html);
  assert.ok(intro, 'the file description precedes the vectors');
  assert.equal(
    unescapeHtml(intro[1]),
    `${file.description} Produced by <code>${file.reference}</code>; the site's engine function is <code>${file.engineFunction}</code>.`,
  );

  assert.equal((html.match(/<details>/g) ?? []).length, file.vectors.length);
  assert.deepEqual(all(html, /<summary>(.*?)<\/summary>/g), file.vectors.map((v) => v.name));

  // Each vector shows its inputs, token and content in keyboard-reachable, wrapping blocks.
  const blocks = all(html, /<pre tabindex="0" style="white-space:pre-wrap;word-break:break-all"><code>(.*?)<\/code><\/pre>/gs);
  assert.deepEqual(blocks, file.vectors.flatMap((v) => [JSON.stringify(v.params, null, 2), v.token, v.content]));
  assert.match(blocks[0], /\n {2}"appId": /, 'the inputs keep their indentation');
  assert.deepEqual(
    all(html, /<p>Signature \(hex\): <code style="word-break:break-all">(.*?)<\/code><\/p>/g),
    file.vectors.map((v) => v.signature),
  );
  for (const label of ['Inputs, with the fixed salt and issue time:', 'Expected token:', 'Uncompressed content (hex), signature first:']) {
    assert.equal(html.split(`<p>${label}</p>`).length - 1, file.vectors.length, label);
  }
});

test('<FieldLayout> writes a captioned table of the vector content, field by field', async () => {
  const vector = vectorFile('rtcUid').vectors[0];
  const html = await render('<FieldLayout vector="rtcUid#0" caption="Content of a token, field by field" />\n');
  assert.doesNotMatch(html, /theme /);
  assert.match(html, /^<table><caption>Content of a token, field by field<\/caption><thead><tr>/);
  assert.deepEqual(all(html, /<th scope="col">(.*?)<\/th>/g), ['Field', 'Offset', 'Bytes', 'Value (hex)']);

  const rows = [...html.matchAll(/<tr><td><code>(.*?)<\/code><\/td><td>(\d+)<\/td><td>(\d+)<\/td><td><code style="word-break:break-all">([0-9a-f]*)<\/code><\/td><\/tr>/g)].map(
    ([, field, offset, length, hex]) => ({field, offset: Number(offset), length: Number(length), hex}),
  );
  assert.ok(rows.length > 10, `only ${rows.length} rows`);
  // The layout of a 007 RTC token: the fields tile the content in order.
  assert.deepEqual(rows.slice(0, 6).map((r) => r.field), ['signature', 'appId', 'issueTs', 'expire', 'salt', 'services (count)']);
  assert.deepEqual(rows.slice(-2).map((r) => r.field), ['services[0].channelName', 'services[0].uid']);
  assert.equal(rows.map((r) => r.hex).join(''), vector.content);
  for (const [i, r] of rows.entries()) {
    assert.equal(r.hex.length, r.length * 2, `${r.field}: ${r.length} bytes`);
    if (i > 0) assert.equal(r.offset, rows[i - 1].offset + rows[i - 1].length, `${r.field} follows the previous field`);
  }
  // The uid field: a u16 length, then the uid as decimal text.
  const uid = String((vector.params as {uid: number}).uid);
  assert.equal(rows.at(-1)!.hex, Buffer.concat([Buffer.from([uid.length, 0]), Buffer.from(uid)]).toString('hex'));
});

test('<FieldLayout> lays out a 006 token, whose message field holds its salt, ts and privileges', async () => {
  const vector = vectorFile('legacy006').vectors[0];
  const html = await render('<FieldLayout vector="legacy006#0" caption="006" />\n');
  const fields = all(html, /<tr><td><code>(.*?)<\/code><\/td>/g);
  assert.deepEqual(fields.slice(0, 6), ['signature', 'crcChannelName', 'crcUid', 'message', 'message.salt', 'message.ts']);
  const message = /<code>message<\/code><\/td><td>(\d+)<\/td><td>(\d+)<\/td><td><code[^>]*>([0-9a-f]+)</.exec(html);
  assert.ok(message);
  assert.equal(Number(message[1]) + Number(message[2]), vector.content.length / 2, 'the message runs to the end of the content');
  assert.ok(vector.content.endsWith(message[3]));
});

test('other JSX and text on the page are left as they are', async () => {
  const html = await render('Some *text* and `code`.\n\n<details><summary>Own</summary>Kept.</details>\n');
  assert.equal(html, '<p>Some <em>text</em> and <span>theme code</span>.</p>\n<details><summary>Own</summary>Kept.</details>');
});

/** The message a page fails the build with; every one names the page. */
async function buildError(mdx: string): Promise<string> {
  const message = await render(mdx).then(
    () => assert.fail(`the page compiled: ${mdx}`),
    (e: Error) => e.message,
  );
  assert.match(message, new RegExp(`^${page.replace(/\./g, '\\.')}: `), 'the message names the page');
  return message;
}

test('an unknown vector file fails the build, naming the name, the file and the page', async () => {
  const message = await buildError('<VectorFile name="rtcUdi" />\n');
  assert.match(message, /"rtcUdi"/);
  assert.match(message, /tests\/vectors\/rtcUdi\.json does not exist/);
  assert.match(await buildError('<FieldLayout vector="nope#0" caption="x" />\n'), /tests\/vectors\/nope\.json does not exist/);
});

test('a bad marker fails the build with what to write instead', async () => {
  assert.match(await buildError('<VectorFile name="../package" />\n'), /"\.\.\/package" is not a vector file name.*such as "rtcUid"/);
  assert.match(await buildError('<VectorFile />\n'), /<VectorFile> needs a name="\.\.\." attribute/);
  assert.match(await buildError('<VectorFile name={"rtcUid"} />\n'), /<VectorFile> needs a name="\.\.\." attribute written as plain text/);
  assert.match(await buildError('<FieldLayout vector="rtcUid" caption="x" />\n'), /should name a file and a vector number, such as "rtcUid#0"/);
  assert.match(await buildError('<FieldLayout vector="rtcUid#7" caption="x" />\n'), new RegExp(`"rtcUid#7".*rtcUid\\.json has ${vectorFile('rtcUid').vectors.length} vector\\(s\\), numbered from 0`));
  assert.match(await buildError('<FieldLayout vector="rtcUid#0" />\n'), /<FieldLayout> needs a caption="\.\.\." attribute/);
  assert.match(await buildError('See <VectorFile name="rtcUid" /> here.\n'), /<VectorFile> stands for a block of content: write it on a line of its own/);
});
