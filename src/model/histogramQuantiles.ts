import type { HistogramSlot } from './simulationPartial.ts';

/**
 * Quantiles (ascending probabilities) of one series-month from its histogram at
 * `counts[offset … offset+bins+2)`: one cumulative scan, linear interpolation inside the bin; the
 * underflow slot is read as mass at `lo` (exact for the policy rate's lower bound), the overflow
 * slot as mass at `hi`. Writes internal-unit values to `out[outOffset + k]`.
 */
export function histogramQuantiles(
  counts: Uint32Array, slot: HistogramSlot, probabilities: readonly number[], out: Float64Array, outOffset = 0,
): void {
  const { offset, bins: NB, lo, hi } = slot;
  let total = 0;
  for (let j = 0; j < NB + 2; j++) total += counts[offset + j];
  const width = (hi - lo) / NB;
  let k = 0;
  let cum = counts[offset];
  while (k < probabilities.length && probabilities[k] * total <= cum) out[outOffset + k++] = lo;
  for (let j = 0; j < NB && k < probabilities.length; j++) {
    const c = counts[offset + 1 + j];
    while (k < probabilities.length && probabilities[k] * total <= cum + c) {
      const frac = c > 0 ? (probabilities[k] * total - cum) / c : 0;
      out[outOffset + k++] = lo + width * (j + frac);
    }
    cum += c;
  }
  while (k < probabilities.length) out[outOffset + k++] = hi;
}

/** Share of one series-month's paths at or below `value` (internal units), read off the histogram. */
export function histogramCdf(counts: Uint32Array, slot: HistogramSlot, value: number): number {
  const values = Float64Array.of(value);
  histogramCdfs(counts, slot, values);
  return values[0];
}

/**
 * histogramCdf at several ascending values in one scan: replaces each of `values` (internal units)
 * with the share of the series-month's paths at or below it.
 */
export function histogramCdfs(counts: Uint32Array, slot: HistogramSlot, values: Float64Array): void {
  const { offset, bins: NB, lo, hi } = slot;
  let total = 0;
  for (let j = 0; j < NB + 2; j++) total += counts[offset + j];
  let cum = counts[offset];
  let whole = 0; // bins 0 … whole − 1 are in cum
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (total === 0 || value < lo) {
      values[k] = 0;
      continue;
    }
    if (value >= hi) {
      values[k] = 1;
      continue;
    }
    const t = ((value - lo) / (hi - lo)) * NB;
    const bin = Math.min(NB - 1, Math.floor(t));
    for (; whole < bin; whole++) cum += counts[offset + 1 + whole];
    values[k] = (cum + (t - bin) * counts[offset + 1 + bin]) / total;
  }
}

/**
 * Σ exp(x) over the paths inside one series-month's histogram range (the slot's bins, not its
 * underflow or overflow), each bin's paths taken as spread evenly over the bin: c·(e^b − e^a)/w for
 * a bin [a, b) of width w. Prices are binned as logs, so this is the binned paths' share of the sum
 * of levels; with the exact sums of the paths outside the range it gives the mean.
 */
export function histogramExpSum(counts: Uint32Array, slot: HistogramSlot): number {
  const { offset, bins, lo, hi } = slot;
  const width = (hi - lo) / bins;
  const step = Math.exp(width);
  // e^a·(e^w − 1)/w for the first bin; each next bin's is e^w times the last (1,024 products drift < 1e-13).
  let binMean = Math.exp(lo) * (width > 0 ? Math.expm1(width) / width : 1);
  let sum = 0;
  for (let j = 1; j <= bins; j++) {
    sum += counts[offset + j] * binMean;
    binMean *= step;
  }
  return sum;
}
