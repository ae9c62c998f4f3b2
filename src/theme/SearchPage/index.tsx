import type {ComponentProps, ReactNode} from 'react';
import Head from '@docusaurus/Head';
import SearchPage from '@theme-original/SearchPage';

// The offline search plugin's page sets a title but no description, which search engines then
// make up from whatever text they find first.
export default function SearchPageWrapper(props: ComponentProps<typeof SearchPage>): ReactNode {
  return (
    <>
      <Head>
        <meta name="description" content="Search every page of the Agora Token Guide, error messages included. The search runs in your browser." />
      </Head>
      <SearchPage {...props} />
    </>
  );
}
