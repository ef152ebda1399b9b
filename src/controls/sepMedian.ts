// The SEP median lives with the model's reference data (SEP_REFERENCE); the Fed editor reads it here.
import type { SepMedian } from '../model/sepReference.ts';

export { SEP_REFERENCE as SEP_DECEMBER_2025, type SepMedian } from '../model/sepReference.ts';

/** How long a SEP stays the latest: the FOMC publishes one each quarter, so ~100 days covers the gap. */
const SEP_SHELF_LIFE_DAYS = 100;

/** True when `sep` was the latest SEP on `snapshotDate` (released on or before it, not yet replaced). */
export function sepAppliesOn(sep: SepMedian, snapshotDate: string): boolean {
  const days = (Date.parse(snapshotDate) - Date.parse(sep.released)) / 86_400_000;
  return days >= 0 && days <= SEP_SHELF_LIFE_DAYS;
}
