import { describe, expect, it } from 'vitest';
import type { Fan } from '../../../src/model/index.ts';
import { sparkPaths } from '../../../src/layout/sparkPaths.ts';
import { textWidth } from '../../../src/charts/textWidth.ts';

/** A fan over `months` whose quantiles spread out from `start` (geometric, so a log scale applies). */
function fan(months: number, start: number): Fan {
  const series = (k: number) => Float64Array.from({ length: months + 1 }, (_, m) => start * Math.exp(k * m * 0.02));
  return { p5: series(-1), p10: series(-0.8), p25: series(-0.4), p50: series(0), p75: series(0.4), p90: series(0.8), p95: series(1), mean: series(0.1) } as Fan;
}

/** Every coordinate pair in an SVG path string. */
const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('sparkPaths(fan, width, height, log)', () => {
  it.each([
    [24, 2600, false],
    [120, 92_000, true],
    [1, 100, false],
  ])('draws a %i-month fan inside the box (log %s)', (months, start, log) => {
    const { band, median } = sparkPaths(fan(months, start as number), 84, 16, log as boolean);
    const all = [...points(band), ...points(median)];
    expect(all.length).toBeGreaterThan(0);
    for (const [x, y] of all) {
      expect(x).toBeGreaterThanOrEqual(1 - 1e-9);
      expect(x).toBeLessThanOrEqual(83 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(1 - 1e-9);
      expect(y).toBeLessThanOrEqual(15 + 1e-9);
    }
  });

  it('draws a flat fan (every quantile equal) without NaN', () => {
    const flat = fan(0, 100);
    const { band, median } = sparkPaths(flat, 84, 16);
    expect(band + median).not.toContain('NaN');
  });
});

describe('textWidth(text, sizePx, weight)', () => {
  it('outside a browser estimates wide: 0.65 em a character', () => {
    expect(textWidth('95th 11,393', 12)).toBeCloseTo(11 * 12 * 0.65);
    expect(textWidth('', 12)).toBe(0);
  });
});
