import {themes, type PrismTheme} from 'prism-react-renderer';

// The stock code themes have token colours below WCAG AA contrast (e.g. GitHub's grey comments
// and teal numbers, VS Dark's navy prolog). These are the same themes with those colours
// darkened (light) or lightened (dark) until every token reaches 4.5:1 on the code background.
// tests/unit/site/code-contrast.test.ts checks every colour of both themes.

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
