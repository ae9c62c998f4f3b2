import {test} from 'node:test';
import assert from 'node:assert/strict';
import {darkCodeTheme, lightCodeTheme} from '../../../src/prism-themes';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(colour: string): number {
  const rgb = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  assert.equal(rgb.length, 3, `cannot read colour ${colour}`);
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the contrast helper agrees with known WCAG ratios', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
});

for (const [name, theme] of [['light', lightCodeTheme], ['dark', darkCodeTheme]] as const) {
  test(`every ${name} code token colour has at least 4.5:1 contrast`, () => {
    const background = theme.plain.backgroundColor!;
    const colours = [theme.plain.color!, ...theme.styles.map((s) => s.style.color).filter(Boolean)] as string[];
    const failing = colours.filter((c) => contrast(c, background) < 4.5).map((c) => `${c} (${contrast(c, background).toFixed(2)})`);
    assert.deepEqual(failing, []);
    assert.ok(theme.styles.every((s) => !('opacity' in s.style)), 'no token is faded with opacity');
  });
}
