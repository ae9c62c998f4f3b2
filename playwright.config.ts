import {defineConfig} from '@playwright/test';

// End-to-end tests run against the production build, served under the same base path as on
// GitHub Pages, in Debian's Chromium: this machine cannot download Playwright's own browsers.
const port = Number(process.env.E2E_PORT ?? 3210);
const repo = (process.env.GITHUB_REPOSITORY || 'agora-token-guide/agora-token-guide').split('/')[1];
const basePath = process.env.BASE_URL || `/${repo}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-build.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
