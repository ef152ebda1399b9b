import { scaleLinear, scaleLog } from 'd3';
import type { Fan } from '../model/index.ts';
import { bandPath, linePath } from '../charts/fanPaths.ts';
import { fanExtent } from '../charts/fanExtent.ts';

/** A fan drawn as a sparkline: the 5–95% band and the median, as SVG path strings. */
export interface SparkPaths {
  band: string;
  median: string;
}

/**
 * The sparkline of a fan in a `width` × `height` box: months across, the fan's own extent up
 * (a log scale when `log`, for bitcoin), one pixel of inset so the strokes are not cut.
 */
export function sparkPaths(fan: Fan, width: number, height: number, log = false): SparkPaths {
  const months = fan.p50.length - 1;
  const [lo, hi] = fanExtent(fan);
  const x = scaleLinear().domain([0, Math.max(1, months)]).range([1, width - 1]);
  const y = (log && lo > 0 ? scaleLog() : scaleLinear()).domain([lo, hi > lo ? hi : lo + 1]).range([height - 1, 1]);
  return { band: bandPath(fan.p5, fan.p95, x, y), median: linePath(fan.p50, x, y) };
}
