import {useMemo, useState, type ReactNode, type RefObject} from 'react';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Content from '@theme-original/CodeBlock/Content';
import type {Props} from '@theme/CodeBlock/Content';
import {useLoadedOnce} from '@site/src/components/ui/loadOnce';
import {prismGrammars, prismLanguagesReady} from '../../prism-include-languages';

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
  // Rendered in the browser: highlight again once the extra grammars are there.
  useLoadedOnce(prismGrammars, !isPrerendered && !prismLanguagesReady());
  if (isPrerendered) {
    // The wrap button finds the code through this ref, which the usual render sets on the <pre>.
    const codeBlockRef = wordWrap.codeBlockRef as RefObject<HTMLPreElement | null>;
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
  // Only served markup carries the key: a block rendered here may still lack its grammar.
  return (
    <div data-code-key={typeof document === 'undefined' ? key : undefined}>
      <Content {...props} />
    </div>
  );
}

/** A short hash (FNV-1a) of everything that decides a block's highlighted markup. */
function servedKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
