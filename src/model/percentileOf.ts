import { histogramCdf } from './histogramQuantiles.ts';
import { histogramSlot, type SimulationPartial } from './simulationPartial.ts';
import { SERIES, type SeriesName } from './summary.ts';

/**
 * Where a realized value falls in the simulated distribution of a series at a month, as a
 * percentile 0–100 (e.g. to mark a history replay's outcome on the fan). `value` is in the series'
 * display unit: points or USD, 100-based for `relative`, percent for rates and inflation.
 */
export function percentileOf(partial: SimulationPartial, series: SeriesName, month: number, value: number): number {
  const s = SERIES.indexOf(series);
  const m = Math.max(0, Math.min(partial.months, Math.round(month)));
  const level = partial.levels[s];
  if (m === 0) return value < level ? 0 : value > level ? 100 : 50;
  const internal = s <= 3 ? (value > 0 ? Math.log(value / level) : -Infinity) : value / 100;
  const cdf = histogramCdf(partial.counts, histogramSlot(partial, s, m), internal);
  return 100 * cdf;
}
