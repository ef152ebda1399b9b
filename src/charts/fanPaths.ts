import { area, curveStepAfter, line } from 'd3';

/** The SVG path of the band between `lower` and `upper` (arrays indexed by month). */
export function bandPath(
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  x: (month: number) => number,
  y: (value: number) => number,
): string {
  const months = Array.from({ length: Math.min(lower.length, upper.length) }, (_, m) => m);
  return (
    area<number>()
      .x((m) => x(m))
      .y0((m) => y(lower[m]))
      .y1((m) => y(upper[m]))(months) ?? ''
  );
}

/** The SVG path of a line through `values` (indexed by month). */
export function linePath(
  values: ArrayLike<number>,
  x: (month: number) => number,
  y: (value: number) => number,
): string {
  const months = Array.from({ length: values.length }, (_, m) => m);
  return (
    line<number>()
      .defined((m) => Number.isFinite(values[m]))
      .x((m) => x(m))
      .y((m) => y(values[m]))(months) ?? ''
  );
}

/** One corner of a step line: `value` holds from `month` until the next corner. */
export interface StepPoint {
  month: number;
  value: number;
}

/** The SVG path of a step line (e.g. the announced policy path). */
export function stepPath(
  points: readonly StepPoint[],
  x: (month: number) => number,
  y: (value: number) => number,
): string {
  return (
    line<StepPoint>()
      .x((p) => x(p.month))
      .y((p) => y(p.value))
      .curve(curveStepAfter)(points) ?? ''
  );
}
