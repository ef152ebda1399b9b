import { EXACT_LIMBS } from './exactSum.ts';
import { SERIES, EQUITY_CHANNELS, BITCOIN_CHANNELS } from './summary.ts';

/**
 * Histogram bins per series and month before the horizon's last (plus one underflow and one
 * overflow slot): the fans' quantiles, measured within 0.1% of the exact ones (quantileAccuracy.test).
 */
export const HISTOGRAM_BINS = 1024;
/**
 * Bins per series at the horizon's last month, which the risk figures (VaR, CVaR, median), the
 * terminal histograms and the last fan point read: four times as fine, at the cost of one month.
 */
export const HORIZON_BINS = 4096;
/** Bins of the maximum-drawdown histograms on [0, 1]. */
export const DRAWDOWN_BINS = 2000;
/** Attribution accumulators: each asset's channels followed by its total log return. */
export const ATTRIBUTION_OFFSET = { smallCap: 0, largeCap: EQUITY_CHANNELS.length + 1, bitcoin: 2 * (EQUITY_CHANNELS.length + 1) } as const;
export const ATTRIBUTION_LENGTH = 2 * (EQUITY_CHANNELS.length + 1) + BITCOIN_CHANNELS.length + 1;
/** Risk counts per asset: terminal loss, beating the comparison asset, drawdown past the threshold. */
export const RISK_FIELDS = 3;

/**
 * What a run of some chunks leaves behind, ready to be merged with other chunks' partials and
 * summarized. Only numbers and typed arrays (structured-cloneable; the buffers are transferable),
 * and its size depends on months and branches, never on the number of paths.
 *
 * Prices are binned as log returns since month 0, `relative` as log(small/large) returns, rates
 * and inflation as decimals; floating sums are kept as exact integer limbs so any grouping of
 * chunks merges to the same bits.
 */
export interface SimulationPartial {
  months: number;
  /** Paths simulated in this partial. */
  paths: number;
  /** Chunks simulated in this partial. */
  chunks: number;
  /** Month-0 level of each series in its display unit (points, USD, 100, percent). */
  levels: Float64Array;
  /** Histogram range per series and month: `[(s*(months+1)+m)*2]` = lo, `+1` = hi, internal units. */
  ranges: Float64Array;
  /**
   * Counts per series and month, j = 0 under, last over: months before the horizon at
   * `[(s*months+m)*(HISTOGRAM_BINS+2) + j]`, then the horizon month's finer ones (see histogramSlot).
   */
  counts: Uint32Array;
  /** Exact sums (EXACT_LIMBS limbs each): per series and month the sum of levels (means), then attribution. */
  sums: Float64Array;
  /** Per asset the RISK_FIELDS counts. */
  riskCounts: Float64Array;
  /** Per asset a histogram of the maximum drawdown over the horizon on [0, 1]. */
  drawdownCounts: Uint32Array;
}

/** Index of a series-month's mean accumulator in `sums` (in accumulators, not limbs). */
export function meanIndex(months: number, series: number, month: number): number {
  return series * (months + 1) + month;
}

/** Index of the first attribution accumulator in `sums` (in accumulators, not limbs). */
export function attributionIndex(months: number): number {
  return SERIES.length * (months + 1);
}

/** Where one series-month's histogram sits in a partial's `counts`: first slot, bins and range. */
export interface HistogramSlot {
  offset: number;
  bins: number;
  lo: number;
  hi: number;
}

/** Bins of every series' histogram at month m (0 ≤ m ≤ months): finer at the horizon. */
export function histogramBins(months: number, m: number): number {
  return m < months ? HISTOGRAM_BINS : HORIZON_BINS;
}

/** Offset in `counts` of series s at month m (0 ≤ m ≤ months): the horizon month's slots come last. */
export function histogramOffset(months: number, s: number, m: number): number {
  const stride = HISTOGRAM_BINS + 2;
  return m < months ? (s * months + m) * stride : SERIES.length * months * stride + s * (HORIZON_BINS + 2);
}

/** Series s's histogram at month m of a partial. */
export function histogramSlot(partial: Pick<SimulationPartial, 'months' | 'ranges'>, s: number, m: number): HistogramSlot {
  const k = 2 * (s * (partial.months + 1) + m);
  return {
    offset: histogramOffset(partial.months, s, m),
    bins: histogramBins(partial.months, m),
    lo: partial.ranges[k],
    hi: partial.ranges[k + 1],
  };
}

/** An empty partial for a horizon, with the histogram ranges and month-0 levels it will use. */
export function emptyPartial(months: number, ranges: Float64Array, levels: Float64Array): SimulationPartial {
  const slots = SERIES.length * (months + 1);
  return {
    months,
    paths: 0,
    chunks: 0,
    levels: Float64Array.from(levels),
    ranges: Float64Array.from(ranges),
    counts: new Uint32Array(histogramOffset(months, SERIES.length, months)),
    sums: new Float64Array((slots + ATTRIBUTION_LENGTH) * EXACT_LIMBS),
    riskCounts: new Float64Array(3 * RISK_FIELDS),
    drawdownCounts: new Uint32Array(3 * DRAWDOWN_BINS),
  };
}

/** The buffers of a partial, to pass to comlink.transfer so they move to the UI thread without a copy. */
export function partialTransferables(p: SimulationPartial): ArrayBuffer[] {
  return [p.levels, p.ranges, p.counts, p.sums, p.riskCounts, p.drawdownCounts].map((a) => a.buffer as ArrayBuffer);
}
