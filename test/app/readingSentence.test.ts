import { describe, expect, it } from 'vitest';
import { rankedChannels, readingSentence } from '../../src/charts/readingSentence.ts';
import { signedPercent } from '../../src/charts/formats.ts';

describe('readingSentence', () => {
  it('names the largest non-baseline channel first and converts log points with expm1', () => {
    const s = readingSentence('smallCap', {
      channels: { earnings: 0.12, financing: Math.log1p(0.028), valuation: -0.02, shocks: 0.05 },
      total: 0.18,
    });
    expect(s).toBe('Cheaper floating-rate debt adds +2.8% to small caps; rich valuations drifting back take −2.0% off.');
  });

  it('starts with a loss when the largest contribution is negative', () => {
    const s = readingSentence('bitcoin', { channels: { drift: 0.3, realRate: -0.1, jumps: -0.05 }, total: 0.15 });
    expect(s).toBe('Rising real yields take −9.5% off bitcoin; occasional crashes take −4.9% off.');
  });

  it('says so when only the baseline moves the asset', () => {
    expect(readingSentence('largeCap', { channels: { earnings: 0.1, shocks: 0.0001, backdrop: 0.0002 }, total: 0.1 })).toMatch(
      /^Nothing in this scenario moves large caps/,
    );
  });

  it('rankedChannels orders by absolute size and drops non-finite values', () => {
    expect(rankedChannels({ channels: { earnings: 0.1, valuation: -0.3, backdrop: Number.NaN }, total: 0 })).toEqual([
      ['valuation', -0.3],
      ['earnings', 0.1],
    ]);
  });
});

describe('signedPercent', () => {
  it.each([
    [0.028, '+2.8%'],
    [-0.091, '−9.1%'],
    [0.00004, '0.0%'],
    [-0.00004, '0.0%'],
  ])('signedPercent(%f) is %s', (v, text) => {
    expect(signedPercent(v)).toBe(text);
  });
});
