import MDXComponents from '@theme-original/MDXComponents';
// The live components load lazily: only pages that use one download it (and the token engine).
import {TokenPlayground, TokenInspector, SampleCode, TokenServerTester, JoinTest} from './liveComponents';

// Components every MDX page can use without importing them. Keep this list to the live
// components the guide embeds; page-specific components (such as SequenceDiagram) are imported
// by their page, so they are not in every page's script.
export default {
  ...MDXComponents,
  TokenPlayground,
  TokenInspector,
  SampleCode,
  TokenServerTester,
  JoinTest,
};
