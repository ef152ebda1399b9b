import { csvFormatRow } from 'd3';

/** A CSV cell: null and a non-finite number are written as an empty field. */
type CsvCell = string | number | null;

/**
 * A CSV document per RFC 4180, written by d3-dsv: a header line, then one line per row, each ended
 * by CRLF (d3 joins rows with LF, so lines are joined here). Numbers are written at full precision
 * (shortest round-trip); NaN and ±Infinity, which d3 would spell out, become empty fields.
 */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [csvFormatRow([...header])];
  for (const row of rows) lines.push(csvFormatRow(row.map(cellText)));
  return lines.join('\r\n') + '\r\n';
}

/** The cell's text before d3 quotes it: numbers as `String(n)` (d3 would write `n + ""`, the same). */
function cellText(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
}
