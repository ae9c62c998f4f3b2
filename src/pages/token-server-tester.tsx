import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import TokenServerTester from '@site/src/components/TokenServerTester';

export default function TokenServerTesterPage(): ReactNode {
  return (
    <Layout title="Token server tester" description="Check your Agora token server from the browser: reachability, CORS, routes, and whether the token carries the channel, uid, privileges and lifetime you asked for.">
      <main className="container margin-vert--lg">
        <h1>Token server tester</h1>
        <p>
          Enter the address of your token server and the token you want. The page calls <code>/ping</code> and the token route from your browser, exactly as
          your web app would, then decodes the token and checks it. It sends nothing until you press the button, and it never asks for your App Certificate.
        </p>
        <TokenServerTester />
      </main>
    </Layout>
  );
}
