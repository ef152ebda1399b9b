import type { Fan, Histogram } from '../model/index.ts';
import { binRange } from './binRange.ts';
import { TOOLTIP_KEYS, quantileLabel } from './fanBands.ts';
import type { ValueFormat } from './formats.ts';

/** A table for a chart's "Show data" view: column headings and rows whose first cell is the row heading. */
export interface DataTable {
  /** Headings of every column, the row-heading column first. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

/** Months shown in a fan's table: every 3 months up to 3 years, every 6 up to 6, then yearly; always the last. */
export function fanTableMonths(months: number): number[] {
  const step = months <= 36 ? 3 : months <= 72 ? 6 : 12;
  const shown: number[] = [];
  for (let m = 0; m < months; m += step) shown.push(m);
  shown.push(months);
  return shown;
}

/** The fan's quantiles and mean at the months of `fanTableMonths`, highest quantile first as in the tooltip. */
export function fanTable(fan: Fan, format: ValueFormat, monthLabel: (month: number) => string): DataTable {
  return {
    columns: ['Month', ...TOOLTIP_KEYS.map(quantileLabel)],
    rows: fanTableMonths(fan.p50.length - 1).map((m) => ({
      header: monthLabel(m),
      cells: TOOLTIP_KEYS.map((key) => format(fan[key][m])),
    })),
  };
}

/** One row per histogram bin: the return range and the share of paths in it. */
export function histogramTable(histogram: Histogram): DataTable {
  return {
    columns: ['Return', 'Share of paths'],
    rows: Array.from(histogram.density, (d, i) => ({
      header: binRange(histogram, i),
      cells: [`${(d * 100).toFixed(1)}%`],
    })),
  };
}
