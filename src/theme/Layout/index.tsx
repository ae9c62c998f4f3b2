import type {ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

type Props = WrapperProps<typeof LayoutType>;

// The offline search plugin's results page renders without a <main> landmark, which screen
// reader users rely on to skip the navigation (axe: landmark-one-main). Give it one.
export default function LayoutWrapper(props: Props): ReactNode {
  const isSearchPage = useLocation().pathname === useBaseUrl('/search');
  if (!isSearchPage) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
