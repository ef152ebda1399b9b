import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { recordPaths, type RecordedPaths } from '../../src/model/recordPaths.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { simulate } from '../../src/model/simulate.ts';
import { QUANTILE_KEYS, QUANTILE_LEVELS, SERIES } from '../../src/model/summary.ts';
import { percentileOf } from '../../src/model/percentileOf.ts';
import { histogramCdf, histogramCdfs } from '../../src/model/histogramQuantiles.ts';
import { histogramSlot } from '../../src/model/simulationPartial.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';

/** Quantile of sorted values with linear interpolation between order statistics (R type 7, d3.quantileSorted). */
function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
}

/** Series k's value at flat index i of recorded paths, in its display unit (as the fans are). */
function displayValue(s: Scenario, rec: RecordedPaths, k: number, i: number): number {
  switch (k) {
    case 0: return s.snapshot.smallCap * Math.exp(rec.logSmall[i]);
    case 1: return s.snapshot.largeCap * Math.exp(rec.logLarge[i]);
    case 2: return s.snapshot.bitcoin * Math.exp(rec.logBitcoin[i]);
    case 3: return 100 * Math.exp(rec.logSmall[i] - rec.logLarge[i]);
    case 4: return rec.rate[i] * 100;
    case 5: return rec.tenYear[i] * 100;
    default: return rec.inflation[i] * 100;
  }
}

describe('histogram quantiles', () => {
  it('at 100,000 paths every fan quantile is within 0.1% of the exact quantile of the same paths', () => {
    const s = defaultScenario();
    s.paths = 100_000;
    const summary = simulate(s);
    const rec = recordPaths(s);
    const w = s.months + 1;
    const column = new Float64Array(s.paths);
    let worst = 0;
    SERIES.forEach((name, k) => {
      for (let m = 1; m <= s.months; m++) {
        for (let p = 0; p < s.paths; p++) column[p] = displayValue(s, rec, k, p * w + m);
        const sorted = column.slice().sort();
        QUANTILE_KEYS.forEach((key, q) => {
          const exact = quantileSorted(sorted, QUANTILE_LEVELS[q]);
          const error = Math.abs(summary.fans[name][key][m] - exact) / Math.abs(exact);
          worst = Math.max(worst, error);
        });
      }
    });
    expect(worst).toBeLessThan(0.001);
  });

  it('percentileOf reads the simulated distribution: the fan median sits at the 50th percentile', () => {
    const s = defaultScenario();
    s.paths = 5_000;
    const partial = simulatePartial(s);
    const summary = simulate(s);
    for (const name of SERIES) {
      expect(percentileOf(partial, name, 12, summary.fans[name].p50[12])).toBeCloseTo(50, 6);
      expect(percentileOf(partial, name, 12, summary.fans[name].p95[12])).toBeCloseTo(95, 6);
    }
    expect(percentileOf(partial, 'largeCap', 12, 1)).toBe(0);
    expect(percentileOf(partial, 'largeCap', 12, 1e9)).toBe(100);
  });

  it('fan means: at the horizon the exact mean of the same paths (sums of fastExp); before it, prices within 0.1% of it over 10 years at 10,000 paths (binned paths read off the histogram, the paths outside its range exact; measured 0.056%, bitcoin)', () => {
    const s = defaultScenario();
    s.paths = 10_000;
    s.months = 120;
    const summary = simulate(s);
    const rec = recordPaths(s);
    const w = s.months + 1;
    let worstBefore = 0;
    let worstHorizon = 0;
    for (let k = 0; k < 4; k++) {
      for (let m = 1; m <= s.months; m++) {
        let sum = 0;
        for (let p = 0; p < s.paths; p++) sum += displayValue(s, rec, k, p * w + m);
        const exact = sum / s.paths;
        const error = Math.abs(summary.fans[SERIES[k]].mean[m] - exact) / exact;
        if (m < s.months) worstBefore = Math.max(worstBefore, error);
        else worstHorizon = Math.max(worstHorizon, error);
      }
    }
    expect(worstHorizon).toBeLessThan(1e-12);
    expect(worstBefore).toBeLessThan(1e-3);
    expect(worstBefore).toBeGreaterThan(0); // it is an approximation, and the claim says so
  });

  it('histogramCdfs at ascending values gives each value the share of counts below it, interpolated in its bin (0 below the range, 1 above); histogramCdf the same for one value', () => {
    const s = defaultScenario();
    s.paths = 3_000;
    const partial = simulatePartial(s);
    for (const m of [1, 12, s.months]) {
      const slot = histogramSlot(partial, 2, m);
      const values = Float64Array.from({ length: 41 }, (_, k) => slot.lo - 0.1 + ((slot.hi - slot.lo + 0.2) * k) / 40);
      const { offset, bins } = slot;
      const total = partial.paths;
      const reference = (v: number) => {
        if (v < slot.lo) return 0;
        if (v >= slot.hi) return 1;
        const t = ((v - slot.lo) / (slot.hi - slot.lo)) * bins;
        const bin = Math.min(bins - 1, Math.floor(t));
        let below = counts(offset, bin + 1); // underflow and whole bins
        below += (t - bin) * partial.counts[offset + 1 + bin];
        return below / total;
      };
      const counts = (from: number, length: number) => partial.counts.subarray(from, from + length).reduce((a, b) => a + b, 0);
      const expected = Array.from(values, reference);
      const single = Array.from(values, (v) => histogramCdf(partial.counts, slot, v));
      histogramCdfs(partial.counts, slot, values);
      values.forEach((v, k) => expect(v).toBeCloseTo(expected[k], 12));
      expect(single).toEqual(Array.from(values));
      expect(expected[0]).toBe(0);
      expect(expected[40]).toBe(1);
    }
  });
});
