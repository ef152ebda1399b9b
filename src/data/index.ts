// Dated market snapshots with their sources. This file only re-exports.
export type { MarketSnapshot, MarketSnapshotFile, PolicyRange, PricedPath, SepMedian, SourcedValue } from './marketSnapshot.ts';
export { isMarketSnapshot, isMarketSnapshotFile } from './isMarketSnapshot.ts';
export { LATEST_MARKET_SNAPSHOT, MARKET_SNAPSHOTS, marketSnapshotOn } from './marketSnapshots.ts';
export { snapshotLevels } from './snapshotLevels.ts';
export { startFromSnapshot, type MovedScenario } from './startFromSnapshot.ts';
export { dataAgeText, daysBetween } from './dataAge.ts';
export { todayIso } from './todayIso.ts';
