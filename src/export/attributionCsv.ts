import { ASSETS, BITCOIN_CHANNELS, EQUITY_CHANNELS, type Channel, type Summary } from '../model/summary.ts';
import { ASSET_LABELS } from './assetLabels.ts';
import { channelLabel } from './channelLabel.ts';
import { csvTable } from './csvTable.ts';

/**
 * The attribution as CSV: per asset one row per channel present, then a `total` row;
 * `contribution_log` is the mean contribution to the terminal log return (0.05 = 5 log points) and
 * `contribution_pct` the same in percent (× 100), so a column sums to its total.
 */
export function attributionCsv(summary: Summary): string {
  const header = ['asset', 'asset_label', 'channel', 'channel_label', 'contribution_log', 'contribution_pct'];
  const rows: (string | number)[][] = [];
  for (const asset of ASSETS) {
    const attribution = summary.attribution[asset];
    if (!attribution) continue;
    const channels: readonly Channel[] = asset === 'bitcoin' ? BITCOIN_CHANNELS : EQUITY_CHANNELS;
    for (const channel of channels) {
      const value = attribution.channels[channel];
      if (value === undefined) continue;
      rows.push([asset, ASSET_LABELS[asset], channel, channelLabel(asset, channel), value, value * 100]);
    }
    rows.push([asset, ASSET_LABELS[asset], 'total', 'Total (mean log return)', attribution.total, attribution.total * 100]);
  }
  return csvTable(header, rows);
}
