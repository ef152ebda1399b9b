/** How the meeting bars are laid out: how many per row, how many rows. */
export interface BarRows {
  perRow: number;
  rows: number;
}

/**
 * Rows for `count` bars in `available` px, each at least `minStep` px wide: one row when they fit,
 * else up to `maxRows` rows of equal length (16 meetings in two rows are one year each); past
 * that the rows are longer than the width and scroll sideways.
 */
export function barRows(count: number, available: number, minStep: number, maxRows: number): BarRows {
  const fit = Math.max(1, Math.floor(available / minStep));
  if (count <= fit) return { perRow: Math.max(1, count), rows: 1 };
  const rows = Math.min(maxRows, Math.ceil(count / fit));
  return { perRow: Math.ceil(count / rows), rows };
}
