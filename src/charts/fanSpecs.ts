import type { Asset } from '../model/index.ts';
import { ASSET_TITLE } from './channelText.ts';
import { formatIndex, formatPoints, formatUsd, type ValueFormat } from './formats.ts';

/** How one price fan is titled, coloured and read, wherever it is drawn (full app or embed). */
export interface FanSpec {
  title: string;
  /** The subtitle in levels: the unit, or what 100 means. */
  unit: string;
  /** A CSS colour, from the theme's series variables. */
  color: string;
  format: ValueFormat;
  /** A log axis in levels. */
  log: boolean;
}

/** The fans of the three assets and of small vs large caps. */
export const FAN_SPECS: Record<Asset | 'relative', FanSpec> = {
  smallCap: { title: ASSET_TITLE.smallCap, unit: 'index points', color: 'var(--series-small)', format: formatPoints, log: false },
  largeCap: { title: ASSET_TITLE.largeCap, unit: 'index points', color: 'var(--series-large)', format: formatPoints, log: false },
  bitcoin: { title: ASSET_TITLE.bitcoin, unit: 'USD, log scale', color: 'var(--series-bitcoin)', format: formatUsd, log: true },
  relative: {
    title: 'Russell 2000 relative to S&P 500',
    unit: '100 = start; above 100, small caps are ahead',
    color: 'var(--series-relative)',
    format: formatIndex,
    log: false,
  },
};
