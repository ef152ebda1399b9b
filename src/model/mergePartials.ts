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
    // The first part's integer counts are copied, not added to zeros (the same bits): the histograms
    // are most of a partial (~7 MB at 120 months), and a preview's summary merges just one part.
    counts: first.counts.slice(),
    sums: new Float64Array(first.sums.length),
    riskCounts: new Float64Array(first.riskCounts.length),
    drawdownCounts: first.drawdownCounts.slice(),
  };
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    if (p.months !== first.months || p.counts.length !== first.counts.length) {
      throw new Error('mergePartials: the partials come from different scenarios.');
    }
    merged.paths += p.paths;
    merged.chunks += p.chunks;
    if (j > 0) for (let i = 0; i < p.counts.length; i++) merged.counts[i] += p.counts[i];
    mergeExact(merged.sums, p.sums);
    for (let i = 0; i < p.riskCounts.length; i++) merged.riskCounts[i] += p.riskCounts[i];
    if (j > 0) for (let i = 0; i < p.drawdownCounts.length; i++) merged.drawdownCounts[i] += p.drawdownCounts[i];
  }
  return merged;
}
