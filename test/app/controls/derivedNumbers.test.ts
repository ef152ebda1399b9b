import { describe, expect, it } from 'vitest';
import { growthBackdropOf } from '../../../src/controls/growthBackdrops.ts';
import { halfLifeMonths } from '../../../src/controls/halfLife.ts';
import { policySurpriseSd } from '../../../src/controls/policySurpriseSd.ts';

describe('halfLifeMonths', () => {
  it('halfLifeMonths(0.96) ≈ 17 months (MODEL §2.3)', () => {
    expect(halfLifeMonths(0.96)).toBeCloseTo(16.98, 2);
  });
  it('is 1 month at persistence 0.5, 0 at 0 and infinite at 1', () => {
    expect(halfLifeMonths(0.5)).toBeCloseTo(1, 12);
    expect(halfLifeMonths(0)).toBe(0);
    expect(halfLifeMonths(1)).toBe(Infinity);
  });
});

describe('policySurpriseSd', () => {
  it('σ·√((1−e^{−2κ})/(2κ)) after one year: 0.83 at κ 0.3 gives ≈ 0.72 pp', () => {
    expect(policySurpriseSd(0.83, 0.3)).toBeCloseTo(0.83 * Math.sqrt((1 - Math.exp(-0.6)) / 0.6), 12);
    expect(policySurpriseSd(0.83, 0.3)).toBeCloseTo(0.72, 2);
  });
  it('tends to a random walk’s σ√t as κ → 0', () => {
    expect(policySurpriseSd(1, 0)).toBe(1);
    expect(policySurpriseSd(1, 1e-6)).toBeCloseTo(1, 5);
  });
});

describe('growthBackdropOf', () => {
  it.each([
    [0, 0, 0.3, 'inferred'],
    [0, 0, 0.8, 'inferred'],
    [0, 0, 0, 'soft'],
    [-10, 0, 0, 'slowdown'],
    [-25, 1.5, 0, 'recession'],
    [-25, 1.5, 0.3, 'custom'],
    [-25, 0, 0, 'custom'],
    [-5, 0, 0, 'custom'],
  ])('growth shock %d pp with premium %d pp and information weight %d is %s', (shock, premium, weight, id) => {
    expect(growthBackdropOf(shock, premium, weight)).toBe(id);
  });
});

describe('drawSeed and shocks', async () => {
  const { drawSeed, formatPathCount } = await import('../../../src/controls/pathCounts.ts');
  const { describeInflationShock, describeYieldShock } = await import('../../../src/controls/shockDefaults.ts');

  it('drawSeed takes an unsigned 32-bit integer from the random source it is given', () => {
    expect(drawSeed((a) => a.fill(4_000_000_000))).toBe(4_000_000_000);
  });

  it('formatPathCount groups thousands', () => {
    expect(formatPathCount(1_000_000)).toBe('1,000,000 paths');
  });

  it('shock descriptions give sign, unit and timing', () => {
    expect(describeInflationShock({ size: 0.8, start: 1, duration: 12 })).toBe('+0.8 pp, months 1–12');
    expect(describeYieldShock({ size: -25, start: 3, permanent: false, halfLife: 6 })).toBe(
      '−25 bp from month 3, fading (half-life 6 months)',
    );
  });
});
