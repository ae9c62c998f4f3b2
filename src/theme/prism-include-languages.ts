import type * as PrismNamespace from 'prismjs';
import {loadOnce} from '@site/src/components/ui/loadOnce';

// The grammars of the site's extra languages are some 10 KB of script that every page would load
// and run at start-up. Pre-rendered code keeps its highlighting (see CodeBlock/Content), so in the
// browser they load only when a code block is rendered there: after a navigation inside the site,
// or a sample filled with the reader's values. Pre-rendering registers them at once.
let prism: typeof PrismNamespace | undefined;
let registeredAtStart = false;

/** The extra grammars, registered on the code blocks' Prism once loaded. */
export const prismGrammars = loadOnce(() =>
  import('./prismLanguages').then(({registerLanguages}) => {
    if (prism) registerLanguages(prism);
    return true;
  }),
);

export default function prismIncludeLanguages(PrismObject: typeof PrismNamespace): void {
  prism = PrismObject;
  // A constant of the build (docusaurus.config.ts): the browser's bundle leaves this branch and
  // the grammars out.
  if (process.env.PRERENDERING === 'true') {
    (require('./prismLanguages') as typeof import('./prismLanguages')).registerLanguages(PrismObject);
    registeredAtStart = true;
  }
}

/** Whether the extra grammars are registered. */
export function prismLanguagesReady(): boolean {
  return registeredAtStart || prismGrammars.current === true;
}
