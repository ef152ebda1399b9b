import { curveStepAfter, line } from 'd3';
import type { RatePoint } from './policyPath.ts';

/** The SVG path of a step line through `points` (the rate holds until the next point). */
export function stepLine(
  points: readonly RatePoint[],
  x: (month: number) => number,
  y: (rate: number) => number,
): string {
  return (
    line<RatePoint>()
      .x((p) => x(p.month))
      .y((p) => y(p.rate))
      .curve(curveStepAfter)(points) ?? ''
  );
}
