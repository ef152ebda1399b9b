import { ASSETS, type Asset, type Probability, type Summary } from '../model/summary.ts';
import { ASSET_LABELS } from './assetLabels.ts';
import { csvTable } from './csvTable.ts';

/** The asset each asset's P(beat) compares with (MODEL §3). */
const BEAT_COMPARISON: Record<Asset, Asset> = {
  smallCap: 'largeCap',
  largeCap: 'smallCap',
  bitcoin: 'largeCap',
};

/** z of a two-sided 95% interval. */
const Z95 = 1.96;

/**
 * The risk table as CSV, one row per asset; every figure is a fraction (0.05 = 5%), probabilities
 * come with their Monte Carlo 95% interval (±1.96·se, clipped to [0, 1]) and drawdowns and VaR are
 * positive losses.
 */
export function summaryTableCsv(summary: Summary): string {
  const header = [
    'asset',
    'asset_label',
    'median_annualized_return',
    'mean_annualized_return',
    'p_loss',
    'p_loss_low95',
    'p_loss_high95',
    'beat_vs',
    'p_beat',
    'p_beat_low95',
    'p_beat_high95',
    'drawdown_threshold',
    'p_drawdown',
    'p_drawdown_low95',
    'p_drawdown_high95',
    'median_max_drawdown',
    'var95',
    'cvar95',
    'paths',
    'months',
  ];
  const rows: (string | number)[][] = [];
  for (const asset of ASSETS) {
    const risk = summary.risk[asset];
    if (!risk) continue;
    rows.push([
      asset,
      ASSET_LABELS[asset],
      risk.medianAnnualized,
      risk.meanAnnualized,
      ...withInterval(risk.probLoss),
      BEAT_COMPARISON[asset],
      ...withInterval(risk.probBeat),
      risk.drawdownThreshold,
      ...withInterval(risk.probDrawdown),
      risk.medianMaxDrawdown,
      risk.var95,
      risk.cvar95,
      summary.paths,
      summary.months,
    ]);
  }
  return csvTable(header, rows);
}

function withInterval(p: Probability): [number, number, number] {
  return [p.value, Math.max(0, p.value - Z95 * p.se), Math.min(1, p.value + Z95 * p.se)];
}
