import type { Scenario } from './scenario.ts';
import { exactValue, EXACT_LIMBS } from './exactSum.ts';
import { histogramCdfs, histogramExpSum, histogramQuantiles } from './histogramQuantiles.ts';
import { preparedFor } from './preparedFor.ts';
import { RANGE_SDS } from './seriesRanges.ts';
import {
  ATTRIBUTION_OFFSET, DRAWDOWN_BINS, HISTOGRAM_BINS, HORIZON_BINS, RISK_FIELDS, attributionIndex, histogramSlot, meanIndex,
  type SimulationPartial,
} from './simulationPartial.ts';
import {
  ASSETS, BITCOIN_CHANNELS, EQUITY_CHANNELS, QUANTILE_KEYS, QUANTILE_LEVELS, SERIES,
  type Asset, type AssetRisk, type Attribution, type Fan, type Histogram, type SeriesName, type Summary,
} from './summary.ts';

/** Bins of the terminal histograms handed to the charts. */
export const TERMINAL_BINS = 50;

/** Turns a (merged) partial into everything the charts draw (MODEL §3). */
export function summarize(scenario: Scenario, partial: SimulationPartial): Summary {
  const prepared = preparedFor(scenario);
  const months = partial.months;
  const n = Math.max(1, partial.paths);
  const fans = {} as Record<SeriesName, Fan>;
  const quantiles = new Float64Array(QUANTILE_LEVELS.length);
  SERIES.forEach((name, s) => {
    const fan = { mean: new Float64Array(months + 1) } as Fan;
    for (const key of QUANTILE_KEYS) fan[key] = new Float64Array(months + 1);
    const level = partial.levels[s];
    const toDisplay = s <= 3 ? (q: number) => level * Math.exp(q) : (q: number) => q * 100;
    for (let m = 0; m <= months; m++) {
      if (m === 0) {
        for (const key of QUANTILE_KEYS) fan[key][0] = level;
        fan.mean[0] = level;
        continue;
      }
      const slot = histogramSlot(partial, s, m);
      histogramQuantiles(partial.counts, slot, QUANTILE_LEVELS, quantiles);
      QUANTILE_KEYS.forEach((key, k) => (fan[key][m] = toDisplay(quantiles[k])));
      // Prices before the horizon: the kernel summed the levels of the paths outside the histogram's
      // range only; the binned paths' come from the counts. At the horizon, and for rates, every path's.
      const binned = s <= 3 && m < months ? histogramExpSum(partial.counts, slot) : 0;
      const sum = (exactValue(partial.sums, meanIndex(months, s, m) * EXACT_LIMBS) + binned) / n;
      fan.mean[m] = s <= 3 ? level * sum : sum * 100;
    }
    fans[name] = fan;
  });

  const terminal = {} as Record<Asset | 'relative', Histogram>;
  for (const name of [...ASSETS, 'relative'] as const) terminal[name] = terminalHistogram(partial, SERIES.indexOf(name));

  const risk = {} as Record<Asset, AssetRisk>;
  ASSETS.forEach((asset, a) => (risk[asset] = assetRisk(partial, a, fans, asset)));

  const base = attributionIndex(months);
  const attribution = {} as Record<Asset, Attribution>;
  ASSETS.forEach((asset) => {
    const off = ATTRIBUTION_OFFSET[asset];
    const names = asset === 'bitcoin' ? BITCOIN_CHANNELS : EQUITY_CHANNELS;
    const channels: Attribution['channels'] = {};
    names.forEach((channel, k) => {
      if (channel === 'dividends' && scenario.returnMode !== 'total') return;
      channels[channel] = exactValue(partial.sums, (base + off + k) * EXACT_LIMBS) / n;
    });
    attribution[asset] = { channels, total: exactValue(partial.sums, (base + off + names.length) * EXACT_LIMBS) / n };
  });

  const first = prepared.branches[0];
  return {
    months,
    paths: partial.paths,
    seed: scenario.seed,
    quantileMethod:
      `histogram: ${HISTOGRAM_BINS} bins per series and month (${HORIZON_BINS} at the horizon) over the model's mean ± ${RANGE_SDS} sd ` +
      '(log scale for prices), linear interpolation in the bin; measured error < 0.1% of the exact ' +
      'sorted quantile at 100,000 paths, far below the Monte Carlo error. Means: exact sums at the ' +
      'horizon and for rates; prices before the horizon from the bins (paths outside the range exact), ' +
      'within 0.1% of the exact mean (measured: 0.06% for bitcoin at 10 years, 10,000 paths)',
    fans,
    terminal,
    risk,
    attribution,
    diagnostics: {
      termPremium0: first.plan.termPremium0 * 100,
      residualVol: {
        smallCap: first.residuals.vol[0] * Math.sqrt(12) * 100,
        largeCap: first.residuals.vol[1] * Math.sqrt(12) * 100,
        bitcoin: first.residuals.vol[2] * Math.sqrt(12) * 100,
      },
      notices: [...prepared.notices],
    },
  };
}

