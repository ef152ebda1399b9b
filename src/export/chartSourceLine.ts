import { formatCount } from './formatCount.ts';

/**
 * The source line printed under an exported chart: "Rotation Lab simulation · seed N · N paths ·
 * scenario, not a forecast"; takes a Scenario or a Summary.
 */
export function chartSourceLine(run: { seed: number; paths: number }): string {
  return `Rotation Lab simulation · seed ${run.seed} · ${formatCount(run.paths)} paths · scenario, not a forecast`;
}
