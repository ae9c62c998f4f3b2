import MDXComponents from '@theme-original/MDXComponents';
import SequenceDiagram from '@site/src/components/SequenceDiagram';

// Components every MDX page can use without importing them. Keep this list to the live
// components the guide embeds; page-specific components are imported by their page.
export default {
  ...MDXComponents,
  SequenceDiagram,
};
