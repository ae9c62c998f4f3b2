import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import styles from './index.module.css';

type Destination = {to: string; title: string; text: string};

// The guide in reading order: the path a newcomer follows from nothing to a client that joins.
const startHere: Destination[] = [
  {to: '/docs/guide/understand-tokens', title: 'Understand tokens', text: 'What a token is, and your first one, made in the page.'},
  {to: '/docs/guide/run-a-token-server', title: 'Run a token server', text: 'Start the reference server on your computer and call it.'},
  {to: '/docs/guide/fetch-and-use-tokens', title: 'Fetch and use tokens in your app', text: 'Join with a token, renew it before it expires, join again after.'},
  {to: '/docs/guide/test-the-flow', title: 'Test the flow', text: 'Check that good tokens join and bad ones are kept out.'},
];

// Only pages that exist are listed: the build fails on a broken link.
const destinations: Destination[] = [
  {
    to: '/docs/guide/understand-tokens',
    title: 'Read the guide',
    text: 'From your first token to tokens that renew themselves, one procedure a page.',
  },
  {
    to: '/playground',
    title: 'Generate a token',
    text: 'Type a test App ID and certificate and get a real token, built in your browser.',
  },
  {
    to: '/inspect',
    title: 'Inspect a token',
    text: 'Paste a token to decode it, check its signature and learn whether Agora will accept it.',
  },
  {
    to: '/docs/languages',
    title: 'Pick your server language',
    text: 'Runnable token code for each server language, checked on every change.',
  },
  {
    to: '/docs/guide/reference#error-codes',
    title: 'Look up an error',
    text: 'Error codes 101, 109 and 110, what causes them and how to fix them.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Agora token authentication, done right"
      description="Generate, inspect and debug Agora tokens in your browser, and learn to serve them from your own server.">
      <main>
        <header className={styles.hero}>
          <h1 className={styles.title}>Agora token authentication, done right</h1>
          <p className={styles.lead}>
            This site teaches you to make, serve and check the tokens that admit your users to
            Agora, with tools that run in your browser and keep your App Certificate on your
            device.
          </p>
          <Link className={`button button--primary button--lg ${styles.startButton}`} to={startHere[0].to}>
            Start here: understand tokens
          </Link>
        </header>
        <section className={styles.start} aria-labelledby="start-here">
          <h2 id="start-here" className={styles.startTitle}>
            New to Agora tokens? Read the guide in this order
          </h2>
          <ol className={styles.steps}>
            {startHere.map((d) => (
              <li key={d.to}>
                <Link to={d.to}>{d.title}</Link>: {d.text}
              </li>
            ))}
          </ol>
        </section>
        <h2 className={styles.cardsTitle}>Or go straight to what you need</h2>
        <ul className={styles.cards}>
          {destinations.map((d) => (
            <li key={d.to}>
              <Link className={styles.card} to={d.to}>
                <h3>{d.title}</h3>
                <p>{d.text}</p>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
