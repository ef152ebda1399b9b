/**
 * The FOMC's own median path: the Summary of Economic Projections' median of the participants'
 * year-end federal funds rate ("dot plot"), with the release it comes from.
 */
export interface SepMedian {
  /** ISO date the projections were released. */
  released: string;
  /** Where the numbers come from, in a few words. */
  source: string;
  /** Median midpoint of the target range at the end of each year, %. */
  yearEnd: { year: number; rate: number }[];
  /** Median longer-run rate, %. */
  longerRun: number;
}

/**
 * The December 2025 SEP (released 2025-12-10; FRED FEDTARMD): 3.4% at the end of 2026, 3.1% in 2027
 * and 2028, 3.0% in the longer run. Kept here until the model exports its SEP_REFERENCE.
 */
export const SEP_DECEMBER_2025: SepMedian = {
  released: '2025-12-10',
  source: 'FOMC Summary of Economic Projections, median (FRED FEDTARMD)',
  yearEnd: [
    { year: 2026, rate: 3.4 },
    { year: 2027, rate: 3.1 },
    { year: 2028, rate: 3.1 },
  ],
  longerRun: 3.0,
};

/** How long a SEP stays the latest: the FOMC publishes one each quarter, so ~100 days covers the gap. */
const SEP_SHELF_LIFE_DAYS = 100;

/** True when `sep` was the latest SEP on `snapshotDate` (released on or before it, not yet replaced). */
export function sepAppliesOn(sep: SepMedian, snapshotDate: string): boolean {
  const days = (Date.parse(snapshotDate) - Date.parse(sep.released)) / 86_400_000;
  return days >= 0 && days <= SEP_SHELF_LIFE_DAYS;
}
