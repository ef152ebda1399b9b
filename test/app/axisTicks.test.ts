import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3';
import { axisTicks } from '../../src/charts/axisTicks.ts';

describe('axisTicks', () => {
  it('keeps 1–2–5 steps on a log scale over a couple of decades', () => {
    expect(axisTicks(scaleLog().domain([10_000, 800_000]), 5, true)).toEqual([10_000, 20_000, 50_000, 100_000, 200_000, 500_000]);
  });

  it('labels a bitcoin fan over $21k–$365k at six steps, not three', () => {
    expect(axisTicks(scaleLog().domain([21_000 / 1.05, 365_000 * 1.05]), 5, true)).toEqual([20_000, 30_000, 50_000, 100_000, 200_000, 300_000]);
  });

  it('labels a narrow log axis (growth of 100 over 62–178) at evenly spaced round values, not "100" alone', () => {
    expect(axisTicks(scaleLog().domain([62, 178]), 5, true)).toEqual([80, 100, 120, 140, 160]);
  });

  it('falls back to powers of ten over many decades', () => {
    expect(axisTicks(scaleLog().domain([1, 1e7]), 5, true)).toEqual([1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7]);
  });

  it('uses the linear scale ticks as they are', () => {
    expect(axisTicks(scaleLinear().domain([0, 10]), 5, false)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});
