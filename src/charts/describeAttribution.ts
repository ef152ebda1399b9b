import { signedPercent } from './formats.ts';

/** One bar of the Why panel: a channel's name and its contribution as a simple return. */
export interface AttributionRow {
  label: string;
  pct: number;
}

/**
 * A screen-reader summary of the attribution bars, every bar with its signed value in drawing
 * order, e.g. "Contributions to the S&P 500 return over 24 months (total +8.1%): Earnings growth
 * +10.2%, Debt costs −0.3%."
 */
export function describeAttribution(title: string, rows: readonly AttributionRow[], total: number, months: number): string {
  const bars = rows.map((r) => `${r.label} ${signedPercent(r.pct)}`).join(', ');
  return `Contributions to the ${title} return over ${months} months (total ${signedPercent(total)}): ${bars}.`;
}
