import {lazy, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import TokenPlayground from '@site/src/components/TokenPlayground';
import {WhenVisible} from '@site/src/components/ui/WhenVisible';
import {MarkHydrated} from '@site/src/components/ui/loadedOnUse';
import {highlighter} from '@site/src/theme/prism-include-languages';
import styles from './toolPage.module.css';

// Below the fold: its code (syntax highlighting, tabs, samples) loads as the reader scrolls to it.
const PlaygroundSamples = lazy(() => Promise.all([import('@site/src/components/SampleCode/PlaygroundSamples'), highlighter.load()]).then(([samples]) => samples));

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
        {/* The page heading names the tool: the playground's own heading names what to do. */}
        <TokenPlayground readShareLink title="Build a token" />
        <MarkHydrated name="TokenPlayground" />
        <section aria-labelledby="server-code" data-samples-section>
          <h2 id="server-code">Build the same token on your server</h2>
          <p>
            Production tokens come from your own server. These programs build the token above with
            Agora’s official library in four languages; they follow your channel, uid, role and
            lifetimes as you type. The certificate stays out of the code: set it in the{' '}
            <code>APP_CERTIFICATE</code> environment variable.
          </p>
          <WhenVisible placeholder={<p className={styles.placeholder}>Loading the server code…</p>}>
            <PlaygroundSamples />
          </WhenVisible>
        </section>
      </main>
    </Layout>
  );
}
