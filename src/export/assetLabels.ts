import type { Asset } from '../model/summary.ts';

/** The plain name of each priced asset, as a reader of an exported file knows it. */
export const ASSET_LABELS: Record<Asset, string> = {
  smallCap: 'Russell 2000',
  largeCap: 'S&P 500',
  bitcoin: 'Bitcoin',
};
