import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { recordPaths, type RecordedPaths } from '../../src/model/recordPaths.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { DRAWDOWN_BINS, histogramSlot } from '../../src/model/simulationPartial.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';
import { summarize } from '../../src/model/summarize.ts';
import { ASSETS, type Asset } from '../../src/model/summary.ts';
import { twoBranchScenario } from './twoBranchScenario.ts';

// Issue 12 item 9: the summary's risk figures, each recomputed directly from every recorded path
// (exact sorted quantiles and plain counts), so a summary reading the wrong quantile, the wrong tail
// or the wrong count cannot agree with them. The only tolerance is the histogram's resolution.

/** Quantile of sorted values with linear interpolation between order statistics (R type 7). */
function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
}

/** Each asset's own log returns and the ones it is compared with (small vs large, large vs small, bitcoin vs large). */
function seriesOf(rec: RecordedPaths, asset: Asset): { own: Float64Array; other: Float64Array } {
  if (asset === 'smallCap') return { own: rec.logSmall, other: rec.logLarge };
  if (asset === 'largeCap') return { own: rec.logLarge, other: rec.logSmall };
  return { own: rec.logBitcoin, other: rec.logLarge };
}

/** Exact figures over the recorded paths, from their definitions in summary.ts. */
function exactRisk(rec: RecordedPaths, asset: Asset, drawdownThreshold: number) {
  const { own, other } = seriesOf(rec, asset);
  const n = rec.paths, M = rec.months, w = M + 1;
  const terminal = new Float64Array(n);
  const depth = new Float64Array(n);
  let loss = 0, beat = 0, deep = 0, sumLevel = 0;
  for (let p = 0; p < n; p++) {
    const l = own[p * w + M];
    terminal[p] = l;
    if (l < 0) loss++;
    if (l > other[p * w + M]) beat++;
    sumLevel += Math.exp(l);
    // Maximum drawdown from the running peak, month 0 included.
    let peak = 0, worst = 0;
    for (let m = 1; m <= M; m++) {
      const x = own[p * w + m];
      peak = Math.max(peak, x);
      worst = Math.min(worst, x - peak);
    }
    depth[p] = 1 - Math.exp(worst);
    if (depth[p] > drawdownThreshold) deep++;
  }
  const sorted = terminal.slice().sort();
  // Worst 5% of simple returns, a fractional path at the edge weighted by its fraction.
  const tail = 0.05 * n;
  let shortfall = 0;
  for (let k = 0; k < Math.ceil(tail); k++) shortfall += Math.min(1, tail - k) * Math.expm1(sorted[k]);
  return {
    q05: quantileSorted(sorted, 0.05),
    q50: quantileSorted(sorted, 0.5),
    var95: -Math.expm1(quantileSorted(sorted, 0.05)),
    cvar95: -shortfall / tail,
    medianAnnualized: Math.expm1((quantileSorted(sorted, 0.5) * 12) / M),
    meanAnnualized: Math.pow(sumLevel / n, 12 / M) - 1,
    probLoss: loss / n,
    probBeat: beat / n,
    probDrawdown: deep / n,
    medianMaxDrawdown: quantileSorted(depth.slice().sort(), 0.5),
    /** What reading the tail paths at or below `lo` as `lo` changes in CVaR95 (≥ 0). */
    belowShortfall: (lo: number) => {
      let error = 0;
      for (let k = 0; k < Math.ceil(tail) && sorted[k] <= lo; k++) error += Math.min(1, tail - k) * (Math.expm1(lo) - Math.expm1(sorted[k]));
      return error / tail;
    },
  };
}

/** Paths whose terminal log return is above `value`. */
function countAbove(rec: RecordedPaths, asset: Asset, value: number): number {
  const { own } = seriesOf(rec, asset);
  let count = 0;
  for (let p = 0; p < rec.paths; p++) if (own[p * (rec.months + 1) + rec.months] > value) count++;
  return count;
}

