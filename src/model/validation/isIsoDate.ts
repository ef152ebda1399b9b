import { SCENARIO_LIMITS } from '../bounds.ts';

/** True when `text` is an ISO date `YYYY-MM-DD` that exists on the calendar, in the years allowed. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < SCENARIO_LIMITS.firstYear || year > SCENARIO_LIMITS.lastYear) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC avoids time-zone shifts).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
