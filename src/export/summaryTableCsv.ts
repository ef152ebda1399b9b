import { ASSETS, type Summary } from '../model/summary.ts';
import { RISK_ROWS } from '../charts/riskRows.ts';
import { ASSET_LABELS } from './assetLabels.ts';
import { csvTable } from './csvTable.ts';

/** z of a two-sided 95% interval. */
const Z95 = 1.96;

/** Rounds to one decimal, as the risk table shows percentages. */
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * The risk table as CSV, one row per figure on screen and asset, with the screen's own labels:
 * `Measure, Asset, Shown` (the cell's text, e.g. "−20.7%" or "34.6% ± 0.9"), the figure in percent
 * rounded as shown, a probability's ± margin in points, the full-precision fraction (losses
 * negative, as shown) and the run's horizon and paths.
 */
export function summaryTableCsv(summary: Summary): string {
  const header = ['Measure', 'Asset', 'Shown', 'Value (%)', '± 95% (points)', 'Value (fraction, full precision)', 'Months', 'Paths'];
  const rows: (string | number | null)[][] = [];
  for (const row of RISK_ROWS) {
    for (const asset of ASSETS) {
      const risk = summary.risk[asset];
      if (!risk) continue;
      const cell = row.cell(risk);
      const figure = row.fraction(risk);
      rows.push([
        row.label,
        ASSET_LABELS[asset],
        cell.margin ? `${cell.value} ${cell.margin}` : cell.value,
        oneDecimal(figure.value * 100),
        figure.se === undefined ? null : oneDecimal(Z95 * figure.se * 100),
        figure.value,
        summary.months,
        summary.paths,
      ]);
    }
  }
  return csvTable(header, rows);
}
