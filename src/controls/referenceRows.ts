import type { Meeting } from './meeting.ts';
import { rateAt, type ReferencePaths } from './referencePaths.ts';

/** One row of the reference-paths table: a meeting, or a year-end the SEP has a dot for. */
export interface ReferenceRow {
  /** ISO date of the meeting or the year-end. */
  date: string;
  kind: 'meeting' | 'sepYearEnd';
  /** Month on the chart's axis (fractional for a year-end). */
  month: number;
  /** The user's rate then, %. */
  user: number;
  /** The priced rate then, %, or null without a priced path. */
  priced: number | null;
  /** User minus priced, bp (the surprise), or null without a priced path. */
  surpriseBp: number | null;
  /** The SEP median at a year-end row, %; null on meeting rows. */
  sep: number | null;
}

/** What the user, the market and the Fed's median say at each meeting and each SEP year-end, in date order. */
export function referenceRows(paths: ReferencePaths, meetings: readonly Meeting[]): ReferenceRow[] {
  const row = (date: string, kind: ReferenceRow['kind'], month: number, sep: number | null): ReferenceRow => {
    const user = rateAt(paths.user, month);
    const priced = paths.priced ? rateAt(paths.priced, month) : null;
    return { date, kind, month, user, priced, surpriseBp: priced === null ? null : surpriseBp(user, priced), sep };
  };
  const rows = meetings.map((m) => row(m.date, 'meeting', m.month, null));
  for (const dot of paths.sep?.dots ?? []) rows.push(row(`${dot.year}-12-31`, 'sepYearEnd', dot.month, dot.rate));
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/** The difference of two rates in whole basis points (no float residue: 3.125 − 3.375 → −25). */
export function surpriseBp(user: number, priced: number): number {
  const bp = Math.round((user - priced) * 100);
  return bp === 0 ? 0 : bp;
}
