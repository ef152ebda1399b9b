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
 * and 2028, 3.0% in the longer run: one cut a year in 2026 and 2027. A reference line for the Fed
 * editor, not the priced path (the market priced about two 2026 cuts).
 */
export const SEP_REFERENCE: SepMedian = {
  released: '2025-12-10',
  source: 'FOMC Summary of Economic Projections, median (FRED FEDTARMD)',
  yearEnd: [
    { year: 2026, rate: 3.4 },
    { year: 2027, rate: 3.1 },
    { year: 2028, rate: 3.1 },
  ],
  longerRun: 3.0,
};
