import { signedPercent } from '../charts/formats.ts';
import { ordinal } from '../charts/realizedMarks.ts';
import type { DataTable } from '../charts/dataTableRows.ts';
import { csvTable } from '../export/csvTable.ts';
import type { TrackRecordRow } from './trackRecordRow.ts';

const INDEX_NAMES = { smallCap: 'Russell 2000', largeCap: 'S&P 500' } as const;

/** "54.1% ± 1.0" (the ± is 1.96 standard errors). */
function odds(p: { value: number; se: number }): string {
  return `${(p.value * 100).toFixed(1)}% ± ${(1.96 * p.se * 100).toFixed(1)}`;
}

/** The track record as a "Show data" table: one row per cycle, both indices' band, outcome and percentile. */
export function trackRecordTable(rows: readonly TrackRecordRow[]): DataTable {
  const columns = ['Cycle', 'Model: P(small beats large)', 'Small caps won?'];
  for (const name of Object.values(INDEX_NAMES)) columns.push(`${name}: median (5–95%)`, `${name}: happened`, `${name}: percentile`);
  return {
    columns,
    rows: rows.map((row) => ({
      header: row.title,
      cells: [
        odds(row.probSmallBeats),
        row.smallBeatLarge ? 'Yes' : 'No',
        ...(['smallCap', 'largeCap'] as const).flatMap((index) => {
          const o = row.outcomes[index];
          return [
            `${signedPercent(o.band.p50)} (${signedPercent(o.band.p5)} to ${signedPercent(o.band.p95)})`,
            signedPercent(o.realized),
            ordinal(Math.round(o.percentile)),
          ];
        }),
      ],
    })),
  };
}

/** The track record as CSV: returns as fractions, probabilities and percentiles as numbers. */
export function trackRecordCsv(rows: readonly TrackRecordRow[]): string {
  const header = ['cycle', 'first_cut', 'paths', 'p_small_beats_large', 'p_se', 'small_beat_large'];
  for (const index of ['small_cap', 'large_cap']) {
    header.push(`${index}_p5`, `${index}_p50`, `${index}_p95`, `${index}_realized`, `${index}_percentile`);
  }
  return csvTable(
    header,
    rows.map((row) => [
      row.id,
      row.firstCut,
      row.paths,
      row.probSmallBeats.value,
      row.probSmallBeats.se,
      row.smallBeatLarge ? 1 : 0,
      ...(['smallCap', 'largeCap'] as const).flatMap((index) => {
        const o = row.outcomes[index];
        return [o.band.p5, o.band.p50, o.band.p95, o.realized, o.percentile];
      }),
    ]),
  );
}
