import type { Histogram } from '../model/index.ts';
import { signedPercent } from './formats.ts';

/**
 * The returns bin `i` of a terminal histogram holds, as read: "−10.0% to 0.0%". The end bins also
 * hold the tails beyond them (the paths past the 0.5% and 99.5% quantiles are folded in), so the
 * first reads "−45.0% or less" and the last "+120.0% or more".
 */
export function binRange(histogram: Histogram, i: number): string {
  const { edges, density } = histogram;
  const last = density.length - 1;
  if (last > 0 && i === 0) return `${signedPercent(edges[1]!)} or less`;
  if (last > 0 && i === last) return `${signedPercent(edges[last]!)} or more`;
  return `${signedPercent(edges[i]!)} to ${signedPercent(edges[i + 1]!)}`;
}
