import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The `--series-*` colours declared in the first block that follows `selector`. */
function seriesColours(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  const open = css.indexOf('{', start + selector.length);
  const body = css.slice(open + 1, css.indexOf('}', open));
  const colours = new Map<string, string>();
  for (const match of body.matchAll(/(--series-[\w-]+)\s*:\s*([^;]+);/g)) colours.set(match[1], match[2].trim().toLowerCase());
  return colours;
}

/** sRGB → linear light → CIE L* lightness (0–100). */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

describe('series colours', () => {
  it.each([
    ['light', ':root {'],
    ['dark', ":root[data-theme='dark']"],
  ])('in the %s theme every series has a colour of its own, rates distinct from assets', (_theme, selector) => {
    const colours = seriesColours(selector);
    expect([...colours.keys()].sort()).toEqual(
      ['--series-bitcoin', '--series-inflation', '--series-large', '--series-policy', '--series-relative', '--series-small', '--series-ten-year'].sort(),
    );
    expect(new Set(colours.values()).size).toBe(colours.size);
  });

  it('the 10-year and inflation differ in lightness from the asset each used to share a colour with', () => {
    for (const selector of [':root {', ":root[data-theme='dark']"]) {
      const c = seriesColours(selector);
      expect(Math.abs(lightness(c.get('--series-ten-year')!) - lightness(c.get('--series-small')!))).toBeGreaterThan(10);
      expect(Math.abs(lightness(c.get('--series-inflation')!) - lightness(c.get('--series-large')!))).toBeGreaterThan(10);
    }
  });
});
