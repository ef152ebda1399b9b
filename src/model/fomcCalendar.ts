import { monthDate } from './monthDate.ts';

/** One FOMC meeting inside a run's horizon. */
export interface Meeting {
  /** ISO date of the decision (the meeting's second day). */
  date: string;
  /** First month-step m ≥ 1 whose date is on or after the meeting: the decision counts from there. */
  month: number;
  /** True when the date is a projection, not a date the Fed has published. */
  assumed: boolean;
}

// Second days of the meetings the Fed has published (federalreserve.gov, FOMC calendars).
const PUBLISHED: Readonly<Record<number, readonly string[]>> = {
  2025: ['01-29', '03-19', '05-07', '06-18', '07-30', '09-17', '10-29', '12-10'],
  2026: ['01-28', '03-18', '04-29', '06-17', '07-29', '09-16', '10-28', '12-09'],
};

// The pattern later years are assumed to follow: 2026's months and days of the month.
const PATTERN_YEAR = 2026;
const FIRST_PUBLISHED_YEAR = 2025;
const WEDNESDAY = 3;

/**
 * The FOMC meetings after `snapshotDate` that take effect within `months` month-steps.
 *
 * Published dates are used for 2025–2026. Later years get eight assumed meetings in 2026's months,
 * each on the Wednesday nearest 2026's day of the month (the FOMC decides on Wednesdays).
 * Snapshots before 2025 (history replays) get one assumed pseudo-meeting per month, dated on each
 * month-step, because the replays carry the realized monthly path, not meeting by meeting.
 */
export function fomcCalendar(snapshotDate: string, months: number): Meeting[] {
  const steps = Array.from({ length: months }, (_, i) => monthDate(snapshotDate, i + 1));
  if (Number(snapshotDate.slice(0, 4)) < FIRST_PUBLISHED_YEAR) {
    return steps.map((date, i) => ({ date, month: i + 1, assumed: true }));
  }
  const meetings: Meeting[] = [];
  const lastYear = Number(steps[steps.length - 1]?.slice(0, 4) ?? snapshotDate.slice(0, 4));
  for (let year = Number(snapshotDate.slice(0, 4)); year <= lastYear; year++) {
    for (const date of meetingDates(year)) {
      if (date <= snapshotDate) continue;
      const step = steps.findIndex((stepDate) => stepDate >= date);
      if (step >= 0) meetings.push({ date, month: step + 1, assumed: !(year in PUBLISHED) });
    }
  }
  return meetings;
}

function meetingDates(year: number): string[] {
  const published = PUBLISHED[year];
  if (published) return published.map((monthDay) => `${year}-${monthDay}`);
  return (PUBLISHED[PATTERN_YEAR] ?? []).map((monthDay) => {
    const [month, day] = monthDay.split('-').map(Number) as [number, number];
    return `${year}-${String(month).padStart(2, '0')}-${String(nearestWednesday(year, month, day)).padStart(2, '0')}`;
  });
}

function nearestWednesday(year: number, month: number, day: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  // A week has seven days, so the nearest Wednesday is at most three days away and never tied.
  let shift = WEDNESDAY - weekday;
  if (shift > 3) shift -= 7;
  if (shift < -3) shift += 7;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const candidate = day + shift;
  if (candidate > lastDay) return candidate - 7;
  if (candidate < 1) return candidate + 7;
  return candidate;
}
