import {useMemo, useState, type ComponentType, type ReactNode, type RefObject} from 'react';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {useLoadedOnce} from '@site/src/components/ui/loadOnce';
import {highlighter} from '../../prism-include-languages';

// Pre-rendering highlights every block; the browser's bundle drops this require (see
// prism-include-languages) and loads the highlighter only for a block it renders itself.
const prerenderingContent: ComponentType<Props> | undefined =
  process.env.PRERENDERING === 'true' ? (require('@theme-original/CodeBlock/Content') as {default: ComponentType<Props>}).default : undefined;

/**
 * The highlighted code of a pre-rendered page stays as the page was served: a long sample is
 * thousands of spans, and highlighting it again in the browser and hydrating every span was most
 * of a code-heavy page's blocking time on a phone. The copy and wrap buttons beside it stay live.
 * Once the code changes (a sample filled with the reader's values), it renders as usual, and so
 * does a block rendered in the browser after a navigation.
 */
export default function CodeBlockContent(props: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  // Found by what it shows rather than by position, so that a live component rendered over its
  // served markup (see ui/loadedOnUse) finds the served code of its blocks too.
  const {language, lineNumbersStart, lineClassNames, code} = metadata;
  const classes = JSON.stringify(lineClassNames);
  // Hashed once per code, not on every render of the block (metadata is a new object each time).
  const key = useMemo(() => servedKey(`${language}\n${lineNumbersStart ?? ''}\n${classes}\n${code}`), [language, lineNumbersStart, classes, code]);
  const [prerendered] = useState(() => {
    const html = typeof document === 'undefined' ? undefined : document.querySelector(`[data-code-key="${key}"]`)?.innerHTML;
    return html ? {html, code: metadata.code} : null;
  });
  const isPrerendered = prerendered?.code === metadata.code;
  // Rendered in the browser: highlighted once the highlighter is in, plain text until then.
  const Content = useLoadedOnce(highlighter, !prerenderingContent && !isPrerendered) ?? prerenderingContent;
  // The wrap button finds the code through this ref, which the theme's render sets on its <pre>.
  const codeBlockRef = wordWrap.codeBlockRef as RefObject<HTMLPreElement | null>;
  if (isPrerendered) {
    return (
      <div
        data-code-key={key}
        ref={(el) => {
          codeBlockRef.current = el?.querySelector('pre') ?? null;
        }}
        dangerouslySetInnerHTML={{__html: prerendered.html}}
      />
    );
  }
  // Only served markup carries the key.
  return (
    <div data-code-key={prerenderingContent ? key : undefined}>
      {Content ? (
        <Content {...props} />
      ) : (
        <pre ref={codeBlockRef} className="prism-code">
          <code>{code}</code>
        </pre>
      )}
    </div>
  );
}

/** A short hash (FNV-1a) of everything that decides a block's highlighted markup. */
function servedKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
