import { ASSETS, BITCOIN_CHANNELS, EQUITY_CHANNELS, type Summary } from '../model/summary.ts';
import { additiveWhy } from '../charts/additiveWhy.ts';
import { channelText } from '../charts/channelText.ts';
import { signedLogPoints } from '../charts/signedLogPoints.ts';
import { ASSET_LABELS } from './assetLabels.ts';
import { csvTable } from './csvTable.ts';

/**
 * The attribution as CSV with the Why panel's names and figures: per asset one row per bar of its
 * waterfall, then the total. `Shown` is the bar's text (log points, e.g. "+11.9"), `Log points` the
 * same figure as a number (rounded so the bars add up to the total, as on screen), and the last
 * column the mean contribution at full precision (log points; 5 = a log return of 0.05).
 */
export function attributionCsv(summary: Summary): string {
  const header = ['Asset', 'Channel', 'Shown', 'Log points', 'Log points (full precision)'];
  const rows: (string | number)[][] = [];
  for (const asset of ASSETS) {
    const attribution = summary.attribution[asset];
    if (!attribution) continue;
    const why = additiveWhy(attribution.channels, asset === 'bitcoin' ? BITCOIN_CHANNELS : EQUITY_CHANNELS, attribution.total);
    for (const step of why.steps) {
      rows.push([ASSET_LABELS[asset], channelText(step.channel).label, signedLogPoints(step.shown, why.digits), step.shown, step.value]);
    }
    rows.push([ASSET_LABELS[asset], 'Total', signedLogPoints(why.shownTotal, why.digits), why.shownTotal, why.total]);
  }
  return csvTable(header, rows);
}
