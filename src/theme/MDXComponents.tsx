import MDXComponents from '@theme-original/MDXComponents';
import SequenceDiagram from '@site/src/components/SequenceDiagram';
import TokenPlayground from '@site/src/components/TokenPlayground';
import TokenInspector from '@site/src/components/TokenInspector';
import SampleCode from '@site/src/components/SampleCode';
import TokenServerTester from '@site/src/components/TokenServerTester';

// Components every MDX page can use without importing them. Keep this list to the live
// components the guide embeds; page-specific components are imported by their page.
export default {
  ...MDXComponents,
  SequenceDiagram,
  TokenPlayground,
  TokenInspector,
  SampleCode,
  TokenServerTester,
};
