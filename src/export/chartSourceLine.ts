import * as model from '../model/index.ts';
import { formatCount } from './formatCount.ts';

/** The model's version when its public API names one (MODEL_VERSION), else null. */
function modelVersion(): number | null {
  const version = (model as Record<string, unknown>).MODEL_VERSION;
  return typeof version === 'number' && Number.isFinite(version) ? version : null;
}

/**
 * The source line printed under an exported chart: "Rotation Lab model v2 · market data as of
 * 2025-12-11 · seed N · N paths · a scenario, not a forecast"; the only place an image names its seed.
 */
export function chartSourceLine(run: { seed: number; paths: number }, dataDate: string): string {
  const version = modelVersion();
  const parts = [
    version === null ? 'Rotation Lab model' : `Rotation Lab model v${version}`,
    `market data as of ${dataDate}`,
    `seed ${run.seed}`,
    `${formatCount(run.paths)} paths`,
    'a scenario, not a forecast',
  ];
  return parts.join(' · ');
}