const SCENARIOS: [string, () => Scenario][] = [
  ['the default scenario (t shocks, ν = 5), 24 months', () => {
    const s = defaultScenario();
    s.paths = 10_000;
    return s;
  }],
  ['a two-branch mixture with normal shocks, 60 months, total return', () => {
    const s = twoBranchScenario(10_000, 0.3);
    s.months = 60;
    s.returnMode = 'total';
    for (const b of s.branches) b.shocks.tailDf = null;
    return s;
  }],
];

describe('risk figures of the summary against every recorded path (issue 12 item 9)', () => {
  for (const [name, make] of SCENARIOS) {
    it(`${name}: VaR95, CVaR95 and the median annualized return match the exact sorted quantiles within the histogram's resolution; P(loss), P(beat), P(drawdown) are the exact counts; the median max drawdown is the exact median within two drawdown bins`, () => {
      const s = make();
      const partial = simulatePartial(s);
      const summary = summarize(s, partial);
      const rec = recordPaths(s);
      expect(partial.paths).toBe(s.paths);
      const M = s.months;
      ASSETS.forEach((asset, a) => {
        const risk = summary.risk[asset];
        const exact = exactRisk(rec, asset, risk.drawdownThreshold);
        const { offset, bins, lo, hi } = histogramSlot(partial, a, M);
        // The histogram places a quantile inside the bin of its order statistic; type 7 may
        // interpolate towards the next one: two bins in log return at most.
        const width = (hi - lo) / bins;
        expect(width, asset).toBeLessThan(0.01);
        // Paths at or below the range's low end (t tails) land in the underflow slot, which the summary
        // reads as `lo` (documented in histogramQuantiles): the same count, and their exact misreading
        // is added to the CVaR tolerance; the 5% quantile itself must be inside the range.
        const below = rec.paths - countAbove(rec, asset, lo);
        expect(partial.counts[offset], asset).toBe(below);
        expect(below, asset).toBeLessThan(0.01 * s.paths);
        const underflowError = exact.belowShortfall(lo);
        const tolVar = 2 * width * Math.exp(Math.max(exact.q05, 0) + 2 * width);
        expect(Math.abs(risk.var95 - exact.var95), `${asset} VaR95 ${risk.var95} vs ${exact.var95}`).toBeLessThan(tolVar);
        // Each tail path is read at its bin's midpoint: half a bin, one at most with the edge path.
        const tolCvar = width * Math.exp(Math.max(exact.q05, 0) + width) + underflowError;
        expect(Math.abs(risk.cvar95 - exact.cvar95), `${asset} CVaR95 ${risk.cvar95} vs ${exact.cvar95}`).toBeLessThan(tolCvar);
        expect(risk.cvar95, asset).toBeGreaterThan(risk.var95 - tolVar);
        const tolMedian = (12 / M) * 2 * width * Math.exp(Math.max(0, (exact.q50 + 2 * width) * 12 / M));
        expect(Math.abs(risk.medianAnnualized - exact.medianAnnualized), `${asset} median ${risk.medianAnnualized} vs ${exact.medianAnnualized}`).toBeLessThan(tolMedian);
        // The mean comes from exact sums of fastExp (≤ 4 ulp each) instead of Math.exp.
        expect(Math.abs(risk.meanAnnualized - exact.meanAnnualized), asset).toBeLessThan(1e-9);
        expect(risk.probLoss.value, asset).toBe(exact.probLoss);
        expect(risk.probBeat.value, asset).toBe(exact.probBeat);
        expect(risk.probDrawdown.value, asset).toBe(exact.probDrawdown);
        expect(risk.probLoss.se, asset).toBeCloseTo(Math.sqrt((exact.probLoss * (1 - exact.probLoss)) / s.paths), 15);
        expect(Math.abs(risk.medianMaxDrawdown - exact.medianMaxDrawdown), asset).toBeLessThanOrEqual(2 / DRAWDOWN_BINS);
        // The figures are not degenerate here, so an exchanged pair would show.
        expect(exact.probLoss, asset).toBeGreaterThan(0.05);
        expect(exact.probBeat, asset).toBeGreaterThan(0.05);
        expect(exact.probBeat, asset).toBeLessThan(0.95);
        expect(exact.medianMaxDrawdown, asset).toBeGreaterThan(4 / DRAWDOWN_BINS);
      });
    });
  }
});
