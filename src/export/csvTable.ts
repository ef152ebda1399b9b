import { csvField } from './csvField.ts';

/** A CSV document per RFC 4180: a header line, then one line per row, each ended by CRLF. */
export function csvTable(header: readonly string[], rows: Iterable<readonly (string | number | null)[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}
