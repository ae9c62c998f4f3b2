import type * as PrismNamespace from 'prismjs';
import siteConfig from '@generated/docusaurus.config';

/**
 * Registers the grammars of `prism.additionalLanguages` (docusaurus.config.ts) on the Prism
 * instance the code blocks highlight with. Prism's grammar files register themselves on a
 * global Prism, so it is there only while they run.
 */
export function registerLanguages(Prism: typeof PrismNamespace): void {
  const {additionalLanguages} = (siteConfig.themeConfig as {prism: {additionalLanguages: string[]}}).prism;
  const global = globalThis as {Prism?: typeof PrismNamespace};
  const before = global.Prism;
  global.Prism = Prism;
  for (const language of additionalLanguages) {
    // PHP's grammar builds on this one.
    if (language === 'php') require('prismjs/components/prism-markup-templating.js');
    // The bundler includes only the listed grammars (Docusaurus narrows this require's context).
    require(`prismjs/components/prism-${language}`);
  }
  if (before === undefined) delete global.Prism;
  else global.Prism = before;
}
