import {loadedOnUse} from '@site/src/components/ui/loadedOnUse';
import {prismGrammars} from './prism-include-languages';

// The live components as the MDX registry (./MDXComponents.tsx) hands them to every page: each
// is a chunk of its own, loaded only by the pages that render it.
export const TokenPlayground = loadedOnUse('TokenPlayground', () => import('@site/src/components/TokenPlayground'));
export const TokenInspector = loadedOnUse('TokenInspector', () => import('@site/src/components/TokenInspector'));
// Code samples render code in the browser: with the extra grammars loaded first, they highlight
// it once instead of twice.
export const SampleCode = loadedOnUse('SampleCode', async () => (await Promise.all([import('@site/src/components/SampleCode'), prismGrammars.load()]))[0]);
export const TokenServerTester = loadedOnUse('TokenServerTester', () => import('@site/src/components/TokenServerTester'));
export const JoinTest = loadedOnUse('JoinTest', () => import('@site/src/components/JoinTest'));
