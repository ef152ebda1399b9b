import type { QuantileKey } from '../model/index.ts';

/** One shaded band of a fan: between two quantiles, with its opacity step and legend label. */
export interface FanBand {
  lower: QuantileKey;
  upper: QuantileKey;
  label: string;
  /** Fill opacity; inner bands are darker so the bands read without relying on hue. */
  opacity: number;
}

/** The bands drawn, outermost first so inner bands paint on top. */
export const FAN_BANDS: readonly FanBand[] = [
  { lower: 'p5', upper: 'p95', label: '5–95%', opacity: 0.16 },
  { lower: 'p10', upper: 'p90', label: '10–90%', opacity: 0.24 },
  { lower: 'p25', upper: 'p75', label: '25–75%', opacity: 0.38 },
];

/** Quantiles listed in the crosshair tooltip, top to bottom. */
export const TOOLTIP_KEYS: readonly (QuantileKey | 'mean')[] = ['p95', 'p90', 'p75', 'p50', 'mean', 'p25', 'p10', 'p5'];

/** Human label of a quantile key ("95th", "median", "mean"). */
export function quantileLabel(key: QuantileKey | 'mean'): string {
  if (key === 'p50') return 'median';
  if (key === 'mean') return 'mean';
  return `${key.slice(1)}th`;
}
