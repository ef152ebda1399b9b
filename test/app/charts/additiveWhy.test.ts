import { describe, expect, it, test } from 'vitest';
import { additiveWhy, UNATTRIBUTED } from '../../../src/charts/additiveWhy.ts';
import { roundToSum } from '../../../src/charts/roundToSum.ts';
import { smallMinusLarge } from '../../../src/charts/smallMinusLarge.ts';
import { waterfallExtent } from '../../../src/charts/waterfallExtent.ts';
import { whyCsv } from '../../../src/charts/whyCsv.ts';
import { BITCOIN_CHANNELS, EQUITY_CHANNELS } from '../../../src/model/index.ts';
import seedrandom from 'seedrandom';

/** Sum of values rounded to `digits`, added in integer units so the check itself has no float error. */
function unitSum(values: readonly number[], digits: number): number {
  return values.reduce((s, v) => s + Math.round(v * 10 ** digits), 0);
}

describe('roundToSum(values, total, digits)', () => {
  test.each([
    // Naive rounding shows 0.3 + 0.3 + 0.3 = 0.9 under a total of 1.0.
    [[0.33, 0.33, 0.34], 1.0, 1, [0.3, 0.3, 0.4]],
    [[0.34, 0.33, 0.33], 1.0, 1, [0.4, 0.3, 0.3]],
    // Naive rounding shows 0.2 + 0.2 + 0.2 = 0.6 under a total of 0.5.
    [[0.16, 0.16, 0.16], 0.48, 1, [0.2, 0.2, 0.1]],
    [[-0.16, -0.16, -0.16], -0.48, 1, [-0.1, -0.2, -0.2]],
    [[12.34, -9.18, 4.96], 8.12, 1, [12.3, -9.2, 5]],
    [[], 0, 1, []],
  ])('roundToSum(%j, %d, %d) is %j', (values, total, digits, expected) => {
    expect(roundToSum(values, total, digits)).toEqual(expected);
  });

  it('adds up to the rounded total and moves no value by a whole unit, for random signed values', () => {
    const rng = seedrandom('roundToSum');
    for (let trial = 0; trial < 500; trial++) {
      const values = Array.from({ length: 1 + Math.floor(rng() * 10) }, () => (rng() - 0.5) * 200);
      const total = values.reduce((s, v) => s + v, 0);
      for (const digits of [0, 1, 2]) {
        const rounded = roundToSum(values, total, digits);
        expect(unitSum(rounded, digits)).toBe(Math.round(total * 10 ** digits));
        rounded.forEach((r, i) => expect(Math.abs(r - values[i])).toBeLessThan(10 ** -digits));
      }
    }
  });
});

describe('additiveWhy(channels, order, total, digits)', () => {
  it('turns log returns into log points in display order, the shown steps summing to the shown total', () => {
    // Bitcoin, as the issue found it: percent bars summing to +35% under a total of −2.3%.
    const channels = { drift: 0.6, realRate: -0.0412, riskPremium: 0.0133, jumps: -0.3544, shocks: -0.2409 };
    const total = Object.values(channels).reduce((s, v) => s + v, 0);
    const why = additiveWhy(channels, BITCOIN_CHANNELS, total);
    expect(why.steps.map((s) => s.channel)).toEqual([...BITCOIN_CHANNELS]);
    expect(why.steps.map((s) => s.shown)).toEqual([60, -4.1, 1.3, -35.4, -24.1]);
    expect(why.shownTotal).toBe(-2.3);
    expect(unitSum(why.steps.map((s) => s.shown), 1)).toBe(Math.round(why.shownTotal * 10));
  });

  it('chains the steps: each starts where the previous one ended, the first at 0 and the last at the total', () => {
    const why = additiveWhy({ earnings: 0.1234, financing: 0.0066, valuation: -0.0917 }, EQUITY_CHANNELS, 0.0383);
    expect(why.steps.map((s) => [s.start, s.end])).toEqual([
      [0, 12.3],
      [12.3, 13],
      [13, 3.8],
    ]);
    expect(why.shownTotal).toBe(3.8);
  });

  it('keeps a channel the order does not list (added to the model later) after the known ones', () => {
    const why = additiveWhy({ information: -0.01, earnings: 0.05 }, EQUITY_CHANNELS, 0.04);
    expect(why.steps.map((s) => s.channel)).toEqual(['earnings', 'information']);
  });

  it('gives a total the channels do not explain a step of its own instead of bending the others', () => {
    const why = additiveWhy({ earnings: 0.05 }, EQUITY_CHANNELS, 0.08);
    expect(why.steps.map((s) => [s.channel, s.shown])).toEqual([
      ['earnings', 5],
      [UNATTRIBUTED, 3],
    ]);
  });

  it('drops non-finite channels', () => {
    const why = additiveWhy({ earnings: 0.05, backdrop: Number.NaN }, EQUITY_CHANNELS, 0.05);
    expect(why.steps.map((s) => s.channel)).toEqual(['earnings']);
  });
});

describe('smallMinusLarge(small, large) and waterfallExtent(whys)', () => {
  it('subtracts channel by channel, a missing channel counting as zero, and the totals likewise', () => {
    const gap = smallMinusLarge(
      { channels: { earnings: 0.1, financing: 0.03 }, total: 0.13 },
      { channels: { earnings: 0.08, dividends: 0.02 }, total: 0.1 },
    );
    expect(gap.channels.earnings).toBeCloseTo(0.02, 15);
    expect(gap.channels.financing).toBe(0.03);
    expect(gap.channels.dividends).toBe(-0.02);
    expect(gap.total).toBeCloseTo(0.03, 15);
  });

  it('spans every step, every total and zero', () => {
    const a = additiveWhy({ earnings: 0.2, valuation: -0.3 }, EQUITY_CHANNELS, -0.1);
    const b = additiveWhy({ drift: 0.5 }, BITCOIN_CHANNELS, 0.5);
    expect(waterfallExtent([a, b])).toEqual([-10, 50]);
    expect(waterfallExtent([])).toEqual([0, 0]);
  });
});

describe('whyCsv(charts)', () => {
  it('writes each bar as displayed, so a chart’s log_points add up to its total row', () => {
    const why = additiveWhy({ earnings: 0.0333, valuation: 0.0333, financing: 0.0334 }, EQUITY_CHANNELS, 0.1);
    const lines = whyCsv([{ chart: 'smallCap', title: 'Russell 2000', why }]).trim().split('\r\n');
    expect(lines[0]).toBe('chart,chart_title,channel,channel_label,log_points,running_total,log_points_exact');
    const shown = lines.slice(1).map((l) => l.split(','));
    expect(shown.map((c) => [c[2], c[4]])).toEqual([
      ['earnings', '3.3'],
      ['financing', '3.4'],
      ['valuation', '3.3'],
      ['total', '10'],
    ]);
  });
});
