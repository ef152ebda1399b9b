import type { Meeting } from './meeting.ts';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2026-03-18" as "March 18, 2026" (read from the string, so no time zone can shift the day). */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTH_NAMES[month - 1] ?? '?'} ${day}, ${year}`;
}

/** "Mar 18, 2026", for narrow selects. */
export function formatShortDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${(MONTH_NAMES[month - 1] ?? '?').slice(0, 3)} ${day}, ${year}`;
}

/** "Mar 2026" for axis ticks and bar labels. */
export function formatShortMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return `${(MONTH_NAMES[month - 1] ?? '?').slice(0, 3)} ${year}`;
}

/** A decision in words: "cut 25 bp", "hike 50 bp" or "hold". */
export function describeDecision(bp: number): string {
  if (bp === 0) return 'hold';
  return `${bp < 0 ? 'cut' : 'hike'} ${Math.abs(bp)} bp`;
}

/** A policy rate as "3.375%", without trailing zeros. */
export function formatRate(rate: number): string {
  return `${Number(rate.toFixed(3))}%`;
}

/** What a screen reader says for a meeting: "March 18, 2026: cut 25 bp, rate 3.375%". */
export function meetingValueText(meeting: Meeting, bp: number, rateAfter: number): string {
  const assumed = meeting.assumed ? ' (assumed date)' : '';
  return `${formatDate(meeting.date)}${assumed}: ${describeDecision(bp)}, rate ${formatRate(rateAfter)}`;
}
