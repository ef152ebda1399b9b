import { mergeExact } from './exactSum.ts';
import type { SimulationPartial } from './simulationPartial.ts';

/**
 * Merges partials of disjoint chunk ranges of the same scenario, in any grouping or order: counts
 * are integers and sums are exact limbs, so the result has the same bits as a single run.
 */
export function mergePartials(parts: SimulationPartial[]): SimulationPartial {
  if (parts.length === 0) throw new Error('mergePartials needs at least one partial.');
  const first = parts[0];
  const merged: SimulationPartial = {
    months: first.months,
    paths: 0,
    chunks: 0,
    levels: Float64Array.from(first.levels),
    ranges: Float64Array.from(first.ranges),
    counts: new Uint32Array(first.counts.length),
    sums: new Float64Array(first.sums.length),
    riskCounts: new Float64Array(first.riskCounts.length),
    drawdownCounts: new Uint32Array(first.drawdownCounts.length),
  };
  for (const p of parts) {
    if (p.months !== first.months || p.counts.length !== first.counts.length) {
      throw new Error('mergePartials: the partials come from different scenarios.');
    }
    merged.paths += p.paths;
    merged.chunks += p.chunks;
    for (let i = 0; i < p.counts.length; i++) merged.counts[i] += p.counts[i];
    mergeExact(merged.sums, p.sums);
    for (let i = 0; i < p.riskCounts.length; i++) merged.riskCounts[i] += p.riskCounts[i];
    for (let i = 0; i < p.drawdownCounts.length; i++) merged.drawdownCounts[i] += p.drawdownCounts[i];
  }
  return merged;
}
