import { describe, expect, it } from 'vitest';
import { additiveWhy } from '../../../src/charts/additiveWhy.ts';
import { channelText } from '../../../src/charts/channelText.ts';
import { signedLogPoints } from '../../../src/charts/signedLogPoints.ts';
import { rotationHeadline, whyHeadline } from '../../../src/charts/whyHeadline.ts';
import { BITCOIN_CHANNELS, EQUITY_CHANNELS } from '../../../src/model/index.ts';

describe('whyHeadline(noun, why)', () => {
  it('names the two largest steps whatever they are, the baseline included, and the total they add up to', () => {
    const why = additiveWhy({ earnings: 0.123, financing: 0.028, valuation: -0.091, shocks: 0.001 }, EQUITY_CHANNELS, 0.061);
    expect(whyHeadline('small caps', why)).toBe(
      'For small caps the largest pieces are earnings growth (+12.3) and valuation pull (−9.1); all channels add up to +6.1 log points (≈ +6.3%).',
    );
  });

  it('names bitcoin’s largest bar even when it is the assumed trend', () => {
    const why = additiveWhy({ drift: 0.6, realRate: -0.04, jumps: -0.35, shocks: -0.24 }, BITCOIN_CHANNELS, -0.03);
    expect(whyHeadline('bitcoin', why)).toMatch(/^For bitcoin the largest pieces are assumed trend \(\+60\.0\) and crashes \(jumps\) \(−35\.0\)/);
  });

  it('says so when nothing moves the asset', () => {
    expect(whyHeadline('large caps', additiveWhy({ earnings: 0 }, EQUITY_CHANNELS, 0))).toBe(
      'Nothing moves large caps on average: the total is 0.0 log points (≈ 0.0%).',
    );
  });
});

describe('rotationHeadline(why)', () => {
  it('says whether small caps beat or lag, by how much, and which channels push them ahead or hold them back', () => {
    const why = additiveWhy({ financing: 0.03, valuation: -0.042, earnings: 0.002 }, EQUITY_CHANNELS, -0.01);
    expect(rotationHeadline(why)).toBe(
      'Small caps lag large caps by 1.0 log points on average. Largest: valuation pull (−4.2, holding them back) and debt costs (+3.0, pushing them ahead).',
    );
  });

  it('keeps "Fed path" capitalised and reads a tie as level', () => {
    const why = additiveWhy({ discountPolicy: 0.01, valuation: -0.01 }, EQUITY_CHANNELS, 0);
    expect(rotationHeadline(why)).toBe(
      'Small caps and large caps end level on average. Largest: Fed path vs priced (discounting) (+1.0, pushing them ahead) and valuation pull (−1.0, holding them back).',
    );
  });
});

describe('channelText(channel) and signedLogPoints(points)', () => {
  it('explains every channel in one line and gives an unknown one a generic name', () => {
    for (const c of [...EQUITY_CHANNELS, ...BITCOIN_CHANNELS]) expect(channelText(c).hint.length).toBeGreaterThan(20);
    expect(channelText('somethingNew').label).toBe('Other (somethingNew)');
    expect(channelText('toString').label).toBe('Other (toString)');
  });

  it.each([
    [12.34, '+12.3'],
    [-9.06, '−9.1'],
    [0.04, '0.0'],
    [-0.04, '0.0'],
  ])('signedLogPoints(%d) is %s', (v, text) => {
    expect(signedLogPoints(v)).toBe(text);
  });
});
