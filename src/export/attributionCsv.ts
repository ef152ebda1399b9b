import { ASSETS, BITCOIN_CHANNELS, EQUITY_CHANNELS, type Channel, type Summary } from '../model/summary.ts';
import { CHANNEL_TEXT } from '../charts/channelText.ts';
import { signedPercent } from '../charts/formats.ts';
import { ASSET_LABELS } from './assetLabels.ts';
import { csvTable } from './csvTable.ts';

/** Rounds to one decimal, as the Why bars show percentages. */
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The channels an attribution holds: the listed order first, then any the model added since. */
function channelsOf(listed: readonly Channel[], present: object): string[] {
  return [...listed, ...Object.keys(present).filter((c) => !listed.includes(c as Channel))].filter((c) => c in present);
}

/**
 * The attribution as CSV with the Why panel's names and figures: per asset one row per channel,
 * then the total; `Shown` is the bar's text ("+12.7%": the mean log contribution as a simple
 * return, expm1), `Contribution (%)` the same rounded as shown, and the last column the mean log
 * contribution at full precision (0.05 = 5 log points; these add up to the total).
 */
export function attributionCsv(summary: Summary): string {
  const header = ['Asset', 'Channel', 'Shown', 'Contribution (%)', 'Contribution (log return, full precision)'];
  const rows: (string | number)[][] = [];
  for (const asset of ASSETS) {
    const attribution = summary.attribution[asset];
    if (!attribution) continue;
    const channels = attribution.channels as Record<string, number | undefined>;
    for (const channel of channelsOf(asset === 'bitcoin' ? BITCOIN_CHANNELS : EQUITY_CHANNELS, channels)) {
      const value = channels[channel];
      if (value === undefined) continue;
      const label = (CHANNEL_TEXT as Record<string, { label: string } | undefined>)[channel]?.label ?? channel;
      rows.push([ASSET_LABELS[asset], label, signedPercent(Math.expm1(value)), oneDecimal(Math.expm1(value) * 100), value]);
    }
    const total = attribution.total;
    rows.push([ASSET_LABELS[asset], 'Total', signedPercent(Math.expm1(total)), oneDecimal(Math.expm1(total) * 100), total]);
  }
  return csvTable(header, rows);
}
