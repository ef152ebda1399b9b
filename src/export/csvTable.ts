import { csvFormatRow } from 'd3';

/** A CSV cell as d3-dsv writes it: null (and, here, a non-finite number) is an empty field. */
type CsvCell = string | number | null;

/**
 * A CSV document per RFC 4180, written by d3-dsv: a header line, then one line per row, each ended
 * by CRLF (d3 joins rows with LF, so lines are joined here). Numbers are written at full precision
 * (shortest round-trip); NaN and ±Infinity, which d3 would spell out, become empty fields.
 */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [csvFormatRow([...header])];
  for (const row of rows) lines.push(csvFormatRow(row.map(finiteOrEmpty)));
  return lines.join('\r\n') + '\r\n';
}

function finiteOrEmpty(value: CsvCell): string | number | null {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
