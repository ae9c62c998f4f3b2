import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {visit} from 'unist-util-visit';
import {decodeToken} from '../token';

// The token-format reference shows the known-answer vectors (tests/vectors/<name>.json) and
// byte tables of their tokens. None of it is interactive, so it is written into the page at
// build time instead of shipping the vector files and the decoder to the browser:
//
//   <VectorFile name="rtcUid" />
//     the file's description, then one <details> per vector with its inputs, token, content
//     and signature;
//   <FieldLayout vector="rtcUid#0" caption="..." />
//     a table of the content of vector 0 of rtcUid.json, field by field, with the positions
//     found by the site's own decoder.
//
// The elements are replaced by plain HTML elements, marked as explicit JSX so that the theme's
// `pre` and `code` components do not restyle them (the plugin runs after Docusaurus's own,
// which would turn <details> into the theme's Details). An unknown file or vector fails the
// build, naming the page.

const vectorDir = resolve(process.cwd(), 'tests/vectors');

/** One known-answer vector of tests/vectors/<name>.json. */
export interface Vector {
  name: string;
  params: unknown;
  token: string;
  content: string;
  signature: string;
}

/** A vector file as tests/vectors/generate.ts writes it. */
export interface VectorFileData {
  description: string;
  reference: string;
  engineFunction: string;
  vectors: Vector[];
}

type Node = {type: string; children?: Node[]; [key: string]: unknown};
type JsxAttribute = {type: string; name?: string; value?: unknown};
type JsxNode = Node & {name: string | null; attributes: JsxAttribute[]};
type Estree = Record<string, unknown>;

/** A page's problem, prefixed with the page so the build log says where to look. */
class TokenVectorsError extends Error {
  constructor(page: string | undefined, message: string) {
    super(`${page ?? 'A page'}: ${message}`);
    this.name = 'TokenVectorsError';
  }
}

