import type {ComponentType, ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import TokenPlayground from '@site/src/components/TokenPlayground';
import SampleCode from '@site/src/components/SampleCode';
import styles from '@site/src/components/LiveParts/page.module.css';
import ServerSamplesMdx from './_playground-samples.mdx';

const ServerSamples = ServerSamplesMdx as ComponentType<{components: Record<string, ComponentType<never>>}>;

export default function PlaygroundPage(): ReactNode {
  return (
    <Layout
      title="Token playground"
      description="Generate real Agora tokens in your browser from a test App ID and App Certificate; the certificate never leaves the page.">
      <main className={styles.page}>
        <h1>Token playground</h1>
        <p className={styles.lead}>
          Type a test project’s App ID and App Certificate and get a real token, rebuilt as you type.
          Everything happens in this page: the certificate is never sent over the network and never
          saved. No Agora account? Use the sample credentials, then{' '}
          <Link to="/inspect">inspect the token</Link> to see what is inside.
        </p>
        <TokenPlayground readShareLink />
        <h2>Build the same token on your server</h2>
        <p>
          Production tokens come from your own server. These programs build the token above with
          Agora’s official library in each language; they follow your channel, uid, role and
          lifetimes as you type. The certificate stays out of the code: set it in the{' '}
          <code>APP_CERTIFICATE</code> environment variable.
        </p>
        {/* Only the component the samples need, not the whole MDX registry (keeps this page light). */}
        <ServerSamples components={{SampleCode}} />
      </main>
    </Layout>
  );
}
