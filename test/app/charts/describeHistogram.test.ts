import { describe, expect, test } from 'vitest';
import { describeHistogram, lossShare } from '../../../src/charts/describeHistogram.ts';

const histogram = {
  edges: Float64Array.from([-0.2, -0.1, 0, 0.1, 0.2]),
  density: Float64Array.from([0.1, 0.2, 0.45, 0.25]),
};

describe('lossShare(histogram)', () => {
  test('adds the bins wholly below zero', () => {
    expect(lossShare(histogram)).toBeCloseTo(0.3, 12);
  });

  test('counts a bin that straddles zero in proportion to its part below zero', () => {
    const straddling = { edges: Float64Array.from([-0.3, -0.1, 0.1]), density: Float64Array.from([0.4, 0.6]) };
    expect(lossShare(straddling)).toBeCloseTo(0.4 + 0.3, 12);
  });

  test('is 0 when every bin is above zero', () => {
    expect(lossShare({ edges: Float64Array.from([0.1, 0.2]), density: Float64Array.from([1]) })).toBe(0);
  });
});

describe('describeHistogram(title, histogram, months, relative)', () => {
  test('names the most common return range with its share, and the shares that lose and gain', () => {
    expect(describeHistogram('Russell 2000', histogram, 24)).toBe(
      'Russell 2000 after 24 months: the most common return is 0.0% to +10.0% (45% of paths); about 30% of paths lose money and 70% gain.',
    );
  });

  test('says trails and leads for one index against another, not lose money and gain', () => {
    expect(describeHistogram('Russell 2000 vs S&P 500', histogram, 24, true)).toMatch(
      /^Russell 2000 vs S&P 500 after 24 months: the most common return is .*; in about 30% of paths it trails and in 70% it leads\.$/,
    );
  });

  test('names an end bin as everything beyond its inner edge when it is the most common', () => {
    const tails = { edges: Float64Array.from([-0.5, -0.4, 0, 2, 3]), density: Float64Array.from([0.1, 0.2, 0.3, 0.4]) };
    expect(describeHistogram('Bitcoin', tails, 24)).toContain('the most common return is +200.0% or more (40% of paths)');
  });
});
