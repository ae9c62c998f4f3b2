import {themes, type PrismTheme} from 'prism-react-renderer';

// The stock code themes have token colours below WCAG AA contrast (e.g. GitHub's grey comments
// and teal numbers, VS Dark's navy prolog). These are the same themes with those colours
// darkened (light) or lightened (dark) until every token reaches 4.5:1 on the code background.
// tests/unit/site/code-contrast.test.ts checks every colour of both themes.
//
// Docusaurus gets a theme without colours (codeBlockTheme), and the colours reach the page as
// CSS per colour mode (codeColourCss): the pre-rendered code is then the same markup in light
// and dark mode, so the browser does not highlight every block a second time after loading.

function recolour(theme: PrismTheme, replacements: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map(({types, style}) => {
      const {opacity: _opacity, ...rest} = style as typeof style & {opacity?: number};
      const color = rest.color && replacements[rest.color];
      return {types, style: color ? {...rest, color} : rest};
    }),
  };
}

export const lightCodeTheme = recolour(themes.github, {
  '#999988': '#5f6368',
  '#36acaa': '#0f7472',
  '#00a4db': '#0068a3',
  '#e3116c': '#c20f5c',
  '#d73a49': '#b52a37',
});

export const darkCodeTheme = recolour(themes.vsDark, {
  'rgb(0, 0, 128)': '#8fa8e0',
  'rgb(100, 102, 149)': '#a3a5d6',
  '#808080': '#a8a8a8',
});

/** The theme Docusaurus renders with: token classes only, no inline colours. */
export const codeBlockTheme: PrismTheme = {plain: {}, styles: []};

function declarations(style: object): string {
  return Object.entries(style)
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

/**
 * The two themes as CSS: each mode's plain colours as the variables Docusaurus's code block
 * reads, and each token style scoped to its mode, in the theme's order (a later style wins, as
 * in prism-react-renderer).
 */
export function codeColourCss(): string {
  const rules: string[] = [];
  for (const [mode, theme] of [['light', lightCodeTheme], ['dark', darkCodeTheme]] as const) {
    const scope = `[data-theme='${mode}']`;
    rules.push(`${scope}{--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}}`);
    for (const {types, style} of theme.styles) {
      if (Object.keys(style).length === 0) continue;
      rules.push(`${types.map((type) => `${scope} .token.${type}`).join(',')}{${declarations(style)}}`);
    }
  }
  return rules.join('\n');
}
