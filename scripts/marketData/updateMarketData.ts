import type { MarketSnapshot } from '../../src/data/marketSnapshot.ts';
import { buildMarketSnapshot } from './buildMarketSnapshot.ts';
import { checkMarketSnapshot } from './checkMarketSnapshot.ts';
import type { Responses } from './readResponses.ts';
import { appendSnapshot, readSnapshotFile, writeSnapshotFile } from './snapshotFile.ts';

/** Exit codes of `npm run data:update`. */
export const EXIT = {
  /** A new snapshot was written, or the file already had the latest one. */
  ok: 0,
  /** The download was incomplete, unreadable or implausible: the file is unchanged. */
  kept: 1,
  /** Wrong arguments, an unreadable snapshot file, or test fixtures aimed at the real file. */
  usage: 2,
} as const;

/** What one update run did: its exit code and the lines it reports. */
export interface UpdateOutcome {
  code: (typeof EXIT)[keyof typeof EXIT];
  lines: string[];
}

export interface UpdateOptions {
  /** The snapshot file to extend. */
  out: string;
  /** Today's ISO date (injected so tests are deterministic). */
  today: string;
  /** Where the responses came from, for the report. */
  origin: string;
  /** True when `out` is the app's own data file: test fixtures may not be written there. */
  isAppFile: boolean;
}

function describe(s: MarketSnapshot): string[] {
  const sep = s.sepMedian.endOfYear.map((p) => `${p.year} ${p.value}%`).join(', ');
  return [
    `  target range     ${s.policyRange.lower.toFixed(2)}–${s.policyRange.upper.toFixed(2)}%  (${s.policyRange.date})`,
    `  10-year          ${s.tenYear.value}%  (${s.tenYear.date})`,
    `  CPI y/y          ${s.inflation.value}%  (${s.inflation.date.slice(0, 7)})`,
    `  Russell 2000     ${s.smallCap.value}  (${s.smallCap.date})`,
    `  S&P 500          ${s.largeCap.value}  (${s.largeCap.date})`,
    `  bitcoin          ${s.bitcoin.value}  (${s.bitcoin.date})`,
    `  SEP median       ${sep}; longer run ${s.sepMedian.longerRun}%  (SEP of ${s.sepMedian.date})`,
    `  priced path      ${s.pricedPath ? s.pricedPath.decisions.map((d) => `${d.bp} bp ${d.date}`).join(', ') : 'none recorded'}`,
  ];
}

/**
 * One update: builds a snapshot from `responses`, checks it against the file's latest one, and
 * appends it only when every value is present and sane; otherwise the file is left as it was and
 * the lines say why.
 */
export function updateMarketData(responses: Responses, options: UpdateOptions): UpdateOutcome {
  const lines = [`Market data update from ${options.origin}, today ${options.today}, into ${options.out}`];
  let file;
  try {
    file = readSnapshotFile(options.out);
  } catch (error) {
    return { code: EXIT.usage, lines: [...lines, `Cannot read the snapshot file: ${error instanceof Error ? error.message : error}`] };
  }
  const previous = file.snapshots[file.snapshots.length - 1];
  const kept = `Kept the snapshot of ${previous.date}; nothing was written.`;
  const built = buildMarketSnapshot(responses, previous);
  const notes = built.notes.map((note) => `  note: ${note}`);
  if (!built.ok) {
    return { code: EXIT.kept, lines: [...lines, 'The download is incomplete or unreadable:', ...built.problems.map((p) => `  - ${p}`), ...notes, kept] };
  }
  if (built.fixture && options.isAppFile) {
    return { code: EXIT.usage, lines: [...lines, 'These are test fixtures, not market data: pass --out FILE to write them elsewhere.', kept] };
  }
  if (built.snapshot.date === previous.date) {
    return { code: EXIT.ok, lines: [...lines, `Already up to date: the latest market date is ${previous.date}.`] };
  }
  const problems = checkMarketSnapshot(built.snapshot, previous, options.today);
  if (problems.length > 0) {
    return {
      code: EXIT.kept,
      lines: [...lines, `The ${built.snapshot.date} values are not sane:`, ...problems.map((p) => `  - ${p}`), ...describe(built.snapshot), ...notes, kept],
    };
  }
  writeSnapshotFile(options.out, appendSnapshot(file, built.snapshot));
  return {
    code: EXIT.ok,
    lines: [...lines, `New snapshot ${built.snapshot.date} (${built.snapshot.label}) written, after ${previous.date}:`, ...describe(built.snapshot), ...notes],
  };
}
