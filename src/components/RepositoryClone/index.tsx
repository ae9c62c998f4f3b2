// The "get the code" commands for the reference token server, with this site's own repository
// (docusaurus.config.ts customFields.repositoryUrl), so a fork's site names the fork.
import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export default function RepositoryClone(): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  const url = String(siteConfig.customFields?.repositoryUrl ?? `https://github.com/${siteConfig.organizationName}/${siteConfig.projectName}`);
  const folder = url.replace(/\/+$/, '').split('/').pop() ?? siteConfig.projectName;
  return (
    <>
      <p>
        The guide&apos;s source repository is <a href={url}>{url.replace(/^https:\/\//, '')}</a>. Clone it and go to the
        server&apos;s folder:
      </p>
      <CodeBlock language="bash">{`git clone ${url}.git\ncd ${folder}/examples/token-server`}</CodeBlock>
    </>
  );
}
