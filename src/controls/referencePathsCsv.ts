import { csvTable } from '../export/csvTable.ts';
import type { ReferenceRow } from './referenceRows.ts';

/**
 * The reference-paths table as CSV: one row per meeting and per SEP year-end, with the user's rate,
 * the priced rate, the surprise (bp) and the SEP median (empty where there is none).
 */
export function referencePathsCsv(rows: readonly ReferenceRow[]): string {
  const header = ['date', 'kind', 'your_rate_pct', 'priced_rate_pct', 'surprise_bp', 'sep_median_pct'];
  return csvTable(
    header,
    rows.map((r) => [r.date, r.kind === 'sepYearEnd' ? 'sep_year_end' : 'meeting', r.user, r.priced, r.surpriseBp, r.sep]),
  );
}
