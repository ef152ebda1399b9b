import type { Asset } from '../model/index.ts';
import { formatPoints, formatUsd, percent, signedPercent } from '../charts/formats.ts';
import { signedLogPoints } from '../charts/signedLogPoints.ts';
import type { DifferenceRow } from './differenceRows.ts';

/** A difference-table row as shown: A, B and B − A, rounded the way the rest of the app rounds. */
export interface DifferenceText {
  a: string;
  b: string;
  diff: string;
}

const LEVEL: Record<Asset, (v: number) => string> = { smallCap: formatPoints, largeCap: formatPoints, bitcoin: formatUsd };

/** A change in percentage points with a true minus sign, e.g. "+3.2 pp", "−0.4 pp", "0.0 pp". */
export function signedPoints(fraction: number, digits = 1): string {
  const text = (Math.abs(fraction) * 100).toFixed(digits);
  if (Number(text) === 0) return `${(0).toFixed(digits)} pp`;
  return `${fraction < 0 ? '−' : '+'}${text} pp`;
}

/**
 * The texts of one row: levels in the asset's unit with a signed difference; returns, chances and
 * contributions in log points, as the Why bars show them; drawdowns shown as losses
 * (−12.3%), so B − A is negative when B's drawdown is deeper.
 */
export function differenceText(row: DifferenceRow): DifferenceText {
  switch (row.kind) {
    case 'level': {
      const format = LEVEL[row.asset ?? 'largeCap'];
      const diff = format(Math.abs(row.diff));
      return { a: format(row.a), b: format(row.b), diff: diff === format(0) ? diff : `${row.diff < 0 ? '−' : '+'}${diff}` };
    }
    case 'probability':
      return { a: percent(row.a), b: percent(row.b), diff: signedPoints(row.diff) };
    case 'drawdown':
      return { a: `−${percent(row.a)}`, b: `−${percent(row.b)}`, diff: signedPoints(-row.diff) };
    case 'return':
      return { a: signedPercent(row.a), b: signedPercent(row.b), diff: signedPoints(row.diff) };
    case 'attribution':
      return { a: signedLogPoints(row.a), b: signedLogPoints(row.b), diff: signedLogPoints(row.diff) };
  }
}
