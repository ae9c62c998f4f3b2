import {fileURLToPath} from 'node:url';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import sampleFiles from './src/remark/sample-files';
import tokenVectors from './src/remark/token-vectors';
import {codeBlockTheme, codeColourCss} from './src/prism-themes';

// GitHub Pages project site: https://<owner>.github.io/<repo>/. In GitHub Actions the
// owner and repository come from GITHUB_REPOSITORY, so a fork deploys without edits;
// SITE_URL and BASE_URL override both (e.g. for a custom domain).
const [owner, repo] = (process.env.GITHUB_REPOSITORY || 'agora-token-guide/agora-token-guide').split('/');
const url = process.env.SITE_URL || `https://${owner}.github.io`;
const baseUrl = process.env.BASE_URL || `/${repo}/`;
// The guide's source repository: the token server's "clone" step and the navbar link use it.
const repositoryUrl = `https://github.com/${owner}/${repo}`;

const config: Config = {
  title: 'Agora Token Guide',
  tagline: 'Generate, check and debug the tokens that admit your users to Agora.',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  organizationName: owner,
  projectName: repo,
  trailingSlash: false,
  deploymentBranch: 'gh-pages',
  customFields: {repositoryUrl},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  future: {
    v4: true,
    // Rspack and SWC make the build several times faster on 2 cores. The persistent cache is
    // off: builds run once per clean checkout, and a cache left by an interrupted build made
    // later builds hang here.
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: [sampleFiles],
          // After Docusaurus's own plugins, which would turn the <details> it writes into the
          // theme's animated Details component.
          remarkPlugins: [tokenVectors],
        },
        pages: {beforeDefaultRemarkPlugins: [sampleFiles]},
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    () => ({
      name: 'code-blocks',
      // The code colours of both modes, as CSS in every page's head (see src/prism-themes.ts).
      injectHtmlTags: () => ({headTags: [{tagName: 'style', innerHTML: codeColourCss()}]}),
      // Whether a bundle is for pre-rendering: only that one highlights code at start-up. The
      // browser's bundle replaces the theme's module that loads Prism on every page (see
      // src/theme/prism-include-languages.ts and src/clientModules/highlightOnNavigation.ts).
      configureWebpack: (_config, isServer, {currentBundler}) => ({
        plugins: [
          new currentBundler.instance.DefinePlugin({'process.env.PRERENDERING': JSON.stringify(String(isServer))}),
          ...(isServer
            ? []
            : [
                new currentBundler.instance.NormalModuleReplacementPlugin(
                  /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
                  fileURLToPath(new URL('./src/clientModules/highlightOnNavigation.ts', import.meta.url)),
                ),
              ]),
        ],
      }),
    }),
  ],

  themes: [
    [
      // Offline search: the index is built with the site and served from it.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Agora Token Guide',
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {type: 'docSidebar', sidebarId: 'languages', position: 'left', label: 'Languages'},
        {type: 'docSidebar', sidebarId: 'reference', position: 'left', label: 'Reference'},
        {to: '/playground', position: 'left', label: 'Playground'},
        {to: '/inspect', position: 'left', label: 'Inspector'},
        {href: repositoryUrl, position: 'right', label: 'Source on GitHub'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Guide', to: '/docs/guide/understand-tokens'},
            {label: 'Languages', to: '/docs/languages'},
          ],
        },
      ],
      copyright:
        'An independent guide to Agora token authentication. Agora is a trademark of its owner.',
    },
    prism: {
      theme: codeBlockTheme,
      darkTheme: codeBlockTheme,
      additionalLanguages: ['java', 'kotlin', 'php', 'csharp', 'ruby', 'rust', 'bash', 'lua', 'toml', 'ini'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
