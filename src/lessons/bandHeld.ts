/** True when a realized outcome's percentile lies inside the fan's 5–95% band (both ends count as inside). */
export function bandHeld(percentile: number): boolean {
  return percentile >= 5 && percentile <= 95;
}
