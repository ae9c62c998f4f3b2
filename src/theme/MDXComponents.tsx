import MDXComponents from '@theme-original/MDXComponents';
import SequenceDiagram from '@site/src/components/SequenceDiagram';
// The live components load lazily: only pages that use one download it (and the token engine).
import {TokenPlayground, TokenInspector, SampleCode, TokenServerTester, JoinTest} from './liveComponents';

// Components every MDX page can use without importing them. Keep this list to the live
// components the guide embeds; page-specific components are imported by their page.
export default {
  ...MDXComponents,
  SequenceDiagram,
  TokenPlayground,
  TokenInspector,
  SampleCode,
  TokenServerTester,
  JoinTest,
};
