// The "get the code" step of the token server page, naming this site's own repository
// (docusaurus.config.ts customFields.repositoryUrl), so a fork's site names the fork. Inline
// commands, like the page's other one-line steps.
import React from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export default function RepositoryClone(): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  const url = String(siteConfig.customFields?.repositoryUrl ?? `https://github.com/${siteConfig.organizationName}/${siteConfig.projectName}`).replace(/\/+$/, '');
  const folder = url.split('/').pop() ?? siteConfig.projectName;
  return (
    <>
      Get the code: run <code>git clone {url}.git</code>, then <code>cd {folder}/examples/token-server</code>. The
      repository is <a href={url}>{url.replace(/^https:\/\//, '')}</a>.
    </>
  );
}
