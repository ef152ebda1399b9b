import { ASSETS, BITCOIN_CHANNELS, EQUITY_CHANNELS, type Asset, type Channel, type Summary } from '../model/index.ts';

/** How a row's figures are written: a level in the asset's unit, or a fraction shown as a percent. */
export type DifferenceKind = 'level' | 'return' | 'probability' | 'drawdown' | 'attribution';

/** One line of the A/B difference table. */
export interface DifferenceRow {
  /** Stable key, e.g. `smallCap:medianLevel` or `largeCap:channel:financing`. */
  key: string;
  /** The asset the row is about, or null for a cross-asset figure. */
  asset: Asset | null;
  /** What is measured, e.g. "Median level at the horizon". */
  measure: string;
  kind: DifferenceKind;
  a: number;
  b: number;
  /** B − A, in the row's own unit (points, or fractions for percentages). */
  diff: number;
}

/**
 * The rows of the compare table for pinned summary `a` and current summary `b`: per asset the median
 * terminal level, the median annualized return (as in the risk table), the median maximum drawdown
 * and each attribution channel (in log points, like the Why bars), plus the probability that small
 * caps beat large caps; each with B − A.
 */
export function differenceRows(a: Summary, b: Summary): DifferenceRow[] {
  const rows: DifferenceRow[] = [];
  const push = (key: string, asset: Asset | null, measure: string, kind: DifferenceKind, va: number, vb: number) =>
    rows.push({ key, asset, measure, kind, a: va, b: vb, diff: vb - va });
  push(
    'smallBeatsLarge',
    null,
    'Chance small caps beat large caps',
    'probability',
    a.risk.smallCap.probBeat.value,
    b.risk.smallCap.probBeat.value,
  );
  for (const asset of ASSETS) {
    push(`${asset}:medianLevel`, asset, 'Median level at the horizon', 'level', terminalMedian(a, asset), terminalMedian(b, asset));
    // Annualized, as the risk table below the fans shows it.
    push(`${asset}:medianReturn`, asset, 'Median return, annualized', 'return', a.risk[asset].medianAnnualized, b.risk[asset].medianAnnualized);
    push(`${asset}:drawdown`, asset, 'Median worst drawdown', 'drawdown', a.risk[asset].medianMaxDrawdown, b.risk[asset].medianMaxDrawdown);
    const channels: readonly Channel[] = asset === 'bitcoin' ? BITCOIN_CHANNELS : EQUITY_CHANNELS;
    for (const channel of channels) {
      const ca = a.attribution[asset].channels[channel];
      const cb = b.attribution[asset].channels[channel];
      if (ca === undefined && cb === undefined) continue;
      // Shown as the Why bars show them: in log points (100 × the mean log contribution).
      push(`${asset}:channel:${channel}`, asset, channel, 'attribution', 100 * (ca ?? 0), 100 * (cb ?? 0));
    }
  }
  return rows;
}

function terminalMedian(summary: Summary, asset: Asset): number {
  return summary.fans[asset].p50[summary.months];
}
