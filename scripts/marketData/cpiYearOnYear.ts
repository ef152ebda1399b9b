import type { Observation } from './parseFredCsv.ts';

/** CPI inflation over twelve months for one month, % rounded to 0.1 like the BLS release. */
export interface YearOnYear {
  /** First day of the month, as FRED dates monthly observations. */
  date: string;
  value: number;
}

function yearEarlier(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/**
 * Year-on-year inflation of the latest month whose index and the index twelve months earlier both
 * have values. A month whose year-earlier value is missing (e.g. October 2025, never published
 * after the shutdown) is skipped for the month before; null when no month has both.
 */
export function cpiYearOnYear(observations: readonly Observation[]): YearOnYear | null {
  const byDate = new Map(observations.map((o) => [o.date, o.value]));
  for (let i = observations.length - 1; i >= 0; i--) {
    const { date, value } = observations[i];
    const before = byDate.get(yearEarlier(date));
    if (value !== null && before != null && before > 0) {
      return { date, value: Math.round((value / before - 1) * 1000) / 10 };
    }
  }
  return null;
}
