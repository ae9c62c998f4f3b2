import type {ComponentType, ReactNode} from 'react';
import SampleCode from './index';
import ServerSamplesMdx from '@site/src/pages/_playground-samples.mdx';

// The server-code tabs under the /playground page's playground, as one lazily loaded unit. The
// MDX file holds the sample list (the build fills each from its file); it gets SampleCode
// directly rather than the site's whole MDX registry.
const ServerSamples = ServerSamplesMdx as ComponentType<{components: Record<string, ComponentType<never>>}>;

export default function PlaygroundSamples(): ReactNode {
  return <ServerSamples components={{SampleCode}} />;
}
