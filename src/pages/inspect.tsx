import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import TokenInspector from '@site/src/components/TokenInspector';
import {MarkHydrated, loadedOnUse} from '@site/src/components/ui/loadedOnUse';
import styles from './toolPage.module.css';

// Loaded on use: the join test's code (and, only on Join, Agora's Web SDK) stays off this page until then.
const JoinTest = loadedOnUse('JoinTest', () => import('@site/src/components/JoinTest'));

export default function InspectPage(): ReactNode {
  return (
    <Layout
      title="Token inspector"
      description="Decode, verify and diagnose an Agora token in your browser: what it grants, when it expires, and whether it will let your client in.">
      <main className={styles.page}>
        <h1>Token inspector</h1>
        <p className={styles.lead}>
          Paste a token, or the whole response from your token server, to see what it grants and
          until when. Add the App Certificate to check the signature, and what your client joins
          with to learn whether Agora will let it in. Nothing you paste leaves this page. Need a
          token to try? Press <strong>Try a sample token</strong>, or make one in the{' '}
          <Link to="/playground">playground</Link>.
        </p>
        {/* The page heading names the tool: the inspector's own heading names what to do. */}
        <TokenInspector readShareLink title="Decode a token" />
        <MarkHydrated name="TokenInspector" />
        <JoinTest title="Join with this token for real" headingLevel={2} />
      </main>
    </Layout>
  );
}
