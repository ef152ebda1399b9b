import type { DataTable } from '../charts/dataTableRows.ts';
import { signedPercent } from '../charts/formats.ts';
import { csvTable } from '../export/csvTable.ts';
import type { LadderAxis, LadderRung } from './ladderGrid.ts';
import { medianSe } from './medianSe.ts';
import type { ScenarioDigest } from './scenarioDigest.ts';

/** A value with its Monte Carlo standard error. */
export interface Estimate {
  value: number;
  se: number;
}

/** One rung's result: the odds small caps win and both indices' median return, each with its SE. */
export interface LadderPoint {
  axis: LadderAxis;
  step: number;
  paths: number;
  odds: Estimate;
  smallMedian: Estimate;
  largeMedian: Estimate;
}

/** Joins the rungs with their digests (rungs not yet computed are left out). */
export function ladderPoints(rungs: readonly LadderRung[], digests: readonly (ScenarioDigest | null)[]): LadderPoint[] {
  const points: LadderPoint[] = [];
  rungs.forEach((rung, i) => {
    const d = digests[i];
    if (!d) return;
    const median = (b: ScenarioDigest['bands']['smallCap']): Estimate => ({ value: b.p50, se: medianSe(b.p25, b.p75, d.paths) });
    points.push({
      axis: rung.axis,
      step: rung.step,
      paths: d.paths,
      odds: d.probSmallBeats,
      smallMedian: median(d.bands.smallCap),
      largeMedian: median(d.bands.largeCap),
    });
  });
  return points;
}

/** How a rung is named: "2 extra cuts", "no change", "+50 bp on the 10-year". */
export function stepLabel(axis: LadderAxis, step: number): string {
  if (step === 0) return axis === 'moves' ? 'the path as set' : 'the 10-year as set';
  if (axis === 'tenYear') return `${step > 0 ? '+' : '−'}${Math.abs(step)} bp on the 10-year`;
  const n = Math.abs(step);
  return `${n} extra ${step < 0 ? 'cut' : 'hike'}${n === 1 ? '' : 's'}`;
}

/** A short tick label: "−4" … "+4" moves, "−100" … "+100" bp; 0 is "now". */
export function stepTick(step: number): string {
  return step === 0 ? 'now' : `${step > 0 ? '+' : '−'}${Math.abs(step)}`;
}

/** The ladder as a "Show data" table. */
export function ladderTable(points: readonly LadderPoint[]): DataTable {
  return {
    columns: ['What changes', 'P(small beats large)', 'Russell 2000 median', 'S&P 500 median', 'Paths'],
    rows: points.map((p) => ({
      header: stepLabel(p.axis, p.step),
      cells: [
        `${(p.odds.value * 100).toFixed(1)}% ± ${(1.96 * p.odds.se * 100).toFixed(1)}`,
        signedPercent(p.smallMedian.value),
        signedPercent(p.largeMedian.value),
        p.paths.toLocaleString('en-US'),
      ],
    })),
  };
}

/** The ladder as CSV. */
export function ladderCsv(points: readonly LadderPoint[]): string {
  return csvTable(
    ['axis', 'step', 'paths', 'p_small_beats_large', 'p_se', 'small_cap_median', 'small_cap_median_se', 'large_cap_median', 'large_cap_median_se'],
    points.map((p) => [p.axis, p.step, p.paths, p.odds.value, p.odds.se, p.smallMedian.value, p.smallMedian.se, p.largeMedian.value, p.largeMedian.se]),
  );
}

/** In words: how the odds move from four extra cuts to four extra hikes, and from −100 to +100 bp on the 10-year. */
export function describeLadder(points: readonly LadderPoint[]): string[] {
  const at = (axis: LadderAxis, step: number) => points.find((p) => p.axis === axis && p.step === step);
  const pct = (p: LadderPoint) => `${(p.odds.value * 100).toFixed(0)}%`;
  const sentences: string[] = [];
  const now = at('moves', 0);
  const cuts = at('moves', -4);
  const hikes = at('moves', 4);
  if (now && cuts && hikes) {
    sentences.push(
      `As the scenario stands, the model gives small caps a ${pct(now)} chance of beating large caps. With four extra cuts it is ${pct(cuts)}; with four extra hikes, ${pct(hikes)}. The Russell 2000's median moves from ${signedPercent(cuts.smallMedian.value)} to ${signedPercent(hikes.smallMedian.value)}, the S&P 500's from ${signedPercent(cuts.largeMedian.value)} to ${signedPercent(hikes.largeMedian.value)}.`,
    );
  }
  const down = at('tenYear', -100);
  const up = at('tenYear', 100);
  if (down && up) {
    sentences.push(
      `A 10-year yield 100 bp lower gives small caps ${pct(down)}; 100 bp higher, ${pct(up)}. Medians: Russell 2000 ${signedPercent(down.smallMedian.value)} to ${signedPercent(up.smallMedian.value)}, S&P 500 ${signedPercent(down.largeMedian.value)} to ${signedPercent(up.largeMedian.value)}.`,
    );
  }
  return sentences;
}
