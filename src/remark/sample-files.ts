import {readFileSync} from 'node:fs';
import {resolve, relative} from 'node:path';
import {visit} from 'unist-util-visit';
import {codeLanguageOf} from '../codeLanguage';

// Pages never carry code typed by hand: a code fence whose meta names a file, as in
//
//   ```go file=examples/go/rtc_token.go
//   ```
//
// is filled with that file's text at build time, and a JSX element with a `file` attribute
// (<SampleCode file="examples/..."/>) gets the text as its `source` prop. A missing file fails
// the build. Paths are relative to the repository root.

const root = process.cwd();

export function readSample(file: string): string {
  const path = resolve(root, file);
  if (relative(root, path).startsWith('..')) {
    throw new Error(`Sample file ${file} is outside the repository.`);
  }
  try {
    return readFileSync(path, 'utf8').replace(/\n$/, '');
  } catch {
    throw new Error(`Sample file ${file} does not exist (paths are relative to the repository root).`);
  }
}

type Node = {type: string; [key: string]: unknown};
type CodeNode = Node & {lang?: string | null; meta?: string | null; value: string};
type JsxAttribute = {type: string; name: string; value: unknown};
type JsxNode = Node & {name: string | null; attributes: JsxAttribute[]};

export default function sampleFiles() {
  return (tree: Node) => {
    visit(tree as never, 'code', (node: CodeNode) => {
      const match = /(?:^|\s)file=(\S+)/.exec(node.meta ?? '');
      if (!match) return;
      const file = match[1];
      node.value = readSample(file);
      node.lang ??= codeLanguageOf(file);
      const rest = (node.meta ?? '').replace(match[0], '').trim();
      node.meta = /\btitle=/.test(rest) ? rest : `${rest} title="${file}"`.trim();
    });
    for (const type of ['mdxJsxFlowElement', 'mdxJsxTextElement']) {
      visit(tree as never, type, (node: JsxNode) => {
        const fileAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'file');
        if (!fileAttr || typeof fileAttr.value !== 'string') return;
        if (node.attributes.some((a) => a.name === 'source')) return;
        node.attributes.push({type: 'mdxJsxAttribute', name: 'source', value: readSample(fileAttr.value)});
      });
    }
  };
}
