import {loadedOnUse} from '@site/src/components/ui/loadedOnUse';
import {highlighter} from './prism-include-languages';

// The live components as the MDX registry (./MDXComponents.tsx) hands them to every page: each
// is a chunk of its own, loaded only by the pages that render it.
export const TokenPlayground = loadedOnUse('TokenPlayground', () => import('@site/src/components/TokenPlayground'));
export const TokenInspector = loadedOnUse('TokenInspector', () => import('@site/src/components/TokenInspector'));
// A code sample highlights its code in the browser when it is rendered there (after a navigation
// inside the site) or filled with the reader's values: then the highlighter loads with it, so its
// code shows highlighted at once. A served sample with no values keeps its served code.
export const SampleCode = loadedOnUse('SampleCode', async (served) => {
  const highlighting = served ? undefined : highlighter.load();
  const [sample, {readReaderValues}] = await Promise.all([import('@site/src/components/SampleCode'), import('@site/src/components/readerValues')]);
  await (highlighting ?? (readReaderValues() !== null ? highlighter.load() : undefined));
  return sample;
});
export const TokenServerTester = loadedOnUse('TokenServerTester', () => import('@site/src/components/TokenServerTester'));
export const JoinTest = loadedOnUse('JoinTest', () => import('@site/src/components/JoinTest'));
