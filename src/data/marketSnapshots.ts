import file from './marketSnapshots.json';
import { isMarketSnapshotFile } from './isMarketSnapshot.ts';
import type { MarketSnapshot } from './marketSnapshot.ts';

// The file is written only by the validated updater and checked by test/data; the guard turns a
// hand-edited broken file into a loud error at startup instead of wrong numbers in the charts.
const checked: unknown = file;
if (!isMarketSnapshotFile(checked)) {
  throw new Error('src/data/marketSnapshots.json is not a valid snapshot file; run `npm run data:update` or restore it.');
}

/** Every market snapshot in this build, oldest first; the first is the December 2025 story's. */
export const MARKET_SNAPSHOTS: readonly MarketSnapshot[] = checked.snapshots;

/** The newest market snapshot in this build. */
export const LATEST_MARKET_SNAPSHOT: MarketSnapshot = MARKET_SNAPSHOTS[MARKET_SNAPSHOTS.length - 1];

/** The market snapshot dated `date`, if this build has one. */
export function marketSnapshotOn(date: string): MarketSnapshot | undefined {
  return MARKET_SNAPSHOTS.find((snapshot) => snapshot.date === date);
}
