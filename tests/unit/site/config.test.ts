import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

// The config is evaluated in a child process so that each case sees its own environment.
function loadConfig(env: Record<string, string>) {
  const script = `import('./docusaurus.config.ts').then(m => console.log(JSON.stringify(m.default.default ?? m.default)))`;
  const {stdout, stderr, status} = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    env: {...process.env, GITHUB_REPOSITORY: '', SITE_URL: '', BASE_URL: '', ...env},
    encoding: 'utf8',
  });
  assert.equal(status, 0, stderr);
  return JSON.parse(stdout) as {url: string; baseUrl: string; organizationName: string; projectName: string; trailingSlash: boolean};
}

test('a fork deploys to its own GitHub Pages project URL', () => {
  const c = loadConfig({GITHUB_REPOSITORY: 'someone/token-docs'});
  assert.equal(c.url, 'https://someone.github.io');
  assert.equal(c.baseUrl, '/token-docs/');
  assert.equal(c.organizationName, 'someone');
  assert.equal(c.projectName, 'token-docs');
});

test('SITE_URL and BASE_URL override the GitHub defaults', () => {
  const c = loadConfig({GITHUB_REPOSITORY: 'someone/token-docs', SITE_URL: 'https://tokens.example.org', BASE_URL: '/'});
  assert.equal(c.url, 'https://tokens.example.org');
  assert.equal(c.baseUrl, '/');
});

test('trailingSlash is explicit so GitHub Pages does not redirect', () => {
  assert.equal(loadConfig({}).trailingSlash, false);
});
