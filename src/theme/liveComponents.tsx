import {loadedOnUse} from '@site/src/components/ui/loadedOnUse';
import {highlighter} from './prism-include-languages';

// The live components as the MDX registry (./MDXComponents.tsx) hands them to every page: each
// is a chunk of its own, loaded only by the pages that render it.
export const TokenPlayground = loadedOnUse('TokenPlayground', () => import('@site/src/components/TokenPlayground'));
export const TokenInspector = loadedOnUse('TokenInspector', () => import('@site/src/components/TokenInspector'));
// A code sample rendered in the browser (after a navigation inside the site) loads the
// highlighter with it, so its code shows highlighted at once. A served sample keeps its served
// code; filled with the reader's values, it loads the highlighter itself (SampleCode's value checks).
export const SampleCode = loadedOnUse('SampleCode', async (served) => {
  const [sample] = await Promise.all([import('@site/src/components/SampleCode'), served || highlighter.load()]);
  return sample;
});
export const TokenServerTester = loadedOnUse('TokenServerTester', () => import('@site/src/components/TokenServerTester'));
export const JoinTest = loadedOnUse('JoinTest', () => import('@site/src/components/JoinTest'));
