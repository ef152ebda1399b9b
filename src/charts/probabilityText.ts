import type { Probability } from '../model/index.ts';

/** A probability with its 95% Monte Carlo margin, e.g. "34.2% ± 0.9". */
export function probabilityText(p: Probability): string {
  return `${(p.value * 100).toFixed(1)}% ± ${(1.96 * p.se * 100).toFixed(1)}`;
}
