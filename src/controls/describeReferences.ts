import { monthDate } from '../model/monthDate.ts';
import { formatDate, formatRate, formatShortMonth } from './decisionText.ts';
import { rateAt, type ReferencePaths } from './referencePaths.ts';
import { surpriseBp } from './referenceRows.ts';

/** A surprise in basis points with a true minus: "−25 bp", "+50 bp", "0 bp". */
export function formatBp(bp: number): string {
  return bp === 0 ? '0 bp' : `${bp < 0 ? '−' : '+'}${Math.abs(bp)} bp`;
}

/**
 * The surprise in one visible line: the user's path minus the priced path after 12 months and at the
 * horizon, e.g. "Surprise (your path − priced): −25 bp after 12 months, −50 bp by Dec 2027."
 */
export function surpriseLine(paths: ReferencePaths, snapshotDate: string, months: number): string {
  if (!paths.priced) return 'No priced path is stored for this date, so there is no surprise to show.';
  const at = (m: number) => formatBp(surpriseBp(rateAt(paths.user, m), rateAt(paths.priced!, m)));
  const parts = months > 12 ? [`${at(12)} after 12 months`] : [];
  parts.push(`${at(months)} by ${formatShortMonth(monthDate(snapshotDate, months))}`);
  const none = Array.from({ length: months + 1 }, (_, m) => surpriseBp(rateAt(paths.user, m), rateAt(paths.priced!, m))).every((bp) => bp === 0);
  return `Surprise (your path − priced): ${parts.join(', ')}${none ? ': your path is the priced path' : ''}.`;
}

/** The three paths in words, for the chart's accessible description and the text summary. */
export function describeReferences(paths: ReferencePaths, snapshotDate: string, months: number): string {
  const end = formatShortMonth(monthDate(snapshotDate, months));
  const parts = [`Your path ends at ${formatRate(rateAt(paths.user, months))} in ${end}.`];
  if (paths.priced) {
    parts.push(`The market priced ${formatRate(rateAt(paths.priced, months))} (fed funds futures and OIS on ${formatDate(snapshotDate)}).`);
    parts.push(surpriseLine(paths, snapshotDate, months));
  }
  if (paths.sep) {
    const dots = paths.sep.dots.map((d) => `${formatRate(d.rate)} at the end of ${d.year}`);
    const fed = dots.length > 0 ? `${dots.join(', ')}, ` : '';
    parts.push(`The Fed’s median (SEP of ${formatDate(paths.sep.released)}): ${fed}${formatRate(paths.sep.longerRun)} in the longer run.`);
  }
  return parts.join(' ');
}
