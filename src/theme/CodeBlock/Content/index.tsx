import {useId, useState, type ReactNode, type RefObject} from 'react';
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
  const id = useId();
  const [prerendered] = useState(() => {
    const html = typeof document === 'undefined' ? undefined : document.getElementById(id)?.innerHTML;
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
        id={id}
        ref={(el) => {
          codeBlockRef.current = el?.querySelector('pre') ?? null;
        }}
        dangerouslySetInnerHTML={{__html: prerendered.html}}
      />
    );
  }
  return (
    <div id={id}>
      <Content {...props} />
    </div>
  );
}