/** Terminal simple returns binned evenly between the 0.5% and 99.5% quantiles, tails folded into the end bins. */
function terminalHistogram(partial: SimulationPartial, s: number): Histogram {
  const slot = histogramSlot(partial, s, partial.months);
  const q = new Float64Array(2);
  histogramQuantiles(partial.counts, slot, [0.005, 0.995], q);
  const from = Math.expm1(q[0]);
  let to = Math.expm1(q[1]);
  if (!(to > from)) to = from + 1e-6;
  const edges = new Float64Array(TERMINAL_BINS + 1);
  for (let k = 0; k <= TERMINAL_BINS; k++) edges[k] = from + ((to - from) * k) / TERMINAL_BINS;
  const cdfs = new Float64Array(TERMINAL_BINS - 1);
  for (let k = 1; k < TERMINAL_BINS; k++) cdfs[k - 1] = Math.log1p(edges[k]);
  histogramCdfs(partial.counts, slot, cdfs);
  const density = new Float64Array(TERMINAL_BINS);
  let previous = 0;
  for (let k = 1; k <= TERMINAL_BINS; k++) {
    const cdf = k === TERMINAL_BINS ? 1 : cdfs[k - 1];
    density[k - 1] = Math.max(0, cdf - previous);
    previous = Math.max(previous, cdf);
  }
  return { edges, density };
}

function assetRisk(partial: SimulationPartial, a: number, fans: Record<SeriesName, Fan>, asset: Asset): AssetRisk {
  const n = Math.max(1, partial.paths);
  const months = partial.months;
  const prob = (count: number) => {
    const value = count / n;
    return { value, se: Math.sqrt((value * (1 - value)) / n) };
  };
  const slot = histogramSlot(partial, a, months);
  const { offset, bins, lo, hi } = slot;
  const q = new Float64Array(2);
  histogramQuantiles(partial.counts, slot, [0.05, 0.5], q);
  const width = (hi - lo) / bins;
  // CVaR: average simple return of the worst 5%, each bin's paths at its midpoint.
  const tail = 0.05 * n;
  let mass = Math.min(partial.counts[offset], tail);
  let shortfall = mass * Math.expm1(lo);
  for (let j = 0; j < bins && mass < tail; j++) {
    const take = Math.min(partial.counts[offset + 1 + j], tail - mass);
    shortfall += take * Math.expm1(lo + width * (j + 0.5));
    mass += take;
  }
  if (mass < tail) shortfall += (tail - mass) * Math.expm1(hi);
  const dd = partial.drawdownCounts;
  let cum = 0;
  let medianDrawdown = 1;
  for (let j = 0; j < DRAWDOWN_BINS; j++) {
    const c = dd[a * DRAWDOWN_BINS + j];
    if (cum + c >= n / 2 && c > 0) {
      medianDrawdown = (j + (n / 2 - cum) / c) / DRAWDOWN_BINS;
      break;
    }
    cum += c;
  }
  const level = partial.levels[a];
  const meanRatio = fans[asset].mean[months] / level;
  return {
    probLoss: prob(partial.riskCounts[a * RISK_FIELDS]),
    probBeat: prob(partial.riskCounts[a * RISK_FIELDS + 1]),
    drawdownThreshold: a === 2 ? 0.5 : 0.2,
    probDrawdown: prob(partial.riskCounts[a * RISK_FIELDS + 2]),
    medianMaxDrawdown: medianDrawdown,
    var95: -Math.expm1(q[0]),
    cvar95: -shortfall / tail,
    medianAnnualized: Math.expm1((q[1] * 12) / months),
    meanAnnualized: Math.pow(meanRatio, 12 / months) - 1,
  };
}
