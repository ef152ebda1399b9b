const DAY_MS = 86_400_000;

/** Whole calendar days from ISO date `from` to ISO date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * "market data as of 2025-12-11 (356 days ago)", counted to `today` (an ISO date, injected for tests).
 * A `historical` start (a history replay's, years back) is not stale data: its age would only
 * puzzle ("9,467 days ago"), so it says what it is instead.
 */
export function dataAgeText(date: string, today: string, historical = false): string {
  if (historical) return `market data as of ${date}: a history replay’s start, not today’s market`;
  const days = daysBetween(date, today);
  let age: string;
  if (days === 0) age = 'today';
  else if (days === 1) age = '1 day ago';
  else if (days > 1) age = `${days.toLocaleString('en-US')} days ago`;
  else age = 'dated after today';
  return `market data as of ${date} (${age})`;
}
