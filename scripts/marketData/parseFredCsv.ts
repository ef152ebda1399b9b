/** One observation of a FRED series; `value` is null where FRED has no value (a holiday, a gap). */
export interface Observation {
  date: string;
  value: number | null;
}

/** A parsed FRED series, or why the text is not one. */
export type ParsedSeries =
  | { ok: true; id: string; observations: Observation[]; fixture: boolean }
  | { ok: false; id: string; reason: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** Lines starting with this mark a hand-written test fixture; FRED itself never writes comments. */
export const FIXTURE_MARK = '# TEST FIXTURE';

/**
 * Parses the CSV of FRED's graph endpoint (fredgraph.csv?id=SERIES): a header
 * `observation_date,SERIES` (older files: `DATE,SERIES`), then one `YYYY-MM-DD,value` line per
 * observation in increasing date order, a missing value written as `.` or left empty. Anything
 * else (an HTML error page, a cut-off line, a wrong series, no observations) is refused with a reason.
 */
export function parseFredCsv(text: string, id: string): ParsedSeries {
  const fail = (reason: string): ParsedSeries => ({ ok: false, id, reason });
  const trimmed = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(trimmed)) return fail('not a CSV: the response is an HTML page (an error page or a block)');
  const lines = trimmed.split(/\r?\n/);
  const fixture = lines.some((line) => line.startsWith(FIXTURE_MARK));
  const rows = lines.map((line, i) => ({ line: line.trim(), number: i + 1 })).filter((r) => r.line !== '' && !r.line.startsWith('#'));
  if (rows.length === 0) return fail('empty response');
  const header = rows[0].line.split(',');
  if (header.length !== 2 || !/^(observation_date|DATE)$/i.test(header[0])) {
    return fail(`line ${rows[0].number}: expected the header "observation_date,${id}", got "${rows[0].line.slice(0, 60)}"`);
  }
  if (header[1] !== id) return fail(`line ${rows[0].number}: the file holds series ${header[1]}, not ${id}`);
  const observations: Observation[] = [];
  for (const { line, number } of rows.slice(1)) {
    const fields = line.split(',');
    if (fields.length !== 2) return fail(`line ${number}: "${line}" has ${fields.length} field${fields.length === 1 ? "" : "s"}, expected 2 (a cut-off download?)`);
    const [date, raw] = fields;
    if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      return fail(`line ${number}: "${date}" is not a date YYYY-MM-DD (a cut-off download?)`);
    }
    const previous = observations.at(-1);
    if (previous && previous.date >= date) return fail(`line ${number}: ${date} does not come after ${previous.date}`);
    if (raw === '.' || raw === '') {
      observations.push({ date, value: null });
    } else if (NUMBER.test(raw)) {
      observations.push({ date, value: Number(raw) });
    } else {
      return fail(`line ${number}: "${raw}" is not a number`);
    }
  }
  if (!observations.some((o) => o.value !== null)) return fail('no observations with a value');
  return { ok: true, id, observations, fixture };
}
