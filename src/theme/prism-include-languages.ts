import type * as PrismNamespace from 'prismjs';
import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock/Content';
import {loadOnce} from '@site/src/components/ui/loadOnce';

// Pre-rendered code keeps its served highlighting (see CodeBlock/Content), so a page needs no
// highlighter in the browser. Prism with its bundled grammars (prism-react-renderer, some 20 KB
// of script whose grammars take a noticeable part of start-up on a phone) and the site's extra
// grammars load only when a code block is rendered there: after a navigation inside the site, or
// a sample filled with the reader's values. The browser's bundle leaves out the theme's start-up
// module that calls this function (docusaurus.config.ts); pre-rendering still calls it.
export default function prismIncludeLanguages(PrismObject: typeof PrismNamespace): void {
  // A constant of the build (docusaurus.config.ts): the browser's bundle drops this require.
  if (process.env.PRERENDERING === 'true') (require('./prismLanguages') as typeof import('./prismLanguages')).registerLanguages(PrismObject);
}

/** The theme's code block content, with Prism and every grammar of the site registered. */
export const highlighter = loadOnce(() =>
  Promise.all([import('@theme-original/CodeBlock/Content'), import('prism-react-renderer'), import('./prismLanguages')]).then(([content, {Prism}, {registerLanguages}]) => {
    registerLanguages(Prism as unknown as typeof PrismNamespace);
    return content.default as ComponentType<Props>;
  }),
);