function readVectorFile(name: string, page: string | undefined): VectorFileData {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new TokenVectorsError(page, `"${name}" is not a vector file name: give the name of a file in tests/vectors without ".json", such as "rtcUid".`);
  }
  let text: string;
  try {
    text = readFileSync(resolve(vectorDir, `${name}.json`), 'utf8');
  } catch {
    throw new TokenVectorsError(page, `there is no vector file "${name}" (tests/vectors/${name}.json does not exist).`);
  }
  let data: VectorFileData;
  try {
    data = JSON.parse(text) as VectorFileData;
  } catch (e) {
    throw new TokenVectorsError(page, `tests/vectors/${name}.json is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data.vectors) || data.vectors.length === 0) {
    throw new TokenVectorsError(page, `tests/vectors/${name}.json holds no vectors.`);
  }
  return data;
}

// --- Building explicit JSX nodes ---------------------------------------------------------------

function literal(value: string | number): Estree {
  return {type: 'Literal', value};
}

function objectOf(entries: Record<string, string>): Estree {
  return {
    type: 'ObjectExpression',
    properties: Object.entries(entries).map(([key, value]) => ({
      type: 'Property',
      key: {type: 'Identifier', name: key},
      value: literal(value),
      kind: 'init',
      method: false,
      shorthand: false,
      computed: false,
    })),
  };
}

/** An attribute whose value is a JS expression (`tabIndex={0}`, `style={{...}}`). */
function expressionAttribute(name: string, expression: Estree, source: string): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: source,
      data: {estree: {type: 'Program', sourceType: 'module', comments: [], body: [{type: 'ExpressionStatement', expression}]}},
    },
  };
}

function stringAttribute(name: string, value: string): JsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

const breakAll = () => expressionAttribute('style', objectOf({wordBreak: 'break-all'}), "{wordBreak: 'break-all'}");

/** Text as a JSX string expression: MDX would collapse the indentation of a plain text node,
 * and the vectors' inputs are indented JSON. */
function textOf(value: string): Node {
  const program = {type: 'Program', sourceType: 'module', comments: [], body: [{type: 'ExpressionStatement', expression: literal(value)}]};
  return {type: 'mdxTextExpression', value: JSON.stringify(value), data: {estree: program}};
}

function element(name: string, attributes: JsxAttribute[], children: (Node | string)[], inline = false): JsxNode {
  return {
    type: inline ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
    name,
    attributes,
    children: children.map((c) => (typeof c === 'string' ? textOf(c) : c)),
    // What MDX sets on JSX written in a page: render the element itself, not the theme's
    // component of that name.
    data: {_mdxExplicitJsx: true},
  };
}

const code = (text: string, attributes: JsxAttribute[] = []) => element('code', attributes, [text], true);

/** Unhighlighted, wrapped text that can be reached by keyboard (highlighted code blocks for all
 * the vectors made the page's DOM slow to hydrate on a phone). */
function vectorText(text: string): JsxNode {
  return element(
    'pre',
    [
      expressionAttribute('tabIndex', literal(0), '0'),
      expressionAttribute('style', objectOf({whiteSpace: 'pre-wrap', wordBreak: 'break-all'}), "{whiteSpace: 'pre-wrap', wordBreak: 'break-all'}"),
    ],
    [code(text)],
  );
}

// --- The two markers ---------------------------------------------------------------------------

function vectorFile(file: VectorFileData): JsxNode[] {
  const intro = element('p', [], [
    `${file.description} Produced by `,
    code(file.reference),
    "; the site's engine function is ",
    code(file.engineFunction),
    '.',
  ]);
  const vectors = file.vectors.map((v) =>
    element('details', [], [
      element('summary', [], [v.name]),
      element('p', [], ['Inputs, with the fixed salt and issue time:']),
      vectorText(JSON.stringify(v.params, null, 2)),
      element('p', [], ['Expected token:']),
      vectorText(v.token),
      element('p', [], ['Uncompressed content (hex), signature first:']),
      vectorText(v.content),
      element('p', [], ['Signature (hex): ', code(v.signature, [breakAll()])]),
    ]),
  );
  return [intro, ...vectors];
}

function fieldLayout(vector: Vector, label: string, caption: string, page: string | undefined): JsxNode {
  // The field positions come from the site's own decoder; the bytes from the vector file.
  const decoded = decodeToken(vector.token);
  if (!decoded.ok) throw new TokenVectorsError(page, `vector ${label} does not decode: ${decoded.error.message}`);
  const th = (text: string) => element('th', [stringAttribute('scope', 'col')], [text]);
  return element('table', [], [
    element('caption', [], [caption]),
    element('thead', [], [element('tr', [], [th('Field'), th('Offset'), th('Bytes'), th('Value (hex)')])]),
    element(
      'tbody',
      [],
      decoded.token.layout.map((entry) =>
        element('tr', [], [
          element('td', [], [code(entry.field)]),
          element('td', [], [String(entry.offset)]),
          element('td', [], [String(entry.length)]),
          element('td', [], [code(vector.content.slice(entry.offset * 2, (entry.offset + entry.length) * 2), [breakAll()])]),
        ]),
      ),
    ),
  ]);
}

function stringAttr(node: JsxNode, name: string, page: string | undefined): string {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr || typeof attr.value !== 'string' || attr.value === '') {
    throw new TokenVectorsError(page, `<${node.name}> needs a ${name}="..." attribute written as plain text.`);
  }
  return attr.value;
}

function expand(node: JsxNode, page: string | undefined): JsxNode[] {
  if (node.name === 'VectorFile') {
    return vectorFile(readVectorFile(stringAttr(node, 'name', page), page));
  }
  const ref = stringAttr(node, 'vector', page);
  const match = /^([^#]+)#(\d+)$/.exec(ref);
  if (!match) {
    throw new TokenVectorsError(page, `<FieldLayout vector="${ref}"> should name a file and a vector number, such as "rtcUid#0" (the first vector of tests/vectors/rtcUid.json).`);
  }
  const file = readVectorFile(match[1], page);
  const index = Number(match[2]);
  const vector = file.vectors[index];
  if (!vector) {
    throw new TokenVectorsError(page, `<FieldLayout vector="${ref}">: tests/vectors/${match[1]}.json has ${file.vectors.length} vector(s), numbered from 0.`);
  }
  return [fieldLayout(vector, `"${ref}"`, stringAttr(node, 'caption', page), page)];
}

export default function tokenVectors() {
  return (tree: Node, file: {path?: string}) => {
    const page = file.path;
    visit(tree as never, (node: Node, index: number | undefined, parent: Node | undefined) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const jsx = node as JsxNode;
      if (jsx.name !== 'VectorFile' && jsx.name !== 'FieldLayout') return;
      if (node.type === 'mdxJsxTextElement') {
        throw new TokenVectorsError(page, `<${jsx.name}> stands for a block of content: write it on a line of its own, with blank lines around it.`);
      }
      if (!parent?.children || index === undefined) return;
      const replacement = expand(jsx, page);
      parent.children.splice(index, 1, ...replacement);
      // Carry on after the inserted nodes: they hold no markers.
      return index + replacement.length;
    });
  };
}
