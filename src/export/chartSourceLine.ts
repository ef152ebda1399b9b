import { MODEL_VERSION } from '../model/index.ts';
import { formatCount } from './formatCount.ts';

/**
 * The source line printed under an exported chart: "Rotation Lab model v2 · market data as of
 * 2025-12-11 · seed N · N paths · a scenario, not a forecast"; the only place an image names its seed.
 */
export function chartSourceLine(run: { seed: number; paths: number }, dataDate: string): string {
  const parts = [
    `Rotation Lab model v${MODEL_VERSION}`,
    `market data as of ${dataDate}`,
    `seed ${run.seed}`,
    `${formatCount(run.paths)} paths`,
    'a scenario, not a forecast',
  ];
  return parts.join(' · ');
}
