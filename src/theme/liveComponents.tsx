import {loadedOnUse} from '@site/src/components/ui/loadedOnUse';

// The live components as the MDX registry (./MDXComponents.tsx) hands them to every page: each
// is a chunk of its own, loaded only by the pages that render it.
export const TokenPlayground = loadedOnUse('TokenPlayground', () => import('@site/src/components/TokenPlayground'));
export const TokenInspector = loadedOnUse('TokenInspector', () => import('@site/src/components/TokenInspector'));
export const SampleCode = loadedOnUse('SampleCode', () => import('@site/src/components/SampleCode'));
export const TokenServerTester = loadedOnUse('TokenServerTester', () => import('@site/src/components/TokenServerTester'));
export const JoinTest = loadedOnUse('JoinTest', () => import('@site/src/components/JoinTest'));
