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
 * The number a figure reads ("−21.9%" → −21.9, "+11.9" → 11.9), to 0.1; `fallback` when it is not
 * a plain number (a compact "12.3k%").
 */
function shownNumber(text: string, fallback: number): number {
  const value = Number(text.replace('−', '-').replace(/[+%]/g, ''));
  return Number.isFinite(value) ? value : fallback;
}
/** B − A of two figures as shown, to 0.1, so it is the difference of what is read. */
const shownDifference = (a: string, b: string, fa: number, fb: number) => Math.round((shownNumber(b, fb) - shownNumber(a, fa)) * 10) / 10;

/** A level as written ("$90.3k", "2,733"): its number in the suffix's unit, decimals and suffix; null for any other form. */
function readLevel(text: string): { value: number; digits: number; suffix: string; prefix: string } | null {
  const match = /^(\$?)([\d,]+)(?:\.(\d+))?([kMBT]?)$/.exec(text);
  if (!match) return null;
  const [, prefix = '', whole = '', fraction = '', suffix = ''] = match;
  return { value: Number(`${whole.replaceAll(',', '')}.${fraction || '0'}`), digits: fraction.length, suffix, prefix };
}

/**
 * B − A of two levels in the unit and precision they are shown in: "$90.3k" and "$80.7k" differ by
 * "−$9.6k" (not "−$9,594"), "2,733" and "2,129" by "−604". Levels shown in different units (one past
 * a suffix's threshold) fall back to the difference of the values, in the asset's format.
 */
function levelDifference(a: number, b: number, format: (v: number) => string): string {
  const [ra, rb] = [readLevel(format(a)), readLevel(format(b))];
  if (!ra || !rb || ra.suffix !== rb.suffix || ra.prefix !== rb.prefix) {
    const diff = format(Math.abs(b - a));
    return diff === format(0) ? diff : `${b < a ? '−' : '+'}${diff}`;
  }
  const digits = Math.max(ra.digits, rb.digits);
  const diff = Number((rb.value - ra.value).toFixed(digits));
  const body = Math.abs(diff).toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
  if (diff === 0) return `${ra.prefix}0`;
  return `${diff < 0 ? '−' : '+'}${ra.prefix}${body}${ra.suffix}`;
}

/**
 * The texts of one row: levels in the asset's unit with a signed difference; returns, chances and
 * contributions in log points, as the Why bars show them; drawdowns shown as losses
 * (−12.3%), so B − A is negative when B's drawdown is deeper. B − A is the difference of the two
 * figures as shown, so a reader's own subtraction agrees with it.
 */
export function differenceText(row: DifferenceRow): DifferenceText {
  switch (row.kind) {
    case 'level': {
      const format = LEVEL[row.asset ?? 'largeCap'];
      return { a: format(row.a), b: format(row.b), diff: levelDifference(row.a, row.b, format) };
    }
    case 'probability': {
      const [a, b] = [percent(row.a), percent(row.b)];
      return { a, b, diff: signedPoints(shownDifference(a, b, row.a * 100, row.b * 100) / 100) };
    }
    case 'drawdown': {
      const [a, b] = [`−${percent(row.a)}`, `−${percent(row.b)}`];
      return { a, b, diff: signedPoints(shownDifference(a, b, -row.a * 100, -row.b * 100) / 100) };
    }
    case 'return': {
      const [a, b] = [signedPercent(row.a), signedPercent(row.b)];
      return { a, b, diff: signedPoints(shownDifference(a, b, row.a * 100, row.b * 100) / 100) };
    }
    case 'attribution': {
      const [a, b] = [signedLogPoints(row.a), signedLogPoints(row.b)];
      return { a, b, diff: signedLogPoints(shownDifference(a, b, row.a, row.b)) };
    }
  }
}
